"""The HTTP protocol: the OpenAPI document, the reference server, broken servers, the commands.

The reference server passes the whole suite over real HTTP in the matrix run
of ``test_mutants.py`` (``--sop-impl http``). Here: the OpenAPI
document is valid and says what the server does; the documented session is
what the server answers; a server that answers garbage, slowly or not at
all errs the scenarios with a clear reason in bounded time; and the
commands work as a user runs them.
"""

from __future__ import annotations

import contextlib
import json
import re
import shlex
import signal
import socket
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from sopap.conformance.clock import Clock
from sopap.conformance.http.client import reference_server, start_reference_server, stop_server
from sopap.conformance.http.server import create_app, openapi_document
from sopap.conformance.registry import UnknownImplementation, resolve
from support import server_rusak
from support.conformance import (
    PROJECT,
    assert_lying_outputs_fail,
    count_scenarios,
    run_suite,
    scenario_titles,
    seed_project,
)

DOC = PROJECT / "docs" / "kesesuaian-http.md"
ONE = "pendampingan-kasus-anak"
FEATURE = seed_project() / "features" / f"{ONE}.feature"
SOPAP = Path(sys.executable).with_name("sopap")
STEP_1 = ("-k", "langkah_1_")


@pytest.fixture(scope="module")
def spec() -> dict:
    return openapi_document()


@pytest.fixture()
def client():
    """A fresh reference server (new engine: case ids from kasus-1), over real HTTP."""
    server, url = start_reference_server()
    try:
        with httpx.Client(base_url=url, timeout=10) as http:
            yield http
    finally:
        stop_server(server)


# -- the OpenAPI document -------------------------------------------------------------


def test_the_openapi_document_is_valid_openapi_3_1(spec):
    from openapi_spec_validator import validate
    from openapi_spec_validator.versions import consts, get_spec_version

    validate(spec)
    assert get_spec_version(spec) == consts.OPENAPIV31


def test_every_route_of_the_reference_server_is_documented_and_nothing_else(spec, client):
    app = create_app()
    served = {(route.path, method.lower()) for route in app.routes for method in route.methods - {"HEAD"}}
    documented = {
        (path, method) for path, item in spec["paths"].items() for method in item if method != "parameters"
    }
    assert served - {("/openapi.json", "get")} == documented
    assert client.get("/openapi.json").json() == spec


def _schema(spec: dict, path: str, method: str, status: int) -> dict:
    response = spec["paths"][path][method]["responses"][str(status)]
    if "$ref" in response:
        response = spec["components"]["responses"][response["$ref"].rsplit("/", 1)[1]]
    return {**response["content"]["application/json"]["schema"], "components": spec["components"]}


def _template(path: str) -> str:
    return re.sub(r"^/cases/[^/]+/", "/cases/{case_id}/", path)


def test_every_answer_of_a_session_matches_the_documented_schema(spec, client):
    """A session touching every endpoint and status; each body is checked against the OpenAPI schema."""
    from jsonschema import Draft202012Validator, FormatChecker

    document = json.loads((seed_project() / "features" / "sopap.json").read_text(encoding="utf-8"))
    calls = [
        ("GET", "/info", None, 200),
        ("PUT", "/test/clock", {"now": "2025-01-06T08:00:00+07:00"}, 200),
        ("POST", "/sops", document, 200),
        ("POST", "/sops", {"format": "sopap/1", "sops": [{"id": "rusak"}]}, 400),
        ("POST", "/cases", {"sop_id": ONE, "documents": ["Surat", "Lembar Disposisi"]}, 201),
        ("POST", "/cases", {"sop_id": "tidak-ada"}, 404),
        ("POST", "/cases", {"documents": []}, 400),
        ("GET", "/cases/kasus-1/work-items", None, 200),
        ("GET", "/cases/tidak-ada/work-items", None, 404),
        (
            "POST",
            "/cases/kasus-1/complete",
            {"step": 1, "actor": "kabid", "documents": [], "decision": None},
            200,
        ),
        (
            "POST",
            "/cases/kasus-1/complete",
            {"step": 1, "actor": "kadis", "documents": [], "decision": None},
            200,
        ),
        ("POST", "/cases/kasus-1/complete", {"step": "1", "actor": "kadis"}, 400),
        ("GET", "/cases/kasus-1/outputs", None, 200),
        ("GET", "/cases/tidak-ada/outputs", None, 404),
        ("GET", "/cases/kasus-1/history", None, 200),
        ("GET", "/cases/kasus-1/documents", None, 200),
        ("GET", "/cases/tidak-ada/documents", None, 404),
        ("GET", "/cases/tidak-ada/history", None, 404),
        ("GET", "/test/clock", None, 200),
        ("PUT", "/test/clock", {"now": "2025-01-06T07:00:00+07:00"}, 409),
        ("PUT", "/test/clock", {"now": "besok"}, 400),
    ]
    for method, path, body, status in calls:
        response = client.request(method, path, json=body)
        assert response.status_code == status, (method, path, response.text)
        assert response.headers["content-type"] == "application/json"
        schema = _schema(spec, _template(path), method.lower(), status)
        errors = list(
            Draft202012Validator(schema, format_checker=FormatChecker()).iter_errors(response.json())
        )
        assert not errors, (method, path, [e.message for e in errors])


def test_unknown_endpoints_and_methods_are_structured_errors(client):
    assert client.get("/tidak-ada").json() == {
        "error": {"kind": "not_found", "message": "tidak ada endpoint /tidak-ada"}
    }
    response = client.delete("/info")
    assert response.status_code == 405
    assert response.json()["error"]["message"] == "metode DELETE tidak berlaku untuk /info"
    response = client.post("/cases", content=b"{bukan json")
    assert (
        response.status_code == 400 and response.json()["error"]["message"] == "badan permintaan bukan JSON"
    )


def test_the_documented_curl_session_is_what_the_reference_server_answers(client):
    text = DOC.read_text(encoding="utf-8")
    block = text[text.index("$ curl") :]
    lines = [line for line in block[: block.index("```")].splitlines() if line.strip()]
    assert len(lines) >= 20 and len(lines) % 2 == 0
    for command, shown in zip(lines[::2], lines[1::2], strict=False):
        argv = shlex.split(command[2:])
        assert argv[:2] == ["curl", "-s"], command
        method = argv[argv.index("-X") + 1] if "-X" in argv else "GET"
        url = next(a for a in argv if a.startswith("http://127.0.0.1:8765/"))
        body = None
        for flag in ("-d", "--data"):
            if flag in argv:
                data = argv[argv.index(flag) + 1]
                body = (seed_project() / data[1:]).read_bytes() if data.startswith("@") else data.encode("utf-8")
        response = client.request(method, url.replace("http://127.0.0.1:8765", ""), content=body)
        answered, expected = response.json(), json.loads(shown)
        if url.endswith("/info"):  # version numbers differ between machines
            expected["implementation"] = answered["implementation"]
        assert answered == expected, command


# -- the built-in "http" and the commands, as a user runs them ---------------------------


def _refused(url: str) -> bool:
    try:
        httpx.get(url + "/info", timeout=2)
    except httpx.ConnectError:
        return True
    return False


def test_the_builtin_http_starts_the_reference_server_and_stops_it():
    adapter = reference_server(Clock())
    process = adapter._server.process
    assert re.fullmatch(r"http://127\.0\.0\.1:\d+", adapter.base_url)
    assert adapter.info["name"] == "sopap-server-rujukan" and adapter.supports_clock
    assert httpx.get(adapter.base_url + "/info").json()["protocol"] == 2
    adapter.close()
    assert process.returncode == 0  # it stopped itself when its stdin closed
    assert _refused(adapter.base_url)


def test_serve_ref_and_conform_against_it_as_a_user_runs_them(tmp_path):
    server = subprocess.Popen(
        [str(SOPAP), "serve-ref", "--port", "0"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        first = server.stdout.readline()
        url = re.search(r"http://127\.0\.0\.1:\d+", first).group(0)
        assert first.startswith(f"sopap: server rujukan HTTP berjalan di {url}")
        report = tmp_path / "laporan"
        result = subprocess.run(
            [str(SOPAP), "conform", "--impl", url, "--sop", ONE, "--report", str(report)],
            capture_output=True,
            text=True,
            timeout=300,
            cwd=seed_project(),
        )
        count = len(scenario_titles(seed_project() / "features")[ONE])
        assert result.returncode == 0, result.stdout[-2000:] + result.stderr
        assert f"sopap: SESUAI: {count} skenario lulus" in result.stdout
        # the same port cannot be served twice; the message says why
        busy = subprocess.run(
            [str(SOPAP), "serve-ref", "--port", url.rsplit(":", 1)[1]],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert busy.returncode == 2 and "tidak dapat membuka 127.0.0.1:" in busy.stderr
    finally:
        server.send_signal(signal.SIGINT)
        assert server.wait(timeout=30) == 0
    assert "Traceback" not in server.stderr.read()
    assert _refused(url)


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("http://", "URL tanpa host"),
        ("http://127.0.0.1:99999", "porta URL tidak sah"),
        ("http://h/x?y=1", "tidak boleh memuat"),
    ],
)
def test_a_malformed_url_says_why(name, message):
    with pytest.raises(UnknownImplementation, match=message):
        resolve(name)


def test_a_malformed_url_is_a_usage_error():
    result = subprocess.run(
        [str(SOPAP), "conform", "--impl", "http://", "--sop", ONE],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=seed_project(),
    )
    assert result.returncode == 2
    assert "URL tanpa host" in result.stdout + result.stderr


# -- servers that misbehave ----------------------------------------------------------------

MODES = [
    "bukan-json", "putus", "galat-500", "tipe-salah", "lambat", "macet", "menetes", "tanpa-jam", "tanpa-dokumen", "bohong",
]


@pytest.fixture(scope="module")
def broken(tmp_path_factory):
    """One suite run of step 1 of one SOP against every broken server and an address nobody serves."""
    with contextlib.ExitStack() as stack:
        urls = {mode: stack.enter_context(server_rusak.running(mode, delay=2.0)) for mode in MODES}
        # slow, but within SOPAP_TIMEOUT (0.5 s): every work-items answer waits 0.1 s
        urls["lambat-dalam-batas"] = stack.enter_context(server_rusak.running("lambat", delay=0.1))
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            urls["tidak-ada"] = f"http://127.0.0.1:{sock.getsockname()[1]}"  # free: nothing listens
        report = tmp_path_factory.mktemp("server-rusak") / "laporan"
        run = run_suite([FEATURE], list(urls.values()), report, *STEP_1, env={"SOPAP_TIMEOUT": "0.5"})
    return run, urls


def _of(broken, mode: str) -> tuple[dict, list[dict]]:
    run, urls = broken
    return run.total(urls[mode]), run.findings(urls[mode])


def _step_1_count(kind: str | None = None) -> int:
    return count_scenarios(ONE, "langkah-1", *([kind] if kind else []))


@pytest.mark.parametrize(
    ("mode", "reason"),
    [
        (
            "bukan-json",
            r"^work_items\(\) gagal: WireError: jawaban GET /cases/kasus-\d+/work-items \(status 200\) "
            r"bukan JSON: '<html><body>Selamat datang</body></html>'$",
        ),
        (
            "putus",
            r"^complete\(\) gagal: TransportError: POST /cases/kasus-\d+/complete gagal: RemoteProtocolError: ",
        ),
        (
            "galat-500",
            r"^history\(\) gagal: AdapterError: server menjawab GET /cases/kasus-\d+/history dengan status 500, "
            r"bukan 200: \"Traceback .* KeyError: 'kasus'\"$",
        ),
        (
            "tipe-salah",
            r"^work_items\(\) gagal: WireError: work_items\[0\]\.step: seharusnya bilangan bulat, bukan '\d+'$",
        ),
        (
            "tidak-ada",
            r"^implementasi 'http://127\.0\.0\.1:\d+' tidak dapat dibuat: TransportError: GET /info gagal: "
            r"ConnectError: ",
        ),
    ],
)
def test_a_server_that_answers_wrongly_errs_each_scenario_with_its_reason(broken, mode, reason):
    counts, findings = _of(broken, mode)
    assert broken[0].returncode == 1
    assert counts == {"lulus": 0, "gagal": 0, "galat": _step_1_count(), "dilewati": 0}, broken[0].output[
        -2000:
    ]
    for finding in findings:
        assert finding["hasil"] == "galat"
        assert re.search(reason, finding["alasan"]), finding["alasan"]


@pytest.mark.parametrize(
    ("mode", "reason"),
    [
        (
            "lambat",
            r"^work_items\(\) gagal: TransportError: server tidak menjawab GET /cases/kasus-\d+/work-items "
            r"dalam 0.5 detik$",
        ),
        (
            "macet",
            r"^complete\(\) gagal: TransportError: server tidak menjawab POST /cases/kasus-\d+/complete "
            r"dalam 0.5 detik$",
        ),
        (
            "menetes",
            r"^outputs\(\) gagal: TransportError: server terlalu lambat: jawaban GET /cases/kasus-\d+/outputs "
            r"belum lengkap setelah 0.5 detik$",
        ),
    ],
)
def test_a_slow_or_hanging_server_is_given_up_after_three_timeouts(broken, mode, reason):
    counts, findings = _of(broken, mode)
    assert counts["galat"] == _step_1_count() and counts["lulus"] == counts["gagal"] == 0
    timed_out = [f for f in findings if re.search(reason, f["alasan"])]
    assert len(timed_out) == 3, [f["alasan"] for f in findings]
    rest = [f for f in findings if f not in timed_out]
    assert rest and all("sudah 3 kali tidak menjawab dalam batas waktu" in f["alasan"] for f in rest)


def test_a_slow_server_within_the_timeout_passes(broken):
    counts, _ = _of(broken, "lambat-dalam-batas")
    assert counts == {"lulus": _step_1_count(), "gagal": 0, "galat": 0, "dilewati": 0}


def test_a_lying_server_fails_the_scenario_that_checks_outputs_and_nothing_errs(broken):
    """Claiming outputs of steps not done is a rule broken (gagal), not a crash (galat)."""
    assert_lying_outputs_fail(*_of(broken, "bohong"), _step_1_count())


def test_a_server_without_the_clock_is_tested_but_not_on_time_standards(broken):
    counts, _ = _of(broken, "tanpa-jam")
    waktu = sum(_step_1_count(kind) for kind in ("waktu", "waktu-terlambat", "waktu-kalender"))
    assert waktu > 0
    assert counts == {"lulus": _step_1_count() - waktu, "gagal": 0, "galat": 0, "dilewati": waktu}


def test_a_server_without_documents_is_tested_but_refusals_that_carry_documents_are_skipped(broken):
    from support.conformance import PROJECT as project

    counts, findings = _of(broken, "tanpa-dokumen")
    assert counts["gagal"] == counts["galat"] == 0 and counts["dilewati"] > 0
    assert counts["lulus"] + counts["dilewati"] == _step_1_count()
    refusals = {"pelaksana-salah", "kelengkapan-kurang", "urutan-salah", "keputusan-kosong"}
    for finding in findings:
        assert finding["hasil"] == "dilewati" and finding["jenis"] in refusals, finding
        assert finding["alasan"] == (
            "implementasi tidak menyatakan kemampuan 'documents': dokumen kasus sesudah penolakan yang membawa "
            "dokumen tidak dapat diperiksa"
        )
    assert project.is_dir()
