"""Parsing: from directive text to the typed model."""
