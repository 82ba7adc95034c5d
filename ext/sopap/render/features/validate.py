"""Check a generated feature with the official Gherkin parser before writing.

Parsing alone would accept a file whose text was mangled into a different
structure (a description line read as a scenario, a cell split by a stray
pipe), so the parsed document is also compared with what was meant: the same
scenarios, in order, with the same steps and table shapes.
"""

from __future__ import annotations

from gherkin.errors import CompositeParserException, ParserException

from sopap.compat import read_gherkin
from sopap.render.features.gherkin import Feature, cell, line


class FeatureError(ValueError):
    """A generated feature is not what it should be; message in Indonesian."""


def validate(name: str, text: str, meant: Feature) -> None:
    """Raise :class:`FeatureError` unless ``text`` parses to ``meant``."""
    try:
        feature = read_gherkin(text)
    except (CompositeParserException, ParserException) as exc:
        raise FeatureError(f"{name}: Gherkin tidak sah menurut parser resmi: {exc}") from exc
    if feature is None or feature.language != "id":
        raise FeatureError(f"{name}: bukan fitur berbahasa Indonesia (# language: id)")
    parsed = feature.scenarios
    expected = meant.all_scenarios()
    titles = [s.name for s in parsed]
    if len(set(titles)) != len(titles):
        dup = sorted({t for t in titles if titles.count(t) > 1})
        raise FeatureError(f"{name}: judul skenario ganda: {'; '.join(dup)}")
    if titles != [line(s.title) for s in expected]:
        raise FeatureError(f"{name}: susunan skenario hasil parser berbeda dari yang dibuat")
    for got, want in zip(parsed, expected):
        if len(got.steps) != len(want.steps):
            raise FeatureError(f"{name}: skenario '{got.name}' kehilangan atau kelebihan langkah")
        for (text_read, got_rows), w in zip(got.steps, want.steps):
            if text_read != line(w.text):
                raise FeatureError(f"{name}: baris '{text_read}' tidak terbaca seperti yang dibuat")
            want_rows = [] if w.table is None else [w.table.header, *w.table.rows]
            if got_rows != [tuple(map(line, r)) for r in want_rows]:
                raise FeatureError(
                    f"{name}: tabel pada '{text_read}' terbaca berbeda (sel: {', '.join(cell(c) for r in want_rows for c in r)})"
                )
        want_rows = [] if want.examples is None else [want.examples.header, *want.examples.rows]
        if got.examples != [tuple(map(line, r)) for r in want_rows]:
            raise FeatureError(f"{name}: contoh skenario '{got.name}' terbaca berbeda")
