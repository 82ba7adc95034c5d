extensions = ["myst_parser", "sopap"]
exclude_patterns = ["_build"]
language = "id"
sopap_bidang = {"UJI": "Bidang Uji"}
