"""The PDF lampiran, read back as a checker would: text, table, flowchart, fonts.

Builds the test roots (test-lampiran: a long SOP whose flow and a back-edge
cross page breaks, a seven-actor SOP without a legible numeral, a short one
numbered C; test-keputusan: a decision with a back-edge) and the seed corpus,
then inspects the PDFs with pdfplumber.
"""

from __future__ import annotations

import io
import shutil
from collections import Counter
from pathlib import Path

import pytest
from pdfminer.pdftypes import resolve1
from PIL import Image

from sopap.model.roman import roman_to_int
from sopap.model.sop import Corpus, Sop
from sopap.render.pdf import fonts
from sopap.render.pdf import lampiran as dokumen
from sopap.render.pdf.order import file_name_of
from sopap.render.pdf.paper import find_paper
from sopap.sphinxext.project import Project
from support import KORPUS, TESTS
from support.lampiran_check import periksa
from support.lampiran_pdf import bandingkan_referensi, open_pdf, tabel, tanpa_tanda_air

MM = 72 / 25.4
REFERENSI = TESTS / "lampiran-referensi"


def build(root: Path, tmp: Path, paper: str | None = None) -> tuple[Path, Corpus]:
    project = Project(root, build_dir=tmp / "_build")
    out = tmp / "pdf"
    overrides = {"sopap_lampiran_paper": paper} if paper else None
    result = project.run("lampiran", out, overrides=overrides, warning_stream=io.StringIO())
    assert result.ok, result.warnings
    return out, project.load_corpus(warning_stream=io.StringIO())


@pytest.fixture(scope="session")
def lampiran_f4(rootdir, tmp_path_factory):
    return build(rootdir / "test-lampiran", tmp_path_factory.mktemp("lampiran-f4"))


@pytest.fixture(scope="session")
def lampiran_a4(rootdir, tmp_path_factory):
    return build(rootdir / "test-lampiran", tmp_path_factory.mktemp("lampiran-a4"), "a4")


@pytest.fixture(scope="session")
def keputusan_f4(rootdir, tmp_path_factory):
    return build(rootdir / "test-keputusan", tmp_path_factory.mktemp("keputusan-f4"))


@pytest.fixture(scope="session")
def seed(tmp_path_factory):
    """The living corpus, whatever it holds (decisions, loops and DRAF watermarks included)."""
    return build(KORPUS, tmp_path_factory.mktemp("seed"))


@pytest.fixture(scope="session")
def seed_a4(tmp_path_factory):
    return build(KORPUS, tmp_path_factory.mktemp("seed-a4"), "a4")


def berkas(out: Path, sop: Sop) -> Path:
    return out / file_name_of(sop)


# -- test roots ----------------------------------------------------------------
def test_files_named_and_ordered_by_numeral(lampiran_f4):
    out, corpus = lampiran_f4
    names = sorted(p.name for p in out.glob("*.pdf"))
    # C (100) after LX (60) although "C" < "LX" as text; no numeral: last
    assert names == ["060-sop-panjang.pdf", "100-sop-seratus.pdf", "keputusan-lengkap.pdf", "tanpa-nomor-sop-lebar.pdf"]


@pytest.mark.parametrize("sop_id", ["sop-panjang", "sop-lebar", "sop-seratus"])
def test_lampiran_f4(lampiran_f4, sop_id):
    out, corpus = lampiran_f4
    sop = corpus.get(sop_id)
    found = periksa(berkas(out, sop), sop)
    if sop_id == "sop-panjang":
        # the flow crosses at least two page breaks, and the back-edge from
        # step 20 to step 6 crosses pages, labelled on the decision's page
        assert found["pages"] >= 5
        page_of = found["page_of"]
        assert page_of[20] > page_of[6]
        pair = [places for places in found["labels"].values() if sorted(s for _, s in places) == [6, 20]]
        assert len(pair) == 1
        assert "Tidak sesuai" in found["texts"][page_of[20] - 1]
        assert page_of[7] == page_of[6]  # the same-page back-edge 7 -> 6


@pytest.mark.parametrize("sop_id", ["sop-panjang", "sop-lebar"])
def test_lampiran_a4(lampiran_a4, sop_id):
    out, corpus = lampiran_a4
    sop = corpus.get(sop_id)
    periksa(berkas(out, sop), sop, "a4")


def test_page_sizes(lampiran_f4, lampiran_a4):
    for (out, _), size in ((lampiran_f4, (330, 215)), (lampiran_a4, (297, 210))):
        with open_pdf(out / "keputusan-lengkap.pdf") as pdf:
            for page in pdf.pages:
                assert (round(page.width / MM), round(page.height / MM)) == size


def test_decision_with_back_edge(keputusan_f4):
    out, corpus = keputusan_f4
    sop = corpus.get("sop-keputusan")
    found = periksa(berkas(out, sop), sop)
    assert found["labels"] == {}  # everything on one page
    assert "Lengkap" in found["texts"][2] and "Tidak lengkap" in found["texts"][2]


def test_long_branch_labels_wrap_inside_the_actor_columns(rootdir, tmp_path):
    """A long ya/tidak label wraps instead of running over other columns."""
    root = tmp_path / "root"
    shutil.copytree(rootdir / "test-keputusan", root)
    source = root / "sop-keputusan.md"
    ya, tidak = "Berkas lengkap dan sah menurut verifikator", "Dikembalikan kepada pemohon untuk dilengkapi"
    text = source.read_text(encoding="utf-8")
    text = text.replace("label-ya: Lengkap\n", f"label-ya: {ya}\n").replace(
        "label-tidak: Tidak lengkap\n", f"label-tidak: {tidak}\n"
    )
    source.write_text(text, encoding="utf-8")
    out, corpus = build(root, tmp_path)
    sop = corpus.get("sop-keputusan")
    assert sop.langkah_by_nomor(3).cabang.ya.label == ya
    found = periksa(berkas(out, sop), sop)  # the label text is on the decision's page
    with open_pdf(berkas(out, sop)) as pdf:
        page = tanpa_tanda_air(pdf.pages[2])  # the content changed after its paraf: a DRAF
        t = tabel(page, len(sop.pelaksana) + 6)
        left, right = t.kolom[2], t.kolom[2 + len(sop.pelaksana)]
        words = page.extract_words()
        for label in (ya, tidak):
            mine = [w for w in words if w["text"] in label.split() and left - 1 < w["x0"] and w["top"] > t.kepala_bawah]
            assert {w["text"] for w in mine} >= set(label.split()), (label, mine)
            assert all(w["x1"] <= right + 0.5 for w in mine), (label, right, mine)
            assert len({round(w["top"]) for w in mine}) >= 2, mine  # wrapped
    assert found["labels"] == {}


def test_combined_keputusan(lampiran_f4):
    out, corpus = lampiran_f4
    with open_pdf(out / "keputusan-lengkap.pdf") as combined:
        titles = [entry[1] for entry in combined.doc.get_outlines()]
        assert titles == [
            "Lampiran LX: SOP Pengujian Berkas Panjang",
            "Lampiran C: SOP Pengujian Angka Seratus",
            "Lampiran (nomor belum terbaca): SOP Pengujian Kolom Pelaksana Lebar",
        ]
        pages = [p.extract_text() for p in combined.pages]
    expected = []
    for name in ("060-sop-panjang.pdf", "100-sop-seratus.pdf", "tanpa-nomor-sop-lebar.pdf"):
        with open_pdf(out / name) as single:
            expected += [p.extract_text() for p in single.pages]
    assert pages == expected  # the same pages, numbered within each lampiran
    # without a legible numeral the kop line leaves dots to fill in, never
    # an internal status on the printed page
    assert "LAMPIRAN ...................." in pages[-1]
    assert not [p for p in pages if "BELUM TERBACA" in p.upper()]


BASE14 = {
    "Courier", "Courier-Bold", "Courier-Oblique", "Courier-BoldOblique", "Helvetica", "Helvetica-Bold",
    "Helvetica-Oblique", "Helvetica-BoldOblique", "Times-Roman", "Times-Bold", "Times-Italic",
    "Times-BoldItalic", "Symbol", "ZapfDingbats",
}


def test_only_embedded_liberation_sans(lampiran_f4, keputusan_f4):
    for out, _ in (lampiran_f4, keputusan_f4):
        for path in sorted(out.glob("*.pdf")):
            with open_pdf(path) as pdf:
                for page in pdf.pages:
                    fonts_used = resolve1(resolve1(page.page_obj.resources).get("Font", {}))
                    assert fonts_used, path
                    for ref in fonts_used.values():
                        font = resolve1(ref)
                        base = font["BaseFont"].name
                        assert base.split("+")[-1] not in BASE14, (path.name, base)
                        assert base.split("+")[-1].startswith("LiberationSans"), base
                        descriptor = resolve1(font["FontDescriptor"])
                        assert any(k in descriptor for k in ("FontFile", "FontFile2", "FontFile3")), base
                    assert {c["fontname"].split("+")[-1] for c in page.chars} <= {
                        "LiberationSans",
                        "LiberationSans-Bold",
                    }


def test_byte_identical_rebuild(rootdir, tmp_path, lampiran_f4):
    out, _ = lampiran_f4
    again, _ = build(rootdir / "test-lampiran", tmp_path)
    names = sorted(p.name for p in out.glob("*.pdf"))
    assert names == sorted(p.name for p in again.glob("*.pdf"))
    for name in names:
        assert (out / name).read_bytes() == (again / name).read_bytes(), name


def test_source_date_epoch(keputusan_f4, monkeypatch):
    _, corpus = keputusan_f4
    sop = corpus.get("sop-keputusan")
    fonts.register()
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    first = dokumen.render_one(sop, corpus.keputusan, find_paper("f4"))
    assert b"/CreationDate (D:20231114221320+00'00')" in first
    assert first == dokumen.render_one(sop, corpus.keputusan, find_paper("f4"))
    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    assert b"D:20231114221320" not in dokumen.render_one(sop, corpus.keputusan, find_paper("f4"))


def test_stale_files_removed_others_kept(rootdir, tmp_path):
    out, _ = build(rootdir / "test-keputusan", tmp_path)
    (out / "040-lama.pdf").write_bytes(b"%PDF old")
    (out / "039-lebih-lama.pdf").write_bytes(b"%PDF older")
    (out / "catatan-saya.pdf").write_bytes(b"%PDF mine")
    listed = (out / ".sopap-keys").read_text(encoding="utf-8")
    (out / ".sopap-keys").write_text(listed + "0123 8 040-lama.pdf\n", encoding="utf-8")
    # the list of an earlier sopap version is still honoured once
    (out / ".sopap-lampiran").write_text("039-lebih-lama.pdf\n", encoding="utf-8")
    build(rootdir / "test-keputusan", tmp_path)
    assert not (out / "040-lama.pdf").exists() and not (out / "039-lebih-lama.pdf").exists()
    assert not (out / ".sopap-lampiran").exists()
    assert (out / "catatan-saya.pdf").exists()
    assert (out / "040-sop-keputusan.pdf").is_file()
    assert "040-lama.pdf" not in (out / ".sopap-keys").read_text(encoding="utf-8")


def test_missing_fonts_message(monkeypatch):
    monkeypatch.setattr(fonts, "FOLDERS", ())
    monkeypatch.delenv("SOPAP_FONT_DIR", raising=False)
    with pytest.raises(fonts.FontMissing) as exc:
        fonts.find_folder()
    assert "fonts-liberation2" in str(exc.value) and "tidak ditemukan" in str(exc.value)


# -- visual regression -----------------------------------------------------------
HALAMAN_REFERENSI = [
    ("test-keputusan", "040-sop-keputusan.pdf", 3),
    ("test-lampiran", "060-sop-panjang.pdf", 3),
    ("test-lampiran", "060-sop-panjang.pdf", 5),
    ("test-lampiran", "100-sop-seratus.pdf", 1),
    ("test-lampiran", "100-sop-seratus.pdf", 2),
]


@pytest.mark.parametrize(("root", "name", "page"), HALAMAN_REFERENSI)
def test_visual_regression(root, name, page, lampiran_f4, keputusan_f4, tmp_path):
    """Pages against committed, reviewed references (support.lampiran_pdf.bandingkan_referensi)."""
    out = (keputusan_f4 if root == "test-keputusan" else lampiran_f4)[0]
    bandingkan_referensi(out / name, page, REFERENSI / f"{Path(name).stem}-{page}.png", tmp_path)


# -- the living corpus ---------------------------------------------------------------
@pytest.mark.slow
@pytest.mark.korpus
def test_seed_corpus_lampiran(seed):
    out, corpus = seed
    assert len(corpus) >= 1
    for sop in corpus:
        periksa(berkas(out, sop), sop)
    total = 0
    for sop in corpus:
        with open_pdf(berkas(out, sop)) as pdf:
            total += len(pdf.pages)
    with open_pdf(out / "keputusan-lengkap.pdf") as pdf:
        assert len(pdf.pages) == total
        titles = [entry[1] for entry in pdf.doc.get_outlines()]
    numbered = [s for s in corpus if s.lampiran]
    assert titles[: len(numbered)] == [
        f"Lampiran {s.lampiran}: SOP {s.nama}"
        for s in sorted(numbered, key=lambda s: roman_to_int(s.lampiran))
    ]
    assert all(t.startswith("Lampiran (nomor belum terbaca)") for t in titles[len(numbered) :])
    assert Counter(titles).most_common(1)[0][1] == 1


@pytest.mark.slow
@pytest.mark.korpus
def test_seed_corpus_lampiran_a4(seed_a4):
    """On the smaller paper too: the identity still on one page (its font
    steps down), every column's text whole, every symbol in place."""
    out, corpus = seed_a4
    for sop in corpus:
        periksa(berkas(out, sop), sop, "a4")


# -- the command line and the Sphinx builder -----------------------------------------
@pytest.fixture()
def proyek(tmp_path, rootdir) -> Path:
    import shutil

    root = tmp_path / "proyek"
    shutil.copytree(rootdir / "test-lampiran", root)
    return root


def test_cli_pdf_a4(proyek, tmp_path, capsys):
    from sopap.cli import main

    out = tmp_path / "keluaran"
    assert main(["pdf", "-o", str(out), "--paper", "a4", "--project", str(proyek)]) == 0
    printed = capsys.readouterr().out
    assert "3 lampiran (A4) dan keputusan-lengkap.pdf ditulis" in printed
    assert "belum terbaca untuk sop-lebar" in printed and "diletakkan di akhir" in printed
    with open_pdf(out / "060-sop-panjang.pdf") as pdf:
        assert (round(pdf.pages[0].width / MM), round(pdf.pages[0].height / MM)) == (297, 210)
    assert not (proyek / "_build" / "pdf").exists()


def test_cli_pdf_default_folder_and_conf_paper(proyek, capsys):
    from sopap.cli import main

    conf = proyek / "conf.py"
    conf.write_text(conf.read_text(encoding="utf-8") + '\nsopap_lampiran_kertas = "A4"\n', encoding="utf-8")
    assert main(["pdf", "--project", str(proyek)]) == 0
    with open_pdf(proyek / "_build" / "pdf" / "100-sop-seratus.pdf") as pdf:
        assert round(pdf.pages[0].width / MM) == 297
    conf.write_text(conf.read_text(encoding="utf-8") + '\nsopap_lampiran_kertas = "letter"\n', encoding="utf-8")
    assert main(["pdf", "--project", str(proyek)]) == 2
    assert "ukuran kertas 'letter' tidak dikenal; pilih salah satu: f4, a4" in capsys.readouterr().err


def test_cli_pdf_broken_source_writes_nothing(proyek, tmp_path, capsys):
    from sopap.cli import main

    source = proyek / "sop-seratus.md"
    source.write_text(source.read_text(encoding="utf-8").replace("pelaksana: jafung", "pelaksana: bupati", 1), encoding="utf-8")
    out = tmp_path / "keluaran"
    assert main(["pdf", "-o", str(out), "--project", str(proyek)]) == 1
    err = capsys.readouterr().err
    assert "sop-seratus.md:" in err and "pelaksana 'bupati'" in err
    assert not out.exists() or not list(out.glob("*.pdf"))


def test_step_too_long_for_a_page(proyek, tmp_path, capsys):
    from sopap.cli import main

    source = proyek / "sop-seratus.md"
    text = source.read_text(encoding="utf-8")
    # eight rincian, each under the limit of one item (model/limits.py), together taller than a page
    item = " ".join(["Menyusun dan memeriksa kembali seluruh dokumen"] * 38)
    huge = "Mengerjakan:\n" + "\n".join(f"{chr(ord('a') + i)}. {item}" for i in range(8))
    source.write_text(text.replace("Mengerjakan\n", huge + "\n", 1), encoding="utf-8")
    out = tmp_path / "keluaran"
    assert main(["pdf", "-o", str(out), "--project", str(proyek)]) == 2
    err = capsys.readouterr().err
    assert "sop-seratus.md:" in err and "langkah 2 SOP 'sop-seratus' terlalu panjang untuk satu halaman" in err
    assert not out.exists() or not list(out.glob("*.pdf"))


def test_logo_in_the_kop(proyek, tmp_path):
    from PIL import ImageDraw

    logo = Image.new("RGB", (120, 140), "white")
    ImageDraw.Draw(logo).ellipse((10, 10, 110, 130), fill=(0, 90, 40))
    logo.save(proyek / "logo.png")
    conf = proyek / "conf.py"
    conf.write_text(conf.read_text(encoding="utf-8") + '\nsopap_lampiran_logo = "logo.png"\n', encoding="utf-8")
    out, _ = build(proyek, tmp_path / "b")
    with open_pdf(out / "100-sop-seratus.pdf") as pdf:
        assert len(pdf.pages[0].images) == 1 and len(pdf.pages[1].images) == 1
        assert not pdf.pages[2].images
    conf.write_text(conf.read_text(encoding="utf-8") + '\nsopap_lampiran_logo = "tidak-ada.png"\n', encoding="utf-8")
    from sopap.cli import main

    assert main(["pdf", "--project", str(proyek)]) == 2


def test_the_handbook_logo_serves_the_lampiran_without_one_of_its_own(proyek, tmp_path, capsys):
    """One logo for the handbook and the lampiran: sopap_logo is used on the
    kop when sopap_lampiran_logo is not set, and a missing file is named."""
    Image.new("RGB", (120, 140), (0, 90, 40)).save(proyek / "logo-kota.png")
    conf = proyek / "conf.py"
    original = conf.read_text(encoding="utf-8")
    conf.write_text(original + '\nsopap_logo = "logo-kota.png"\n', encoding="utf-8")
    out, _ = build(proyek, tmp_path / "b")
    with open_pdf(out / "100-sop-seratus.pdf") as pdf:
        assert len(pdf.pages[0].images) == 1 and len(pdf.pages[1].images) == 1
    conf.write_text(original + '\nsopap_logo = "tidak-ada.png"\n', encoding="utf-8")
    from sopap.cli import main

    assert main(["pdf", "--project", str(proyek)]) == 2
    assert "berkas logo 'tidak-ada.png' (sopap_logo di conf.py) tidak ditemukan" in capsys.readouterr().err


def test_sopap_build_writes_lampiran(proyek):
    from sopap.cli import main

    assert main(["build", "--project", str(proyek)]) == 0
    names = sorted(p.name for p in (proyek / "_build" / "pdf").glob("*.pdf"))
    assert names == ["060-sop-panjang.pdf", "100-sop-seratus.pdf", "keputusan-lengkap.pdf", "tanpa-nomor-sop-lebar.pdf"]


def test_sopap_build_puts_the_lampiran_in_the_handbook_when_asked(proyek, tmp_path, capsys):
    from sopap.cli import main

    conf = proyek / "conf.py"
    conf.write_text(conf.read_text(encoding="utf-8") + "\nsopap_lampiran_unduh = True\n", encoding="utf-8")
    copies = proyek / "_build" / "html" / "_downloads" / "lampiran"
    copies.mkdir(parents=True)
    (copies / "099-sop-dihapus.pdf").write_bytes(b"%PDF- lama")  # a lampiran no longer made
    assert main(["build", "--project", str(proyek)]) == 0
    pdf = proyek / "_build" / "pdf"
    names = sorted(p.name for p in pdf.glob("*.pdf"))
    assert sorted(p.name for p in copies.iterdir() if not p.name.startswith(".")) == names
    for name in names:
        assert (copies / name).read_bytes() == (pdf / name).read_bytes()
    page = (proyek / "_build" / "html" / "sop-panjang.html").read_text(encoding="utf-8")
    assert 'href="_downloads/lampiran/060-sop-panjang.pdf"' in page
    # built again without a change: no copy is made again
    copied = {p.name: p.stat().st_mtime_ns for p in copies.iterdir()}
    assert main(["build", "--project", str(proyek)]) == 0
    assert {p.name: p.stat().st_mtime_ns for p in copies.iterdir()} == copied
    # `sopap pdf` elsewhere leaves the handbook's copies alone
    before = {p.name: p.stat().st_mtime_ns for p in copies.iterdir()}
    capsys.readouterr()
    assert main(["pdf", "-o", str(tmp_path / "lain"), "--project", str(proyek)]) == 0
    assert "tautan unduhan" not in capsys.readouterr().out
    assert {p.name: p.stat().st_mtime_ns for p in copies.iterdir()} == before


def test_one_actor_column_with_back_edge_across_pages(tmp_path):
    """No neighbouring column for side connectors: they go under and over."""
    from sopap.model.flow import derive_simbol
    from sopap.model.sop import Arah, Cabang, Identitas, Keputusan, Langkah, Paraf, Pelaksana, Penandatangan
    from sopap.model.waktu import Waktu

    steps = []
    for n in range(1, 21):
        cabang = Cabang(Arah(n + 1, "Ya"), Arah(3, "Tidak")) if n == 18 else None
        steps.append(
            Langkah(
                nomor=n,
                uraian=f"Mengerjakan langkah {n} " + "dengan teliti " * 6,
                pelaksana="jafung",
                kelengkapan=(f"Dokumen {n - 1}",),
                waktu=Waktu(1, "hari"),
                output=(f"Dokumen {n}",),
                berikutnya=(n + 1, 3) if cabang else ((n + 1,) if n < 20 else ()),
                cabang=cabang,
                simbol=derive_simbol(n - 1, 20, cabang is not None),
            )
        )
    sop = Sop(
        id="satu-kolom",
        nama="Satu Kolom",
        lampiran="V",
        instansi="Dinas Uji",
        bidang="UJI",
        identitas=Identitas(dasar_hukum=("Peraturan Uji",)),
        pelaksana=(Pelaksana("jafung", "Jafung / Pelaksana"),),
        langkah=tuple(steps),
        paraf_koordinasi=("Kabag Organisasi",),
        penandatangan=Penandatangan("Kepala Dinas Uji", "NAMA"),
        paraf=(Paraf("Kabag Organisasi", 0, "Nama Pemaraf", "2 Januari 2024"),),  # not a draft
    )
    fonts.register()
    path = tmp_path / "satu-kolom.pdf"
    path.write_bytes(dokumen.render_one(sop, Keputusan(pemerintah="Pemerintah Kota Uji"), find_paper("a4")))
    found = periksa(path, sop, "a4")
    assert found["page_of"][18] > found["page_of"][3]
