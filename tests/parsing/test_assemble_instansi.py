"""Which instansi an SOP belongs to in a handbook of several (conf.py's
``sopap_instansi`` as a dict), and the signatory it takes from there."""

from __future__ import annotations

from dataclasses import replace

from sopap.model.sop import Penandatangan
from sopap.parsing.assemble import Defaults, assemble
from support.raw_blocks import raw, step

KEPALA_A = Penandatangan("Kepala Dinas A", "NAMA A")
CITY = Defaults(
    semua_instansi=(
        ("DINA", "Dinas A Kota Uji", KEPALA_A),
        ("DINB", "Dinas B Kota Uji", None),
    )
)


def _steps():
    return (step(1, "kadis"), step(2), step(3))


def test_the_code_or_the_full_name_names_the_instansi():
    for written in ("DINA", "dina", "Dinas A Kota Uji"):
        sop, problems = assemble(raw(*_steps(), instansi=written), CITY)
        assert problems == [] and sop.instansi == "Dinas A Kota Uji"


def test_the_folder_names_the_instansi_when_the_sop_does_not():
    source = raw(*_steps())
    sop, problems = assemble(replace(source, berkas="sop_source/DINB/surat.md"), CITY)
    assert problems == [] and sop.instansi == "Dinas B Kota Uji"


def test_an_unknown_code_and_no_instansi_at_all_are_named_with_the_codes():
    sop, problems = assemble(raw(*_steps(), instansi="DINC"), CITY)
    assert [p.jenis for p in problems] == ["instansi"]
    assert "'DINC' tidak dikenal" in problems[0].pesan and "DINA, DINB" in problems[0].pesan
    assert problems[0].baris is not None

    sop, problems = assemble(raw(*_steps()), CITY)  # sop.md, at the top of the sources
    assert [p.jenis for p in problems] == ["instansi"]
    assert "sop_source/KODE/" in problems[0].pesan


def test_the_signatory_comes_from_the_instansi_unless_the_sop_names_one():
    own = raw(*_steps(), instansi="DINA")
    sop, _ = assemble(own, CITY)
    assert sop.penandatangan == Penandatangan("Kepala Dinas", "NAMA")  # the SOP's own
    bare = raw(*_steps(), instansi="DINA", **{"penandatangan-jabatan": "", "penandatangan-nama": ""})
    sop, problems = assemble(bare, CITY)
    assert problems == [] and sop.penandatangan == KEPALA_A
    # an instansi without a configured signatory: the SOP must name one
    sop, problems = assemble(raw(*_steps(), instansi="DINB", **{"penandatangan-nama": ""}), CITY)
    assert "identitas" in [p.jenis for p in problems]


def test_a_handbook_of_one_instansi_keeps_the_text_or_the_configured_name():
    sop, problems = assemble(raw(*_steps(), instansi="Dinas Lain"), Defaults(instansi="Dinas Uji"))
    assert problems == [] and sop.instansi == "Dinas Lain"
    sop, _ = assemble(raw(*_steps()), Defaults(instansi="Dinas Uji"))
    assert sop.instansi == "Dinas Uji"
