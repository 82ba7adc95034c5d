"""Names of the review pages in the HTML output (Sphinx pagenames).

They are generated pages (``html-collect-pages``), not documents: links to
them are made with ``builder.get_relative_uri(fromdoc, pagename)``.
"""

from __future__ import annotations

OVERVIEW_PAGE = "tinjauan/index"
LINT_PAGE = "tinjauan/lint"


def history_page_name(sop_id: str) -> str:
    return f"riwayat/{sop_id}"


def redline_page_name(sop_id: str, kunci: str) -> str:
    return f"riwayat/{sop_id}/{kunci}"


def lint_anchor(sop_id: str) -> str:
    return f"lint-{sop_id}"
