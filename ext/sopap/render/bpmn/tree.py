"""The BPMN 2.0 element tree of an SOP: semantics (collaboration, process)
and diagram interchange (BPMN-DI).

Everything is built with lxml elements: text and attribute values are
escaped by the library, so an uraian containing ``<script>``, ``&`` or quotes
stays text. Children are emitted in the order the OMG XSD requires.
"""

from __future__ import annotations

from lxml import etree

from sopap.render.bpmn.graph import ProcessGraph, documentation, lane_id, xml_text
from sopap.render.bpmn.layout import Box, Layout
from sopap.render.bpmn.profiles import Profile
from sopap.version import __version__

BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL"
BPMNDI_NS = "http://www.omg.org/spec/BPMN/20100524/DI"
DC_NS = "http://www.omg.org/spec/DD/20100524/DC"
DI_NS = "http://www.omg.org/spec/DD/20100524/DI"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"

#: Target namespace of every exported file (one SOP per file).
TARGET_NS = "urn:sopap:sop"


def _q(ns: str, tag: str) -> str:
    return f"{{{ns}}}{tag}"


def _b(parent: etree._Element, tag: str, **attrs: str) -> etree._Element:
    return etree.SubElement(parent, _q(BPMN_NS, tag), attrs)


def _text(parent: etree._Element, tag: str, text: str, **attrs: str) -> etree._Element:
    element = _b(parent, tag, **attrs)
    element.text = text
    return element


def _formal(parent: etree._Element, tag: str, text: str) -> etree._Element:
    element = _text(parent, tag, text)
    element.set(_q(XSI_NS, "type"), "bpmn:tFormalExpression")
    return element


def _flow_node(parent: etree._Element, tag: str, node_id: str, name: str = "", **attrs: str) -> etree._Element:
    element = _b(parent, tag, id=node_id)
    if name:
        element.set("name", name)
    for key, value in attrs.items():
        element.set(key, value)
    return element


def _connections(element: etree._Element, incoming: list[str], outgoing: list[str]) -> None:
    for flow in incoming:
        _text(element, "incoming", flow)
    for flow in outgoing:
        _text(element, "outgoing", flow)


def semantic(graph: ProcessGraph, profile: Profile, root: etree._Element) -> None:
    """Collaboration (one participant) and the executable process."""
    sop = graph.sop
    collaboration = _b(root, "collaboration", id="Kolaborasi")
    _b(collaboration, "participant", id="Pool", name=xml_text(sop.nama), processRef=graph.process_id)

    process = _b(root, "process", id=graph.process_id, name=xml_text(sop.nama), isExecutable="true")
    _text(process, "documentation", xml_text(f"{sop.nama} — {sop.instansi}"))

    lane_set = _b(process, "laneSet", id="Lajur")
    members: dict[str, list[str]] = {lane: [] for lane, _ in graph.lanes}
    for node in graph.nodes:
        members[node.lane].append(node.id)
        timer = graph.timer_of(node.id)
        if timer is not None:
            members[node.lane].extend((timer.id, timer.end_id))
    for lane, name in graph.lanes:
        element = _b(lane_set, "lane", id=lane_id(lane), name=name)
        for member in members[lane]:
            _text(element, "flowNodeRef", member)

    incoming: dict[str, list[str]] = {}
    outgoing: dict[str, list[str]] = {}
    for flow in graph.flows:
        outgoing.setdefault(flow.source, []).append(flow.id)
        incoming.setdefault(flow.target, []).append(flow.id)
    for timer in graph.timers:
        outgoing.setdefault(timer.id, []).append(timer.flow_id)
        incoming.setdefault(timer.end_id, []).append(timer.flow_id)

    for node in graph.nodes:
        ins, outs = incoming.get(node.id, []), outgoing.get(node.id, [])
        if node.kind == "start":
            element = _flow_node(process, "startEvent", node.id, node.name)
            _connections(element, ins, outs)
        elif node.kind == "end":
            element = _flow_node(process, "endEvent", node.id, node.name)
            _connections(element, ins, outs)
        elif node.kind in ("split", "merge"):
            element = _flow_node(process, "exclusiveGateway", node.id, node.name)
            _connections(element, ins, outs)
        else:
            step = node.step
            assert step is not None
            element = _flow_node(process, "userTask", node.id, node.name)
            _text(element, "documentation", documentation(sop, step))
            extensions = profile.task_extensions(step)
            if extensions:
                holder = _b(element, "extensionElements")
                holder.extend(extensions)
            _connections(element, ins, outs)
            refs = graph.refs_of(node.id)
            for ref in refs:
                if ref.direction == "in":
                    _b(element, "property", id=ref.placeholder_id, name="__targetRef_placeholder")
            for ref in refs:
                if ref.direction == "in":
                    assoc = _b(element, "dataInputAssociation", id=ref.association_id)
                    _text(assoc, "sourceRef", ref.id)
                    _text(assoc, "targetRef", ref.placeholder_id)
            for ref in refs:
                if ref.direction == "out":
                    assoc = _b(element, "dataOutputAssociation", id=ref.association_id)
                    _text(assoc, "targetRef", ref.id)

    for timer in graph.timers:
        boundary = _flow_node(
            process,
            "boundaryEvent",
            timer.id,
            timer.waktu.teks(),
            cancelActivity="false",
            attachedToRef=timer.task,
        )
        _connections(boundary, [], [timer.flow_id])
        definition = _b(boundary, "timerEventDefinition", id=f"{timer.id}_definisi")
        _formal(definition, "timeDuration", profile.duration(timer.waktu))
        end = _flow_node(process, "endEvent", timer.end_id, timer.end_name)
        _connections(end, [timer.flow_id], [])

    for flow in graph.flows:
        element = _b(process, "sequenceFlow", id=flow.id, sourceRef=flow.source, targetRef=flow.target)
        if flow.name:
            element.set("name", flow.name)
        if flow.branch is not None:
            _formal(element, "conditionExpression", profile.condition(flow.branch))
    for timer in graph.timers:
        _b(process, "sequenceFlow", id=timer.flow_id, sourceRef=timer.id, targetRef=timer.end_id)

    for obj in graph.data_objects:
        element = _b(process, "dataObject", id=obj.id, name=obj.name)
        if obj.external:
            _text(element, "documentation", "Kelengkapan dari luar proses: tidak dihasilkan oleh langkah SOP ini.")
    for ref in graph.data_refs:
        name = next(obj.name for obj in graph.data_objects if obj.id == ref.data_object)
        _b(process, "dataObjectReference", id=ref.id, name=name, dataObjectRef=ref.data_object)


def _bounds(parent: etree._Element, box: Box) -> None:
    etree.SubElement(
        parent, _q(DC_NS, "Bounds"), x=str(box.x), y=str(box.y), width=str(box.w), height=str(box.h)
    )


def _shape(plane: etree._Element, element_id: str, box: Box, label: Box | None = None, **attrs: str) -> None:
    shape = etree.SubElement(plane, _q(BPMNDI_NS, "BPMNShape"), id=f"{element_id}_di", bpmnElement=element_id)
    for key, value in attrs.items():
        shape.set(key, value)
    _bounds(shape, box)
    if label is not None:
        _bounds(etree.SubElement(shape, _q(BPMNDI_NS, "BPMNLabel")), label)


def _edge(plane: etree._Element, element_id: str, points, label: Box | None = None) -> None:
    edge = etree.SubElement(plane, _q(BPMNDI_NS, "BPMNEdge"), id=f"{element_id}_di", bpmnElement=element_id)
    for x, y in points:
        etree.SubElement(edge, _q(DI_NS, "waypoint"), x=str(x), y=str(y))
    if label is not None:
        _bounds(etree.SubElement(edge, _q(BPMNDI_NS, "BPMNLabel")), label)


def diagram(graph: ProcessGraph, layout: Layout, root: etree._Element) -> None:
    """BPMN-DI: pool, lanes, nodes, boundary events on top, then edges."""
    dia = etree.SubElement(root, _q(BPMNDI_NS, "BPMNDiagram"), id="Diagram", name=xml_text(graph.sop.nama))
    plane = etree.SubElement(dia, _q(BPMNDI_NS, "BPMNPlane"), id="Diagram_plane", bpmnElement="Kolaborasi")
    _shape(plane, "Pool", layout.pool, isHorizontal="true")
    for lane, _ in graph.lanes:
        _shape(plane, lane_id(lane), layout.lanes[lane], isHorizontal="true")
    for node in graph.nodes:
        attrs = {"isMarkerVisible": "true"} if node.kind in ("split", "merge") else {}
        _shape(plane, node.id, layout.shapes[node.id], layout.labels.get(node.id), **attrs)
    for ref in graph.data_refs:
        _shape(plane, ref.id, layout.shapes[ref.id], layout.labels[ref.id])
    for timer in graph.timers:
        _shape(plane, timer.end_id, layout.shapes[timer.end_id], layout.labels[timer.end_id])
    for timer in graph.timers:
        _shape(plane, timer.id, layout.shapes[timer.id], layout.labels[timer.id])
    for flow in graph.flows:
        _edge(plane, flow.id, layout.edges[flow.id], layout.labels.get(flow.id))
    for timer in graph.timers:
        _edge(plane, timer.flow_id, layout.edges[timer.flow_id])
    for ref in graph.data_refs:
        _edge(plane, ref.association_id, layout.edges[ref.association_id])


def definitions(graph: ProcessGraph, layout: Layout, profile: Profile) -> etree._Element:
    nsmap = {
        "bpmn": BPMN_NS,
        "bpmndi": BPMNDI_NS,
        "dc": DC_NS,
        "di": DI_NS,
        "xsi": XSI_NS,
        **profile.namespaces,
    }
    root = etree.Element(_q(BPMN_NS, "definitions"), nsmap=nsmap)
    root.set("id", "Definisi")
    root.set("targetNamespace", f"{TARGET_NS}:{graph.sop.id}")
    root.set("exporter", "sopap")
    root.set("exporterVersion", __version__)
    for key, value in profile.definitions_attributes().items():
        root.set(key, value)
    semantic(graph, profile, root)
    diagram(graph, layout, root)
    return root
