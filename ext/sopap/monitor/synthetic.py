"""Synthetic event logs with known deviations (tests and benchmarks).

Each case walks its SOP's main path on the working calendar, with every
step taking part of its time standard, so a case without an injected
deviation conforms. A case may be given one deviation; the code the checker
must report is recorded with it. Decisions take ``tidak`` once in some cases
(a loop back), which is not a deviation.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from sopap.model.paths import Route, main_path, target
from sopap.model.sop import Corpus, Sop
from sopap.model.working_calendar import WorkingCalendar

#: The injectable deviations (UNKNOWN_SOP changes the case's SOP id).
PENYIMPANGAN = ("WRONG_ACTOR", "OUT_OF_ORDER", "SKIPPED", "LATE", "UNKNOWN_STEP", "UNKNOWN_SOP", "UNFINISHED")
SOP_TIDAK_ADA = "sop-tidak-ada"
_START = datetime(2025, 1, 2, 7, 30, tzinfo=timezone(timedelta(hours=7)))


@dataclass
class Langkah:
    """One planned event: step, actor, decision and working minutes."""

    nomor: int
    pelaksana: str
    keputusan: str | None
    tunggu: int
    kerja: int


@dataclass
class Kasus:
    kasus: str
    sop: str
    kode: str | None  # the injected deviation, None for a conforming case
    rows: list[dict] = field(default_factory=list)


def _plan(sop: Sop, rng: random.Random, loop: bool) -> list[Langkah]:
    steps = list(main_path(sop))
    decision = next((i for i, s in enumerate(steps) if s.keputusan is not None), None)
    if loop and decision is not None:
        # take the other branch once when it leads back, then walk to the decision again
        item = steps[decision]
        other = "tidak" if item.keputusan == "ya" else "ya"
        back = target(sop.langkah_by_nomor(item.nomor), other)
        earlier = [i for i, s in enumerate(steps[:decision]) if s.nomor == back]
        if earlier:
            steps[decision:decision] = [Route(item.nomor, other), *steps[earlier[0] : decision]]
    plan = []
    for item in steps:
        step = sop.langkah_by_nomor(item.nomor)
        limit = int(step.waktu.menit) if step.waktu else 60
        total = max(2, int(limit * rng.uniform(0.1, 0.7)))
        tunggu = rng.randint(0, total // 2) if rng.random() < 0.5 else -1
        plan.append(Langkah(step.nomor, step.pelaksana, item.keputusan, tunggu, total - max(tunggu, 0)))
    return plan


def _deviate(sop: Sop, plan: list[Langkah], kode: str, rng: random.Random) -> list[Langkah] | None:
    """The plan with the deviation, or None when this plan has no room for it."""
    if kode == "UNKNOWN_SOP":
        return plan
    room = [
        i
        for i in range(1, len(plan) - 2)
        if plan[i].keputusan is None
        and plan[i + 1].keputusan is None
        and plan[i].nomor != plan[i + 1].nomor
        and (kode != "LATE" or sop.langkah_by_nomor(plan[i].nomor).waktu is not None)
    ]
    if not room:
        return None
    middle = rng.choice(room)
    if kode == "WRONG_ACTOR":
        others = [p.id for p in sop.pelaksana if p.id != plan[middle].pelaksana]
        plan[middle].pelaksana = rng.choice(others)
    elif kode == "OUT_OF_ORDER":
        plan[middle], plan[middle + 1] = plan[middle + 1], plan[middle]
    elif kode == "SKIPPED":
        del plan[middle]
    elif kode == "LATE":
        step = sop.langkah_by_nomor(plan[middle].nomor)
        limit = int(step.waktu.menit)
        plan[middle].tunggu = -1
        plan[middle].kerja = limit + 1 + limit // 2
    elif kode == "UNKNOWN_STEP":
        plan.insert(middle, Langkah(900 + middle, plan[middle].pelaksana, None, -1, 1))
    elif kode == "UNFINISHED":
        del plan[middle:]
    return plan


def kasus(
    sop: Sop, nomor: int, calendar: WorkingCalendar, rng: random.Random, kode: str | None, start: datetime
) -> Kasus:
    """One case of ``sop`` starting at ``start``, with the deviation ``kode``."""
    plan = _plan(sop, rng, loop=rng.random() < 0.3)
    if kode is not None:
        changed = _deviate(sop, plan, kode, rng)
        if changed is None:
            kode = None
        else:
            plan = changed
    case = Kasus(f"{sop.id}-{nomor:07d}", SOP_TIDAK_ADA if kode == "UNKNOWN_SOP" else sop.id, kode)
    ready = calendar.next_working(start)
    for step in plan:
        mulai = calendar.add(ready, step.tunggu) if step.tunggu >= 0 else None
        selesai = calendar.add(mulai or ready, step.kerja)
        case.rows.append(
            {
                "kasus": case.kasus,
                "sop": case.sop,
                "langkah": step.nomor,
                "pelaksana": step.pelaksana,
                "mulai": mulai,
                "selesai": selesai,
                "keputusan": step.keputusan,
            }
        )
        ready = selesai
    return case


def log(
    corpus: Corpus,
    events: int,
    calendar: WorkingCalendar,
    *,
    share_deviating: float = 0.2,
    seed: int = 20,
) -> list[Kasus]:
    """Cases over ``corpus`` with about ``events`` events in total."""
    rng = random.Random(seed)
    sops = [s for s in corpus.sops if len(s.langkah) >= 4]
    cases: list[Kasus] = []
    total = 0
    while total < events:
        sop = sops[len(cases) % len(sops)]
        kode = rng.choice(PENYIMPANGAN) if rng.random() < share_deviating else None
        start = _START + timedelta(minutes=rng.randrange(0, 60 * 24 * 360))
        case = kasus(sop, len(cases), calendar, rng, kode, start)
        cases.append(case)
        total += len(case.rows)
    return cases


def csv_text(cases: list[Kasus], rng: random.Random | None = None) -> str:
    """The cases as a CSV log, rows shuffled when ``rng`` is given."""
    rows = [row for case in cases for row in case.rows]
    if rng is not None:
        rng.shuffle(rows)
    lines = ["kasus,sop,langkah,pelaksana,mulai,selesai,keputusan"]
    for r in rows:
        mulai = r["mulai"].isoformat() if r["mulai"] else ""
        lines.append(
            f"{r['kasus']},{r['sop']},{r['langkah']},{r['pelaksana']},{mulai},{r['selesai'].isoformat()},{r['keputusan'] or ''}"
        )
    return "\n".join(lines) + "\n"
