# The two commands of the README:
#   make handbook   build everything into _build/ (and regenerate features/)
#   make test       run the whole test suite
# Both bootstrap what they need: the .venv with the package and its
# dependencies, and the Debian packages the outputs and tests use.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.sopap-installed
# npm tools of the BPMN tests (bpmnlint, bpmn-js): tools/bpmn/package-lock.json
BPMN_TOOLS := tools/bpmn/node_modules/.sopap-installed

.PHONY: handbook test bench serve clean system-handbook system-test system-bench

handbook: $(STAMP) system-handbook
	$(BIN)/sopap build

test: $(STAMP) system-test $(BPMN_TOOLS)
	$(BIN)/python -m pytest

# Benchmarks (docs/benchmarks.md): the bench extra (WeasyPrint) and its
# Debian libraries, then a run of a few minutes. Never part of `make test`.
BENCH_STAMP := $(VENV)/.sopap-bench-installed

bench: $(STAMP) $(BENCH_STAMP) system-bench
	$(BIN)/python benchmarks/run.py

$(BENCH_STAMP): pyproject.toml | $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,bench]'
	@touch $@

serve: $(STAMP)
	$(BIN)/sopap serve

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $@

# Without npm the BPMN lint and browser tests skip and say why; the stamp is
# not written, so the next run tries again.
$(BPMN_TOOLS): tools/bpmn/package.json tools/bpmn/package-lock.json | system-test
	@if command -v npm >/dev/null 2>&1; then \
		npm ci --prefix tools/bpmn --no-audit --no-fund --loglevel=error && touch $@; \
	else echo "sopap: npm tidak tersedia; uji bpmnlint dan bpmn-js akan dilewati"; fi

system-handbook:
	@sh scripts/bootstrap-system handbook

system-test:
	@sh scripts/bootstrap-system test

system-bench:
	@sh scripts/bootstrap-system bench

clean:
	rm -rf _build
