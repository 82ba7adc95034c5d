"""Running Sphinx on a sopap project from Python (CLI, tests, benchmarks).

A project is a folder with ``conf.py``; every builder shares the doctree
cache in ``_build/doctrees`` so sources are read once and later builders
(PDF, features, JSON) start from the pickled model.
"""

from __future__ import annotations

import io
import os
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from sopap import compat
from sopap.errors import SopapError
from sopap.model.sop import Corpus
from sopap.util.text import colour_terminal

_PREFIXES = (
    ("WARNING: ", "PERINGATAN: "),
    ("ERROR: ", "GALAT: "),
    ("CRITICAL: ", "KRITIS: "),
)


class IndonesianWarnings(io.TextIOBase):
    """Warning stream: Sphinx's English level prefixes in Indonesian.

    Keeps every line it wrote, so callers can count and show them.
    """

    def __init__(self, target: IO[str] | None) -> None:
        self.target = target
        self.lines: list[str] = []
        self._pending = ""

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        for english, indonesian in _PREFIXES:
            text = text.replace(english, indonesian)
        # drop terminal colour codes so stored lines stay plain text
        plain = re.sub(r"\x1b\[[0-9;]*m", "", text)
        self._pending += plain
        *done, self._pending = self._pending.split("\n")
        self.lines.extend(line for line in done if line.strip())
        if self.target is not None:
            self.target.write(text)
            self.target.flush()
        return len(text)


def find_root(start: str | os.PathLike[str] | None = None) -> Path:
    """The nearest folder upwards from ``start`` that holds ``conf.py``."""
    here = Path(start or os.getcwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / "conf.py").is_file():
            return folder
    raise SopapError(
        f"tidak menemukan conf.py di {here} atau folder di atasnya; jalankan sopap "
        "dari dalam folder proyek atau beri --project FOLDER"
    )


@dataclass
class BuildResult:
    status: int
    warnings: list[str] = field(default_factory=list)
    app: Any = None

    @property
    def ok(self) -> bool:
        return self.status == 0


@dataclass
class Project:
    root: Path
    build_dir: Path | None = None
    #: Folder of conf.py when it is not ``root`` (sources read elsewhere,
    #: e.g. an old revision of one file in a temporary folder).
    confdir: Path | None = None

    def __post_init__(self) -> None:
        self.root = Path(self.root).resolve()
        if self.build_dir is None:
            self.build_dir = self.root / "_build"

    @property
    def doctrees(self) -> Path:
        assert self.build_dir is not None
        return self.build_dir / "doctrees"

    def run(
        self,
        builder: str,
        outdir: str | os.PathLike[str] | None = None,
        *,
        strict: bool = True,
        overrides: dict[str, Any] | None = None,
        quiet: bool = True,
        warning_stream: IO[str] | None = None,
        fresh: bool = False,
        parallel: int = 1,
        kemajuan: Callable[[str, int, int, str], None] | None = None,
    ) -> BuildResult:
        """Build with ``builder``; ``strict`` treats every warning as an error.

        ``kemajuan(what, done, total, item)`` is called as a corpus builder
        (PDF, BPMN) goes through the SOPs, e.g. to draw a progress bar. An
        output folder that did not exist and stays empty (a failed build) is
        removed again.
        """
        assert self.build_dir is not None
        out = Path(outdir) if outdir else self.build_dir / builder
        existed = out.exists()
        warnings = IndonesianWarnings(warning_stream if warning_stream is not None else sys.stderr)
        status: IO[str] | None = None if quiet else sys.stdout
        try:
            app = self._build(builder, out, warnings, status, strict, overrides, fresh, parallel, kemajuan)
        except BaseException:
            _drop_if_empty(out, existed)
            raise
        if app.statuscode:
            _drop_if_empty(out, existed)  # Sphinx made it; a failed build wrote nothing there
        return BuildResult(app.statuscode, warnings.lines, app)

    def _build(self, builder, out, warnings, status, strict, overrides, fresh, parallel, kemajuan):
        import sphinx.locale
        from sphinx.application import Sphinx
        from sphinx.util import console
        from sphinx.util.docutils import docutils_namespace, patch_docutils

        # Sphinx colours its messages unless told not to (sphinx-build asks
        # the terminal; an application does not): colours only on a terminal
        if colour_terminal(warnings.target):
            console.coloron()
        else:
            console.nocolor()

        compat.reset_translations(sphinx.locale)  # no catalogue chain left by an earlier build in this process
        with patch_docutils(self.root), docutils_namespace():
            app = Sphinx(
                srcdir=self.root,
                confdir=self.confdir or self.root,
                outdir=out,
                doctreedir=self.doctrees,
                buildername=builder,
                confoverrides=overrides or {},
                status=status,
                warning=warnings,
                freshenv=fresh,
                warningiserror=strict,
                parallel=parallel,
            )
            if kemajuan is not None:
                app.connect("sopap-kemajuan", lambda _app, *args: kemajuan(*args))
            app.build()
        return app

    def load_corpus(self, *, strict: bool = True, warning_stream: IO[str] | None = None) -> Corpus:
        """Read the sources (or the cache) and return the model.

        Raises :class:`SopapError` when ``strict`` and any source has a problem.
        """
        result = self.run("sopap-model", self.build_dir / "sopap-model", strict=strict, warning_stream=warning_stream)
        if strict and not result.ok:
            raise SopapError(
                f"sumber SOP bermasalah ({len(result.warnings)} peringatan); perbaiki dulu "
                "sebelum membuat keluaran"
            )
        return result.app.env.domains["sop"].corpus()


def _drop_if_empty(folder: Path, existed: bool) -> None:
    if not existed and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()


def load_corpus(root: str | os.PathLike[str] | None = None, **kwargs: Any) -> Corpus:
    """The model of the project at ``root`` (default: found from the cwd)."""
    return Project(find_root(root)).load_corpus(**kwargs)
