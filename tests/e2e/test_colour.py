"""Colour only on a terminal, and never with NO_COLOR, in every command.

The installed ``sopap`` runs in a pseudo-terminal (what a user's terminal
is to it) and in a pipe (what a log file or ``| less`` is), on a project
whose source has a problem, so that Sphinx's warnings, lint's levels and
the redline are all printed.
"""

from __future__ import annotations

import os
import pty
import re
import select
import subprocess
import sys
from pathlib import Path

import pytest

from support.bad_input import NEVER, load, project_for, sopap

ESCAPE = re.compile(r"\x1b\[[0-9;]*m")
BY_NAME = {case.nama: case for case in load()}
SOPAP = str(Path(sys.executable).with_name("sopap"))


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR", "PY_COLORS", "CI")}
    return {**env, "TERM": "xterm-256color", **extra}


def _in_terminal(argv: list[str], cwd: Path, **env: str) -> tuple[int, str]:
    """Run ``sopap ARGV`` with stdout and stderr on a pseudo-terminal."""
    leader, follower = pty.openpty()
    process = subprocess.Popen(
        [SOPAP, *argv], cwd=cwd, stdin=subprocess.DEVNULL, stdout=follower, stderr=follower, env=_env(**env)
    )
    os.close(follower)
    chunks = []
    while True:
        ready, _, _ = select.select([leader], [], [], 120)
        if not ready:
            process.kill()
            break
        try:
            data = os.read(leader, 65536)
        except OSError:  # the terminal closes when the process ends
            break
        if not data:
            break
        chunks.append(data)
    os.close(leader)
    return process.wait(timeout=120), b"".join(chunks).decode("utf-8", "replace")


def _in_pipe(argv: list[str], cwd: Path, **env: str) -> tuple[int, str]:
    run = subprocess.run([SOPAP, *argv], cwd=cwd, capture_output=True, text=True, timeout=300, env=_env(**env))
    return run.returncode, run.stdout + run.stderr


@pytest.fixture
def broken(tmp_path) -> Path:
    """A project with a step whose waktu cannot be read (a warning, a lint finding)."""
    return project_for(BY_NAME["waktu-tidak-terbaca"], tmp_path)


def test_a_terminal_gets_colours_a_pipe_and_no_color_do_not(broken):
    for argv in (["build"], ["lint"]):
        code, text = _in_terminal(argv, broken)
        assert code == 1 and ESCAPE.search(text), (argv, text[-2000:])
        code, text = _in_terminal(argv, broken, NO_COLOR="1")
        assert code == 1 and "\x1b" not in text, (argv, text[-2000:])
        assert "waktu 'dua jam' tidak dapat dibaca" in text
        code, text = _in_pipe(argv, broken)
        assert code == 1 and "\x1b" not in text, (argv, text[-2000:])
        assert not any(bad in text for bad in NEVER)


def test_diff_colours_only_a_terminal(broken):
    sources = broken / "sop_source"
    argv = ["diff", str(sources / "sop-sah.md"), str(sources / "waktu-tidak-terbaca.md")]
    _, text = _in_terminal(argv, broken)
    assert ESCAPE.search(text), text[-2000:]
    for _, text in (_in_terminal(argv, broken, NO_COLOR="1"), _in_pipe(argv, broken)):
        assert "\x1b" not in text and "dua jam" in text, text[-2000:]


@pytest.mark.parametrize(
    "argv",
    [["export", "json", "-o", "keluaran/sopap.json"], ["pdf", "-o", "keluaran/pdf"], ["bpmn", "-o", "keluaran/bpmn"], ["features"]],
    ids=["export", "pdf", "bpmn", "features"],
)
def test_every_command_that_reads_sources_writes_no_colour_to_a_pipe(broken, argv, monkeypatch):
    """In process, as the corpus tests run it: the output is a buffer, not a terminal."""
    monkeypatch.delenv("NO_COLOR", raising=False)
    result = sopap(*argv, "--project", str(broken))
    assert result.code in (1, 2) and "PERINGATAN" in result.text
    assert "\x1b" not in result.text, result.text[-2000:]



def test_conform_colours_only_a_terminal(tmp_path):
    """pytest's report inside ``sopap conform`` follows the same rule."""
    root = project_for(BY_NAME["unicode-sah"], tmp_path)
    assert sopap("features", "--project", str(root)).code == 0
    argv = ["conform", "--impl", "reference"]
    code, text = _in_terminal(argv, root)
    assert code == 0 and ESCAPE.search(text), text[-2000:]
    for code, text in (_in_terminal(argv, root, NO_COLOR="1"), _in_pipe(argv, root)):
        assert code == 0 and "\x1b" not in text and "skenario lulus" in text, text[-2000:]
