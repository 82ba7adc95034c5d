"""A small Gherkin document model and its text form (Indonesian dialect).

Text from SOP sources lands in step lines, table cells, titles and
descriptions; each place has its own escaping rule, applied here so the
scenario builder never thinks about it: a pipe or a backslash in a cell is
escaped, a newline becomes a space in a line, and a description line is
prefixed so it can never read as a keyword.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Literal, NamedTuple

Kind = Literal["given", "when", "then"]

#: Keywords of the ``id`` dialect (gherkin-languages.json): ``Jika`` is a
#: Given keyword, ``Ketika`` When, ``Maka`` Then, ``Dan`` And.
KEYWORD: dict[str, str] = {"given": "Jika", "when": "Ketika", "then": "Maka", "and": "Dan"}
FEATURE, BACKGROUND, RULE, SCENARIO = "Fitur", "Latar Belakang", "Aturan", "Skenario"
#: A scenario run once per row of its examples (``<kolom>`` in its lines).
OUTLINE, EXAMPLES = "Skenario konsep", "Contoh"


# line and cell keep their results: a kit repeats its texts (names,
# documents, step lines) across its 3 million lines at city scale
@functools.lru_cache(maxsize=1 << 17)
def line(text: str) -> str:
    """One line of text: runs of whitespace (newlines too) become one space
    (``str.split`` splits on exactly what ``\\s`` matches)."""
    return " ".join(text.split())


def quoted(text: str) -> str:
    """A value inside double quotes in a step line."""
    return '"' + line(text) + '"'


@functools.lru_cache(maxsize=1 << 17)
def cell(text: str) -> str:
    """A table cell value, escaped as the Gherkin grammar requires."""
    return line(text).replace("\\", "\\\\").replace("|", "\\|")


def tag(text: str) -> str:
    """A tag name from free text: no spaces or characters tags cannot hold."""
    return "@" + re.sub(r"[^\w.-]+", "-", text.strip()).strip("-")


# Tables, steps and scenarios are made by the hundred thousand at city
# scale: named tuples (immutable like the frozen dataclasses below, and
# several times quicker to make).
class Table(NamedTuple):
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]

    def lines(self) -> list[str]:
        grid = [[cell(c) for c in self.header], *[[cell(c) for c in row] for row in self.rows]]
        widths = [max(len(r[i]) for r in grid) for i in range(len(self.header))]
        return ["| " + " | ".join(c.ljust(w) for c, w in zip(r, widths)) + " |" for r in grid]


class Step(NamedTuple):
    kind: Kind
    text: str
    table: Table | None = None


class Scenario(NamedTuple):
    title: str
    tags: tuple[str, ...]
    steps: tuple[Step, ...]
    #: Rows of an outline (``Skenario konsep``): the scenario runs once per row.
    examples: Table | None = None


@dataclass(frozen=True)
class Rule:
    title: str
    tags: tuple[str, ...]
    description: tuple[str, ...]
    scenarios: tuple[Scenario, ...]
    #: Comment lines shown above the rule (why a scenario kind is absent).
    comments: tuple[str, ...] = ()


@dataclass(frozen=True)
class Feature:
    title: str
    tags: tuple[str, ...]
    header: tuple[str, ...]  # comment lines after the language line
    description: tuple[str, ...]
    background: tuple[Step, ...]
    scenarios: tuple[Scenario, ...] = ()
    rules: tuple[Rule, ...] = field(default=())

    def all_scenarios(self) -> list[Scenario]:
        return [*self.scenarios, *(s for r in self.rules for s in r.scenarios)]


def _steps(steps: tuple[Step, ...], indent: str) -> list[str]:
    out: list[str] = []
    previous: str | None = None
    for step in steps:
        keyword = KEYWORD["and"] if step.kind == previous else KEYWORD[step.kind]
        previous = step.kind
        out.append(f"{indent}{keyword} {line(step.text)}")
        if step.table is not None:
            out.extend(f"{indent}  {row}" for row in step.table.lines())
    return out


def _description(lines: tuple[str, ...], indent: str) -> list[str]:
    return [f"{indent}{line(text)}" for text in lines if line(text)]


def _scenario(scenario: Scenario, indent: str) -> list[str]:
    out = [""]
    if scenario.tags:
        out.append(indent + " ".join(tag(t) for t in scenario.tags))
    keyword = SCENARIO if scenario.examples is None else OUTLINE
    out.append(f"{indent}{keyword}: {line(scenario.title)}")
    out.extend(_steps(scenario.steps, indent + "  "))
    if scenario.examples is not None:
        out.extend(["", f"{indent}  {EXAMPLES}:"])
        out.extend(f"{indent}    {row}" for row in scenario.examples.lines())
    return out


def render(feature: Feature) -> str:
    """The ``.feature`` text: deterministic, LF line ends, final newline."""
    out = ["# language: id", *(f"# {line(c)}" for c in feature.header)]
    if feature.tags:
        out.append(" ".join(tag(t) for t in feature.tags))
    out.append(f"{FEATURE}: {line(feature.title)}")
    out.extend(_description(feature.description, "  "))
    out.append("")
    out.append(f"  {BACKGROUND}:")
    out.extend(_steps(feature.background, "    "))
    for scenario in feature.scenarios:
        out.extend(_scenario(scenario, "  "))
    for rule in feature.rules:
        out.append("")
        out.extend(f"  # {line(c)}" for c in rule.comments)
        if rule.tags:
            out.append("  " + " ".join(tag(t) for t in rule.tags))
        out.append(f"  {RULE}: {line(rule.title)}")
        out.extend(_description(rule.description, "    "))
        for scenario in rule.scenarios:
            out.extend(_scenario(scenario, "    "))
    return "\n".join(out) + "\n"
