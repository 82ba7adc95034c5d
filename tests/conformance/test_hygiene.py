"""Conformance process hygiene, as a user meets it (issue 15 item 5, issue 16 item 7).

Each class of problem has a regression case with its exit code and message:
a hang in one SOP leaves a real verdict for every other SOP; a harness's
child in its own session does not outlive ``sopap conform``; escape
sequences from an implementation never reach the terminal raw; serve-ref
answers absurdly deep JSON with 400; colour only on a terminal and never
with ``NO_COLOR``; errored scenarios are called galat everywhere.
"""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import httpx
import pytest

from sopap.conformance import limits
from sopap.conformance.http.client import start_reference_server, stop_server
from support import server_rusak
from support.conformance import PROJECT, TESTS, run_suite, scenario_titles

SOPAP = Path(sys.executable).with_name("sopap")
BROKEN = f"{sys.executable} {TESTS / 'support' / 'harness_rusak.py'}"
SOPS = ("pendampingan-kasus-anak", "diklat-pprg", "pembinaan-gow")
FEATURES = [PROJECT / "features" / f"{sop}.feature" for sop in SOPS]


def _count(sop: str, step: str = "langkah-1") -> int:
    return sum(1 for _, tags in scenario_titles(PROJECT / "features")[sop] if step in tags)


def _conform(args: list[str], env: dict | None = None, cwd: Path = PROJECT) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(SOPAP), "conform", *args],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=cwd,
        env={**os.environ, **(env or {})},
    )


# -- one hanging SOP does not hide the others -------------------------------------------

ADAPTER = textwrap.dedent(
    """
    import time

    from sopap.conformance.engine import ReferenceEngine


    class MacetPadaSatuSop(ReferenceEngine):
        # an in-process adapter whose system hangs on every completion of one SOP
        def complete(self, case_id, *args, **kwargs):
            if self._cases[case_id].sop.id == "diklat-pprg":
                time.sleep(3600)
            return super().complete(case_id, *args, **kwargs)
    """
)


@pytest.fixture(scope="module")
def hanging(tmp_path_factory):
    folder = tmp_path_factory.mktemp("macet-satu-sop")
    (folder / "adapter_macet.py").write_text(ADAPTER, encoding="utf-8")
    names = [f"cmd:{BROKEN} macet-pada diklat-pprg", "adapter_macet:MacetPadaSatuSop"]
    env = {"PYTHONPATH": str(folder), limits.ENV: "0.3"}
    return run_suite(FEATURES, names, folder / "laporan", "-k", "langkah_1_", env=env), names


@pytest.mark.parametrize("which", [0, 1], ids=["harness", "adapter-python"])
def test_a_hang_in_one_sop_leaves_a_real_verdict_for_every_other_sop(hanging, which):
    run, names = hanging
    name = names[which]
    assert run.returncode == 1
    cells = {c["sop"]: c for c in run.report["sel"] if c["implementasi"] == name}
    for sop in ("pendampingan-kasus-anak", "pembinaan-gow"):  # before and after the hanging SOP
        assert (cells[sop]["lulus"], cells[sop]["tidak_dijalankan"]) == (_count(sop), 0), cells[sop]
    hung = cells["diklat-pprg"]
    assert hung["galat"] == _count("diklat-pprg") and hung["lulus"] == 0
    assert hung["tidak_dijalankan"] > 0  # given up on this SOP: the matrix says which were not tested
    not_run = [t for t in hung["temuan"] if not t["dijalankan"]]
    assert all("pada SOP ini" in t["alasan"] for t in not_run), not_run
    page = (run.report and json.dumps(run.report))
    assert "tidak_dijalankan" in page


# -- processes of an implementation end with the run ---------------------------------------


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="utf-8") as handle:
            return handle.read().split(") ", 1)[1][0] != "Z"
    except OSError:
        return False


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="membutuhkan /proc (Linux)")
def test_a_harness_child_in_its_own_session_does_not_outlive_the_run(tmp_path):
    pidfile = tmp_path / "anak.pid"
    result = _conform(
        ["--impl", f"cmd:{BROKEN} anak-sesi-sendiri {pidfile}", "--sop", SOPS[0], "--", "-k", "langkah_1_"]
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr
    assert f"sopap: SESUAI: {_count(SOPS[0])} skenario lulus" in result.stdout
    pid = int(pidfile.read_text(encoding="utf-8"))
    for _ in range(50):
        if not _alive(pid):
            break
        time.sleep(0.1)
    assert not _alive(pid), f"anak harness (pid {pid}) masih berjalan sesudah sopap conform selesai"


# -- text from implementations never reaches a terminal raw --------------------------------


def test_escape_sequences_in_a_harness_stderr_are_shown_escaped(tmp_path):
    report = tmp_path / "laporan"
    result = _conform(
        ["--impl", f"cmd:{BROKEN} stderr-ansi", "--sop", SOPS[0], "--report", str(report), "--", "-k", "langkah_1_"]
    )
    assert result.returncode == 1
    assert "\x1b" not in result.stdout + result.stderr and "\x07" not in result.stdout + result.stderr
    assert "[U+001B][2J[U+001B]]0;judul palsu[U+0007]" in result.stdout
    data = json.loads((report / "kesesuaian.json").read_text(encoding="utf-8"))
    reasons = [t["alasan"] for c in data["sel"] for t in c["temuan"]]
    assert reasons and all("\x1b" not in r for r in reasons)
    assert any("stderr harness: [U+001B][2J" in r for r in reasons)


def test_escape_sequences_in_an_http_error_body_are_shown_escaped(tmp_path):
    with server_rusak.running("galat-ansi") as url:
        result = _conform(["--impl", url, "--sop", SOPS[0], "--", "-k", "langkah_1_positif"])
    assert result.returncode == 1
    assert "\x1b" not in result.stdout + result.stderr
    assert "basis data [U+001B][31mrusak[U+001B][0m (internal)" in result.stdout


# -- serve-ref: malformed and absurdly deep JSON ---------------------------------------------


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"[" * 100_000 + b"]" * 100_000, "badan permintaan JSON bersarang terlalu dalam"),
        (b'{"sop_id": ', "badan permintaan bukan JSON"),
    ],
)
def test_serve_ref_answers_bad_json_with_400_and_a_message(body, message):
    server, url = start_reference_server()
    try:
        for path in ("/cases", "/sops", "/test/clock"):
            method = "PUT" if path == "/test/clock" else "POST"
            response = httpx.request(method, url + path, content=body, timeout=30)
            assert response.status_code == 400, (path, response.text[:200])
            assert response.json()["error"] == {"kind": "bad_request", "message": message.split(";")[0]} or (
                response.json()["error"]["message"].startswith(message)
            )
        assert httpx.get(url + "/info", timeout=10).status_code == 200  # and it keeps serving
    finally:
        stop_server(server)


def test_the_reference_harness_answers_absurdly_deep_json_with_a_structured_error():
    from sopap.conformance.harness import REFERENCE_COMMAND

    lines = ["[" * 100_000 + "]" * 100_000, '{"id": 1, "cmd": "start", "protocol": 2}', '{"id": 2, "cmd": "stop"}']
    done = subprocess.run(REFERENCE_COMMAND, input="\n".join(lines) + "\n", capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    first, second, third = (json.loads(line) for line in done.stdout.splitlines())
    assert first["id"] is None and first["error"]["kind"] == "bad_request"
    assert first["error"]["message"].startswith("baris bersarang terlalu dalam")
    assert second["ok"] and third["ok"]


# -- one vocabulary; colour only on a terminal -------------------------------------------------


def test_errored_scenarios_are_galat_in_the_terminal_json_and_junit(tmp_path):
    report = tmp_path / "laporan"
    result = _conform(
        ["--impl", f"cmd:{BROKEN} mati-di-tengah", "--sop", SOPS[0], "--report", str(report), "--", "-k", "langkah_1_"]
    )
    count = _count(SOPS[0])
    assert result.returncode == 1
    assert f"sopap: GALAT: {count} skenario galat (galat: implementasi rusak" in result.stderr
    assert "skenario gagal" not in result.stderr
    assert f"{count} error" in result.stdout and " failed" not in result.stdout.splitlines()[-1]
    data = json.loads((report / "kesesuaian.json").read_text(encoding="utf-8"))
    assert data["jumlah"][f"cmd:{BROKEN} mati-di-tengah"]["galat"] == count
    junit = (report / "junit.xml").read_text(encoding="utf-8")
    assert junit.count("<error ") == count and "<failure " not in junit
    assert "galat" in (report / "kesesuaian.html").read_text(encoding="utf-8")


def _on_a_terminal(args: list[str], env: dict) -> str:
    master, slave = pty.openpty()
    proc = subprocess.Popen([str(SOPAP), *args], cwd=PROJECT, stdout=slave, stderr=slave, env={**os.environ, **env})
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
    proc.wait(timeout=300)
    return b"".join(chunks).decode("utf-8", "replace")


def test_colour_only_on_a_terminal_and_never_with_no_color():
    args = ["conform", "--impl", "mutan-abaikan-pelaksana", "--sop", SOPS[0], "--", "-k", "langkah_1_"]
    plain = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "PY_COLORS", "FORCE_COLOR")}
    os.environ.clear()
    os.environ.update(plain)
    coloured = _on_a_terminal(args, {"TERM": "xterm"})
    assert "\x1b[31m" in coloured or "\x1b[1m\x1b[31m" in coloured
    assert "\x1b[3" not in _on_a_terminal(args, {"TERM": "xterm", "NO_COLOR": "1"})
    piped = _conform(args)
    assert "\x1b[" not in piped.stdout + piped.stderr
