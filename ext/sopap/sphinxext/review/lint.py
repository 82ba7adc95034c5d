"""Lint during the Sphinx build.

While a source is read its field lines are kept (:class:`.lint.PetaBaris`);
after every read, on each build (not only when a file changed, so a ``-W``
build fails every time), all SOPs are linted. Only ``galat`` findings become
Sphinx warnings (the seed must build without any warning; the softer house
rules are for the lint page and ``sopap lint``), and not for an SOP whose
source already has problems: those fail the build, and findings may only
echo them. A one-line summary is logged at info level.
"""

from __future__ import annotations

import logging as logging_std
from pathlib import Path

from docutils.utils import get_source_line
from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment
from sphinx.util import logging

from sopap.lint import RULES, Severity, SourceLines, count_by_severity, lint_sop
from sopap.parsing.lines import lines_from_raw
from sopap.sphinxext.directives import TEMP_KEY
from sopap.sphinxext.messages import translate
from sopap.sphinxext.state import sop_data
from sopap.util import digits

logger = logging.getLogger(__name__)


def on_doctree_read(app: Sphinx, doctree) -> None:
    """Keep the field lines of the SOP just read (before the capture is dropped)."""
    raw = app.env.temp_data.get(TEMP_KEY)
    if raw is not None:
        sop_data(app.env).baris[app.env.docname] = lines_from_raw(raw)


def on_env_before_read_docs(app: Sphinx, env: BuildEnvironment, docnames: list[str]) -> None:
    sop_data(env).scratch.lint_reading = set(docnames)


def on_env_updated(app: Sphinx, env: BuildEnvironment) -> list[str]:
    data = sop_data(env)
    # The rules look at one SOP at a time: an SOP that was not read again
    # keeps its findings (a city's 500 SOPs are not linted on every build);
    # its errors are still reported below, so every -W build fails on them.
    dibaca, data.scratch.lint_reading = data.scratch.lint_reading, None
    sebelumnya = data.temuan
    temuan = {}
    for docname in sorted(data.sops):
        if dibaca is not None and docname not in dibaca and docname in sebelumnya:
            found = sebelumnya[docname]
        else:
            sop = data.sops[docname]  # loaded only for the SOPs linted again
            peta = data.baris.get(docname) or SourceLines.dari_model(sop)
            found = lint_sop(sop, peta)
        if data.masalah.get(docname):
            found = []  # its model is partial or wrong: the reader's problems are the ones to fix first
        temuan[docname] = found
        if data.masalah.get(docname):
            continue  # its source problems fail the build; findings may only echo them
        for item in found:
            if item.tingkat is Severity.GALAT and RULES[item.aturan].fails_build:
                logger.warning(
                    f"{item.aturan}: {item.pesan}",
                    location=(docname, item.baris),
                    type="sopap",
                    subtype="lint",
                )
    data.temuan = temuan
    counts = count_by_severity(t for found in temuan.values() for t in found)
    if any(counts.values()):
        logger.info(
            f"sopap lint: {counts[Severity.GALAT]} galat, {counts[Severity.PERINGATAN]} peringatan, "
            f"{counts[Severity.SARAN]} saran pada {len(temuan)} SOP (lihat halaman Temuan lint atau "
            "jalankan 'sopap lint')"
        )
    return []


class WarningCapture(logging_std.Handler):
    """Keeps every warning of a build as plain data, for ``sopap lint``.

    The reader's problems are stored in the domain; MyST and docutils
    warnings (a broken option block, an unknown directive) are not, so lint
    collects them here. Sphinx may hand the same record over twice (once
    while reading, again when it flushes the warnings it held back): records
    are taken once, and their data copied at once, as later handlers rewrite
    them.
    """

    def __init__(self, app: Sphinx) -> None:
        super().__init__(logging_std.WARNING)
        self.app = app
        self.seen: set[int] = set()
        self.items: list[tuple[str, int | None, str]] = []  # (path, line, message)

    def emit(self, record: logging_std.LogRecord) -> None:
        if id(record) in self.seen:
            return
        self.seen.add(id(record))
        try:
            message = translate(record.getMessage())
        except (TypeError, ValueError):
            return
        kind = getattr(record, "type", "") or ""
        sub = getattr(record, "subtype", "") or ""
        suffix = f" [{kind}.{sub}]" if sub else f" [{kind}]"
        if kind and message.endswith(suffix):
            message = message[: -len(suffix)]
        path, line = self._location(getattr(record, "location", None))
        self.items.append((path, line, message))

    def _location(self, location) -> tuple[str, int | None]:
        env = getattr(self.app, "env", None)
        if isinstance(location, tuple) and location and env is not None:
            docname, line = location[0], location[1] if len(location) > 1 else None
            try:
                return str(env.doc2path(docname, False)), line
            except Exception:  # noqa: BLE001 - an unknown docname: keep it as given
                return str(docname), line
        if isinstance(location, str):
            path, _, line = location.rpartition(":")
            if not path:
                return location, None
            return self._relative(path), digits.read_int(line)
        if location is not None:
            source, line = get_source_line(location)
            return self._relative(source or ""), line
        return "", None

    def _relative(self, path: str) -> str:
        try:
            return str(Path(path).resolve().relative_to(Path(self.app.srcdir).resolve()))
        except (ValueError, OSError):
            return path


def on_builder_inited(app: Sphinx) -> None:
    handler = WarningCapture(app)
    logging_std.getLogger("sphinx").addHandler(handler)
    sop_data(app.env).scratch.warnings = handler


def on_build_finished(app: Sphinx, exception) -> None:
    handler = sop_data(app.env).scratch.warnings
    if handler is not None:
        logging_std.getLogger("sphinx").removeHandler(handler)
