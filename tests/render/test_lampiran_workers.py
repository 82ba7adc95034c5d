"""Lampiran drawn by worker processes are the files one process draws."""

from __future__ import annotations

import sys
from pathlib import Path

from sopap.cli import main
from sopap.sphinxext.builders.lampiran import MINIMUM_SEJAJAR
from support import PROJECT

sys.path.insert(0, str(PROJECT))

from benchmarks.generator import generate  # noqa: E402


def _pdf(proyek: Path, out: Path, proses: int) -> int:
    conf = proyek / "conf.py"
    base = conf.read_text(encoding="utf-8").split("\n# proses\n")[0]
    conf.write_text(f"{base}\n# proses\nsopap_lampiran_proses = {proses}\n", encoding="utf-8")
    return main(["pdf", "-o", str(out), "--project", str(proyek)])


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.glob("*.pdf"))}


def test_workers_make_the_same_bytes_and_the_same_errors(tmp_path, capsys):
    proyek = tmp_path / "kota"
    korpus = generate(proyek, MINIMUM_SEJAJAR, seed=3)
    assert _pdf(proyek, tmp_path / "satu", 1) == 0
    assert _pdf(proyek, tmp_path / "dua", 2) == 0
    one, two = _files(tmp_path / "satu"), _files(tmp_path / "dua")
    assert len(one) == MINIMUM_SEJAJAR + 1 and "keputusan-lengkap.pdf" in one
    assert one == two

    # a step too long for a page, in a worker: the message of one process, nothing written
    sop = korpus.sops[MINIMUM_SEJAJAR // 2]
    source = korpus.source(sop.id)
    text = source.read_text(encoding="utf-8")
    start = text.index("```{langkah} 2")
    body = text.index("---\n", text.index("---\n", start) + 4) + 4
    # eight rincian, each under the limit of one item (model/limits.py), together taller than a page
    item = " ".join(["Menyusun dan memeriksa kembali seluruh dokumen"] * 38)
    huge = "Menyusun:\n" + "\n".join(f"{chr(ord('a') + i)}. {item}" for i in range(8))
    end = text.index("\n```", body)
    source.write_text(text[:body] + huge + text[end:], encoding="utf-8")
    capsys.readouterr()
    assert _pdf(proyek, tmp_path / "tiga", 2) == 2
    err = capsys.readouterr().err
    assert f"langkah 2 SOP '{sop.id}' terlalu panjang untuk satu halaman" in err
    assert source.name in err
    assert not (tmp_path / "tiga").exists() or not list((tmp_path / "tiga").glob("*.pdf"))
