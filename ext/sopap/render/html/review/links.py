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


#: The redline of what changed since a paraf whose content is no longer the SOP's.
SEJAK_PARAF = "sejak-paraf"


def since_paraf_page_name(sop_id: str) -> str:
    return redline_page_name(sop_id, SEJAK_PARAF)


def lint_anchor(sop_id: str) -> str:
    return f"lint-{sop_id}"
