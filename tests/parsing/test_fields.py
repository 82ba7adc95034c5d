from __future__ import annotations

import pytest

from sopap.parsing.fields import FieldError, parse_body, parse_list, parse_nomor, parse_pelaksana


def test_list_one_item_per_line_drops_bullets_and_numbers():
    text = "1. Undang-Undang Nomor 25;\n- ATK\n\n  • Komputer\n2) Printer\n"
    assert parse_list(text) == ("Undang-Undang Nomor 25;", "ATK", "Komputer", "Printer")


def test_list_keeps_a_single_line():
    assert parse_list("Surat Masuk dan Disposisi") == ("Surat Masuk dan Disposisi",)
    assert parse_list(None) == ()


def test_list_folded_by_missing_pipe_is_refused():
    with pytest.raises(FieldError, match="tanpa '\\|'"):
        parse_list("- ATK - Komputer")


def test_pelaksana_lines():
    entries = parse_pelaksana("kadis: Kepala DPPPA\njafung: Jafung / Pelaksana\n")
    assert [(e.id, e.nama) for e in entries] == [("kadis", "Kepala DPPPA"), ("jafung", "Jafung / Pelaksana")]


@pytest.mark.parametrize(
    ("text", "message"),
    [("Kepala DPPPA", "kode: Nama"), ("Kadis: Kepala", "huruf kecil"), ("a: A\na: B", "dua kali")],
)
def test_pelaksana_errors(text, message):
    with pytest.raises(FieldError, match=message):
        parse_pelaksana(text)


def test_body_lead_and_rincian_with_continuation_lines():
    body = parse_body(["Menyiapkan kegiatan:", "a. Membuat surat", "   undangan", "b. Menyiapkan materi"])
    assert body.uraian == "Menyiapkan kegiatan:"
    assert body.rincian == ("Membuat surat undangan", "Menyiapkan materi")


def test_body_rincian_only():
    body = parse_body(["a) Satu", "b) Dua"])
    assert body.uraian == "" and body.rincian == ("Satu", "Dua")


def test_body_rincian_out_of_order():
    with pytest.raises(FieldError, match="'c.' seharusnya 'b.'"):
        parse_body(["a. Satu", "c. Tiga"])


def test_nomor():
    assert parse_nomor("12") == 12
    assert parse_nomor("3.") == 3
    for bad in ("0", "x", "", "-1", "1a"):
        with pytest.raises(FieldError):
            parse_nomor(bad)
