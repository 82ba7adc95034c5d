"""Validation against the official BPMN 2.0 XSDs (OMG), vendored in ``data/xsd``.

Extension elements (``zeebe:``, ``spiffworkflow:``) sit in the XSD's
``xsd:any processContents="lax"`` slots: they are checked only for being
well-formed, which is what the standard asks of them.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from lxml import etree

XSD_DIR = Path(__file__).parent / "data" / "xsd"


@cache
def schema() -> etree.XMLSchema:
    """BPMN20.xsd with its includes (Semantic, BPMNDI, DI, DC), parsed once."""
    return etree.XMLSchema(etree.parse(str(XSD_DIR / "BPMN20.xsd")))


def errors(document: etree._Element | etree._ElementTree | bytes) -> list[str]:
    """XSD violations of a BPMN document, ``"line N: message"`` each; empty when valid."""
    if isinstance(document, bytes):
        document = etree.fromstring(document)
    xsd = schema()
    if xsd.validate(document):
        return []
    return [f"baris {e.line}: {e.message}" for e in xsd.error_log]
