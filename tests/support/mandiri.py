"""An independent implementation of the harness protocol, version 2: ``python mandiri.py MODE``.

Written from the documentation only (docs/kesesuaian.md, docs/kesesuaian-harness.md,
the JSON export's schema), the way a vendor's team would write it: it imports
nothing from sopap. ``MODE`` is ``benar`` (the correct twin) or one of the six
ways real case-management systems go wrong, each a small, plausible change of
the correct code:

* ``batas-dari-awal-kasus``   a deadline counts from the start of the case;
* ``batas-dari-sekarang``     a deadline counts from the moment it is asked for;
* ``pelaksana-daftar``        each step's allow-list also admits the previous step's role;
* ``terlambat-tepat-waktu``   a late completion is recorded as on time;
* ``dokumen-ditolak-tersimpan`` the attachments of a request are saved before it is checked;
* ``keadaan-per-sop``         the state of a case is kept per SOP, not per case.
"""

from __future__ import annotations

import json
import sys
from datetime import date, datetime, time, timedelta, timezone

WIB = timezone(timedelta(hours=7))
#: The test calendar of the documentation: Monday to Friday, 07.30-12.00 and 13.00-16.00 WIB.
PERIODS = ((timedelta(hours=7, minutes=30), timedelta(hours=12)), (timedelta(hours=13), timedelta(hours=16)))
UNIT = {"menit": 1, "jam": 60, "hari": 450, "minggu": 2250, "bulan": 9000}
ORDER = ("UNKNOWN_CASE", "UNKNOWN_STEP", "OUT_OF_ORDER", "WRONG_ACTOR", "MISSING_INPUT", "INVALID_DECISION")


def add_working(start: datetime, minutes: float) -> datetime:
    """The earliest instant at which ``minutes`` of office time have passed since ``start``."""
    left = timedelta(minutes=minutes)
    if not left:
        return start
    local = start.astimezone(WIB)
    day: date = local.date()
    clock = local - datetime.combine(day, time(), WIB)
    while True:
        if day.weekday() < 5:
            for begin, end in PERIODS:
                begin = max(begin, clock)
                if begin < end:
                    if left <= end - begin:
                        return datetime.combine(day, time(), WIB) + begin + left
                    left -= end - begin
        day += timedelta(days=1)
        clock = timedelta(0)


def norm(name: str) -> str:
    """Document names match after collapsing spaces, stripping " .,;:" at both ends, lower case."""
    return " ".join(name.split()).strip(" .,;:").lower()


class Sop:
    def __init__(self, raw: dict) -> None:
        self.id = raw["id"]
        self.roles = [p["id"] for p in raw["pelaksana"]]
        self.steps = {s["nomor"]: s for s in raw["langkah"]}
        self.first = raw["langkah"][0]["nomor"]

    def following(self, step: dict, decision: str | None) -> int | None:
        if step.get("cabang"):
            return step["cabang"][decision]["ke"]
        return step["berikutnya"][0] if step["berikutnya"] else None

    def minutes(self, step: dict) -> float | None:
        waktu = step.get("waktu")
        return None if waktu is None else waktu["jumlah"] * UNIT[waktu["satuan"]]


class Case:
    def __init__(self, case_id: str, sop: Sop, now: datetime, documents: list[str]) -> None:
        self.id, self.sop = case_id, sop
        self.ready: int | None = sop.first
        self.ready_at = self.started = now
        self.documents: dict[str, str] = {}
        self.outputs: list[dict] = []
        self.history: list[dict] = []
        self.keep(documents)

    def keep(self, names) -> None:
        for name in names:
            self.documents.setdefault(norm(name), name)


class Workflow:
    def __init__(self, mode: str) -> None:
        self.mode = mode
        self.sops: dict[str, Sop] = {}
        self.cases: dict[str, Case] = {}
        self.per_sop: dict[str, Case] = {}
        self.now = datetime(2025, 1, 6, 8, 0, tzinfo=WIB)
        self.count = 0

    def deadline(self, case: Case, step: dict) -> datetime | None:
        minutes = case.sop.minutes(step)
        if minutes is None:
            return None
        start = case.ready_at
        if self.mode == "batas-dari-awal-kasus":
            start = case.started
        elif self.mode == "batas-dari-sekarang":
            start = self.now
        return add_working(start, minutes)

    # -- commands ----------------------------------------------------------------

    def deploy(self, req: dict) -> dict:
        ids = []
        for raw in req["document"]["sops"]:
            self.sops[raw["id"]] = Sop(raw)
            ids.append(raw["id"])
        return {"sops": ids}

    def clock(self, req: dict) -> dict:
        self.now = datetime.fromisoformat(req["now"])
        return {"now": self.now.isoformat()}

    def start_case(self, req: dict) -> dict:
        sop = self.sops[req["sop_id"]]
        self.count += 1
        case_id = f"k{self.count}"
        if self.mode == "keadaan-per-sop":  # one record per process definition, reset by each new case
            case = self.per_sop[sop.id] = Case(case_id, sop, self.now, req.get("documents") or [])
        else:
            case = Case(case_id, sop, self.now, req.get("documents") or [])
        self.cases[case_id] = case
        return {"case_id": case_id}

    def _case(self, req: dict) -> Case:
        case = self.cases[req["case_id"]]
        return self.per_sop.get(case.sop.id, case) if self.mode == "keadaan-per-sop" else case

    def work_items(self, req: dict) -> list:
        case = self._case(req)
        if case.ready is None:
            return []
        step = case.sop.steps[case.ready]
        due = self.deadline(case, step)
        return [
            {"case_id": req["case_id"], "step": case.ready, "actor": step["pelaksana"], "deadline": due and due.isoformat()}
        ]

    def complete(self, req: dict) -> dict:
        if req["case_id"] not in self.cases:
            return refuse("UNKNOWN_CASE", "kasus tidak dikenal")
        case = self._case(req)
        nomor, actor = req["step"], req["actor"]
        carried = req.get("documents") or []
        decision = req.get("decision")
        if self.mode == "dokumen-ditolak-tersimpan":  # attachments saved first, the request checked after
            case.keep(carried)
        step = case.sop.steps.get(nomor)
        if step is None:
            return refuse("UNKNOWN_STEP", f"tidak ada langkah {nomor}")
        if case.ready != nomor:
            return refuse("OUT_OF_ORDER", f"langkah {nomor} belum siap")
        allowed = {step["pelaksana"]}
        if self.mode == "pelaksana-daftar" and nomor - 1 in case.sop.steps:
            allowed.add(case.sop.steps[nomor - 1]["pelaksana"])
        if actor not in allowed:
            return refuse("WRONG_ACTOR", f"langkah {nomor} milik {step['pelaksana']}")
        have = set(case.documents) | {norm(d) for d in carried}
        missing = [d for d in step["kelengkapan"] if norm(d) not in have]
        if missing:
            return refuse("MISSING_INPUT", "; ".join(missing))
        if step.get("cabang") and decision not in ("ya", "tidak"):
            return refuse("INVALID_DECISION", "pilih ya atau tidak")
        due = self.deadline(case, step)
        late = due is not None and self.now > due
        if self.mode == "terlambat-tepat-waktu":
            late = False
        case.keep(carried)
        case.keep(step["output"])
        case.outputs += [{"name": name, "step": nomor} for name in step["output"]]
        case.history.append(
            {
                "case_id": req["case_id"],
                "step": nomor,
                "actor": actor,
                "timestamp": self.now.isoformat(),
                "decision": decision if step.get("cabang") else None,
                "deadline": due and due.isoformat(),
                "late": late,
            }
        )
        case.ready = case.sop.following(step, decision)
        case.ready_at = self.now
        return {"accepted": True}

    def outputs(self, req: dict) -> list:
        return list(self._case(req).outputs)

    def history(self, req: dict) -> list:
        return list(self._case(req).history)

    def documents(self, req: dict) -> list:
        return list(self._case(req).documents.values())


def refuse(reason: str, message: str) -> dict:
    assert reason in ORDER
    return {"accepted": False, "reason": reason, "message": message}


def main() -> int:
    workflow = Workflow(sys.argv[1] if len(sys.argv) > 1 else "benar")
    for line in sys.stdin:
        if not line.strip():
            continue
        try:
            req = json.loads(line)
        except ValueError:
            print(json.dumps({"id": None, "ok": False, "error": {"kind": "bad_request", "message": "bukan JSON"}}), flush=True)
            continue
        rid, cmd = req.get("id"), req.get("cmd")
        if cmd == "start":
            result = {
                "protocol": 2,
                "implementation": {"name": f"mandiri-{workflow.mode}", "language": "python"},
                "capabilities": ["clock", "documents"],
            }
        elif cmd == "stop":
            print(json.dumps({"id": rid, "ok": True, "result": None}), flush=True)
            return 0
        else:
            try:
                result = getattr(workflow, cmd)(req)
            except KeyError as exc:
                answer = {"id": rid, "ok": False, "error": {"kind": "not_found", "message": f"tidak dikenal: {exc}"}}
                print(json.dumps(answer), flush=True)
                continue
        print(json.dumps({"id": rid, "ok": True, "result": result}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
