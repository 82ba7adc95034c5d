"""sopap shows the Sphinx, MyST and docutils warnings authors meet most in
Indonesian by matching their English text (sopap.sphinxext.messages). This
is the contract on that text: a project that makes each of them appear,
built with the installed versions, must show every one translated."""

from __future__ import annotations

import io
import os
import re

import pytest

from sopap.sphinxext import messages
from sopap.sphinxext.project import Project

CONF = """\
project = "Uji pesan"
extensions = ["myst_parser", "sopap"]
language = "id"
exclude_patterns = ["_build"]
sopap_bidang = {"UJI": "Bidang Uji"}
"""

INDEX = """\
# Beranda

```{toctree}
:glob:
docs/satu
docs/tanpa-judul
tidak-ada
docs/pola*
docs/putus
docs/daftar
docs/dua
```
"""

SATU = """\
# Satu

```{langkh} 1
```

```{note}
---
a: [
---
isi
```

```{note}
---
- a
---
isi
```

```{figure}
```

```{note}
---
a: b
---
isi
```

```{note}
:class: x # komentar
isi
```

![gambar](tidak-ada.png)

{download}`unduhan <tidak-ada.zip>`

[a]: https://contoh.invalid/1
[a]: https://contoh.invalid/2

```{literalinclude} tidak-ada.txt
```

```{meta}
:keywords: uji
```

[tidak ada](bukan-halaman.md)
"""

#: A page of the team (not an SOP), where {eval-rst} is read.
DUA = """\
# Dua

```{eval-rst}
Lihat |tidak-didefinisikan|.
```
"""

#: (Indonesian fragment that only the translation writes) -- one per upstream message.
EXPECTED = [
    "jenis direktif 'langkh' tidak dikenal",
    "isian direktif 'note' tidak dapat dibaca: tanda ':' sesudah nama isian tidak ada",
    "isian 'a' tidak dikenal pada direktif 'note'",
    "direktif 'figure' memerlukan 1 argumen",
    "memuat komentar '#'",
    "dokumen ini tidak tercantum di daftar isi (toctree) mana pun",
    "daftar isi (toctree) merujuk dokumen 'tidak-ada' yang tidak ada",
    "tidak memiliki judul sehingga tautannya tidak dibuat",
    "pola daftar isi (toctree) 'docs/pola*' tidak cocok dengan dokumen mana pun",
    "tidak dapat dibaca (tautan putus atau izin berkas) dan dilewati",
    "yang disertakan tidak ditemukan atau tidak dapat dibaca",
    "front matter YAML di awal berkas tidak dapat dibaca",
    "berkas gambar tidak dapat dibaca",
    "berkas unduhan tidak dapat dibaca",
    "definisi rujukan ganda",
    "front matter YAML di awal berkas harus berupa pasangan 'nama: nilai'",
    "direktif 'meta' tidak dapat dipakai di Markdown (MyST)",
    "tautan ke 'bukan-halaman.md' tidak ditemukan",
    "substitusi '|tidak-didefinisikan|' tidak didefinisikan",
]


class _Recording:
    """A translation pattern that notes whether it met a message."""

    def __init__(self, pattern: re.Pattern[str], met: set[str]) -> None:
        self.pattern, self.met = pattern, met

    def search(self, message: str):
        found = self.pattern.search(message)
        if found:
            self.met.add(self.pattern.pattern)
        return found

    def sub(self, *args, **kwargs):
        return self.pattern.sub(*args, **kwargs)


@pytest.fixture(scope="module")
def build(tmp_path_factory) -> tuple[str, set[str]]:
    """The warnings of the project, and the translation patterns that met one."""
    root = tmp_path_factory.mktemp("pesan-hulu")
    (root / "conf.py").write_text(CONF, encoding="utf-8")
    (root / "index.md").write_text(INDEX, encoding="utf-8")
    docs = root / "docs"
    docs.mkdir()
    (docs / "satu.md").write_text(SATU, encoding="utf-8")
    (docs / "tanpa-judul.md").write_text("Tanpa judul, hanya teks.\n", encoding="utf-8")
    (docs / "yatim.md").write_text("# Yatim\n", encoding="utf-8")
    (docs / "rusak.md").write_text("---\njudul: [tidak ditutup\n---\n# Rusak\n", encoding="utf-8")
    (docs / "daftar.md").write_text("---\n- bukan\n- pasangan\n---\n# Daftar\n", encoding="utf-8")
    (docs / "dua.md").write_text(DUA, encoding="utf-8")
    (root / "dikecualikan.md").write_text("# Dikecualikan\n", encoding="utf-8")
    (root / "luar").mkdir()
    (root / "luar" / "lain.md").write_text("# Lain\n", encoding="utf-8")
    os.symlink(root / "tidak-ada-di-mana-pun.md", docs / "putus.md")
    stream = io.StringIO()
    met: set[str] = set()
    recording = [(_Recording(pattern, met), replacement) for pattern, replacement in messages.TRANSLATIONS]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(messages, "TRANSLATIONS", recording)
        Project(root).run("html", strict=False, warning_stream=stream)
    return re.sub(r"\x1b\[[0-9;]*m", "", stream.getvalue()), met


@pytest.fixture(scope="module")
def warnings(build) -> str:
    return build[0]


@pytest.mark.parametrize("fragment", EXPECTED)
def test_each_upstream_message_is_translated(warnings, fragment):
    assert fragment in warnings, warnings


def test_every_translation_rule_meets_its_upstream_message(build):
    """Each English pattern sopap knows, but for the older wordings it keeps
    (messages.LEGACY), is met by the installed versions' own message."""
    _, met = build
    current = {pattern.pattern for pattern, _ in messages.TRANSLATIONS} - messages.LEGACY
    assert current <= met, sorted(current - met)


def test_no_english_warning_text_is_left(warnings):
    english = ("Unknown directive", "Invalid options format", "isn't included", "toctree contains", "not readable",
               "Duplicate reference", "Malformed YAML", "file not found", "argument(s)", "not a dict",
               "cannot be mocked", "target not found", "Undefined substitution")
    for line in warnings.splitlines():
        assert not any(word in line for word in english), line
