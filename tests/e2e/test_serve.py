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
    # the preview draws no lampiran, so its pages do not link them; it shows the problems on every page
    defines = [argv[i + 1] for i, a in enumerate(argv) if a == "-D"]
    assert defines == ["sopap_lampiran_download=0", "sopap_preview=1"]


def _banner(url: str) -> dict:
    """What a person sees at the top of the page in Chromium: the problem banner."""
    import threading

    from support.browser import CHROMIUM, FLAGS

    if not CHROMIUM.exists():
        raise AssertionError("chromium tidak terpasang; jalankan: sh scripts/bootstrap-system test")
    seen: dict = {}

    def look() -> None:
        from playwright.sync_api import sync_playwright

        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
            page = browser.new_page(viewport={"width": 390, "height": 900})
            page.goto(url)
            page.wait_for_load_state("networkidle")
            box = page.query_selector("#sopap-masalah")
            seen["visible"] = bool(box and box.is_visible())
            seen["text"] = box.inner_text() if box else ""
            seen["unknown_column"] = page.eval_on_selector_all("td.sopap-kartu.sopap-aktor-asing", "ts => ts.map(t => t.innerText)")
            browser.close()

    thread = threading.Thread(target=look)  # another test module may hold a Playwright session here
    thread.start()
    thread.join()
    return seen


def test_the_preview_shows_every_problem_in_the_browser_until_fixed(tmp_path):
    """A mistyped pelaksana: the page still renders, a banner names the file and
    line above it, the step's symbol stands in a column marked as unknown, the
    terminal says PERINGATAN with the project's relative path; fixed, it goes."""
    import json

    project = tmp_path / "proyek"
    shutil.copytree(ROOT, project)
    source = project / "sop-alur.md"
    good = source.read_text(encoding="utf-8")
    assert "pelaksana: kabid\n" in good
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "sopap", "serve", "--project", str(project), "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        _wait_for(base + "/_static/sopap-masalah.json", '"masalah": []', 90)
        assert _banner(base + "/sop-alur.html")["visible"] is False
        source.write_text(good.replace("pelaksana: kabid\n", "pelaksana: kabd\n", 1), encoding="utf-8")
        data = json.loads(_wait_for(base + "/_static/sopap-masalah.json", "kabd", 90))
        line = next(n for n, text in enumerate(source.read_text(encoding="utf-8").splitlines(), 1) if "kabd" in text)
        assert data["masalah"][0]["berkas"] == "sop-alur.md" and data["masalah"][0]["baris"] == line
        seen = _banner(base + "/sop-alur.html")
        assert seen["visible"] and "PRATINJAU: 1 masalah pada sumber (1 di halaman ini)" in seen["text"]
        assert f"sop-alur.md:{line} PERINGATAN: pelaksana 'kabd' pada langkah" in seen["text"]
        # on a phone the step's card names the pelaksana that is not a column
        assert seen["unknown_column"] and all("kabd\npelaksana tidak dikenal" in text for text in seen["unknown_column"])
        other = _banner(base + "/index.html")  # every page says so, the page concerned first
        assert other["visible"] and "Halaman ini sendiri tidak bermasalah" in other["text"]
        source.write_text(good, encoding="utf-8")
        _wait_for(base + "/_static/sopap-masalah.json", '"masalah": []', 90)
        assert _banner(base + "/sop-alur.html")["visible"] is False
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            out, _ = proc.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            out, _ = proc.communicate()
    text = out.decode("utf-8", "replace")
    assert f"sop-alur.md:{line}: PERINGATAN: pelaksana 'kabd'" in text
    assert "WARNING" not in text
    assert not [row for row in text.splitlines() if "PERINGATAN" in row and str(project) in row]
