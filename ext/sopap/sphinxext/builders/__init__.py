"""The builders of the corpus outputs: one file or folder made from the
whole model, each also reachable as ``sphinx-build -b NAME`` (``sopap build``
only runs them in order). ``sopap-model`` reads the sources and writes
nothing (the API's :meth:`~sopap.sphinxext.project.Project.load_corpus`)."""

from __future__ import annotations

from sphinx.application import Sphinx

from sopap.sphinxext.builders.base import EVENT_PROGRESS, ModelBuilder
from sopap.sphinxext.builders.bpmn import BpmnBuilder
from sopap.sphinxext.builders.features import FeaturesBuilder
from sopap.sphinxext.builders.json import JsonBuilder
from sopap.sphinxext.builders.lampiran import LampiranBuilder


def register(app: Sphinx) -> None:
    app.add_builder(ModelBuilder)
    app.add_builder(JsonBuilder)
    app.add_builder(FeaturesBuilder)
    app.add_builder(LampiranBuilder)
    app.add_builder(BpmnBuilder)
    app.add_event(EVENT_PROGRESS)
