"""The scenarios of one SOP, from the model, in the fixed step vocabulary.

Per step (a Gherkin ``Aturan``, tagged ``@langkah-N``):

* ``@positif``: earlier steps done, the step is ready for its pelaksana, who
  completes it supplying the kelengkapan the case does not hold yet; it is
  accepted, its outputs exist, the history records it, and the next step is
  ready (or the case has ended). A decision gets one such scenario per branch
  (``@keputusan``) and one without a decision (``@keputusan-kosong``).
* ``@pelaksana-salah``: another pelaksana of the SOP is refused (WRONG_ACTOR).
* ``@kelengkapan-kurang``: one per kelengkapan that must come from outside the
  case: without it the step is refused (MISSING_INPUT). Kelengkapan that an
  earlier step produces are checked through that step's outputs instead.
* ``@urutan-salah``: done before its predecessor, the step is refused
  (OUT_OF_ORDER) even with every kelengkapan supplied; the first step is
  refused when done twice.
* ``@waktu``: the deadline is the waktu after the step became ready, and
  the history records completion at the suite's clock.

Per SOP, ``@kasus-lengkap``: one case from the first step to the last, and
one started with every outside document at once.

Every refusal scenario breaks exactly one rule, so each rule can be caught
on its own (see the mutants).
"""

from __future__ import annotations

from collections.abc import Sequence

from sopap.model.documents import normalize_dokumen
from sopap.model.documents import unique as _unique
from sopap.model.paths import CaseFile, Route, case_file_after, main_path, outside_inputs, path_to
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
    "kasus-lengkap",
)


def _menit(minutes: float) -> str:
    if float(minutes).is_integer():
        return str(int(minutes))
    return f"{minutes:g}".replace(".", ",")


class _Builder:
    """Scenarios of one SOP; small helpers keep each scenario readable."""

    def __init__(self, sop: Sop) -> None:
        self.sop = sop
        self.order = [s.nomor for s in sop.langkah]

    # -- naming -------------------------------------------------------------

    def actor(self, step: Langkah) -> str:
        return self.sop.pelaksana_by_id(step.pelaksana).nama

    def other_actor(self, step: Langkah) -> str | None:
        """Another pelaksana of the SOP: the first one in column order."""
        for p in self.sop.pelaksana:
            if p.id != step.pelaksana:
                return p.nama
        return None

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
        return Step("then", f"langkah {nomor} siap untuk {quoted(self.actor(self.sop.langkah_by_nomor(nomor)))}")

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

        other = self.other_actor(step)
        if other is None:
            comments.append(f"Langkah {n}: SOP ini hanya memiliki satu pelaksana, jadi tidak ada pelaksana lain yang diuji.")
        else:
            scenarios.append(
                Scenario(
                    f"Langkah {n} ditolak bila dikerjakan {other}",
                    ("pelaksana-salah",),
                    (*self.done(path), self.complete(other, step, supply, decision), *self.refused(step, "WRONG_ACTOR")),
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
            made = {normalize_dokumen(d) for d in self.sop.langkah_by_nomor(item.nomor).output}
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

    def time(self, step: Langkah, path, supply, keputusan: str | None) -> Scenario:
        actor = self.actor(step)
        n = step.nomor
        menit = _menit(step.waktu.menit)
        return Scenario(
            f"Langkah {n} memenuhi standar waktu {step.waktu.teks()}",
            ("waktu",),
            (
                *self.done(path),
                Step("then", f"batas waktu langkah {n} adalah {step.waktu.teks()} ({menit} menit kerja) sejak langkah itu siap"),
                Step("when", f"jam uji maju {menit} menit kerja"),
                self.complete(actor, step, supply, keputusan),
                Step("then", f"langkah {n} diterima"),
                Step("then", f"riwayat mencatat langkah {n} oleh {quoted(actor)} pada jam uji"),
            ),
        )

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
            step = self.sop.langkah_by_nomor(item.nomor)
            supply = berkas.supply_for(step)
            berkas.complete(step, supply)
            steps.append(self.complete(self.actor(step), step, supply, item.keputusan))
            steps.append(Step("then", f"langkah {step.nomor} diterima"))
        steps.append(Step("then", "kasus selesai"))
        steps.extend(self.outputs(last))
        rows = tuple((str(item.nomor), self.actor(self.sop.langkah_by_nomor(item.nomor))) for item in path)
        steps.append(Step("then", "riwayat kasus memuat:", Table(("langkah", "pelaksana"), rows)))
        if with_documents:
            title = f"Satu kasus dengan semua dokumen dari luar sejak awal, langkah {first.nomor} sampai {last.nomor}"
        else:
            title = f"Satu kasus berjalan dari langkah {first.nomor} sampai langkah {last.nomor}"
        return Scenario(title, ("kasus-lengkap",), tuple(steps))


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
        scenarios=(b.whole_case(False), b.whole_case(True)),
        rules=tuple(b.rule(step) for step in sop.langkah),
    )
