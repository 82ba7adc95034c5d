extensions = ["myst_parser", "sopap"]
exclude_patterns = ["_build", "versi"]
language = "id"
sopap_bidang = {"UJI": "Bidang Uji"}
