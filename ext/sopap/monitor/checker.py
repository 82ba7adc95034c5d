"""One case of an event log against its SOP's flow (pure).

The case's events are taken in the order of ``selesai``. Like the reference
engine (:mod:`sopap.conformance.engine`), a case holds one token: the first
step is ready at the start, completing a step makes its successor ready (for
a decision the target of ``ya`` or ``tidak``, which may lead back), and the
case has ended once a last step is done. Unlike the engine, which refuses a
wrong completion, a log records what happened: every event is taken, each
deviation becomes a finding (:class:`Temuan`), and the token follows what
was done so one slip is reported once:

* ``WRONG_ACTOR``: the event's pelaksana is not the step's;
* ``OUT_OF_ORDER``: the step was not ready: done before a step the flow puts
  before it (which comes later in the log), done again where the flow does
  not lead back, or done after the case ended;
* ``SKIPPED``: a step on the way to the one done was never done later;
* ``LATE``: more working minutes than the step's waktu from when it became
  ready (the previous completion; for the first event its ``mulai``) to its
  ``selesai``;
* ``UNKNOWN_STEP`` / ``UNKNOWN_SOP``: not in the corpus;
* ``UNFINISHED``: no last step reached (or a decision with no recorded
  outcome and nothing after it).

A decision without a ``keputusan`` value takes the branch that leads to the
next event's step.
"""

from __future__ import annotations

from collections import Counter, deque
from collections.abc import Sequence
from dataclasses import dataclass, field

from sopap.model.flow import is_back_edge
from sopap.model.sop import Sop
from sopap.render.numbers import durasi

KODE = ("WRONG_ACTOR", "OUT_OF_ORDER", "SKIPPED", "LATE", "UNKNOWN_STEP", "UNKNOWN_SOP", "UNFINISHED")
#: Indonesian name of each code, for the form and the analytics.
NAMA_KODE = {
    "WRONG_ACTOR": "pelaksana salah",
    "OUT_OF_ORDER": "urutan salah",
    "SKIPPED": "langkah dilewati",
    "LATE": "melebihi waktu baku",
    "UNKNOWN_STEP": "langkah tidak dikenal",
    "UNKNOWN_SOP": "SOP tidak dikenal",
    "UNFINISHED": "belum selesai",
}
#: Working minutes below which a difference is rounding, not lateness.
_EPS = 1e-6


@dataclass(frozen=True, slots=True)
class Finding:
    """One deviation of a case: code, step (None for the case) and message."""

    kode: str
    langkah: int | None
    pesan: str
    sumber: str = ""  # "berkas:baris" of the event, when there is one


@dataclass(slots=True)
class CaseResult:
    """The outcome of checking one case."""

    kasus: str
    sop: str
    temuan: list[Finding] = field(default_factory=list)
    selesai: int | None = None  # microseconds (UTC) of the end step's completion
    akhir: int | None = None  # microseconds of the last event
    siklus: float | None = None  # working minutes from the first ready instant to the end

    @property
    def sesuai(self) -> bool:
        return not self.temuan


class Alur:
    """An SOP's flow prepared for checking many cases quickly."""

    def __init__(self, sop: Sop) -> None:
        self.sop = sop
        self.first = sop.langkah[0].nomor
        self.pelaksana = {s.nomor: s.pelaksana for s in sop.langkah}
        self.menit = {s.nomor: (s.waktu.menit if s.waktu else None) for s in sop.langkah}
        self.waktu = {s.nomor: s.waktu for s in sop.langkah}
        self.cabang = {s.nomor: (s.cabang.ya.ke, s.cabang.tidak.ke) for s in sop.langkah if s.cabang}
        self.lanjut = {s.nomor: (s.berikutnya[0] if s.berikutnya else None) for s in sop.langkah}
        self._forward = {
            s.nomor: [n for n in s.berikutnya if n in self.pelaksana and not is_back_edge(sop, s.nomor, n)]
            for s in sop.langkah
        }
        self._paths: dict[tuple[int, int], tuple[int, ...] | None] = {}
        self.nama_pelaksana = {p.id: p.nama for p in sop.pelaksana}

    def path(self, start: int, goal: int) -> tuple[int, ...] | None:
        """Steps from ``start`` up to (not including) ``goal`` along forward
        arrows, by the shortest route; None when ``goal`` is not ahead."""
        key = (start, goal)
        if key not in self._paths:
            came: dict[int, int] = {}
            queue = deque([start])
            found = False
            while queue and not found:
                node = queue.popleft()
                for nxt in self._forward[node]:
                    if nxt not in came and nxt != start:
                        came[nxt] = node
                        if nxt == goal:
                            found = True
                            break
                        queue.append(nxt)
            if not found:
                self._paths[key] = None
            else:
                route = [came[goal]]
                while route[-1] != start:
                    route.append(came[route[-1]])
                self._paths[key] = tuple(reversed(route))
        return self._paths[key]

    def after(self, nomor: int, keputusan: str | None, next_step: int | None) -> tuple[int | None, bool]:
        """(the step ready after ``nomor``, whether its outcome is known)."""
        branches = self.cabang.get(nomor)
        if branches is None:
            return self.lanjut[nomor], True
        ya, tidak = branches
        if keputusan == "ya":
            return ya, True
        if keputusan == "tidak":
            return tidak, True
        if next_step is None:
            return None, False
        for target in (ya, tidak):
            if target == next_step:
                return target, True
        for target in (ya, tidak):
            if self.path(target, next_step) is not None:
                return target, True
        return ya, True


def check_unknown_sop(kasus: str, sop_id: str, sumber: str) -> CaseResult:
    pesan = f"SOP '{sop_id}' tidak ada di korpus; periksa kolom 'sop' (id SOP seperti di ekspor JSON)"
    return CaseResult(kasus, sop_id, [Finding("UNKNOWN_SOP", None, pesan, sumber)])


def check(
    alur: Alur,
    kasus: str,
    langkah: Sequence[int],
    pelaksana: Sequence[str],
    mulai: Sequence[float | None],
    selesai: Sequence[float],
    keputusan: Sequence[str | None],
    sumber: Sequence[str],
    selesai_us: Sequence[int],
) -> CaseResult:
    """Check one case; sequences are its events in order of ``selesai``
    (clock readings in working minutes, ``selesai_us`` real time)."""
    hasil = CaseResult(kasus, alur.sop.id, akhir=selesai_us[-1] if selesai_us else None)
    temuan = hasil.temuan
    owed: dict[int, int] = {}  # steps done late after a jump over them
    ready: int | None = alur.first
    known = True
    previous: float | None = None
    start: float | None = mulai[0] if mulai else None
    count = len(langkah)
    steps = alur.pelaksana
    for i in range(count):
        step = langkah[i]
        expected = steps.get(step)
        if expected is None:
            temuan.append(Finding("UNKNOWN_STEP", step, f"SOP '{alur.sop.id}' tidak memiliki langkah {step}", sumber[i]))
            continue
        actor = pelaksana[i]
        if actor != expected:
            temuan.append(_wrong_actor(alur, step, actor, expected, sumber[i]))
        if start is None:
            start = selesai[i]
        if owed and owed.get(step):
            owed[step] -= 1
            previous = selesai[i]
            continue
        in_flow = True
        if ready is None or not known:
            pesan = (
                f"langkah {step} dikerjakan sesudah kasus selesai"
                if known
                else f"langkah {step} dikerjakan sesudah keputusan yang tidak tercatat"
            )
            temuan.append(Finding("OUT_OF_ORDER", step, pesan, sumber[i]))
            previous = selesai[i]
            continue  # an ended case stays ended
        if step != ready:
            in_flow = _jump(alur, hasil, ready, step, langkah[:i], langkah[i + 1 :], owed, sumber[i])
        limit = alur.menit[step]
        if in_flow and limit is not None:
            ready_at = previous if previous is not None else mulai[i]
            if ready_at is not None and selesai[i] - ready_at > limit + _EPS:
                temuan.append(_late(alur, step, selesai[i] - ready_at, sumber[i]))
        if step in alur.cabang:
            ready, known = alur.after(step, keputusan[i], langkah[i + 1] if i + 1 < count else None)
        else:
            ready = alur.lanjut[step]
        previous = selesai[i]
    if ready is not None or not known:
        pesan = (
            f"kasus belum selesai: langkah {ready} belum dikerjakan"
            if known
            else "kasus belum selesai: keputusan langkah terakhir tidak tercatat"
        )
        temuan.append(Finding("UNFINISHED", ready, pesan))
    elif count:
        hasil.selesai = selesai_us[-1]
        if start is not None and previous is not None:
            hasil.siklus = previous - start
    return hasil


def _wrong_actor(alur: Alur, step: int, actor: str, expected: str, sumber: str) -> Finding:
    nama = alur.nama_pelaksana.get(expected, expected)
    if actor in alur.nama_pelaksana:
        pesan = f"langkah {step} dikerjakan oleh '{actor}', seharusnya '{expected}' ({nama})"
    else:
        pesan = f"langkah {step} dikerjakan oleh '{actor}', yang bukan pelaksana SOP ini; seharusnya '{expected}' ({nama})"
    return Finding("WRONG_ACTOR", step, pesan, sumber)


def _jump(alur: Alur, hasil: CaseResult, ready: int, step: int, before, after, owed: dict, sumber: str) -> bool:
    """A step that was not the ready one; True when it counts as ready (a
    skip). ``before``/``after``: the case's steps before and after it."""
    route = alur.path(ready, step)
    if route is None:
        if step in before:
            pesan = f"langkah {step} dikerjakan lagi, padahal alur tidak kembali ke langkah itu (yang siap langkah {ready})"
        else:
            pesan = f"langkah {step} dikerjakan, padahal yang siap langkah {ready} dan alur tidak menuju ke sana"
        hasil.temuan.append(Finding("OUT_OF_ORDER", step, pesan, sumber))
        return False
    remaining = Counter(after)
    later = [m for m in route if remaining[m] > owed.get(m, 0)]
    if later:
        names = ", ".join(str(m) for m in later)
        pesan = f"langkah {step} dikerjakan sebelum langkah {names} yang menurut alur mendahuluinya"
        hasil.temuan.append(Finding("OUT_OF_ORDER", step, pesan, sumber))
        for m in later:
            owed[m] = owed.get(m, 0) + 1
    for m in route:
        if m not in later:
            pesan = f"langkah {m} tidak pernah dikerjakan, padahal langkah {step} sesudahnya dikerjakan"
            hasil.temuan.append(Finding("SKIPPED", m, pesan, sumber))
    return not later


def _late(alur: Alur, step: int, total: float, sumber: str) -> Finding:
    waktu = alur.waktu[step]
    pesan = f"langkah {step} selesai dalam {durasi(total)} kerja, melebihi waktu baku {waktu.teks()}"
    return Finding("LATE", step, pesan, sumber)
