"""``sopap export json -o FILE``: the corpus in the sopap/1 JSON format."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sopap.cli.common import add_project_option, project_from
from sopap.model import jsonformat
from sopap.util import atomic


def register(sub) -> None:
    parser = sub.add_parser("export", help="ekspor korpus SOP ke format lain")
    fmt = parser.add_subparsers(dest="format", metavar="FORMAT")
    fmt.required = True
    json_parser = fmt.add_parser("json", help="format JSON sopap/1 (dengan JSON Schema)")
    json_parser.add_argument("-o", "--output", metavar="BERKAS", required=True, help="berkas tujuan, atau - untuk layar")
    add_project_option(json_parser)
    json_parser.set_defaults(func=run_json)


def run_json(args: argparse.Namespace) -> int:
    corpus = project_from(args).load_corpus()
    text = jsonformat.dumps(jsonformat.corpus_to_dict(corpus))
    if args.output == "-":
        sys.stdout.write(text)
    else:
        atomic.write_text(Path(args.output), text)
        print(f"{len(corpus)} SOP diekspor ke {args.output}")
    return 0
