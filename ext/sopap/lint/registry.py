"""The rules: ids, severities, titles, and the functions that check them.

Each rule group module registers its rules with :func:`aturan`. Rules whose
``pembaca`` flag is set are enforced by the source reader itself
(:mod:`sopap.parsing.assemble`): its problems are reported under their id.
Rules marked ``invarian`` re-check, on the model, what the reader already
guarantees for sources; they run for models from elsewhere (a ``sopap/1``
JSON file), where nothing else checked them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from sopap.lint.findings import Finding, Severity
from sopap.model.lines import SourceLines
from sopap.model.sop import Sop


@dataclass(frozen=True, slots=True)
class RuleResult:
    """What a rule function yields: a message and what it is about."""

    pesan: str
    langkah: int | None = None
    medan: str | None = None  # option name, for the line number
    baris: int | None = None  # the line itself, when the model knows it (a {paraf} block)


Periksa = Callable[[Sop], Iterable[RuleResult]]


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    tingkat: Severity
    judul: str  # Indonesian, as in the rules table of docs/tinjauan.md
    kelompok: str
    dasar: str  # "Permenpan RB 35/2012" or "aturan rumah"
    pembaca: bool = False  # checked by the source reader
    invarian: bool = False  # model re-check, only for models not read from sources
    periksa: Periksa | None = None
    #: A galat that fails the handbook build. False for a galat the handbook
    #: shows instead (a DRAF page): the reviewers must see it published.
    fails_build: bool = True


#: Every rule by id, in registration order (the order of the docs table).
RULES: dict[str, Rule] = {}

PERMENPAN = "Permenpan RB 35/2012"
RUMAH = "aturan rumah"


def register_rule(
    id: str,
    tingkat: Severity,
    judul: str,
    *,
    kelompok: str,
    dasar: str = PERMENPAN,
    pembaca: bool = False,
    invarian: bool = False,
    periksa: Periksa | None = None,
    fails_build: bool = True,
) -> Rule:
    if id in RULES:
        raise ValueError(f"rule {id} registered twice")
    rule = Rule(id, tingkat, judul, kelompok, dasar, pembaca, invarian, periksa, fails_build)
    RULES[id] = rule
    return rule


def defines_rule(id: str, tingkat: Severity, judul: str, **kw) -> Callable[[Periksa], Periksa]:
    """Decorator: register the function as the check of rule ``id``."""

    def wrap(func: Periksa) -> Periksa:
        register_rule(id, tingkat, judul, periksa=func, **kw)
        return func

    return wrap


def run_rules(sop: Sop, peta: SourceLines, *, dari_sumber: bool = True) -> Iterator[Finding]:
    """Run every model rule on ``sop``; ``dari_sumber`` skips the invariants."""
    for rule in RULES.values():
        if rule.periksa is None or (rule.invarian and dari_sumber):
            continue
        for hasil in rule.periksa(sop):
            yield Finding(
                aturan=rule.id,
                tingkat=rule.tingkat,
                pesan=hasil.pesan,
                berkas=peta.berkas,
                baris=hasil.baris or peta.baris(hasil.langkah, hasil.medan),
                sop=sop.id,
                langkah=hasil.langkah,
            )
