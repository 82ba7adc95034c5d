"""Names of the review pages in the HTML output (Sphinx pagenames).

They are generated pages (``html-collect-pages``), not documents: links to
them are made with ``builder.get_relative_uri(fromdoc, pagename)``.
"""

from __future__ import annotations

HAL_TINJAUAN = "tinjauan/index"
HAL_LINT = "tinjauan/lint"


def hal_riwayat(sop_id: str) -> str:
    return f"riwayat/{sop_id}"


def hal_redline(sop_id: str, kunci: str) -> str:
    return f"riwayat/{sop_id}/{kunci}"


def jangkar_lint(sop_id: str) -> str:
    return f"lint-{sop_id}"
