"""The living corpus (sop_source/) as any valid corpus: it builds without a
warning, exports valid JSON, and lint agrees with the build.

Nothing here names an SOP, counts them or assumes a shape (decisions and
loops included): the client adds and revises SOPs, and
tests/e2e/test_any_corpus.py runs every ``korpus`` test on a copy of the
project with one more SOP. Facts of the 11 signed seed SOPs are checked on
their frozen transcription (tests/e2e/test_seed_corpus.py).
"""

from __future__ import annotations

import io

import jsonschema
import pytest

from sopap.lint import RULES, Severity, lint_sop
from sopap.model import jsonformat
from sopap.sphinxext.project import Project
from support import KORPUS

pytestmark = pytest.mark.korpus


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    warnings = io.StringIO()
    project = Project(KORPUS, build_dir=tmp_path_factory.mktemp("korpus") / "_build")
    result = project.run("sopap-model", warning_stream=warnings, fresh=True)
    return result, warnings.getvalue(), result.app.env.domains["sop"].corpus()


def test_the_corpus_builds_without_any_warning(corpus):
    result, warnings, sops = corpus
    assert warnings == ""
    assert result.ok and len(sops) >= 1


def test_every_step_is_numbered_in_order_and_has_a_pelaksana(corpus):
    for sop in corpus[2]:
        assert [s.nomor for s in sop.langkah] == list(range(1, len(sop.langkah) + 1)), sop.id
        for step in sop.langkah:
            assert step.ringkasan and sop.pelaksana_by_id(step.pelaksana), (sop.id, step.nomor)


def test_json_export_of_the_corpus_validates(corpus):
    data = jsonformat.corpus_to_dict(corpus[2])
    jsonschema.validate(data, jsonformat.schema())
    assert jsonformat.corpus_from_dict(data) == corpus[2]


def test_lint_agrees_with_the_build(corpus):
    """A corpus that builds has no galat that fails the build (PR05, a change
    after the paraf, is shown as a DRAF page instead)."""
    for sop in corpus[2]:
        failing = [t for t in lint_sop(sop) if t.tingkat is Severity.GALAT and RULES[t.aturan].fails_build]
        assert not failing, (sop.id, failing)
