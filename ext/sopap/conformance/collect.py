"""Collecting a kit's ``.feature`` files directly, without a Python test module.

pytest-bdd binds scenarios from a ``test_*.py`` module; a conformance kit is
meant to be just features and ``sopap.json``. So each kit feature becomes a
pytest module built in memory: one test per scenario (named from its tags,
``test_langkah_3_positif``) and node ids
point at the feature file (``features/x.feature::test_kasus_lengkap``).

The scenarios are parsed by pytest-bdd and their steps found among the same
step definitions pytest-bdd would see (:func:`definitions`), with the same
choice when several match, the same arguments and the same pytest-bdd hooks
(so ``--cucumberjson`` and hooks in a ``conftest.py`` keep working). What
differs is cost: pytest-bdd turns every step into a temporary pytest fixture
and re-reads signatures and step texts each time; here a sentence is matched
and its arguments parsed once per session (:class:`_Steps`), and a scenario
is a loop of plain calls.
"""

from __future__ import annotations

import functools
import inspect
import re
import types
import weakref
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from sopap.compat import fixture_manager, pytest_bdd_internals, shortcuts
from sopap.conformance import steps
from sopap.render.features.scenarios import KINDS

#: pytest.fail's exception class (public name of ``_pytest.outcomes.Failed``).
Failed = pytest.fail.Exception


def _slug(text: str) -> str:
    return re.sub(r"[^0-9a-z]+", "_", text.lower()).strip("_") or "skenario"


def scenario_meta(feature_name: str, scenario_name: str, tags: set[str]) -> dict[str, str]:
    """What the report needs to know of a scenario, from its tags."""
    meta = {"skenario": scenario_name, "fitur": feature_name, "jenis": "", "langkah": "", "sop": ""}
    for tag in sorted(tags):
        if tag.startswith("sop-"):
            meta["sop"] = tag[4:]
        elif tag.startswith("langkah-"):
            meta["langkah"] = tag[8:]
    for kind in KINDS:
        if kind in tags:
            meta["jenis"] = kind
            break
    return meta


def _test_name(meta: dict[str, str], taken: set[str]) -> str:
    """``test_langkah_3_positif``; a branch or variant is spelled out."""
    if meta["jenis"]:
        parts = [f"langkah_{meta['langkah']}" if meta["langkah"] else "", meta["jenis"]]
        branch = re.search(r'keputusan "(ya|tidak)"', meta["skenario"])
        if meta["jenis"] == "keputusan" and branch:
            parts.append(branch.group(1))
        if meta["jenis"] == "kasus-lengkap" and "sejak awal" in meta["skenario"]:
            parts.append("dokumen_awal")
        base = "test_" + _slug("_".join(p for p in parts if p))
    else:
        base = "test_" + _slug(meta["skenario"])
    name, index = base, 1
    while name in taken:
        index += 1
        name = f"{base}_{index}"
    taken.add(name)
    return name


def build_module(path: Path, config: pytest.Config) -> types.ModuleType:
    """A module holding one pytest-bdd test per scenario of the feature.

    With the shortcuts on (:mod:`sopap.compat`), a scenario runs as a loop
    of plain calls (:func:`run_scenario`); off, each test is pytest-bdd's
    own, made by its public ``scenario`` decorator. Same tests, same names,
    same results.
    """
    module = types.ModuleType(f"sopap_fitur_{_slug(path.stem)}")
    module.__file__ = str(path)
    module.__sopap_kit__ = True  # type: ignore[attr-defined]
    if not config.pluginmanager.is_registered(steps):
        # Once per session and global: pytest-bdd looks a step up among all
        # definitions of its name, so one copy per feature would slow every step.
        config.pluginmanager.register(steps, "sopap-kosakata")
    tests = _fast_tests(path) if shortcuts() else _public_tests(path)
    tags: set[str] = set()
    for _, meta, scenario_tags in tests:
        tags |= scenario_tags
    known = {line.split(":")[0].strip() for line in config.getini("markers")}
    for tag in sorted(tags - known):  # so that --strict-markers accepts them
        config.addinivalue_line("markers", f"{tag}: tag fitur uji kesesuaian sopap")
    taken: set[str] = set()
    for make, meta, _ in tests:
        wrapper = make()
        wrapper.sopap_meta = meta  # type: ignore[attr-defined]
        test_name = _test_name(meta, taken)
        wrapper.__name__ = test_name
        setattr(module, test_name, wrapper)
    return module


def _fast_tests(path: Path) -> list[tuple[Any, dict[str, str], set[str]]]:
    """(make the test, its metadata, its tags) per scenario: the fast runner."""
    from sopap.conformance.parsecache import get_feature

    feature = get_feature(path)
    tests = []
    for name, template in feature.scenarios.items():
        tags = set(template.tags) | set(feature.tags) | (set(template.rule.tags) if template.rule else set())
        meta = scenario_meta(feature.name, name, tags)
        tests.append((functools.partial(_scenario_test, feature, template, name), meta, tags))
    return tests


def _public_tests(path: Path) -> list[tuple[Any, dict[str, str], set[str]]]:
    """The same tests through pytest-bdd's public ``scenario`` decorator
    (the feature read with the official Gherkin parser for the names and tags)."""
    from gherkin.parser import Parser
    from pytest_bdd import scenario

    document = Parser().parse(path.read_text(encoding="utf-8"))
    feature = document["feature"]
    feature_tags = {tag["name"].lstrip("@") for tag in feature.get("tags", [])}
    tests = []

    def scenarios(children, rule_tags: set[str]):
        for child in children:
            if "rule" in child:
                rule = child["rule"]
                yield from scenarios(rule.get("children", []), {t["name"].lstrip("@") for t in rule.get("tags", [])})
            elif "scenario" in child:
                yield child["scenario"], rule_tags

    for item, rule_tags in scenarios(feature.get("children", []), set()):
        name = item["name"]
        tags = {t["name"].lstrip("@") for t in item.get("tags", [])} | feature_tags | rule_tags
        meta = scenario_meta(feature["name"], name, tags)

        def make(name=name):
            def test(sop_impl, sopap_kasus) -> None:
                """One scenario against one implementation (pytest-bdd runs its steps)."""

            return scenario(str(path), name)(test)

        tests.append((make, meta, tags))
    return tests


def _render_plain(template) -> Any:
    """``template.render({})`` without its deep copies: a scenario without examples."""
    bdd = pytest_bdd_internals()
    steps = [
        bdd.Step(
            name=step.name,
            type=step.type,
            indent=step.indent,
            line_number=step.line_number,
            keyword=step.keyword,
            datatable=step.datatable,
            docstring=step.docstring,
        )
        for step in template.steps
    ]
    return bdd.Scenario(
        feature=template.feature,
        keyword=template.keyword,
        name=template.name,
        line_number=template.line_number,
        steps=steps,
        tags=template.tags,
        description=template.description,
        rule=template.rule,
    )


def _scenario_test(feature, template, name: str):
    """The pytest function of one scenario, as pytest-bdd's ``scenario`` makes it."""
    bdd = pytest_bdd_internals()
    examples = bdd.collect_example_parametrizations(template)
    if examples is None:
        rendered: list[Any] = []
        runs = [0]

        def test(request: pytest.FixtureRequest, sop_impl, sopap_kasus) -> None:
            """One scenario against one implementation."""
            __tracebackhide__ = True
            if not rendered:  # once, shared by every implementation: nothing writes to it
                rendered.append(_render_plain(template))
            scenario = rendered[0]
            runs[0] += 1
            if runs[0] >= _implementations(request.config):  # the last one: a long run need not keep it
                rendered.clear()
            run_scenario(request, feature, scenario)

        wrapper = test
    else:  # a Scenario Outline: one rendering per row of its examples, as pytest-bdd does

        def outline(request: pytest.FixtureRequest, sop_impl, sopap_kasus, _pytest_bdd_example) -> None:
            """One row of a scenario outline against one implementation."""
            __tracebackhide__ = True
            run_scenario(request, feature, template.render(_pytest_bdd_example))

        wrapper = pytest.mark.parametrize("_pytest_bdd_example", examples)(outline)
    rule_tags = set() if template.rule is None else template.rule.tags
    for tag in template.tags | feature.tags | rule_tags:
        wrapper = bdd.CONFIG_STACK[-1].hook.pytest_bdd_apply_tag(tag=tag, function=wrapper)
    wrapper.__doc__ = f"{feature.name}: {name}"
    bdd.scenario_wrapper_template_registry[wrapper] = template
    return wrapper


def _implementations(config: pytest.Config) -> int:
    from sopap.conformance.plugin import _impl_names

    return max(1, len(_impl_names(config)))


@dataclass(frozen=True)
class _Shape:
    """The signature of a step function, as the runner needs it."""

    parameters: frozenset[str]
    fixtures: tuple[str, ...]
    generator: bool


@dataclass(frozen=True)
class _Prepared:
    """A sentence matched to its step definition, arguments parsed (once per session)."""

    func: Any
    args: dict[str, object]
    shape: _Shape


class _Steps:
    """Step sentences already matched, per list of visible step definitions."""

    def __init__(self) -> None:
        self.found: dict[tuple[int, str, str], Any] = {}
        self.prepared: dict[tuple[int, str], _Prepared] = {}
        self.shapes: dict[int, _Shape] = {}

    def definition(self, visible: list, step):
        """The step definition pytest-bdd would run for ``step`` among ``visible``, or None."""
        key = (id(visible), step.type, step.name)
        if key not in self.found:
            matching = [
                (fixturedef, context)
                for fixturedef, context in visible
                if (context.type is None or context.type == step.type) and context.parser.is_matching(step.name)
            ]
            # pytest-bdd orders the matches by how deep their fixture is
            # defined and pytest runs the last one: the nearest conftest wins.
            matching.sort(key=lambda pair: _depth(pair[0].baseid))
            self.found[key] = matching[-1][1] if matching else None
        return self.found[key]

    def prepare(self, context, step) -> _Prepared:
        key = (id(context), step.name)
        prepared = self.prepared.get(key)
        if prepared is None:
            parsed = context.parser.parse_arguments(step.name)
            assert parsed is not None, (
                f"Unexpected `NoneType` returned from parse_arguments(...) in parser: {context.parser!r}"
            )
            reserved = set(parsed) & {"datatable", "docstring"}
            if reserved:
                shown = ", ".join(repr(arg) for arg in reserved)
                raise pytest_bdd_internals().exceptions.StepImplementationError(
                    f"Step {step.name!r} defines argument names that are reserved: {shown}. "
                    "Please use different names."
                )
            shape = self.shape(context)
            identity = lambda value: value  # noqa: E731
            args = {
                key: context.converters.get(key, identity)(value)
                for key, value in parsed.items()
                if key in shape.parameters
            }
            prepared = _Prepared(func=context.step_func, args=args, shape=shape)
            # the entry lives as long as the context it is keyed by (the
            # session's step definitions), so the id cannot be reused
            self.prepared[key] = prepared
        return prepared

    def shape(self, context) -> _Shape:
        """What a step function takes, read once per definition (not per sentence)."""
        shape = self.shapes.get(id(context))
        if shape is None:
            func = context.step_func
            shape = self.shapes[id(context)] = _Shape(
                parameters=frozenset(inspect.signature(func).parameters),
                fixtures=tuple(pytest_bdd_internals().get_required_args(func)),
                generator=inspect.isgeneratorfunction(func),
            )
        return shape


@functools.lru_cache(maxsize=1024)
def _depth(baseid: str) -> int:
    """How many parent node ids ``baseid`` has (pytest-bdd's sort key, as a number)."""
    return len(list(pytest_bdd_internals().iterparentnodeids(baseid)))


_STEPS = pytest.StashKey[_Steps]()


def run_scenario(request: pytest.FixtureRequest, feature, scenario) -> None:
    """Run the steps of ``scenario`` in order, as pytest-bdd's ``_execute_scenario`` does."""
    __tracebackhide__ = True
    config = request.config
    hook = config.hook
    known = config.stash.get(_STEPS, None)
    if known is None:
        known = config.stash[_STEPS] = _Steps()
    hook.pytest_bdd_before_scenario(request=request, feature=feature, scenario=scenario)
    hooks = _StepHooks.of(hook)
    values: dict[str, object] = dict(request.node.funcargs)  # fixture values of this test, fetched once
    # what the step definitions are only changes when a step injects a fixture
    visible = definitions(fixture_manager(request), request.node)
    try:
        for step in scenario.steps:
            context = known.definition(visible, step)
            if context is None:
                exc = pytest_bdd_internals().exceptions.StepDefinitionNotFoundError(
                    f"Step definition is not found: {step}. "
                    f'Line {step.line_number} in scenario "{scenario.name}" in the feature "{scenario.feature.filename}"'
                )
                hook.pytest_bdd_step_func_lookup_error(
                    request=request, feature=feature, scenario=scenario, step=step, exception=exc
                )
                raise exc
            _run_step(request, hooks, known, values, feature, scenario, step, context)
            if context.target_fixture is not None:
                visible = definitions(fixture_manager(request), request.node)
    finally:
        hook.pytest_bdd_after_scenario(request=request, feature=feature, scenario=scenario)


@dataclass(frozen=True)
class _StepHooks:
    """pytest-bdd's per-step hooks, None where no plugin implements one.

    A run calls them around every step (about 13,000 calls for the seed
    kit); a hook nobody implements is not called at all. Read per scenario,
    so a plugin registered during the run is still seen.
    """

    before: Any
    before_call: Any
    after: Any
    error: Any

    @classmethod
    def of(cls, hook) -> _StepHooks:
        def live(caller):
            return caller if caller.get_hookimpls() else None

        return cls(
            before=live(hook.pytest_bdd_before_step),
            before_call=live(hook.pytest_bdd_before_step_call),
            after=live(hook.pytest_bdd_after_step),
            error=hook.pytest_bdd_step_error,
        )


def _run_step(request, hooks: _StepHooks, known: _Steps, values: dict, feature, scenario, step, context) -> None:
    """One step, with pytest-bdd's hooks around it (``_execute_step_function``)."""
    __tracebackhide__ = True
    kw = {
        "request": request,
        "feature": feature,
        "scenario": scenario,
        "step": step,
        "step_func": context.step_func,
        "step_func_args": {},
    }
    if hooks.before is not None:
        hooks.before(**kw)
    try:
        prepared = known.prepare(context, step)
        shape = prepared.shape
        kwargs = dict(prepared.args)
        if step.datatable is not None and "datatable" in shape.parameters:
            kwargs["datatable"] = step.datatable.raw()
        if step.docstring is not None and "docstring" in shape.parameters:
            kwargs["docstring"] = step.docstring
        for arg in shape.fixtures:
            if arg not in kwargs:
                if arg not in values:
                    values[arg] = request.getfixturevalue(arg)
                kwargs[arg] = values[arg]
        kw["step_func_args"] = kwargs
        if hooks.before_call is not None:
            hooks.before_call(**kw)
        if shape.generator:  # a step that yields, run as a fixture as pytest-bdd does
            result = pytest_bdd_internals().call_fixture_func(fixturefunc=prepared.func, request=request, kwargs=kwargs)
        else:
            result = prepared.func(**kwargs)
    except (Exception, Failed) as exception:
        hooks.error(exception=exception, **kw)
        raise
    if context.target_fixture is not None:
        pytest_bdd_internals().inject_fixture(request, context.target_fixture, result)
        values[context.target_fixture] = result
    if hooks.after is not None:
        hooks.after(**kw)


_MEMO: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def definitions(fixturemanager, node) -> list:
    """Every step definition visible from ``node``: (fixturedef, context) pairs.

    pytest-bdd asks pytest, for every step, for every fixture name of the
    session which definitions are visible, then keeps the step definitions
    (about half the time of a conformance run when done per step). Which step
    definitions a test file sees only changes when fixtures are registered,
    so the list is kept per file (and per session).
    """
    bdd = pytest_bdd_internals()
    names = bdd.get_fixture_names(fixturemanager)
    known = _MEMO.setdefault(fixturemanager, {})
    key = (str(getattr(node, "path", "")), len(names))
    if key not in known:
        found = []
        for name in names:
            for fixturedef in bdd.getfixturedefs(fixturemanager, name, node) or []:
                context = bdd.step_function_context_registry.get(fixturedef.func)
                if context is not None:
                    found.append((fixturedef, context))
        known[key] = found
    return known[key]


class FeatureModule(pytest.Module):
    """A kit ``.feature`` file seen by pytest as a test module."""

    def _getobj(self):
        return build_module(self.path, self.config)

    def funcnamefilter(self, name: str) -> bool:
        return name.startswith("test_")
