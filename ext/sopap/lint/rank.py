"""Rank of a jabatan in the dinas, read from the pelaksana column name.

Only well-known titles get a rank; anything else ("Tim Penilai") has none
and is left out of the comparisons, so the paraf chain rule never guesses.
Patterns are tried in order: the more specific titles ("Kepala Bidang")
before the general ones ("Kepala ...").
"""

from __future__ import annotations

import re

#: (pattern on the lower-cased name or code, rank, label). Higher is senior.
JENJANG: tuple[tuple[re.Pattern[str], int, str], ...] = tuple(
    (re.compile(pattern), rank, label)
    for pattern, rank, label in (
        (r"\b(wali\s*kota|walikota|bupati|gubernur)\b", 100, "Wali Kota/Bupati"),
        (r"\b(sekda|sekretaris daerah)\b", 90, "Sekretaris Daerah"),
        (r"\b(kasubb?ag|kasubid|kasie?|kepala (sub|seksi)|subkoordinator|katim|ketua tim)\b", 50,
         "Kepala Subbagian/Seksi"),
        (r"\b(kabid|kepala bidang|kabag|kepala bagian)\b", 60, "Kepala Bidang/Bagian"),
        (r"\b(sekdis|sekretaris)\b", 70, "Sekretaris Dinas"),
        (r"\b(kadis|kepala dinas|kepala badan|kaban|kepala dpppa|kepala [a-z]{3,})\b", 80, "Kepala Dinas"),
        (r"\b(jafung|jabatan fungsional|fungsional|pelaksana|staf|analis|pengadministrasi)\b", 40,
         "Jabatan Fungsional/Pelaksana"),
    )
)


def rank_of(*names: str) -> tuple[int, str] | None:
    """(rank, label) of the first name that matches a known title."""
    for name in names:
        text = re.sub(r"\s+", " ", name.lower())
        for pattern, rank, label in JENJANG:
            if pattern.search(text):
                return rank, label
    return None
