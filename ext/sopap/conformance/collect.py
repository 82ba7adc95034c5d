"""Collecting a kit's ``.feature`` files directly, without a Python test module.

pytest-bdd binds scenarios from a ``test_*.py`` module; a conformance kit is
meant to be just features and ``sopap.json``. So each kit feature becomes a
pytest module built in memory: one test per scenario (named from its tags,
``test_langkah_3_positif``) and node ids
point at the feature file (``features/x.feature::test_kasus_lengkap``).
"""

from __future__ import annotations

import importlib
import re
import types
import weakref
from pathlib import Path

import pytest
from pytest_bdd import scenario as bind_scenario
from pytest_bdd.feature import get_feature

from ..outputs.features.scenarios import KINDS
from . import steps


def _slug(text: str) -> str:
    return re.sub(r"[^0-9a-z]+", "_", text.lower()).strip("_") or "skenario"


def scenario_meta(feature, template) -> dict[str, str]:
    """What the report needs to know of a scenario, from its tags."""
    tags = set(template.tags) | set(feature.tags) | (set(template.rule.tags) if template.rule else set())
    meta = {"skenario": template.name, "fitur": feature.name, "jenis": "", "langkah": "", "sop": ""}
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
    """A module holding one pytest-bdd test per scenario of the feature."""
    feature = get_feature(str(path.parent), path.name)
    module = types.ModuleType(f"sopap_fitur_{_slug(path.stem)}")
    module.__file__ = str(path)
    module.__sopap_kit__ = True  # type: ignore[attr-defined]
    if not config.pluginmanager.is_registered(steps):
        # Once per session and global: pytest-bdd looks a step up among all
        # definitions of its name, so one copy per feature would slow every step.
        config.pluginmanager.register(steps, "sopap-kosakata")
        remember_step_lookups()
    tags = set(feature.tags)
    for template in feature.scenarios.values():
        tags |= set(template.tags) | (set(template.rule.tags) if template.rule else set())
    known = {line.split(":")[0].strip() for line in config.getini("markers")}
    for tag in sorted(tags - known):  # so that --strict-markers accepts them
        config.addinivalue_line("markers", f"{tag}: tag fitur uji kesesuaian sopap")
    taken: set[str] = set()
    for name, template in feature.scenarios.items():
        def test(sop_impl) -> None:
            """One scenario against one implementation."""

        wrapper = bind_scenario(str(path), name, features_base_dir=str(path.parent))(test)
        meta = scenario_meta(feature, template)
        wrapper.sopap_meta = meta  # type: ignore[attr-defined]
        test_name = _test_name(meta, taken)
        wrapper.__name__ = test_name
        setattr(module, test_name, wrapper)
    return module


def remember_step_lookups() -> None:
    """Find step definitions among a list made once per test file.

    For every step of every scenario, pytest-bdd asks pytest for every
    fixture name of the session which definitions are visible, then keeps
    the step definitions whose parser matches: about half the time of a
    conformance run. Which step definitions a test file sees only changes
    when fixtures are registered, so that list is kept per file (and per
    session); each step is then matched against it, as pytest-bdd does.
    """
    from pytest_bdd.compat import get_fixture_names, getfixturedefs

    # the module, not the function pytest_bdd exports under the same name
    bdd = importlib.import_module("pytest_bdd.scenario")
    if getattr(bdd.find_fixturedefs_for_step, "sopap_ingat", False):
        return
    memo: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()

    def definitions(fixturemanager, node) -> list:
        names = get_fixture_names(fixturemanager)
        known = memo.setdefault(fixturemanager, {})
        key = (str(getattr(node, "path", "")), len(names))
        if key not in known:
            found = []
            for name in names:
                for fixturedef in getfixturedefs(fixturemanager, name, node) or []:
                    context = bdd.step_function_context_registry.get(fixturedef.func)
                    if context is not None:
                        found.append((fixturedef, context))
            known[key] = found
        return known[key]

    def find_fixturedefs_for_step(step, fixturemanager, node):
        for fixturedef, context in definitions(fixturemanager, node):
            if context.type is not None and context.type != step.type:
                continue
            if context.parser.is_matching(step.name):
                yield fixturedef

    find_fixturedefs_for_step.sopap_ingat = True  # type: ignore[attr-defined]
    bdd.find_fixturedefs_for_step = find_fixturedefs_for_step


class FeatureModule(pytest.Module):
    """A kit ``.feature`` file seen by pytest as a test module."""

    def _getobj(self):
        return build_module(self.path, self.config)

    def funcnamefilter(self, name: str) -> bool:
        return name.startswith("test_")
