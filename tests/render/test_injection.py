"""Injection: markup, reportlab mini-markup, ``&``, quotes, pipes and line breaks in every text
field stay text in every output.

One test root (``tests/roots/test-suntikan``) writes ``<script>``, ``<font color=red>``,
``<b>``, ``&``, both quotes and ``|`` into the uraian (over two lines), a rincian, document
names, pelaksana names, identity fields, a decision label, a paraf, the signatory and a
catatan. It is built as a user builds it (``sopap build``, ``sopap lint --html``,
``sopap diff``) and every output is read back with an independent parser: the HTML with
lxml (no element or attribute came from the text, every field reads back exactly), the
PDF with pdfplumber (the characters of every field, nothing red), the features with the
Gherkin parser and run against the reference engine, the BPMN with lxml and the OMG XSDs,
the JSON with ``json``.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import jsonschema
import lxml.html
import pdfplumber
import pytest
from gherkin.parser import Parser
from lxml import etree

from sopap.model import jsonformat
from sopap.render.bpmn.xsd import XSD_DIR
from support import PROJECT
from support.bad_input import sopap
from support.conformance import ROOTS, run_suite

SCRIPT = '<script>alert("x")</script>'
FONT = "<font color=red>merah</font>"

#: Every field written with hostile text, as the model must hold it (the two source
#: lines of the uraian are one line of text).
FIELDS = {
    "nama": f"NamaSOP {SCRIPT} {FONT} <b>tebal</b> A & B 'kutip' | pipa",
    "nomor": f'NomorSOP {SCRIPT} {FONT} & "kutip"',
    "disahkan_oleh": f"Disahkan {SCRIPT} {FONT} <b>tebal</b> A & B 'kutip' | pipa",
    "dasar_hukum": f'DasarHukum {SCRIPT} {FONT} <b>tebal</b> A & B "kutip" | pipa',
    "dasar_hukum_2": "Peraturan kedua &amp; &lt;b&gt; &#60;i&#62;",
    "peringatan": f'Peringatan {SCRIPT} {FONT} <b>tebal</b> A & B "kutip" | pipa',
    "pelaksana": f'Pelaksana {SCRIPT} {FONT} <b>tebal</b> A & B "kutip" | pipa',
    "pelaksana_2": "Kabid <b>Uji</b> & 'Staf'",
    "uraian": f"Uraian {SCRIPT} {FONT} <b>tebal</b> A & B \"kutip\" 'tunggal' | pipa",
    "rincian": f'Rincian {SCRIPT} {FONT} <b>tebal</b> A & B "kutip" | pipa',
    "rincian_2": "Rincian kedua &amp; &lt;i&gt;",
    "dokumen": f'Dokumen {SCRIPT} {FONT} <b>tebal</b> A & B "kutip" | pipa',
    "output": 'Keluaran <b>tebal</b> & "kutip" | pipa',
    # no step makes it: lint quotes it in a finding (KL01)
    "dokumen_luar": 'Map <b>arsip</b> & "rak" | lemari',
    "keterangan": f'Keterangan {SCRIPT} {FONT} & "kutip" | pipa',
    "label_ya": 'Ya <b>lengkap</b> & "benar"',
    "label_tidak": "Tidak <font color=red>ulang</font> | lagi",
    "paraf_jabatan": 'Kabag <b>Organisasi</b> & "Tata"',
    "paraf_nama": f'Paraf {SCRIPT} {FONT} & "kutip" | pipa',
    "ttd_jabatan": f'Jabatan {SCRIPT} & "kutip"',
    "ttd_nama": "NamaTTD <font color=red>merah</font> <b>tebal</b> & 'kutip'",
    "catatan": f'Catatan {SCRIPT} {FONT} <b>tebal</b> A & B "kutip" | pipa',
    "catatan_asli": f'Asli {SCRIPT} {FONT} & "kutip" | pipa',
}
#: The redline's new text of step 3 (sopap diff).
BARU = "Mengarsipkan <i>arsip</i> & \"x\" | y <script>alert(2)</script>"


def _model_values(sop: dict) -> dict[str, str]:
    """The same fields read from a sopap/1 SOP."""
    langkah = {s["nomor"]: s for s in sop["langkah"]}
    ident = sop["identitas"]
    return {
        "nama": sop["nama"],
        "nomor": ident["nomor"],
        "disahkan_oleh": ident["disahkan_oleh"],
        "dasar_hukum": ident["dasar_hukum"][0],
        "dasar_hukum_2": ident["dasar_hukum"][1],
        "peringatan": ident["peringatan"][0],
        "pelaksana": sop["pelaksana"][0]["nama"],
        "pelaksana_2": sop["pelaksana"][1]["nama"],
        "uraian": langkah[1]["uraian"],
        "rincian": langkah[2]["rincian"][0],
        "rincian_2": langkah[2]["rincian"][1],
        "dokumen": langkah[1]["kelengkapan"][0],
        "output": langkah[1]["output"][0],
        "dokumen_luar": langkah[3]["kelengkapan"][1],
        "keterangan": langkah[1]["keterangan"],
        "label_ya": langkah[2]["cabang"]["ya"]["label"],
        "label_tidak": langkah[2]["cabang"]["tidak"]["label"],
        "paraf_jabatan": sop["paraf_koordinasi"][0],
        "paraf_nama": sop["paraf"][0]["nama"],
        "ttd_jabatan": sop["penandatangan"]["jabatan"],
        "ttd_nama": sop["penandatangan"]["nama"],
        "catatan": sop["catatan"][0]["penjelasan"],
        "catatan_asli": sop["catatan"][0]["asli"],
    }


@pytest.fixture(scope="module")
def keluaran(tmp_path_factory) -> Path:
    """The root built with every output, the lint page and a redline, as a user runs them."""
    tmp = tmp_path_factory.mktemp("suntikan")
    root = tmp / "proyek"
    shutil.copytree(ROOTS / "test-suntikan", root)
    built = sopap("build", "--project", str(root))
    assert built.code == 0, built.text[-3000:]
    linted = sopap("lint", "--html", str(tmp / "lint.html"), "--project", str(root))
    assert linted.code == 0, linted.text[-3000:]
    source = root / "sop_source" / "sop-suntikan.md"
    baru = tmp / "baru" / "sop-suntikan.md"
    baru.parent.mkdir()
    baru.write_text(source.read_text(encoding="utf-8").replace("Mengarsipkan\n", BARU + "\n"), encoding="utf-8")
    diff = sopap("diff", str(source), str(baru), "-o", str(tmp / "redline"), "--project", str(root))
    assert diff.code == 1 and "<i>arsip</i>" in diff.text, diff.text[-3000:]
    return tmp


def _compact(text: str) -> str:
    return re.sub(r"\s+", "", text)


# -- JSON ---------------------------------------------------------------------------------


def test_json_holds_every_field_exactly(keluaran):
    data = json.loads((keluaran / "proyek" / "_build" / "json" / "sopap.json").read_text(encoding="utf-8"))
    jsonschema.validate(data, jsonformat.schema())
    (sop,) = data["sops"]
    assert _model_values(sop) == FIELDS
    assert jsonformat.corpus_to_dict(jsonformat.corpus_from_dict(data)) == data


# -- HTML and SVG -------------------------------------------------------------------------


def _no_markup_from_text(tree) -> None:
    """No element or attribute of the page came from the SOP's text."""
    assert not tree.xpath("//font | //*[local-name()='font']")
    assert not [s for s in tree.xpath("//script") if "alert" in (s.text or "")]
    assert not [b for b in tree.xpath("//b") if re.search("tebal|Uji|Organisasi|lengkap|arsip", b.text_content())]
    assert not [a for e in tree.iter() if isinstance(e.tag, str) for a in e.attrib if a.lower().startswith("on")]


def _text(tree) -> str:
    return re.sub(r"\s+", " ", tree.xpath("string(//body)"))


#: Fields the official layout prints in upper case (the signatory's jabatan).
UPPER = {"ttd_jabatan"}


def _shown(name: str) -> str:
    return FIELDS[name].upper() if name in UPPER else FIELDS[name]


def test_sop_page_shows_every_field_as_text(keluaran):
    html = keluaran / "proyek" / "_build" / "html"
    tree = lxml.html.parse(str(html / "sop_source" / "sop-suntikan.html"))
    _no_markup_from_text(tree)
    text = _text(tree)
    missing = [name for name in FIELDS if _shown(name) not in text]
    assert not missing
    # attributes (tooltips, accessible names) read back as the same text
    titles = " ".join(tree.xpath("//@title | //@aria-label"))
    assert FIELDS["catatan"] in titles and FIELDS["nama"] in titles


def test_svg_flowchart_text_is_text(keluaran):
    page = keluaran / "proyek" / "_build" / "html" / "sop_source" / "sop-suntikan.html"
    tree = lxml.html.parse(str(page))
    svgs = tree.xpath("//svg")
    assert svgs
    allowed = {"svg", "title", "desc", "path", "line", "polyline", "polygon", "rect", "ellipse", "circle",
               "g", "defs", "marker", "text", "tspan", "use"}
    for svg in svgs:
        assert {e.tag for e in svg.iter() if isinstance(e.tag, str)} <= allowed
    descs = " ".join(d.text_content() for d in tree.xpath("//svg//desc"))
    for name in ("pelaksana", "pelaksana_2", "label_ya", "label_tidak"):
        assert FIELDS[name] in descs, name


def test_navigation_data_is_json_text(keluaran):
    """The sidebar's SOP list is JSON in a script file, drawn with textContent."""
    script = keluaran / "proyek" / "_build" / "html" / "_static" / "sopap-navigasi" / "bidang-uji.js"
    text = script.read_text(encoding="utf-8")
    assert "</script>" not in text  # a JSON string cannot close an inline script either
    data = json.loads(re.search(r"\|\| \{\}, (\{.*\})\);\s*$", text, re.S).group(1))
    assert data["UJI"][0][2] == FIELDS["nama"]
    navigasi = PROJECT / "ext/sopap/sphinxext/html/templates/sopap/static/sopap-navigasi.js"
    assert "innerHTML" not in navigasi.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("page", "fields"),
    [
        ("lint-cli", ["dokumen_luar"]),
        ("tinjauan/lint.html", ["nama", "dokumen_luar"]),
        ("tinjauan/index.html", ["nama"]),
        ("riwayat/sop-suntikan.html", ["nama"]),
    ],
)
def test_review_pages_show_the_text_as_text(keluaran, page, fields):
    path = keluaran / "lint.html" if page == "lint-cli" else keluaran / "proyek" / "_build" / "html" / page
    tree = lxml.html.parse(str(path))
    _no_markup_from_text(tree)
    text = _text(tree)
    assert [name for name in fields if FIELDS[name] not in text] == []


def test_redline_html_shows_old_and_new_text_as_text(keluaran):
    tree = lxml.html.parse(str(keluaran / "redline" / "sop-suntikan.html"))
    _no_markup_from_text(tree)
    assert not tree.xpath("//i[contains(., 'arsip')]")
    for cell in tree.xpath("//td[.//ins]"):
        for deleted in cell.xpath(".//del"):
            deleted.drop_tree()
    new = _text(tree)
    assert BARU in new and FIELDS["nama"] in new


# -- PDF ------------------------------------------------------------------------------------


def _pdf_texts(path: Path) -> tuple[list[str], list[dict]]:
    """Compact text of every table cell and every line of every page, and all characters."""
    texts, chars = [], []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            texts += [_compact(line) for line in page.extract_text().splitlines()]
            for table in page.find_tables():
                texts += [_compact(cell or "") for row in table.extract() for cell in row]
            chars += page.chars
    return texts, chars


def _red(char: dict) -> bool:
    colour = char.get("non_stroking_color")
    return isinstance(colour, (list, tuple)) and len(colour) == 3 and colour[0] > 0.5 and colour[1] < 0.3


#: Reviewer notes are not part of the signed lampiran.
NOT_IN_PDF = {"catatan", "catatan_asli", "paraf_nama"}  # a paraf name: in the keywords, the cells stay empty
#: Branch labels wrap to the width of an actor column, beside each other:
#: their words (markup included, drawn as characters) are found line by line.
WRAPPED = {"label_ya", "label_tidak"}


def test_pdf_lampiran_draws_every_field_as_its_characters(keluaran):
    texts, chars = _pdf_texts(keluaran / "proyek" / "_build" / "pdf" / "040-sop-suntikan.pdf")
    missing = []
    for name, value in FIELDS.items():
        if name in NOT_IN_PDF:
            continue
        wanted = _compact(value.upper() if name in UPPER else value)
        if name in WRAPPED:
            found = all(any(_compact(word) in text for text in texts) for word in value.split())
        else:
            found = any(wanted in text for text in texts)
        if not found:
            missing.append(name)
    assert not missing
    assert not [c for c in chars if _red(c) and c["text"].strip()]  # <font color=red> was not obeyed
    from pypdf import PdfReader

    keywords = PdfReader(keluaran / "proyek" / "_build" / "pdf" / "040-sop-suntikan.pdf").metadata["/Keywords"]
    assert FIELDS["paraf_nama"] in keywords  # as its characters, not as markup


def test_redline_pdf_shows_the_new_text(keluaran):
    texts, chars = _pdf_texts(keluaran / "redline" / "sop-suntikan.pdf")
    whole = "".join(texts)
    assert _compact(BARU) in whole and _compact(FIELDS["nama"]) in whole


# -- features (Gherkin) ------------------------------------------------------------------


def test_features_parse_back_to_the_same_text(keluaran):
    text = (keluaran / "proyek" / "features" / "sop-suntikan.feature").read_text(encoding="utf-8")
    feature = Parser().parse(text)["feature"]
    assert feature["name"] == f"Kesesuaian SOP {FIELDS['nama']}"
    steps, cells = [], set()
    children = [c for child in feature["children"] for c in ([child] if "scenario" in child else child.get("rule", {}).get("children", []))]
    for child in children:
        for step in child.get("scenario", {}).get("steps", []):
            steps.append(step["text"])
            for row in step.get("dataTable", {"rows": []})["rows"]:
                cells.update(c["value"] for c in row["cells"])
    assert FIELDS["dokumen"] in cells and FIELDS["output"] in cells  # the pipe came back unescaped
    assert FIELDS["pelaksana"] in cells
    assert any(s.startswith(f'"{FIELDS["pelaksana"]}" menyelesaikan langkah 1') for s in steps)
    assert any(s.startswith(f'"{FIELDS["pelaksana_2"]}" menyelesaikan langkah 2') for s in steps)
    rules = [c["rule"] for c in feature["children"] if "rule" in c]
    descriptions = "\n".join(r["description"] for r in rules)
    assert f"Uraian: {FIELDS['uraian']}" in descriptions


def test_features_run_against_the_reference_engine(keluaran, tmp_path):
    """The nasty names and documents survive into execution: every scenario passes."""
    run = run_suite([keluaran / "proyek" / "features"], ["reference"], tmp_path / "laporan")
    counts = run.total("reference")
    assert run.returncode == 0, run.output[-3000:]
    assert counts["gagal"] == counts["galat"] == 0 and counts["lulus"] > 10


# -- BPMN ------------------------------------------------------------------------------------


@pytest.mark.parametrize("profile", ["spiff", "camunda8"])
def test_bpmn_reads_back_every_field_and_is_xsd_valid(keluaran, profile):
    path = keluaran / "proyek" / "_build" / "bpmn" / profile / "sop-suntikan.bpmn"
    root = etree.parse(str(path)).getroot()
    assert etree.XMLSchema(etree.parse(str(XSD_DIR / "BPMN20.xsd"))).validate(root)
    assert not [e for e in root.iter() if isinstance(e.tag, str) and re.search("script|font", e.tag, re.I)]
    ns = {"bpmn": "http://www.omg.org/spec/BPMN/20100524/MODEL"}
    assert root.xpath("//bpmn:participant/@name", namespaces=ns) == [FIELDS["nama"]]
    assert root.xpath("//bpmn:lane/@name", namespaces=ns) == [FIELDS["pelaksana"], FIELDS["pelaksana_2"]]
    docs = root.xpath("//bpmn:userTask[@id='Langkah_1']/bpmn:documentation/text()", namespaces=ns)
    assert docs and docs[0].startswith(FIELDS["uraian"])
    assert {FIELDS["dokumen"], FIELDS["output"]} <= set(root.xpath("//bpmn:dataObject/@name", namespaces=ns))
    flows = set(root.xpath("//bpmn:sequenceFlow/@name", namespaces=ns))
    assert {FIELDS["label_ya"], FIELDS["label_tidak"]} <= flows
