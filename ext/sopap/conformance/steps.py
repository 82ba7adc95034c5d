"""The one fixed step vocabulary of the conformance features (Indonesian).

Every generated feature uses only these sentences, whatever the SOP: the
SOP's content is in the arguments (step numbers, quoted pelaksana names,
tables of documents). Adding a sentence here is a change of the kit format;
the vocabulary is documented in ``docs/kesesuaian.md``.

Expected values come from the feature text (tables, names, minutes), so a
feature means what it says; only the set-up sentences ("langkah 1 sampai 4
sudah selesai") read the SOP from ``sopap.json`` to know who does each step
and what must be supplied.
"""

from __future__ import annotations

from datetime import time, timedelta

import pytest
from pytest_bdd import given, parsers, then, when

from sopap.conformance import clock as test_clock
from sopap.conformance.adapter import Reason
from sopap.conformance.kit import load_kit
from sopap.conformance.runtime import Nonconformity, Run, Scenario
from sopap.model.documents import normalize_dokumen
from sopap.model.paths import Route

NO_CLOCK = "implementasi tidak mengikuti jam uji; standar waktu tidak diuji"
NO_DOCUMENTS = "dokumen kasus sesudah penolakan yang membawa dokumen tidak dapat diperiksa"
_TOLERANCE = timedelta(seconds=1)


def _rows(datatable, column: str) -> list[str]:
    """Values of ``column`` in a table whose first row is the header."""
    if not datatable:
        return []
    header = [h.strip() for h in datatable[0]]
    if column not in header:
        raise ValueError(f"tabel tidak memiliki kolom '{column}' (kolom: {', '.join(header)})")
    index = header.index(column)
    return [row[index] for row in datatable[1:]]


def _needs_clock(kasus: Scenario) -> None:
    kasus.needs("clock", NO_CLOCK)


def _menit(text: str) -> float:
    return float(text.replace(",", "."))


def _format_minutes(minutes: float) -> str:
    return f"{minutes:+g}".lstrip("+").replace(".", ",")


@pytest.fixture
def sopap_kasus(request, sop_impl) -> Scenario:
    """The scenario's case against the implementation of this test item."""
    from sopap.conformance.plugin import feature_folder, run_for

    run: Run = run_for(request.config, sop_impl)
    return Scenario(run, load_kit(feature_folder(request)))


# -- Latar belakang and set-up (Jika) ---------------------------------------


@given(parsers.re(r'SOP "(?P<sop_id>[^"]+)" terpasang'))
def _(sopap_kasus: Scenario, sop_id: str) -> None:
    sopap_kasus.install(sop_id)


@given(parsers.re(r"sebuah kasus baru dimulai(?P<dengan> beserta dokumen:)?"))
def _(sopap_kasus: Scenario, datatable=None) -> None:
    sopap_kasus.start(_rows(datatable, "dokumen"))


@given(parsers.re(r'kasus "(?P<nama>[^"]+)" dimulai(?P<dengan> beserta dokumen:)?'))
def _(sopap_kasus: Scenario, nama: str, datatable=None) -> None:
    sopap_kasus.start(_rows(datatable, "dokumen"), nama)


@when(parsers.re(r'kasus "(?P<nama>[^"]+)" dilanjutkan'))
def _(sopap_kasus: Scenario, nama: str) -> None:
    sopap_kasus.switch(nama)


@given(parsers.re(r"langkah (?P<awal>\d+)(?: sampai (?P<akhir>\d+))? sudah selesai"))
def _(sopap_kasus: Scenario, awal: str, akhir: str | None) -> None:
    sop = sopap_kasus.need_sop()
    numbers = [s.nomor for s in sop.langkah]
    first, last = int(awal), int(akhir or awal)
    if first not in numbers or last not in numbers:
        raise ValueError(f"SOP '{sop.id}' tidak memiliki langkah {first} sampai {last}")
    chosen = numbers[numbers.index(first) : numbers.index(last) + 1]
    if any(sop.langkah_by_nomor(n).keputusan for n in chosen):
        raise ValueError("ada langkah keputusan di rentang ini: gunakan 'langkah berikut sudah selesai:' dengan tabel")
    sopap_kasus.complete_path([Route(n) for n in chosen])


@given(parsers.re(r"langkah berikut sudah selesai:"))
def _(sopap_kasus: Scenario, datatable=None) -> None:
    numbers = _rows(datatable, "langkah")
    decisions = _rows(datatable, "keputusan") if datatable and "keputusan" in datatable[0] else [""] * len(numbers)
    sopap_kasus.complete_path([Route(int(n), d.strip() or None) for n, d in zip(numbers, decisions)])


# -- actions (Ketika) ----------------------------------------------------------


@when(
    parsers.re(
        r'"(?P<pelaksana>.+)" menyelesaikan langkah (?P<nomor>\d+)'
        r'(?: dengan keputusan "(?P<keputusan>[^"]*)")?(?P<dengan> beserta dokumen:)?'
    )
)
def _(sopap_kasus: Scenario, pelaksana: str, nomor: str, keputusan: str | None, datatable=None) -> None:
    sopap_kasus.complete(int(nomor), sopap_kasus.actor_id(pelaksana), _rows(datatable, "dokumen"), keputusan)


@given(parsers.re(r"jam uji maju (?P<menit>\d+(?:,\d+)?) menit kerja"))
@when(parsers.re(r"jam uji maju (?P<menit>\d+(?:,\d+)?) menit kerja"))
def _(sopap_kasus: Scenario, menit: str) -> None:
    _needs_clock(sopap_kasus)
    sopap_kasus.clock.advance(_menit(menit))


_HARI = "|".join(test_clock.HARI)


@given(parsers.re(rf"jam uji maju ke (?P<hari>{_HARI}) berikutnya pukul (?P<jam>\d\d)\.(?P<menit>\d\d)"))
def _(sopap_kasus: Scenario, hari: str, jam: str, menit: str) -> None:
    _needs_clock(sopap_kasus)
    sopap_kasus.clock.advance_to(test_clock.HARI.index(hari), time(int(jam), int(menit)))


# -- checks (Maka) -------------------------------------------------------------


@then(parsers.re(r"langkah (?P<nomor>\d+) diterima"))
def _(sopap_kasus: Scenario, nomor: str) -> None:
    outcome = sopap_kasus.outcome_for(int(nomor))
    if not outcome.accepted:
        raise Nonconformity(
            f"langkah {nomor} ditolak ({outcome.reason.value}: {outcome.message}), padahal seharusnya diterima"
        )


@then(parsers.re(r"langkah (?P<nomor>\d+) ditolak dengan alasan (?P<alasan>[A-Z_]+)"))
def _(sopap_kasus: Scenario, nomor: str, alasan: str) -> None:
    expected = Reason(alasan)
    outcome = sopap_kasus.outcome_for(int(nomor))
    if outcome.accepted:
        raise Nonconformity(f"langkah {nomor} diterima, padahal seharusnya ditolak dengan alasan {expected.value}")
    if outcome.reason is not expected:
        raise Nonconformity(
            f"langkah {nomor} ditolak dengan alasan {outcome.reason.value} ({outcome.message}), "
            f"padahal seharusnya {expected.value}"
        )


@then("kasus tidak berubah")
def _(sopap_kasus: Scenario) -> None:
    if sopap_kasus.before is None:
        raise ValueError("'kasus tidak berubah' harus mengikuti sebuah penyelesaian langkah")
    after = sopap_kasus.snapshot()
    names = ("langkah yang siap", "riwayat", "output", "dokumen kasus")
    changed = [name for name, a, b in zip(names, sopap_kasus.before, after) if a != b]
    if changed:
        detail = ""
        if sopap_kasus.before[3] is not None and "dokumen kasus" in changed:
            held = {key for key, _ in sopap_kasus.before[3]}
            added = sorted({name for key, name in after[3] if key not in held})
            if added:
                detail = "; dokumen yang seharusnya tidak tersimpan: " + "; ".join(added)
        raise Nonconformity("penolakan tetap mengubah kasus: " + ", ".join(changed) + " berubah" + detail)
    if after[3] is None and sopap_kasus.state.carried:
        sopap_kasus.needs("documents", NO_DOCUMENTS)


@then(parsers.re(r'langkah (?P<nomor>\d+) siap untuk "(?P<pelaksana>.+)"'))
def _(sopap_kasus: Scenario, nomor: str, pelaksana: str) -> None:
    actor = sopap_kasus.actor_id(pelaksana)
    items = sopap_kasus.work_items()
    if [(i.step, i.actor) for i in items] != [(int(nomor), actor)]:
        raise Nonconformity(
            f"seharusnya hanya langkah {nomor} yang siap, untuk '{pelaksana}'; {sopap_kasus.describe_ready(items)}"
        )


@then("kasus selesai")
def _(sopap_kasus: Scenario) -> None:
    items = sopap_kasus.work_items()
    if items:
        raise Nonconformity(f"kasus seharusnya selesai, tetapi {sopap_kasus.describe_ready(items)}")


@then(parsers.re(r"output langkah (?P<nomor>\d+) tersedia:"))
def _(sopap_kasus: Scenario, nomor: str, datatable=None) -> None:
    outputs = sopap_kasus.outputs()
    made = {normalize_dokumen(d.name) for d in outputs if d.step == int(nomor)}
    missing = [d for d in _rows(datatable, "dokumen") if normalize_dokumen(d) not in made]
    if missing:
        raise Nonconformity(f"output langkah {nomor} tidak ada: " + "; ".join(missing))
    # an implementation that claims what it did not make: outputs of steps not done
    done = {entry.step for entry in sopap_kasus.history()}
    claimed = [d for d in outputs if d.step not in done]
    if claimed:
        shown = "; ".join(f"'{d.name}' (langkah {d.step})" for d in claimed)
        raise Nonconformity(f"output dilaporkan dari langkah yang belum diselesaikan: {shown}")


@then(
    parsers.re(
        r'riwayat mencatat langkah (?P<nomor>\d+) oleh "(?P<pelaksana>.+?)"(?P<jam> pada jam uji)?'
        r"(?:, (?P<tepat>tepat waktu|terlambat))?"
    )
)
def _(sopap_kasus: Scenario, nomor: str, pelaksana: str, jam, tepat) -> None:
    if jam or tepat:
        _needs_clock(sopap_kasus)
    sopap_kasus.focus = int(nomor)
    actor = sopap_kasus.actor_id(pelaksana)
    history = sopap_kasus.history()
    if not history:
        raise Nonconformity(f"riwayat kosong; seharusnya mencatat langkah {nomor}")
    last = history[-1]
    if (last.step, last.actor) != (int(nomor), actor):
        raise Nonconformity(
            f"riwayat terakhir mencatat langkah {last.step} oleh '{sopap_kasus.actor_name(last.actor)}', "
            f"bukan langkah {nomor} oleh '{pelaksana}'"
        )
    if last.case_id != sopap_kasus.need_case():
        raise Nonconformity(f"riwayat mencatat kasus '{last.case_id}', bukan '{sopap_kasus.need_case()}'")
    if jam:
        now = sopap_kasus.clock.now()
        if abs(last.timestamp - now) > _TOLERANCE:
            off = _format_minutes((last.timestamp - now).total_seconds() / 60)
            raise Nonconformity(f"riwayat mencatat langkah {nomor} {off} menit dari jam uji, bukan tepat pada jam uji")
    if tepat:
        _check_punctuality(sopap_kasus, int(nomor), last, tepat == "terlambat")


def _check_punctuality(kasus: Scenario, nomor: int, entry, late: bool) -> None:
    """The history carries the step's deadline and whether the completion came after it."""
    due = kasus.state.due
    if due is None:
        raise ValueError(f"langkah {nomor} tidak memiliki waktu: tepat waktu atau terlambat tidak berlaku")
    done = kasus.clock.now()
    since = test_clock.working_minutes
    if entry.deadline is None:
        raise Nonconformity(
            f"riwayat langkah {nomor} tidak mencatat batas waktunya; seharusnya "
            f"{_format_minutes(since(kasus.state.was_ready, due))} menit kerja sejak siap"
        )
    if abs(entry.deadline - due) > _TOLERANCE:
        raise Nonconformity(
            f"riwayat mencatat batas waktu langkah {nomor} {test_clock.shown(entry.deadline)}, "
            f"seharusnya {test_clock.shown(due)} ({_format_minutes(since(kasus.state.was_ready, due))} "
            "menit kerja sejak siap)"
        )
    if entry.late != late:
        after = _format_minutes(since(due, done)) if done > due else "0"
        expected, got = ("terlambat", "tepat waktu") if late else ("tepat waktu", "terlambat")
        raise Nonconformity(
            f"riwayat mencatat langkah {nomor} {got}, seharusnya {expected}: selesai {after} menit kerja "
            f"sesudah batas waktu ({test_clock.shown(done)}; batas waktu {test_clock.shown(due)})"
        )


@then("riwayat kasus memuat:")
def _(sopap_kasus: Scenario, datatable=None) -> None:
    expected = [
        (int(n), sopap_kasus.actor_id(p))
        for n, p in zip(_rows(datatable, "langkah"), _rows(datatable, "pelaksana"))
    ]
    got = [(e.step, e.actor) for e in sopap_kasus.history()]
    if got != expected:
        shown = ", ".join(f"{n} ({sopap_kasus.actor_name(a)})" for n, a in got) or "kosong"
        raise Nonconformity(f"riwayat kasus berbeda dari SOP; tercatat: {shown}")


@then(
    parsers.re(
        r"batas waktu langkah (?P<nomor>\d+) adalah .+ \((?P<menit>\d+(?:,\d+)?) menit kerja\) sejak langkah itu siap"
    )
)
def _(sopap_kasus: Scenario, nomor: str, menit: str) -> None:
    _needs_clock(sopap_kasus)
    sopap_kasus.focus = int(nomor)
    items = [i for i in sopap_kasus.work_items() if i.step == int(nomor)]
    if not items:
        raise Nonconformity(f"langkah {nomor} tidak siap; {sopap_kasus.describe_ready(sopap_kasus.work_items())}")
    deadline = items[0].deadline
    ready = sopap_kasus.ready_since
    expected = sopap_kasus.deadline_expected(_menit(menit))
    # Messages say working minutes since ready and weekday times, not dates:
    # the clock is shared by all scenarios of a run, so dates would depend on
    # the order they ran.
    if deadline is None:
        raise Nonconformity(f"langkah {nomor} tidak memiliki batas waktu; seharusnya {menit} menit kerja sejak siap")
    if abs(deadline - expected) > _TOLERANCE:
        got = _format_minutes(test_clock.working_minutes(ready, deadline))
        raise Nonconformity(
            f"batas waktu langkah {nomor} {test_clock.shown(deadline)} ({got} menit kerja sejak siap "
            f"{test_clock.shown(ready)}), seharusnya {test_clock.shown(expected)} ({menit} menit kerja)"
        )
