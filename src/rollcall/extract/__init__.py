"""rollcall.extract — from a news report to persons, events, dates, counts and quotes.

Pure Python (no Django). English, Russian and Belarusian. The output is the
``rollcall.extraction/1`` object described in ``docs/extraction-format.md``::

    from rollcall.extract import extract
    result = extract(text, "2014-06-23")          # language detected
    result.to_json()                               # the format object
"""

from __future__ import annotations

from rollcall.extract.core import extract
from rollcall.extract.language import UnsupportedLanguage, detect
from rollcall.extract.model import Count, Event, Extraction, Person, Quote

__all__ = [
    "Count",
    "Event",
    "Extraction",
    "Person",
    "Quote",
    "UnsupportedLanguage",
    "detect",
    "extract",
]
