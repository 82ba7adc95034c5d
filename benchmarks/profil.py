"""Profile each stage of ``sopap build`` (benchmarks/kota.py runs this in a child).

    python benchmarks/profil.py PROJECT [TOP]

Runs the stages of :data:`sopap.cli.build.STEPS` in order, each under its
own ``cProfile.Profile``, and prints one line ``PROFIL <json>``: stage ->
its TOP entries by own time (function, calls, own and cumulative seconds).
Run it with ``sopap_workers = 1`` in conf.py: the work of forked workers is
not seen by the parent's profiler.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import sys
from pathlib import Path


def top_entries(profile: cProfile.Profile, top: int) -> list[dict]:
    stats = pstats.Stats(profile)
    rows = []
    for (path, line, name), (_cc, calls, own, cumulative, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        where = f"{Path(path).parent.name}/{Path(path).name}:{line}" if line else path
        rows.append({"fungsi": f"{name} ({where})", "panggilan": calls, "sendiri": round(own, 3), "kumulatif": round(cumulative, 3)})
    rows.sort(key=lambda r: r["sendiri"], reverse=True)
    return rows[:top]


def main(argv: list[str] | None = None) -> int:
    from sopap.cli.build import STEPS
    from sopap.cli.publish import Staging
    from sopap.sphinxext.project import Project

    args = sys.argv[1:] if argv is None else argv
    root, top = Path(args[0]), int(args[1]) if len(args) > 1 else 8
    project = Project(root)
    options = argparse.Namespace(jobs=1, project=str(root))
    staging = Staging(project.build_dir)  # the work folder of `sopap build`; nothing is published
    staging.begin()
    found = {}
    for name, step in STEPS:
        profile = cProfile.Profile()
        code = profile.runcall(step, project, options, staging)
        if code:
            print(f"profil: tahap {name} gagal", file=sys.stderr)
            return code
        found[name] = top_entries(profile, top)
    print("PROFIL " + json.dumps(found, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
