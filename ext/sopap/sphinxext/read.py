"""Reading SOP sources that are not the project's current tree.

An old revision, a copy of one file, the blobs of a file's history: each is
read with the normal pipeline (Sphinx, MyST, the directives, the assembly),
never by looking at the text, in a temporary folder with the project's
``conf.py``. Problems are collected, not raised: a revision that once had a
problem still has a model to compare, or is reported as unreadable.
"""

from __future__ import annotations

import io
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from sopap.model.sop import Sop
from sopap.sphinxext.project import Project
from sopap.sphinxext.state import sop_data

#: Where the temporary copies go; overriding keeps any conf.py's own
#: include/exclude patterns from hiding them.
FOLDER = "sop_source"
OVERRIDES = {
    "include_patterns": ["index.md", f"{FOLDER}/**"],
    "exclude_patterns": [],
    "sopap_source_dir": FOLDER,
    "root_doc": "index",
}


@dataclass
class Reading:
    """What reading a folder of sources gave: SOPs and problems per docname."""

    sops: dict[str, Sop] = field(default_factory=dict)
    masalah: dict[str, list] = field(default_factory=dict)
    peringatan: list[str] = field(default_factory=list)


def read_project(project: Project, overrides: dict | None = None) -> Reading:
    """Run the model builder without failing on problems."""
    stream = io.StringIO()
    result = project.run(
        "sopap-model", project.build_dir / "sopap-model", strict=False, warning_stream=stream, overrides=overrides
    )
    data = sop_data(result.app.env)
    return Reading(dict(data.sops), {d: list(p) for d, p in data.masalah.items()}, result.warnings)


def read_texts(naskah: dict[str, bytes], confdir: Path) -> Reading:
    """Read sources given as ``{name: content}`` (name without ``.md``).

    Each becomes ``sop_source/<name>.md`` of a temporary project using the
    ``conf.py`` of ``confdir``; SOPs are keyed by ``name``.
    """
    with tempfile.TemporaryDirectory(prefix="sopap-baca-") as tmp:
        root = Path(tmp) / "proyek"
        (root / FOLDER).mkdir(parents=True)
        (root / "index.md").write_text("# Naskah\n", encoding="utf-8")
        for name, content in naskah.items():
            (root / FOLDER / f"{name}.md").write_bytes(content)
        project = Project(root, build_dir=Path(tmp) / "_build", confdir=confdir)
        bacaan = read_project(project, OVERRIDES)
    prefix = f"{FOLDER}/"
    return Reading(
        {d.removeprefix(prefix): s for d, s in bacaan.sops.items()},
        {d.removeprefix(prefix): p for d, p in bacaan.masalah.items()},
        bacaan.peringatan,
    )
