"""Execution profiles: what differs between the engines a BPMN file is for.

The process, lanes and layout are the same for every profile; a profile
only decides the expression language of conditions and timer durations, the
extension elements of user tasks and the attributes a modeler expects on
``definitions``.

* ``spiff`` — SpiffWorkflow (Python): conditions are Python expressions
  (``keputusan == "ya"``) and a timer's duration is a Python expression too,
  so the ISO 8601 duration is a quoted string (``"PT30M"``). Each user task
  carries ``spiffworkflow:properties`` naming its step and pelaksana id.
* ``camunda8`` — Camunda 8 (Zeebe): FEEL conditions (``=keputusan = "ya"``),
  plain ISO durations, Camunda user tasks (``zeebe:userTask``) assigned to the
  candidate group of their lane (the pelaksana id), and the ``modeler:``
  execution platform attributes that Camunda Modeler reads.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from sopap.model.sop import Langkah
from sopap.model.waktu import Waktu
from sopap.render.bpmn.graph import VARIABEL_KEPUTUSAN

SPIFF_NS = "http://spiffworkflow.org/bpmn/schema/1.0/core"
ZEEBE_NS = "http://camunda.org/schema/zeebe/1.0"
MODELER_NS = "http://camunda.org/schema/modeler/1.0"

#: Camunda 8 minor version the camunda8 profile declares and is linted for.
CAMUNDA_VERSION = "8.8.0"


@dataclass(frozen=True)
class Profile:
    name: str
    #: Indonesian one-line description (CLI help, docs).
    keterangan: str
    namespaces: dict[str, str] = field(default_factory=dict)

    def definitions_attributes(self) -> dict[str, str]:
        return {}

    def condition(self, branch: str) -> str:
        raise NotImplementedError

    def duration(self, waktu: Waktu) -> str:
        raise NotImplementedError

    def task_extensions(self, step: Langkah) -> list[etree._Element]:
        return []


class SpiffProfile(Profile):
    def condition(self, branch: str) -> str:
        return f'{VARIABEL_KEPUTUSAN} == "{branch}"'

    def duration(self, waktu: Waktu) -> str:
        return f'"{waktu.iso8601()}"'

    def task_extensions(self, step: Langkah) -> list[etree._Element]:
        properties = etree.Element(etree.QName(SPIFF_NS, "properties"))
        for name, value in (("langkah", str(step.nomor)), ("pelaksana", step.pelaksana)):
            etree.SubElement(properties, etree.QName(SPIFF_NS, "property"), name=name, value=value)
        return [properties]


class Camunda8Profile(Profile):
    def definitions_attributes(self) -> dict[str, str]:
        return {
            etree.QName(MODELER_NS, "executionPlatform").text: "Camunda Cloud",
            etree.QName(MODELER_NS, "executionPlatformVersion").text: CAMUNDA_VERSION,
        }

    def condition(self, branch: str) -> str:
        return f'={VARIABEL_KEPUTUSAN} = "{branch}"'

    def duration(self, waktu: Waktu) -> str:
        return waktu.iso8601()

    def task_extensions(self, step: Langkah) -> list[etree._Element]:
        user_task = etree.Element(etree.QName(ZEEBE_NS, "userTask"))
        assignment = etree.Element(etree.QName(ZEEBE_NS, "assignmentDefinition"), candidateGroups=step.pelaksana)
        return [user_task, assignment]


PROFILES: dict[str, Profile] = {
    "spiff": SpiffProfile(
        "spiff",
        "SpiffWorkflow (ekspresi Python)",
        {"spiffworkflow": SPIFF_NS},
    ),
    "camunda8": Camunda8Profile(
        "camunda8",
        f"Camunda 8 / Zeebe (ekspresi FEEL, Camunda {CAMUNDA_VERSION[:3]})",
        {"zeebe": ZEEBE_NS, "modeler": MODELER_NS},
    ),
}

#: Profile used when none is named.
DEFAULT_PROFILE = "spiff"
