"""The transcribed seed: all 11 signed SOPs, faithful to the OCR text.

The expectations below are read off the seed (tests/data/seed-ocr.txt): step
counts, actor columns in printed order, lampiran numerals. They guard the
transcription against accidental loss, not the code, and so they read the
frozen copy of the transcription (tests/data/benih), never the living
sop_source/ that the client revises (tests/e2e/test_corpus.py checks that one,
as any corpus).
"""

from __future__ import annotations

import io

import jsonschema
import pytest

from sopap.model import jsonformat
from sopap.model.sop import JenisCatatan
from sopap.sphinxext.project import Project
from support import BENIH, SEED_OCR

SEED = {
    # id: (lampiran, number of steps, actor columns as printed)
    "lomba-perempuan-inspiratif": ("", 12, ["Wali Kota", "Kepala DPPPA", "Sekretaris DPPPA", "Kabid PUGPPKK", "Jafung / Pelaksana"]),
    "lomba-posyandu": ("XLI", 11, ["Wali Kota", "Kepala DPPPA", "Sekretaris DPPPA", "Kabid PUG PP dan KK", "Jafung / Pelaksana", "Tim Penilai"]),
    "pembinaan-pkk": ("XLII", 9, ["Kepala DPPPA", "Sekretaris DPPPA", "Kabid PUGPPKK", "Jafung / Pelaksana"]),
    "sosialisasi-puspaga": ("XLIII", 8, ["Kepala DPPPA", "Sekretaris DPPPA", "Kabid PUGPPKK", "Jafung / Pelaksana"]),
    "pembinaan-gow": ("XLIV", 9, ["Kadis DPPPA", "Sekdis DPPPA", "Kabid PUGPPKK", "Jafung / Pelaksana"]),
    "diklat-pprg": ("XLV", 10, ["KEPALA DPPPA", "SEKRETARIS DPPPA", "KABID PUGPPKK", "JAFUNG / PELAKSANA"]),
    "penilaian-p2wkss": ("XLVI", 19, ["Kepala DPPPA", "Sekretaris DPPPA", "KABID PUGPPKK", "JAFUNG / PELAKSANA", "Tim Pengelola P2WKSS"]),
    "sekoper-cinta": ("XLVII", 12, ["Kepala DPPPA", "Sekretaris DPPPA", "Kabid PUGPPKK", "Jafung / Pelaksana"]),
    "penilaian-ape": ("XLVIII", 12, ["Wali Kota", "Kepala DPPPA", "Sekretaris DPPPA", "Kabid PUGPPKK", "Jafung / Pelaksana"]),
    "pendampingan-kasus-anak": ("LV", 7, ["KADIS", "KABID PPKPA", "JABATAN FUNGSIONAL/ PELAKSANA"]),
    "rapat-koordinasi-organisasi-wanita": ("XL", 8, ["Kepala DPPPA", "Sekretaris DPPPA", "Kabid PUGPPKK", "Jafung / Pelaksana"]),
}


@pytest.fixture(scope="module")
def seed(tmp_path_factory):
    warnings = io.StringIO()
    project = Project(BENIH, build_dir=tmp_path_factory.mktemp("seed") / "_build")
    result = project.run("sopap-model", warning_stream=warnings, fresh=True)
    return result, warnings.getvalue(), result.app.env.domains["sop"].corpus()


def test_seed_builds_without_any_warning(seed):
    result, warnings, _ = seed
    assert warnings == ""
    assert result.ok


def test_every_sop_of_the_seed_is_present(seed):
    corpus = seed[2]
    assert sorted(s.id for s in corpus) == sorted(SEED)
    for sop in corpus:
        lampiran, steps, actors = SEED[sop.id]
        assert sop.lampiran == lampiran, sop.id
        assert len(sop.langkah) == steps, sop.id
        assert [p.nama for p in sop.pelaksana] == actors, sop.id
        assert [s.nomor for s in sop.langkah] == list(range(1, steps + 1))


def test_every_step_is_complete_or_flagged(seed):
    for sop in seed[2]:
        flagged = {(c.langkah, c.medan) for c in sop.catatan if c.jenis is JenisCatatan.TIDAK_TERBACA}
        for step in sop.langkah:
            where = f"{sop.id} langkah {step.nomor}"
            assert step.ringkasan, where
            assert step.pelaksana, where
            assert step.output, where
            assert step.kelengkapan, where
            assert step.waktu is not None or (step.nomor, "waktu") in flagged, where


def test_every_actor_is_flagged_as_an_inference(seed):
    # The flowchart symbols were lost in OCR: every actor was restored from
    # the wording, and reviewers must see that for each step.
    for sop in seed[2]:
        inferred = {c.langkah for c in sop.catatan if c.medan == "pelaksana"}
        assert inferred == {s.nomor for s in sop.langkah}, sop.id


def test_identity_and_signature_complete(seed):
    for sop in seed[2]:
        ident = sop.identitas
        assert ident.disahkan_oleh.startswith("Kepala Dinas Pemberdayaan Perempuan"), sop.id
        for field in ("dasar_hukum", "kualifikasi_pelaksana", "keterkaitan", "peralatan_perlengkapan",
                      "peringatan", "pencatatan_pendataan"):
            assert getattr(ident, field), (sop.id, field)
        assert sop.paraf_koordinasi[0] == "Kabag Organisasi", sop.id
        assert sop.penandatangan.nama == "SATIA SRIWIJAYANTI ANGGRAINI", sop.id
        assert sop.bidang in ("PUGPPKK", "PPKPA")


def test_illegible_values_are_empty_and_flagged(seed):
    corpus = seed[2]
    lomba = corpus.get("lomba-perempuan-inspiratif")
    assert lomba.lampiran == ""
    assert any(c.medan == "lampiran" and c.asli == "XXXXX" for c in lomba.catatan)
    gow = corpus.get("pembinaan-gow")
    assert gow.langkah_by_nomor(4).waktu is None
    assert any(c.langkah == 4 and c.medan == "waktu" and "1100 202322" in c.asli for c in gow.catatan)


def test_json_export_of_the_seed_validates(seed):
    data = jsonformat.corpus_to_dict(seed[2])
    jsonschema.validate(data, jsonformat.schema())
    assert jsonformat.corpus_from_dict(data) == seed[2]


def test_the_seeds_paraf_cover_its_transcription(seed):
    """Transcribed from the signed original: every paraf is bound to the content as transcribed."""
    from sopap.model.paraf import status_paraf

    for sop in seed[2]:
        status = status_paraf(sop)
        assert not status.draf, (sop.id, status.keterangan())
        assert all(p.sidik_isi == status.sidik for p in sop.paraf), sop.id


def test_every_sop_name_is_in_the_ocr_text(seed):
    """Guards against a name typed from memory rather than read off the seed."""
    ocr = SEED_OCR.read_text(encoding="utf-8")
    text = " ".join(ocr.split()).upper()
    for sop in seed[2]:
        assert " ".join(sop.nama.split()).upper() in text, sop.id
