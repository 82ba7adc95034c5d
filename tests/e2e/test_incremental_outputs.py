"""Every output stage is incremental, and never stale.

A small synthetic project (one instansi, and a city of three perangkat
daerah) is built with ``sopap build``; built again with no change, no output
file is written again; then one step of one SOP is edited and another SOP
removed, and the incremental build must end with exactly the files, byte for
byte, of a fresh build of the same sources in another folder: HTML handbook,
JSON, lampiran and Keputusan PDFs, BPMN, features.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from support import PROJECT

sys.path.insert(0, str(PROJECT))

from benchmarks.generator import generate  # noqa: E402

SOPAP = Path(sys.executable).with_name("sopap")
OUTPUTS = ("_build/html", "_build/json", "_build/pdf", "_build/bpmn", "features")
#: Bookkeeping, not part of the handbook: Sphinx's config hash, and the
#: review pages' record of what they were made from (source times included).
NOT_OUTPUTS = {".buildinfo", ".sopap-tinjauan.json"}


def _build(root: Path) -> str:
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1735689600", "NO_COLOR": "1", "PYTHONHASHSEED": "0"}
    done = subprocess.run([str(SOPAP), "build"], cwd=root, capture_output=True, text=True, timeout=900, env=env)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    return done.stdout


def _outputs(root: Path) -> dict[str, bytes]:
    files = {}
    for output in OUTPUTS:
        for path in sorted((root / output).rglob("*")):
            if path.is_file() and path.name not in NOT_OUTPUTS:
                files[path.relative_to(root).as_posix()] = path.read_bytes()
    return files


def _stamps(root: Path) -> dict[str, int]:
    return {
        path.relative_to(root).as_posix(): path.stat().st_mtime_ns
        for output in OUTPUTS[1:]
        for path in (root / output).rglob("*")
        if path.is_file()
    }


def _edit_one_step(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    start = text.index("```{langkah} 2")
    end = text.index("```", start + 10)
    body = text[start:end]
    lines = body.rstrip("\n").split("\n")
    lines[-1] = lines[-1] + " dan diteruskan kepada atasan"  # the step's activity text
    text = text[:start] + "\n".join(lines) + "\n" + text[end:]
    path.write_text(text, encoding="utf-8")


def _copy_of(path: Path, sop_id: str, lampiran: str) -> Path:
    """Another SOP in the same folder: a copy of ``path`` with its own id, name and numeral."""
    text = path.read_text(encoding="utf-8")
    old_id = text.split("```{sop} ", 1)[1].split("\n", 1)[0]
    nama = text.split("\nnama: ", 1)[1].split("\n", 1)[0]
    numeral = text.split("\nlampiran: ", 1)[1].split("\n", 1)[0]
    text = text.replace(f"```{{sop}} {old_id}\n", f"```{{sop}} {sop_id}\n").replace(nama, f"{nama} Sementara")
    text = text.replace(f"\nlampiran: {numeral}\n", f"\nlampiran: {lampiran}\n")
    copy = path.with_name(f"{sop_id}.md")
    copy.write_text(text, encoding="utf-8")
    return copy


@pytest.mark.slow
@pytest.mark.parametrize("opd", [1, 3], ids=["satu-instansi", "kota-tiga-opd"])
def test_incremental_build_of_every_output_equals_a_fresh_build(tmp_path, opd):
    root = tmp_path / "inkremental"
    korpus = generate(root, 10, seed=3, opd=opd)
    edited = korpus.sops[1]
    copied = korpus.sops[1 + opd]  # dealt in turn: of the same instansi as the edited one
    assert copied.instansi == edited.instansi
    removed = _copy_of(korpus.source(copied.id), "salinan-sementara", "XC")  # nobody refers to it
    _build(root)
    pdfs = [name for name in _outputs(root) if name.endswith(".pdf")]
    assert len(pdfs) == 11 + opd  # the lampiran and one Keputusan per instansi

    # no change: nothing is written again
    before = _stamps(root)
    printed = _build(root)
    assert _stamps(root) == before
    assert "0 digambar ulang, 0 Keputusan disusun ulang" in printed

    # one step of one SOP edited, another SOP removed
    _edit_one_step(korpus.source(edited.id))
    removed.unlink()
    printed = _build(root)
    assert "1 digambar ulang, 1 Keputusan disusun ulang" in printed
    after = _stamps(root)
    rewritten = sorted(name for name, stamp in after.items() if before.get(name) != stamp)
    assert any(name.endswith(f"{edited.id}.feature") for name in rewritten)
    untouched = [s.id for s in korpus.sops if s.id not in (edited.id, copied.id)]
    assert not [name for name in rewritten if Path(name).stem.endswith(tuple(untouched))]

    fresh = tmp_path / "baru"
    shutil.copytree(root, fresh, ignore=shutil.ignore_patterns("_build", "features"))
    _build(fresh)
    incremental, clean = _outputs(root), _outputs(fresh)
    assert not any("salinan-sementara" in name for name in incremental)
    assert sorted(incremental) == sorted(clean)
    different = [name for name in clean if incremental[name] != clean[name]]
    assert not different


@pytest.mark.slow
def test_a_changed_keputusan_redraws_only_its_instansi_and_equals_a_fresh_build(tmp_path):
    root = tmp_path / "inkremental"
    korpus = generate(root, 9, seed=4, opd=3)
    _build(root)
    before = _stamps(root)
    conf = root / "conf.py"
    text = conf.read_text(encoding="utf-8")
    assert text.count("Kep.002-Org/2024") == 1
    conf.write_text(text.replace("Kep.002-Org/2024", "Kep.002-Org/2025"), encoding="utf-8")
    printed = _build(root)
    second = "BKPSDM"  # the second instansi of the generator's city, Keputusan Kep.002
    own = [s for s in korpus.sops if s.instansi == second]
    assert f"{len(own)} digambar ulang, 1 Keputusan disusun ulang" in printed
    redrawn = sorted(n for n, stamp in _stamps(root).items() if n.startswith("_build/pdf/") and before.get(n) != stamp)
    assert all(n.startswith(f"_build/pdf/{second}/") or n.endswith(".sopap-keys") for n in redrawn)

    fresh = tmp_path / "baru"
    shutil.copytree(root, fresh, ignore=shutil.ignore_patterns("_build", "features"))
    _build(fresh)
    incremental, clean = _outputs(root), _outputs(fresh)
    assert sorted(incremental) == sorted(clean)
    assert not [name for name in clean if incremental[name] != clean[name]]
