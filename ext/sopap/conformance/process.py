"""A child process the suite talks to over pipes, with deadlines.

Used for process harnesses and for the reference HTTP server the suite
starts itself. Reads never block the suite: a thread moves stdout lines
into a queue read with a timeout; writes wait for the pipe with ``select``
and give up at their deadline.

Ending an implementation ends everything it started (POSIX). The process
gets its own session and process group, so that killing the group also ends
what a shell wrapper started. A child that leaves the group (``setsid``, a
daemon's double fork) escapes that; on Linux every process started under
the implementation carries a mark in its environment
(``SOPAP_IMPLEMENTASI``), and the processes that still carry it are found
in ``/proc`` and ended too. Elsewhere (macOS, BSD) only the process group is
ended; on Windows the process harness is not available (no ``select`` on
pipes, no process groups).
"""

from __future__ import annotations

import collections
import os
import queue
import secrets
import select
import signal
import subprocess
import threading
import time
from typing import Any

from sopap.conformance.remote import TransportError

#: Longest stdout line accepted (bytes); longer is garbled output.
MAX_LINE = 16 * 1024 * 1024
#: What :meth:`ChildProcess.read` returns once stdout has ended.
EOF = object()
#: Environment variable marking every process started under an implementation.
MARK = "SOPAP_IMPLEMENTASI"


class ChildProcess:
    """A running implementation: the process, a line queue from its stdout, its stderr tail."""

    def __init__(self, argv: list[str], what: str = "harness") -> None:
        self.mark = secrets.token_hex(8)
        try:
            self.process = subprocess.Popen(
                argv,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                start_new_session=True,  # its own process group: killed whole, shell wrappers included
                env={**os.environ, MARK: self.mark},
            )
        except OSError as exc:
            raise TransportError(f"{what} tidak dapat dijalankan ({' '.join(argv)}): {exc}") from None
        self.lines: queue.Queue = queue.Queue()
        self.stderr: collections.deque[str] = collections.deque(maxlen=3)
        os.set_blocking(self.process.stdin.fileno(), False)
        threading.Thread(target=self._pump_stdout, daemon=True, name="sopap-implementasi-stdout").start()
        threading.Thread(target=self._pump_stderr, daemon=True, name="sopap-implementasi-stderr").start()

    def _pump_stdout(self) -> None:
        try:
            while True:
                line = self.process.stdout.readline(MAX_LINE + 1)
                if not line:
                    break
                self.lines.put(line)
        except (OSError, ValueError):
            pass
        finally:
            self.lines.put(EOF)

    def _pump_stderr(self) -> None:
        try:
            for line in self.process.stderr:
                text = line.decode("utf-8", "replace").strip()
                if text:
                    self.stderr.append(text[:300])
        except (OSError, ValueError):
            pass

    def write(self, data: bytes, timeout: float) -> bool:
        """Write all of ``data`` before the deadline; False if the harness does not take it."""
        fd = self.process.stdin.fileno()
        deadline = time.monotonic() + timeout
        view = memoryview(data)
        while view:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return False
            _, writable, _ = select.select([], [fd], [], remaining)
            if not writable:
                return False
            try:
                view = view[os.write(fd, view) :]
            except BlockingIOError:
                continue
        return True

    def read(self, timeout: float) -> Any:
        """The next line, :data:`EOF`, or None when nothing came in time."""
        try:
            return self.lines.get(timeout=timeout)
        except queue.Empty:
            return None

    def exit_code(self) -> int | None:
        try:
            return self.process.wait(timeout=1)
        except subprocess.TimeoutExpired:
            return None

    def stderr_tail(self) -> str:
        time.sleep(0.05)  # let the last lines of a crash arrive
        return " | ".join(self.stderr)

    def kill(self) -> None:
        """Kill the harness's process group (only while its pid is still ours) and its marked descendants."""
        if self.process.returncode is None:  # not reaped yet: the group id is still this process's
            try:
                os.killpg(self.process.pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            pass
        self.end_descendants()
        for stream in (self.process.stdin, self.process.stdout, self.process.stderr):
            try:
                stream.close()
            except OSError:
                pass

    def end_descendants(self) -> None:
        """End every process that still carries this implementation's mark (Linux: ``/proc``)."""
        for _ in range(10):  # a process may fork while its siblings are ended
            found = marked(self.mark)
            if not found:
                return
            for pid in found:
                try:
                    os.kill(pid, signal.SIGKILL)
                except (ProcessLookupError, PermissionError):
                    pass
            time.sleep(0.02)


def marked(mark: str) -> list[int]:
    """Live processes of this user whose environment carries ``MARK=mark`` (none without ``/proc``)."""
    needle = f"{MARK}={mark}".encode()
    found = []
    try:
        entries = os.listdir("/proc")
    except OSError:
        return []
    for name in entries:
        if not name.isdigit() or int(name) == os.getpid():
            continue
        try:
            with open(f"/proc/{name}/environ", "rb") as handle:
                if needle in handle.read().split(b"\0"):
                    found.append(int(name))
        except OSError:  # gone, or another user's
            continue
    return found
