"""Each malformed-source case gives exactly one Indonesian warning naming file and line."""

from __future__ import annotations

import pytest

from sopap.sphinxext.state import sop_data
from support.helpers import line_of, warnings_of

CASES = [
    # (test root, file, text on the reported line, occurrence, message fragment, subtype)
    ("pelaksana-tidak-dikenal", "sop.md", "pelaksana: kasubag", 1,
     "pelaksana 'kasubag' pada langkah 2 tidak dikenal; pelaksana SOP ini: kadis (Kepala Dinas)", "pelaksana"),
    ("nomor-ganda", "sop.md", "```{langkah} 2", 2, "nomor langkah 2 ganda", "nomor"),
    # at the gap: the step whose number must change
    ("nomor-hilang", "sop.md", "```{langkah} 4", 1, "nomor langkah 3 tidak ada: sesudah langkah 2 tertulis langkah 4", "nomor"),
    ("nomor-urutan", "sop.md", "```{langkah} 2", 1, "langkah 2 ditulis sesudah langkah 3", "nomor"),
    ("waktu-tidak-terbaca", "sop.md", "waktu: sebentar saja", 1,
     "langkah 2: waktu 'sebentar saja' tidak dapat dibaca", "waktu"),
    ("uraian-kosong", "sop.md", "```{langkah} 2", 1, "uraian langkah 2 kosong", "uraian"),
    ("cabang-tidak-ada", "sop.md", "tidak: 9", 1,
     "'tidak: 9' pada langkah 2 menuju langkah 9 yang tidak ada; langkah SOP ini bernomor 1 sampai", "cabang"),
    ("langkah-tak-tercapai", "sop.md", "```{langkah} 2", 1,
     "langkah 2 tidak dapat dicapai dari langkah 1", "alur"),
    ("siklus", "sop.md", "```{langkah} 3", 1,
     "dari langkah 3, 4 prosedur tidak pernah sampai ke langkah terakhir (5)", "alur"),
    ("identitas-kurang", "sop.md", "```{sop}", 1, "isian identitas 'dasar-hukum' (Dasar Hukum", "identitas"),
    ("kode-ganda", "sop-b.md", "```{sop}", 1,
     "kode SOP 'sop-sama' sudah dipakai di berkas sop-a.md", "kode"),
    ("opsi-tidak-dikenal", "sop.md", "tenggat: besok", 1,
     "isian 'tenggat:' tidak dikenal pada {langkah} 2; isian yang dikenal:", "opsi"),
]


@pytest.mark.parametrize(("root", "fname", "needle", "occurrence", "message", "subtype"), CASES, ids=[c[0] for c in CASES])
def test_one_clear_warning(make_app, rootdir, sphinx_test_tempdir, root, fname, needle, occurrence, message, subtype):
    srcdir = sphinx_test_tempdir / root
    if not srcdir.exists():
        import shutil

        shutil.copytree(rootdir / f"test-{root}", srcdir)
    app = make_app("html", srcdir=srcdir, freshenv=True)
    app.build()
    warnings = warnings_of(app)
    assert len(warnings) == 1, warnings
    line = line_of(srcdir / fname, needle, occurrence)
    assert f"{fname}:{line}: " in warnings[0]
    assert message in warnings[0]
    assert warnings[0].endswith(f"[sopap.{subtype}]")


def test_problems_are_reported_again_on_an_unchanged_rebuild(make_app, rootdir, sphinx_test_tempdir):
    import shutil

    srcdir = sphinx_test_tempdir / "rebuild-opsi"
    shutil.rmtree(srcdir, ignore_errors=True)
    shutil.copytree(rootdir / "test-opsi-tidak-dikenal", srcdir)
    first = make_app("html", srcdir=srcdir)
    first.build()
    assert len(warnings_of(first)) == 1
    first.cleanup()
    again = make_app("html", srcdir=srcdir)
    again.build()
    # Sphinx only warns when it reads a file; sopap stores the problems and
    # reports them on every build, so `-W` keeps failing until they are fixed.
    assert len(warnings_of(again)) == 1


@pytest.mark.sphinx("html", testroot="catatan", freshenv=True)
def test_flagged_empty_values_build_cleanly(app):
    app.build()
    assert warnings_of(app) == []
    sop = app.env.domains["sop"].corpus().get("sop-catatan")
    assert sop.lampiran == ""
    assert sop.langkah[1].waktu is None
    jenis = [(c.jenis.value, c.langkah, c.medan, c.asli) for c in sop.catatan]
    assert jenis == [
        ("tidak-terbaca", None, "lampiran", "XXXXX"),
        ("tidak-terbaca", 2, "waktu", "1100 202322"),
        ("inferensi", 3, "pelaksana", ""),
    ]


@pytest.mark.sphinx("html", testroot="rincian", freshenv=True)
def test_rincian_and_uraian(app):
    app.build()
    assert warnings_of(app) == []
    sop = app.env.domains["sop"].corpus().get("sop-rincian")
    assert sop.langkah[1].uraian == "Menyiapkan kegiatan:"
    assert sop.langkah[1].rincian == ("Membuat surat undangan peserta", "Menyiapkan materi")
    assert sop.langkah[2].uraian == "" and sop.langkah[2].ringkasan == "Mengarsipkan; Melaporkan"


@pytest.mark.sphinx("html", testroot="keputusan", freshenv=True)
def test_decision_model(app):
    app.build()
    assert warnings_of(app) == []
    sop = app.env.domains["sop"].corpus().get("sop-keputusan")
    step = sop.langkah_by_nomor(3)
    assert step.simbol.value == "belah-ketupat"
    assert step.berikutnya == (4, 2)
    assert (step.cabang.ya.ke, step.cabang.ya.label) == (4, "Lengkap")
    assert (step.cabang.tidak.ke, step.cabang.tidak.label) == (2, "Tidak lengkap")
    assert [s.simbol.value for s in sop.langkah] == ["kapsul", "kotak", "belah-ketupat", "kapsul"]
    assert sop.langkah[-1].berikutnya == ()


#: (file, line, message) of every way to carry code or another file into an SOP source, and
#: of foreign images and downloads on any page (test root "konten").
KONTEN = [
    ("sop_source/kosong.md", 1, "harus memuat satu direktif {sop}"),
    ("sop_source/sop-konten.md", 32, "HTML mentah tidak diizinkan di sumber SOP"),
    ("sop_source/sop-konten.md", 34, "Menyertakan berkas lain (rahasia.txt) tidak diizinkan"),
    ("sop_source/sop-konten.md", 37, "Direktif raw tidak diizinkan"),
    ("sop_source/sop-konten.md", 71, "HTML mentah tidak diizinkan"),  # inline, one message for both tags
    # raw, include, literalinclude, csv-table :url: wrapped in {eval-rst}: the whole block is refused
    ("sop_source/sop-konten.md", 73, "Blok reStructuredText ({eval-rst}) tidak diizinkan"),
    ("sop_source/sop-konten.md", 79, "Blok reStructuredText ({eval-rst}) tidak diizinkan"),
    ("sop_source/sop-konten.md", 83, "Blok reStructuredText ({eval-rst}) tidak diizinkan"),
    ("sop_source/sop-konten.md", 87, "Direktif literalinclude tidak diizinkan"),
    ("sop_source/sop-konten.md", 90, "Tabel dari berkas (csv-table :file:) tidak diizinkan"),
    ("sop_source/sop-konten.md", 94, "Blok reStructuredText ({eval-rst}) tidak diizinkan"),
    ("sop_source/sop-konten.md", 99, "Gambar (gambar.png) tidak diizinkan di sumber SOP"),
    ("sop_source/sop-konten.md", 101, "Gambar (https://contoh.invalid/piksel.png) tidak diizinkan"),
    ("sop_source/sop-konten.md", 103, "Tautan unduhan berkas (rahasia.txt) tidak diizinkan"),
    # outside sop_source/, a file with {sop}: what comes before the directive is refused too
    ("sop-lain.md", 3, "Direktif literalinclude tidak diizinkan di sumber SOP"),
    # an ordinary page: the team's own HTML and project files stay, foreign files do not
    ("halaman.md", 7, "gambar dari luar buku pegangan (https://contoh.invalid/piksel.png) tidak diizinkan"),
    ("halaman.md", 9, "gambar di luar folder proyek (../luar.png) tidak diizinkan"),
    ("halaman.md", 13, "tautan unduhan ke berkas di luar folder proyek (../luar.txt) tidak diizinkan"),
]


@pytest.mark.sphinx("html", testroot="konten", freshenv=True)
def test_sop_sources_are_content_not_code(app):
    app.build()
    warnings = warnings_of(app)
    assert len(warnings) == len(KONTEN), "\n".join(warnings)
    for fname, line, message in KONTEN:
        assert any(f"{fname}:{line}: " in w and message in w for w in warnings), (fname, line, message)
    page = (app.outdir / "sop_source" / "sop-konten.html").read_text(encoding="utf-8")
    assert "<script>alert(1)</script>" not in page and "alert(2)" not in page
    assert 'onclick="x()"' not in page and "isi rahasia" not in page
    assert "contoh.invalid" not in page
    other = (app.outdir / "sop-lain.html").read_text(encoding="utf-8")
    assert "isi rahasia" not in other
    # only the project's own image and file were published, by the ordinary page
    assert [p.name for p in (app.outdir / "_images").iterdir()] == ["gambar.png"]
    assert [p.name for p in (app.outdir / "_downloads").rglob("*") if p.is_file()] == ["rahasia.txt"]
    halaman = (app.outdir / "halaman.html").read_text(encoding="utf-8")
    assert '<span class="catatan-tim">catatan tim</span>' in halaman and "contoh.invalid" not in halaman


@pytest.mark.sphinx("html", testroot="direktif-salah", freshenv=True)
def test_misspelt_directive_is_explained_in_indonesian(app):
    app.build()
    warnings = warnings_of(app)
    assert (
        "jenis direktif 'langkh' tidak dikenal (maksudnya {langkah}?); direktif SOP yang tersedia: {sop}, "
        "{langkah}, {catatan} dan {paraf}"
    ) in warnings[0]
    assert len(warnings) == 1  # the step it hides is not reported again as a missing number


@pytest.mark.sphinx("html", testroot="yaml-rusak", freshenv=True)
def test_unreadable_option_block_gives_one_message(app):
    app.build()
    warnings = warnings_of(app)
    assert len(warnings) == 1, warnings
    line = line_of(app.srcdir / "sop.md", "output Dokumen 2")
    assert f"sop.md:{line}: " in warnings[0]
    assert "isian direktif 'langkah' tidak dapat dibaca: tanda ':' sesudah nama isian tidak ada" in warnings[0]


def test_unreadable_option_block_blocks_outputs_and_is_reported_again(make_app, rootdir, sphinx_test_tempdir):
    import shutil

    srcdir = sphinx_test_tempdir / "yaml-rusak-ulang"
    shutil.rmtree(srcdir, ignore_errors=True)
    shutil.copytree(rootdir / "test-yaml-rusak", srcdir)
    first = make_app("html", srcdir=srcdir)
    first.build()
    assert len(warnings_of(first)) == 1
    problems = sop_data(first.env).masalah["sop"]
    assert [p.jenis for p in problems] == ["opsi"]
    first.cleanup()
    again = make_app("html", srcdir=srcdir)
    again.build()
    # the unchanged source is read again: the same message, from MyST, not a second wording
    assert warnings_of(again) == warnings_of(first)
    assert "isian direktif 'langkah' tidak dapat dibaca" in warnings_of(again)[0]
