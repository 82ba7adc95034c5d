"""Process harnesses: an implementation in any language, over JSON lines.

In the style of Bowtie's harnesses, the suite starts the implementation's
harness program (``--sop-impl 'cmd:COMMAND'``) and talks to it over its
stdin and stdout, one JSON request per line and one JSON response per line
(protocol version :data:`sopap.conformance.wire.PROTOCOL`, documented in
``docs/kesesuaian-harness.md``).

* :mod:`.client`    -- the suite's side: :class:`~.client.HarnessAdapter`;
* :mod:`.reference` -- the reference harness, the reference engine behind
  the protocol (``python -m sopap.conformance.harness.reference``).
"""

from __future__ import annotations

import shlex
import shutil
import sys

from sopap.conformance.registry import Factory, UnknownImplementation

PREFIX = "cmd:"

#: How the built-in ``harness`` starts the reference harness.
REFERENCE_COMMAND = [sys.executable, "-m", "sopap.conformance.harness.reference"]


def command_of(name: str) -> list[str]:
    """The argv of ``cmd:COMMAND`` (shell-like quoting, no shell)."""
    command = name[len(PREFIX) :].strip()
    if len(command) >= 2 and command[0] == command[-1] and command[0] in "\"'":
        command = command[1:-1].strip()  # cmd:"..." with the quotes kept by the caller
    try:
        argv = shlex.split(command)
    except ValueError as exc:
        raise UnknownImplementation(f"implementasi '{name}': perintah tidak dapat diurai ({exc})") from None
    if not argv:
        raise UnknownImplementation(
            f"implementasi '{name}': tulis perintah harness sesudah 'cmd:', misalnya cmd:\"./harness\""
        )
    if shutil.which(argv[0]) is None:
        raise UnknownImplementation(
            f"implementasi '{name}': program '{argv[0]}' tidak ditemukan atau tidak dapat dijalankan"
        )
    return argv


def resolve(name: str) -> Factory:
    """``cmd:COMMAND`` -> a factory starting that harness (registry prefix)."""
    argv = command_of(name)

    def factory(clock):
        from sopap.conformance.harness.client import HarnessAdapter

        return HarnessAdapter(argv, clock, name=name)

    return factory


def reference_harness(clock=None):
    """The built-in ``harness``: the reference harness as a subprocess."""
    from sopap.conformance.harness.client import HarnessAdapter

    return HarnessAdapter(REFERENCE_COMMAND, clock, name="harness")
