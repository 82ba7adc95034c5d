"""Checks of a drawn flowchart, in page coordinates (not fixtures).

Used on measurements taken in Chromium (tests/e2e/test_browser.py) and on
the geometry resolved with arbitrary row heights and column widths
(tests/render/test_html_bagan.py), so both answer the same questions: is each
symbol in its actor's cell in its row, does each arrow run unbroken from one
symbol to the next, does anything cross a symbol or leave the table.
"""

from __future__ import annotations

from collections.abc import Iterable

TOL = 1.6  # px: half a border plus anti-aliasing

Rect = dict  # left, top, right, bottom


def edges_of(sop) -> list[tuple[int, int]]:
    """(from, to) for every arrow of the SOP's flow."""
    result = []
    for step in sop.langkah:
        if step.cabang:
            result += [(step.nomor, step.cabang.ya.ke), (step.nomor, step.cabang.tidak.ke)]
        else:
            result += [(step.nomor, n) for n in step.berikutnya]
    return result


def _inside(inner: Rect, outer: Rect, tol: float = 0.6) -> bool:
    return (
        inner["left"] >= outer["left"] - tol
        and inner["right"] <= outer["right"] + tol
        and inner["top"] >= outer["top"] - tol
        and inner["bottom"] <= outer["bottom"] + tol
    )


def _boundary_distance(pt, rect: Rect) -> float:
    x, y = pt
    l, t, r, b = rect["left"], rect["top"], rect["right"], rect["bottom"]
    if l <= x <= r and t <= y <= b:
        return min(x - l, r - x, y - t, b - y)
    dx = max(l - x, 0, x - r)
    dy = max(t - y, 0, y - b)
    return (dx * dx + dy * dy) ** 0.5


def _close(p, q, tol: float = TOL) -> bool:
    return abs(p[0] - q[0]) <= tol and abs(p[1] - q[1]) <= tol


def _tip_and_base(head: Rect) -> tuple[tuple[float, float], tuple[float, float]]:
    cx = (head["left"] + head["right"]) / 2
    cy = (head["top"] + head["bottom"]) / 2
    return {
        "bawah": ((cx, head["bottom"]), (cx, head["top"])),
        "atas": ((cx, head["top"]), (cx, head["bottom"])),
        "kiri": ((head["left"], cy), (head["right"], cy)),
        "kanan": ((head["right"], cy), (head["left"], cy)),
    }[head["arah"]]


def _crosses(seg, rect: Rect, margin: float = 2.0) -> bool:
    """Whether an axis-parallel segment passes through the rect's interior."""
    (x1, y1), (x2, y2) = seg["a"], seg["b"]
    l, t, r, b = rect["left"] + margin, rect["top"] + margin, rect["right"] - margin, rect["bottom"] - margin
    if l >= r or t >= b:
        return False
    if abs(y1 - y2) < 0.5:  # horizontal
        return t < y1 < b and min(x1, x2) < r and max(x1, x2) > l
    if abs(x1 - x2) < 0.5:  # vertical
        return l < x1 < r and min(y1, y2) < b and max(y1, y2) > t
    return True  # diagonal pieces are never drawn


def check(sop, m: dict) -> list[str]:
    """Problems found in the measurements ``m`` of ``sop``'s table (empty = fine)."""
    problems: list[str] = []
    symbols: dict[int, Rect] = {}
    first, last = sop.langkah[0].nomor, sop.langkah[-1].nomor
    by_nomor = {s.nomor: s for s in sop.langkah}
    for st in m["steps"]:
        n = st["n"]
        if st["symbol"] is None:
            problems.append(f"langkah {n}: tidak ada simbol")
            continue
        symbols[n] = st["symbol"]
        want = f"sop-{sop.id}-pelaksana-{by_nomor[n].pelaksana}"
        if st["headers"] != want:
            problems.append(f"langkah {n}: simbol di kolom {st['headers']}, seharusnya {want}")
        if not _inside(st["symbol"], st["cell"]):
            problems.append(f"langkah {n}: simbol keluar dari selnya {st['symbol']} / {st['cell']}")
        if not _inside(st["cell"], st["row"], tol=1.0):
            problems.append(f"langkah {n}: sel simbol tidak berada di barisnya")
        cx = (st["symbol"]["left"] + st["symbol"]["right"]) / 2
        under = [c["id"] for c in m["columns"] if c["left"] <= cx <= c["right"]]
        if under != [want]:
            problems.append(f"langkah {n}: simbol berada di bawah judul kolom {under}, seharusnya {want}")
        step = by_nomor[n]
        expected = "belah-ketupat" if step.cabang else ("kapsul" if n in (first, last) else "kotak")
        if f"sopap-simbol-{expected}" not in (st["kind"] or ""):
            problems.append(f"langkah {n}: simbol {st['kind']}, seharusnya {expected}")
    edges = edges_of(sop)
    for src, dst in edges:
        segs = [s for s in m["segments"] if (s["dari"], s["ke"]) == (src, dst)]
        heads = [h for h in m["heads"] if (h["dari"], h["ke"]) == (src, dst)]
        name = f"panah {src}->{dst}"
        if len(heads) != 1 or not segs:
            problems.append(f"{name}: {len(heads)} kepala panah, {len(segs)} garis")
            continue
        tip, base = _tip_and_base(heads[0])
        if dst in symbols and _boundary_distance(tip, symbols[dst]) > TOL:
            problems.append(f"{name}: ujung panah tidak menyentuh simbol langkah {dst}")
        starts = [i for i, s in enumerate(segs) if src in symbols and _boundary_distance(s["a"], symbols[src]) <= TOL]
        if not starts:
            problems.append(f"{name}: tidak berangkat dari tepi simbol langkah {src}")
            continue
        seen, todo = set(starts), list(starts)
        while todo:
            i = todo.pop()
            for j, other in enumerate(segs):
                if j not in seen and any(_close(p, q) for p in (segs[i]["a"], segs[i]["b"]) for q in (other["a"], other["b"])):
                    seen.add(j)
                    todo.append(j)
        if not any(_close(segs[i]["b"], base) for i in seen):
            problems.append(f"{name}: garis terputus sebelum kepala panah")
        if len(seen) != len(segs):
            problems.append(f"{name}: {len(segs) - len(seen)} potongan garis tidak tersambung")
        for s in segs:
            for n, rect in symbols.items():
                if n not in (src, dst) and _crosses(s, rect):
                    problems.append(f"{name}: melintasi simbol langkah {n}")
    drawn = {(s["dari"], s["ke"]) for s in m["segments"]} | {(h["dari"], h["ke"]) for h in m["heads"]}
    for extra in sorted(drawn - set(edges)):
        problems.append(f"panah {extra[0]}->{extra[1]} digambar tetapi tidak ada pada alur")
    table = m["table"]
    pieces: Iterable[tuple[str, Rect]] = [
        *((f"simbol {n}", r) for n, r in symbols.items()),
        *((f"kepala panah {h['dari']}->{h['ke']}", h) for h in m["heads"]),
        *((f"label {lb['text']}", lb) for lb in m.get("labels", [])),
        *(
            (f"garis {s['dari']}->{s['ke']}", {
                "left": min(s["a"][0], s["b"][0]), "right": max(s["a"][0], s["b"][0]),
                "top": min(s["a"][1], s["b"][1]), "bottom": max(s["a"][1], s["b"][1]),
            })
            for s in m["segments"]
        ),
    ]
    for what, rect in pieces:
        if not _inside(rect, table, tol=1.0):
            problems.append(f"{what} keluar dari tabel")
    return problems
