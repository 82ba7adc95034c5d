"""Generated hostile input for the one rule of what a page may point at or load
(docs/keamanan.md): link targets in every syntax, and reStructuredText
constructs, built by Sphinx and read back with an HTML parser.

Properties: the build never raises; no built page (the team's page, the SOP
page, the index) carries a link with a scheme other than http, https or
mailto, a meta with http-equiv, a script from the network or a control
character; and an ``{eval-rst}`` block in an SOP source is always refused.

Examples per test: ``SOPAP_CONTOH`` (default 25; ``SOPAP_CONTOH=300`` for a
longer search). Each example is one incremental build of a small project.
"""

from __future__ import annotations

import io
import os
import re
import shutil

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from sopap.sphinxext.project import Project
from support.active_content import html_problems
from support.bad_input import CORPUS

CONTOH = settings(
    max_examples=int(os.environ.get("SOPAP_CONTOH", "25")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture, HealthCheck.data_too_large],
)

INDEX = "# Uji\n\n```{toctree}\n:glob:\n\nsop_source/*\nhalaman/*\n```\n"
SOP = (CORPUS / "proyek" / "sop_source" / "sop-sah.md").read_text(encoding="utf-8").replace("sop-sah", "sop-uji")
#: An address plainly refused (no disguise, nothing that ends the link's syntax).
PLAINLY_REFUSED = re.compile(r"(?i)(javascript|vbscript|data|file|ftp|tel|skype):[A-Za-z0-9/._%?=(),;!-]*")

#: Schemes as written by an attacker or a careless author, with the case,
#: spaces and hidden characters that browsers ignore.
SCHEME = st.sampled_from([
    "javascript:", "JaVaScRiPt:", "vbscript:", "data:text/html,", "data:image/png;base64,", "file:///",
    "ftp://", "http://", "https://", "mailto:", "tel:", "skype:", "//", "\\\\", "/\\", "", "#", "../",
])
DISGUISE = st.sampled_from(["", " ", "\t", "&#x09;", "&#9;", "&#x0A;", "&#x01;", "%09", "\u00a0", "\u200b"])
ADDRESS = st.builds(
    lambda pre, scheme, cut, rest: pre + (scheme[:cut] + "&#x09;" + scheme[cut:] if cut else scheme) + rest,
    DISGUISE,
    SCHEME,
    st.integers(0, 3),
    st.text(st.sampled_from("abc/%?#=()!:;.-_'\"<> \n"), max_size=16),
)

#: The syntaxes a link target can come in, on a page of the team.
MYST_FORMS = [
    "Lihat [tautan]({a}).",
    "Lihat <{a}>.",
    "Lihat [tautan][r].\n\n[r]: {a}",
    "![gambar]({a})",
    "```{{toctree}}\nJudul <{a}>\n```",
    "{{download}}`unduhan <{a}>`",
]
RST_FORMS = [
    "Lihat `tautan <{a}>`_.",
    "Lihat `tautan <{a}>`__.",
    "Lihat {a} di sini.",
    "Lihat formulir_.\n\n.. _formulir: {a}",
    ".. image:: ../gambar.png\n   :target: {a}",
    ".. figure:: ../gambar.png\n   :target: {a}\n\n   Keterangan",
    ".. meta::\n   :http-equiv=refresh: 0; url={a}\n   :description: {a}",
    ".. |x| replace:: `t <{a}>`__\n\nTeks |x|.",
    ".. |y| image:: ../gambar.png\n   :target: {a}\n\nTeks |y|.",
    ":math:`{a}`",
    ".. math::\n\n   {a}",
    ".. header:: `kepala <{a}>`_",
    ".. sidebar:: Samping\n\n   `t <{a}>`_",
    ".. class:: x\n\n`t <{a}>`_",
    "* `butir <{a}>`_\n* :doc:`../index`",
    ":Bidang: `t <{a}>`_",
    "Catatan [#]_.\n\n.. [#] `t <{a}>`_",
    ".. raw:: html\n\n   <a href=\"{a}\">x</a>",
    ".. role:: r(raw)\n   :format: html\n\n:r:`<a href=\"{a}\">x</a>`",
    ".. title:: {a}",
    "| baris `t <{a}>`_\n| baris kedua",
    ".. unicode:: U+202E",
    ".. |z| unicode:: U+202E U+0007\n\nTeks |z|.",
]


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile") / "proyek"
    shutil.copytree(CORPUS / "proyek", root)
    shutil.copy(CORPUS / "kasus" / "halaman-evalrst-gambar-target" / "gambar.png", root / "gambar.png")
    (root / "index.md").write_text(INDEX, encoding="utf-8")
    (root / "halaman").mkdir()
    return root


def _build(root, page: str, sop: str | None = None) -> tuple[list[str], list[str]]:
    """Write the team's page (and an SOP), build; the warnings and the problems of every page."""
    (root / "halaman" / "uji.md").write_text(page, encoding="utf-8")
    (root / "sop_source" / "sop-uji.md").unlink(missing_ok=True)
    if sop is not None:
        (root / "sop_source" / "sop-uji.md").write_text(sop, encoding="utf-8")
    stream = io.StringIO()
    result = Project(root).run("html", strict=False, warning_stream=stream)
    out = root / "_build" / "html"
    problems = [p for path in sorted(out.rglob("*.html")) for p in html_problems(path)]
    return result.warnings, problems


def _page(body: str) -> str:
    return "# Halaman tim\n\nTeks biasa.\n\n" + body + "\n"


@CONTOH
@given(st.sampled_from(MYST_FORMS), ADDRESS)
@example("Lihat [tautan]({a}).", "ftp://contoh.invalid/")
@example("```{{toctree}}\nJudul <{a}>\n```", "javascript://%0aalert(1)")
@example("Lihat [tautan]({a}).", "java&#x09;script:alert(1)")
def test_no_myst_link_target_becomes_an_active_link(project, form, address):
    warnings, problems = _build(project, _page(form.format(a=address)))
    assert not problems, (problems, warnings)


@CONTOH
@given(st.sampled_from(RST_FORMS), ADDRESS)
@example("Lihat {a} di sini.", "javascript:alert(1)")
@example(".. image:: ../gambar.png\n   :target: {a}", "javascript:alert(1)")
@example(".. meta::\n   :http-equiv=refresh: 0; url={a}\n   :description: {a}", "https://contoh.invalid")
@example(":math:`{a}`", "x")
@example(".. |z| unicode:: U+202E U+0007\n\nTeks |z|.", "")
@example(".. raw:: html\n\n   <a href=\"{a}\">x</a>", "javascript:")
@example(".. raw:: html\n\n   <a href=\"{a}\">x</a>", "javascript:\n")  # the block ends inside the tag
@example(".. role:: r(raw)\n   :format: html\n\n:r:`<a href=\"{a}\">x</a>`", "data:text/html,x")
def test_no_rest_construct_on_a_team_page_makes_active_content(project, form, address):
    warnings, problems = _build(project, _page("```{eval-rst}\n" + form.format(a=address) + "\n```"))
    assert not problems, (problems, warnings)
    if PLAINLY_REFUSED.fullmatch(address) and "<{a}>`_" in form:
        assert any("tidak diizinkan" in w for w in warnings), warnings


@pytest.mark.parametrize(
    ("html", "kept"),
    [
        ('<p>Lihat <a href="../index.html" title="t">beranda</a> dan <strong>ini</strong>.</p>', True),
        ('<a href="https://contoh.invalid/" aria-label="x">luar</a>', True),
        ('<script>alert(1)</script>', False),
        ('<p onclick="alert(1)">klik</p>', False),
        ('<p style="background:url(https://contoh.invalid/x.png)">x</p>', False),
        ('<img src="https://contoh.invalid/x.png" alt="x">', False),
        ('<a href=" java&#x09;script:alert(1)">x</a>', False),
        ('<iframe src="../index.html"></iframe>', False),
        ('<a href="javascript:', False),  # a tag the block cuts off: a browser reads on into the page
        ('<p>2 &lt; 3 &amp; benar</p>', True),
        ('<form action="https://contoh.invalid/"><button>kirim</button></form>', False),
    ],
)
def test_raw_html_on_a_team_page_is_held_to_the_rule(project, html, kept):
    warnings, problems = _build(project, _page("```{raw} html\n" + html + "\n```"))
    assert not problems, (problems, warnings)
    page = (project / "_build" / "html" / "halaman" / "uji.html").read_text(encoding="utf-8")
    refused = [w for w in warnings if "HTML mentah dengan" in w]
    if kept:
        assert not refused and html.split(">")[0] in page, warnings
    else:
        assert len(refused) == 1 and "uji.md:" in refused[0], warnings
        assert html[:24] not in page  # the block is gone, not escaped or half kept


@CONTOH
@given(st.sampled_from(RST_FORMS), ADDRESS)
@example("Lihat {a} di sini.", "https://contoh.invalid/")
def test_every_rest_block_in_an_sop_source_is_refused(project, form, address):
    block = "```{eval-rst}\n" + form.format(a=address) + "\n```\n"
    warnings, problems = _build(project, _page("Teks."), SOP + "\n" + block)
    assert not problems, problems
    fence = SOP.count("\n") + 2  # the SOP, a blank line, then the block
    assert any(f"sop-uji.md:{fence}: " in w and "Blok reStructuredText ({eval-rst}) tidak diizinkan" in w for w in warnings), warnings
