"""The process of an SOP as a BPMN graph, before any XML or geometry.

One place decides what the BPMN contains (which nodes, flows, timers and
documents, and their ids), so the element tree, the layout and every profile
agree by construction. Ids are stable and readable: an adapter finds step 3
as ``Langkah_3`` and a pelaksana's lane as ``Lajur_<pelaksana id>``.

Shape of the process:

* one start event before the first step, one end event after each step that
  has no successor (the last step in table order);
* a user task per step, in the lane of its pelaksana;
* a decision step is a user task followed by a diverging exclusive gateway
  whose two flows carry the ``ya`` / ``tidak`` conditions and labels;
* a step reached from more than one place gets a converging exclusive gateway
  in front of it, so every task has exactly one incoming flow (no implicit
  merges, which engines and linters treat differently);
* a step with a waktu gets a *non-interrupting* timer boundary event leading
  to an end event "waktu baku terlampaui": the SOP's waktu is a service
  standard, not a cancellation deadline, so when it runs out the step is
  still to be done (and the SOP names no other path), but the breach is
  recorded by the engine;
* every document is one data object; each step reads its kelengkapan and
  writes its output through its own data object references (drawn next to
  the step), so no association line crosses the diagram.
"""

from __future__ import annotations

import re
import string
import textwrap
from dataclasses import dataclass, field

from sopap.errors import SopapError
from sopap.model.documents import dokumen_usage, external_inputs, normalize_dokumen
from sopap.model.flow import predecessors
from sopap.model.sop import Langkah, Sop
from sopap.model.waktu import Waktu

#: A task name must fit its box (layout.TASK_W x TASK_H, 12 px text): at most
#: this many lines of this many characters, or it is shortened at a word
#: boundary with an ellipsis. The full uraian is always in the documentation.
NAMA_BARIS = 4
NAMA_LEBAR = 21

#: Name of the process variable a decision task sets to "ya" or "tidak".
VARIABEL_KEPUTUSAN = "keputusan"

# Characters XML 1.0 forbids (C0 controls except tab, newline, carriage return).
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


class BpmnExportError(SopapError):
    """The SOP cannot be exported, or the export is not valid BPMN 2.0.

    The parser guarantees a consistent model for sources without problems, so
    this means a source problem reported elsewhere, or a bug in this package.
    """


def xml_text(text: str) -> str:
    """Text that XML can carry: forbidden control characters become U+FFFD.

    Escaping of ``<``, ``&`` and quotes is lxml's job; this only removes what
    no escaping can represent in XML 1.0.
    """
    return _XML_ILLEGAL.sub("\ufffd", text)


def process_id(sop_id: str) -> str:
    """The BPMN process id of an SOP (Camunda's bpmnProcessId, Spiff's spec name)."""
    return f"sop-{sop_id}"


def task_id(nomor: int) -> str:
    return f"Langkah_{nomor}"


def lane_id(pelaksana_id: str) -> str:
    return f"Lajur_{pelaksana_id}"


def data_object_id(index: int) -> str:
    """Id of the index-th document (1-based); also a Python identifier (Spiff)."""
    return f"dokumen_{index}"


@dataclass(frozen=True, slots=True)
class Node:
    """A flow node placed in a lane, in left-to-right order."""

    id: str
    kind: str  # start | task | split | merge | end
    lane: str  # pelaksana id
    name: str = ""
    step: Langkah | None = None


@dataclass(frozen=True, slots=True)
class Flow:
    """A sequence flow; ``branch`` is "ya"/"tidak" for a decision's flows."""

    id: str
    source: str
    target: str
    name: str = ""
    branch: str | None = None


@dataclass(frozen=True, slots=True)
class Timer:
    """A non-interrupting timer on a task and the end event it leads to."""

    id: str
    task: str
    waktu: Waktu
    end_id: str
    end_name: str
    flow_id: str


@dataclass(frozen=True, slots=True)
class DataObject:
    id: str
    name: str
    external: bool  # a kelengkapan no step of the SOP produces


@dataclass(frozen=True, slots=True)
class DataRef:
    """A drawn reference to a data object, read (``in``) or written by a task."""

    id: str
    data_object: str
    task: str
    direction: str  # in | out
    association_id: str
    #: For inputs: the task property the association targets (the BPMN XSD
    #: requires a target inside the activity; bpmn.io uses the same device).
    placeholder_id: str = ""


@dataclass(frozen=True, slots=True)
class ProcessGraph:
    sop: Sop
    process_id: str
    lanes: tuple[tuple[str, str], ...]  # (pelaksana id, name) in table order
    nodes: tuple[Node, ...]  # left-to-right order
    flows: tuple[Flow, ...]
    timers: tuple[Timer, ...]
    data_objects: tuple[DataObject, ...]
    data_refs: tuple[DataRef, ...]
    #: Lookups by id, made once: the layout and the tree ask for every task's
    #: references and timer, and scanning for them made a 10,000-step SOP
    #: quadratic (minutes and gigabytes instead of seconds).
    _nodes: dict[str, Node] = field(init=False, repr=False, compare=False)
    _refs: dict[str, tuple[DataRef, ...]] = field(init=False, repr=False, compare=False)
    _timers: dict[str, Timer] = field(init=False, repr=False, compare=False)
    _outgoing: dict[str, tuple[Flow, ...]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        refs: dict[str, list[DataRef]] = {}
        for ref in self.data_refs:
            refs.setdefault(ref.task, []).append(ref)
        outgoing: dict[str, list[Flow]] = {}
        for flow in self.flows:
            outgoing.setdefault(flow.source, []).append(flow)
        object.__setattr__(self, "_nodes", {node.id: node for node in self.nodes})
        object.__setattr__(
            self, "_refs", {task: tuple(sorted(r, key=lambda r: r.direction != "in")) for task, r in refs.items()}
        )
        object.__setattr__(self, "_timers", {timer.task: timer for timer in reversed(self.timers)})
        object.__setattr__(self, "_outgoing", {source: tuple(f) for source, f in outgoing.items()})

    def node(self, node_id: str) -> Node:
        return self._nodes[node_id]

    def refs_of(self, task: str) -> tuple[DataRef, ...]:
        """A task's references: inputs first, then outputs, in table order."""
        return self._refs.get(task, ())

    def timer_of(self, task: str) -> Timer | None:
        return self._timers.get(task)

    def outgoing(self, node_id: str) -> tuple[Flow, ...]:
        """The flows leaving a node, in the order they were made."""
        return self._outgoing.get(node_id, ())


def _one_line(text: str) -> str:
    return re.sub(r"\s+", " ", xml_text(text)).strip()


#: Longest single-spaced text that can wrap into NAMA_BARIS lines: each line
#: holds NAMA_LEBAR characters and each break drops one space. Longer
#: candidates are refused without wrapping them (the same answer, and
#: short_name no longer wraps every prefix of a long uraian).
_NAMA_MAKS = NAMA_BARIS * NAMA_LEBAR + NAMA_BARIS - 1


def _fits(text: str) -> bool:
    if len(text) > _NAMA_MAKS:
        return False
    return len(textwrap.wrap(text, NAMA_LEBAR, break_long_words=True)) <= NAMA_BARIS


def short_name(step: Langkah) -> str:
    """``"3. Memeriksa kelengkapan berkas"``: number and short uraian.

    The uraian, or its first rincian when the step has no lead sentence,
    shortened at a word boundary (with an ellipsis) to fit the task box.
    """
    text = _one_line(step.uraian) or (_one_line(step.rincian[0]) if step.rincian else "")
    text = text.rstrip(" :")  # a lead sentence ends with ':' before its rincian
    if not text:
        return f"Langkah {step.nomor}"
    name = f"{step.nomor}. {text}"
    if _fits(name):
        return name
    words = name.split(" ")
    for count in range(len(words) - 1, 0, -1):
        candidate = " ".join(words[:count]).rstrip(" ,;:.") + "…"
        if _fits(candidate):
            return candidate
    return name[: NAMA_LEBAR - 1] + "…"


def documentation(sop: Sop, step: Langkah) -> str:
    """Full text of a step: uraian, rincian (a., b., ...), keterangan, decision."""
    lines: list[str] = []
    if step.uraian:
        lines.append(xml_text(step.uraian))
    for letter, item in zip(string.ascii_lowercase, step.rincian, strict=False):
        lines.append(f"{letter}. {xml_text(item)}")
    if step.keterangan:
        lines.append(f"Keterangan: {xml_text(step.keterangan)}")
    if step.cabang is not None:
        ya, tidak = step.cabang.ya, step.cabang.tidak
        lines.append(
            f'Keputusan: isi variabel {VARIABEL_KEPUTUSAN} dengan "ya" ({xml_text(ya.label)}, '
            f'lanjut ke langkah {ya.ke}) atau "tidak" ({xml_text(tidak.label)}, lanjut ke langkah {tidak.ke}).'
        )
    return "\n".join(lines)


def build_graph(sop: Sop) -> ProcessGraph:
    """The BPMN process of ``sop``; a pure function of the model."""
    lanes = {p.id for p in sop.pelaksana}
    numbers = {step.nomor for step in sop.langkah}
    for step in sop.langkah:
        if step.pelaksana not in lanes:
            raise BpmnExportError(f"SOP '{sop.id}' langkah {step.nomor}: pelaksana '{step.pelaksana}' tidak dikenal")
        missing = [n for n in step.berikutnya if n not in numbers]
        if missing:
            raise BpmnExportError(f"SOP '{sop.id}' langkah {step.nomor}: langkah tujuan {missing[0]} tidak ada")
    preds = predecessors(sop)
    first = sop.langkah[0].nomor if sop.langkah else None
    incoming_count = {n: len(p) + (1 if n == first else 0) for n, p in preds.items()}

    nodes: list[Node] = []
    flows: list[Flow] = []
    timers: list[Timer] = []

    def entry(nomor: int) -> str:
        """The node a flow into step ``nomor`` targets (its merge gateway if any)."""
        return f"Gabung_{nomor}" if incoming_count[nomor] > 1 else task_id(nomor)

    if sop.langkah:
        first_step = sop.langkah[0]
        nodes.append(Node("Mulai", "start", first_step.pelaksana, "Mulai"))
        flows.append(Flow(f"Alur_Mulai_{entry(first_step.nomor)}", "Mulai", entry(first_step.nomor)))

    ends = [step for step in sop.langkah if not step.berikutnya]
    for step in sop.langkah:
        tid = task_id(step.nomor)
        if incoming_count[step.nomor] > 1:
            nodes.append(Node(f"Gabung_{step.nomor}", "merge", step.pelaksana))
            flows.append(Flow(f"Alur_Gabung_{step.nomor}_{tid}", f"Gabung_{step.nomor}", tid))
        nodes.append(Node(tid, "task", step.pelaksana, short_name(step), step))
        if step.cabang is not None:
            gid = f"Gerbang_{step.nomor}"
            nodes.append(Node(gid, "split", step.pelaksana, f"Keputusan langkah {step.nomor}"))
            flows.append(Flow(f"Alur_{tid}_{gid}", tid, gid))
            for branch, arah in (("ya", step.cabang.ya), ("tidak", step.cabang.tidak)):
                flows.append(Flow(f"Alur_{gid}_{branch}", gid, entry(arah.ke), _one_line(arah.label), branch))
        elif step.berikutnya:
            target = entry(step.berikutnya[0])
            flows.append(Flow(f"Alur_{tid}_{target}", tid, target))
        else:
            end_id = "Selesai" if len(ends) == 1 else f"Selesai_{step.nomor}"
            nodes.append(Node(end_id, "end", step.pelaksana, "Selesai"))
            flows.append(Flow(f"Alur_{tid}_{end_id}", tid, end_id))
        if step.waktu is not None:
            timers.append(
                Timer(
                    id=f"Waktu_{step.nomor}",
                    task=tid,
                    waktu=step.waktu,
                    end_id=f"WaktuLewat_{step.nomor}",
                    end_name=f"Waktu baku langkah {step.nomor} terlampaui",
                    flow_id=f"Alur_Waktu_{step.nomor}",
                )
            )

    external = {normalize_dokumen(name) for name in external_inputs(sop)}
    objects: list[DataObject] = []
    by_key: dict[str, str] = {}
    for index, usage in enumerate(dokumen_usage(sop), start=1):
        key = normalize_dokumen(usage.nama)
        objects.append(DataObject(data_object_id(index), xml_text(usage.nama), key in external))
        by_key[key] = data_object_id(index)

    refs: list[DataRef] = []
    for step in sop.langkah:
        tid = task_id(step.nomor)
        for direction, docs in (("in", step.kelengkapan), ("out", step.output)):
            seen: set[str] = set()
            for doc in docs:
                obj = by_key[normalize_dokumen(doc)]
                if obj in seen:
                    continue
                seen.add(obj)
                ref = f"Ref_{obj}_{step.nomor}_{direction}"
                assoc = f"{'Masukan' if direction == 'in' else 'Keluaran'}_{step.nomor}_{obj}"
                placeholder = f"Sasaran_{step.nomor}_{obj}" if direction == "in" else ""
                refs.append(DataRef(ref, obj, tid, direction, assoc, placeholder))

    return ProcessGraph(
        sop=sop,
        process_id=process_id(sop.id),
        lanes=tuple((p.id, xml_text(p.nama)) for p in sop.pelaksana),
        nodes=tuple(nodes),
        flows=tuple(flows),
        timers=tuple(timers),
        data_objects=tuple(objects),
        data_refs=tuple(refs),
    )
