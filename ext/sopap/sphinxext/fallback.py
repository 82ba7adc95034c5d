"""Drawing each ``sop_node`` at write time from the model in the domain.

A builder whose translator knows ``sop_node`` (the HTML handbook) draws it
itself; every other builder gets plain docutils tables. This is the
sphinx-design pattern: a rich renderer where it exists, a plain fallback
everywhere else.
"""

from __future__ import annotations

from docutils import nodes
from sphinx.transforms.post_transforms import SphinxPostTransform

from sopap.compat import has_visitor
from sopap.sphinxext.domain import langkah_anchor
from sopap.sphinxext.fallback_tables import render_sop
from sopap.sphinxext.nodes import sop_node


def has_native_renderer(env, node_class: type[nodes.Node]) -> bool:
    """Whether the current builder's translator has a visitor for the node."""
    return has_visitor(env, node_class)


class SopFallback(SphinxPostTransform):
    default_priority = 200

    def run(self, **kwargs) -> None:
        if has_native_renderer(self.env, sop_node):
            return
        domain = self.env.domains["sop"]
        for node in list(self.document.findall(sop_node)):
            sop = domain.state.sops.get(node["docname"])
            if sop is None:
                node.replace_self([])
                continue
            node.replace_self(render_sop(sop, lambda n, s=sop: langkah_anchor(s.id, n)))
