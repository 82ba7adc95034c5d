"""Parsed features kept between runs: the same Feature as a fresh parse, never a stale one."""

from __future__ import annotations

import shutil

import pytest
from pytest_bdd.feature import features as bdd_features
from pytest_bdd.parser import FeatureParser

from sopap.conformance import parsecache
from support.conformance import PROJECT, seed_project

ONE = "pendampingan-kasus-anak"


@pytest.fixture
def feature_file(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv(parsecache.ENV, raising=False)
    path = tmp_path / "features" / f"{ONE}.feature"
    path.parent.mkdir()
    shutil.copy(seed_project() / "features" / f"{ONE}.feature", path)
    yield path
    bdd_features.pop(str(path), None)


def _shape(feature):
    """What the suite reads of a feature: every scenario, step, table and tag."""
    return (
        feature.filename,
        feature.rel_filename,
        feature.name,
        sorted(feature.tags),
        [
            (
                name,
                template.line_number,
                sorted(template.tags),
                [
                    (s.type, s.keyword, s.name, s.line_number, s.datatable.raw() if s.datatable else None)
                    for s in template.steps
                ],
            )
            for name, template in feature.scenarios.items()
        ],
    )


def _fresh(path):
    return FeatureParser(str(path.parent), path.name).parse()


def test_a_cached_feature_is_the_fresh_parse(feature_file, monkeypatch):
    first = parsecache.get_feature(feature_file)
    assert _shape(first) == _shape(_fresh(feature_file))
    assert len(list(parsecache.cache_dir().glob("*.pickle"))) == 1

    bdd_features.pop(str(feature_file))
    monkeypatch.setattr(FeatureParser, "parse", lambda self: pytest.fail("dibaca ulang, bukan dari cache"))
    again = parsecache.get_feature(feature_file)
    assert again is not first
    assert _shape(again) == _shape(first)


def test_a_changed_feature_is_parsed_again(feature_file):
    parsecache.get_feature(feature_file)
    text = feature_file.read_text(encoding="utf-8")
    feature_file.write_text(text.replace("Skenario: ", "Skenario: Diubah ", 1), encoding="utf-8")
    bdd_features.pop(str(feature_file))
    changed = parsecache.get_feature(feature_file)
    assert any(name.startswith("Diubah ") for name in changed.scenarios)
    assert _shape(changed) == _shape(_fresh(feature_file))
    assert len(list(parsecache.cache_dir().glob("*.pickle"))) == 1  # one entry per path, replaced


def test_a_corrupt_cache_entry_means_parsing(feature_file):
    parsecache.get_feature(feature_file)
    (entry,) = parsecache.cache_dir().glob("*.pickle")
    entry.write_bytes(b"bukan pickle")
    bdd_features.pop(str(feature_file))
    assert _shape(parsecache.get_feature(feature_file)) == _shape(_fresh(feature_file))


def test_the_cache_can_be_turned_off(feature_file, monkeypatch):
    monkeypatch.setenv(parsecache.ENV, "0")
    assert parsecache.cache_dir() is None
    assert _shape(parsecache.get_feature(feature_file)) == _shape(_fresh(feature_file))
    assert not (feature_file.parent.parent / "cache").exists()


def test_only_the_users_own_entries_are_read(feature_file, monkeypatch):
    """A pickle runs code when it is read: an entry another user wrote is parsed over, never loaded."""
    parsecache.get_feature(feature_file)
    folder = parsecache.cache_dir()
    assert folder.stat().st_mode & 0o077 == 0
    bdd_features.pop(str(feature_file))
    import os

    monkeypatch.setattr(os, "getuid", lambda: os.stat(folder).st_uid + 1)
    monkeypatch.setattr(parsecache.pickle, "loads", lambda data: pytest.fail("pickle orang lain dibaca"))
    assert _shape(parsecache.get_feature(feature_file)) == _shape(_fresh(feature_file))
