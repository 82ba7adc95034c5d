"""The scenarios of one SOP, from the model, in the fixed step vocabulary.

Per step (a Gherkin ``Aturan``, tagged ``@langkah-N``):

* ``@positif``: earlier steps done, the step is ready for its pelaksana, who
  completes it supplying the kelengkapan the case does not hold yet; it is
  accepted, its outputs exist, the history records it, and the next step is
  ready (or the case has ended). A decision gets one such scenario per branch
  (``@keputusan``) and one without a decision (``@keputusan-kosong``).
* ``@pelaksana-salah``: every other pelaksana of the SOP is refused
  (WRONG_ACTOR): one scenario outline, one row per role.
* ``@kelengkapan-kurang``: one per kelengkapan that must come from outside the
  case: without it the step is refused (MISSING_INPUT). Kelengkapan that an
  earlier step produces are checked through that step's outputs instead.
* ``@urutan-salah``: done before its predecessor, the step is refused
  (OUT_OF_ORDER) even with every kelengkapan supplied; the first step is
  refused when done twice.
* ``@waktu``: the deadline is the waktu after the step became ready on the
  test calendar, read after the clock has moved (so neither the start of
  the case nor "now" can stand in for it) and read again at the deadline;
  a completion exactly at it is recorded on time.
* ``@waktu-terlambat``: a completion one working minute after the deadline
  is accepted and recorded late.
* ``@waktu-kalender``: a step ready on Friday at 15.30 gets its deadline
  on the working calendar, across the weekend.

Per SOP, ``@kasus-lengkap``: one case from the first step to the last, and
one started with every outside document at once; ``@kasus-serentak``: two
live cases driven interleaved, with different documents (and, when the SOP
has a decision, different branches), each keeping its own state.

Every refusal scenario breaks exactly one rule, so each rule can be caught
on its own (see the mutants).
"""

from __future__ import annotations

from collections.abc import Sequence

from sopap.model.documents import normalize_dokumen
from sopap.model.documents import unique as _unique
from sopap.model.flow import is_back_edge
from sopap.model.paths import CaseFile, Route, case_file_after, main_path, outside_inputs, path_to, target
from sopap.model.sop import Langkah, Sop
from sopap.render.features.gherkin import Feature, Rule, Scenario, Step, Table, quoted

#: Tags naming the kind of a scenario (also the test names' suffixes).
KINDS = (
    "positif",
    "keputusan",
    "keputusan-kosong",
    "pelaksana-salah",
    "kelengkapan-kurang",
    "urutan-salah",
    "waktu",
    "waktu-terlambat",
    "waktu-kalender",
    "kasus-lengkap",
    "kasus-serentak",
)

#: Time scenarios start at a known point of the working week.
MONDAY = "jam uji maju ke Senin berikutnya pukul 08.00"
#: Late in the last working day of the week (a short time standard becomes
#: ready later still, so that it too runs over the weekend: see :func:`_late_friday`).
FRIDAY_LATE = ("Jumat", "15.30")


def _late_friday(minutes: float) -> str:
    """``15.30``, or for a standard of 30 minutes or less, half of it before 16.00."""
    if minutes > 30:
        return FRIDAY_LATE[1]
    before = max(1, int(minutes // 2))
    return f"15.{60 - before:02d}"
#: Working minutes the clock moves between a case's start and its set-up, so
#: that the start of the case and the moment a step becomes ready differ.
LEAD = 15


def _menit(minutes: float) -> str:
    if float(minutes).is_integer():
        return str(int(minutes))
    return f"{minutes:g}".replace(".", ",")


class _Builder:
    """Scenarios of one SOP; small helpers keep each scenario readable."""

    def __init__(self, sop: Sop) -> None:
        self.sop = sop
        self.order = [s.nomor for s in sop.langkah]
        # looked up for every scenario (the model's lookups walk its tuples)
        self._langkah = {s.nomor: s for s in sop.langkah}
        self._nama = {p.id: p.nama for p in sop.pelaksana}

    def langkah(self, nomor: int) -> Langkah:
        return self._langkah[nomor]

    # -- naming -------------------------------------------------------------

    def actor(self, step: Langkah) -> str:
        return self._nama[step.pelaksana]

    def other_actors(self, step: Langkah) -> list[str]:
        """Every other pelaksana of the SOP, in column order (names, each once)."""
        own = self.actor(step)
        return list(dict.fromkeys(p.nama for p in self.sop.pelaksana if p.id != step.pelaksana and p.nama != own))

    # -- steps --------------------------------------------------------------

    def done(self, path: Sequence[Route]) -> list[Step]:
        """Given: the completions of ``path`` happened (none when empty)."""
        if not path:
            return []
        numbers = [p.nomor for p in path]
        start = self.order.index(numbers[0])
        contiguous = numbers[0] == self.order[0] and numbers == self.order[start : start + len(numbers)]
        if contiguous and all(p.keputusan is None for p in path):
            if len(numbers) == 1:
                return [Step("given", f"langkah {numbers[0]} sudah selesai")]
            return [Step("given", f"langkah {numbers[0]} sampai {numbers[-1]} sudah selesai")]
        rows = tuple((str(p.nomor), p.keputusan or "") for p in path)
        return [Step("given", "langkah berikut sudah selesai:", Table(("langkah", "keputusan"), rows))]

    def complete(
        self, actor: str, step: Langkah, documents: Sequence[str] = (), keputusan: str | None = None, kind="when"
    ) -> Step:
        text = f"{quoted(actor)} menyelesaikan langkah {step.nomor}"
        if keputusan is not None:
            text += f" dengan keputusan {quoted(keputusan)}"
        if documents:
            return Step(kind, text + " beserta dokumen:", Table(("dokumen",), tuple((d,) for d in documents)))
        return Step(kind, text)

    def ready(self, nomor: int | None) -> Step:
        if nomor is None:
            return Step("then", "kasus selesai")
        return Step("then", f"langkah {nomor} siap untuk {quoted(self.actor(self.langkah(nomor)))}")

    def outputs(self, step: Langkah) -> list[Step]:
        if not step.output:
            return []
        rows = tuple((d,) for d in _unique(step.output))
        return [Step("then", f"output langkah {step.nomor} tersedia:", Table(("dokumen",), rows))]

    def refused(self, step: Langkah, reason: str) -> list[Step]:
        return [
            Step("then", f"langkah {step.nomor} ditolak dengan alasan {reason}"),
            Step("then", "kasus tidak berubah"),
        ]

    # -- scenarios per step -------------------------------------------------

    def rule(self, step: Langkah) -> Rule:
        path = path_to(self.sop, step.nomor)
        berkas = case_file_after(self.sop, path)
        supply = berkas.supply_for(step)
        decision = "ya" if step.keputusan else None
        scenarios: list[Scenario] = []
        comments: list[str] = []
        tags = (f"langkah-{step.nomor}",)
        n = step.nomor

        if step.cabang is None:
            scenarios.append(self.positive(step, path, supply, None))
        else:
            for keputusan in ("ya", "tidak"):
                scenarios.append(self.positive(step, path, supply, keputusan))
            scenarios.append(
                Scenario(
                    f"Langkah {n} ditolak tanpa keputusan",
                    ("keputusan-kosong",),
                    (*self.done(path), self.complete(self.actor(step), step, supply), *self.refused(step, "INVALID_DECISION")),
                )
            )

        others = self.other_actors(step)
        if not others:
            comments.append(f"Langkah {n}: SOP ini hanya memiliki satu pelaksana, jadi tidak ada pelaksana lain yang diuji.")
        else:
            scenarios.append(
                Scenario(
                    f"Langkah {n} ditolak bila dikerjakan pelaksana lain: <pelaksana>",
                    ("pelaksana-salah",),
                    (
                        *self.done(path),
                        self.complete("<pelaksana>", step, supply, decision),
                        *self.refused(step, "WRONG_ACTOR"),
                    ),
                    Table(("pelaksana",), tuple((o,) for o in others)),
                )
            )

        for missing in supply:
            rest = [d for d in supply if d != missing]
            scenarios.append(
                Scenario(
                    f"Langkah {n} ditolak tanpa kelengkapan {quoted(missing)}",
                    ("kelengkapan-kurang",),
                    (*self.done(path), self.complete(self.actor(step), step, rest, decision), *self.refused(step, "MISSING_INPUT")),
                )
            )
        internal = [d for d in step.kelengkapan if normalize_dokumen(d) not in {normalize_dokumen(s) for s in supply}]
        if internal:
            makers = self.makers(internal, path)
            comments.append(
                f"Langkah {n}: kelengkapan yang dibuat langkah sebelumnya ({'; '.join(internal)}) "
                f"diuji lewat output {makers}."
            )

        scenarios.append(self.out_of_order(step, path))
        if step.waktu is not None:
            scenarios.append(self.time(step, path, supply, decision))
            scenarios.append(self.late(step, path, supply, decision))
            scenarios.append(self.weekend(step, path, supply, decision))
        return Rule(
            f"Langkah {n} oleh {self.actor(step)}",
            tags,
            self.describe(step),
            tuple(scenarios),
            tuple(comments),
        )

    def makers(self, docs: Sequence[str], path: Sequence[Route]) -> str:
        wanted = {normalize_dokumen(d) for d in docs}
        numbers = []
        for item in path:
            made = {normalize_dokumen(d) for d in self.langkah(item.nomor).output}
            if made & wanted and item.nomor not in numbers:
                numbers.append(item.nomor)
        return "langkah " + ", ".join(str(x) for x in numbers) if numbers else "langkah sebelumnya"

    def describe(self, step: Langkah) -> tuple[str, ...]:
        lines = [f"Uraian: {step.ringkasan}"]
        lines.append("Kelengkapan: " + ("; ".join(step.kelengkapan) or "-"))
        lines.append("Output: " + ("; ".join(step.output) or "-"))
        lines.append("Waktu: " + (step.waktu.teks() if step.waktu else "-"))
        if step.cabang is not None:
            lines.append(f"Keputusan: ya ({step.cabang.ya.label}) ke langkah {step.cabang.ya.ke}; "
                         f"tidak ({step.cabang.tidak.label}) ke langkah {step.cabang.tidak.ke}")
        return tuple(lines)

    def positive(self, step: Langkah, path, supply, keputusan: str | None) -> Scenario:
        actor = self.actor(step)
        n = step.nomor
        steps = [*self.done(path), self.ready(n), self.complete(actor, step, supply, keputusan)]
        steps.append(Step("then", f"langkah {n} diterima"))
        steps.extend(self.outputs(step))
        steps.append(Step("then", f"riwayat mencatat langkah {n} oleh {quoted(actor)}"))
        if keputusan is None:
            nxt = step.berikutnya[0] if step.berikutnya else None
            title, tags = f"Langkah {n} dilaksanakan oleh {actor}", ("positif",)
        else:
            arah = step.cabang.ya if keputusan == "ya" else step.cabang.tidak
            nxt = arah.ke
            title = f"Langkah {n} dengan keputusan {quoted(keputusan)} ({arah.label}) berlanjut ke langkah {nxt}"
            tags = ("keputusan",)
        steps.append(self.ready(nxt))
        return Scenario(title, tags, tuple(steps))

    def out_of_order(self, step: Langkah, path: Sequence[Route]) -> Scenario:
        """Refused before its predecessor, with every kelengkapan in hand."""
        n = step.nomor
        decision = "ya" if step.keputusan else None
        everything = _unique(step.kelengkapan)
        if not path:  # the first step: done twice
            return Scenario(
                f"Langkah {n} ditolak bila diulang",
                ("urutan-salah",),
                (
                    *self.done([Route(n, decision)]),
                    self.complete(self.actor(step), step, everything, decision),
                    *self.refused(step, "OUT_OF_ORDER"),
                ),
            )
        before = path[-1].nomor
        return Scenario(
            f"Langkah {n} ditolak sebelum langkah {before} selesai",
            ("urutan-salah",),
            (
                *self.done(path[:-1]),
                self.complete(self.actor(step), step, everything, decision),
                *self.refused(step, "OUT_OF_ORDER"),
            ),
        )

    def deadline(self, step: Langkah) -> Step:
        menit = _menit(step.waktu.menit)
        return Step("then", f"batas waktu langkah {step.nomor} adalah {step.waktu.teks()} ({menit} menit kerja) sejak langkah itu siap")

    def done_on_time(self, step: Langkah, supply, keputusan: str | None, when: str) -> tuple[Step, ...]:
        actor = self.actor(step)
        return (
            self.complete(actor, step, supply, keputusan),
            Step("then", f"langkah {step.nomor} diterima"),
            Step("then", f"riwayat mencatat langkah {step.nomor} oleh {quoted(actor)} pada jam uji, {when}"),
        )

    def time(self, step: Langkah, path, supply, keputusan: str | None) -> Scenario:
        """Deadline from when the step became ready, read after the clock moved and at the deadline."""
        minutes = step.waktu.menit
        half = minutes // 2 if minutes >= 2 else minutes / 2
        steps = [Step("given", MONDAY), Step("given", "sebuah kasus baru dimulai")]
        if path:
            steps += [Step("given", f"jam uji maju {LEAD} menit kerja"), *self.done(path)]
        steps += [
            Step("when", f"jam uji maju {_menit(half)} menit kerja"),
            self.deadline(step),
            Step("when", f"jam uji maju {_menit(minutes - half)} menit kerja"),
            self.deadline(step),
            *self.done_on_time(step, supply, keputusan, "tepat waktu"),
        ]
        return Scenario(f"Langkah {step.nomor} memenuhi standar waktu {step.waktu.teks()}", ("waktu",), tuple(steps))

    def late(self, step: Langkah, path, supply, keputusan: str | None) -> Scenario:
        """A completion past the deadline is accepted and recorded late."""
        steps = (
            Step("given", MONDAY),
            Step("given", "sebuah kasus baru dimulai"),
            *self.done(path),
            Step("when", f"jam uji maju {_menit(step.waktu.menit + 1)} menit kerja"),
            *self.done_on_time(step, supply, keputusan, "terlambat"),
        )
        title = f"Langkah {step.nomor} yang selesai sesudah standar waktu {step.waktu.teks()} tercatat terlambat"
        return Scenario(title, ("waktu-terlambat",), steps)

    def weekend(self, step: Langkah, path, supply, keputusan: str | None) -> Scenario:
        """Ready late on a Friday: the deadline skips the evening and the weekend."""
        hari, jam = FRIDAY_LATE[0], _late_friday(step.waktu.menit)
        steps = (
            Step("given", f"jam uji maju ke {hari} berikutnya pukul {jam}"),
            Step("given", "sebuah kasus baru dimulai"),
            *self.done(path),
            self.deadline(step),
            Step("when", f"jam uji maju {_menit(step.waktu.menit)} menit kerja"),
            *self.done_on_time(step, supply, keputusan, "tepat waktu"),
        )
        title = (
            f"Langkah {step.nomor} yang siap {hari} pukul {jam} mendapat batas waktu {step.waktu.teks()} "
            "menurut kalender kerja"
        )
        return Scenario(title, ("waktu-kalender",), steps)

    # -- whole cases --------------------------------------------------------

    def whole_case(self, with_documents: bool) -> Scenario:
        path = main_path(self.sop)
        first, last = self.sop.langkah[0], self.sop.langkah[-1]
        steps: list[Step] = []
        awal = outside_inputs(self.sop) if with_documents else ()
        if with_documents:
            if awal:
                steps.append(Step("given", "sebuah kasus baru dimulai beserta dokumen:", Table(("dokumen",), tuple((d,) for d in awal))))
            else:
                steps.append(Step("given", "sebuah kasus baru dimulai"))
        berkas = CaseFile(awal)
        for item in path:
            step = self.langkah(item.nomor)
            supply = berkas.supply_for(step)
            berkas.complete(step, supply)
            steps.append(self.complete(self.actor(step), step, supply, item.keputusan))
            steps.append(Step("then", f"langkah {step.nomor} diterima"))
        steps.append(Step("then", "kasus selesai"))
        steps.extend(self.outputs(last))
        rows = tuple((str(item.nomor), self.actor(self.langkah(item.nomor))) for item in path)
        steps.append(Step("then", "riwayat kasus memuat:", Table(("langkah", "pelaksana"), rows)))
        if with_documents:
            title = f"Satu kasus dengan semua dokumen dari luar sejak awal, langkah {first.nomor} sampai {last.nomor}"
        else:
            title = f"Satu kasus berjalan dari langkah {first.nomor} sampai langkah {last.nomor}"
        return Scenario(title, ("kasus-lengkap",), tuple(steps))


    def walk(self, start: int | None) -> list[Route]:
        """Completions from ``start`` to the end, forward branch first at every decision."""
        routes: list[Route] = []
        nomor = start
        while nomor is not None and len(routes) <= 2 * len(self.order):
            step = self.langkah(nomor)
            choice = None
            if step.cabang is not None:
                choice = min(("ya", "tidak"), key=lambda c: is_back_edge(self.sop, nomor, target(step, c)))
            routes.append(Route(nomor, choice))
            nomor = target(step, choice)
        return routes

    def other_branch(self) -> list[Route]:
        """The whole case taking the other branch at the first decision (the main path without one)."""
        path = list(main_path(self.sop))
        for index, item in enumerate(path):
            if item.keputusan is not None:
                other = "tidak" if item.keputusan == "ya" else "ya"
                step = self.langkah(item.nomor)
                return [*path[:index], Route(item.nomor, other), *self.walk(target(step, other))]
        return path

    def concurrent(self) -> Scenario:
        """Two live cases, interleaved, with different documents (and branches): neither sees the other."""
        awal = outside_inputs(self.sop)
        paths = {"A": list(main_path(self.sop)), "B": self.other_branch()}
        files = {"A": CaseFile(awal), "B": CaseFile()}
        steps = [
            Step("given", 'kasus "A" dimulai beserta dokumen:', Table(("dokumen",), tuple((d,) for d in awal)))
            if awal
            else Step("given", 'kasus "A" dimulai'),
            Step("given", 'kasus "B" dimulai'),
        ]
        current, probed, turn = None, False, {"A": 0, "B": 0}
        while any(turn[name] < len(paths[name]) for name in paths):
            for name in ("A", "B"):
                if turn[name] >= len(paths[name]):
                    continue
                item = paths[name][turn[name]]
                turn[name] += 1
                if name != current:
                    steps.append(Step("when", f"kasus {quoted(name)} dilanjutkan"))
                    current = name
                step = self.langkah(item.nomor)
                supply = files[name].supply_for(step)
                if name == "B" and supply and not probed:  # what case A holds is not case B's
                    steps.append(self.complete(self.actor(step), step, (), item.keputusan))
                    steps.append(Step("then", f"langkah {step.nomor} ditolak dengan alasan MISSING_INPUT"))
                    probed = True
                steps.append(self.complete(self.actor(step), step, supply, item.keputusan))
                steps.append(Step("then", f"langkah {step.nomor} diterima"))
                files[name].complete(step, supply)
                following = paths[name][turn[name]].nomor if turn[name] < len(paths[name]) else None
                steps.append(self.ready(following))
        for name in ("A", "B"):
            if name != current:
                steps.append(Step("when", f"kasus {quoted(name)} dilanjutkan"))
                current = name
            rows = tuple((str(i.nomor), self.actor(self.langkah(i.nomor))) for i in paths[name])
            steps.append(Step("then", "riwayat kasus memuat:", Table(("langkah", "pelaksana"), rows)))
        title = "Dua kasus berjalan berselang-seling tanpa saling memengaruhi"
        if paths["A"] != paths["B"]:
            title += ", masing-masing dengan cabangnya"
        return Scenario(title, ("kasus-serentak",), tuple(steps))


def feature_of(sop: Sop) -> Feature:
    """The feature of one SOP: a pure function of the model."""
    b = _Builder(sop)
    header = (
        "sopap: fitur uji kesesuaian",
        f"Dibuat oleh `sopap features` dari SOP '{sop.id}'; jangan disunting: ubah sumber SOP lalu jalankan lagi.",
        "Jalankan: pytest features/ --sop-impl=reference   (lihat docs/kesesuaian.md)",
    )
    description = (
        f"SOP: {sop.nama}",
        f"Bidang: {sop.bidang}" if sop.bidang else "",
        "Pelaksana: " + "; ".join(f"{p.nama} ({p.id})" for p in sop.pelaksana),
        "Setiap aturan menguji satu langkah: pelaksana, kelengkapan, output, urutan dan waktu.",
    )
    return Feature(
        title=f"Kesesuaian SOP {sop.nama}",
        tags=(f"sop-{sop.id}",),
        header=header,
        description=description,
        background=(
            Step("given", f"SOP {quoted(sop.id)} terpasang"),
            Step("given", "sebuah kasus baru dimulai"),
        ),
        scenarios=(b.whole_case(False), b.whole_case(True), b.concurrent()),
        rules=tuple(b.rule(step) for step in sop.langkah),
    )
