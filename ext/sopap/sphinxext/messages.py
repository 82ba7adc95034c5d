"""Indonesian for the Sphinx, MyST and docutils messages authors meet most.

SOP authors are staff, not programmers: a typo in a directive name or a file
saved in the wrong encoding must be explained in their language. A logging
filter on Sphinx's warning handlers rewrites the known English messages; the
file, line and warning type (``[myst.directive_unknown]``) are kept.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from sopap import compat
from sopap.util.text import did_you_mean, visible

_DIRECTIVES = "{sop}, {langkah}, {catatan} dan {paraf}"

#: (English pattern, Indonesian replacement); applied to the message text.
TRANSLATIONS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"^Unknown directive type: '([^']*)'"),
     rf"jenis direktif '\1' tidak dikenal; direktif SOP yang tersedia: {_DIRECTIVES}"),
    (re.compile(r"^'([^']*)': Invalid options format \(bad YAML\)"),
     r"isian direktif '\1' tidak dapat dibaca (bukan YAML yang sah); periksa titik dua, "
     r"tanda petik dan indentasi di antara garis ---"),
    (re.compile(r"^'([^']*)': Invalid options format \(not a dict\)"),
     r"isian direktif '\1' harus berbentuk 'nama-isian: nilai', satu per baris"),
    (re.compile(r"^'([^']*)': Invalid options format: (.*)"),
     r"isian direktif '\1' tidak dapat dibaca: \2"),
    (re.compile(r"^'([^']*)': Directive options has # comments.*"),
     r"isian direktif '\1' memuat komentar '#'; hapus komentar itu (tanda # tidak didukung di isian)"),
    (re.compile(r"^'([^']*)': (\d+) argument\(s\) required, (\d+) supplied"),
     r"direktif '\1' memerlukan \2 argumen (misalnya kode SOP atau nomor langkah), tertulis \3"),
    (re.compile(r"^'([^']*)': maximum (\d+) argument\(s\) allowed, (\d+) supplied"),
     r"direktif '\1' menerima paling banyak \2 argumen, tertulis \3"),
    (re.compile(r'^undecodable source characters, replacing with "\?": (.*)', re.S),
     r'berkas memuat karakter yang bukan UTF-8 dan diganti "?": \1; simpan ulang berkas dengan '
     r"pengodean UTF-8"),
    (re.compile(r"^document isn't included in any toctree"),
     "dokumen ini tidak tercantum di daftar isi (toctree) mana pun"),
    (re.compile(r"^toctree contains reference to non-?existing document '([^']*)'"),
     r"daftar isi (toctree) merujuk dokumen '\1' yang tidak ada"),
    (re.compile(r"^toctree contains reference to excluded document '([^']*)'"),
     r"daftar isi (toctree) merujuk dokumen '\1' yang dikecualikan (exclude_patterns di conf.py)"),
    (re.compile(r"^toctree contains reference to non-included document '([^']*)'"),
     r"daftar isi (toctree) merujuk dokumen '\1' yang tidak dibaca (include_patterns di conf.py)"),
    (re.compile(r"^toctree contains reference to document '([^']*)' that doesn't have a title.*"),
     r"dokumen '\1' pada daftar isi (toctree) tidak memiliki judul sehingga tautannya tidak dibuat; "
     r"awali berkas itu dengan judul '# ...'"),
    (re.compile(r"^toctree glob pattern '([^']*)' didn't match any documents"),
     r"pola daftar isi (toctree) '\1' tidak cocok dengan dokumen mana pun"),
    (re.compile(r"^Ignored unreadable document '([^']*)'\.?"),
     r"dokumen '\1' tidak dapat dibaca (tautan putus atau izin berkas) dan dilewati"),
    (re.compile(r'^Directive "([^"]*)": file not found: (.*)'),
     r"berkas untuk direktif \1 tidak ditemukan: \2"),
    (re.compile(r"^Malformed YAML"), "front matter YAML di awal berkas tidak dapat dibaca"),
    (re.compile(r"^image file not readable: (.*)"), r"berkas gambar tidak dapat dibaca: \1"),
    (re.compile(r"^download file not readable: (.*)"), r"berkas unduhan tidak dapat dibaca: \1"),
    (re.compile(r"^Duplicate reference definition: (.*)"), r"definisi rujukan ganda: \1"),
    (re.compile(r"^Directive '([^']*)': (\d+) argument\(s\) required, (\d+) supplied"),
     r"direktif '\1' memerlukan \2 argumen (misalnya kode SOP atau nomor langkah), tertulis \3"),
    (re.compile(r"^Directive '([^']*)': maximum (\d+) argument\(s\) allowed, (\d+) supplied"),
     r"direktif '\1' menerima paling banyak \2 argumen, tertulis \3"),
    (re.compile(r"^'([^']*)': Unknown option key: '([^']*)' \(allowed: (.*)\)"),
     r"isian '\2' tidak dikenal pada direktif '\1'; isian yang dikenal: \3"),
    (re.compile(r"^Include file '([^']*)' not found or reading it failed"),
     r"berkas '\1' yang disertakan tidak ditemukan atau tidak dapat dibaca"),
    (re.compile(r"^YAML is not a dict: .*"),
     "front matter YAML di awal berkas harus berupa pasangan 'nama: nilai', satu per baris"),
    (re.compile(r"^Directive '([^']*)' cannot be mocked: .*", re.S),
     r"direktif '\1' tidak dapat dipakai di Markdown (MyST); hapus direktif itu"),
    (re.compile(r"^'myst' cross-reference target not found: '(.*)'$", re.S),
     r"tautan ke '\1' tidak ditemukan: tulis nama berkas halaman buku pegangan (misalnya 'sop-lain.md') "
     r"atau alamat lengkap yang diawali https://"),
    (re.compile(r'^Undefined substitution referenced: "([^"]*)"\.?'),
     r"substitusi '|\1|' tidak didefinisikan"),
]

#: Patterns of wording the installed Sphinx, MyST and docutils no longer
#: produce (an older release's), kept so that a project pinned to such a
#: release still reads Indonesian. tests/compat/test_upstream_messages.py
#: checks that every other pattern still meets its upstream message.
LEGACY = frozenset({
    r"^'([^']*)': Invalid options format \(bad YAML\)",
    r"^'([^']*)': Invalid options format \(not a dict\)",
    r"^'([^']*)': (\d+) argument\(s\) required, (\d+) supplied",
    r"^'([^']*)': maximum (\d+) argument\(s\) allowed, (\d+) supplied",
    r'^undecodable source characters, replacing with "\?": (.*)',
    r"^toctree contains reference to excluded document '([^']*)'",
    r"^toctree contains reference to non-included document '([^']*)'",
    r'^Directive "([^"]*)": file not found: (.*)',
    r"^Directive '([^']*)': maximum (\d+) argument\(s\) allowed, (\d+) supplied",
})


#: Problems reported by MyST's option tokenizer (inside the message above).
_TOKENIZER = {
    "expected ':' after key": "tanda ':' sesudah nama isian tidak ada",
    "expected <block end>, but found": "indentasi tidak sejajar; periksa spasi di awal baris",
    "found character that cannot start any token": "ada karakter yang tidak boleh mengawali nilai; apit nilainya dengan tanda petik",
    "found unexpected end of stream": "nilai berakhir sebelum waktunya; periksa tanda petik penutup",
    "expected key to start at column 0": "nama isian harus mulai di awal baris, tanpa spasi atau tab di depannya",
    "expected key before value": "ada nilai tanpa nama isian; tulis 'nama-isian: nilai'",
    "found unknown escape character": "tanda \\ di dalam tanda petik ganda diikuti karakter yang tidak dikenal; "
    "gunakan tanda petik tunggal. Karakter:",
    "expected indentation indicator in the range 1-9, but found 0": "angka sesudah '|' atau '>' harus 1 sampai 9",
    "expected chomping or indentation indicators, but found": "sesudah '|' atau '>' tidak boleh ada teks lain "
    "di baris yang sama; ditemukan",
    "expected a comment or a line break, but found": "sesudah '|' atau '>' tidak boleh ada teks lain "
    "di baris yang sama; ditemukan",
}


_UNKNOWN_DIRECTIVE = re.compile(r"^Unknown directive type: '([^']*)'")
DIRECTIVES = ("sop", "langkah", "catatan", "paraf")


def note_mistyped_step(app, record, message: str, translated: str) -> None:
    """A directive whose name is a typo of ``langkah`` is a step that could not
    be read: its number's gap is not reported again (one message, one cause),
    and the file counts as one with a problem."""
    unknown = _UNKNOWN_DIRECTIVE.match(message)
    env = getattr(app, "env", None)
    if unknown is None or env is None or getattr(env, "docname", None) is None:
        return
    if did_you_mean(unknown.group(1), DIRECTIVES, quote="{}") == " (maksudnya langkah?)":
        from sopap.sphinxext.directives import TEMP_KEY

        raw = env.temp_data.get(TEMP_KEY)  # only in a file with sopap's directives (its {sop} comes first)
        if raw is None:
            return
        location = getattr(record, "location", None)
        line = location[1] if isinstance(location, tuple) and len(location) == 2 else None
        raw.langkah_salah_ketik.append((line, translated))


def translate(message: str) -> str:
    for english, indonesian in _TOKENIZER.items():
        message = message.replace(english, indonesian)
    for pattern, replacement in TRANSLATIONS:
        if pattern.search(message):
            translated = pattern.sub(replacement, message, count=1)
            unknown = _UNKNOWN_DIRECTIVE.match(message)
            if unknown:  # the directive meant, when the name is a typo of one
                hint = did_you_mean(unknown.group(1), DIRECTIVES, quote="{{{}}}")
                translated = translated.replace("tidak dikenal;", f"tidak dikenal{hint};", 1)
            return translated
    return message


_OPTIONS_UNREADABLE = re.compile(r"^'([^']*)': Invalid options format")


def unindented(app, location, message: str):
    """For MyST's "cannot read the options" about a block whose cause can be
    named plainly (a tab, an item left unindented): (docname, line, message)
    naming that line, as the reader does (:mod:`sopap.parsing.indentation`);
    else None."""
    options = _OPTIONS_UNREADABLE.match(message)
    if app is None or options is None:
        return None
    if not (isinstance(location, tuple) and len(location) == 2 and isinstance(location[1], int)):
        return None
    from sopap.parsing.indentation import block_cause

    docname, line = location
    try:
        lines = Path(app.env.doc2path(docname)).read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError, AttributeError):
        return None
    start = next((i for i in range(min(line, len(lines)) - 1, -1, -1) if lines[i].strip() == "---"), None)
    if start is None:
        return None
    end = next((i for i in range(start + 1, len(lines)) if lines[i].strip() == "---"), len(lines))
    opener = next((lines[i] for i in range(start - 1, -1, -1) if lines[i].strip()), "")
    argument = re.sub(r"^\s*(`{3,}|~{3,}|:{3,})\s*\{[^}]*\}", "", opener).strip()
    what = f"{{{options.group(1)}}} {argument}".strip()
    cause = block_cause(lines[start + 1 : end], start + 2, what)
    return (docname, cause[0], cause[1]) if cause is not None and cause[0] <= line else None


class TranslationFilter(logging.Filter):
    """Handler filter rewriting known English warnings into Indonesian.

    It also drops a warning identical to one already shown in this build
    (same text, same place): Sphinx repeats some, e.g. a toctree entry
    without a title once for every page whose navigation shows it.
    """

    def __init__(self, srcdir: str | None = None, app=None) -> None:
        super().__init__()
        self._seen: set[tuple[str, int]] = set()
        self._srcdir = srcdir
        self._app = app

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno >= logging.WARNING:
            try:
                message = record.msg % record.args if record.args else str(record.msg)
            except (TypeError, ValueError):
                return True
            cause = unindented(self._app, getattr(record, "location", None), message)
            if cause is not None:  # one message, at the line to change, as the reader names it
                docname, line, message = cause
                record.msg, record.args, record.location = message, (), (docname, line)
                record.type, record.subtype = "sopap", "opsi"
            translated = visible(translate(message))
            note_mistyped_step(self._app, record, message, translated)
            if translated != message:
                record.msg, record.args = translated, ()
            unreadable = _UNREADABLE.match(message)
            if unreadable and self._srcdir:
                # Sphinx names a document it could not read as "<name>.rst"
                record.location = f"{self._srcdir}/{unreadable.group(1)}:1"
            key = (translated, hash(str(getattr(record, "location", None))))
            if key in self._seen:
                return False
            self._seen.add(key)
        return True


_UNREADABLE = re.compile(r"^Ignored unreadable document '([^']*)'")


class LevelFilter(logging.Filter):
    """PERINGATAN and GALAT instead of WARNING and ERROR, and the file named
    relative to the project, in Sphinx's own stream too (``sopap serve``,
    ``sphinx-build``). Last of the handler's filters: Sphinx's own sets the
    record's class and makes its location an absolute path before it."""

    def __init__(self, srcdir: str | None = None) -> None:
        super().__init__()
        self._prefix = (srcdir.rstrip("/") + "/") if srcdir else None

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno >= logging.WARNING:
            compat.indonesian_level(record)
            location = getattr(record, "location", None)
            if self._prefix and isinstance(location, str) and location.startswith(self._prefix):
                record.location = location[len(self._prefix) :]
        return True


def install(app) -> None:
    """Attach the filters to Sphinx's handlers (they are created per app)."""
    for handler in logging.getLogger("sphinx").handlers:
        if not any(isinstance(f, TranslationFilter) for f in handler.filters):
            handler.filters.insert(0, TranslationFilter(str(app.srcdir), app))
        if not any(isinstance(f, LevelFilter) for f in handler.filters):
            handler.filters.append(LevelFilter(str(app.srcdir)))
