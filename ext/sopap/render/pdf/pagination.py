"""Where the procedure table breaks across pages: full pages, and a last
page that is more than one step and the signature.

reportlab breaks a table greedily: every page as full as it goes, the last
step kept with the signature (``NOSPLIT``). That can leave the last page
with one step and the signature while the page before stands a third
empty, as if the step had been pushed over by mistake. Row heights are
known before the table is drawn (its first wrap), so the breaks are
simulated here; when the last page would hold a single step, the steps of
the last two pages are shared out so both pages are filled about alike,
and the table is told to keep those of the last page together.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Table, TableStyle

from sopap.compat import table_row_heights

#: The table's first two rows are its header, repeated on every page.
HEADER = 2


def pages_of(rows: Sequence[float], header: float, first: float, room: float, tail: float) -> list[list[int]]:
    """Greedy breaks: the step rows (indexes into ``rows``) of every page.

    ``first`` is the room on the first page (under the title), ``room`` on
    the others; every page repeats the ``header``; the last row keeps the
    signature (``tail`` points) with it.
    """
    pages: list[list[int]] = [[]]
    used, avail = header, first
    last = len(rows) - 1
    for i, h in enumerate(rows):
        need = h + (tail if i == last else 0.0)
        if pages[-1] and used + need > avail:
            pages.append([])
            used, avail = header, room
        pages[-1].append(i)
        used += h
    if pages and rows and pages[-1] and used + tail > avail and len(pages[-1]) > 1:
        # the signature does not fit under the last row: it takes that row along
        moved = pages[-1].pop()
        pages.append([moved])
    return pages


def balanced_start(rows: Sequence[float], header: float, first: float, room: float, tail: float) -> int | None:
    """The first step row of the last page when the greedy one would hold a
    single step: the cut that fills the last two pages most alike (None when
    no other step fits beside the last one and the signature)."""
    pages = pages_of(rows, header, first, room, tail)
    if len(pages) < 2 or len(pages[-1]) != 1 or len(pages[-2]) < 2:
        return None
    before = pages[-2]
    avail_before = first if len(pages) == 2 else room

    def fill(rows_on: Sequence[int], avail: float, signed: bool) -> float:
        return (header + sum(rows[i] for i in rows_on) + (tail if signed else 0.0)) / avail

    best, best_gap = None, float("inf")
    for cut in range(1, len(before)):
        head, moved = before[:cut], before[cut:] + pages[-1]
        if header + sum(rows[i] for i in moved) + tail > room:
            continue
        gap = abs(fill(head, avail_before, False) - fill(moved, room, True))
        if gap < best_gap:
            best, best_gap = moved[0], gap
    return best


def balance(table: Table, width: float, first: float, room: float, steps: int) -> None:
    """Keep the steps of a balanced last page together (see :func:`balanced_start`)."""
    if steps < 3:
        return
    table.wrap(width, 1e9)  # all rows measured (a long table stops at the page's height)
    heights = table_row_heights(table)
    header = sum(heights[:HEADER])
    rows = heights[HEADER : HEADER + steps]
    tail = sum(heights[HEADER + steps :])
    start = balanced_start(rows, header, first, room, tail)
    if start is not None:
        table.setStyle(TableStyle([("NOSPLIT", (0, HEADER + start), (-1, -1))]))
