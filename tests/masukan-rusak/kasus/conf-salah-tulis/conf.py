project = "Uji masukan rusak"
extensions = ["myst_parser", "sopap"
