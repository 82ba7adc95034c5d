"""XES (IEEE 1849) event logs: read into the log's text columns, and write.

The mapping (also in ``docs/pemantauan.md``):

* trace ``concept:name``: the case (``kasus``);
* trace ``sopap:sop`` (a string attribute): the SOP id; an event may carry
  its own ``sopap:sop``, which wins;
* event ``concept:name``: the step number (``langkah``);
* event ``org:role``: the pelaksana id (``org:resource``, the person, is
  kept out: the SOP names roles);
* event ``time:timestamp``: when the transition happened;
* event ``lifecycle:transition``: ``start`` gives the ``mulai`` of the next
  ``complete`` of the same step in the trace; ``complete`` (or no
  transition) is the event's ``selesai``; other transitions are ignored;
* event ``sopap:keputusan``: ``ya``/``tidak`` for a decision step.

The row of an event is the line of its ``<event>`` element, so a message
names the line to look at. Parsing is streaming (``iterparse``), with
entity expansion and network access off.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterable, Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import IO

import polars as pl
from lxml import etree

from sopap.monitor.log import KOLOM_WAJIB, UnreadableLog

KUNCI_SOP = "sopap:sop"
KUNCI_KEPUTUSAN = "sopap:keputusan"
_COLUMNS = (*KOLOM_WAJIB, "keputusan", "baris")


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _attrs(element) -> dict[str, str]:
    """The element's own simple attributes: key -> value."""
    found: dict[str, str] = {}
    for child in element:
        if isinstance(child.tag, str) and _local(child.tag) in ("string", "date", "int", "float", "id", "boolean"):
            key = child.get("key")
            if key is not None and key not in found:
                found[key] = child.get("value", "")
    return found


def _open(path: Path) -> IO[bytes]:
    return gzip.open(path, "rb") if path.name.lower().endswith(".gz") else path.open("rb")


def _events(path: Path) -> Iterator[tuple[str, ...]]:
    """One text row per completed event: kasus, sop, langkah, pelaksana,
    mulai, selesai, keputusan, baris."""
    with _open(path) as handle:
        context = etree.iterparse(
            handle, events=("end",), resolve_entities=False, no_network=True, huge_tree=True, remove_comments=True
        )
        for _, element in context:
            if not isinstance(element.tag, str) or _local(element.tag) != "trace":
                continue
            yield from _trace(element)
            element.clear(keep_tail=False)
            parent = element.getparent()
            if parent is not None:
                while element.getprevious() is not None:
                    del parent[0]


def _trace(trace) -> Iterator[tuple[str, ...]]:
    info = _attrs(trace)
    kasus = info.get("concept:name", "")
    started: dict[str, list[str]] = {}
    for event in trace:
        if not isinstance(event.tag, str) or _local(event.tag) != "event":
            continue
        attrs = _attrs(event)
        step = attrs.get("concept:name", "")
        stamp = attrs.get("time:timestamp", "")
        transition = attrs.get("lifecycle:transition", "complete").strip().lower()
        if transition == "start":
            started.setdefault(step, []).append(stamp)
            continue
        if transition != "complete":
            continue
        waiting = started.get(step)
        mulai = waiting.pop(0) if waiting else ""
        yield (
            kasus,
            attrs.get(KUNCI_SOP, info.get(KUNCI_SOP, "")),
            step,
            attrs.get("org:role", ""),
            mulai,
            stamp,
            attrs.get(KUNCI_KEPUTUSAN, ""),
            str(event.sourceline or 0),
        )


def raw(path: Path) -> pl.LazyFrame:
    """The XES log as the text columns every reader gives (see :mod:`.log`)."""
    if not path.is_file():
        raise UnreadableLog(f"{path}: berkas tidak ada")
    try:
        rows = list(_events(path))
    except (etree.XMLSyntaxError, OSError, EOFError, gzip.BadGzipFile) as exc:
        raise UnreadableLog(f"{path}: bukan XES yang dapat dibaca ({str(exc).splitlines()[0] if str(exc) else type(exc).__name__})") from exc
    columns = {name: [r[i] for r in rows] for i, name in enumerate(_COLUMNS)}
    frame = pl.DataFrame(columns, schema={name: pl.String for name in _COLUMNS})
    return frame.with_columns(pl.col("baris").cast(pl.Int64)).lazy()


def _stamp(us: int | None) -> str:
    if us is None:
        return ""
    when = datetime.fromtimestamp(us // 1_000_000, timezone.utc).replace(microsecond=us % 1_000_000)
    return when.isoformat(timespec="milliseconds" if us % 1000 == 0 else "microseconds")


def write(rows: Iterable[dict], out: IO[bytes]) -> None:
    """Write events (dicts with the log's columns; times in microseconds
    since 1970 UTC, as :func:`sopap.monitor.log.validate` gives them) as
    XES, one trace per case in order of first appearance."""
    traces: dict[tuple[str, str], list[dict]] = {}
    for row in rows:
        traces.setdefault((row["kasus"], row["sop"]), []).append(row)
    root = etree.Element("log", nsmap=None)
    root.set("xes.version", "1849-2016")
    root.set("xes.features", "")
    for prefix, name, uri in (
        ("concept", "Concept", "http://www.xes-standard.org/concept.xesext"),
        ("time", "Time", "http://www.xes-standard.org/time.xesext"),
        ("org", "Organizational", "http://www.xes-standard.org/org.xesext"),
        ("lifecycle", "Lifecycle", "http://www.xes-standard.org/lifecycle.xesext"),
    ):
        etree.SubElement(root, "extension", name=name, prefix=prefix, uri=uri)
    for (kasus, sop), events in traces.items():
        trace = etree.SubElement(root, "trace")
        etree.SubElement(trace, "string", key="concept:name", value=kasus)
        etree.SubElement(trace, "string", key=KUNCI_SOP, value=sop)
        for row in sorted(events, key=lambda r: r["selesai"]):
            if row.get("mulai") is not None:
                _event(trace, row, "start", row["mulai"])
            _event(trace, row, "complete", row["selesai"])
    out.write(etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True))


def _event(trace, row: dict, transition: str, us: int) -> None:
    event = etree.SubElement(trace, "event")
    etree.SubElement(event, "string", key="concept:name", value=str(row["langkah"]))
    etree.SubElement(event, "string", key="org:role", value=row["pelaksana"])
    etree.SubElement(event, "date", key="time:timestamp", value=_stamp(us))
    etree.SubElement(event, "string", key="lifecycle:transition", value=transition)
    if transition == "complete" and row.get("keputusan"):
        etree.SubElement(event, "string", key=KUNCI_KEPUTUSAN, value=row["keputusan"])
