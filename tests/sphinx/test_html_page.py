"""The SOP page in HTML, the handbook pages around it and Indonesian search."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import pytest

from sopap.sphinxext.html.search import KATA_PENTING, SearchIndonesian
from support.helpers import warnings_of


class Page(HTMLParser):
    """Tags with their attributes, in document order."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, {k: v or "" for k, v in attrs}))

    def all(self, tag: str, cls: str | None = None) -> list[dict[str, str]]:
        return [a for t, a in self.tags if t == tag and (cls is None or cls in a.get("class", "").split())]


def read(app, name: str) -> str:
    return (app.outdir / name).read_text(encoding="utf-8")


@pytest.mark.sphinx("html", testroot="html", freshenv=True)
def test_official_layout(app):
    app.build()
    assert warnings_of(app) == []
    html = read(app, "sop-alur.html")
    page = Page(html)
    assert '<span id="sop-sop-alur"></span>' in html  # the SOP's own anchor
    for label in ("Nomor SOP", "Tanggal Pembuatan", "Tanggal Revisi", "Tanggal Pengesahan", "Disahkan oleh",
                  "Nama SOP", "Dasar Hukum", "Kualifikasi Pelaksana", "Keterkaitan", "Peralatan/Perlengkapan",
                  "Peringatan", "Pencatatan dan Pendataan", "PEMERINTAH", "Paraf Koordinasi",
                  "Uraian Prosedur", "Pelaksana", "Mutu Baku", "Persyaratan/ Kelengkapan", "Waktu", "Output",
                  "Keterangan", "KEPALA DINAS UJI,", "NAMA PEJABAT", "STANDAR OPERASIONAL PROSEDUR ALUR UJI"):
        assert label in html, label
    # one actor column per pelaksana under the spanning header, in order
    heads = [a["id"] for a in page.all("th", "sopap-aktor-judul")]
    assert heads == [f"sop-sop-alur-pelaksana-{p}" for p in ("kadis", "kabid", "jafung", "tim")]
    assert 'colspan="4" class="sopap-pelaksana-judul"' in html
    # one row per step, each anchored, its symbol in its actor's cell
    rows = page.all("tr")
    assert [a["id"] for a in rows if "data-langkah" in a] == [f"sop-sop-alur-langkah-{n}" for n in range(1, 8)]
    kinds = [a["class"].split()[-1] for a in page.all("rect") + page.all("polygon") if "data-langkah" in a]
    assert sorted(kinds) == sorted(["sopap-simbol-kapsul"] * 2 + ["sopap-simbol-kotak"] * 3 + ["sopap-simbol-belah-ketupat"] * 2)


@pytest.mark.sphinx("html", testroot="html", freshenv=True)
def test_accessibility(app):
    app.build()
    html = read(app, "sop-alur.html")
    page = Page(html)
    ths = [a for t, a in page.tags if t == "th"]
    assert ths and all(a.get("scope") in ("col", "row", "colgroup") for a in ths)
    svgs = re.findall(r'<svg class="sopap-bagan".*?</svg></svg>', html)
    assert svgs and all("<title" in s and "<desc" in s for s in svgs)
    assert all('role="img"' in s or 'aria-hidden="true"' in s for s in svgs)
    ids = [a["id"] for t, a in page.tags if "id" in a]
    assert len(ids) == len(set(ids)), [i for i in ids if ids.count(i) > 1]
    # every in-page link (markers, notes, document flow) has its target
    local = {a["href"][1:] for t, a in page.tags if t == "a" and a.get("href", "").startswith("#")}
    assert local and local <= set(ids), local - set(ids)
    assert 'aria-label="Tabel prosedur Alur Uji (dapat digulir ke samping)"' in html


@pytest.mark.sphinx("html", testroot="html", freshenv=True)
def test_transcription_notes_are_marked_not_in_the_way(app):
    app.build()
    html = read(app, "sop-alur.html")
    page = Page(html)
    markers = page.all("a", "sopap-tanda")
    # a marker of the actor cell is repeated (without id) in the step's card for narrow screens
    assert list(dict.fromkeys(a["href"] for a in markers)) == ["#sop-sop-alur-catatan-1", "#sop-sop-alur-catatan-2"]
    assert len([a for a in markers if a.get("id")]) == 2
    assert "Catatan transkripsi (2: 1 koreksi, 1 inferensi)" in html
    assert re.search(r'<details class="sopap-catatan"[^>]*>\s*<summary>', html)  # closed by default
    assert "<details open" not in html
    # the inference marker sits in the actor cell of step 3, the correction in step 2's uraian
    row3 = html[html.index('id="sop-sop-alur-langkah-3"'):html.index('id="sop-sop-alur-langkah-4"')]
    assert re.search(r'sopap-aktor-pelaku"[^>]*>.*sopap-tanda-inferensi', row3)
    row2 = html[html.index('id="sop-sop-alur-langkah-2"'):html.index('id="sop-sop-alur-langkah-3"')]
    assert re.search(r'class="sopap-uraian"[^>]*>.*sopap-tanda-koreksi', row2)
    # the identity note of the other SOP sits on its lampiran
    other = read(app, "sop-rapat.html")
    assert re.search(r"\(belum terbaca\)</span><span class=\"sopap-tanda-grup\"><a class=\"sopap-tanda sopap-tanda-tidak-terbaca\"", other)
    assert "Tertulis pada naskah: <q>XL?</q>" in other


@pytest.mark.sphinx("html", testroot="html", freshenv=True)
def test_keterkaitan_and_document_producers_link_across_sops(app):
    app.build()
    rapat = read(app, "sop-rapat.html")
    assert '<a class="sopap-terkait" href="sop-alur.html#sop-sop-alur">SOP Alur Uji pada Dinas Uji</a>' in rapat
    alur = read(app, "sop-alur.html")
    assert '<a class="sopap-terkait" href="sop-rapat.html#sop-sop-rapat">SOP Rapat Koordinasi Uji pada Dinas Uji;</a>' in alur
    assert '<span class="sopap-terkait">SOP Surat Masuk pada Dinas Uji.</span>' in alur
    # "Notulen Rapat Koordinasi" is needed by step 2 and made by step 2 of the other SOP
    row = alur[alur.index("<th scope=\"row\">Notulen Rapat Koordinasi</th>"):]
    row = row[: row.index("</tr>")]
    assert "dari luar SOP ini" in row
    assert 'href="sop-rapat.html#sop-sop-rapat-langkah-2">Rapat Koordinasi Uji, langkah 2</a>' in row
    assert '<a href="#sop-sop-alur-langkah-2">langkah 2</a>' in row
    made = alur[alur.index("<th scope=\"row\">Draf Laporan</th>"):]
    assert made[: made.index("</tr>")].count("langkah 2") == 1


@pytest.mark.sphinx("html", testroot="html", freshenv=True)
def test_home_page_lists_sops_by_bidang_and_navigation_is_per_bidang(app):
    app.build()
    index = read(app, "index.html")
    uji, lain = index.index('id="bidang-uji"'), index.index('id="bidang-lain"')
    assert uji < lain  # order of sopap_bidang
    assert re.search(r"XLV</p></td>\s*<td><p><a class=\"reference internal\" href=\"sop-alur.html#sop-sop-alur\"", index)
    assert re.search(r"—</p></td>\s*<td><p><a class=\"reference internal\" href=\"sop-rapat.html#sop-sop-rapat\"", index)
    # an SOP page's sidebar lists its own bidang's SOPs only (drawn from the
    # bidang's data script), other bidang as one link
    alur = read(app, "sop-alur.html")
    nav = alur[alur.index('<nav class="sopap-nav"'):]
    nav = nav[: nav.index("</nav>")]
    assert '<ul class="sopap-nav-sop" data-sopap-bidang="UJI" data-sopap-halaman="sop-alur"></ul>' in nav
    assert '<script defer src="_static/sopap-navigasi/bidang-uji.js"></script>' in nav
    assert "bidang-lain.js" not in nav and "sop-rapat.html" not in nav
    assert 'href="index.html#bidang-lain">Bidang Lain (LAIN)</a>' in nav
    assert '<nav class="sopap-jejak"' in alur and 'href="index.html#bidang-uji"' in alur
    data = (app.outdir / "_static" / "sopap-navigasi")
    uji = data.joinpath("bidang-uji.js").read_text(encoding="utf-8")
    assert '["sop-alur","XLV","Alur Uji","sop-alur.html#sop-sop-alur"]' in uji
    assert "sop-rapat" not in uji
    assert "sop-rapat" in data.joinpath("bidang-lain.js").read_text(encoding="utf-8")
    assert '{"UJI":1,"LAIN":1}' in data.joinpath("jumlah.js").read_text(encoding="utf-8")


@pytest.mark.sphinx("html", testroot="html", freshenv=True)
def test_home_page_is_rewritten_when_an_sop_changes(app):
    app.build()
    source = app.srcdir / "sop-rapat.md"
    source.write_text(source.read_text(encoding="utf-8").replace("nama: Rapat Koordinasi Uji", "nama: Rapat Baru"), encoding="utf-8")
    app.build()
    assert warnings_of(app) == []
    assert "Rapat Baru" in read(app, "index.html")


@pytest.mark.sphinx("text", testroot="html", freshenv=True)
def test_other_builders_keep_the_plain_tables(app):
    app.build()
    text = read(app, "sop-alur.txt")
    assert "Menilai kelengkapan laporan" in text and "<svg" not in text
    assert "Alur Uji" in read(app, "index.txt")


@pytest.mark.sphinx("html", testroot="html", freshenv=True)
def test_search_index_is_indonesian(app):
    app.build()
    raw = read(app, "searchindex.js")
    index = json.loads(raw[raw.index("(") + 1: raw.rindex(")")])
    docs = index["docnames"]

    def found(word):
        hits = index["terms"].get(SearchIndonesian({}).stem(word), [])
        hits = [hits] if isinstance(hits, int) else hits
        return {docs[i] for i in hits}

    assert "sop-alur" in found("paraf")  # the page only says "memaraf"
    assert "sop-alur" in found("laporan") and "sop-rapat" not in found("laporan")
    assert "yang" not in index["terms"]
    data = read(app, "_static/language_data.js")
    assert "IndonesianStemmer" in data and '"yang"' in data
    assert (app.outdir / "_static" / "sopap-cari.js").exists()


def test_search_language_words():
    lang = SearchIndonesian({})
    assert {lang.stem(w) for w in ("memaraf", "diparaf", "paraf")} == {"paraf"}
    assert lang.stem("laporan") == lang.stem("melaporkan")
    assert {"dan", "yang", "di", "dengan"} <= lang.stopwords
    assert not KATA_PENTING & lang.stopwords


@pytest.mark.sphinx("html", testroot="html", freshenv=True)
def test_sop_page_offers_its_bpmn_files(app):
    app.build()
    assert warnings_of(app) == []
    page = Page(read(app, "sop-alur.html"))
    links = {a["href"]: a for a in page.all("a", "sopap-unduh")}
    assert set(links) == {"_downloads/bpmn/camunda8/sop-alur.bpmn", "_downloads/bpmn/spiff/sop-alur.bpmn"}
    for href in links:
        assert (app.outdir / href).is_file()
        assert (app.outdir / href).read_bytes().startswith(b"<?xml")


@pytest.mark.sphinx("html", testroot="html", freshenv=True, confoverrides={"sopap_lampiran_download": True})
def test_sop_page_links_its_lampiran_pdf_when_asked(app):
    from sopap.render.pdf.order import file_name_of

    app.build()
    assert warnings_of(app) == []
    sop = app.env.get_domain("sop").corpus().get("sop-alur")
    page = Page(read(app, "sop-alur.html"))
    links = [a["href"] for a in page.all("a", "sopap-unduh")]
    # first, then the BPMN files; the PDF itself is copied in by `sopap build`
    assert links[0] == f"_downloads/lampiran/{file_name_of(sop)}", links
    assert len(links) == 3
    assert "Unduh" in read(app, "sop-alur.html") and ">Lampiran PDF</a>" in read(app, "sop-alur.html")
    # the list of SOPs offers the whole Keputusan
    home = Page(read(app, "index.html"))
    assert [a["href"] for a in home.all("a", "sopap-unduh")] == ["_downloads/lampiran/keputusan-lengkap.pdf"]


@pytest.mark.sphinx("html", testroot="html", freshenv=True)
def test_no_lampiran_links_unless_asked(app):
    app.build()
    assert not Page(read(app, "index.html")).all("a", "sopap-unduh")
    assert not [a for a in Page(read(app, "sop-alur.html")).all("a", "sopap-unduh") if "lampiran" in a["href"]]
