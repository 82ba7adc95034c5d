"""Review inside the handbook build: lint on every build (:mod:`.lint`) and
the generated review pages (:mod:`.pages`)."""
