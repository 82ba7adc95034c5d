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
    assert "gunakan 'ya:' dan 'tidak:', bukan 'berikutnya:'" in problems[0].pesan


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
    assert "'medan: warna' tidak dikenal untuk catatan identitas" in messages[1]
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


# -- messages an author can act on ----------------------------------------------------------
def test_an_item_left_unindented_is_named_at_its_line():
    from sopap.parsing.indentation import block_cause, unindented_items

    lines = ["nama: SOP", "peralatan-perlengkapan: |", "  ATK", "Komputer", "peringatan: |", "  Jika tidak"]
    (item,) = unindented_items(lines, 10)
    assert (item.baris, item.teks, item.daftar) == (13, "Komputer", "peralatan-perlengkapan")
    assert item.pesan() == (
        "baris 'Komputer' tidak menjorok, sehingga tidak terbaca sebagai butir 'peralatan-perlengkapan:'; "
        "tulis dua spasi di depannya, seperti butir di atasnya"
    )
    # a tab is named before anything it may have caused
    assert block_cause(["pelaksana: |", "\tkadis: Kepala"], 5, "{sop} x") == (
        6, "isian {sop} x memuat tab; di antara garis --- pakai spasi, bukan tab, untuk indentasi dan sesudah titik dua"
    )
    assert unindented_items(["nama: A", "bidang: B"], 1) == []


def test_a_column_left_unindented_is_one_message_and_still_a_column():
    from support.raw_blocks import raw, step

    source = raw(step(1, "kadis"), step(2, "konselor"))
    source.sop.unknown = {"konselor": 40}
    source.sop.unknown_values = {"konselor": "Konselor"}
    source.sop.opsi_teks = ["pelaksana: |", "  kadis: Kepala Dinas", "konselor: Konselor", "paraf-koordinasi: |", "  K"]
    sop, problems = assemble(source)
    assert [(p.jenis, p.baris) for p in problems] == [("pelaksana", 40)]
    assert problems[0].pesan.startswith("baris 'konselor: Konselor' tidak menjorok")
    assert sop.langkah[1].pelaksana == "konselor"  # no second message on the step that names it


def test_a_mistyped_option_is_one_message_naming_the_option_meant():
    from support.raw_blocks import block, raw, step

    typo = block("2", {"kelengkapan": "Dokumen 1", "waktu": "1 hari", "output": "Dokumen 2"}, "Memeriksa", line=120)
    typo.unknown = {"pelaksan": 121}
    _, problems = assemble(raw(step(1, "kadis"), typo))
    assert [p.pesan.split(";")[0] for p in problems] == [
        "isian 'pelaksan:' tidak dikenal pada {langkah} 2 (maksudnya 'pelaksana:'?)"
    ]


def test_a_gap_in_step_numbers_is_reported_at_the_gap():
    from support.raw_blocks import raw, step

    _, problems = assemble(raw(step(1, "kadis"), step(2), step(4), step(5)))
    assert [(p.pesan, p.baris) for p in problems] == [
        ("nomor langkah 3 tidak ada: sesudah langkah 2 tertulis langkah 4; langkah harus bernomor 1, 2, 3, ... "
         "tanpa loncatan", step(4).line)
    ]


def test_a_step_without_a_number_says_where_to_write_it():
    from support.raw_blocks import block, raw, step

    nameless = block("", {"pelaksana": "jafung", "waktu": "1 hari", "output": "X"}, "Memeriksa", line=130)
    _, problems = assemble(raw(step(1, "kadis"), nameless, step(3)))
    assert [(p.pesan, p.baris) for p in problems] == [
        ("direktif {langkah} tanpa nomor; tulis nomor langkah sesudah nama direktif, misalnya '```{langkah} 3'", 130)
    ]  # and not also "nomor langkah 2 tidak ada": that step is the gap


def test_did_you_mean():
    from sopap.util.text import did_you_mean

    assert did_you_mean("konselr", ["kadis", "konselor"]) == " (maksudnya 'konselor'?)"
    assert did_you_mean("Konselor", ["konselor"]) == " (maksudnya 'konselor'?)"
    assert did_you_mean("xyz", ["kadis"]) == ""
    assert did_you_mean("langkh", ["sop", "langkah"], quote="{{{}}}") == " (maksudnya {langkah}?)"
