"""conf.py settings of the monitoring: the office calendar and the share.

``sopap_calendar`` (a dict, every key optional)::

    sopap_calendar = {
        "jam_kerja": "07:30-16:00",          # or a list of periods
        "istirahat": "12:00-13:00",          # "" for none
        "hari_kerja": ["senin", "selasa", "rabu", "kamis", "jumat"],
        "zona_waktu": "Asia/Jakarta",
        "libur_nasional": True,              # from the holidays package
        "cuti_bersama_nasional": True,       # the package's cuti bersama
        "cuti_bersama": ["2025-12-24"],      # more days off
    }

``sopap_monitor_threshold``: the share of conforming cases (0-1) at which
an SOP is judged "Berjalan dengan baik" (default 0.9).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, time
from typing import Any
from zoneinfo import ZoneInfoNotFoundError

from sopap.errors import SopapError
from sopap.model.working_calendar import WorkingCalendar
from sopap.render.numbers import angka

AMBANG = 0.9
HARI = ("senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu")
KUNCI = ("jam_kerja", "istirahat", "hari_kerja", "zona_waktu", "libur_nasional", "cuti_bersama_nasional", "cuti_bersama")
_RENTANG = re.compile(r"^\s*(\d{1,2})[:.](\d{2})\s*-\s*(\d{1,2})[:.](\d{2})\s*$")


def _rentang(text: Any, where: str) -> tuple[time, time]:
    match = _RENTANG.match(str(text))
    if not match:
        raise SopapError(f"{where}: '{text}' bukan rentang jam seperti '07:30-16:00'")
    h1, m1, h2, m2 = (int(g) for g in match.groups())
    try:
        return time(h1, m1), time(h2, m2)
    except ValueError as exc:
        raise SopapError(f"{where}: '{text}' bukan rentang jam yang sah") from exc


def _periods(jam_kerja: Any, istirahat: Any) -> list[tuple[time, time]]:
    spans = jam_kerja if isinstance(jam_kerja, (list, tuple)) else [jam_kerja]
    periods = [_rentang(s, "sopap_calendar['jam_kerja']") for s in spans]
    if istirahat:
        rest_start, rest_end = _rentang(istirahat, "sopap_calendar['istirahat']")
        cut: list[tuple[time, time]] = []
        for a, b in periods:
            if rest_start < b and rest_end > a:
                cut += [(a, rest_start)] if a < rest_start else []
                cut += [(rest_end, b)] if rest_end < b else []
            else:
                cut.append((a, b))
        periods = cut
    return periods


def kalender(config: Mapping[str, Any] | None) -> WorkingCalendar:
    """The working calendar from ``sopap_calendar`` (None or {}: the default)."""
    config = dict(config or {})
    unknown = sorted(set(config) - set(KUNCI))
    if unknown:
        raise SopapError(
            f"sopap_calendar: kunci {', '.join(repr(k) for k in unknown)} tidak dikenal; "
            f"yang dikenal: {', '.join(KUNCI)}"
        )
    hari = config.get("hari_kerja", HARI[:5])
    try:
        weekdays = [HARI.index(str(h).strip().lower().replace("'", "")) for h in hari]
    except ValueError as exc:
        raise SopapError(f"sopap_calendar['hari_kerja']: pakai nama hari {', '.join(HARI)}") from exc
    days_off = []
    for text in config.get("cuti_bersama", ()):
        try:
            days_off.append(date.fromisoformat(str(text)))
        except ValueError as exc:
            raise SopapError(f"sopap_calendar['cuti_bersama']: '{text}' bukan tanggal seperti 2025-12-24") from exc
    try:
        return WorkingCalendar(
            periods=_periods(config.get("jam_kerja", "07:30-16:00"), config.get("istirahat", "12:00-13:00")),
            weekdays=weekdays,
            zone=str(config.get("zona_waktu", "Asia/Jakarta")),
            libur_nasional=bool(config.get("libur_nasional", True)),
            cuti_bersama_nasional=bool(config.get("cuti_bersama_nasional", True)),
            days_off=days_off,
        )
    except ZoneInfoNotFoundError as exc:
        raise SopapError(f"sopap_calendar['zona_waktu']: zona '{config.get('zona_waktu')}' tidak dikenal") from exc
    except ValueError as exc:
        raise SopapError(f"sopap_calendar: jam kerja tidak sah ({exc})") from exc


def ambang(value: Any) -> float:
    """``sopap_monitor_threshold`` checked: a share between 0 and 1."""
    try:
        share = float(value)
    except (TypeError, ValueError) as exc:
        raise SopapError(f"ambang '{value}' bukan angka; tulis bagian antara 0 dan 1, misalnya 0.9") from exc
    if not 0 <= share <= 1:
        raise SopapError(f"ambang {value} harus antara 0 dan 1 (0.9 berarti 90% kasus sesuai)")
    return share


def _jam(us: int) -> str:
    minutes = us // 60_000_000
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def uraian(calendar: WorkingCalendar) -> dict[str, Any]:
    """The calendar as the JSON report records it."""
    return {
        "jam_kerja": [f"{_jam(a)}-{_jam(b)}" for a, b in calendar.periods],
        "hari_kerja": [HARI[d] for d in sorted(calendar.weekdays)],
        "zona_waktu": str(calendar.zone.key),
        "libur_nasional": calendar.libur_nasional,
        "cuti_bersama_nasional": calendar.cuti_bersama_nasional,
        "cuti_bersama": sorted(d.isoformat() for d in calendar.extra_days_off),
        "menit_per_hari": calendar.minutes_per_day,
    }


def uraian_teks(calendar: WorkingCalendar) -> str:
    """One line for the forms: 'senin-jumat 07:30-12:00, 13:00-16:00 Asia/Jakarta, ...'."""
    info = uraian(calendar)
    days = info["hari_kerja"]
    span = f"{days[0]}-{days[-1]}" if len(days) > 1 and days == list(HARI[HARI.index(days[0]) : HARI.index(days[-1]) + 1]) else ", ".join(days)
    off = [name for name, on in (("libur nasional", info["libur_nasional"]), ("cuti bersama", info["cuti_bersama_nasional"])) if on]
    if info["cuti_bersama"]:
        off.append(f"{len(info['cuti_bersama'])} hari libur tambahan")
    text = f"{span} {', '.join(info['jam_kerja'])} {info['zona_waktu']}, 1 hari = {angka(info['menit_per_hari'])} menit kerja"
    if not off:
        return text
    return f"{text}; {', '.join(off[:-1]) + ' dan ' + off[-1] if len(off) > 1 else off[0]} tidak dihitung"
