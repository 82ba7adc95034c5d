# The project every bad-input case is dropped into (tests/e2e/test_bad_input.py).
project = "Uji masukan rusak"
extensions = ["myst_parser", "sopap"]
exclude_patterns = ["_build"]
language = "id"
sopap_bidang = ["UJI"]
