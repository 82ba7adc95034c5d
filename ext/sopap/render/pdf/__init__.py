"""PDF lampiran (reportlab): the official printed layout of each SOP.

Modules: ``fonts`` (Liberation Sans), ``paper`` (F4/A4), ``styles`` (styles,
stroke widths), ``page_template`` (kop line, Paraf Koordinasi, page
numbers), ``kop``, ``cover`` (the lampiran's cover page), ``identitas``
(identity page), ``prosedur`` (procedure table), ``trace`` (where each step
row landed), ``bagan`` and ``simbol`` (flowchart plan and shapes), ``text``
(cell contents), ``lampiran`` (one lampiran, its pages kept open until laid
out), ``keputusan`` (the whole Keputusan from the lampiran files), ``order``
(order and file names), ``redline`` (a comparison on paper). The Sphinx
builder ``lampiran`` is :mod:`sopap.sphinxext.builders.lampiran`.
"""
