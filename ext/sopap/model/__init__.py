"""The typed SOP model: every output is a pure function of these objects."""

from sopap.model.flow import derive_simbol, predecessors, reachable, reaching
from sopap.model.sop import (
    Arah,
    Cabang,
    Catatan,
    Corpus,
    Identitas,
    Instansi,
    JenisCatatan,
    Keputusan,
    Langkah,
    Paraf,
    Pelaksana,
    Penandatangan,
    Simbol,
    Sop,
    Sumber,
)
from sopap.model.waktu import MENIT_PER_SATUAN, Waktu, WaktuError, parse_waktu

__all__ = [
    "Arah",
    "Cabang",
    "Catatan",
    "Corpus",
    "Identitas",
    "Instansi",
    "JenisCatatan",
    "Keputusan",
    "Langkah",
    "MENIT_PER_SATUAN",
    "Paraf",
    "Pelaksana",
    "Penandatangan",
    "Simbol",
    "Sop",
    "Sumber",
    "Waktu",
    "WaktuError",
    "derive_simbol",
    "parse_waktu",
    "predecessors",
    "reachable",
    "reaching",
]
