"""Does a sentence begin with an active verb? Indonesian prefix heuristics.

SOP uraian are written in the active voice: "Menerima", "Memeriksa",
"Berkoordinasi". Active transitive verbs carry ``me-`` (mem-, men-, meng-,
meny-), intransitive ones often ``ber-``; ``di-`` marks the passive
("Diparaf"), ``pe-...-an`` a noun ("Pelaksanaan"), and a bare stem is the
imperative ("Terima"). Words that only look like verbs (``Menteri``,
``Media``, ``Dinas``) and active verbs without a prefix (``Tiba``) are
listed here by hand.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Active verbs without me-/ber- that may open an uraian.
AKTIF_TANPA_AWALAN = frozenset(
    {
        "tiba", "datang", "pergi", "pulang", "kembali", "masuk", "keluar", "naik", "turun",
        "mulai", "selesai", "ikut", "hadir", "bekerja", "belajar",
    }
)

#: Words starting with "me"/"ber" that are not verbs.
BUKAN_KATA_KERJA = frozenset(
    {
        "menteri", "media", "meja", "metode", "mekanisme", "memo", "mesin", "menu", "merek",
        "meter", "medis", "mediasi", "melalui", "menurut", "mengenai", "meskipun", "menjelang",
        "berkas", "berita", "beras", "berdasarkan", "bersama", "beserta", "beberapa", "berbagai",
    }
)

#: Words starting with "di" that are not passive verbs.
BUKAN_PASIF = frozenset(
    {
        "dinas", "direktur", "direktorat", "disposisi", "diskusi", "digital", "dialog", "diklat",
        "distribusi", "dinamika", "diagram", "dimensi", "data", "diri", "dia", "dan", "dari",
    }
)

_AKTIF = re.compile(r"^(me[a-z]{2,}|mem[a-z]+|men[a-z]+|meng[a-z]+|meny[a-z]+|ber[a-z]{2,}|be[lk][a-z]{3,})$")
_PASIF = re.compile(r"^di[a-z]{3,}$")
_NOMINA = re.compile(r"^(pe|pem|pen|peng|peny|per|ke)[a-z]+an$")
_KATA = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


@dataclass(frozen=True, slots=True)
class VerbJudgement:
    aktif: bool
    kata: str  # the first word as written
    alasan: str = ""  # Indonesian, empty when active


def first_word(text: str) -> str:
    match = _KATA.search(text)
    return match.group(0) if match else ""


#: Question words that open a decision box without the -kah suffix.
KATA_TANYA = frozenset({"bagaimana", "berapa", "siapa", "mengapa", "kapan", "bilamana"})

#: Words ending in "kah" that are not a question ("Langkah 3 ...").
BUKAN_TANYA = frozenset({"langkah", "nikah", "sedekah", "kiprah", "tingkah"})


def is_question(text: str) -> bool:
    """A decision box asks a question ("Apakah berkas lengkap?", "Lengkapkah
    berkas?"), it does not act: the question particle -kah or a question word."""
    word = first_word(text).lower()
    if text.rstrip().endswith("?") or word in KATA_TANYA:
        return True
    return len(word) > 4 and word.endswith("kah") and word not in BUKAN_TANYA


def nilai(text: str) -> VerbJudgement:
    """Judge the first word of ``text``."""
    kata = first_word(text)
    word = kata.lower()
    if not word:
        return VerbJudgement(False, kata, "tidak diawali kata")
    if word in AKTIF_TANPA_AWALAN:
        return VerbJudgement(True, kata)
    if word in BUKAN_KATA_KERJA:
        return VerbJudgement(False, kata, f"diawali '{kata}', bukan kata kerja")
    if _AKTIF.match(word):
        return VerbJudgement(True, kata)
    if word not in BUKAN_PASIF and _PASIF.match(word):
        return VerbJudgement(False, kata, f"diawali kata kerja pasif '{kata}'; tulis bentuk aktif (me-)")
    if _NOMINA.match(word):
        return VerbJudgement(False, kata, f"diawali kata benda '{kata}'; tulis kata kerjanya (me-)")
    return VerbJudgement(False, kata, f"tidak diawali kata kerja aktif berawalan me-/ber- ('{kata}')")
