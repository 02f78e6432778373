"""rollcall.names — the pure-Python name engine (no Django at import time).

Folding (:mod:`.fold`), transliteration between Cyrillic and Latin
(:mod:`.translit`), Belarusian↔Russian correspondences (:mod:`.correspond`),
inflection (:mod:`.inflection`), matching keys (:mod:`.keys`), searchable variant
generation (:mod:`.variants`) and the in-memory :class:`NameIndex` (:mod:`.index`).
See docs/names.md.
"""

from rollcall.names.fold import fold
from rollcall.names.index import Mention, NameIndex
from rollcall.names.inflection import nominative_forms, nominative_name
from rollcall.names.translit import to_cyrillic, transliterate, transliterations
from rollcall.names.variants import NameVariant, generate_variants, parse_name

__all__ = [
    "Mention",
    "NameIndex",
    "NameVariant",
    "fold",
    "generate_variants",
    "nominative_forms",
    "nominative_name",
    "parse_name",
    "to_cyrillic",
    "transliterate",
    "transliterations",
]
