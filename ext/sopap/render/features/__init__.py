"""Gherkin features of the conformance suite, generated from the model.

:func:`kit_files` is a pure function of the corpus; ``sopap features``
writes it to ``features/`` (see :mod:`sopap.cli.features`).
"""

from sopap.render.features.kit import README, checked_feature, feature_file, kit_files, stale_files, write_kit
from sopap.render.features.scenarios import KINDS, feature_of
from sopap.render.features.validate import FeatureError

__all__ = [
    "README",
    "FeatureError",
    "KINDS",
    "checked_feature",
    "feature_file",
    "feature_of",
    "kit_files",
    "stale_files",
    "write_kit",
]
