"""pytest plugin (``pytest11`` entry point) of the conformance suite.

Loaded in every pytest session of an environment where sopap is installed,
so it must stay cheap to import; the suite itself is added by the
conformance modules.
"""

from __future__ import annotations
