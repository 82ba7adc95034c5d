"""The sop domain: storage, roles, index, inventory, parallel merge, freshness."""

from __future__ import annotations

import shutil

import pytest
from sphinx.util.inventory import InventoryFile

from sopap.compat import shortcuts
from sopap.model.keterkaitan import resolve_keterkaitan
from support.helpers import copy_root, rebuilt, warnings_of


@pytest.mark.sphinx("html", testroot="valid", freshenv=True)
def test_roles_resolve_to_sop_and_step_anchors(app):
    app.build()
    assert warnings_of(app) == []
    html = (app.outdir / "index.html").read_text(encoding="utf-8")
    assert 'href="sop-uji.html#sop-sop-uji"' in html
    assert 'href="sop-uji.html#sop-sop-uji-langkah-2"' in html
    assert ">SOP Uji<" in html
    assert ">langkah 2 SOP Uji<" in html
    assert ">Judul sendiri<" in html
    page = (app.outdir / "sop-uji.html").read_text(encoding="utf-8")
    assert 'id="sop-sop-uji"' in page
    assert 'id="sop-sop-uji-langkah-2"' in page


@pytest.mark.sphinx("html", testroot="valid", freshenv=True)
def test_index_lists_sops_by_bidang_with_lampiran(app):
    app.build()
    html = (app.outdir / "sop-daftar.html").read_text(encoding="utf-8")
    assert "Bidang Uji (UJI)" in html
    assert html.index("SOP Uji") < html.index("SOP Lain")  # XL before XLI
    assert "Lampiran XL" in html and "Lampiran XLI" in html


@pytest.mark.sphinx("html", testroot="valid", freshenv=True)
def test_objects_inventory(app):
    app.build()
    with open(app.outdir / "objects.inv", "rb") as handle:
        inv = InventoryFile.load(handle, "", lambda base, uri: uri)
    sops = inv["sop:sop"]
    assert set(sops) == {"sop-uji", "sop-lain"}
    assert sops["sop-uji"].uri == "sop-uji.html#sop-sop-uji"
    assert sops["sop-uji"].display_name == "SOP Uji"
    steps = inv["sop:langkah"]
    assert {f"sop-uji/{n}" for n in (1, 2, 3)} <= set(steps)
    assert steps["sop-lain/2"].uri == "sop-lain.html#sop-sop-lain-langkah-2"


@pytest.mark.sphinx("html", testroot="valid", freshenv=True)
def test_keterkaitan_links_inside_the_corpus_only(app):
    app.build()
    corpus = app.env.domains["sop"].corpus()
    lain = corpus.get("sop-lain")
    internal, external = lain.identitas.keterkaitan
    assert resolve_keterkaitan(internal, corpus).id == "sop-uji"
    assert resolve_keterkaitan(external, corpus) is None
    assert resolve_keterkaitan("SOP Surat Masuk pada DPPPA Kota Bekasi", corpus) is None


@pytest.mark.sphinx("html", testroot="valid", freshenv=True, confoverrides={"nitpicky": True})
def test_unknown_reference_is_an_indonesian_warning(app):
    (app.srcdir / "index.md").write_text(
        "# Uji\n\n{sop:sop}`tidak-ada` dan {sop:langkah}`sop-uji/9`\n\n```{toctree}\nsop-uji\nsop-lain\n```\n",
        encoding="utf-8",
    )
    app.build()
    warnings = warnings_of(app)
    assert len(warnings) == 2
    assert "rujukan SOP 'tidak-ada' tidak ditemukan" in warnings[0]
    assert "rujukan langkah 'sop-uji/9' tidak ditemukan" in warnings[1]


def test_parallel_read_merges_the_same_model(make_app, rootdir, sphinx_test_tempdir):
    corpora = []
    for parallel in (1, 2):
        srcdir = sphinx_test_tempdir / f"paralel-{parallel}"
        shutil.rmtree(srcdir, ignore_errors=True)
        shutil.copytree(rootdir / "test-paralel", srcdir)
        app = make_app("html", srcdir=srcdir, parallel=parallel, freshenv=True)
        app.build()
        assert warnings_of(app) == []
        corpora.append(app.env.domains["sop"].corpus())
        app.cleanup()
    assert len(corpora[0]) == 8
    assert corpora[0] == corpora[1]


def test_removing_a_duplicate_brings_the_other_back(make_app, rootdir, sphinx_test_tempdir):
    srcdir = sphinx_test_tempdir / "kode-ganda-pulih"
    shutil.rmtree(srcdir, ignore_errors=True)
    shutil.copytree(rootdir / "test-kode-ganda", srcdir)
    first = make_app("html", srcdir=srcdir)
    first.build()
    assert len(warnings_of(first)) == 1
    first.cleanup()
    (srcdir / "sop-a.md").unlink()
    (srcdir / "index.md").write_text("# Uji\n\n```{toctree}\nsop-b\n```\n", encoding="utf-8")
    again = make_app("html", srcdir=srcdir)
    again.build()
    assert warnings_of(again) == []
    assert again.env.domains["sop"].corpus().get("sop-sama").nama == "SOP B"


def test_incremental_build_rewrites_pages_that_refer_to_a_changed_sop(make_app, rootdir, sphinx_test_tempdir):
    srcdir = sphinx_test_tempdir / "valid-inkremental"
    shutil.rmtree(srcdir, ignore_errors=True)
    shutil.copytree(rootdir / "test-valid", srcdir)
    first = make_app("html", srcdir=srcdir)
    first.build()
    first.cleanup()
    source = srcdir / "sop-uji.md"
    source.write_text(source.read_text(encoding="utf-8").replace("nama: SOP Uji", "nama: SOP Uji Baru"), encoding="utf-8")
    again = make_app("html", srcdir=srcdir)
    again.build()
    assert warnings_of(again) == []
    # index.md was not edited, but it refers to sop-uji by role: it is written again.
    assert ">SOP Uji Baru<" in (again.outdir / "index.html").read_text(encoding="utf-8")


def _replace(path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_incremental_build_rewrites_the_pages_tracing_a_document_to_a_renamed_sop(make_app, rootdir, sphinx_test_tempdir):
    # sop-alur's "Alur dokumen" traces "Notulen Rapat Koordinasi" to sop-rapat, by name
    srcdir = copy_root(rootdir, sphinx_test_tempdir, "test-html", "html-dokumen")
    rapat = srcdir / "sop-rapat.md"
    app, written = rebuilt(
        make_app, srcdir, lambda: _replace(rapat, "nama: Rapat Koordinasi Uji", "nama: Rapat Koordinasi Baru")
    )
    assert warnings_of(app) == []
    assert {"sop-rapat", "sop-alur", "index"} <= written
    alur = (app.outdir / "sop-alur.html").read_text(encoding="utf-8")
    assert "Rapat Koordinasi Baru, langkah 2</a>" in alur and "Rapat Koordinasi Uji, langkah 2" not in alur


def test_incremental_build_after_an_edit_other_pages_do_not_show_rewrites_only_that_page(
    make_app, rootdir, sphinx_test_tempdir
):
    srcdir = copy_root(rootdir, sphinx_test_tempdir, "test-html", "html-isi")
    rapat = srcdir / "sop-rapat.md"
    text = rapat.read_text(encoding="utf-8")
    step = text[text.index("```{langkah} 2"):]
    uraian = step.split("---\n")[2].splitlines()[0]
    app, written = rebuilt(make_app, srcdir, lambda: _replace(rapat, uraian, uraian + " dengan saksama"))
    assert warnings_of(app) == []
    # Sphinx writes its generated pages again; sop-alur, which links to
    # sop-rapat, is not written, nor is the home page, which holds sop-rapat
    # in a hidden toctree only (Sphinx would write it for that toctree, and
    # does, with the shortcut off: sopap.compat.files_to_rebuild)
    expected = {"sop-rapat", "genindex", "sop-daftar", "search"} | (set() if shortcuts() else {"index"})
    assert written == expected
    assert "dengan saksama" in (app.outdir / "sop-rapat.html").read_text(encoding="utf-8")
    # and what was not written is what a build from scratch writes
    fresh_src = sphinx_test_tempdir / "html-isi-segar"
    shutil.rmtree(fresh_src, ignore_errors=True)
    shutil.copytree(srcdir, fresh_src, ignore=shutil.ignore_patterns("_build"))
    fresh = make_app("html", srcdir=fresh_src)
    fresh.build()
    for page in ("index.html", "sop-alur.html", "sop-rapat.html"):
        assert (app.outdir / page).read_bytes() == (fresh.outdir / page).read_bytes(), page


def test_incremental_build_rewrites_the_neighbours_of_a_retitled_page(make_app, rootdir, sphinx_test_tempdir):
    # sop-alur's head links to the next page (sop-rapat) with its title
    srcdir = copy_root(rootdir, sphinx_test_tempdir, "test-html", "html-tetangga")
    rapat = srcdir / "sop-rapat.md"
    app, written = rebuilt(
        make_app, srcdir, lambda: _replace(rapat, "# SOP Rapat Koordinasi Uji", "# SOP Rapat Koordinasi Berjudul Baru")
    )
    assert warnings_of(app) == []
    assert "sop-alur" in written
    alur = (app.outdir / "sop-alur.html").read_text(encoding="utf-8")
    assert 'rel="next" title="SOP Rapat Koordinasi Berjudul Baru"' in alur


def test_incremental_build_rewrites_every_page_when_the_sidebar_changes(make_app, rootdir, sphinx_test_tempdir):
    """Every page draws the sidebar: a guide added to the home page, or a
    caption renamed there, shows on every page after an incremental build."""
    srcdir = copy_root(rootdir, sphinx_test_tempdir, "test-html", "html-sidebar")
    (srcdir / "panduan.md").write_text("# Cara membaca\n", encoding="utf-8")
    index = srcdir / "index.md"
    index.write_text(index.read_text(encoding="utf-8") + "\n```{toctree}\n:caption: Panduan staf\n\npanduan\n```\n",
                     encoding="utf-8")

    def rename() -> None:
        _replace(index, ":caption: Panduan staf", ":caption: Untuk staf")

    app, written = rebuilt(make_app, srcdir, rename)
    assert warnings_of(app) == []
    assert {"sop-alur", "sop-rapat", "panduan", "index"} <= written
    for page in ("sop-alur.html", "sop-rapat.html", "panduan.html"):
        html = (app.outdir / page).read_text(encoding="utf-8")
        assert "<h3>Untuk staf</h3>" in html and "Panduan staf" not in html, page
