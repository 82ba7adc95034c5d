"""BPMN-DI geometry: one pool, one lane per pelaksana, steps left to right.

Auto-layout tools drop lanes, so the layout is computed here, like the
official SOP table turned on its side: lanes are stacked in table order,
every flow node gets its own column in step order, and each node sits in the
lane of its pelaksana. Under a task, in its own column, are its timer's end
event and the references of the documents it reads and writes, so nothing
else is ever drawn there.

Routing is orthogonal and uses only space kept free for it:

* a forward flow with nothing in between in the source lane goes straight
  right, then (between two columns, where nothing is drawn) up or down to
  the target's row and into its left side;
* any other flow (back to an earlier step, or forward over nodes of its own
  lane) leaves from the top of its source and runs in a *channel*: a band of
  tracks at the top of a lane, above every node, one track per flow, and
  enters its target from above.

All coordinates are integers so the output is byte-identical on every run.
"""

from __future__ import annotations

import bisect

import functools
import textwrap
from dataclasses import dataclass, field

from sopap.render.bpmn.graph import Flow, Node, ProcessGraph

TASK_W, TASK_H = 160, 110  # names are fitted to this box (graph.NAMA_*)
GATEWAY = 50
EVENT = 36
DATA_W, DATA_H = 36, 50
#: Width of one item (timer end event or document) under a task. bpmn-js wraps
#: an external label at its width (90 px) but lets a longer word stick out, so
#: items are 100 px apart.
SLOT = 100
LABEL_W = 90
#: The timer sits this far from the task's left edge, above the first item.
TIMER_DX = 25
GAP = 60  # between two columns
GAP_AFTER_SPLIT = 130  # room for a branch label on the right of a gateway
ROW_GAP = 45  # between a task's bottom and the items under it
TRACK = 10  # distance between two channel tracks
POOL_X, POOL_Y = 20, 20
HEADER = 30  # vertical name strip of the pool and of each lane
PAD_X = 40
LINE_H = 14  # one line of an 11 px label
CHARS_PER_LINE = 15  # what fits in a 90 px label


@dataclass(frozen=True, slots=True)
class Box:
    x: int
    y: int
    w: int
    h: int

    @property
    def cx(self) -> int:
        return self.x + self.w // 2

    @property
    def cy(self) -> int:
        return self.y + self.h // 2

    @property
    def right(self) -> int:
        return self.x + self.w

    @property
    def bottom(self) -> int:
        return self.y + self.h

    def contains(self, other: Box) -> bool:
        return (
            self.x <= other.x and self.y <= other.y and other.right <= self.right and other.bottom <= self.bottom
        )


Point = tuple[int, int]


@dataclass
class Layout:
    pool: Box
    lanes: dict[str, Box] = field(default_factory=dict)  # by pelaksana id
    shapes: dict[str, Box] = field(default_factory=dict)  # by BPMN element id
    labels: dict[str, Box] = field(default_factory=dict)  # by BPMN element id
    edges: dict[str, tuple[Point, ...]] = field(default_factory=dict)


@functools.lru_cache(maxsize=4096)  # the same labels come back for each profile and shape
def label_lines(text: str, chars: int = CHARS_PER_LINE) -> int:
    return max(1, len(textwrap.wrap(text, chars, break_long_words=True)) if text.strip() else 1)


def text_width(text: str) -> int:
    """Rough width of one line of an 11 px label (enough to keep labels apart)."""
    return min(LABEL_W, 7 * len(text) + 6)


def label_below(box: Box, text: str) -> Box:
    return Box(box.cx - LABEL_W // 2, box.bottom + 5, LABEL_W, LINE_H * label_lines(text))


def _size(node: Node) -> tuple[int, int]:
    if node.kind == "task":
        return TASK_W, TASK_H
    if node.kind in ("split", "merge"):
        return GATEWAY, GATEWAY
    return EVENT, EVENT


@dataclass(frozen=True, slots=True)
class _Route:
    flow: Flow
    kind: str  # straight | z | top-l | bottom-l | channel | right-channel
    lane: str = ""  # channel lane
    track: int = 0


def compute_layout(graph: ProcessGraph) -> Layout:
    """The whole diagram, phase by phase (:class:`_Layouter`)."""
    return _Layouter(graph).layout()


class _Layouter:
    """Columns left to right, routes (decided by columns and lanes only, so
    the tracks are known early), lanes top to bottom, then shapes, what
    stands under each task, and the sequence flows."""

    def __init__(self, graph: ProcessGraph) -> None:
        self.graph = graph
        self.lane_ids = [lane for lane, _ in graph.lanes]
        self.lane_index = {lane: i for i, lane in enumerate(self.lane_ids)}
        self.slot = {node.id: i for i, node in enumerate(graph.nodes)}
        #: lane -> the columns of its nodes, in order (``_clear`` asks for ranges)
        self.lane_slots: dict[str, list[int]] = {lane: [] for lane in self.lane_ids}
        for i, node in enumerate(graph.nodes):
            self.lane_slots.setdefault(node.lane, []).append(i)
        self.by_id = {node.id: node for node in graph.nodes}
        self.names = {obj.id: obj.name for obj in graph.data_objects}
        self.below: dict[str, list[tuple[str, str]]] = {}  # task id -> [(element id, label)]
        self.column_x: dict[str, int] = {}
        self.node_x: dict[str, int] = {}
        self.content_right = 0
        self.routes: list[_Route] = []
        self.tracks: dict[str, int] = {lane: 0 for lane in self.lane_ids}
        self.channel_h: dict[str, int] = {}

    def layout(self) -> Layout:
        self._below()
        self._columns()
        self._routes(self._route_kinds())
        layout = self._lanes()
        self._nodes(layout)
        for node in self.graph.nodes:
            if self.below.get(node.id):
                self._under_task(layout, node)
        self._flows(layout)
        self._gateway_names(layout)
        return layout

    def _below(self) -> None:
        """What goes under each task: timer end event first, then documents."""
        graph = self.graph
        for node in graph.nodes:
            if node.kind != "task":
                continue
            items: list[tuple[str, str]] = []
            timer = graph.timer_of(node.id)
            if timer is not None:
                items.append((timer.end_id, timer.end_name))
            items.extend((ref.id, self.names[ref.data_object]) for ref in graph.refs_of(node.id))
            self.below[node.id] = items

    def _columns(self) -> None:
        graph = self.graph
        x = POOL_X + HEADER + HEADER + PAD_X
        for i, node in enumerate(graph.nodes):
            w, _ = _size(node)
            items = self.below.get(node.id, [])
            self.column_x[node.id] = x
            if items:
                self.node_x[node.id] = x + SLOT // 2 - TIMER_DX
                width = max(SLOT // 2 - TIMER_DX + w, SLOT * len(items))
            else:
                self.node_x[node.id] = x
                width = w
            x += width
            if i + 1 < len(graph.nodes):
                x += GAP_AFTER_SPLIT if node.kind == "split" else GAP
        self.content_right = x

    def _clear(self, lane: str, s: int, t: int) -> bool:
        """Nothing of ``lane`` in the columns strictly between ``s`` and ``t``."""
        slots = self.lane_slots.get(lane, [])
        return bisect.bisect_left(slots, t) <= bisect.bisect_right(slots, s)

    def _route_of(self, flow: Flow) -> str:
        src, dst = self.by_id[flow.source], self.by_id[flow.target]
        s, t = self.slot[src.id], self.slot[dst.id]
        if t > s and self._clear(src.lane, s, t):
            return "straight" if src.lane == dst.lane else "z"
        return "channel"

    def _route_kinds(self) -> dict[str, str]:
        graph, slot = self.graph, self.slot
        kinds = {flow.id: self._route_of(flow) for flow in graph.flows}
        # A decision's two branches must leave its gateway by different corners,
        # or their lines and labels would lie on each other.
        for node in graph.nodes:
            if node.kind != "split":
                continue
            first, second = graph.outgoing(node.id)
            exit_of = {"straight": "right", "z": "right", "channel": "top"}
            if exit_of[kinds[first.id]] != exit_of[kinds[second.id]]:
                continue
            if kinds[second.id] == "channel":
                # the branch going further right leaves by the right corner, so the
                # two lines part at once and never cross near the gateway
                later = max((first, second), key=lambda f: slot[f.target])
                kinds[later.id] = "right-channel"
                continue
            src, dst = node, self.by_id[second.target]
            s, t = slot[src.id], slot[dst.id]
            if dst.lane != src.lane and self._clear(dst.lane, s, t):
                kinds[second.id] = "bottom-l" if self.lane_index[dst.lane] > self.lane_index[src.lane] else "top-l"
            else:
                kinds[second.id] = "channel"
        return kinds

    def _routes(self, kinds: dict[str, str]) -> None:
        for flow in self.graph.flows:
            kind = kinds[flow.id]
            if not kind.endswith("channel"):
                self.routes.append(_Route(flow, kind))
                continue
            src, dst = self.by_id[flow.source], self.by_id[flow.target]
            lane = dst.lane if self.lane_index[dst.lane] <= self.lane_index[src.lane] else src.lane
            self.routes.append(_Route(flow, kind, lane, self.tracks[lane]))
            self.tracks[lane] += 1

    @staticmethod
    def _item_height(element_id: str, label: str) -> int:
        icon = DATA_H if element_id.startswith("Ref_") else EVENT + 7
        return icon + 5 + LINE_H * label_lines(label)

    def _lanes(self) -> Layout:
        """Lanes top to bottom; the pool around them."""
        lanes: dict[str, Box] = {}
        y = POOL_Y
        for lane in self.lane_ids:
            ch = 30 + TRACK * self.tracks[lane]
            nodes = self.graph.nodes
            under = [item for i in self.lane_slots[lane] for item in self.below.get(nodes[i].id, [])]
            if under:
                bottom = ROW_GAP + max(self._item_height(e, label) for e, label in under) + 15
            else:
                bottom = 55
            height = ch + TASK_H + bottom
            lanes[lane] = Box(POOL_X + HEADER, y, 0, height)  # width set below
            self.channel_h[lane] = ch
            y += height
        pool_w = self.content_right + PAD_X - POOL_X
        layout = Layout(pool=Box(POOL_X, POOL_Y, pool_w, max(y - POOL_Y, 1)))
        for lane, box in lanes.items():
            layout.lanes[lane] = Box(box.x, box.y, pool_w - HEADER, box.h)
        return layout

    def _nodes(self, layout: Layout) -> None:
        """Every node on its lane's row."""
        for node in self.graph.nodes:
            lane = layout.lanes[node.lane]
            w, h = _size(node)
            row_cy = lane.y + self.channel_h[node.lane] + TASK_H // 2
            box = Box(self.node_x[node.id], row_cy - h // 2, w, h)
            layout.shapes[node.id] = box
            if node.kind in ("start", "end", "split") and node.name:
                layout.labels[node.id] = label_below(box, node.name)

    def _under_task(self, layout: Layout, node: Node) -> None:
        """Under one task: its timer, the timer's end event, its documents."""
        items = self.below[node.id]
        task = layout.shapes[node.id]
        row_top = task.bottom + ROW_GAP
        centers = {element: self.column_x[node.id] + SLOT // 2 + SLOT * i for i, (element, _) in enumerate(items)}
        timer = self.graph.timer_of(node.id)
        if timer is not None:
            tbox = Box(task.x + TIMER_DX - EVENT // 2, task.bottom - EVENT // 2, EVENT, EVENT)
            layout.shapes[timer.id] = tbox
            label = timer.waktu.teks()
            width = text_width(label)
            layout.labels[timer.id] = Box(tbox.right + 3, task.bottom + 3, width, LINE_H)
            ebox = Box(centers[timer.end_id] - EVENT // 2, row_top + 7, EVENT, EVENT)
            layout.shapes[timer.end_id] = ebox
            layout.labels[timer.end_id] = label_below(ebox, timer.end_name)
            layout.edges[timer.flow_id] = ((tbox.cx, tbox.bottom), (ebox.cx, ebox.y))
        refs = self.graph.refs_of(node.id)
        hi = task.right - 12
        lo = task.x + 12
        if timer is not None:  # association lines start right of the timer's label
            lo = min(layout.labels[timer.id].right + 6, hi - 12)
        spread = any(not lo <= centers[ref.id] <= hi for ref in refs)
        for i, ref in enumerate(refs):
            rbox = Box(centers[ref.id] - DATA_W // 2, row_top, DATA_W, DATA_H)
            layout.shapes[ref.id] = rbox
            layout.labels[ref.id] = label_below(rbox, self.names[ref.data_object])
            anchor = lo + (hi - lo) * (2 * i + 1) // (2 * len(refs)) if spread else rbox.cx
            if ref.direction == "in":
                layout.edges[ref.association_id] = ((rbox.cx, rbox.y), (anchor, task.bottom))
            else:
                layout.edges[ref.association_id] = ((anchor, task.bottom), (rbox.cx, rbox.y))

    def _flows(self, layout: Layout) -> None:
        """Sequence flows: their waypoints and the labels of named ones."""
        graph = self.graph
        exits: dict[str, int] = {}
        entries: dict[str, int] = {}
        gap_before = {
            node.id: (GAP_AFTER_SPLIT if i and graph.nodes[i - 1].kind == "split" else GAP)
            for i, node in enumerate(graph.nodes)
        }
        for route in self.routes:
            flow = route.flow
            src, dst = layout.shapes[flow.source], layout.shapes[flow.target]
            if route.kind == "straight":
                points: tuple[Point, ...] = ((src.right, src.cy), (dst.x, dst.cy))
            elif route.kind == "z":
                xv = self.column_x[flow.target] - gap_before[flow.target] // 2
                points = ((src.right, src.cy), (xv, src.cy), (xv, dst.cy), (dst.x, dst.cy))
            elif route.kind == "bottom-l":
                points = ((src.cx, src.bottom), (src.cx, dst.cy), (dst.x, dst.cy))
            elif route.kind == "top-l":
                points = ((src.cx, src.y), (src.cx, dst.cy), (dst.x, dst.cy))
            else:
                points = self._channel(layout, route, exits, entries)
            layout.edges[flow.id] = points
            if flow.name:
                self._flow_label(layout, route, points, dst)

    def _channel(self, layout: Layout, route: _Route, exits: dict[str, int], entries: dict[str, int]) -> tuple[Point, ...]:
        flow = route.flow
        src, dst = layout.shapes[flow.source], layout.shapes[flow.target]
        j = entries.get(flow.target, 0)
        entries[flow.target] = j + 1
        x_in = dst.x + dst.w // 4 + 12 * j if self.by_id[flow.target].kind == "task" else dst.cx
        track_y = layout.lanes[route.lane].y + 12 + TRACK * route.track
        if route.kind == "right-channel":
            x_out = src.right + 20
            return ((src.right, src.cy), (x_out, src.cy), (x_out, track_y), (x_in, track_y), (x_in, dst.y))
        k = exits.get(flow.source, 0)
        exits[flow.source] = k + 1
        x_out = src.x + src.w * 3 // 4 - 12 * k if self.by_id[flow.source].kind == "task" else src.cx
        return ((x_out, src.y), (x_out, track_y), (x_in, track_y), (x_in, dst.y))

    @staticmethod
    def _flow_label(layout: Layout, route: _Route, points: tuple[Point, ...], dst: Box) -> None:
        flow = route.flow
        width = text_width(flow.name)
        (x0, y0), (x1, y1) = points[0], points[1]
        if route.kind == "right-channel":  # right of the short run before it turns up
            layout.labels[flow.id] = Box(x1 + 6, y0 - 6 - LINE_H, width, LINE_H)
        elif route.kind.endswith("-l"):  # above the horizontal run into the target
            layout.labels[flow.id] = Box(x0 + 6, dst.cy - 6 - LINE_H, width, LINE_H)
        elif y1 < y0:  # leaves upwards: label left of the vertical segment, away from the
            # label of the branch that leaves to the right
            layout.labels[flow.id] = Box(x0 - 8 - width, y0 - 8 - LINE_H, width, LINE_H)
        else:  # leaves to the right: label above the horizontal segment
            layout.labels[flow.id] = Box(x0 + 6, y0 - 6 - LINE_H, width, LINE_H)

    def _gateway_names(self, layout: Layout) -> None:
        """A line leaving a gateway downwards would cross its name: the name goes beside it."""
        for route in self.routes:
            if route.kind == "bottom-l":
                gateway = layout.shapes[route.flow.source]
                name = self.by_id[route.flow.source].name
                layout.labels[route.flow.source] = Box(
                    gateway.cx + 6, gateway.bottom + 5, 60, LINE_H * label_lines(name, 10)
                )
