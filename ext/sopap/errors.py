"""Errors sopap reports to its users, in their own module so that every layer
can raise them without importing the layer that shows them."""

from __future__ import annotations


class SopapError(Exception):
    """A user-facing failure; the message is Indonesian."""
