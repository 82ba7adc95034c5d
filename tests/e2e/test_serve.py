"""``sopap serve``: the live preview rebuilds a page when its source is saved."""

from __future__ import annotations

import http.client
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request

from support import TESTS

ROOT = TESTS / "roots" / "test-html"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> str | None:
    """The page, or None while the server is down or the page is being rewritten.

    Sphinx writes a page in place, so a request that lands during the rebuild can
    get fewer bytes than the announced length (``IncompleteRead``); the browser's
    reload comes after the rebuild, and so does the next poll here.
    """
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8", errors="replace")
    except (OSError, http.client.HTTPException):
        return None


def _wait_for(url: str, needle: str, seconds: float) -> str:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        body = _get(url)
        if body is not None and needle in body:
            return body
        time.sleep(0.5)
    raise AssertionError(f"{needle!r} tidak muncul di {url} dalam {seconds} detik")


def test_serve_rebuilds_on_save_and_reloads(tmp_path):
    project = tmp_path / "proyek"
    shutil.copytree(ROOT, project)
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "sopap", "serve", "--project", str(project), "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        page = f"http://127.0.0.1:{port}/sop-alur.html"
        body = _wait_for(page, "Memeriksa draf laporan", 90)
        assert "websocket-reload" in body  # the page reloads itself after a rebuild
        source = project / "sop-alur.md"
        source.write_text(source.read_text(encoding="utf-8").replace(
            "Memeriksa draf laporan\n", "Memeriksa draf laporan dengan teliti\n"), encoding="utf-8")
        _wait_for(page, "Memeriksa draf laporan dengan teliti", 90)
        assert (project / "_build" / "serve" / "html" / "sop-alur.html").exists()
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            out, _ = proc.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            out, _ = proc.communicate()
    assert b"pratinjau langsung" in out
    assert b"[sphinx-autobuild]" in out and b"\x1b" not in out  # its lines, without their colours, in a pipe


def test_serve_watches_sources_not_builds():
    import argparse

    from sopap.cli.serve import autobuild_argv
    from sopap.sphinxext.project import Project

    project = Project(ROOT, build_dir=ROOT / "_build")
    argv = autobuild_argv(project, argparse.Namespace(host="127.0.0.1", port=8123, open=False))
    assert argv[:2] == [str(ROOT.resolve()), str(ROOT.resolve() / "_build" / "serve" / "html")]
    ignored = {argv[i + 1] for i, a in enumerate(argv) if a == "--ignore"}
    assert {str(ROOT.resolve() / name) for name in ("_build", ".venv", ".git")} <= ignored
    assert "-W" not in argv  # the preview keeps showing the page when there are warnings
    # the preview draws no lampiran, so its pages do not link them
    assert argv[argv.index("-D") + 1] == "sopap_lampiran_download=0"
