"""Assembly of one file's raw capture into the model, without Sphinx."""

from __future__ import annotations

from sopap.parsing.assemble import Defaults, assemble
from sopap.parsing.raw import RawSopFile
from support.raw_blocks import block, raw, step


def kinds(problems) -> list[str]:
    return [p.jenis for p in problems]


def test_valid_file_has_no_problem_and_defaults_apply():
    sop, problems = assemble(raw(step(1, "kadis"), step(2), step(3)), Defaults(instansi="Dinas Uji"))
    assert problems == []
    assert sop.instansi == "Dinas Uji"
    assert [s.berikutnya for s in sop.langkah] == [(2,), (3,), ()]
    assert [s.simbol.value for s in sop.langkah] == ["kapsul", "kotak", "kapsul"]


def test_pelaksana_by_printed_name_case_insensitive():
    sop, problems = assemble(raw(step(1, "KEPALA DINAS"), step(2, "jafung / pelaksana")))
    assert problems == []
    assert [s.pelaksana for s in sop.langkah] == ["kadis", "jafung"]


def test_all_problems_reported_at_once():
    sop, problems = assemble(raw(step(1, "x"), step(2, waktu="kapan"), step(3, body="")))
    assert kinds(problems) == ["pelaksana", "waktu", "uraian"]
    assert [p.baris for p in problems] == [111, 122, 130]


def test_explicit_next_and_decision_conflict():
    _, problems = assemble(raw(step(1), step(2, ya="3", tidak="1", berikutnya="3"), step(3)))
    assert "gunakan ':ya:' dan ':tidak:', bukan ':berikutnya:'" in problems[0].pesan


def test_half_a_decision():
    _, problems = assemble(raw(step(1), step(2, ya="3"), step(3)))
    assert kinds(problems) == ["cabang"] and "dua cabang" in problems[0].pesan


def test_label_without_decision():
    _, problems = assemble(raw(step(1), step(2, **{"label-ya": "Lengkap"}), step(3)))
    assert "hanya berlaku untuk langkah keputusan" in problems[0].pesan


def test_last_step_cannot_be_a_decision():
    _, problems = assemble(raw(step(1), step(2, ya="1", tidak="1")))
    assert kinds(problems) == ["alur"]


def test_self_target_is_refused():
    _, problems = assemble(raw(step(1), step(2, berikutnya="2"), step(3)))
    assert "menuju dirinya sendiri" in problems[0].pesan


def test_empty_waktu_needs_a_note():
    note = block("tidak-terbaca", {"langkah": "2", "medan": "waktu", "asli": ""}, "Sel kosong pada naskah.")
    sop, problems = assemble(raw(step(1), step(2, waktu=""), step(3), notes=(note,)))
    assert problems == [] and sop.langkah[1].waktu is None
    _, problems = assemble(raw(step(1), step(2, waktu=""), step(3)))
    assert kinds(problems) == ["waktu"] and "tulis {catatan} tidak-terbaca" in problems[0].pesan


def test_bad_notes():
    notes = (
        block("dugaan", {"medan": "nama"}, "x"),
        block("koreksi", {"medan": "warna"}, "x"),
        block("koreksi", {"langkah": "9", "medan": "waktu"}, "x"),
        block("koreksi", {"medan": "nama"}, ""),
    )
    _, problems = assemble(raw(step(1), step(2), notes=notes))
    messages = [p.pesan for p in problems]
    assert "jenis catatan 'dugaan' tidak dikenal" in messages[0]
    assert "medan catatan 'warna' tidak dikenal untuk identitas" in messages[1]
    assert "catatan harus berisi penjelasan" in messages[2]
    assert "catatan menunjuk langkah 9 yang tidak ada" in messages[3]


def test_identity_problems():
    _, problems = assemble(raw(step(1), step(2), lampiran="XIIII", pelaksana="Kepala Dinas"))
    messages = " | ".join(p.pesan for p in problems)
    assert "lampiran 'XIIII' bukan angka Romawi" in messages
    assert "harus berbentuk 'kode: Nama kolom'" in messages


def test_second_sop_block_in_one_file():
    data = raw(step(1), step(2))
    data.sop_lain.append(42)
    _, problems = assemble(data)
    assert kinds(problems) == ["struktur"] and problems[0].baris == 42


def test_steps_without_sop_block():
    _, problems = assemble(RawSopFile("sop.md", langkah=[step(1)]))
    assert kinds(problems) == ["struktur"]
