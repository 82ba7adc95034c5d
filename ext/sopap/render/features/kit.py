"""The whole ``features/`` folder as a function of the corpus.

A self-contained conformance kit: ``<sop-id>.feature`` per SOP, the SOPs in
``sopap.json`` (deployed by the suite) and a README (plain text, so that no Sphinx project reads it as a page). Every feature is
validated before anything is written, and the folder is replaced whole, so
a failure leaves the previous kit untouched.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sopap.model import jsonformat
from sopap.model.sop import Corpus, Sop
from sopap.render.features.gherkin import render
from sopap.render.features.scenarios import feature_of
from sopap.render.features.validate import validate
from sopap.util import atomic

README = """\
# Fitur uji kesesuaian SOP

Folder ini dibuat oleh `sopap features` dari sumber SOP; jangan disunting.
Setiap `<id-sop>.feature` menguji satu SOP langkah demi langkah (pelaksana,
kelengkapan, output, urutan, waktu); `sopap.json` memuat SOP yang dipasang
pada implementasi yang diuji (format `sopap/1`).

Menjalankan (sopap terpasang, misalnya `pip install -e .`):

    pytest features/ --sop-impl=reference
    pytest features/ --sop-impl=modul_saya:AdapterSaya --sop-report=laporan/
    pytest features/ --sop-impl='cmd:program-harness-saya --opsi'
    pytest features/ --sop-impl=http://127.0.0.1:8080
    sopap conform --impl reference

Implementasi bawaan: reference (mesin rujukan), spiff (SpiffWorkflow),
harness (mesin rujukan lewat protokol JSON-lines), http (server rujukan
lewat HTTP), dan mutan-* (implementasi rusak untuk menguji rangkaian uji).

Panduan adapter, kode alasan, jam uji dan cara membaca laporan:
`docs/kesesuaian.md`; protokol untuk sistem dalam bahasa apa pun:
`docs/kesesuaian-harness.md` (JSON-lines lewat stdin/stdout) dan
`docs/kesesuaian-http.md` (HTTP dengan OpenAPI) di buku pegangan.
"""


def feature_file(sop: Sop) -> tuple[str, str]:
    """(file name, text) of one SOP's feature, checked with the official
    parser; raises FeatureError."""
    name, text, _ = checked_feature(sop)
    return name, text


def checked_feature(sop: Sop) -> tuple[str, str, int]:
    """:func:`feature_file` and the number of its scenarios (``Skenario:``
    lines; an outline, which runs once per row, is not counted)."""
    name = f"{sop.id}.feature"
    feature = feature_of(sop)
    text = render(feature)
    validate(name, text, feature)
    return name, text, sum(1 for s in feature.all_scenarios() if s.examples is None)


def kit_files(corpus: Corpus, kemajuan: Callable[[str, int, int, str], None] | None = None) -> dict[str, str]:
    """File name -> text of every file in the kit; raises FeatureError.

    ``kemajuan(what, done, total, item)`` is called after each SOP (progress).
    """
    files: dict[str, str] = {}
    for done, sop in enumerate(corpus.sops, start=1):
        name, text = feature_file(sop)
        files[name] = text
        if kemajuan is not None:
            kemajuan("fitur uji kesesuaian", done, len(corpus.sops), sop.id)
    files["sopap.json"] = jsonformat.dumps(jsonformat.corpus_to_dict(corpus))
    files["README.txt"] = README
    return dict(sorted(files.items()))


def stale_files(folder: Path, files: dict[str, str]) -> list[str]:
    """Names in ``folder`` that differ from ``files``, are missing or extra."""
    folder = Path(folder)
    stale = []
    for name, text in files.items():
        path = folder / name
        try:
            current = path.read_bytes()
        except OSError:
            stale.append(name)
            continue
        if current != text.encode("utf-8"):
            stale.append(name)
    if folder.is_dir():  # hidden files (the build's manifest) are not part of the kit
        stale.extend(
            sorted(p.name for p in folder.iterdir() if p.is_file() and p.name not in files and not p.name.startswith("."))
        )
    return sorted(stale)


def write_kit(folder: Path, files: dict[str, str]) -> None:
    """Replace ``folder`` with exactly ``files`` (atomically)."""
    with atomic.replace_dir(folder) as staging:
        staging.chmod(0o755)  # mkdtemp makes it private; the kit is not
        for name, text in files.items():
            (staging / name).write_bytes(text.encode("utf-8"))
