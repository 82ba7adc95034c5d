"""Paraf koordinasi per revision: the {paraf} directive, the model and JSON,
the HTML and PDF paraf boxes, the DRAF banner and watermark, and the seed's
recorded (illegible) paraf."""

from __future__ import annotations

from pathlib import Path

import jsonschema
import pdfplumber
import pytest

from sopap.model import jsonformat
from sopap.model.paraf import status_paraf
from sopap.model.sop import JenisCatatan
from sopap.parsing.assemble import assemble
from sopap.sphinxext.project import Project
from support import TESTS
from support.raw_blocks import block, raw, step

ROOTS = TESTS / "roots"


# -- reading {paraf} -------------------------------------------------------------------
def paraf(jabatan: str, line: int = 50, **opts: str):
    return block(jabatan, opts, line=line)


def assembled(*records, notes=(), **ident):
    source = raw(step(1, "kadis"), step(2), notes=notes, **ident)
    source.paraf = list(records)
    return assemble(source)


def test_paraf_of_the_current_revision_makes_the_sop_final():
    sop, problems = assembled(
        paraf("Kabag Organisasi", revisi="0", nama="Drs. A", tanggal="1 Mei 2025"),
        paraf("kabag organisasi.", line=60, revisi="1", nama="Drs. A", tanggal="2 Juni 2026"),
        revisi="1",
        **{"paraf-koordinasi": "Kabag. Organisasi"},
    )
    assert problems == []
    assert sop.revisi == 1
    assert [(p.jabatan, p.revisi) for p in sop.paraf] == [("Kabag. Organisasi", 0), ("Kabag. Organisasi", 1)]
    assert not status_paraf(sop).draf


def test_a_missing_paraf_of_the_current_revision_is_a_draft():
    sop, problems = assembled(
        paraf("Kabag Organisasi", revisi="0", nama="Drs. A", tanggal="1 Mei 2025"),
        revisi="1",
        **{"paraf-koordinasi": "Kabag Organisasi\nKabid Uji"},
    )
    assert problems == []
    status = status_paraf(sop)
    assert status.draf and status.kurang == ("Kabag Organisasi", "Kabid Uji")


@pytest.mark.parametrize(
    ("record", "revisi", "message"),
    [
        (paraf("Kasubag Umum", nama="A", tanggal="B"), "0",
         "jabatan 'Kasubag Umum' tidak ada di kotak Paraf Koordinasi SOP ini; jabatan yang ada: Kabag Organisasi"),
        (paraf("Kabag Organisasi", revisi="2", nama="A", tanggal="B"), "1",
         "paraf Kabag Organisasi untuk revisi 2, padahal naskah ini revisi 1"),
        (paraf("Kabag Organisasi", revisi="satu", nama="A", tanggal="B"), "0", "revisi paraf 'satu' harus bilangan bulat"),
        (paraf("Kabag Organisasi", nama="", tanggal="1 Mei 2025"), "0",
         "nama paraf Kabag Organisasi kosong; isi ':nama:' atau, bila tidak terbaca pada naskah, tulis "
         "{catatan} tidak-terbaca dengan ':medan: paraf-koordinasi'"),
        (paraf("", nama="A", tanggal="B"), "0", "direktif {paraf} harus menyebut jabatan pemaraf"),
    ],
)
def test_paraf_problems_name_the_line(record, revisi, message):
    _, problems = assembled(record, revisi=revisi)
    assert [(p.jenis, p.baris) for p in problems][:1] and problems[0].jenis == "paraf"
    assert message in problems[0].pesan
    assert problems[0].baris in (record.line, record.line_of("revisi"))


def test_the_same_paraf_twice_is_refused():
    _, problems = assembled(
        paraf("Kabag Organisasi", nama="A", tanggal="B"), paraf("Kabag Organisasi", line=70, nama="A", tanggal="B")
    )
    assert [p.pesan for p in problems] == ["paraf Kabag Organisasi untuk revisi 0 sudah dicatat (baris 50)"]


def test_an_illegible_paraf_needs_its_note():
    note = block("tidak-terbaca", {"medan": "paraf-koordinasi"}, "Paraf ada, nama tidak terbaca.", line=80)
    sop, problems = assembled(paraf("Kabag Organisasi", nama="", tanggal=""), notes=(note,))
    assert problems == []
    assert sop.paraf[0].nama == "" and not status_paraf(sop).draf


def test_kelengkapan_luar_must_be_a_kelengkapan_of_the_step():
    source = raw(
        step(1, "kadis"),
        step(2, kelengkapan="Dokumen 1\nSurat edaran", **{"kelengkapan-luar": "Surat edaran"}),
        step(3, kelengkapan="Dokumen 2", **{"kelengkapan-luar": "Surat masuk"}),
    )
    sop, problems = assemble(source)
    assert sop.langkah[1].kelengkapan_luar == ("Surat edaran",)
    assert [(p.jenis, p.pesan) for p in problems] == [
        ("kelengkapan", "'Surat masuk' pada ':kelengkapan-luar:' langkah 3 tidak ada di ':kelengkapan:' langkah itu; "
         "tulis nama yang sama persis")
    ]


# -- JSON ----------------------------------------------------------------------------------
def test_json_round_trip_and_schema_of_the_new_fields():
    sop, _ = assembled(
        paraf("Kabag Organisasi", revisi="0", nama="Drs. A", tanggal="1 Mei 2025"),
        revisi="1",
    )
    data = jsonformat.corpus_to_dict(jsonformat.Corpus(sops=(sop,)))
    jsonschema.validate(data, jsonformat.schema())
    back = jsonformat.sop_from_dict(data["sops"][0])
    assert back.revisi == 1 and back.paraf == sop.paraf
    assert "kelengkapan_luar" not in data["sops"][0]["langkah"][0]  # written only when used
    # an export written before these fields existed still reads: revision 0, no paraf
    old = dict(data["sops"][0])
    del old["revisi"], old["paraf"]
    assert jsonformat.sop_from_dict(old).revisi == 0 and jsonformat.sop_from_dict(old).paraf == ()


# -- the seed -------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def seed(project_root, tmp_path_factory):
    return Project(project_root, build_dir=tmp_path_factory.mktemp("seed-paraf") / "_build").load_corpus()


def test_seed_paraf_recorded_for_revision_0_without_invented_names(seed):
    assert len(seed) == 11
    for sop in seed:
        assert sop.revisi == 0, sop.id
        assert not status_paraf(sop).draf, sop.id
        assert [p.jabatan for p in sop.paraf] == list(sop.paraf_koordinasi), sop.id
        assert all(p.nama == "" and p.tanggal == "" for p in sop.paraf), sop.id
        notes = [c for c in sop.catatan if c.medan == "paraf-koordinasi" and c.jenis is JenisCatatan.TIDAK_TERBACA]
        assert len(notes) == len(sop.paraf_koordinasi), sop.id
        for note, jabatan in zip(notes, sop.paraf_koordinasi):
            assert jabatan in note.penjelasan and note.asli, sop.id


def test_seed_readings_are_those_of_the_ocr(seed, project_root):
    """The OCR marks kept in ``asli`` are found in the seed's paraf boxes."""
    ocr = project_root / "tests" / "data" / "seed-ocr.txt"
    text = " ".join(ocr.read_text(encoding="utf-8").split())
    for sop in seed:
        for note in sop.catatan:
            if note.medan == "paraf-koordinasi" and note.jenis is JenisCatatan.TIDAK_TERBACA:
                marks = note.asli.replace(" | ", " ")
                assert marks in text, (sop.id, note.asli)


# -- HTML and PDF of the draft fixture ------------------------------------------------------
@pytest.mark.sphinx("html", testroot="draf")
def test_html_banner_and_paraf_box(app):
    app.build()
    out = Path(app.outdir)
    draf = (out / "sop-draf.html").read_text(encoding="utf-8")
    lengkap = (out / "sop-lengkap.html").read_text(encoding="utf-8")
    assert 'class="sopap-draf"' in draf and "Revisi 1 SOP ini belum diparaf koordinasi oleh Kabag Organisasi;" in draf
    assert 'class="sopap-draf"' not in lengkap
    # the box shows the current revision's paraf (not revision 0's for Kabag Organisasi)
    assert draf.count('<span class="sopap-paraf-belum">belum diparaf</span>') == 2  # identity page and closing
    assert draf.count('<span class="sopap-paraf-nama">Siti Rahma, S.Sos.</span>') == 2
    assert '<span class="sopap-paraf-tanggal">2 Maret 2026</span>' in draf
    assert "Drs. Ahmad Fauzi" not in draf  # his paraf is on revision 0 only
    assert "Drs. Ahmad Fauzi" in lengkap and "diparaf (nama tidak terbaca)" in lengkap


@pytest.fixture(scope="module")
def lampiran_draf(tmp_path_factory):
    out = tmp_path_factory.mktemp("draf")
    result = Project(ROOTS / "test-draf", build_dir=out).run("lampiran", out / "pdf", warning_stream=None)
    assert result.ok, result.warnings
    return out / "pdf"


def _pages(path: Path) -> list[str]:
    with pdfplumber.open(path) as pdf:
        return [" ".join((p.extract_text() or "").split()) for p in pdf.pages]


def _watermarks(path: Path) -> list[tuple[str, str]]:
    """Per page: the rotated text, large (the mark) and small (who is missing), in drawing order."""
    result = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            rotated = [c for c in page.chars if abs(c["matrix"][1]) > 0.1]
            big = "".join(c["text"] for c in rotated if c["size"] > 100)
            small = "".join(c["text"] for c in rotated if c["size"] <= 100)
            result.append((big, small))
    return result


def test_pdf_draft_watermark_on_every_page_of_the_draft_only(lampiran_draf):
    draf = _watermarks(lampiran_draf / "040-sop-draf.pdf")
    lengkap = _watermarks(lampiran_draf / "041-sop-lengkap.pdf")
    assert len(draf) == 3 and all(mark == ("DRAF", "belum diparaf koordinasi: Kabag Organisasi") for mark in draf)
    assert all(mark == ("", "") for mark in lengkap)
    combined = _watermarks(lampiran_draf / "keputusan-lengkap.pdf")
    assert [big for big, _ in combined] == ["DRAF"] * len(draf) + [""] * len(lengkap)


def test_pdf_paraf_cells_are_left_empty_the_record_is_in_the_keywords(lampiran_draf):
    """A lampiran is printed to be initialled by hand: its paraf cells stay
    empty; who has initialled is in the PDF's keywords (and the review pages)."""
    from pypdf import PdfReader

    for name in ("040-sop-draf.pdf", "041-sop-lengkap.pdf"):
        with pdfplumber.open(lampiran_draf / name) as pdf:
            for page in pdf.pages:
                words = page.extract_words()
                title = next(w for w in words if w["text"] == "Koordinasi")
                box = [w["text"] for w in words if w["top"] > title["bottom"] and w["x0"] > title["x0"] - 80]
                assert box and not {"diparaf", "Drs.", "Ahmad", "Siti", "Januari", "Maret"} & set(box), (name, box)
    keywords = PdfReader(lampiran_draf / "041-sop-lengkap.pdf").metadata["/Keywords"]
    assert "Paraf koordinasi revisi" in keywords and "diparaf (Drs. Ahmad Fauzi, 3 Januari 2024)" in keywords
    keywords = PdfReader(lampiran_draf / "040-sop-draf.pdf").metadata["/Keywords"]
    assert "Kabag Organisasi: belum diparaf" in keywords and "Siti Rahma, S.Sos., 2 Maret 2026" in keywords
