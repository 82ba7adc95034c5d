"""The sopap/1 JSON format: schema, round trip, and what it carries."""

from __future__ import annotations

import json

import jsonschema
import pytest

from sopap.model import jsonformat
from support import PROJECT
from support.helpers import warnings_of


@pytest.mark.sphinx("html", testroot="keputusan", freshenv=True)
def test_export_validates_and_round_trips(app):
    app.build()
    assert warnings_of(app) == []
    corpus = app.env.domains["sop"].corpus()
    data = jsonformat.corpus_to_dict(corpus)
    jsonschema.validate(data, jsonformat.schema())
    text = jsonformat.dumps(data)
    again = jsonformat.corpus_from_dict(json.loads(text))
    assert again == corpus
    assert jsonformat.dumps(jsonformat.corpus_to_dict(again)) == text


@pytest.mark.sphinx("html", testroot="keputusan", freshenv=True)
def test_field_names_of_the_format(app):
    app.build()
    data = jsonformat.corpus_to_dict(app.env.domains["sop"].corpus())
    assert data["format"] == "sopap/1"
    sop = data["sops"][0]
    assert list(sop)[:5] == ["id", "nama", "lampiran", "instansi", "bidang"]
    assert set(sop["identitas"]) == {
        "nomor", "tanggal_pembuatan", "tanggal_revisi", "tanggal_pengesahan", "disahkan_oleh",
        "dasar_hukum", "kualifikasi_pelaksana", "keterkaitan", "peralatan_perlengkapan",
        "peringatan", "pencatatan_pendataan",
    }
    assert sop["pelaksana"][0] == {"id": "kadis", "nama": "Kepala Dinas"}
    step = sop["langkah"][2]
    assert set(step) == {
        "nomor", "uraian", "rincian", "pelaksana", "simbol", "kelengkapan", "waktu", "output",
        "keterangan", "berikutnya", "cabang",
    }
    assert step["waktu"] == {"jumlah": 1, "satuan": "hari"}
    assert step["cabang"] == {"ya": {"ke": 4, "label": "Lengkap"}, "tidak": {"ke": 2, "label": "Tidak lengkap"}}
    assert step["berikutnya"] == [4, 2]


def test_schema_rejects_a_step_with_an_unknown_unit():
    schema = jsonformat.schema()
    bad = {"format": "sopap/1", "sops": [{"id": "x", "nama": "X", "lampiran": "", "instansi": "", "identitas": {},
                                          "pelaksana": [], "langkah": [], "catatan": []}]}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, schema)


def test_reader_refuses_another_format():
    with pytest.raises(ValueError, match="bukan 'sopap/1'"):
        jsonformat.corpus_from_dict({"format": "sopap/2", "sops": []})


def test_schema_allows_two_successors_only_for_a_decision():
    """Two ``berikutnya`` with ``cabang: null`` would leave an implementation to
    guess which comes next: only a decision has two (docs/kesesuaian.md)."""
    schema = jsonformat.schema()
    corpus = json.loads((PROJECT / "features" / "sopap.json").read_text(encoding="utf-8"))
    step = corpus["sops"][0]["langkah"][0]
    assert step["cabang"] is None
    step["berikutnya"] = [2, 3]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(corpus, schema)
    step["cabang"] = {"ya": {"ke": 2, "label": "Ya"}, "tidak": {"ke": 3, "label": "Tidak"}}
    jsonschema.validate(corpus, schema)
