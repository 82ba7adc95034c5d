"""pytest plugin (``pytest11`` entry point) of the conformance suite.

Loaded in every pytest session of an environment where sopap is installed,
so importing it costs nothing beyond pytest: the suite's modules are imported
only when a kit feature is collected or ``--sop-impl``/``--sop-report`` is
given. It adds:

* ``--sop-impl NAME`` (repeatable: several make a matrix) and
  ``--sop-report DIR`` (matrix as HTML/JSON/Markdown plus JUnit XML);
* collection of ``.feature`` files written by ``sopap features`` (marked by
  their second line), each scenario parametrized by implementation;
* the split between failed scenarios (a rule broken) and errored ones (the
  implementation crashed), recorded in the items' user properties so it
  reaches JUnit XML and, under xdist, the controller.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

_RUNS = pytest.StashKey[dict]()
_FEATURE = pytest.StashKey[str]()
_STEP = pytest.StashKey[tuple]()


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
        item.user_properties.extend(
            [
                ("sopap:implementasi", callspec.params.get("sop_impl", "")),
                ("sopap:sop", meta["sop"]),
                ("sopap:langkah", meta["langkah"]),
                ("sopap:jenis", meta["jenis"]),
                ("sopap:skenario", meta["skenario"]),
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
    """Failed vs errored, the failing Gherkin line, and a short failure text."""
    report = yield
    if call.excinfo is None or getattr(item, "callspec", None) is None or "sop_impl" not in item.callspec.params:
        return report
    from sopap.conformance.runtime import ImplementationError, Nonconformity

    extra = [("sopap:alasan", str(call.excinfo.value).strip().splitlines()[0] if str(call.excinfo.value).strip() else "")]
    where, line = item.stash.get(_STEP, ("", ""))
    if line:
        extra.append(("sopap:gagal-pada", line))
    if call.excinfo.errisinstance(ImplementationError):
        extra.append(("sopap:hasil", "galat"))
    elif call.excinfo.errisinstance(Nonconformity) and report.failed:
        # The implementation broke a rule: where in the feature and why is
        # what an implementer needs, not a traceback through the vocabulary.
        report.longrepr = f"{where}: {line}\n{call.excinfo.value}"
    report.user_properties = [*report.user_properties, *extra]
    return report


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
