"""What the user sees when a command stops on something other than a source problem.

No Python traceback reaches the terminal: a broken ``conf.py`` or a missing
``index.md`` is explained in Indonesian (exit 2, like any input that cannot
be read), and a failure inside sopap itself (a bug) is summarised in one
line while its traceback goes to a log file the user can send to the
maintainers.
"""

from __future__ import annotations

import os
import re
import tempfile
import traceback

from sphinx.errors import ConfigError, ExtensionError, SphinxError


def _conf_message(exc: ConfigError) -> str:
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    first = lines[0] if lines else ""
    if "syntax error" in first:
        detail = first.split(": ", 1)[-1]
        detail = re.sub(r"\(([^,()]+), line (\d+)\)$", r"(\1, baris \2)", detail)
        return f"conf.py tidak dapat dibaca: kesalahan penulisan Python: {detail}"
    if "programmable error" in first:
        where = re.findall(r'File "([^"]*conf\.py)", line (\d+)', str(exc))
        line = f" (baris {where[-1][1]})" if where else ""
        return f"conf.py gagal dijalankan{line}: {lines[-1]}"
    text = " ".join(lines)
    return text if "conf.py" in first else f"pengaturan di conf.py tidak sah: {text}"


def save_traceback(exc: BaseException) -> str:
    """Write the full traceback to a log file; return its path."""
    fd, path = tempfile.mkstemp(prefix="sopap-galat-", suffix=".log")
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write("".join(traceback.format_exception(exc)))
    return path


def message(exc: BaseException) -> str:
    """The Indonesian one-line explanation of an exception that stopped a command."""
    if isinstance(exc, ConfigError):
        return _conf_message(exc)
    if isinstance(exc, ExtensionError) and exc.orig_exc is not None:
        return _internal(exc.orig_exc, exc)
    if isinstance(exc, SphinxError):
        text = str(exc)
        if "unable to load the master document" in text or "root document" in text:
            return (
                "dokumen utama buku pegangan (index.md) tidak ditemukan di folder proyek; "
                "buat index.md atau periksa root_doc di conf.py"
            )
        return f"Sphinx berhenti: {text}"
    if isinstance(exc, OSError) and exc.filename:
        return f"{exc.filename}: {exc.strerror or exc}"
    return _internal(exc, exc)


def _internal(cause: BaseException, logged: BaseException) -> str:
    path = save_traceback(logged)
    return (
        f"kesalahan internal sopap ({type(cause).__name__}: {cause}); rincian teknis disimpan di "
        f"{path}: kirim berkas itu kepada pengelola sopap"
    )
