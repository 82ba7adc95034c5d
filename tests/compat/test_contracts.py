"""One contract test per private internal in sopap.compat: the upstream name
still exists and behaves as sopap assumes. An upgrade that changes one fails
here, naming it, instead of breaking sopap silently."""

from __future__ import annotations

import inspect
import io
import textwrap

import pytest
from sphinx.testing.util import SphinxTestApp

from sopap import compat
from sopap.sphinxext.nodes import sop_node


@pytest.fixture
def built(rootdir, tmp_path):
    """A small handbook built with the html builder, and the app that built it."""

    def build(buildername: str = "html", source: str = "test-html"):
        src = tmp_path / f"{source}-{buildername}"
        import shutil

        shutil.copytree(rootdir / source, src)
        app = SphinxTestApp(buildername, srcdir=src, status=io.StringIO(), warning=io.StringIO())
        app.build()
        return app

    apps = []

    def make(*args, **kwargs):
        app = build(*args, **kwargs)
        apps.append(app)
        return app

    yield make
    for app in apps:
        app.cleanup()


# -- Sphinx ----------------------------------------------------------------------


def test_builder_of_is_the_running_builder(built):
    app = built()
    assert compat.builder_of(app.env) is app.builder


def test_indonesian_level_words_in_sphinx_s_own_warning_line(rootdir, tmp_path):
    """Sphinx's warning record class and its level prefix: sphinx-build (and
    so `sopap serve`) write PERINGATAN where Sphinx says WARNING."""
    import logging
    import shutil

    from sphinx.util.logging import SphinxWarningLogRecord

    record = SphinxWarningLogRecord("sphinx", logging.WARNING, "x.md", 3, "pesan", (), None)
    record.location = "x.md:3"
    assert record.getMessage() == "x.md:3: WARNING: pesan"
    compat.indonesian_level(record)
    assert record.getMessage() == "x.md:3: PERINGATAN: pesan"
    record.levelno = logging.ERROR
    assert record.getMessage() == "x.md:3: GALAT: pesan"
    # and a whole build through Sphinx's own stream
    src = tmp_path / "siklus"
    shutil.copytree(rootdir / "test-siklus", src)
    warning = io.StringIO()
    app = SphinxTestApp("html", srcdir=src, status=io.StringIO(), warning=warning)
    app.build()
    app.cleanup()
    text = warning.getvalue()
    assert "PERINGATAN: " in text and "WARNING: " not in text
    assert str(src) not in text  # the file named relative to the project


def test_has_visitor_knows_which_builders_draw_the_sop_node(built):
    assert compat.has_visitor(built("html").env, sop_node) is True
    assert compat.has_visitor(built("text").env, sop_node) is False


def test_warning_count_counts_the_builds_warnings(built, rootdir):
    assert compat.warning_count(built("html", "test-html")) == 0
    assert compat.warning_count(built("html", "test-siklus")) > 0


def test_template_cache_sits_on_sphinx_s_jinja_environment(built, tmp_path, monkeypatch):
    monkeypatch.delenv(compat.SHORTCUTS_ENV, raising=False)
    app = built()
    environment = app.builder.templates.environment
    assert environment.bytecode_cache is not None  # installed by the build (shortcut on)
    assert environment.from_string("{{ 1 + 1 }}").render() == "2"
    # Jinja's public names the shortcut relies on
    for name in ("compile", "template_class", "make_globals"):
        assert hasattr(environment, name), name
    assert hasattr(environment.template_class, "from_code")


def test_files_to_rebuild_is_sphinx_s_toctree_relation(built, monkeypatch):
    app = built()
    monkeypatch.delenv(compat.SHORTCUTS_ENV, raising=False)
    relations = compat.files_to_rebuild(app.env)
    assert relations is app.env.files_to_rebuild
    assert all(isinstance(k, str) and isinstance(v, set) for k, v in relations.items())
    # the home page includes the SOP pages in its toctree
    assert any(app.config.root_doc in parents for parents in relations.values())
    monkeypatch.setenv(compat.SHORTCUTS_ENV, "0")
    assert compat.files_to_rebuild(app.env) is None


# -- reportlab -------------------------------------------------------------------


def _tiny_pdf(defer: bool) -> tuple[bytes, bytes]:
    """(bytes right after build, bytes after the canvas is saved)."""
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, invariant=1)
    if defer:
        doc._doSave = 0  # what compat.defer_save sets
    doc.build([Paragraph("Langkah 1", getSampleStyleSheet()["Normal"])])
    after_build = buffer.getvalue()
    if defer:
        doc.canv.save()
    return after_build, buffer.getvalue()


def test_deferred_save_leaves_the_canvas_open_and_gives_the_same_file(monkeypatch):
    from reportlab.platypus import BaseDocTemplate

    monkeypatch.delenv(compat.SHORTCUTS_ENV, raising=False)
    assert compat.defer_save(BaseDocTemplate(io.BytesIO())) is True
    assert "_doSave" in inspect.getsource(BaseDocTemplate._endBuild)
    waited, deferred = _tiny_pdf(defer=True)
    saved, plain = _tiny_pdf(defer=False)
    assert waited == b"" and saved.startswith(b"%PDF")
    assert deferred == plain
    monkeypatch.setenv(compat.SHORTCUTS_ENV, "0")
    assert compat.defer_save(BaseDocTemplate(io.BytesIO())) is False


def test_table_row_heights_after_wrap():
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, Table

    style = getSampleStyleSheet()["Normal"]
    long = Paragraph("kata " * 60, style)
    table = Table([["satu", "dua"], [long, "tiga"]], colWidths=[100, 100])
    width, height = table.wrap(200, 1000)
    heights = compat.table_row_heights(table)
    assert len(heights) == 2 and heights[1] > 3 * heights[0]
    assert sum(heights) == pytest.approx(height)


# -- pypdf -----------------------------------------------------------------------


def test_pdf_info_literals_and_file_identifier_reach_the_file():
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject

    from sopap.render.pdf.keputusan import _Literal

    writer = PdfWriter()
    writer.add_blank_page(100, 100)
    compat.set_info_literals(writer, {"/Title": _Literal("Lampiran XLI: SOP Uji")}, NameObject("/False"))
    compat.set_file_identifier(writer, b"0123456789abcdef")
    out = io.BytesIO()
    writer.write(out)
    data = out.getvalue()
    assert b"/Title (Lampiran XLI: SOP Uji)" in data  # as written, not escaped by pypdf
    reader = PdfReader(io.BytesIO(data))
    assert bytes(reader.trailer["/ID"][0].original_bytes) == b"0123456789abcdef"
    assert reader.metadata["/Trapped"] == "/False"


# -- pytest and pytest-bdd ---------------------------------------------------------


def test_pytest_bdd_internals_exist_and_behave(tmp_path, request):
    bdd = compat.pytest_bdd_internals()
    feature_file = tmp_path / "uji.feature"
    feature_file.write_text(
        textwrap.dedent(
            """\
            # language: id
            Fitur: Uji
              @sop-uji
              Skenario: satu
                Dengan langkah 1 siap
            """
        ),
        encoding="utf-8",
    )
    feature = bdd.FeatureParser(str(tmp_path), "uji.feature").parse()
    assert isinstance(feature, bdd.Feature) and list(feature.scenarios) == ["satu"]
    template = feature.scenarios["satu"]
    assert bdd.collect_example_parametrizations(template) is None
    step = template.steps[0]
    copy = bdd.Step(
        name=step.name, type=step.type, indent=step.indent, line_number=step.line_number,
        keyword=step.keyword, datatable=step.datatable, docstring=step.docstring,
    )
    scenario = bdd.Scenario(
        feature=template.feature, keyword=template.keyword, name=template.name,
        line_number=template.line_number, steps=[copy], tags=template.tags,
        description=template.description, rule=template.rule,
    )
    assert scenario.steps[0].name == step.name
    assert bdd.get_required_args(lambda sop_impl, sopap_kasus=None: None) == ["sop_impl"]
    assert isinstance(bdd.parsed_features, dict)
    assert hasattr(bdd.scenario_wrapper_template_registry, "__setitem__")
    assert isinstance(bdd.CONFIG_STACK, list) and bdd.CONFIG_STACK  # pytest-bdd's plugin pushes the config
    assert len(list(bdd.iterparentnodeids("tests/a/b.py::test"))) >= 3
    for name in ("StepDefinitionNotFoundError", "StepImplementationError"):
        assert issubclass(getattr(bdd.exceptions, name), Exception)
    manager = compat.fixture_manager(request)
    names = bdd.get_fixture_names(manager)
    assert "tmp_path" in names
    assert bdd.getfixturedefs(manager, "tmp_path", request.node)
    assert callable(bdd.call_fixture_func) and callable(bdd.inject_fixture)
    assert hasattr(bdd.step_function_context_registry, "get")


def test_search_index_keeps_emptied_words_and_compat_drops_them(built):
    """``IndexBuilder.prune`` empties a word's set of pages but keeps the word
    (what :func:`compat.drop_empty_search_terms` repairs), in the two
    mappings it names."""
    app = built("html")
    indexer = app.builder.indexer
    assert isinstance(indexer._mapping, dict) and isinstance(indexer._title_mapping, dict)
    assert all(isinstance(pages, set) for pages in indexer._mapping.values())
    words = {w for w, pages in indexer._mapping.items() if pages}
    assert words
    indexer.prune([])  # as if every page were gone
    assert set(indexer._mapping) >= words and not any(indexer._mapping.values())
    assert compat.drop_empty_search_terms(app.builder) >= len(words)
    assert not indexer._mapping and not indexer._title_mapping


# -- gherkin-official ------------------------------------------------------------------


#: Every kind of line of the grammar, lines repeated in other states, tag
#: lines the parser looks ahead from, and doc strings (never remembered).
MIXED = """\
# language: en
@fitur
Feature: Mixed
  A description line
  Given in a description

  Background:
    Given a thing
    And another thing

  @s1 @s2
  Scenario: one
    Given a thing
    \"\"\"
    Given a thing
    | not | a table |
    \"\"\"
    When a table
      | a | b\\|c |
      | 1 | 2    |
    Then ok

  # a comment
  @outline
  Scenario Outline: two <x>
    Given a thing
    When <x> happens
    ```json
      {"a": 1}
    ```

    @ex
    Examples: first
      | x |
      | 1 |
      | 2 |

    Examples:
      | x |
      | 3 |

  @r
  Rule: a rule
    A rule description
    Background:
      Given a thing

    Scenario: three
      Given a thing
      * a star step
      But not this
      | a |
      | 1 |

  Rule: another rule

    @s3
    Scenario: four
      Given a thing
"""
#: The same line after the same tag line, once before a scenario and once
#: before a rule or examples: where the parser looks ahead, the transition
#: depends on the lines after it.
LOOKAHEAD = """\
Feature: f
  Rule: r1
    Scenario: a
      Given x

    @t
    Scenario: b
      Given x

    @t
    Rule: r2
    Scenario Outline: c <x>
      Given x

      @e
      Examples:
        | x |
        | 1 |

    Scenario Outline: d <x>
      Given x

      @e
      Scenario: e
      Given x
"""
#: Doc strings: the same content line under openers of different indents,
#: and the same opener twice (it changes the matcher's state).
DOC_STRINGS = """\
Feature: f
  Scenario: s
    Given a
      \"\"\"
        same line
      \"\"\"
    Given b
        \"\"\"
        same line
        \"\"\"
    Given c
      \"\"\"
        same line
      \"\"\"
"""
#: In the ``id`` dialect an English step line is a description: a
#: remembered English transition must not be reused for it.
ID_WITH_ENGLISH_STEP = "# language: id\nFitur: f\n  Skenario: s\n    Given a thing\n    Jika a\n"


def _parsed_or_error(parse, text):
    from gherkin.errors import CompositeParserException, ParserException

    try:
        return parse(text)
    except (CompositeParserException, ParserException) as exc:
        return ("error", type(exc).__name__, str(exc))


def test_gherkin_parser_shortcut_rests_on_the_generated_state_machine(monkeypatch):
    """The shortcut's parser replaces ``match_token``, ``build``,
    ``start_rule``, ``end_rule``, ``handle_external_error`` and the
    ``lookahead_<n>`` methods, calls ``match_token_at_<state>``, and reads the
    matcher's ``dialect_name`` and ``_active_doc_string_separator``, a line's
    ``_line_text`` and the token attributes ``_set_token_matched`` sets: they
    exist, and it gives the public parser's document for every feature of the
    seed and for every kind of line, on the first and on a remembered
    reading, and the same error for a broken one."""
    from gherkin.errors import CompositeParserException, ParserException
    from gherkin.gherkin_line import GherkinLine
    from gherkin.parser import Parser
    from gherkin.token import Token
    from gherkin.token_matcher import TokenMatcher

    from support import PROJECT

    for name in ("match_token", "handle_external_error", "build", "start_rule", "end_rule"):
        assert callable(getattr(Parser, name)), name
    assert any(name.startswith("match_token_at_") for name in dir(Parser))
    assert any(name.startswith("lookahead_") for name in dir(Parser))
    matcher = TokenMatcher("id")
    assert matcher.dialect_name == "id" and matcher._active_doc_string_separator is None
    token = Token(GherkinLine("    Jika a\n", 3), {"line": 3})
    assert matcher.match_StepLine(token)
    assert {name: getattr(token, name) for name in compat._MATCHED}["matched_text"] == "a"
    assert token.line._line_text == "    Jika a\n"

    monkeypatch.setenv(compat.SHORTCUTS_ENV, "1")
    fast = compat.gherkin_parser()
    assert type(fast) is not Parser and isinstance(fast, Parser)
    features = sorted((PROJECT / "features").glob("*.feature"))
    assert features
    transitions = compat._fast_gherkin_parser().transitions
    transitions.clear()
    for text in [p.read_text(encoding="utf-8") for p in features] + [MIXED, LOOKAHEAD, DOC_STRINGS, ID_WITH_ENGLISH_STEP]:
        for _ in range(2):  # the second reading replays remembered transitions
            assert compat.gherkin_parser().parse(text) == Parser().parse(text)
    assert transitions
    assert "Given a thing" in Parser().parse(ID_WITH_ENGLISH_STEP)["feature"]["children"][0]["scenario"]["description"]
    broken = "Feature: a\n  Scenario: b\n    Given c\nFeature: d\n"  # a second feature
    errors = []
    for parser in (compat.gherkin_parser(), Parser()):
        with pytest.raises((CompositeParserException, ParserException)) as caught:
            parser.parse(broken)
        errors.append(str(caught.value))
    assert "got 'Feature: d'" in errors[0] and errors[0] in errors[1]  # the first error, at once
    monkeypatch.setattr(compat, "_TRANSITIONS", 5)  # a full memory is emptied, results stay
    transitions.clear()
    for _ in range(2):
        assert compat.gherkin_parser().parse(MIXED) == Parser().parse(MIXED)
        assert 0 < len(transitions) <= 5
    monkeypatch.setenv(compat.SHORTCUTS_ENV, "0")
    assert type(compat.gherkin_parser()) is Parser


def test_gherkin_reading_builds_what_the_official_builder_gives(monkeypatch):
    """The shortcut's builder follows ``AstBuilder``'s interface and the
    token attributes it reads: the scenarios, steps, tables and examples it
    builds are those read from the public parser's document, and a table
    with rows of different lengths is the same error."""
    from gherkin.errors import AstBuilderException
    from gherkin.parser import Parser

    from support import PROJECT

    monkeypatch.setenv(compat.SHORTCUTS_ENV, "1")
    texts = [p.read_text(encoding="utf-8") for p in sorted((PROJECT / "features").glob("*.feature"))]
    texts += [MIXED, LOOKAHEAD, DOC_STRINGS, ID_WITH_ENGLISH_STEP]
    for text in texts:
        read = compat.read_gherkin(text)
        assert read == compat._read_document(Parser().parse(text))
    mixed = compat.read_gherkin(MIXED)
    assert [s.name for s in mixed.scenarios] == ["one", "two <x>", "three", "four"]
    assert mixed.scenarios[0].steps[1] == ("a table", [("a", "b|c"), ("1", "2")])
    assert mixed.scenarios[1].examples == [("x",), ("1",), ("2",), ("x",), ("3",)]
    assert compat.read_gherkin("# just a comment\n") is None
    uneven = "Feature: f\n  Scenario: s\n    Given t\n      | a | b |\n      | 1 |\n"
    got = [_parsed_or_error(compat.read_gherkin, uneven)]
    monkeypatch.setenv(compat.SHORTCUTS_ENV, "0")
    got.append(_parsed_or_error(compat.read_gherkin, uneven))
    assert got[0][1] == AstBuilderException.__name__ and "inconsistent cell count" in got[0][2]
    assert "inconsistent cell count" in got[1][2]
    assert compat.read_gherkin(MIXED) == mixed


# -- the shortcut switch ------------------------------------------------------------


@pytest.mark.parametrize(("value", "on"), [(None, True), ("1", True), ("0", False), ("off", False), ("FALSE", False)])
def test_one_switch_turns_every_shortcut_off(monkeypatch, value, on):
    if value is None:
        monkeypatch.delenv(compat.SHORTCUTS_ENV, raising=False)
    else:
        monkeypatch.setenv(compat.SHORTCUTS_ENV, value)
    assert compat.shortcuts() is on


def test_forget_doctree_makes_sphinx_read_the_document_again(built):
    app = built()
    env = app.env
    docname = sorted(env.all_docs)[0]
    assert docname not in env.get_outdated_files(False)[1]
    compat.forget_doctree(env, docname)
    assert docname in env.get_outdated_files(False)[1]
    compat.forget_doctree(env, docname)  # a second time: nothing left to remove, no error


def test_sphinx_chains_catalogues_across_applications_and_reset_translations_ends_it():
    """The chain that made the 400th in-process build die of RecursionError."""
    from pathlib import Path

    import sphinx.locale

    dirs = [str(Path(sphinx.locale.__file__).parent)]

    def depth() -> int:
        translator, n = sphinx.locale.translators[("general", "sphinx")], 0
        while translator is not None:
            translator, n = getattr(translator, "_fallback", None), n + 1
        return n

    try:
        compat.reset_translations(sphinx.locale)
        sphinx.locale.init(dirs, "id")
        first = depth()
        sphinx.locale.init(dirs, "id")  # what a second application in the process does
        assert depth() > first
        compat.reset_translations(sphinx.locale)
        sphinx.locale.init(dirs, "id")
        assert depth() == first
    finally:
        sphinx.locale.translators.clear()


# -- MyST --------------------------------------------------------------------------


def test_guard_eval_rst_decides_before_myst_parses_the_block():
    from docutils.core import publish_doctree
    from myst_parser.mdit_to_docutils.base import DocutilsRenderer
    from myst_parser.parsers.docutils_ import Parser

    from sopap.sphinxext.content import allow_eval_rst

    source = "Teks.\n\n```{eval-rst}\n`tautan <https://contoh.invalid/>`_\n```\n"
    asked = []

    def refuse(renderer, token):
        asked.append(token.map[0])
        return False

    try:
        compat.guard_eval_rst(DocutilsRenderer, lambda renderer, token: True)
        shown = publish_doctree(source, parser=Parser(), settings_overrides={"report_level": 4})
        assert "contoh.invalid" in shown.pformat()
        compat.guard_eval_rst(DocutilsRenderer, refuse)
        dropped = publish_doctree(source, parser=Parser(), settings_overrides={"report_level": 4})
        assert "contoh.invalid" not in dropped.pformat() and "Teks." in dropped.astext()
        assert asked == [3]  # the fence's line, as sopap's messages give it
    finally:
        compat.guard_eval_rst(DocutilsRenderer, allow_eval_rst)


def test_release_bdd_drops_exactly_pytest_bdds_registry_entries(monkeypatch):
    from pytest_bdd import reporting

    monkeypatch.delenv(compat.SHORTCUTS_ENV, raising=False)

    class Item:  # pytest's items and reports are weak-referenceable keys there
        pass

    class Report:
        def __init__(self, passed):
            self.passed = passed

    item, passed, failed = Item(), Report(True), Report(False)
    reporting.scenario_reports_registry[item] = object()
    reporting.test_report_context_registry[passed] = reporting.ReportContext(scenario={}, name="a")
    reporting.test_report_context_registry[failed] = reporting.ReportContext(scenario={}, name="b")
    compat.release_bdd_item(item)
    compat.release_bdd_report(passed)
    compat.release_bdd_report(failed)
    assert item not in reporting.scenario_reports_registry
    assert passed not in reporting.test_report_context_registry
    assert failed in reporting.test_report_context_registry  # a failure keeps its steps for the reporters
    monkeypatch.setenv(compat.SHORTCUTS_ENV, "0")
    reporting.scenario_reports_registry[item] = object()
    compat.release_bdd_item(item)
    assert item in reporting.scenario_reports_registry
