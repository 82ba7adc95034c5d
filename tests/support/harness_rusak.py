"""A harness that misbehaves on purpose: ``python harness_rusak.py MODE [FILE]``.

It is the reference harness (sopap.conformance.harness.reference) except
for one fault, chosen by MODE, so that the suite's handling of a broken
implementation can be tested against a real subprocess:

* ``mati-saat-mulai``  exits with code 3 before the handshake (a message on stderr);
* ``versi-lain``       answers the handshake with protocol version 3;
* ``lambat-mulai``     never answers the handshake;
* ``macet``            never answers a ``complete``;
* ``mati-di-tengah``   crashes with a traceback on the first ``complete``;
* ``bukan-json``       answers ``work_items`` with a line that is not JSON;
* ``id-salah``         answers ``history`` with another request's id;
* ``tipe-salah``       answers ``work_items`` with a step number as text;
* ``cetak-debug``      prints a debug line to stdout before answering ``outputs``;
* ``mati-sekali``      crashes on its first ``complete`` only (FILE marks that it did);
* ``lambat``           answers every ``complete`` after SECONDS (the second argument);
* ``bohong``           claims, from the start of a case, every output of every step of its SOP;
* ``anak-sesi-sendiri`` starts a child in its own session (``setsid``) that would outlive it,
  and writes the child's pid to FILE;
* ``macet-pada``       never answers a ``complete`` in a case of the SOP named by the second argument;
* ``stderr-ansi``      writes terminal escape sequences (clear screen, window title) to stderr,
  then crashes on the first ``complete``.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

from sopap.conformance.harness.reference import handle
from sopap.conformance.service import Service


def claimed_outputs(service: Service, case_id: str) -> list[dict]:
    """Every output of every step of the case's SOP, made or not (a lying implementation)."""
    sop = service.engine._case(case_id).sop
    return [{"name": name, "step": step.nomor} for step in sop.langkah for name in step.output]


def main() -> int:
    mode = sys.argv[1]
    marker = Path(sys.argv[2]) if len(sys.argv) > 2 and mode == "mati-sekali" else None
    delay = float(sys.argv[2]) if mode == "lambat" else 0.0
    if mode == "mati-saat-mulai":
        print("harness_rusak: basis data tidak dapat dibuka", file=sys.stderr)
        return 3
    if mode == "anak-sesi-sendiri":
        child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(3600)"], start_new_session=True)
        Path(sys.argv[2]).write_text(str(child.pid), encoding="utf-8")
    service = Service("harness-rusak")
    started = False
    hung_sop = sys.argv[2] if mode == "macet-pada" else None
    out = sys.stdout
    for raw in sys.stdin:
        request = json.loads(raw)
        cmd = request.get("cmd")
        if cmd == "start" and mode == "lambat-mulai":
            time.sleep(3600)
        if cmd == "complete" and mode == "macet":
            time.sleep(3600)
        if cmd == "complete" and hung_sop is not None:
            case = service.engine._cases.get(request.get("case_id"))
            if case is not None and case.sop.id == hung_sop:
                time.sleep(3600)
        if cmd == "complete" and mode == "lambat":
            time.sleep(delay)
        if cmd == "complete" and mode == "stderr-ansi":
            sys.stderr.write("\x1b[2J\x1b]0;judul palsu\x07harness_rusak: \x1b[31mmerah\x1b[0m\n")
            sys.stderr.flush()
            raise SystemExit(4)
        if cmd == "complete" and mode == "mati-di-tengah":
            raise RuntimeError("harness_rusak: koneksi ke mesin alur kerja putus")
        if cmd == "complete" and mode == "mati-sekali" and marker is not None and not marker.exists():
            marker.write_text("sudah mati sekali", encoding="utf-8")
            raise RuntimeError("harness_rusak: mati sekali")
        response, started = handle(service, request, started)
        if cmd == "start" and mode == "versi-lain":
            response["result"]["protocol"] = 3
        if cmd == "work_items" and mode == "bukan-json":
            out.write("<html>Internal Server Error</html>\n")
            out.flush()
            continue
        if cmd == "history" and mode == "id-salah":
            response["id"] = request["id"] + 1000
        if cmd == "work_items" and mode == "tipe-salah":
            for item in response["result"]:
                item["step"] = str(item["step"])
        if cmd == "outputs" and mode == "cetak-debug":
            out.write("DEBUG: membaca output\n")
        if cmd == "outputs" and mode == "bohong" and response.get("ok"):
            response["result"] = claimed_outputs(service, request["case_id"])
        out.write(json.dumps(response) + "\n")
        out.flush()
        if cmd == "stop":
            break
    return 0


if __name__ == "__main__":
    sys.exit(main())
