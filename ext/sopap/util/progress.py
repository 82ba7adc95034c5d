"""A progress line for long runs of the command line (PDF, conformance).

On a terminal it redraws one line with a carriage return::

    lampiran PDF [#########...........]  212/500  42%  penilaian-ape

and clears it when done, so the command's own summary follows on a clean
line. When the stream is not a terminal (a pipe, a CI log, a test) it
writes nothing at all: logs keep only the summary lines.
"""

from __future__ import annotations

import shutil
import sys
import time
from typing import IO

LEBAR_BAR = 20
#: Seconds between redraws: a fast loop must not spend its time drawing.
JEDA = 0.1


class Progress:
    """``maju()`` after each unit of work, ``selesai()`` at the end."""

    def __init__(self, label: str, total: int, stream: IO[str] | None = None) -> None:
        self.label = label
        self.total = max(0, total)
        self.stream = stream if stream is not None else sys.stderr
        self.selesai_ = 0
        self.aktif = _is_tty(self.stream) and self.total > 0
        self._terakhir = 0.0
        self._tergambar = False

    def maju(self, jumlah: int = 1, item: str = "") -> None:
        self.selesai_ = min(self.total, self.selesai_ + jumlah)
        now = time.monotonic()
        if self.aktif and (now - self._terakhir >= JEDA or self.selesai_ == self.total):
            self._terakhir = now
            self._gambar(item)

    def garis(self, item: str = "") -> str:
        """The line as drawn (without the carriage return)."""
        total = self.total or 1
        isi = round(LEBAR_BAR * self.selesai_ / total)
        persen = 100 * self.selesai_ // total
        width = len(str(self.total))
        line = (
            f"{self.label} [{'#' * isi}{'.' * (LEBAR_BAR - isi)}] "
            f"{self.selesai_:>{width}}/{self.total} {persen:>3}%"
        )
        return f"{line}  {item}" if item else line

    def _gambar(self, item: str) -> None:
        columns = shutil.get_terminal_size((80, 24)).columns
        line = self.garis(item)[: max(10, columns - 1)]
        self.stream.write("\r" + line.ljust(columns - 1))
        self.stream.flush()
        self._tergambar = True

    def selesai(self) -> None:
        """Clear the line (the caller prints its own summary next)."""
        if self._tergambar:
            columns = shutil.get_terminal_size((80, 24)).columns
            self.stream.write("\r" + " " * (columns - 1) + "\r")
            self.stream.flush()
            self._tergambar = False

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc) -> None:
        self.selesai()


def _is_tty(stream: IO[str]) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


class StagedProgress:
    """A progress line per phase, fed by ``(what, done, total, item)`` calls
    (the ``kemajuan`` callback of :meth:`sopap.sphinxext.project.Project.run`)."""

    def __init__(self, stream: IO[str] | None = None) -> None:
        self.stream = stream
        self.kini: Progress | None = None

    def __call__(self, what: str, done: int, total: int, item: str = "") -> None:
        if self.kini is None or self.kini.label != what or self.kini.total != total:
            self.selesai()
            self.kini = Progress(what, total, self.stream)
        self.kini.maju(done - self.kini.selesai_, item)

    def selesai(self) -> None:
        if self.kini is not None:
            self.kini.selesai()
            self.kini = None

    def __enter__(self) -> StagedProgress:
        return self

    def __exit__(self, *exc) -> None:
        self.selesai()
