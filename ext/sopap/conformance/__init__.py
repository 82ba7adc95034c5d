"""Conformance: adapters, the reference engine and the pytest-bdd steps."""
