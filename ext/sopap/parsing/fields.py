"""Reading the text of directive options and bodies into values.

Authors are staff, not programmers, so the rules are forgiving where that
cannot hide a mistake: list items are lines (a leading ``-``, ``•`` or ``1.``
is dropped), capitalisation of units does not matter, and rincian are the
lines that start with ``a.``, ``b.``, ...
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sopap.model.limits import KODE_MAKSIMUM, LANGKAH_MAKSIMUM, angka
from sopap.util import digits

_BULLET_RE = re.compile(r"^\s*(?:[-•*–]\s+|\d+\s*[.)]\s+)")
_RINCIAN_RE = re.compile(r"^\s*([a-z])[.)]\s+(.*)$")
_SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


class FieldError(ValueError):
    """A value cannot be read; the message is Indonesian and user-facing."""


def is_slug(text: str) -> bool:
    return bool(_SLUG_RE.match(text))


def is_sop_code(text: str) -> bool:
    """A code an SOP can be stored under: it names pages, files and HTML ids,
    so anything else (a path, a quote, a 300-character name) never gets that far."""
    return len(text) <= KODE_MAKSIMUM and is_slug(text)


def clean_text(text: str | None) -> str:
    """One paragraph of text: whitespace collapsed, ends trimmed."""
    if not text:
        return ""
    return re.sub(r"\s+", " ", text).strip()


def parse_list(text: str | None) -> tuple[str, ...]:
    """One item per line; bullets and numbering are dropped.

    A list written without ``|`` is folded by MyST into one line such as
    ``- ATK - Komputer``; that is refused with a hint rather than silently
    read as one item.
    """
    if not text:
        return ()
    lines = text.splitlines()
    if len(lines) == 1 and re.match(r"^\s*-\s", lines[0]) and " - " in lines[0]:
        raise FieldError(
            "daftar tampak ditulis tanpa '|' sehingga menyatu menjadi satu baris; "
            "tulis 'nama-isian: |' lalu satu butir per baris"
        )
    items = []
    for line in lines:
        item = _BULLET_RE.sub("", line, count=1).strip()
        if item:
            items.append(re.sub(r"\s+", " ", item))
    return tuple(items)


@dataclass(frozen=True, slots=True)
class PelaksanaEntry:
    id: str
    nama: str
    baris: int  # 0-based line within the option value


def parse_pelaksana(text: str | None) -> tuple[PelaksanaEntry, ...]:
    """Lines of ``kode: Nama kolom`` in table order."""
    entries: list[PelaksanaEntry] = []
    for index, line in enumerate((text or "").splitlines()):
        line = _BULLET_RE.sub("", line, count=1).strip()
        if not line:
            continue
        kode, sep, nama = line.partition(":")
        kode, nama = kode.strip(), clean_text(nama)
        if not sep or not nama:
            raise FieldError(
                f"baris pelaksana '{line}' harus berbentuk 'kode: Nama kolom', "
                "misalnya 'kabid: Kabid PUGPPKK'"
            )
        if not is_slug(kode):
            raise FieldError(
                f"kode pelaksana '{kode}' hanya boleh memuat huruf kecil, angka dan '-'"
            )
        if any(e.id == kode for e in entries):
            raise FieldError(f"kode pelaksana '{kode}' ditulis dua kali")
        entries.append(PelaksanaEntry(kode, nama, index))
    return tuple(entries)


def parse_nomor(text: str | None, what: str = "nomor langkah") -> int:
    """A step number (of a step, a branch target, a catatan): 1 to
    :data:`LANGKAH_MAKSIMUM`, in ASCII digits (:mod:`sopap.util.digits`)."""
    value = (text or "").strip().rstrip(".")
    nomor = digits.read_int(value)
    if nomor is not None and nomor > LANGKAH_MAKSIMUM or digits.too_long(value):
        raise FieldError(
            f"{what} '{digits.shown(value)}' terlalu besar; satu SOP paling banyak memiliki "
            f"{angka(LANGKAH_MAKSIMUM)} langkah"
        )
    if nomor is None or nomor < 1:
        raise FieldError(f"{what} '{digits.shown((text or '').strip())}' harus bilangan bulat positif")
    return nomor


@dataclass(frozen=True, slots=True)
class Body:
    uraian: str
    rincian: tuple[str, ...]


def parse_body(lines: list[str]) -> Body:
    """Split a step body into the lead text (uraian) and its rincian.

    Raises :class:`FieldError` when the letters are not a, b, c, ... in order.
    """
    lead: list[str] = []
    items: list[list[str]] = []
    expected = "a"
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        match = _RINCIAN_RE.match(line)
        if match:
            letter = match.group(1)
            if letter != expected:
                raise FieldError(
                    f"rincian '{letter}.' seharusnya '{expected}.'; rincian ditulis "
                    "berurutan a., b., c., ..."
                )
            expected = chr(ord(expected) + 1)
            items.append([match.group(2)])
        elif items:
            items[-1].append(line)
        else:
            lead.append(line)
    return Body(
        uraian=clean_text(" ".join(lead)),
        rincian=tuple(clean_text(" ".join(item)) for item in items),
    )
