"""Review for Bagian Organisasi, on the model: what changed between two
versions (:mod:`.diff`), the revision history of a source in git
(:mod:`.history`), and what a reviewer still has to confirm
(:mod:`.confirm`). The review pages of the handbook are
:mod:`sopap.sphinxext.review`; lint is :mod:`sopap.lint`.
"""
