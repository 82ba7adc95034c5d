"""Docutils nodes of the extension.

``sop_node`` marks where an SOP's official layout goes. It carries only the
SOP id: the layout is drawn at write time from the model in the domain, so a
change to one SOP never leaves a stale copy of it inside another doctree.
"""

from __future__ import annotations

from docutils import nodes


class sop_node(nodes.General, nodes.Element):  # noqa: N801 (docutils naming)
    """Placeholder for the identity page, procedure table and signature."""


class sop_daftar_node(nodes.General, nodes.Element):  # noqa: N801
    """Placeholder for a list of all SOPs (filled at write time)."""


def skip(self, node: nodes.Element) -> None:
    raise nodes.SkipNode
