"""Writing a ``{paraf}`` block into an SOP source, as an author would.

The source stays the author's text: only the block of the paraf recorded
(or the one line of its digest) changes; every other line, the line
endings and the fence of each block are kept as written.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

#: A line opening a directive: its fence and the directive's name and argument.
_OPENER = re.compile(r"^(?P<fence>`{3,}|~{3,}|:{3,})\s*\{(?P<name>[a-z-]+)\}(?P<arg>.*)$")
_SAFE = re.compile(r"^[A-Za-z0-9][^:#'\"\n\[\]{}&*!|>%@`,]*$")


@dataclass
class SourceText:
    """A source file as lines (without their endings) and its line ending."""

    lines: list[str]
    newline: str
    bom: bool = False

    @classmethod
    def parse(cls, data: bytes) -> SourceText:
        text = data.decode("utf-8")
        bom = text.startswith("\ufeff")
        text = text.removeprefix("\ufeff")
        newline = "\r\n" if "\r\n" in text else "\r" if "\r" in text and "\n" not in text else "\n"
        lines = text.split(newline)
        if lines and lines[-1] == "":
            lines.pop()
        return cls(lines, newline, bom)

    def dump(self) -> bytes:
        text = self.newline.join(self.lines) + self.newline
        return (("\ufeff" if self.bom else "") + text).encode("utf-8")

    def fence(self, opener_line: int) -> str:
        """The fence (```` ``` ````, ``~~~``, ...) of the directive opened on ``opener_line``."""
        match = _OPENER.match(self.lines[opener_line - 1].strip())
        return match.group("fence") if match else "```"

    def block_end(self, opener_line: int) -> int:
        """1-based line of the fence closing the directive opened on ``opener_line``."""
        match = _OPENER.match(self.lines[opener_line - 1].strip())
        if match is None:
            raise ValueError(f"baris {opener_line} bukan pembuka direktif")
        fence = match.group("fence")
        for index in range(opener_line, len(self.lines)):
            line = self.lines[index].strip()
            if line and set(line) == {fence[0]} and len(line) >= len(fence):
                return index + 1
        raise ValueError(f"direktif pada baris {opener_line} tidak ditutup")


def yaml_value(text: str) -> str:
    """``text`` as a YAML scalar: plain when that reads back as the same text."""
    if _SAFE.match(text) and text == text.strip():
        return text
    return json.dumps(text, ensure_ascii=False)


def paraf_block(fence: str, jabatan: str, revisi: int, nama: str, tanggal: str, sidik: str) -> list[str]:
    return [
        f"{fence}{{paraf}} {jabatan}",
        "---",
        f"revisi: {revisi}",
        f"nama: {yaml_value(nama)}",
        f"tanggal: {yaml_value(tanggal)}",
        f"sidik-isi: {sidik}",
        "---",
        fence,
    ]


def replace_block(source: SourceText, opener_line: int, new: list[str]) -> None:
    """Put ``new`` in place of the directive opened on ``opener_line``."""
    end = source.block_end(opener_line)
    source.lines[opener_line - 1 : end] = new


def insert_block(source: SourceText, after_line: int, new: list[str]) -> None:
    """Insert ``new`` after the directive opened on ``after_line``, separated by a blank line."""
    end = source.block_end(after_line)
    source.lines[end:end] = ["", *new]


def add_sidik(source: SourceText, opener_line: int, sidik: str) -> None:
    """Add the digest line to the option block of the directive on ``opener_line``."""
    end = source.block_end(opener_line)
    body = source.lines[opener_line:end]
    if not body or body[0].strip() != "---":
        # options written as ``:name: value`` lines, or none at all
        index = opener_line
        while index < end - 1 and source.lines[index].startswith(":"):
            index += 1
        source.lines.insert(index, f":sidik-isi: {sidik}")
        return
    closing = next((i for i in range(1, len(body)) if body[i].strip() == "---"), None)
    if closing is None:
        raise ValueError(f"isian direktif pada baris {opener_line} tidak ditutup dengan ---")
    source.lines.insert(opener_line + closing, f"sidik-isi: {sidik}")
