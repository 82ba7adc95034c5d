"""Indonesian full-text search for the handbook (``html_search_language = "id"``).

Sphinx (9.x) ships snowball's Indonesian stemmer in JavaScript
(``sphinx/search/*-js/indonesian-stemmer.js``) but registers no Indonesian
search language, so ``language = "id"`` silently indexes and searches with
the English stemmer. This language stems with snowball's ``indonesian`` on
both sides -- Python when indexing, the shipped JavaScript when searching --
so "paraf" finds "memaraf"/"diparaf" and "laporan" finds "melaporkan".
"""

from __future__ import annotations

import snowballstemmer
from sphinx.search import SearchLanguage
from stop_words import get_stop_words

#: Words of the general stop list that carry meaning in SOP text (skills in
#: Kualifikasi Pelaksana, places, durations): they stay searchable.
KATA_PENTING = frozenset({"mampu", "kecil", "dekat", "depan", "lama", "lamanya", "akhirnya", "hal"})


def indonesian_stopwords() -> frozenset[str]:
    """The function words of the ``stop-words`` package, minus :data:`KATA_PENTING`."""
    return frozenset(get_stop_words("indonesian")) - KATA_PENTING


class SearchIndonesian(SearchLanguage):
    lang = "id"
    language_name = "Indonesian"
    js_stemmer_rawcode = "indonesian-stemmer.js"
    stopwords = indonesian_stopwords()

    def __init__(self, options: dict[str, str]) -> None:
        super().__init__(options)
        self.stemmer = snowballstemmer.stemmer("indonesian")

    def stem(self, word: str) -> str:
        return self.stemmer.stemWord(word.lower())
