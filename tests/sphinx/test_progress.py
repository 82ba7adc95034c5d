"""Progress reporting of long runs: the corpus builders' event and status
lines, and the command line's progress bar (on a terminal only)."""

from __future__ import annotations

import io
import os
import pty
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from sopap.sphinxext.project import Project
from sopap.util.progress import Progress, StagedProgress
from support import TESTS

ROOTS = TESTS / "roots"
SOPAP = [str(Path(sys.executable).with_name("sopap"))]


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_line_is_drawn_on_a_terminal_and_cleared():
    stream = Terminal()
    with Progress("lampiran", 4, stream) as bar:
        for name in ("a", "b", "c", "d"):
            bar.maju(1, name)
    text = stream.getvalue()
    assert "\r" in text
    # the last state is always drawn, whatever the redraw interval
    assert "lampiran [####################] 4/4 100%  d" in text
    assert text.endswith("\r")  # cleared: the command's summary starts on a clean line
    assert bar.garis() == "lampiran [####################] 4/4 100%"


def test_progress_line_is_silent_in_a_pipe():
    stream = io.StringIO()
    with Progress("lampiran", 3, stream) as bar:
        for _ in range(3):
            bar.maju()
    assert stream.getvalue() == ""
    half = Progress("x", 4, io.StringIO())
    half.maju(2)
    assert half.garis() == "x [##########..........] 2/4  50%"


def test_phases_get_a_line_each():
    stream = Terminal()
    with StagedProgress(stream) as kemajuan:
        kemajuan("menata", 1, 2, "a")
        kemajuan("menata", 2, 2, "b")
        kemajuan("menulis", 1, 1, "a")
    text = stream.getvalue()
    assert "menata [####################] 2/2 100%  b" in text
    assert "menulis [####################] 1/1 100%  a" in text


def test_lampiran_builder_reports_every_sop_in_each_phase(tmp_path):
    seen: list[tuple[str, int, int, str]] = []
    project = Project(ROOTS / "test-lampiran", build_dir=tmp_path)
    result = project.run("lampiran", tmp_path / "pdf", kemajuan=lambda *args: seen.append(args), quiet=True)
    assert result.ok
    sops = sorted(sop.id for sop in result.app.env.domains["sop"].corpus())
    phases = {}
    for what, done, total, item in seen:
        phases.setdefault(what, []).append((done, total, item))
    # every lampiran drawn, then the Keputusan put together from them
    assert list(phases) == ["menggambar lampiran", "menyusun keputusan-lengkap.pdf"]
    drawn = phases["menggambar lampiran"]
    assert [done for done, _, _ in drawn] == list(range(1, len(sops) + 1))
    assert {total for _, total, _ in drawn} == {len(sops)}
    assert sorted(item for _, _, item in drawn) == sops
    assert phases["menyusun keputusan-lengkap.pdf"] == [(1, 1, "keputusan-lengkap.pdf")]

    # nothing changed: nothing drawn, nothing put together again
    seen.clear()
    again = Project(ROOTS / "test-lampiran", build_dir=tmp_path).run(
        "lampiran", tmp_path / "pdf", kemajuan=lambda *args: seen.append(args), quiet=True
    )
    assert again.ok and again.app.builder.digambar == 0 and again.app.builder.disusun == 0
    assert all(total == 0 for _, _, total, _ in seen)


def test_bpmn_builder_reports_every_sop(tmp_path):
    seen = []
    result = Project(ROOTS / "test-keputusan", build_dir=tmp_path).run(
        "bpmn", tmp_path / "bpmn", kemajuan=lambda *args: seen.append(args)
    )
    assert result.ok
    assert seen == [("mengekspor BPMN", 1, 1, "sop-keputusan")]


def _run(args: list[str], cwd: Path, tty: bool) -> tuple[int, str, str]:
    """Run sopap with stderr (and stdout) on a pseudo-terminal or on pipes."""
    env = {**os.environ, "COLUMNS": "120", "NO_COLOR": "1"}
    if not tty:
        done = subprocess.run(SOPAP + args, cwd=cwd, capture_output=True, text=True, env=env, timeout=300)
        return done.returncode, done.stdout, done.stderr
    master, slave = pty.openpty()
    proc = subprocess.Popen(SOPAP + args, cwd=cwd, stdout=slave, stderr=slave, env=env)
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    code = proc.wait(timeout=300)
    return code, b"".join(chunks).decode("utf-8", "replace"), ""


@pytest.fixture
def lampiran_root(tmp_path):
    root = tmp_path / "proyek"
    shutil.copytree(ROOTS / "test-lampiran", root)
    return root


def test_sopap_pdf_shows_a_progress_bar_on_a_terminal_only(lampiran_root):
    code, out, _ = _run(["pdf", "-o", str(lampiran_root / "pdf")], lampiran_root, tty=True)
    assert code == 0, out
    assert "\rmenggambar lampiran [" in out and "\rmenyusun keputusan-lengkap.pdf [####################]" in out
    assert "sopap: 3 lampiran" in out
    code, out, err = _run(["pdf", "-o", str(lampiran_root / "pdf2")], lampiran_root, tty=False)
    assert code == 0, err
    assert "\r" not in out + err and "[###" not in out + err
    assert "sopap: 3 lampiran" in out


def test_sopap_conform_shows_a_progress_bar_instead_of_dots_on_a_terminal(tmp_path):
    root = tmp_path / "proyek"
    shutil.copytree(ROOTS / "test-keputusan", root)
    code, out, err = _run(["features", "-o", str(root / "fitur")], root, tty=False)
    assert code == 0, err
    args = ["conform", "--impl", "reference", "--features", str(root / "fitur")]
    code, out, _ = _run(args, root, tty=True)
    assert code == 0, out
    assert "\rskenario [" in out and "100%" in out
    assert "sopap: SESUAI" in out
    segments = [seg.strip() for seg in re.split(r"[\r\n]+", out) if seg.strip()]
    assert not [seg for seg in segments if re.fullmatch(r"[.sF]{2,}.*", seg)]  # no rows of dots
    code, out, err = _run(args, root, tty=False)
    assert code == 0, err
    assert "skenario [" not in out + err and "\r" not in out + err
    assert re.search(r"\.feature \.{4,}", out)  # pytest's own progress, unchanged in a pipe
