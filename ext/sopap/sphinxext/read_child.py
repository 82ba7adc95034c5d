"""Child process of :mod:`.simpanan`: read sources, write their models.

``python -m sopap.sphinxext.read_child CONFDIR IN.json OUT.json`` where
IN maps names to source texts and OUT receives ``{name: sopap/1 SOP or
null}``. Problems of an old version are not reported: it either yields a
model or is marked unreadable.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from sopap.model import jsonformat
from sopap.sphinxext.read import read_texts


def main(argv: list[str]) -> int:
    confdir, masuk, keluar = Path(argv[0]), Path(argv[1]), Path(argv[2])
    texts = json.loads(masuk.read_text(encoding="utf-8"))
    bacaan = read_texts({name: text.encode("utf-8") for name, text in texts.items()}, confdir)
    result = {name: None for name in texts}
    for name, sop in bacaan.sops.items():
        if name in result:
            result[name] = jsonformat.sop_to_dict(sop)
    keluar.write_text(json.dumps(result, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":  # pragma: no cover - run as a child process
    sys.exit(main(sys.argv[1:]))
