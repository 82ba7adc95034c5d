"""Every private internal of another library that sopap uses, in one place.

Two kinds, each entry with a contract test in ``tests/compat/`` that the
upstream name still exists and behaves as assumed, so that an upgrade that
changes it fails a test instead of breaking sopap silently:

* **Shortcuts** make something faster than the library's public path. Each
  has that public path beside it, and the switch :func:`shortcuts` (set
  ``SOPAP_SHORTCUTS=0`` in the environment) turns all of them off at once:
  the outputs and test results are the same either way, only slower
  (``tests/compat/test_shortcuts.py`` runs both and compares).
* **Necessary internals** have no public equivalent that gives the same
  result; they are only guarded by their contract tests.

Third-party modules are imported inside the functions: importing this
module loads nothing (the rendering layer must not load Sphinx).
"""

from __future__ import annotations

import functools
import hashlib
import os
import threading
import types
from typing import Any, NamedTuple

#: Environment variable: ``0`` (or ``off``, ``no``, ``false``) turns every shortcut off.
SHORTCUTS_ENV = "SOPAP_SHORTCUTS"


def shortcuts() -> bool:
    """Whether the shortcuts are on (the default); read on each call, so a
    test or a child process can set the variable."""
    return os.environ.get(SHORTCUTS_ENV, "1").strip().lower() not in ("0", "off", "no", "false")


# -- Sphinx: necessary internals ------------------------------------------------


def builder_of(env: Any) -> Any:
    """The builder of the running build, from the environment.

    Post-transforms (which must make links with ``make_refnode``) only get
    the environment; Sphinx 9 deprecated ``env.app`` and has no public way
    from there to the builder.
    """
    return env._app.builder


#: The level words of sopap's messages, in every command (sopap build, sopap serve, sphinx-build).
LEVEL_WORDS = {"CRITICAL": "KRITIS", "ERROR": "GALAT", "WARNING": "PERINGATAN"}


@functools.cache
def _indonesian_record_class(english: type) -> type:
    class IndonesianWarningRecord(english):  # type: ignore[misc, valid-type]
        @property
        def prefix(self) -> str:
            word = super().prefix.rstrip(": ")
            return f"{LEVEL_WORDS.get(word, word)}: "

    return IndonesianWarningRecord


def indonesian_level(record: Any) -> None:
    """Write a warning's level as PERINGATAN/GALAT, not WARNING/ERROR.

    Sphinx puts the level before the message through the ``prefix``
    property of its warning record class (``SphinxWarningLogRecord``, not
    translated, whatever the language); a record of that class is given a
    subclass whose property says it in Indonesian. Wherever Sphinx's own
    stream is shown (``sopap serve``, ``sphinx-build``) the words are those
    of ``sopap build``. The class is taken from the record: this module
    imports no Sphinx.
    """
    english = type(record)
    if english.__name__ == "SphinxWarningLogRecord" and isinstance(getattr(english, "prefix", None), property):
        record.__class__ = _indonesian_record_class(english)


def has_visitor(env: Any, node_class: type) -> bool:
    """Whether the current builder's translator has a visitor for ``node_class``
    (Sphinx's registry of ``app.add_node(..., html=...)``; no public lookup)."""
    handlers_by_builder = env._registry.translation_handlers
    builder = env._builder_cls
    handlers = handlers_by_builder.get(builder.name)
    if handlers is None:
        handlers = handlers_by_builder.get(builder.format, {})
    return node_class.__name__ in handlers


def warning_count(app: Any) -> int:
    """Warnings emitted so far in this build (``app.statuscode`` is only set
    after ``build-finished``, when the downloads are already decided)."""
    return int(getattr(app, "_warncount", 0))


def reset_translations(sphinx_locale: Any) -> None:
    """Start a new application from the catalogues it loads itself.

    ``sphinx.locale.init`` adds every catalogue it finds behind the
    translator of an earlier application in the same process
    (``sphinx.locale.translators``, kept per process), so each in-process
    build lengthens the chain that a missing message walks until Python's
    recursion limit ends it. ``sphinx-build`` runs one application per
    process and ``sphinx.testing`` clears the same dictionary after each one.
    ``sphinx_locale`` is the module ``sphinx.locale`` (this module imports no Sphinx).
    """
    sphinx_locale.translators.clear()


def forget_doctree(env: Any, docname: str) -> None:
    """Make the next build read ``docname`` again, and so write its page again.

    A problem found while writing (an unresolved reference, a post-transform)
    is only reported when the page is written, and Sphinx writes an
    unchanged page only when it reads the document again; ``note_reread``
    would say so, but the environment is saved before the writing starts.
    Sphinx reads a document again when its pickled doctree is missing
    (``sphinx.environment._has_doc_changed``).
    """
    path = os.path.join(str(env.doctreedir), f"{docname}.doctree")
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass


def drop_empty_search_terms(builder: Any) -> int:
    """Remove the words no page has any more from the HTML search index.

    An incremental build loads the previous index and prunes the pages it
    writes again or that are gone (``IndexBuilder.prune``), which empties a
    word's set of pages but keeps the word (``_mapping``, ``_title_mapping``),
    written as ``"word": []``: the index then differs from a fresh build's.
    Returns how many words were removed. Necessary (no public way to prune).
    """
    indexer = getattr(builder, "indexer", None)
    if indexer is None:
        return 0
    dropped = 0
    for mapping in (indexer._mapping, indexer._title_mapping):
        for word in [word for word, pages in mapping.items() if not pages]:
            del mapping[word]
            dropped += 1
    return dropped


# -- MyST: necessary internal ----------------------------------------------------


def guard_eval_rst(renderer_class: Any, allow: Any) -> None:
    """Ask ``allow(renderer, token)`` before MyST parses a ```` ```{eval-rst} ````
    block; the block is dropped when it answers False.

    MyST runs such a block itself (``render_restructuredtext`` of its
    ``DocutilsRenderer``, given as ``renderer_class``) before it looks up
    any directive, so no directive override sees it. Installed once per
    process; the latest ``allow`` decides.
    """
    DocutilsRenderer = renderer_class
    _EVAL_RST["allow"] = allow
    if getattr(DocutilsRenderer.render_restructuredtext, "_sopap_guard", False):
        return
    original = DocutilsRenderer.render_restructuredtext

    def render_restructuredtext(self: Any, token: Any) -> None:
        decide = _EVAL_RST.get("allow")
        if decide is None or decide(self, token):
            original(self, token)

    render_restructuredtext._sopap_guard = True  # type: ignore[attr-defined]
    DocutilsRenderer.render_restructuredtext = render_restructuredtext


_EVAL_RST: dict[str, Any] = {}


# -- Sphinx: shortcuts ------------------------------------------------------------


def cache_compiled_templates(builder: Any, folder: str | os.PathLike[str]) -> bool:
    """Keep the theme's compiled Jinja templates beside the doctrees.

    Every build is a new process that compiled the theme's templates again
    (a tenth of an incremental build); Jinja's own bytecode cache checks each
    template's source, so an edited template is compiled again. Sphinx also
    renders its static ``_t`` files (basic.css_t, documentation_options.js_t)
    from strings on every build: ``from_string`` goes through the same
    cache. Reaches Sphinx's template loader's Jinja environment, which
    Sphinx does not document. Returns whether the cache was installed.
    """
    if not shortcuts():
        return False
    environment = getattr(getattr(builder, "templates", None), "environment", None)
    if environment is None or environment.bytecode_cache is not None:
        return False
    import jinja2

    os.makedirs(folder, exist_ok=True)
    environment.bytecode_cache = jinja2.FileSystemBytecodeCache(str(folder))
    environment.from_string = _from_string_cached(environment)
    return True


def _from_string_cached(environment: Any):
    original = environment.from_string
    cache = environment.bytecode_cache

    def from_string(source, globals=None, template_class=None):
        if not isinstance(source, str):
            return original(source, globals, template_class)
        name = "sopap-teks-" + hashlib.sha256(source.encode("utf-8")).hexdigest()
        bucket = cache.get_bucket(environment, name, None, source)
        code = bucket.code
        if code is None:
            code = bucket.code = environment.compile(source)
            cache.set_bucket(bucket)
        cls = template_class or environment.template_class
        return cls.from_code(environment, code, environment.make_globals(globals), None)

    return from_string


def files_to_rebuild(env: Any) -> dict[str, set[str]] | None:
    """Sphinx's document -> toctree parents to write again when it is read
    again, for :mod:`sopap.sphinxext.toctree` to spare pages that list a
    document only in a hidden toctree. None with the shortcuts off: every
    such page is written again, as Sphinx does by itself."""
    if not shortcuts():
        return None
    return env.files_to_rebuild  # type: ignore[no-any-return]


# -- reportlab: shortcut ---------------------------------------------------------


def defer_save(doc: Any) -> bool:
    """Let ``doc.build`` leave its canvas unsaved, so a lampiran's pages stay
    open until :meth:`~sopap.render.pdf.lampiran.LaidOutLampiran.tulis` draws
    what needs the whole layout (``BaseDocTemplate._doSave``). With the
    shortcuts off the canvas saves at the end of ``build`` itself: same
    bytes, the file is finished earlier. Returns whether saving waits."""
    if not shortcuts():
        return False
    doc._doSave = 0
    return True


# -- reportlab: necessary internal ------------------------------------------------


def table_row_heights(table: Any) -> list[float]:
    """The height of every row of a reportlab ``Table`` once wrapped
    (``Table._rowHeights``): the lampiran plans its page breaks from them
    (:mod:`sopap.render.pdf.pagination`). No public API gives them; wrapping
    every row as a table of its own would lay the whole table out twice."""
    return list(table._rowHeights)


# -- gherkin-official: shortcut ---------------------------------------------------


class ReadScenario(NamedTuple):
    """A scenario as the parser read it: what the check of a generated feature compares."""

    name: str
    #: (text, rows of its data table) per step.
    steps: list[tuple[str, list[tuple[str, ...]]]]
    #: Header and body rows of its examples, every examples table in turn.
    examples: list[tuple[str, ...]]


class ReadFeature(NamedTuple):
    language: str
    scenarios: list[ReadScenario]


def read_gherkin(text: str) -> ReadFeature | None:
    """The scenarios of ``text`` as the official Gherkin parser reads them
    (None without a feature); raises the parser's errors.

    Without shortcuts: the public ``Parser()``, its document read afterwards.
    With them: the parser of :func:`gherkin_parser` building only what is
    read here (:func:`_scenario_builder`), the same rules, tokens and errors,
    for the check of some three million lines at city scale.
    """
    if not shortcuts():
        from gherkin.parser import Parser

        return _read_document(Parser().parse(text))
    parser = getattr(_READER, "parser", None)
    if parser is None:  # one per thread: a parser is not re-entrant
        parser = _READER.parser = _fast_gherkin_parser()(_scenario_builder()())
    return parser.parse(text)


_READER = threading.local()


def _read_document(document: dict) -> ReadFeature | None:
    feature = document.get("feature")
    if not feature:
        return None
    found = []
    for child in feature["children"]:
        if "scenario" in child:
            found.append(child["scenario"])
        elif "rule" in child:
            found.extend(c["scenario"] for c in child["rule"]["children"] if "scenario" in c)

    def rows(table: list[dict]) -> list[tuple[str, ...]]:
        return [tuple(c["value"] for c in row["cells"]) for row in table]

    scenarios = []
    for scenario in found:
        steps = [(s["text"], rows(s["dataTable"]["rows"]) if "dataTable" in s else []) for s in scenario["steps"]]
        examples = [
            row
            for table in scenario.get("examples") or []
            for row in rows(([table["tableHeader"]] if table.get("tableHeader") else []) + table.get("tableBody", []))
        ]
        scenarios.append(ReadScenario(scenario["name"], steps, examples))
    return ReadFeature(feature["language"], scenarios)


def gherkin_parser() -> Any:
    """The official Gherkin parser that checks every generated feature.

    Its generated state machine makes, for every line, a new table of some
    fifty bound methods (``Parser.match_token``), wraps every match in an
    error handler that only collects errors to report them together
    (``Parser.handle_external_error``), and tries up to a dozen token
    matchers per line. The shortcut makes the table once, lets the first
    error through at once (the features are checked to be free of any), and
    remembers each line's transition: the state it leads to, the token the
    matcher made and the rules it starts and ends. A transition is a
    function of the state, the dialect and the line's text; where the parser
    looks ahead (a tag line), also of the first line after it that is not
    empty, a comment or a tag line, which is then part of the key. Lines in
    an open doc string, doc string separators and the language line (they
    change the matcher) are never remembered. A generated kit repeats its
    lines ("Maka langkah 1 diterima"): only about one line in sixteen is new
    to a process.
    The same grammar, tokens and document. Without shortcuts: the public
    ``Parser()``.
    """
    from gherkin.parser import Parser

    if not shortcuts():
        return Parser()
    return _fast_gherkin_parser()()


#: Token attributes set by ``TokenMatcher._set_token_matched``, replayed from a remembered transition.
_MATCHED = (
    "matched_type",
    "matched_text",
    "matched_keyword",
    "matched_keyword_type",
    "matched_indent",
    "matched_items",
    "matched_gherkin_dialect",
)
#: Remembered transitions per process before the memory is emptied (a few tens of MB).
_TRANSITIONS = 100_000
_START, _END, _BUILD = 0, 1, 2


@functools.cache
def _fast_gherkin_parser() -> type:
    from gherkin.parser import Parser

    states = sorted(int(name.rsplit("_", 1)[1]) for name in dir(Parser) if name.startswith("match_token_at_"))
    lookaheads = [name for name in dir(Parser) if name.startswith("lookahead_")]
    #: (state, dialect, line) -> (next state, matched attributes, rule actions),
    #: or for a line the parser looked ahead from, a dict: the first line after
    #: it that is not empty, a comment or a tag line -> the same.
    memo: dict[tuple[int, str, str], Any] = {}

    class FastParser(Parser):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.stop_at_first_error = True
            self._states = {n: getattr(self, f"match_token_at_{n}") for n in states}
            self._log: list[tuple[int, str | None]] | None = None
            self._looked = False

        def match_token(self, state, token, context):
            line = token.line
            matcher = context.token_matcher
            if not line or matcher._active_doc_string_separator is not None:
                return self._states[state](token, context)
            key = (state, matcher.dialect_name, line._line_text)
            known = memo.get(key)
            if known is not None and known.__class__ is dict:  # depends on the lines after it
                known = known.get(self._ahead(context))
            if known is not None:
                following, matched, actions = known
                token.__dict__.update(matched)
                token.location["column"] = token.matched_indent + 1
                builder = self.ast_builder
                for action, rule_type in actions:
                    if action == _BUILD:
                        builder.build(token)
                    elif action == _START:
                        builder.start_rule(rule_type)
                    else:
                        builder.end_rule(rule_type)
                return following
            self._log, self._looked = [], False
            try:
                following = self._states[state](token, context)
                actions = tuple(self._log)
            finally:
                self._log = None
            if token.matched_type in ("Language", "DocStringSeparator"):
                return following  # they change the matcher
            if len(memo) >= _TRANSITIONS:
                memo.clear()
            transition = (following, {name: getattr(token, name) for name in _MATCHED}, actions)
            if not self._looked:
                memo[key] = transition
            elif context.token_queue:  # the lookahead stopped at the last line it queued
                decisive = context.token_queue[-1].line
                memo.setdefault(key, {})[decisive._line_text if decisive else ""] = transition
            return following

        def _ahead(self, context) -> str:
            """The text of the first line after this one that is not empty, a
            comment or a tag line, where every ``lookahead_<n>`` stops; read
            and queued again as the lookahead does."""
            read = []
            while True:
                token = self.read_token(context)
                read.append(token)
                if not (
                    self.match_Empty(context, token)
                    or self.match_Comment(context, token)
                    or self.match_TagLine(context, token)
                ):
                    break
            context.token_queue.extend(read)
            return token.line._line_text if token.line else ""

        def start_rule(self, context, rule_type):
            if self._log is not None:
                self._log.append((_START, rule_type))
            self.ast_builder.start_rule(rule_type)

        def end_rule(self, context, rule_type):
            if self._log is not None:
                self._log.append((_END, rule_type))
            self.ast_builder.end_rule(rule_type)

        def build(self, context, token):
            if self._log is not None:
                self._log.append((_BUILD, None))
            self.ast_builder.build(token)

        def handle_external_error(self, context, default_value, argument, action):
            return action(argument)

    def looking(name: str) -> Any:
        official = getattr(Parser, name)

        def lookahead(self, context, token):
            self._looked = True
            return official(self, context, token)

        return lookahead

    for name in lookaheads:
        setattr(FastParser, name, looking(name))

    FastParser.transitions = memo
    return FastParser


@functools.cache
def _scenario_builder() -> type:
    """An AST builder (the interface of ``gherkin.ast_builder.AstBuilder``)
    that builds a :class:`ReadFeature` instead of the whole document: the
    official one spends about half of the parse on ids, locations and
    dictionaries the check never reads. It reads the tokens as the official
    builder does and raises its error for a table whose rows differ in
    cell count; rules nothing here reads (descriptions, tags, backgrounds,
    doc strings) are not kept."""
    from gherkin.errors import AstBuilderException

    kept = frozenset({"FeatureLine", "RuleLine", "ScenarioLine", "StepLine", "TableRow"})

    def rows(node: dict[str, list]) -> list[tuple[str, ...]]:
        tokens = node.get("TableRow", ())
        found = [tuple(item["text"] for item in token.matched_items) for token in tokens]
        for token, row in zip(tokens, found):
            if len(row) != len(found[0]):
                raise AstBuilderException("inconsistent cell count within the table", token.location)
        return found

    def first(node: dict[str, list], kind: str, default: Any = None) -> Any:
        items = node.get(kind)
        return items[0] if items else default

    def feature(node: dict[str, list]) -> ReadFeature | None:
        line = first(node, "FeatureHeader")
        if line is None:
            return None
        scenarios = list(node.get("ScenarioDefinition", ()))
        for rule in node.get("Rule", ()):
            scenarios.extend(rule or ())
        return ReadFeature(line.matched_gherkin_dialect, scenarios)

    #: rule type -> what its parent keeps of it
    made = {
        "Step": lambda node: (node["StepLine"][0].matched_text, first(node, "DataTable", [])),
        "DataTable": rows,
        "ExamplesTable": rows,
        "Examples": lambda node: first(node, "ExamplesTable", []),
        "ExamplesDefinition": lambda node: first(node, "Examples"),
        "Scenario": lambda node: ReadScenario(
            node["ScenarioLine"][0].matched_text,
            node.get("Step", []),
            [row for table in node.get("ExamplesDefinition", ()) for row in table],
        ),
        "ScenarioDefinition": lambda node: first(node, "Scenario"),
        "RuleHeader": lambda node: first(node, "RuleLine"),
        "Rule": lambda node: node.get("ScenarioDefinition", []) if first(node, "RuleHeader") is not None else None,
        "FeatureHeader": lambda node: first(node, "FeatureLine"),
        "Feature": feature,
        "GherkinDocument": lambda node: first(node, "Feature"),
    }

    class ScenarioBuilder:
        def reset(self) -> None:
            self.stack: list[dict[str, list]] = [{}]

        def start_rule(self, rule_type: str) -> None:
            self.stack.append({})

        def end_rule(self, rule_type: str) -> None:
            node = self.stack.pop()
            make = made.get(rule_type)
            if make is not None:
                self.stack[-1].setdefault(rule_type, []).append(make(node))

        def build(self, token: Any) -> None:
            if token.matched_type in kept:
                self.stack[-1].setdefault(token.matched_type, []).append(token)

        def get_result(self) -> ReadFeature | None:
            return first(self.stack[-1], "GherkinDocument")

    return ScenarioBuilder


# -- pypdf: necessary internals ------------------------------------------------


def set_info_literals(writer: Any, fields: dict[str, Any], trapped: Any) -> None:
    """Write the document information entries as given (already PDF objects).

    pypdf's public ``add_metadata`` escapes every punctuation mark of a text
    string; the whole Keputusan keeps the plain literals its lampiran have.
    """
    from pypdf.generic import NameObject

    info = writer._info
    if info is None:  # pypdf creates it with the first add_metadata
        writer.add_metadata({})
        info = writer._info
    info.update({NameObject(key): value for key, value in fields.items()})
    info[NameObject("/Trapped")] = trapped


def set_file_identifier(writer: Any, identifier: bytes) -> None:
    """The file identifier (``/ID``): pypdf's public ``generate_file_identifiers``
    draws random bytes, a reproducible build needs a digest of the content."""
    from pypdf.generic import ArrayObject, ByteStringObject

    file_id = ByteStringObject(identifier)
    writer._ID = ArrayObject([file_id, file_id])


# -- pytest and pytest-bdd: the conformance runner's shortcut -------------------


@functools.cache
def pytest_bdd_internals() -> types.SimpleNamespace:
    """pytest-bdd's and pytest's internals behind the fast conformance runner
    (:mod:`sopap.conformance.collect`): a scenario as a loop of plain calls
    instead of one temporary pytest fixture per step, and parsed features
    kept between runs (:mod:`sopap.conformance.parsecache`). With the
    shortcuts off the runner uses pytest-bdd's public ``scenario`` instead.
    """
    from _pytest.fixtures import call_fixture_func
    from pytest_bdd import exceptions
    from pytest_bdd.compat import get_fixture_names, getfixturedefs, inject_fixture
    from pytest_bdd.feature import features
    from pytest_bdd.parser import Feature, FeatureParser, Scenario, Step
    from pytest_bdd.scenario import (
        collect_example_parametrizations,
        iterparentnodeids,
        scenario_wrapper_template_registry,
    )
    from pytest_bdd.steps import step_function_context_registry
    from pytest_bdd.utils import CONFIG_STACK, get_required_args

    return types.SimpleNamespace(
        call_fixture_func=call_fixture_func,
        exceptions=exceptions,
        get_fixture_names=get_fixture_names,
        getfixturedefs=getfixturedefs,
        inject_fixture=inject_fixture,
        parsed_features=features,
        Feature=Feature,
        FeatureParser=FeatureParser,
        Scenario=Scenario,
        Step=Step,
        collect_example_parametrizations=collect_example_parametrizations,
        iterparentnodeids=iterparentnodeids,
        scenario_wrapper_template_registry=scenario_wrapper_template_registry,
        step_function_context_registry=step_function_context_registry,
        CONFIG_STACK=CONFIG_STACK,
        get_required_args=get_required_args,
    )


def fixture_manager(request: Any) -> Any:
    """pytest's fixture manager of a request (``request._fixturemanager``)."""
    return request._fixturemanager


# -- pytest-bdd: shortcut for long runs ---------------------------------------------


def release_bdd_item(item: Any) -> None:
    """Let pytest-bdd forget a finished test item's scenario report.

    pytest-bdd keeps a ``ScenarioReport`` per item (``reporting.
    scenario_reports_registry``, weak on the item, but items live for the
    whole session) and a serialized copy per test report (``reporting.
    test_report_context_registry``, weak on the report, but pytest's
    terminal reporter keeps every report). Both are read only while the
    reports are made and logged (``report.scenario``, ``--cucumberjson``,
    the Gherkin terminal reporter). A city kit of 250,000 scenarios kept
    about 10 KB of them per scenario. Called after an item's last report was
    logged; the reports of a failed item keep theirs.
    """
    if not shortcuts():
        return
    from pytest_bdd import reporting

    reporting.scenario_reports_registry.pop(item, None)


def release_bdd_report(report: Any) -> None:
    """Drop the serialized scenario of a passed report once it was logged
    (see :func:`release_bdd_item`)."""
    if not shortcuts() or not report.passed:
        return
    from pytest_bdd import reporting

    reporting.test_report_context_registry.pop(report, None)
