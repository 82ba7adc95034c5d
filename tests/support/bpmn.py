"""Shared pieces of the BPMN tests (not fixtures): corpora, the npm tools
in ``tools/bpmn`` and a loopback server for bpmn-js in headless Chromium."""

from __future__ import annotations

import functools
import http.server
import json
import shutil
import subprocess
import threading
import urllib.parse
from html.parser import HTMLParser
from pathlib import Path

from support import BENIH, KORPUS, TESTS, session_dir

PROJECT = TESTS.parent
TOOLS = PROJECT / "tools" / "bpmn"
CHROMIUM = Path("/usr/bin/chromium")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]

ROOTS = {
    "seed": KORPUS,  # the living corpus, whatever it holds
    "benih": BENIH,  # the frozen seed, for facts of its SOPs
    "keputusan": TESTS / "roots" / "test-keputusan",
    "rincian": TESTS / "roots" / "test-rincian",
}


@functools.cache
def corpus(name: str):
    """The model of a project, read once per test session into a temp build dir.

    Not strict: a warning about some other page of the handbook is not the
    BPMN export's business (tests/e2e/test_seed_corpus.py guards the sources).
    """
    import io

    from sopap.sphinxext.project import Project

    return Project(ROOTS[name], build_dir=session_dir(f"sopap-bpmn-{name}-")).load_corpus(strict=False, warning_stream=io.StringIO())


def seed_and_decision():
    """Every SOP of the seed and the decision (back-edge) root, as (label, sop)."""
    return [(f"seed/{sop.id}", sop) for sop in corpus("seed")] + [
        (f"keputusan/{sop.id}", sop) for sop in corpus("keputusan")
    ]


# -- npm tools ---------------------------------------------------------------


@functools.cache
def tools_problem() -> str | None:
    """Why the npm tools cannot be used here, or None once they are installed.

    Installs them with ``npm ci`` (as ``make test`` does) when npm exists but
    ``tools/bpmn/node_modules`` does not yet.
    """
    node, npm = shutil.which("node"), shutil.which("npm")
    if not node or not npm:
        return "npm/Node.js tidak tersedia (sh scripts/bootstrap-system test memasangnya)"
    version = subprocess.run([node, "--version"], capture_output=True, text=True).stdout.strip()
    major = int(version.lstrip("v").split(".")[0] or 0)
    if major < 20:
        return f"Node.js {version} terlalu lama; bpmnlint memerlukan Node.js 20 atau lebih baru"
    if not (TOOLS / "node_modules" / "bpmn-js" / "dist").is_dir():
        result = subprocess.run(
            [npm, "ci", "--prefix", str(TOOLS), "--no-audit", "--no-fund", "--loglevel=error"],
            capture_output=True,
            text=True,
            timeout=600,
        )
        if result.returncode != 0:
            raise RuntimeError(f"npm ci di tools/bpmn gagal:\n{result.stderr}")
    return None


def bpmnlint(files: list[Path]) -> dict[str, list[dict]]:
    """bpmnlint (recommended + camunda-compat 8.8) problems per file, via tools/bpmn/lint.js."""
    result = subprocess.run(
        ["node", str(TOOLS / "lint.js"), *map(str, files)], capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


# -- bpmn-js in headless Chromium -------------------------------------------


class ViewerServer:
    """Serves the viewer page, bpmn-js's dist files and exported diagrams on 127.0.0.1."""

    def __init__(self, diagrams: Path) -> None:
        handler = functools.partial(_Handler, diagrams=diagrams)
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def url(self, *files: str, **params: str) -> str:
        host, port = self.httpd.server_address[:2]
        query = urllib.parse.urlencode([("berkas", f"/berkas/{f}") for f in files] + list(params.items()))
        return f"http://{host}:{port}/periksa.html?{query}"

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


class _Handler(http.server.SimpleHTTPRequestHandler):
    def __init__(self, *args, diagrams: Path, **kwargs) -> None:
        self.diagrams = diagrams
        super().__init__(*args, directory=str(TOOLS / "viewer"), **kwargs)

    def translate_path(self, path: str) -> str:
        path = urllib.parse.unquote(path.split("?", 1)[0])
        for prefix, base in (
            ("/bpmn-js/", TOOLS / "node_modules" / "bpmn-js" / "dist"),
            ("/berkas/", self.diagrams),
        ):
            if path.startswith(prefix):
                target = (base / path[len(prefix) :]).resolve()
                return str(target) if target.is_relative_to(base.resolve()) else str(base / "-")
        return super().translate_path(path)

    def log_message(self, format, *args):  # noqa: A002 - stdlib signature
        pass


class _Result(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.inside = False
        self.text = ""

    def handle_starttag(self, tag, attrs):
        self.inside = tag == "pre" and ("id", "hasil") in attrs

    def handle_endtag(self, tag):
        self.inside = False

    def handle_data(self, data):
        if self.inside:
            self.text += data


def render(url: str) -> list[dict]:
    """What bpmn-js rendered for each file of the viewer URL (see periksa.js)."""
    result = subprocess.run(
        [str(CHROMIUM), *FLAGS, "--virtual-time-budget=60000", "--dump-dom", url],
        capture_output=True,
        text=True,
        timeout=180,
    )
    parser = _Result()
    parser.feed(result.stdout)
    assert parser.text, f"halaman pemeriksa tidak menulis hasil:\n{result.stderr[-2000:]}"
    return json.loads(parser.text)


def screenshot(url: str, path: Path, size: str = "1600,1000") -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [str(CHROMIUM), *FLAGS, "--virtual-time-budget=20000", f"--window-size={size}", f"--screenshot={path}", url],
        capture_output=True,
        timeout=180,
        check=True,
    )


def rumit():
    """A made-up SOP with every kind of flow the layout must route: decisions
    with a forward branch over nodes of their own lane and a back-edge to a
    lane above, back-edges within a lane and from a lower lane, two merges,
    an empty lane and a step without waktu or documents."""
    from sopap.model.sop import Arah, Cabang, Identitas, Langkah, Pelaksana, Simbol, Sop
    from sopap.model.waktu import Waktu

    def step(nomor, pelaksana, berikutnya, cabang=None, waktu=Waktu(2, "jam"), masuk=(), keluar=()):
        simbol = Simbol.BELAH_KETUPAT if cabang else Simbol.KOTAK
        return Langkah(nomor, f"Mengerjakan langkah {nomor} dengan teliti", pelaksana, kelengkapan=masuk,
                       waktu=waktu, output=keluar, berikutnya=berikutnya, cabang=cabang, simbol=simbol)

    steps = (
        step(1, "a", (2,), masuk=("Surat permohonan",), keluar=("Disposisi",)),
        step(2, "b", (5, 1), Cabang(Arah(5, "Disetujui"), Arah(1, "Dikembalikan")), masuk=("Disposisi",)),
        step(3, "b", (4,), waktu=None),
        step(4, "c", (6, 3), Cabang(Arah(6, "Sesuai"), Arah(3, "Perlu perbaikan")), keluar=("Berita acara",)),
        step(5, "c", (3,), masuk=("Disposisi", "Surat permohonan"), keluar=("Konsep", "Daftar hadir", "Foto")),
        step(6, "a", (), masuk=("Berita acara",), keluar=("Laporan",)),
    )
    return Sop(
        id="rumit", nama="SOP Rumit untuk Uji Tata Letak", lampiran="I", instansi="Dinas Uji", bidang="UJI",
        identitas=Identitas(),
        pelaksana=(Pelaksana("a", "Kepala Dinas"), Pelaksana("kosong", "Sekretaris"), Pelaksana("b", "Kepala Bidang"),
                   Pelaksana("c", "Pelaksana")),
        langkah=steps,
    )


def seed_decision_and_rumit():
    return seed_and_decision() + [("rumit", rumit())]
