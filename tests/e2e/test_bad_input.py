"""The bad-input corpus (tests/masukan-rusak/): every malformed source, as a user meets it.

For each case of ``kasus.toml``: ``sopap build`` and ``sopap lint`` give the
expected exit code and every expected Indonesian message with its file and
line (and, for a failing build, no other warning); no Python traceback is
ever printed; and nothing is published from a source with problems: a failed
build leaves its work in ``_build/kerja`` with ``GAGAL.txt`` and publishes no
HTML, JSON, PDF, BPMN or features. Sphinx's own ``sphinx-build`` on the same
projects never shows a traceback either.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from support.active_content import output_problems
from support.bad_input import CORPUS, NEVER, RAHASIA, Kasus, load, project_for, sopap

CASES = load()
BY_NAME = {case.nama: case for case in CASES}
ALL_OUTPUTS = ("html", "json", "pdf", "bpmn")


def _files(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()] if folder.exists() else []


def _no_traceback(text: str) -> None:
    for bad in NEVER:
        assert bad not in text, text[-3000:]
    # no escape sequence at all: a source's own never reaches the terminal, and the
    # output here is a buffer, not a terminal, so sopap and Sphinx write no colour either
    assert "\x1b" not in text, text[-3000:]


def test_the_corpus_is_large_and_every_case_file_is_in_the_table():
    assert len(CASES) >= 120
    on_disk = {p.name.removesuffix(".md") for p in (CORPUS / "kasus").iterdir()}
    made_at_run_time = {c.nama for c in CASES if c.tautan}
    assert on_disk == set(BY_NAME) - made_at_run_time
    assert all(case.pesan or case.build == 0 for case in CASES)


def _messages(result) -> list[str]:
    """What a build told the user: its warnings and sopap's own lines, without timings
    and without how many outputs it had to make again (an incremental build makes none)."""
    lines = [line for line in result.lines if WARNING_LINE.search(line) or line.startswith("sopap: ")]
    lines = [re.sub(r" \(\d+\.\d d\)$|; features/ diperbarui$", "", line) for line in lines]
    return sorted(re.sub(r"\b\d+ ((?:lampiran )?digambar|Keputusan disusun|diekspor|dibuat)", r"N \1", line) for line in lines)


WARNING_LINE = re.compile(r"(PERINGATAN|GALAT|KRITIS): ")


@pytest.mark.parametrize("case", CASES, ids=[c.nama for c in CASES])
def test_sopap_build(case: Kasus, tmp_path):
    root = project_for(case, tmp_path)
    before = _tree(tmp_path, root)
    first = sopap("build", "--project", str(root))
    _check_build(case, root, first)
    # nothing edited: every problem is reported again, and nothing more is published
    again = sopap("build", "--project", str(root))
    assert (again.code, _messages(again)) == (first.code, _messages(first)), again.text[-3000:]
    _check_build(case, root, again)
    # outputs only where outputs go: no page named after a source's code lands elsewhere
    assert _tree(tmp_path, root) == before


def _tree(tmp: Path, root: Path) -> set[str]:
    """Every file under ``tmp`` but the outputs (``_build``, ``features``)."""
    outputs = (root / "_build", root / "features")
    return {
        str(p.relative_to(tmp)) for p in tmp.rglob("*")
        if not any(p == o or o in p.parents for o in outputs)
    }


def _check_build(case: Kasus, root: Path, result) -> None:
    _no_traceback(result.text)
    # every page, flowchart, lampiran and BPMN file, read by parsers: nothing links to a
    # script, loads from the network, redirects or runs (also the pages set aside)
    assert not output_problems(root / "_build"), output_problems(root / "_build")
    assert result.code == case.build, result.text[-3000:]
    for pesan in case.pesan:
        assert pesan.found_in(result.lines), (pesan, result.text[-3000:])
    if case.build == 1:
        assert len(result.warnings) == len(case.pesan), result.warnings
    elif case.build == 2:
        assert not result.warnings, result.warnings
        assert all(any(line.startswith("sopap: ") and p.teks in line for line in result.lines) for p in case.pesan)

    build = root / "_build"
    made = {name for name in ALL_OUTPUTS if _files(build / name)}
    if case.build == 0:
        assert made == set(ALL_OUTPUTS) and _files(root / "features")
        return
    # nothing published from a source with problems; the steps before the failing one are in the work folder
    assert made == set() and not _files(root / "features")
    assert set(case.keluaran) <= {name for name in ALL_OUTPUTS if _files(build / "kerja" / name)}
    assert not [p for p in _files(build) if p.name.startswith(".") and p.suffix == ".tmp"]
    assert "tidak ada yang diterbitkan" in result.text
    if case.build == 1:
        note = (build / "kerja" / "GAGAL.txt").read_text(encoding="utf-8")
        assert "TIDAK DITERBITKAN: jangan" in note and all(p.teks in note for p in case.pesan)
    if case.tautan == "luar":
        leaked = [p for p in _files(build) if RAHASIA.encode() in p.read_bytes()]
        assert not leaked


@pytest.mark.parametrize("case", [c for c in CASES if c.lint is not None], ids=lambda c: c.nama)
def test_sopap_lint(case: Kasus, tmp_path):
    root = project_for(case, tmp_path)
    result = sopap("lint", "--project", str(root))
    _no_traceback(result.text)
    assert result.code == case.lint, result.text[-3000:]
    for pesan in case.pesan if case.pesan_lint is None else case.pesan_lint:
        assert pesan.found_in(result.lines), (pesan, result.text[-3000:])


#: One case per kind of problem: sopap's reader, MyST, the file's bytes, refused content, a link.
KINDS = ["waktu-tidak-terbaca", "opsi-tanpa-titik-dua", "bukan-utf8", "html-mentah", "tautan-ke-luar-proyek"]


@pytest.mark.parametrize("name", KINDS)
def test_every_output_command_refuses_a_source_with_problems_and_writes_nothing(name, tmp_path):
    root = project_for(BY_NAME[name], tmp_path)
    out = tmp_path / "keluaran"
    for argv in (
        ["export", "json", "-o", str(out / "sopap.json")],
        ["pdf", "-o", str(out / "pdf")],
        ["bpmn", "-o", str(out / "bpmn")],
        ["features"],
    ):
        result = sopap(*argv, "--project", str(root))
        _no_traceback(result.text)
        assert result.code in (1, 2), (argv, result.text[-2000:])
        assert "PERINGATAN" in result.text
    assert not _files(out) and not _files(root / "features")


def test_a_failed_build_leaves_the_last_good_handbook_served(tmp_path):
    """A typo never takes the intranet site offline: the handbook built last
    without a problem stays in _build (every output, byte for byte), the
    build says so, and the next good build starts from the failed one's work."""
    root = project_for(BY_NAME["waktu-tidak-terbaca"], tmp_path)
    source = root / "sop_source" / "waktu-tidak-terbaca.md"
    broken = source.read_text(encoding="utf-8")
    source.write_text(broken.replace("waktu: dua jam", "waktu: 2 jam"), encoding="utf-8")
    assert sopap("build", "--project", str(root)).code == 0
    build = root / "_build"
    html = build / "html"
    page = html / "sop_source" / "waktu-tidak-terbaca.html"
    assert page.is_file() and html.is_symlink()
    served = {p: p.read_bytes() for name in ALL_OUTPUTS for p in (build / name).rglob("*") if p.is_file()}
    features = {p: p.read_bytes() for p in (root / "features").iterdir()}

    source.write_text(broken, encoding="utf-8")
    failed = sopap("build", "--project", str(root))
    assert failed.code == 1
    assert "tidak ada yang diterbitkan: _build/html, json, pdf dan bpmn tetap buku pegangan terakhir" in failed.text
    assert "alasannya di _build/kerja/GAGAL.txt" in failed.text
    now = {p: p.read_bytes() for name in ALL_OUTPUTS for p in (build / name).rglob("*") if p.is_file()}
    assert now == served and {p: p.read_bytes() for p in (root / "features").iterdir()} == features
    # the pages drawn from the broken source are there to look at, not served
    assert "2 Jam" in page.read_text(encoding="utf-8")
    assert "2 Jam" not in (build / "kerja" / "html" / "sop_source" / page.name).read_text(encoding="utf-8")

    other = build / "kerja" / "html" / "sop_source" / "sop-sah.html"
    written = other.stat().st_mtime_ns
    source.write_text(broken.replace("waktu: dua jam", "waktu: 3 jam"), encoding="utf-8")
    again = sopap("build", "--project", str(root))
    assert again.code == 0, again.text[-2000:]
    assert not (build / "kerja" / "GAGAL.txt").exists()
    assert "3 Jam" in page.read_text(encoding="utf-8")
    # incremental: the other SOP's page, unchanged, was not written again
    assert other.stat().st_mtime_ns == written
    assert (html / "sop_source" / "sop-sah.html").stat().st_mtime_ns == written


def _sphinx_build(root: Path) -> tuple[int, str]:
    from sphinx.cmd.build import build_main

    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer), contextlib.redirect_stderr(buffer):
        code = build_main(["-W", "-q", "-b", "html", str(root), str(root / "_build" / "sphinx")])
    return code, buffer.getvalue()


#: Cases that once stopped Sphinx itself with a traceback in sopap's code.
SPHINX_CASES = [
    "bukan-utf8", "waktu-tak-hingga", "karakter-nul", "tautan-putus", "unicode-sah", "kode-ganda",
    # and the classes of internal errors found later: numbers, an image link in eval-rst, footnotes, codes
    "nomor-superskrip", "nomor-5000-digit", "evalrst-gambar-target", "halaman-evalrst-catatan-kaki",
    "kode-jalur-keluar", "rujukan-langkah-superskrip",
]


@pytest.mark.parametrize("name", SPHINX_CASES)
def test_sphinx_build_itself_never_shows_a_traceback(name, tmp_path):
    case = BY_NAME[name]
    root = project_for(case, tmp_path)
    code, text = _sphinx_build(root)
    _no_traceback(text)
    assert "Exception occurred" not in text and "Extension error" not in text, text[-2000:]
    assert code == (0 if case.build == 0 else 1), text[-2000:]
    for pesan in case.pesan:
        assert pesan.teks in text


@pytest.mark.parametrize("name", ["rujukan-sop-hilang", "kode-ganda", "front-matter-rusak", "opsi-berkomentar"])
def test_sphinx_build_twice_fails_twice_with_the_same_warnings(name, tmp_path):
    """The rule lives in the extension: plain ``sphinx-build -W`` forgets nothing either."""
    root = project_for(BY_NAME[name], tmp_path)
    first, second = _sphinx_build(root), _sphinx_build(root)
    assert first[0] == second[0] == 1
    assert sorted(first[1].splitlines()) == sorted(second[1].splitlines()), second[1]


def test_the_console_script_as_a_user_runs_it(tmp_path):
    """The installed `sopap` in a subprocess: the messages and exit codes of main()."""
    exe = Path(sys.executable).with_name("sopap")
    for name in ("bukan-utf8", "conf-salah-tulis"):
        case = BY_NAME[name]
        root = project_for(case, tmp_path / name)
        env = {**os.environ, "PYTHONHASHSEED": "7", "NO_COLOR": "1"}
        run = subprocess.run([str(exe), "build"], cwd=root, capture_output=True, text=True, timeout=300, env=env)
        _no_traceback(run.stdout + run.stderr)
        assert run.returncode == case.build
        assert all(p.teks in run.stderr for p in case.pesan), run.stderr


def test_sopap_diff_shows_a_sources_escape_sequence_as_text(tmp_path):
    """sopap diff compares sources with problems too, and prints their changed words."""
    root = project_for(BY_NAME["karakter-esc"], tmp_path)
    sources = root / "sop_source"
    result = sopap("diff", str(sources / "sop-sah.md"), str(sources / "karakter-esc.md"), "--project", str(root))
    _no_traceback(result.text)
    assert "\x1b" not in result.text
    assert "{+[U+001B][31mkonsep[U+001B][0m+}" in result.text
    assert "perhatian (baru): " in result.text and "karakter kendali U+001B (ESC)" in result.text
