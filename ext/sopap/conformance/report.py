"""The conformance matrix: SOP x implementation, from pytest's test reports.

Built only from :class:`pytest.TestReport` objects and their user properties
(set by the plugin at collection), never from pytest-bdd's cucumber JSON, so
it is the same under pytest-xdist, where reports travel from the workers to
the controller but pytest-bdd's own report stays empty.

Outputs (``--sop-report DIR``): ``kesesuaian.json`` (the data),
``kesesuaian.html`` (for people, self-contained), ``kesesuaian.md`` (the
table the handbook publishes) and, through pytest, ``junit.xml``. The
matrix itself is deterministic (no times, no paths, no case ids); the run's
facts (date, sopap version, protocol version, digest of the kit) are kept
apart under ``laporan``, so that the published page can leave them out.

Every finding names its SOP and step (for whole-case scenarios, the step
where the case diverged). Follow-on failures of the set-up ("persiapan
gagal: ...") are grouped under the first finding with the same cause.
"""

from __future__ import annotations

import hashlib
import json
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from sopap.util import atomic

FORMAT = "sopap-kesesuaian/1"
OUTCOMES = ("lulus", "gagal", "galat", "dilewati")
_RANK = {"lulus": 0, "dilewati": 1, "gagal": 2, "galat": 3}


@dataclass
class Result:
    """One scenario against one implementation."""

    implementasi: str
    sop: str
    fitur: str
    langkah: str
    jenis: str
    skenario: str
    hasil: str = "lulus"
    alasan: str = ""
    gagal_pada: str = ""
    #: False when the implementation had been given up on this SOP before the scenario began.
    dijalankan: bool = True
    #: True when a set-up completion was refused (a follow-on failure).
    persiapan: bool = False


def _first_line(text: str) -> str:
    for line in text.splitlines():
        line = line.strip()
        if line:
            for prefix in ("sopap.conformance.runtime.Nonconformity: ", "Nonconformity: ", "AssertionError: "):
                if line.startswith(prefix):
                    line = line[len(prefix):]
            return line
    return ""


def _reason(report: pytest.TestReport) -> str:
    longrepr = report.longrepr
    if longrepr is None:
        return ""
    if isinstance(longrepr, tuple):  # skipped: (path, line, reason)
        return _first_line(str(longrepr[2])).removeprefix("Skipped: ")
    crash = getattr(longrepr, "reprcrash", None)
    if crash is not None:
        return _first_line(crash.message)
    return _first_line(str(longrepr))


class Results:
    """Accumulates reports (all phases) into one :class:`Result` per item."""

    def __init__(self) -> None:
        self.items: dict[str, Result] = {}

    def add(self, report: pytest.TestReport) -> None:
        props = {k: v for k, v in report.user_properties if isinstance(k, str) and k.startswith("sopap:")}
        if "sopap:implementasi" not in props:
            return
        result = self.items.get(report.nodeid)
        if result is None:
            result = self.items[report.nodeid] = Result(
                implementasi=str(props["sopap:implementasi"]),
                sop=str(props.get("sopap:sop", "")),
                fitur=str(props.get("sopap:fitur", "")),
                langkah=str(props.get("sopap:langkah", "")),
                jenis=str(props.get("sopap:jenis", "")),
                skenario=str(props.get("sopap:skenario", "")),
            )
        if report.passed:
            return
        if report.skipped:
            outcome = "dilewati"
        elif report.when != "call" or props.get("sopap:hasil") == "galat":
            outcome = "galat"
        else:
            outcome = "gagal"
        if _RANK[outcome] > _RANK[result.hasil]:
            result.hasil = outcome
            result.alasan = str(props.get("sopap:alasan", "")) or _reason(report)
            result.gagal_pada = str(props.get("sopap:gagal-pada", ""))
            result.dijalankan = props.get("sopap:dijalankan") != "tidak"
            result.persiapan = props.get("sopap:persiapan") == "ya"
            if not result.langkah and props.get("sopap:langkah-gagal"):
                result.langkah = str(props["sopap:langkah-gagal"])  # where a whole case diverged


@dataclass
class Cell:
    sop: str
    implementasi: str
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(OUTCOMES, 0))
    temuan: list[Result] = field(default_factory=list)


def _step_key(result: Result) -> tuple:
    return (int(result.langkah) if result.langkah.isdigit() else -1, result.jenis, result.skenario)


def matrix(results: Iterable[Result], implementations: Sequence[str] = ()) -> dict[str, Any]:
    """The JSON-ready matrix; implementations keep the command-line order."""
    results = list(results)
    impls = list(dict.fromkeys([*implementations, *(r.implementasi for r in results)]))
    sops: dict[str, str] = {}
    for r in sorted(results, key=lambda r: r.sop):
        sops.setdefault(r.sop, r.fitur)
    cells: dict[tuple[str, str], Cell] = {(s, i): Cell(s, i) for s in sops for i in impls}
    for r in results:
        cell = cells[(r.sop, r.implementasi)]
        cell.counts[r.hasil] += 1
        if r.hasil != "lulus":
            cell.temuan.append(r)
    totals = {i: dict.fromkeys(OUTCOMES, 0) for i in impls}
    for (_, impl), cell in cells.items():
        for key in OUTCOMES:
            totals[impl][key] += cell.counts[key]
    return {
        "format": FORMAT,
        "implementasi": impls,
        "sop": [{"id": s, "fitur": sops[s]} for s in sops],
        "jumlah": totals,
        "sel": [
            {
                "sop": cell.sop,
                "implementasi": cell.implementasi,
                **cell.counts,
                "tidak_dijalankan": sum(1 for r in cell.temuan if not r.dijalankan),
                "temuan": _grouped(cell.temuan),
            }
            for cell in cells.values()
        ],
    }


def _finding(r: Result) -> dict[str, Any]:
    return {
        "sop": r.sop,
        "langkah": r.langkah,
        "jenis": r.jenis,
        "skenario": r.skenario,
        "hasil": r.hasil,
        "alasan": r.alasan,
        "gagal_pada": r.gagal_pada,
        "dijalankan": r.dijalankan,
    }


def _grouped(found: list[Result]) -> list[dict[str, Any]]:
    """Findings in step order; set-up failures with the same cause under the first of them."""
    out: list[dict[str, Any]] = []
    heads: dict[str, dict[str, Any]] = {}
    for r in sorted(found, key=_step_key):
        finding = _finding(r)
        if r.persiapan:
            head = heads.get(r.alasan)
            if head is not None:
                head["lanjutan"].append({k: finding[k] for k in ("langkah", "jenis", "skenario")})
                continue
            finding["lanjutan"] = []
            heads[r.alasan] = finding
        out.append(finding)
    return out


def all_findings(cell: dict[str, Any]) -> list[dict[str, Any]]:
    """A cell's findings with the grouped follow-ons spelled out (for counting and tests)."""
    out = []
    for t in cell["temuan"]:
        out.append(t)
        out.extend({**t, **follow, "lanjutan": []} for follow in t.get("lanjutan", ()))
    return out


def status(counts: dict[str, int]) -> str:
    """One word for a cell or a total: sesuai / tidak sesuai / galat / ..."""
    if counts["galat"]:
        return "galat"
    if counts["gagal"]:
        return "tidak sesuai"
    if counts["dilewati"]:
        return "sebagian diuji"
    if counts["lulus"]:
        return "sesuai"
    return "tidak diuji"


def cell_text(counts: dict[str, int]) -> str:
    parts = [f"{counts[k]} {k}" for k in OUTCOMES if counts[k] or k == "lulus"]
    return ", ".join(parts)


def _md(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("*", "\\*").replace("_", "\\_").replace("`", "\\`")


def _fraction(cell: dict[str, Any]) -> str:
    """``38/48``: passed of all, with errored, skipped and not run spelled out."""
    text = f"{cell['lulus']}/{sum(cell[k] for k in OUTCOMES)}"
    extra = [f"{cell[k]} {k}" for k in ("galat", "dilewati") if cell[k]]
    if cell.get("tidak_dijalankan"):
        extra.append(f"{cell['tidak_dijalankan']} tidak dijalankan")
    return text + (f" ({', '.join(extra)})" if extra else "")


def _kinds(found: list[dict[str, Any]]) -> str:
    kinds: dict[str, int] = {}
    for t in found:
        kinds[t["jenis"] or "lain"] = kinds.get(t["jenis"] or "lain", 0) + 1
    return ", ".join(f"`{k}` {n}" for k, n in sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0]))) or "-"


def to_markdown(data: dict[str, Any], *, level: int = 2, sop_links: bool = False, examples: int = 2) -> str:
    """MyST text of the matrix: summary, per-SOP table, example findings.

    ``sop_links`` writes SOP ids as ``{sop:sop}`` references (for the
    handbook); headings start at ``level``.
    """
    h = "#" * level
    impls = data["implementasi"]
    by = {(c["sop"], c["implementasi"]): c for c in data["sel"]}
    found = {i: [(c["sop"], t) for c in data["sel"] if c["implementasi"] == i for t in c["temuan"]] for i in impls}
    every = {i: [t for c in data["sel"] if c["implementasi"] == i for t in all_findings(c)] for i in impls}
    out = [f"{h} Ringkasan", ""]
    out.append("| Implementasi | Hasil | Lulus | Gagal | Galat | Dilewati | Ditangkap oleh skenario jenis |")
    out.append("|---|---|---|---|---|---|---|")
    for impl in impls:
        c = data["jumlah"][impl]
        out.append(
            f"| `{impl}` | {status(c)} | {c['lulus']} | {c['gagal']} | {c['galat']} | {c['dilewati']} | "
            f"{_kinds(every[impl]) if every[impl] else '-'} |"
        )
    out += ["", f"{h} Per SOP", ""]
    out.append(
        "Setiap sel: skenario lulus / jumlah skenario SOP itu; \"tidak dijalankan\" menghitung skenario yang "
        "tidak diuji karena implementasi sudah macet pada SOP itu. Kolom mutan ditulis tanpa awalan `mutan-`."
    )
    out.append("")
    out.append("| SOP | " + " | ".join(_md(i.removeprefix("mutan-")) for i in impls) + " |")
    out.append("|---|" + "---|" * len(impls))
    for sop in data["sop"]:
        label = f"{{sop:sop}}`{sop['id']} <{sop['id']}>`" if sop_links else f"`{sop['id']}`"
        cells = [_fraction(by[(sop["id"], i)]) for i in impls]
        out.append(f"| {label} | " + " | ".join(cells) + " |")
    out += ["", f"{h} Contoh temuan", ""]
    for impl in impls:
        if not found[impl]:
            continue
        out.append(f"- `{impl}`:")
        for sop, t in found[impl][:examples]:
            step = f" langkah {t['langkah']}" if t["langkah"] else ""
            more = f" (dan {len(t['lanjutan'])} skenario lain yang gagal pada persiapan yang sama)" if t.get("lanjutan") else ""
            out.append(f"  - `{sop}`{step}, *{_md(t['skenario'])}*: {_md(t['alasan'])}{more}")
    if not any(found.values()):
        out.append("Tidak ada temuan: semua skenario lulus.")
    return "\n".join(out).rstrip("\n") + "\n"


def to_html(data: dict[str, Any]) -> str:
    """The self-contained HTML report (Jinja2 with autoescape)."""
    from jinja2 import Environment, StrictUndefined

    env = Environment(autoescape=True, undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    source = resources.files("sopap.conformance").joinpath("templates/kesesuaian.html").read_text("utf-8")
    by = {(c["sop"], c["implementasi"]): c for c in data["sel"]}
    return env.from_string(source).render(data=data, by=by, status=status, cell_text=cell_text, outcomes=OUTCOMES)


def facts_line(facts: dict[str, Any]) -> str:
    """One line naming the run: date, sopap and protocol versions, kit digest."""
    return (
        f"Dibuat {facts['tanggal']} oleh sopap {facts['sopap']}, protokol {facts['protokol']}, "
        f"kit sha256 {facts['kit_sha256'][:16]}"
    )


def write_report(folder: Path, data: dict[str, Any]) -> None:
    folder = Path(folder)
    atomic.write_text(folder / "kesesuaian.json", json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    atomic.write_text(folder / "kesesuaian.html", to_html(data))
    head = "# Matriks kesesuaian\n\n"
    if "laporan" in data:
        head += facts_line(data["laporan"]) + ".\n\n"
    atomic.write_text(folder / "kesesuaian.md", head + to_markdown(data))


def kit_digest(folders: Iterable[Path]) -> str:
    """SHA-256 of the kits' features and ``sopap.json``: which kit a report is about."""
    digest = hashlib.sha256()
    for folder in sorted({Path(f).resolve() for f in folders}):
        for path in sorted([*folder.glob("*.feature"), folder / "sopap.json"]):
            if path.is_file():
                digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def run_facts(folders: Iterable[Path]) -> dict[str, Any]:
    from sopap.conformance.wire import PROTOCOL
    from sopap.version import __version__

    return {
        "tanggal": datetime.now().astimezone().isoformat(timespec="seconds"),
        "sopap": __version__,
        "protokol": PROTOCOL,
        "kit_sha256": kit_digest(folders),
    }


def junit_errors(path: Path) -> None:
    """Rewrite JUnit XML so that a scenario that errored (galat) is an ``<error>``, not a ``<failure>``."""
    try:
        tree = ET.parse(path)
    except (OSError, ET.ParseError):
        return
    changed = 0
    for case in tree.iter("testcase"):
        props = {p.get("name"): p.get("value") for p in case.iter("property")}
        failure = case.find("failure")
        if props.get("sopap:hasil") == "galat" and failure is not None:
            failure.tag = "error"
            changed += 1
    if not changed:
        return
    for suite in tree.iter("testsuite"):
        suite.set("failures", str(max(0, int(suite.get("failures", "0")) - changed)))
        suite.set("errors", str(int(suite.get("errors", "0")) + changed))
    atomic.write_bytes(path, ET.tostring(tree.getroot(), encoding="utf-8", xml_declaration=True))


class ReportPlugin:
    """Registered by the plugin when ``--sop-report`` is given (controller only)."""

    def __init__(self, folder: Path, implementations: Sequence[str]) -> None:
        self.folder = folder
        self.implementations = list(implementations)
        self.results = Results()
        self.data: dict[str, Any] | None = None
        self.kits: set[Path] = set()

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        self.results.add(report)
        if report.when == "call":
            self.kits.add(Path(report.fspath).parent)

    def pytest_sessionfinish(self, session: pytest.Session) -> None:
        self.data = matrix(self.results.items.values(), self.implementations)
        self.data["laporan"] = run_facts(Path(session.config.rootpath, kit) for kit in self.kits)
        write_report(self.folder, self.data)

    def pytest_terminal_summary(self, terminalreporter) -> None:
        if self.data is None:
            return
        terminalreporter.section("matriks kesesuaian sopap")
        for impl in self.data["implementasi"]:
            counts = self.data["jumlah"][impl]
            terminalreporter.write_line(f"{impl}: {status(counts)} ({cell_text(counts)})")
        terminalreporter.write_line(f"laporan: {self.folder / 'kesesuaian.html'}")
