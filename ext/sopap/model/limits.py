"""The documented limits of a source (``docs/panduan-penulisan.md``).

Each is far beyond any real SOP and far below what would make a build fail
in another way: a code long enough to make file names the file system
refuses, an item that cannot be laid out on a lampiran page, a number of
steps whose outputs take hours. A source over a limit gets one message with
its file and line, like any other problem.
"""

from __future__ import annotations

#: Characters of an SOP code: it names files (``riwayat/<kode>.html``,
#: ``<kode>.bpmn``, ``041-<kode>.pdf``), and file systems refuse names
#: longer than 255 bytes.
KODE_MAKSIMUM = 64

#: Characters of one item: a line of a list (dasar hukum, kelengkapan, ...),
#: an uraian, a rincian or any one-line field. The longest uraian of the
#: seed has a few hundred.
ISIAN_MAKSIMUM = 2_000

#: Steps of one SOP, and so the largest step number. Official SOPs have a
#: few dozen. Every scenario of the conformance kit replays the path to its
#: step, so the kit grows with the square of the steps: 500 steps take under
#: a minute, 10,000 would take hours and gigabytes (the other outputs stay
#: within minutes even then).
LANGKAH_MAKSIMUM = 500


def angka(value: int) -> str:
    """``10.000``: the Indonesian thousands separator, for messages."""
    return f"{value:,}".replace(",", ".")
