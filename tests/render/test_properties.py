"""Property tests: every valid SOP model, however hostile its text, makes every output.

Models come from :mod:`support.random_sop` (random pelaksana, steps, decisions with
loops that still reach the end, documents, waktu, notes, paraf, hostile
text). For each: the model rules find no galat (the generator makes valid
SOPs), the HTML page renders and reads back every uraian and document name,
the lampiran PDF builds and opens, the features pass the Gherkin parser,
both BPMN profiles are XSD-valid, and JSON -> model -> JSON is identical.

Examples per test: ``SOPAP_CONTOH`` (default 25, enough for ``make test``;
``SOPAP_CONTOH=500`` for a longer search).
"""

from __future__ import annotations

import io
import json
import os
import re

import jsonschema
import lxml.html
import pdfplumber
from gherkin.parser import Parser
from hypothesis import HealthCheck, given, settings
from lxml import etree

from sopap.lint import Severity, lint_sop
from sopap.model import jsonformat
from sopap.model.lines import SourceLines
from sopap.model.sop import Corpus, Keputusan
from sopap.render.bpmn import PROFILES, to_bytes
from sopap.render.bpmn.xsd import XSD_DIR
from sopap.render.features import kit_files
from sopap.render.html.context import PageContext
from sopap.render.html.page import render_sop
from sopap.render.pdf import fonts
from sopap.render.pdf import lampiran as dokumen
from sopap.render.pdf.paper import find_paper
from support.random_sop import sop

CONTOH = settings(
    max_examples=int(os.environ.get("SOPAP_CONTOH", "25")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
XSD = etree.XMLSchema(etree.parse(str(XSD_DIR / "BPMN20.xsd")))


@CONTOH
@given(sop())
def test_generated_sops_are_valid_models(model):
    galat = [t for t in lint_sop(model, SourceLines("acak"), dari_sumber=False) if t.tingkat is Severity.GALAT]
    assert not galat, [(t.aturan, t.pesan) for t in galat]


@CONTOH
@given(sop())
def test_json_round_trip_is_identical(model):
    data = jsonformat.corpus_to_dict(Corpus((model,)))
    jsonschema.validate(data, jsonformat.schema())
    back = jsonformat.corpus_from_dict(json.loads(jsonformat.dumps(data)))
    assert back.sops == (model,)
    assert jsonformat.corpus_to_dict(back) == data


@CONTOH
@given(sop())
def test_html_page_renders_and_reads_back_the_text(model):
    ctx = PageContext(Corpus((model,)), uri_sop=lambda sop_id: f"{sop_id}.html")
    html = render_sop(model, ctx, lambda n: f"sop-{model.id}-langkah-{n}")
    tree = lxml.html.fragment_fromstring(html, create_parent="div")
    assert not tree.xpath("//script | //font | //b")
    text = re.sub(r"\s+", " ", tree.text_content())
    for step in model.langkah:
        assert step.uraian in text
        for name in step.kelengkapan + step.output:
            assert name in text
    for p in model.pelaksana:
        assert p.nama in text


@CONTOH
@given(sop())
def test_features_parse_with_the_gherkin_parser(model):
    files = kit_files(Corpus((model,)))  # refuses a rendering that parses differently
    feature = Parser().parse(files[f"{model.id}.feature"])["feature"]
    assert feature["language"] == "id"
    assert model.nama in feature["name"]
    assert json.loads(files["sopap.json"])["sops"][0]["id"] == model.id


@CONTOH
@given(sop())
def test_bpmn_is_xsd_valid_in_both_profiles(model):
    for profile in sorted(PROFILES):
        root = etree.fromstring(to_bytes(model, profile))
        assert XSD.validate(root), XSD.error_log
        for step in model.langkah:
            (doc,) = root.xpath(f"//*[local-name()='userTask'][@id='Langkah_{step.nomor}']/*[local-name()='documentation']")
            assert doc.text.startswith(step.uraian)
        decisions = root.xpath("//*[local-name()='exclusiveGateway'][starts-with(@id, 'Gerbang_')]/@id")
        assert decisions == [f"Gerbang_{step.nomor}" for step in model.langkah if step.cabang]


@settings(parent=CONTOH, max_examples=max(5, CONTOH.max_examples // 3))
@given(sop())
def test_pdf_lampiran_builds(model):
    fonts.register()
    data = dokumen.render_one(model, Keputusan(), find_paper("f4"))
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        assert len(pdf.pages) >= 2
        text = _ascii("".join(page.extract_text() for page in pdf.pages))
    # the lampiran font has no emoji or Arabic glyphs: compare what it can draw
    assert _ascii(model.identitas.nomor) in text


def _ascii(text: str) -> str:
    return re.sub(r"[^\x21-\x7e]", "", text)
