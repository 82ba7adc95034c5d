"""The city benchmark of ``make bench`` (benchmarks/kota.py) at a small N:
its builds run, its comparison with a fresh build finds the outputs
identical, and its report names every target of the city at scale. (The
figures themselves are only meaningful at 2,000 SOPs on a quiet machine.)"""

from __future__ import annotations

import json
import sys

import pytest

from support import PROJECT

sys.path.insert(0, str(PROJECT))

from benchmarks import kota, run  # noqa: E402


@pytest.mark.slow
def test_the_city_benchmark_runs_and_reports_every_target(tmp_path):
    data = kota.builds(run.Lingkungan(), tmp_path, 8, 2, 1)
    assert data["sama_dengan_build_segar"]["jumlah_berbeda"] == 0, data["sama_dengan_build_segar"]
    assert not data["sama_dengan_build_segar"]["hanya_inkremental"] and not data["sama_dengan_build_segar"]["hanya_segar"]
    assert data["penuh"]["puncak_mib"] and data["penuh"]["tahap"]
    assert any(name.startswith("_build/pdf/") for name in data["ubah_langkah_contoh"])
    verdicts = kota.verdicts(data)
    assert len(verdicts) == 7 and verdicts[-1][3]  # identical outputs
    text = "\n".join(kota.markdown(data))
    assert "## Kota: 8 SOP dari 2 perangkat daerah" in text and "### Waktu per tahap" in text


def test_the_http_and_harness_sample_is_spread_over_the_kit_and_keeps_its_other_files(tmp_path):
    kit = tmp_path / "features"
    kit.mkdir()
    for i in range(10):
        (kit / f"sop-{i:02d}.feature").write_text(f"Fitur: {i}\n", encoding="utf-8")
    (kit / "sopap.json").write_text("{}", encoding="utf-8")
    (kit / "README.txt").write_text("kit", encoding="utf-8")
    sample = kota.sample_kit(kit, 3)
    assert sorted(p.name for p in sample.iterdir()) == [
        "README.txt", "sop-00.feature", "sop-03.feature", "sop-06.feature", "sopap.json",
    ]
    assert kota.sample_kit(kit, 50) == sample and len(list(sample.glob("*.feature"))) == 10  # made again


def test_the_stage_profiles_run_every_stage_of_sopap_build(tmp_path, capsys):
    from benchmarks import generator, profil
    from sopap.cli.build import STEPS

    generator.generate(tmp_path / "kota", 6, 1, 2)
    assert profil.main([str(tmp_path / "kota"), "3"]) == 0
    printed = capsys.readouterr().out
    found = json.loads(printed.split("PROFIL ", 1)[1])
    assert list(found) == [name for name, _step in STEPS]
    assert all(0 < len(entries) <= 3 and entries[0]["panggilan"] > 0 for entries in found.values())


def test_the_city_conformance_section_counts_the_sample_in_tests_and_gives_the_memory_advice():
    runs = [
        {"implementasi": impl, "kit": kit, "pekerja": 1, "skenario": n, "hasil": {"passed": n},
         "waktu": {"dinding": 10.0, "cpu": 9.0, "keluaran": ""}, "puncak_mib": 300.0, "skenario_per_detik": n / 10.0}
        for impl, kit, n in (("reference", "semua", 2000), ("http", "sampel", 130))
    ]
    c = {"kumpul": {"dinding": 5.0, "cpu": 5.0, "puncak_mib": 100.0}, "kumpul_skenario": 2000,
         "sampel_sop": 2, "sampel_skenario": 70, "jalan": runs}
    text = "\n".join(kota.conformance_markdown(c, 1200))
    assert "70 skenario, 130 uji dengan baris contoh" in text and "seluruh 2000 uji" in text
    assert "| http | sampel | 1 | 130 | 10,0 d | 13,0 | 300 MiB | 2,6 menit |" in text  # 2000 tests at 13/s
    assert "`sopap conform --instansi KODE`" in text
    assert kota.conformance_markdown(None, 1200) == ["### Uji kesesuaian kota\n", "Tidak diukur pada run ini (`--tanpa-kesesuaian-kota`).\n"]
