"""The monitoring form (Permenpan RB 35/2012, Tabel 7) and analytics as HTML.

One self-contained page: styles inline, plots as inline SVG, no script and
nothing fetched from the network. Text is escaped by Jinja2's autoescape;
the SVG comes from reportlab's renderer, which escapes its own text.
"""

from __future__ import annotations

from importlib import resources
from typing import Any

from sopap.model.beban import beban
from sopap.model.sop import Corpus
from sopap.monitor import charts
from sopap.monitor.aggregate import SopAggregate
from sopap.monitor.checker import NAMA_KODE
from sopap.monitor.report import teks_durasi
from sopap.render.numbers import angka, jam


def plots(a: SopAggregate, corpus: Corpus, ambang: float) -> list:
    """The drawings of one SOP (none for an SOP the corpus lacks)."""
    from sopap.render.pdf import fonts

    fonts.register()  # the plots' text is measured in the lampiran's font
    try:
        sop = corpus.get(a.sop)
    except KeyError:
        return []
    names = {p.id: p.nama for p in sop.pelaksana}
    return [
        charts.siklus(a, beban(sop).menit),
        charts.per_langkah(a, sop),
        charts.per_bulan(a, ambang),
        charts.pelaksana(a, names),
        charts.penyimpangan(a),
    ]


def render(doc: dict[str, Any], agregat: dict[str, SopAggregate], corpus: Corpus, *, kop: dict, kalender: str) -> str:
    from jinja2 import Environment, StrictUndefined

    env = Environment(autoescape=True, undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    template = env.from_string(resources.files(__package__).joinpath("templates/pemantauan.html").read_text("utf-8"))
    bagian = [(s, [charts.svg(d) for d in plots(agregat[s["sop"]], corpus, doc["ambang"])]) for s in doc["sop"]]
    return template.render(
        doc=doc,
        bagian=bagian,
        kop=kop,
        kalender=kalender,
        periode=periode_teks(doc["periode"]),
        ambang=f"{angka(100 * doc['ambang'], 0)}%",
        durasi=teks_durasi,
        jam=lambda m: "-" if m is None else jam(m),
        nama_kode=NAMA_KODE,
    )


def periode_teks(periode: dict) -> str:
    dari, sampai = periode.get("dari"), periode.get("sampai")
    if not dari and not sampai:
        return "seluruh log"
    return f"{dari or 'awal log'} s.d. {sampai or 'akhir log'}"
