"""The BPMN 2.0 export: XSD validity, content per profile, layout, escaping,
determinism, SpiffWorkflow running it, the CLI, the builder and the HTML
downloads."""

from __future__ import annotations

import hashlib
import re
import shutil
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from lxml import etree

from sopap.cli import main
from sopap.cli.build import STEPS, step_bpmn
from sopap.model.sop import Arah, Cabang, Identitas, Langkah, Pelaksana, Simbol, Sop
from sopap.model.waktu import Waktu
from sopap.render.bpmn import (
    PROFILES,
    BpmnExportError,
    bpmn_download_uri,
    process_id,
    to_bytes,
)
from sopap.render.bpmn.graph import NAMA_BARIS, NAMA_LEBAR, build_graph, short_name
from sopap.render.bpmn.layout import Box, compute_layout
from sopap.render.bpmn.xsd import XSD_DIR
from sopap.sphinxext.builders.downloads import bpmn_download_href
from sopap.sphinxext.project import Project
from support.bpmn import ROOTS, corpus, rumit, seed_decision_and_rumit
from support.helpers import warnings_of

NS = {
    "bpmn": "http://www.omg.org/spec/BPMN/20100524/MODEL",
    "bpmndi": "http://www.omg.org/spec/BPMN/20100524/DI",
    "dc": "http://www.omg.org/spec/DD/20100524/DC",
    "di": "http://www.omg.org/spec/DD/20100524/DI",
    "zeebe": "http://camunda.org/schema/zeebe/1.0",
    "modeler": "http://camunda.org/schema/modeler/1.0",
    "spiffworkflow": "http://spiffworkflow.org/bpmn/schema/1.0/core",
    "xsi": "http://www.w3.org/2001/XMLSchema-instance",
}
ALL = seed_decision_and_rumit()


@pytest.fixture(scope="module")
def schema() -> etree.XMLSchema:
    """The vendored OMG XSDs, loaded here independently of the exporter's own check."""
    return etree.XMLSchema(etree.parse(str(XSD_DIR / "BPMN20.xsd")))


def keputusan() -> Sop:
    return corpus("keputusan").get("sop-keputusan")


def parse(sop: Sop, profile: str) -> etree._Element:
    return etree.fromstring(to_bytes(sop, profile))


def one(root: etree._Element, path: str) -> etree._Element:
    found = root.xpath(path, namespaces=NS)
    assert len(found) == 1, (path, found)
    return found[0]


# -- XSD ---------------------------------------------------------------------


def test_vendored_xsds_are_the_published_files():
    """The five OMG files, byte for byte as SpiffWorkflow 3.2.0 ships them (see README)."""
    readme = (XSD_DIR / "README.md").read_text(encoding="utf-8")
    files = sorted(p.name for p in XSD_DIR.glob("*.xsd"))
    assert files == ["BPMN20.xsd", "BPMNDI.xsd", "DC.xsd", "DI.xsd", "Semantic.xsd"]
    for name in files:
        digest = hashlib.sha256((XSD_DIR / name).read_bytes()).hexdigest()
        assert f"{digest}  {name}" in readme


@pytest.mark.korpus
@pytest.mark.parametrize("profile", sorted(PROFILES))
@pytest.mark.parametrize("label,sop", ALL, ids=[label for label, _ in ALL])
def test_every_sop_is_xsd_valid(schema, label, sop, profile):
    document = etree.fromstring(to_bytes(sop, profile))
    assert schema.validate(document), [f"{e.line}: {e.message}" for e in schema.error_log]


def test_xsd_check_rejects_what_the_standard_forbids(schema):
    """The schema is really applied: a data association without its target is refused."""
    document = parse(keputusan(), "spiff")
    target = document.xpath("//bpmn:dataInputAssociation/bpmn:targetRef", namespaces=NS)[0]
    target.getparent().remove(target)
    assert not schema.validate(document)
    assert any("targetRef" in e.message for e in schema.error_log)


# -- content -----------------------------------------------------------------


@pytest.mark.parametrize("profile", sorted(PROFILES))
def test_pool_lanes_and_tasks(profile):
    sop = keputusan()
    root = parse(sop, profile)
    participant = one(root, "//bpmn:collaboration/bpmn:participant")
    assert participant.get("name") == sop.nama
    assert participant.get("processRef") == process_id(sop.id) == "sop-sop-keputusan"
    process = one(root, "//bpmn:process")
    assert process.get("isExecutable") == "true"
    lanes = process.xpath("bpmn:laneSet/bpmn:lane", namespaces=NS)
    assert [lane.get("name") for lane in lanes] == [p.nama for p in sop.pelaksana]
    assert [lane.get("id") for lane in lanes] == [f"Lajur_{p.id}" for p in sop.pelaksana]
    tasks = process.xpath("bpmn:userTask", namespaces=NS)
    assert [t.get("id") for t in tasks] == [f"Langkah_{s.nomor}" for s in sop.langkah]
    for step in sop.langkah:
        lane = one(process, f"bpmn:laneSet/bpmn:lane[bpmn:flowNodeRef='Langkah_{step.nomor}']")
        assert lane.get("id") == f"Lajur_{step.pelaksana}"
    assert one(process, "bpmn:userTask[@id='Langkah_3']").get("name") == "3. Memeriksa kelengkapan berkas"
    assert len(process.xpath("bpmn:startEvent", namespaces=NS)) == 1
    # one end of the procedure, one per timer
    assert len(process.xpath("bpmn:endEvent", namespaces=NS)) == 1 + len(sop.langkah)
    flow = one(process, "bpmn:sequenceFlow[@sourceRef='Langkah_4']")
    assert flow.get("targetRef") == "Selesai"


@pytest.mark.korpus
def test_every_node_is_in_exactly_one_lane():
    for _, sop in ALL:
        root = parse(sop, "camunda8")
        nodes = root.xpath(
            "//bpmn:process/*[self::bpmn:userTask or self::bpmn:startEvent or self::bpmn:endEvent "
            "or self::bpmn:exclusiveGateway or self::bpmn:boundaryEvent]/@id",
            namespaces=NS,
        )
        refs = root.xpath("//bpmn:lane/bpmn:flowNodeRef/text()", namespaces=NS)
        assert sorted(refs) == sorted(nodes), sop.id


@pytest.mark.parametrize(
    "profile,ya,tidak",
    [
        ("spiff", 'keputusan == "ya"', 'keputusan == "tidak"'),
        ("camunda8", '=keputusan = "ya"', '=keputusan = "tidak"'),
    ],
)
def test_decision_is_an_exclusive_gateway_with_conditions(profile, ya, tidak):
    process = one(parse(keputusan(), profile), "//bpmn:process")
    one(process, "bpmn:sequenceFlow[@sourceRef='Langkah_3' and @targetRef='Gerbang_3']")
    gateway = one(process, "bpmn:exclusiveGateway[@id='Gerbang_3']")
    assert gateway.get("name") == "Keputusan langkah 3"
    flows = {f.get("id"): f for f in process.xpath("bpmn:sequenceFlow[@sourceRef='Gerbang_3']", namespaces=NS)}
    assert set(flows) == {"Alur_Gerbang_3_ya", "Alur_Gerbang_3_tidak"}
    yes, no = flows["Alur_Gerbang_3_ya"], flows["Alur_Gerbang_3_tidak"]
    assert (yes.get("name"), yes.get("targetRef")) == ("Lengkap", "Langkah_4")
    # the back-edge to step 2 enters through a converging gateway
    assert (no.get("name"), no.get("targetRef")) == ("Tidak lengkap", "Gabung_2")
    assert one(yes, "bpmn:conditionExpression").text == ya
    assert one(no, "bpmn:conditionExpression").text == tidak
    assert one(yes, "bpmn:conditionExpression").get(f"{{{NS['xsi']}}}type") == "bpmn:tFormalExpression"
    merge = one(process, "bpmn:exclusiveGateway[@id='Gabung_2']")
    assert sorted(merge.xpath("bpmn:incoming/text()", namespaces=NS)) == [
        "Alur_Gerbang_3_tidak",
        "Alur_Langkah_1_Gabung_2",
    ]
    # every task has exactly one incoming flow: no implicit merge
    for task in process.xpath("bpmn:userTask", namespaces=NS):
        assert len(process.xpath(f"bpmn:sequenceFlow[@targetRef='{task.get('id')}']", namespaces=NS)) == 1


@pytest.mark.parametrize("profile,duration", [("spiff", '"PT450M"'), ("camunda8", "PT450M")])
def test_timer_boundary_events_from_waktu(profile, duration):
    sop = keputusan()
    process = one(parse(sop, profile), "//bpmn:process")
    timers = process.xpath("bpmn:boundaryEvent", namespaces=NS)
    assert [t.get("attachedToRef") for t in timers] == [f"Langkah_{s.nomor}" for s in sop.langkah]
    for timer in timers:
        assert timer.get("cancelActivity") == "false"  # the step stays to be done
        assert timer.get("name") == "1 Hari"
        assert one(timer, "bpmn:timerEventDefinition/bpmn:timeDuration").text == duration
        flow = one(process, f"bpmn:sequenceFlow[@sourceRef='{timer.get('id')}']")
        end = one(process, f"bpmn:endEvent[@id='{flow.get('targetRef')}']")
        assert end.get("name").startswith("Waktu baku langkah")


def test_timer_durations_are_working_minutes():
    sop = corpus("benih").get("diklat-pprg")
    root = parse(sop, "camunda8")
    for step in sop.langkah:
        duration = one(root, f"//bpmn:boundaryEvent[@attachedToRef='Langkah_{step.nomor}']//bpmn:timeDuration")
        assert duration.text == step.waktu.iso8601()
    assert Waktu(1, "jam").iso8601() == "PT60M" and Waktu(3, "hari").iso8601() == "PT1350M"


def test_documents_are_data_objects_with_associations():
    sop = keputusan()
    process = one(parse(sop, "spiff"), "//bpmn:process")
    objects = {o.get("name"): o.get("id") for o in process.xpath("bpmn:dataObject", namespaces=NS)}
    assert list(objects) == ["Dokumen 0", "Dokumen 1", "Dokumen 2", "Dokumen 3", "Dokumen 4"]
    external = one(process, f"bpmn:dataObject[@id='{objects['Dokumen 0']}']")
    assert "dari luar proses" in one(external, "bpmn:documentation").text
    refs = {r.get("id"): r for r in process.xpath("bpmn:dataObjectReference", namespaces=NS)}
    for step in sop.langkah:
        task = one(process, f"bpmn:userTask[@id='Langkah_{step.nomor}']")
        reads = [refs[s].get("dataObjectRef") for s in task.xpath("bpmn:dataInputAssociation/bpmn:sourceRef/text()", namespaces=NS)]
        writes = [refs[s].get("dataObjectRef") for s in task.xpath("bpmn:dataOutputAssociation/bpmn:targetRef/text()", namespaces=NS)]
        assert reads == [objects[d] for d in step.kelengkapan]
        assert writes == [objects[d] for d in step.output]
        for assoc in task.xpath("bpmn:dataInputAssociation", namespaces=NS):
            target = one(assoc, "bpmn:targetRef").text
            one(task, f"bpmn:property[@id='{target}']")


def test_documentation_has_uraian_and_rincian():
    sop = corpus("rincian").get("sop-rincian")
    root = parse(sop, "camunda8")
    task2 = one(root, "//bpmn:userTask[@id='Langkah_2']")
    assert one(task2, "bpmn:documentation").text == (
        "Menyiapkan kegiatan:\na. Membuat surat undangan peserta\nb. Menyiapkan materi"
    )
    assert task2.get("name") == "2. Menyiapkan kegiatan"  # without the colon that leads to the rincian
    task3 = one(root, "//bpmn:userTask[@id='Langkah_3']")
    assert task3.get("name") == "3. Mengarsipkan"  # no uraian: its first rincian
    assert one(task3, "bpmn:documentation").text == "a. Mengarsipkan\nb. Melaporkan"
    decision = one(parse(keputusan(), "spiff"), "//bpmn:userTask[@id='Langkah_3']/bpmn:documentation").text
    assert 'isi variabel keputusan dengan "ya" (Lengkap, lanjut ke langkah 4)' in decision


def test_camunda8_profile_extensions():
    sop = keputusan()
    root = parse(sop, "camunda8")
    assert root.get(f"{{{NS['modeler']}}}executionPlatform") == "Camunda Cloud"
    assert re.fullmatch(r"8\.\d+\.\d+", root.get(f"{{{NS['modeler']}}}executionPlatformVersion"))
    for step in sop.langkah:
        task = one(root, f"//bpmn:userTask[@id='Langkah_{step.nomor}']")
        one(task, "bpmn:extensionElements/zeebe:userTask")
        assignment = one(task, "bpmn:extensionElements/zeebe:assignmentDefinition")
        assert assignment.get("candidateGroups") == step.pelaksana
    assert not root.xpath("//spiffworkflow:*", namespaces=NS)


def test_spiff_profile_extensions():
    root = parse(keputusan(), "spiff")
    props = one(root, "//bpmn:userTask[@id='Langkah_4']/bpmn:extensionElements/spiffworkflow:properties")
    assert {p.get("name"): p.get("value") for p in props} == {"langkah": "4", "pelaksana": "jafung"}
    assert not root.xpath("//zeebe:*", namespaces=NS)
    assert root.get(f"{{{NS['modeler']}}}executionPlatform") is None


# -- names, escaping, determinism ----------------------------------------------


def _sop(uraian: str, dokumen: str, rincian: tuple[str, ...] = ()) -> Sop:
    steps = (
        Langkah(1, uraian, "a", rincian=rincian, kelengkapan=(dokumen,), waktu=Waktu(30, "menit"),
                output=("Hasil",), berikutnya=(2,), simbol=Simbol.KAPSUL),
        Langkah(2, "Memeriksa", "b", kelengkapan=("Hasil",), output=(dokumen,), berikutnya=(3, 1),
                cabang=Cabang(Arah(3, 'Ya & "benar"'), Arah(1, "Tidak <ulang>")), simbol=Simbol.BELAH_KETUPAT),
        Langkah(3, "Selesai", "a", berikutnya=(), simbol=Simbol.KAPSUL),
    )
    return Sop(
        id="uji-escape", nama='SOP <b>"uji"</b> & co', lampiran="I", instansi="Dinas", bidang="UJI",
        identitas=Identitas(), pelaksana=(Pelaksana("a", "Kepala <Dinas> & 'Staf'"), Pelaksana("b", "Kabid | Uji")),
        langkah=steps,
    )


HOSTILE = "Memeriksa <script>alert(\"x\")</script> & 'kutip' | pipa\nbaris baru"


@pytest.mark.parametrize("profile", sorted(PROFILES))
def test_hostile_text_stays_text(schema, profile):
    dokumen = 'Surat <script>x</script> & "Nota" | lampiran\nhalaman 2'
    data = to_bytes(_sop(HOSTILE, dokumen), profile)
    root = etree.fromstring(data)
    assert schema.validate(root)
    assert not [e for e in root.iter() if isinstance(e.tag, str) and "script" in e.tag.lower()]
    assert b"<script" not in data and b"&lt;script&gt;" in data
    task = one(root, "//bpmn:userTask[@id='Langkah_1']")
    assert one(task, "bpmn:documentation").text == HOSTILE  # exact, newline included
    # the name is the same text on one line (shortened to fit the task box)
    assert task.get("name").startswith("1. Memeriksa <script>alert(\"x\")</script> & 'kutip'")
    assert "\n" not in task.get("name")
    names = root.xpath("//bpmn:dataObject/@name", namespaces=NS)
    assert dokumen in names  # a document name comes back exactly
    assert one(root, "//bpmn:participant").get("name") == 'SOP <b>"uji"</b> & co'
    assert [lane.get("name") for lane in root.xpath("//bpmn:lane", namespaces=NS)] == [
        "Kepala <Dinas> & 'Staf'",
        "Kabid | Uji",
    ]
    assert one(root, "//bpmn:sequenceFlow[@id='Alur_Gerbang_2_ya']").get("name") == 'Ya & "benar"'


def test_characters_xml_cannot_carry_are_replaced():
    root = etree.fromstring(to_bytes(_sop("Bel\x07 berbunyi\x0c", "Dok\x1b"), "spiff"))
    assert one(root, "//bpmn:userTask[@id='Langkah_1']/bpmn:documentation").text == "Bel\ufffd berbunyi\ufffd"
    assert "Dok\ufffd" in root.xpath("//bpmn:dataObject/@name", namespaces=NS)


def test_long_uraian_is_shortened_to_fit_the_task_box():
    long = "Menerima, menelaah dan memberikan arahan kepada Kepala Bidang PP PUG dan KK untuk menyelenggarakan pendidikan dan pelatihan PPRG"
    name = short_name(Langkah(12, long, "a"))
    assert name.startswith("12. Menerima, menelaah") and name.endswith("…")
    import textwrap

    assert len(textwrap.wrap(name, NAMA_LEBAR)) <= NAMA_BARIS
    assert long.startswith(name[4:-1])  # cut at a word boundary, nothing invented
    assert short_name(Langkah(2, "Memeriksa berkas", "a")) == "2. Memeriksa berkas"


@pytest.mark.korpus
@pytest.mark.parametrize("profile", sorted(PROFILES))
def test_output_is_byte_identical_on_every_run(profile):
    for _, sop in ALL:
        assert to_bytes(sop, profile) == to_bytes(sop, profile)


# -- layout ------------------------------------------------------------------


def _edges_touch(box: Box, point: tuple[int, int]) -> bool:
    x, y = point
    on_x = box.x <= x <= box.right and y in (box.y, box.bottom, box.cy)
    on_y = box.y <= y <= box.bottom and x in (box.x, box.right, box.cx)
    return on_x or on_y


@pytest.mark.korpus
@pytest.mark.parametrize("label,sop", ALL, ids=[label for label, _ in ALL])
def test_layout_lanes_tasks_and_flows(label, sop):
    graph = build_graph(sop)
    layout = compute_layout(graph)
    lanes = [layout.lanes[p.id] for p in sop.pelaksana]
    # lanes fill the pool in table order, one under the other
    assert lanes[0].y == layout.pool.y and lanes[-1].bottom == layout.pool.bottom
    for upper, lower in zip(lanes, lanes[1:], strict=False):
        assert upper.bottom == lower.y
    for lane in lanes:
        assert layout.pool.contains(lane) and lane.h >= 120
    # every node in its lane, every document and timer end event in its task's lane
    for node in graph.nodes:
        assert layout.lanes[node.lane].contains(layout.shapes[node.id]), node.id
    for ref in graph.data_refs:
        assert layout.lanes[graph.node(ref.task).lane].contains(layout.shapes[ref.id]), ref.id
    # tasks left to right in step order
    xs = [layout.shapes[f"Langkah_{s.nomor}"].x for s in sop.langkah]
    assert xs == sorted(xs) and len(set(xs)) == len(xs)
    # no two shapes overlap, and no label overlaps another label
    boxes = [(k, v) for k, v in layout.shapes.items() if not k.startswith("Waktu_")]
    for i, (a, box_a) in enumerate(boxes):
        for b, box_b in boxes[i + 1 :]:
            assert not _overlap(box_a, box_b), (a, b)
    labels = list(layout.labels.items())
    for i, (a, box_a) in enumerate(labels):
        for b, box_b in labels[i + 1 :]:
            assert not _overlap(box_a, box_b), (a, b)
    # flows: orthogonal, from the source's border to the target's border
    for flow in graph.flows:
        points = layout.edges[flow.id]
        assert len(points) >= 2
        assert _edges_touch(layout.shapes[flow.source], points[0]), flow.id
        assert _edges_touch(layout.shapes[flow.target], points[-1]), flow.id
        for (x0, y0), (x1, y1) in zip(points, points[1:], strict=False):
            assert x0 == x1 or y0 == y1, flow.id


def _overlap(a: Box, b: Box) -> bool:
    return a.x < b.right and b.x < a.right and a.y < b.bottom and b.y < a.bottom


def test_back_edge_runs_above_the_tasks_it_passes():
    graph = build_graph(keputusan())
    layout = compute_layout(graph)
    points = layout.edges["Alur_Gerbang_3_tidak"]
    top = min(y for _, y in points)
    assert top < layout.shapes["Langkah_2"].y and top < layout.shapes["Langkah_3"].y
    assert top > layout.lanes["kabid"].y  # inside the lane of the target
    assert points[-1] == (layout.shapes["Gabung_2"].cx, layout.shapes["Gabung_2"].y)


# -- SpiffWorkflow runs the spiff profile ---------------------------------------


def _spiff_workflow(sop: Sop, tmp_path: Path):
    from SpiffWorkflow.bpmn import BpmnWorkflow
    from SpiffWorkflow.spiff.parser.process import BpmnValidator, SpiffBpmnParser

    path = tmp_path / f"{sop.id}.bpmn"
    path.write_bytes(to_bytes(sop, "spiff"))
    parser = SpiffBpmnParser(validator=BpmnValidator())
    parser.add_bpmn_file(str(path))
    assert parser.get_process_ids() == [process_id(sop.id)]
    workflow = BpmnWorkflow(parser.get_spec(process_id(sop.id)))
    # documents start empty; a step's output fills its data object
    for name in workflow.spec.data_objects:
        workflow.data_objects[name] = None
    workflow.do_engine_steps()
    return workflow


def _ready(workflow):
    from SpiffWorkflow.util.task import TaskState

    return workflow.get_tasks(state=TaskState.READY, manual=True)


def _complete(workflow, task, **data):
    for obj in task.task_spec.data_output_associations:
        task.data[obj.bpmn_id] = f"dibuat oleh {task.task_spec.name}"
    task.data.update(data)
    task.run()
    workflow.do_engine_steps()


def test_spiffworkflow_runs_the_decision_with_its_loop(tmp_path):
    sop = keputusan()
    workflow = _spiff_workflow(sop, tmp_path)
    done = []
    decisions = iter(["tidak", "ya"])
    while not workflow.is_completed():
        (task,) = _ready(workflow)
        spec = task.task_spec
        step = sop.langkah_by_nomor(int(spec.extensions["properties"]["langkah"]))
        assert spec.lane == sop.pelaksana_by_id(step.pelaksana).nama
        assert spec.extensions["properties"]["pelaksana"] == step.pelaksana
        done.append(step.nomor)
        _complete(workflow, task, **({"keputusan": next(decisions)} if step.keputusan else {}))
    assert done == [1, 2, 3, 2, 3, 4]
    produced = {name: value for name, value in workflow.data_objects.items() if value}
    assert sorted(produced) == ["dokumen_2", "dokumen_3", "dokumen_4", "dokumen_5"]


def test_spiffworkflow_refuses_a_decision_without_keputusan(tmp_path):
    from SpiffWorkflow.exceptions import WorkflowException

    workflow = _spiff_workflow(keputusan(), tmp_path)
    for _ in range(2):
        _complete(workflow, _ready(workflow)[0])
    (task,) = _ready(workflow)
    assert task.task_spec.name == "Langkah_3"
    with pytest.raises(WorkflowException):
        _complete(workflow, task)


def test_spiffworkflow_timer_is_non_interrupting(tmp_path):
    workflow = _spiff_workflow(keputusan(), tmp_path)
    (timer,) = [t for t in workflow.get_tasks() if t.task_spec.name == "Waktu_1"]
    workflow.refresh_timers()
    deadline = datetime.fromisoformat(timer._get_internal_data("event_value"))
    assert abs(deadline - datetime.now(timezone.utc) - timedelta(minutes=450)) < timedelta(minutes=1)
    timer._set_internal_data(event_value=(datetime.now(timezone.utc) - timedelta(seconds=1)).isoformat())
    workflow.refresh_timers()
    workflow.do_engine_steps()
    from SpiffWorkflow.util.task import TaskState

    ended = [t.task_spec.name for t in workflow.get_tasks(state=TaskState.COMPLETED) if t.task_spec.name == "WaktuLewat_1"]
    assert ended == ["WaktuLewat_1"]  # the breach is recorded ...
    assert [t.task_spec.name for t in _ready(workflow)] == ["Langkah_1"]  # ... and the step is still to do


def test_spiffworkflow_runs_every_kind_of_flow(tmp_path):
    """Back-edges to a lane above and within a lane, a forward branch over a step."""
    sop = rumit()
    workflow = _spiff_workflow(sop, tmp_path)
    decisions = {2: iter(["tidak", "ya"]), 4: iter(["tidak", "ya"])}
    done = []
    while not workflow.is_completed():
        (task,) = _ready(workflow)
        nomor = int(task.task_spec.extensions["properties"]["langkah"])
        done.append(nomor)
        _complete(workflow, task, **({"keputusan": next(decisions[nomor])} if nomor in decisions else {}))
    assert done == [1, 2, 1, 2, 5, 3, 4, 3, 4, 6]


@pytest.mark.korpus
@pytest.mark.parametrize("sop_id", sorted(s.id for s in corpus("seed")))
def test_spiffworkflow_runs_every_sop_of_the_corpus_along_its_main_path(tmp_path, sop_id):
    """Each decision answered as the case's main path answers it (sopap.model.paths)."""
    from sopap.model.paths import main_path

    sop = corpus("seed").get(sop_id)
    route = main_path(sop)
    workflow = _spiff_workflow(sop, tmp_path)
    done = []
    while not workflow.is_completed():
        (task,) = _ready(workflow)
        done.append(int(task.task_spec.extensions["properties"]["langkah"]))
        answer = route[len(done) - 1].keputusan if len(done) <= len(route) else None
        _complete(workflow, task, **({"keputusan": answer} if answer else {}))
    assert done == [r.nomor for r in route]


# -- CLI, builder, HTML downloads ---------------------------------------------


@pytest.fixture()
def project(tmp_path) -> Path:
    root = tmp_path / "proyek"
    shutil.copytree(ROOTS["keputusan"], root)
    return root


def test_cli_writes_one_file_per_sop(project, tmp_path, capsys):
    out = tmp_path / "bpmn"
    assert main(["bpmn", "--profile", "camunda8", "-o", str(out), "--project", str(project)]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["sop-keputusan.bpmn"]
    assert "1 berkas BPMN (profil camunda8) ditulis" in capsys.readouterr().out
    first = (out / "sop-keputusan.bpmn").read_bytes()
    assert b"zeebe:userTask" in first
    assert main(["bpmn", "--profile", "camunda8", "-o", str(out), "--project", str(project)]) == 0
    assert (out / "sop-keputusan.bpmn").read_bytes() == first
    assert main(["bpmn", "-o", str(out), "--sop", "sop-keputusan", "--project", str(project)]) == 0
    assert b"spiffworkflow:properties" in (out / "sop-keputusan.bpmn").read_bytes()  # spiff is the default
    assert [p.name for p in out.iterdir() if p.name.startswith(".")] == []  # no temporary left


def test_cli_unknown_sop_and_profile(project, tmp_path, capsys):
    out = tmp_path / "bpmn"
    assert main(["bpmn", "-o", str(out), "--sop", "tidak-ada", "--project", str(project)]) == 2
    err = capsys.readouterr().err
    assert "SOP dengan kode 'tidak-ada' tidak ada" in err and "sop-keputusan" in err
    assert not out.exists()
    with pytest.raises(SystemExit) as exc:
        main(["bpmn", "--profile", "camunda7", "-o", str(out)])
    assert exc.value.code == 2
    assert "pilihan tidak sah" in capsys.readouterr().err


def test_cli_broken_source_writes_nothing(project, tmp_path, capsys):
    source = project / "sop-keputusan.md"
    source.write_text(source.read_text(encoding="utf-8").replace("waktu: 1 hari", "waktu: kapan-kapan", 1), encoding="utf-8")
    out = tmp_path / "bpmn"
    assert main(["bpmn", "-o", str(out), "--project", str(project)]) == 2
    assert "sumber SOP bermasalah" in capsys.readouterr().err
    assert not out.exists()


def test_build_step_and_html_downloads(project):
    from sopap.cli.publish import Staging

    assert ("ekspor BPMN", step_bpmn) in STEPS
    p = Project(project)
    assert step_bpmn(p, None, Staging(p.build_dir)) == 0  # into the work folder, published with the rest
    for profile in PROFILES:
        written = p.build_dir / "kerja" / "bpmn" / profile / "sop-keputusan.bpmn"
        assert written.read_bytes() == to_bytes(keputusan(), profile)
    assert p.run("html", p.build_dir / "html").ok
    for profile in PROFILES:
        uri = bpmn_download_uri("sop-keputusan", profile)
        assert uri == f"_downloads/bpmn/{profile}/sop-keputusan.bpmn"
        assert (p.build_dir / "html" / uri).read_bytes() == to_bytes(keputusan(), profile)
    with pytest.raises(KeyError):
        bpmn_download_uri("sop-keputusan", "camunda7")


@pytest.mark.sphinx("html", testroot="keputusan", freshenv=True)
def test_html_build_offers_both_profiles(app):
    app.build()
    for profile in PROFILES:
        assert (app.outdir / bpmn_download_uri("sop-keputusan", profile)).is_file()
        href = bpmn_download_href(app.builder, "sop-keputusan", "sop-keputusan", profile)
        assert href == f"_downloads/bpmn/{profile}/sop-keputusan.bpmn"
        page = app.outdir / app.builder.get_target_uri("sop-keputusan")
        assert (page.parent / href).resolve() == (app.outdir / bpmn_download_uri("sop-keputusan", profile)).resolve()


@pytest.mark.sphinx("html", testroot="yaml-rusak", freshenv=True)
def test_html_build_with_a_broken_source_offers_no_bpmn(app):
    """The build reports the source problem once; no download is made from it."""
    app.build()
    assert len(warnings_of(app)) == 1
    assert not (app.outdir / "_downloads" / "bpmn").exists()


def test_inconsistent_model_is_refused_in_indonesian():
    sop = _sop("Memeriksa", "Surat")
    broken = Sop(**{**{f: getattr(sop, f) for f in sop.__dataclass_fields__}, "pelaksana": sop.pelaksana[:1]})
    with pytest.raises(BpmnExportError, match="langkah 2: pelaksana 'b' tidak dikenal"):
        to_bytes(broken, "spiff")


def test_html_downloads_export_only_what_changed(tmp_path):
    """An incremental HTML build exports the SOPs whose model changed, not all."""
    from dataclasses import replace

    from sopap.render.bpmn.export import to_bytes
    from sopap.sphinxext.builders.bpmn import update_downloads as update
    from sopap.sphinxext.state import sidik_sop

    def update_downloads(sops, folder):
        by_id = {sop.id: sop for sop in sops}
        return update(folder, {i: sidik_sop(sop) for i, sop in by_id.items()}, by_id.__getitem__)

    sops = (*corpus("keputusan").sops, *corpus("rincian").sops)
    assert len(sops) >= 2
    folder = tmp_path / "bpmn"
    assert update_downloads(sops, folder) == len(sops)
    files = sorted(folder.rglob("*.bpmn"))
    assert len(files) == 2 * len(sops)
    stamps = {p: p.stat().st_mtime_ns for p in files}
    assert update_downloads(sops, folder) == 0
    assert {p: p.stat().st_mtime_ns for p in files} == stamps
    renamed = replace(sops[0], nama="Nama Baru")
    assert update_downloads((renamed, *sops[1:]), folder) == 1
    assert (folder / "spiff" / f"{renamed.id}.bpmn").read_bytes() == to_bytes(renamed, "spiff")
    assert all(p.stat().st_mtime_ns == stamps[p] for p in files if renamed.id not in p.name)
    # a missing file is made again; an SOP that is gone loses its files
    (folder / "camunda8" / f"{sops[1].id}.bpmn").unlink()
    assert update_downloads((renamed, sops[1]), folder) == 1
    assert sorted(p.name for p in folder.rglob("*.bpmn")) == sorted(2 * [f"{renamed.id}.bpmn", f"{sops[1].id}.bpmn"])
