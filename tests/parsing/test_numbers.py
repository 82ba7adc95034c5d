"""The one reader of numbers in a source (sopap.util.digits), and every place
that reads a number with it, on any string at all (hypothesis).

Python's own ``str.isdigit()`` and ``int()`` accept superscripts, other
scripts' digits, signs, spaces and underscores, and raise on 4,300 digits;
a source's number is ASCII digits, at most nine, and anything else is a
problem with its line, never an exception.

Examples per test: ``SOPAP_CONTOH`` (default 25; ``SOPAP_CONTOH=2000`` for
a longer search).
"""

from __future__ import annotations

import os
import re

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from sopap.model.limits import LANGKAH_MAKSIMUM
from sopap.model.waktu import MENIT_MAKSIMUM, WaktuError, parse_waktu
from sopap.parsing.assemble import assemble
from sopap.parsing.fields import FieldError, parse_nomor
from sopap.parsing.raw import RawBlock
from sopap.util import digits
from support.raw_blocks import block, raw, step

CONTOH = settings(
    max_examples=int(os.environ.get("SOPAP_CONTOH", "25")) * 4,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

ASCII_NUMBER = re.compile(r"[0-9]{1,9}")

#: Strings an author (or a copy from a PDF) may put where a number goes: any
#: text, and digit-like text from every script, with signs, spaces, marks and
#: lengths around the limits.
DIGIT_LIKE = st.sampled_from(list("0123456789²³¹⁰٠١٢٣۴５６७८৯๒၃፫\u0660\uff10+-_., \t\u00a0\u2009e"))
NUMBER_TEXT = st.one_of(
    st.text(),
    st.text(DIGIT_LIKE, max_size=12),
    st.integers(min_value=0, max_value=10**12).map(str),
    st.builds(lambda n, pad: "9" * n + pad, st.integers(0, 6000), st.sampled_from(["", ".", " ", "²"])),
)


@CONTOH
@given(NUMBER_TEXT)
@example("²")
@example("٣")
@example("1_000")
@example("9" * 5000)
@example(" 12 ")
def test_read_int_takes_ascii_digits_only_and_never_raises(text):
    value = digits.read_int(text)
    if ASCII_NUMBER.fullmatch(text):
        assert value == int(text)
    else:
        assert value is None


@CONTOH
@given(NUMBER_TEXT)
@example("1,5")
@example("1." + "5" * 12)
@example("٣,٥")
def test_read_decimal_takes_ascii_digits_and_one_mark(text):
    value = digits.read_decimal(text)
    match = re.fullmatch(r"([0-9]{1,9})(?:[.,]([0-9]{1,9}))?", text)
    if match is None:
        assert value is None
    else:
        assert value == (int(text) if match.group(2) is None else float(text.replace(",", ".")))


@CONTOH
@given(NUMBER_TEXT)
@example("²")
@example("0")
@example("501")
@example("9" * 5000)
def test_a_step_number_is_one_to_the_limit_or_a_message(text):
    try:
        nomor = parse_nomor(text)
    except FieldError as exc:
        message = str(exc)
        assert "nomor langkah" in message and len(message) < 200  # never the whole 5,000 digits
        return
    assert 1 <= nomor <= LANGKAH_MAKSIMUM
    assert ASCII_NUMBER.fullmatch(text.strip().rstrip("."))


@CONTOH
@given(NUMBER_TEXT, st.sampled_from(["menit", "jam", "hari", "minggu", "bulan", "hari kerja", "abad", ""]))
@example("8" * 5000, "jam")
@example("1e400", "jam")
@example("²", "jam")
def test_a_waktu_is_a_bounded_amount_or_a_message(amount, unit):
    try:
        waktu = parse_waktu(f"{amount} {unit}")
    except WaktuError as exc:
        assert len(str(exc)) < 300
        return
    assert 0 < waktu.menit <= MENIT_MAKSIMUM
    assert re.fullmatch(r"\s*[0-9]+(?:[.,][0-9]+)?\s*", amount)


SLOTS = ("langkah", "ya", "berikutnya", "revisi", "paraf", "catatan", "waktu")


@CONTOH
@given(st.sampled_from(SLOTS), NUMBER_TEXT)
@example("langkah", "²")
@example("ya", "9" * 5000)
@example("revisi", "1" * 5000)
@example("paraf", "¹")
@example("catatan", "٢")
@example("waktu", "8" * 5000)
def test_any_string_in_any_number_slot_is_a_problem_with_its_line(slot, text):
    """The whole assembly, as the build runs it: no exception, and every
    problem points at a line of the source."""
    steps = [step(1, "kadis"), step(2), step(3)]
    notes: tuple[RawBlock, ...] = ()
    ident: dict[str, str] = {}
    paraf: list[RawBlock] = []
    if slot == "langkah":
        steps[1] = block(text, {"pelaksana": "jafung", "waktu": "1 hari", "output": "Dokumen 2"}, "Langkah 2", 120)
    elif slot in ("ya", "berikutnya"):
        extra = {"ya": text, "tidak": "3"} if slot == "ya" else {"berikutnya": text}
        steps[1] = step(2, **extra)
    elif slot == "waktu":
        steps[1] = step(2, waktu=text)
    elif slot == "revisi":
        ident["revisi"] = text
    elif slot == "paraf":
        paraf.append(block("Kabag Organisasi", {"nama": "A", "tanggal": "1 Mei 2024", "revisi": text}, line=60))
    elif slot == "catatan":
        notes = (block("koreksi", {"langkah": text, "medan": "waktu", "asli": "x"}, "Catatan.", line=200),)
    source = raw(*steps, notes=notes, **ident)
    source.paraf = paraf
    sop, problems = assemble(source)
    assert all(p.baris is not None for p in problems), problems
    assert all(len(p.pesan) < 600 for p in problems)
    if sop is not None:
        assert all(1 <= s.nomor <= LANGKAH_MAKSIMUM for s in sop.langkah)


@pytest.mark.parametrize("text", ["²", "٢", "２", "+2", "-2", "1_0", " 2", "2.0", "9" * 10])
def test_what_python_would_take_is_refused(text):
    assert digits.read_int(text) is None
