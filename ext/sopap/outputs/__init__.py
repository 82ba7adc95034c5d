"""Outputs: pure functions of the model (HTML, PDF, features, exports)."""
