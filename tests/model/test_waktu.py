from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from sopap.model.waktu import MENIT_MAKSIMUM, MENIT_PER_SATUAN, Waktu, WaktuError, parse_waktu


@pytest.mark.parametrize(
    ("text", "jumlah", "satuan"),
    [
        ("30 Menit", 30, "menit"),
        ("1 hari", 1, "hari"),
        ("2 Minggu", 2, "minggu"),
        ("12 HARI", 12, "hari"),
        ("1 Jam", 1, "jam"),
        ("1 bulan", 1, "bulan"),
        ("1,5 jam", 1.5, "jam"),
        ("3 hari kerja", 3, "hari"),
        ("  10 menit. ", 10, "menit"),
    ],
)
def test_parse(text, jumlah, satuan):
    assert parse_waktu(text) == Waktu(jumlah, satuan)


@pytest.mark.parametrize("text", ["", "menit", "30", "1100 202322", "3 tahun", "-1 hari", "0 menit", "2 Jam 1 Jam"])
def test_refuses(text):
    with pytest.raises(WaktuError):
        parse_waktu(text)


@pytest.mark.parametrize("text", ["121 bulan", "99999999999999999999999 jam", "1" * 400 + ".5 jam"])
def test_refuses_what_no_calendar_holds(text):
    """A typo'd amount (or one a float makes infinite) would overflow deadlines and timers."""
    assert parse_waktu("120 bulan").menit == MENIT_MAKSIMUM
    with pytest.raises(WaktuError, match=r"terlalu besar \(lebih dari 10 tahun kerja"):
        parse_waktu(text)
    with pytest.raises(WaktuError, match="terlalu besar"):
        Waktu(float("inf"), "menit")  # e.g. from a sopap/1 file written elsewhere


def test_message_is_indonesian_and_names_the_text():
    with pytest.raises(WaktuError, match="'sebentar' tidak dapat dibaca"):
        parse_waktu("sebentar")


def test_working_time_conversion():
    assert parse_waktu("30 menit").menit == 30
    assert parse_waktu("2 jam").menit == 120
    assert parse_waktu("1 hari").menit == 450  # 7,5 jam kerja
    assert parse_waktu("1 minggu").menit == 5 * 450
    assert parse_waktu("1 bulan").menit == 20 * 450


def test_display_and_iso():
    assert parse_waktu("30 menit").teks() == "30 Menit"
    assert parse_waktu("1,5 jam").teks() == "1,5 Jam"
    assert parse_waktu("1 hari").iso8601() == "PT450M"


satuan = st.sampled_from(sorted(MENIT_PER_SATUAN))
jumlah = st.one_of(st.integers(1, 10_000), st.decimals(min_value="0.1", max_value="999", places=1).map(float))


@given(jumlah, satuan, st.sampled_from([str.lower, str.upper, str.title]), st.sampled_from([" ", "  ", "\t"]))
def test_any_capitalisation_and_spacing_round_trips(j, s, case, space):
    assume(j * MENIT_PER_SATUAN[s] <= MENIT_MAKSIMUM)
    w = Waktu(j, s)
    text = case(f"{str(w.jumlah).replace('.', ',')}{space}{s}")
    assert parse_waktu(text) == w
    assert parse_waktu(w.teks()) == w


@given(jumlah, satuan)
def test_minutes_are_monotonic_in_amount(j, s):
    assume((j + 1) * MENIT_PER_SATUAN[s] <= MENIT_MAKSIMUM)
    assert Waktu(j, s).menit < Waktu(j + 1, s).menit
