"""Headless Chromium for the HTML handbook tests (not fixtures).

Debian's chromium, installed by ``scripts/bootstrap-system test``, driven by
Playwright through ``executable_path`` (Playwright's own browser download is
never used), against built pages served on a loopback HTTP server.
"""

from __future__ import annotations

import functools
import http.server
import threading
from pathlib import Path

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]


class Server:
    """A static file server for one build, on 127.0.0.1 and a free port."""

    def __init__(self, root: Path) -> None:
        handler = functools.partial(_QuietHandler, directory=str(root))
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}"

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - stdlib signature
        pass


#: Everything the geometry checks need, measured in the page (CSS pixels,
#: viewport coordinates). Lines are mapped through their screen CTM, so the
#: percentages and nested-SVG offsets are resolved by the browser itself.
MEASURE_JS = r"""
(table) => {
  const box = (el) => { const r = el.getBoundingClientRect();
    return {left: r.left, top: r.top, right: r.right, bottom: r.bottom}; };
  const steps = [...table.querySelectorAll('tbody > tr[data-langkah]')].map((tr) => {
    const n = Number(tr.dataset.langkah);
    const sym = tr.querySelector(`.sopap-simbol[data-langkah="${n}"]`);
    const cell = sym ? sym.closest('td') : null;
    return {
      n, pelaksana: tr.dataset.pelaksana, row: box(tr),
      symbol: sym ? box(sym) : null,
      kind: sym ? sym.getAttribute('class') : null,
      cell: cell ? box(cell) : null,
      headers: cell ? cell.getAttribute('headers') : null,
    };
  });
  const columns = [...table.querySelectorAll('thead th.sopap-aktor-judul')].map(
    (th) => ({id: th.id, ...box(th)}));
  const segments = [...table.querySelectorAll('line.sopap-garis')].map((l) => {
    const m = l.getScreenCTM();
    const p = (x, y) => { const q = new DOMPoint(x, y).matrixTransform(m); return [q.x, q.y]; };
    return {dari: Number(l.dataset.dari), ke: Number(l.dataset.ke),
            a: p(l.x1.baseVal.value, l.y1.baseVal.value),
            b: p(l.x2.baseVal.value, l.y2.baseVal.value)};
  });
  const heads = [...table.querySelectorAll('path.sopap-kepala')].map((h) => (
    {dari: Number(h.dataset.dari), ke: Number(h.dataset.ke), arah: h.dataset.arah, ...box(h)}));
  const labels = [...table.querySelectorAll('text.sopap-label')].map((t) => (
    {dari: Number(t.dataset.dari), ke: Number(t.dataset.ke), text: t.textContent, ...box(t)}));
  const svgs = [...table.querySelectorAll('svg.sopap-bagan')].map((s) => ({
    title: (s.querySelector(':scope > title') || {}).textContent || '',
    desc: (s.querySelector(':scope > desc') || {}).textContent || '',
  }));
  const wrapper = table.closest('.sopap-gulir');
  return {steps, columns, segments, heads, labels, svgs, table: box(table),
          scrollWidth: wrapper.scrollWidth, clientWidth: wrapper.clientWidth};
}
"""
