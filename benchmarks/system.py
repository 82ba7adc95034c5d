"""What the figures were measured on: machine, load and package versions."""

from __future__ import annotations

import hashlib
import os
import platform
import sys
import time
from importlib import metadata

PAKET = [
    "sphinx", "myst-parser", "docutils", "reportlab", "rl-accel", "lxml", "alabaster",
    "pytest", "pytest-bdd", "gherkin-official", "SpiffWorkflow", "weasyprint", "pypdfium2",
]


def _read(path: str) -> str:
    try:
        with open(path, encoding="utf-8") as handle:
            return handle.read()
    except OSError:
        return ""


def cpu() -> str:
    for line in _read("/proc/cpuinfo").splitlines():
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return platform.processor() or platform.machine()


def ram_gib() -> float:
    for line in _read("/proc/meminfo").splitlines():
        if line.startswith("MemTotal:"):
            return int(line.split()[1]) / 1024 / 1024
    return 0.0


def os_name() -> str:
    for line in _read("/etc/os-release").splitlines():
        if line.startswith("PRETTY_NAME="):
            return line.split("=", 1)[1].strip('"')
    return platform.platform()


def load() -> tuple[float, float, float]:
    try:
        return os.getloadavg()
    except OSError:
        return (0.0, 0.0, 0.0)


def versions() -> dict[str, str]:
    found = {"Python": platform.python_version()}
    for name in PAKET:
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            found[name] = "tidak terpasang"
    return found


def describe() -> dict:
    return {
        "cpu": cpu(),
        "inti": os.cpu_count() or 0,
        "ram_gib": round(ram_gib(), 1),
        "os": os_name(),
        "kernel": platform.release(),
        "python": sys.version.split()[0],
        "versi": versions(),
    }


def kalibrasi() -> float:
    """Seconds for a fixed piece of pure-Python work (best of 3).

    This machine is shared and its speed drifts by a third between runs:
    measured at the start and the end of a run, it tells how fast the
    machine was while the figures were taken, and so how to compare runs.
    """
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        total, text = 0, b"sopap"
        for index in range(3_000_000):
            total += index * index % 7
            if index % 100 == 0:
                text = hashlib.sha256(text).digest()
        best = min(best, time.perf_counter() - started)
    return round(best, 3)
