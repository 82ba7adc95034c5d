"""Hypothesis strategies for valid SOP models (tests/render/test_properties.py).

A generated SOP is one a source could produce and the reader would accept:
numbered steps 1..n, every pelaksana column used, decisions whose ``ya``
goes on and whose ``tidak`` may go back (every step is reached and reaches
the last one), documents made by earlier steps or marked as coming from
outside, waktu within bounds, notes on real fields, paraf of roles in the
box, and text that is hostile to every output: markup, reportlab tags,
entities, quotes, pipes, Gherkin keywords, non-Latin scripts, combining
marks and emoji (never control characters: the reader refuses those).
"""

from __future__ import annotations

import re
from dataclasses import replace

from hypothesis import strategies as st

from sopap.model import flow
from sopap.model.documents import normalize_dokumen
from sopap.model.paraf import normalize_jabatan, sidik_isi
from sopap.model.sop import (
    Arah,
    Cabang,
    Catatan,
    Identitas,
    JenisCatatan,
    Langkah,
    Paraf,
    Pelaksana,
    Penandatangan,
    Sop,
)
from sopap.model.waktu import MENIT_MAKSIMUM, MENIT_PER_SATUAN, Waktu
from sopap.parsing.raw import MEDAN_LANGKAH

#: Characters that break naive escaping somewhere, and some that are just not ASCII.
NAKAL = "<>&\"'|#@:;\\/*_[]{}()!?=%$`~^+-."
HURUF = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789     "
LAIN = "éÉñßİıŁøå" + "عربي" + "\u0301" + "😀👩\u200d👧" + "«»–—…"
POTONGAN = [
    "<script>alert(1)</script>",
    "<font color=red>",
    "</font>",
    "<b>",
    "&amp;",
    "&lt;",
    "&#60;",
    "]]>",
    "<!--",
    "Skenario:",
    "Aturan:",
    "Fitur:",
    "# bukan komentar",
    "@bukan-tag",
    "\"\"\"",
    "| pipa |",
    "${x}",
    "{{ x }}",
]
ROMAWI = ["I", "II", "IV", "IX", "XIV", "XL", "XLI", "LXXX", "XCIX", "CD"]


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


#: One paragraph of hostile text, as the reader leaves it (whitespace collapsed).
teks = (
    st.lists(
        st.one_of(st.text(alphabet=HURUF + NAKAL + LAIN, min_size=1, max_size=12), st.sampled_from(POTONGAN)),
        min_size=1,
        max_size=5,
    )
    .map(lambda parts: _clean(" ".join(parts)))
    .filter(bool)
)


def _unik(names: list[str], kunci) -> list[str]:
    seen, out = set(), []
    for name in names:
        key = kunci(name)
        if key and key not in seen:
            seen.add(key)
            out.append(name)
    return out


waktu = st.one_of(
    st.none(),
    st.builds(
        Waktu,
        st.integers(1, 90),
        st.sampled_from([s for s in MENIT_PER_SATUAN if 90 * MENIT_PER_SATUAN[s] <= MENIT_MAKSIMUM]),
    ),
)


@st.composite
def sop(draw) -> Sop:
    n_pelaksana = draw(st.integers(1, 4))
    nama_kolom = _unik(draw(st.lists(teks, min_size=n_pelaksana, max_size=n_pelaksana + 3)), str.casefold)
    nama_kolom = nama_kolom[:n_pelaksana]
    pelaksana = tuple(Pelaksana(f"p{i}", nama) for i, nama in enumerate(nama_kolom))
    # a name that reads as another column's id would make the features ambiguous
    pelaksana = tuple(p for p in pelaksana if p.nama.casefold() not in {q.id for q in pelaksana})
    if not pelaksana:
        pelaksana = (Pelaksana("p0", "Pelaksana"),)

    n = draw(st.integers(max(2, len(pelaksana)), 7))
    ids = [p.id for p in pelaksana]
    # every column does at least one step
    actors = draw(st.permutations(ids + [draw(st.sampled_from(ids)) for _ in range(n - len(ids))]))

    pool = _unik(draw(st.lists(teks, min_size=2, max_size=10)), normalize_dokumen)
    steps: list[Langkah] = []
    made: set[str] = set()
    numbers = list(range(1, n + 1))
    for index, nomor in enumerate(numbers):
        keputusan = 0 < index < n - 2 and draw(st.booleans())
        cabang = None
        if keputusan:
            # ya: on to the next step; tidak: back (a loop) or further on, never itself
            tidak = draw(st.sampled_from([m for m in numbers if m != nomor]))
            ya = draw(teks)
            label_tidak = draw(teks.filter(lambda t: t.lower() != ya.lower()))
            cabang = Cabang(Arah(nomor + 1, ya), Arah(tidak, label_tidak))
            berikutnya = (nomor + 1, tidak)
        else:
            berikutnya = flow.default_berikutnya(numbers, index)
        kelengkapan = draw(st.lists(st.sampled_from(pool), max_size=3, unique_by=normalize_dokumen))
        luar = tuple(d for d in kelengkapan if normalize_dokumen(d) not in made)
        output = draw(st.lists(st.sampled_from(pool), max_size=2, unique_by=normalize_dokumen))
        made.update(normalize_dokumen(d) for d in output)
        steps.append(
            Langkah(
                nomor=nomor,
                uraian=draw(teks),
                pelaksana=actors[index],
                rincian=tuple(draw(st.lists(teks, max_size=2))),
                kelengkapan=tuple(kelengkapan),
                kelengkapan_luar=luar,
                waktu=draw(waktu),
                output=tuple(output),
                keterangan=draw(st.one_of(st.just(""), teks)),
                berikutnya=berikutnya,
                cabang=cabang,
                simbol=flow.derive_simbol(index, n, keputusan),
            )
        )

    jabatan = tuple(_unik(draw(st.lists(teks, min_size=1, max_size=3)), normalize_jabatan))
    paraf = tuple(
        Paraf(j, 0, draw(teks), draw(teks)) for j in jabatan if draw(st.booleans())
    )
    catatan = tuple(
        Catatan(
            jenis=draw(st.sampled_from(list(JenisCatatan))),
            medan=draw(st.sampled_from(MEDAN_LANGKAH)),
            penjelasan=draw(teks),
            langkah=draw(st.sampled_from(numbers)),
            asli=draw(st.one_of(st.just(""), teks)),
        )
        for _ in range(draw(st.integers(0, 2)))
    )
    # an empty waktu is only valid with a note that the original is illegible
    catatan += tuple(
        Catatan(JenisCatatan.TIDAK_TERBACA, "waktu", draw(teks), langkah=step.nomor)
        for step in steps
        if step.waktu is None
    )
    daftar = st.lists(teks, max_size=2).map(tuple)
    sop = Sop(
        id=draw(st.from_regex(r"[a-z][a-z0-9]{0,8}(-[a-z0-9]{1,6}){0,2}", fullmatch=True)),
        nama=draw(teks),
        lampiran=draw(st.sampled_from(ROMAWI)),
        instansi=draw(teks),
        bidang="UJI",
        identitas=Identitas(
            nomor=draw(teks),
            tanggal_pembuatan=draw(teks),
            tanggal_revisi=draw(st.one_of(st.just(""), teks)),
            tanggal_pengesahan=draw(teks),
            disahkan_oleh=draw(teks),
            dasar_hukum=draw(daftar),
            kualifikasi_pelaksana=draw(daftar),
            keterkaitan=draw(daftar),
            peralatan_perlengkapan=draw(daftar),
            peringatan=draw(daftar),
            pencatatan_pendataan=draw(daftar),
        ),
        pelaksana=pelaksana,
        langkah=tuple(steps),
        paraf_koordinasi=jabatan,
        penandatangan=Penandatangan(draw(teks), draw(teks)),
        catatan=catatan,
        paraf=paraf,
    )
    # recorded as `sopap paraf` records them: bound to the content they approve
    digest = sidik_isi(sop)
    return replace(sop, paraf=tuple(replace(p, sidik_isi=digest) for p in paraf))
