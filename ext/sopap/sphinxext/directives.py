"""The ``{sop}``, ``{langkah}``, ``{catatan}`` and ``{paraf}`` directives.

Directives only capture text and source lines (see :mod:`sopap.parsing.raw`);
the model is assembled once per document when the document has been read
(:mod:`sopap.sphinxext.collect`). Unknown options are accepted here and
reported in Indonesian by the assembly, with their line.
"""

from __future__ import annotations

import re
from pathlib import Path

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.util.docutils import SphinxDirective

from sopap.parsing.raw import (
    CATATAN_OPTIONS,
    LANGKAH_OPTIONS,
    PARAF_OPTIONS,
    SOP_OPTIONS,
    RawBlock,
    RawOption,
    RawSopFile,
)
from sopap.parsing.fields import is_sop_code
from sopap.sphinxext.nodes import sop_node

TEMP_KEY = "sopap_raw"


#: A top-level option line: ``name: value`` or ``:name: value``.
_KEY = re.compile(r"^:?([A-Za-z0-9_][A-Za-z0-9_-]*)\s*:(?:\s|$)")
#: A line opening a directive (```{x}, ~~~{x}, :::{x}): inside another
#: directive's text it means that directive was not closed.
_OPENER = re.compile(r"^\s*(?:`{3,}|~{3,}|:{3,})\s*\{[^}]*\}")


class _Unknown(str):
    """Value of an option the directive does not know."""


def _unknown(value: str | None) -> _Unknown:
    return _Unknown(value or "")


class _OptionSpec(dict):
    """An option spec that accepts any name: unknown ones are kept, marked."""

    def __missing__(self, key: str):
        return _unknown


def option_spec(names: dict[str, str]) -> _OptionSpec:
    return _OptionSpec({name: directives.unchanged for name in names})


def raw_file(env) -> RawSopFile:
    """The capture for the document being read, created on first use."""
    raw = env.temp_data.get(TEMP_KEY)
    if raw is None:
        path = Path(env.doc2path(env.docname))
        try:
            berkas = path.relative_to(Path(env.srcdir)).as_posix()
        except ValueError:
            berkas = path.as_posix()
        raw = env.temp_data[TEMP_KEY] = RawSopFile(berkas=berkas)
    return raw


class _CaptureDirective(SphinxDirective):
    has_content = True
    optional_arguments = 1
    final_argument_whitespace = True
    known: dict[str, str] = {}

    def _block(self) -> RawBlock:
        lines = self.block_text.splitlines()
        options: dict[str, RawOption] = {}
        unknown: dict[str, int | None] = {}
        unknown_values: dict[str, str] = {}
        for name, value in self.options.items():
            line = self._option_line(lines, name)
            if isinstance(value, _Unknown):
                unknown[name] = line
                unknown_values[name] = str(value)
            else:
                options[name] = RawOption(value, line)
        has_block = len(lines) > 1 and lines[1].strip() == "---"
        option_lines = self._option_lines(lines, has_block)
        return RawBlock(
            argument=self.arguments[0] if self.arguments else "",
            options=options,
            body=list(self.content),
            line=self.lineno,
            unknown=unknown,
            rusak=has_block and not self.options,
            ganda=self._repeated(lines, option_lines),
            tab=[self.lineno + i for i in option_lines if "\t" in lines[i]],
            bersarang=[self.lineno + i for i, line in enumerate(lines[1:], start=1) if _OPENER.match(line)],
            opsi_teks=[lines[i] for i in option_lines],
            opsi_mulai=self.lineno + option_lines[0] if option_lines else None,
            unknown_values=unknown_values,
        )

    @staticmethod
    def _option_lines(lines: list[str], has_block: bool) -> list[int]:
        """Indexes (in ``lines``) of the option block: between ``---`` lines, or ``:name:`` lines."""
        if has_block:
            end = next((i for i in range(2, len(lines)) if lines[i].strip() == "---"), len(lines))
            return list(range(2, end))
        found = []
        for index in range(1, len(lines)):
            if not lines[index].startswith(":"):
                break
            found.append(index)
        return found

    def _repeated(self, lines: list[str], indexes: list[int]) -> dict[str, list[int]]:
        """Options written more than once (MyST keeps the last value silently)."""
        seen: dict[str, list[int]] = {}
        for index in indexes:
            match = _KEY.match(lines[index])
            if match:
                seen.setdefault(match.group(1), []).append(self.lineno + index)
        return {name: where for name, where in seen.items() if len(where) > 1}

    def _option_line(self, lines: list[str], name: str) -> int | None:
        pattern = re.compile(rf"^\s*:?{re.escape(name)}\s*:")
        for index, line in enumerate(lines[1:], start=1):
            if pattern.match(line):
                return self.lineno + index
        return self.lineno


class SopDirective(_CaptureDirective):
    """Identity of the SOP; renders the whole official layout in its place."""

    option_spec = option_spec(SOP_OPTIONS)

    def run(self) -> list[nodes.Node]:
        raw = raw_file(self.env)
        block = self._block()
        if raw.sop is not None:
            raw.sop_lain.append(self.lineno)
            return []
        raw.sop = block
        sop_id = block.argument.strip()
        node = sop_node(sop_id=sop_id, docname=self.env.docname)
        self.set_source_info(node)
        if not is_sop_code(sop_id):
            return [node]  # no anchor from a code that is refused (a quote, a path)
        target = nodes.target("", "", ids=[f"sop-{sop_id}"])
        self.state.document.note_explicit_target(target)
        return [target, node]


class LangkahDirective(_CaptureDirective):
    """One step; its row is drawn by the ``{sop}`` placeholder."""

    option_spec = option_spec(LANGKAH_OPTIONS)

    def run(self) -> list[nodes.Node]:
        raw_file(self.env).langkah.append(self._block())
        return []


class CatatanDirective(_CaptureDirective):
    """A transcription note for reviewers (koreksi, inferensi, tidak-terbaca)."""

    option_spec = option_spec(CATATAN_OPTIONS)

    def run(self) -> list[nodes.Node]:
        raw_file(self.env).catatan.append(self._block())
        return []


class ParafDirective(_CaptureDirective):
    """A reviewer's paraf koordinasi on a revision; drawn in the Paraf box."""

    option_spec = option_spec(PARAF_OPTIONS)

    def run(self) -> list[nodes.Node]:
        raw_file(self.env).paraf.append(self._block())
        return []
