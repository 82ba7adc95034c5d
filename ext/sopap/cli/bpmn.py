"""``sopap bpmn [--profile spiff|camunda8] -o FOLDER [--sop KODE]``: BPMN 2.0 files."""

from __future__ import annotations

import argparse
from pathlib import Path

from sopap.cli.common import add_project_option, project_from
from sopap.errors import SopapError
from sopap.render.bpmn import DEFAULT_PROFILE, PROFILES, write_all


def register(sub) -> None:
    parser = sub.add_parser(
        "bpmn",
        help="ekspor SOP ke BPMN 2.0 (satu berkas <kode-sop>.bpmn per SOP) untuk mesin alur kerja dan bpmn.io",
    )
    parser.add_argument(
        "--profile",
        choices=sorted(PROFILES),
        default=DEFAULT_PROFILE,
        help="mesin sasaran: "
        + "; ".join(f"{name} = {profile.keterangan}" for name, profile in sorted(PROFILES.items()))
        + f" (bawaan: {DEFAULT_PROFILE})",
    )
    parser.add_argument("-o", "--output", metavar="FOLDER", required=True, help="folder tujuan")
    parser.add_argument(
        "--sop",
        metavar="KODE",
        action="append",
        default=None,
        help="hanya SOP dengan kode ini (boleh diulang; bawaan: semua SOP)",
    )
    add_project_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    corpus = project_from(args).load_corpus()
    sops = list(corpus)
    if args.sop:
        known = {sop.id for sop in sops}
        unknown = [kode for kode in args.sop if kode not in known]
        if unknown:
            raise SopapError(
                f"SOP dengan kode {', '.join(repr(k) for k in unknown)} tidak ada; kode yang ada: "
                + ", ".join(sorted(known))
            )
        sops = [sop for sop in sops if sop.id in set(args.sop)]
    folder = Path(args.output)
    for path in write_all(sops, folder, args.profile):
        print(f"  {path}")
    print(f"sopap: {len(sops)} berkas BPMN (profil {args.profile}) ditulis ke {folder}")
    return 0
