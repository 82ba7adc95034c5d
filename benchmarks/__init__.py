"""Benchmarks of sopap at city scale (``make bench``; never part of ``make test``).

``generator`` writes a synthetic handbook of N SOPs, ``plain`` the same
content as plain MyST tables, ``run`` measures everything side by side and
writes ``docs/benchmarks.md``.
"""
