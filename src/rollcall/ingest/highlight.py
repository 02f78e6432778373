"""The source text cut into segments, each knowing which claims' evidence covers it."""

from __future__ import annotations

import itertools
from dataclasses import dataclass


@dataclass(frozen=True)
class Segment:
    text: str
    claim_ids: tuple[int, ...]


def segments(text: str, spans: list[tuple[int, int, int]]) -> list[Segment]:
    """Cut ``text`` at every evidence boundary; ``spans`` are (claim id, start, end).

    Evidence may overlap (several claims from one sentence); each segment lists all
    the claims that cover it. Spans outside the text are clipped.
    """
    length = len(text)
    clipped = [(cid, max(0, s), min(length, e)) for cid, s, e in spans if s < e]
    bounds = sorted({0, length, *(s for _, s, _ in clipped), *(e for _, _, e in clipped)})
    result: list[Segment] = []
    for lo, hi in itertools.pairwise(bounds):
        if lo >= hi:
            continue
        covering = tuple(sorted(cid for cid, s, e in clipped if s <= lo and hi <= e))
        result.append(Segment(text[lo:hi], covering))
    return result
