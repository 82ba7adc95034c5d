"""Front matter (the YAML between ``---`` lines at the top of a file) may
describe a page, never change how it is read.

MyST takes per-file parser settings from the front matter's ``myst`` key
(and, for old files, top-level ``html_meta`` and ``substitutions``): link
schemes (``url_schemes: [javascript]``), syntax extensions, ``meta`` tags in
the page's head (``http-equiv=refresh``, a redirect to another site), and
Jinja substitutions that run Python expressions while the page is built.
Parser settings belong in ``conf.py``, where the team keeps them; in any
source of the handbook these keys are refused with their line.

A YAML alias bomb (``&a`` / ``*a`` nested so that a few lines expand to
millions of items) is refused the same way, before anything expands it.

In both cases the whole front matter is replaced by an empty one before
MyST reads the file (the lines stay, so every line number stays right).
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from sopap.model.limits import angka
from sopap.sphinxext.content import note

#: Top-level keys MyST reads as parser settings.
SETTINGS = ("myst", "mystnb", "html_meta", "substitutions")

#: Most values (strings, list items, mapping entries) a front matter may
#: hold once its aliases are expanded; a real one has a dozen.
EXPANDED_MAXIMUM = 10_000

_FENCE = re.compile(r"^(---|\.\.\.)\s*$")


def on_source_read(app, docname: str, source: list[str]) -> None:
    text = source[0]
    if not text.startswith("---"):
        return
    lines = text.split("\n")
    end = next((i for i in range(1, len(lines)) if _FENCE.match(lines[i].rstrip("\r"))), None)
    if end is None:
        return
    block = "\n".join(lines[1:end])
    env = app.env
    try:
        data = yaml.safe_load(block)
    except yaml.YAMLError:
        return  # MyST reports it: "front matter YAML ... tidak dapat dibaca"
    except RecursionError:
        note(env, "front matter bersarang terlalu dalam untuk dibaca; tulis nilainya lebih sederhana", 1, "front-matter")
        source[0] = _emptied(lines, end)
        return
    if not isinstance(data, dict):
        return
    found = False
    for key in data:
        if key in SETTINGS:
            found = True
            note(
                env,
                f"front matter '{key}' tidak diizinkan: pengaturan pembaca MyST (skema tautan, ekstensi, "
                "tag meta, substitusi) hanya ditulis di conf.py; hapus kunci ini",
                _line_of(lines, end, key),
                jenis="front-matter",
            )
        elif _too_big(data[key]):
            found = True
            note(
                env,
                f"front matter '{key}' terlalu besar: lebih dari {angka(EXPANDED_MAXIMUM)} butir, biasanya "
                "karena alias YAML (&nama dan *nama) yang saling mengulang; tulis nilainya tanpa alias",
                _line_of(lines, end, key),
                jenis="front-matter",
            )
    if found:
        source[0] = _emptied(lines, end)


def _emptied(lines: list[str], end: int) -> str:
    """The text with an empty front matter of the same number of lines."""
    return "\n".join(["---", "{}", *[""] * max(end - 2, 0), "---", *lines[end + 1 :]])


def _line_of(lines: list[str], end: int, key: Any) -> int:
    pattern = re.compile(rf"^\s*(['\"]?){re.escape(str(key))}\1\s*:")
    return next((i + 1 for i in range(1, end) if pattern.match(lines[i])), 1)


def _too_big(value: Any) -> bool:
    try:
        return _expanded(value) > EXPANDED_MAXIMUM
    except RecursionError:
        return True


def _expanded(value: Any, memo: dict[int, int] | None = None) -> int:
    """How many values ``value`` holds once every alias is written out
    (each shared object counted once per use, computed once)."""
    memo = {} if memo is None else memo
    if isinstance(value, dict):
        children: list[Any] = [*value.keys(), *value.values()]
    elif isinstance(value, list):
        children = value
    else:
        return 1
    key = id(value)
    if key not in memo:
        memo[key] = 1  # a value holding itself counts once
        memo[key] = 1 + sum(_expanded(child, memo) for child in children)
    return memo[key]
