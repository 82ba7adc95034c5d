"""pytest plugin (``pytest11`` entry point) of the conformance suite.

Loaded in every pytest session of an environment where sopap is installed,
so importing it costs nothing beyond pytest: the suite's modules are imported
only when a kit feature is collected or ``--sop-impl``/``--sop-report`` is
given. It adds:

* ``--sop-impl NAME`` (repeatable: several make a matrix) and
  ``--sop-report DIR`` (matrix as HTML/JSON/Markdown plus JUnit XML);
* collection of ``.feature`` files written by ``sopap features`` (marked by
  their second line), each scenario parametrized by implementation;
* the split between failed scenarios (a rule broken: *gagal*, pytest's
  ``failed``, JUnit ``<failure>``) and errored ones (the implementation
  crashed: *galat*, pytest's ``error``, JUnit ``<error>``), recorded in the
  items' user properties so it reaches JUnit XML and, under xdist, the
  controller;
* text from implementations made visible before it reaches a terminal.
"""

from __future__ import annotations

import gc
import os
import re
import weakref
from pathlib import Path
from typing import Any

import pytest

#: Control characters (C0, C1, bidi) that must not reach a terminal raw
#: (the same set as :data:`sopap.util.text.KENDALI`, kept here so that
#: loading the plugin stays free).
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")

_RUNS = pytest.StashKey[dict]()
_FEATURE = pytest.StashKey[str]()
_STEP = pytest.StashKey[tuple]()
#: Reports of kit scenarios not logged yet (see :func:`pytest_runtest_logreport`).
_KIT_REPORTS: weakref.WeakSet = weakref.WeakSet()


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("sopap", "uji kesesuaian SOP (sopap)")
    group.addoption(
        "--sop-impl",
        action="append",
        default=[],
        metavar="NAMA",
        help="implementasi yang diuji pada fitur sopap: reference, spiff, harness, http, nama mutan, "
        "'cmd:PERINTAH' (harness), http://HOST:PORTA (server HTTP), modul:Kelas; "
        "ulangi untuk matriks beberapa implementasi",
    )
    group.addoption(
        "--sop-report",
        metavar="FOLDER",
        default=None,
        help="tulis matriks kesesuaian (kesesuaian.html, kesesuaian.json, kesesuaian.md) dan junit.xml ke FOLDER",
    )


def _impl_names(config: pytest.Config) -> list[str]:
    return list(dict.fromkeys(n.strip() for n in config.getoption("sop_impl") or [] if n.strip()))


@pytest.hookimpl(tryfirst=True)
def pytest_configure(config: pytest.Config) -> None:
    names = _impl_names(config)
    if names:
        from sopap.conformance.limits import io_timeout
        from sopap.conformance.registry import UnknownImplementation, resolve

        for name in names:
            try:
                resolve(name)
            except UnknownImplementation as exc:
                raise pytest.UsageError(str(exc)) from None
        try:
            io_timeout()
        except ValueError as exc:
            raise pytest.UsageError(str(exc)) from None
    report = config.getoption("sop_report")
    if report:
        if not getattr(config.option, "xmlpath", None):
            config.option.xmlpath = os.path.join(report, "junit.xml")
        if not hasattr(config, "workerinput"):
            from sopap.conformance.report import ReportPlugin

            config.pluginmanager.register(ReportPlugin(Path(report), names), "sopap-laporan")


def pytest_collectreport(report: pytest.CollectReport) -> None:
    """Once a kit feature is collected, what it built is set aside from the
    cyclic garbage collector (its young garbage freed first).

    Collection builds what lives until the end of the run (parsed features,
    test functions, items), yet each full pass of the collector walks
    everything built so far: loading the parsed features of a 2,000-SOP kit
    took 40 s instead of 4 s, and collection grew faster than the kit.
    """
    if report.nodeid.endswith(".feature") and report.passed:
        gc.collect(1)
        gc.freeze()


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> Any:
    if file_path.suffix != ".feature":
        return None
    from sopap.conformance.kit import is_kit_feature

    if not is_kit_feature(file_path):
        return None
    from sopap.conformance.collect import FeatureModule

    return FeatureModule.from_parent(parent, path=file_path)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if not getattr(metafunc.module, "__sopap_kit__", False) or "sop_impl" not in metafunc.fixturenames:
        return
    names = _impl_names(metafunc.config)
    if names:
        metafunc.parametrize("sop_impl", names, ids=names)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Name SOP, step, kind and implementation in each item's properties."""
    if not _impl_names(config) and any(getattr(getattr(i, "module", None), "__sopap_kit__", False) for i in items):
        raise pytest.UsageError(
            "fitur uji kesesuaian membutuhkan implementasi: tambahkan --sop-impl NAMA "
            "(misalnya --sop-impl reference)"
        )
    for item in items:
        meta = getattr(getattr(item, "function", None), "sopap_meta", None)
        callspec = getattr(item, "callspec", None)
        if meta is None or callspec is None:
            continue
        title = meta["skenario"]
        example = callspec.params.get("_pytest_bdd_example")
        if isinstance(example, dict):  # a row of a scenario outline: its title with the row's values
            for key, value in example.items():
                title = title.replace(f"<{key}>", str(value))
        item.user_properties.extend(
            [
                ("sopap:implementasi", callspec.params.get("sop_impl", "")),
                ("sopap:sop", meta["sop"]),
                ("sopap:langkah", meta["langkah"]),
                ("sopap:jenis", meta["jenis"]),
                ("sopap:skenario", title),
                ("sopap:fitur", meta["fitur"]),
            ]
        )


@pytest.hookimpl(optionalhook=True)
def pytest_bdd_before_scenario(request: pytest.FixtureRequest, feature: Any, scenario: Any) -> None:
    request.node.stash[_FEATURE] = feature.filename


@pytest.hookimpl(optionalhook=True)
def pytest_bdd_step_error(request, feature, scenario, step, step_func, step_func_args, exception) -> None:
    if isinstance(exception, pytest.skip.Exception):
        return
    where = f"{feature.rel_filename}:{step.line_number}"
    request.node.stash[_STEP] = (where, f"{step.keyword.strip()} {step.name}")


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]):
    """Failed vs errored, the failing Gherkin line, SOP and step, and a short failure text."""
    report = yield
    if not _kit_item(item):
        return report
    _KIT_REPORTS.add(report)
    _visible_sections(report)
    if call.excinfo is None:
        return report
    from sopap.conformance.runtime import ImplementationError, Nonconformity, NotRun, SetupFailed
    from sopap.util.text import visible

    text = visible(str(call.excinfo.value).strip())
    extra = [("sopap:alasan", text.splitlines()[0] if text else "")]
    where, line = item.stash.get(_STEP, ("", ""))
    if line:
        extra.append(("sopap:gagal-pada", line))
    kasus = getattr(item, "funcargs", {}).get("sopap_kasus")
    focus = getattr(kasus, "focus", None)
    if focus is not None:
        extra.append(("sopap:langkah-gagal", str(focus)))
    if call.excinfo.errisinstance(ImplementationError):
        extra.append(("sopap:hasil", "galat"))
        if call.excinfo.errisinstance(NotRun) and getattr(call.excinfo.value, "untouched", False):
            extra.append(("sopap:dijalankan", "tidak"))
    elif call.excinfo.errisinstance(Nonconformity) and report.failed:
        if call.excinfo.errisinstance(SetupFailed):
            extra.append(("sopap:persiapan", "ya"))
        # The implementation broke a rule: where in the feature and why is
        # what an implementer needs, not a traceback through the vocabulary.
        sop = dict(item.user_properties).get("sopap:sop", "")
        step = f", langkah {focus}" if focus is not None else ""
        report.longrepr = f"SOP '{sop}'{step}: {where}: {line}\n{text}"
    if report.longrepr is not None and not isinstance(report.longrepr, (str, tuple)):
        shown = str(report.longrepr)
        if _CONTROL.search(shown):  # a traceback quoting the implementation: escaped, as text
            report.longrepr = visible(shown)
    report.user_properties = [*report.user_properties, *extra]
    item.user_properties.extend(extra)  # JUnit XML writes the properties of the teardown report
    return report


@pytest.hookimpl(trylast=True)
def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    """Once every reporter has seen a passed kit report, pytest-bdd's copy
    of its scenario goes: a long run keeps only what its summary needs."""
    if report in _KIT_REPORTS:
        from sopap.compat import release_bdd_report

        _KIT_REPORTS.discard(report)
        release_bdd_report(report)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None):
    result = yield
    if _kit_item(item):
        from sopap.compat import release_bdd_item

        release_bdd_item(item)
    return result


def _kit_item(item: pytest.Item) -> bool:
    """A scenario of a kit, parametrized by implementation."""
    callspec = getattr(item, "callspec", None)
    return callspec is not None and "sop_impl" in callspec.params


def _visible_sections(report) -> None:
    """Captured output (an in-process adapter printing) escaped like every other implementation text."""
    if any(_CONTROL.search(content) for _, content in report.sections):
        from sopap.util.text import visible

        report.sections = [(title, visible(content)) for title, content in report.sections]


def _galat(report) -> bool:
    return any(key == "sopap:hasil" and value == "galat" for key, value in report.user_properties)


def pytest_report_teststatus(report, config):
    """An errored scenario (galat) is pytest's ``error`` (E), apart from a failed one (gagal, F)."""
    if report.when == "call" and report.failed and _galat(report):
        return "error", "E", "ERROR"
    return None


@pytest.hookimpl(trylast=True)
def pytest_sessionfinish(session: pytest.Session) -> None:
    """In JUnit XML too, an errored scenario is an ``<error>``, a failed one a ``<failure>``."""
    config = session.config
    path = getattr(config.option, "xmlpath", None)
    if not path or hasattr(config, "workerinput") or not _impl_names(config):
        return
    from sopap.conformance.report import junit_errors

    junit_errors(Path(path))


def pytest_unconfigure(config: pytest.Config) -> None:
    for run in config.stash.get(_RUNS, {}).values():
        run.close()


# -- helpers for the step vocabulary ------------------------------------------


def run_for(config: pytest.Config, name: str):
    """The one :class:`~sopap.conformance.runtime.Run` of ``name`` in this session."""
    from sopap.conformance.runtime import Run

    runs = config.stash.setdefault(_RUNS, {})
    if name not in runs:
        runs[name] = Run.create(name)
    return runs[name]


def feature_folder(request: pytest.FixtureRequest) -> Path:
    """Folder of the feature the running scenario comes from."""
    filename = request.node.stash.get(_FEATURE, None)
    return Path(filename).parent if filename else Path(request.node.path).parent
