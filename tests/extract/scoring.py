"""A compact scorer for the project's own test articles (the rules of the shared
``eval/FORMAT.md``: alias matching after folding, (type, date, person) event triples,
quotes by word F1 >= 0.8 with the speaker, (value, category) counts)."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from typing import Any


def fold(name: str | None) -> str:
    text = unicodedata.normalize("NFKD", name or "")
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold().replace("ё", "е")
    text = re.sub(r"['’ʼ`]", "", text)
    return " ".join(re.sub(r"[^\w]+", " ", text).split())


def _f1(tp: int, fp: int, fn: int) -> float:
    p = tp / (tp + fp) if tp + fp else (1.0 if not fn else 0.0)
    r = tp / (tp + fn) if tp + fn else 1.0
    return 2 * p * r / (p + r) if p + r else 0.0


def _word_f1(a: str, b: str) -> float:
    wa, wb = Counter(re.findall(r"\w+", fold(a))), Counter(re.findall(r"\w+", fold(b)))
    common = sum((wa & wb).values())
    if not common:
        return 0.0
    p, r = common / sum(wa.values()), common / sum(wb.values())
    return 2 * p * r / (p + r)


def score(gold: dict[str, Any], pred: dict[str, Any]) -> dict[str, float]:
    """F1 of persons, events, quotes and counts, and their mean ``overall``."""
    owner = {
        fold(a): g["name"] for g in gold["persons"] for a in [g["name"], *g.get("aliases", [])]
    }
    key_of: dict[str, str] = {}
    taken = set()
    for p in pred["persons"]:
        forms = [p["name"], *p.get("variants", [])]
        match = next((owner[fold(f)] for f in forms if fold(f) in owner), None)
        if match:
            taken.add(match)
        for f in forms:
            key_of.setdefault(fold(f), match or "?" + fold(p["name"]))

    def key(name: str | None, pred_side: bool = True) -> str | None:
        if name is None:
            return None
        return (
            (key_of.get(fold(name)) if pred_side else None)
            or owner.get(fold(name))
            or "?" + fold(name)
        )

    persons = _f1(len(taken), len(pred["persons"]) - len(taken), len(gold["persons"]) - len(taken))

    def triples(events: list[dict[str, Any]], pred_side: bool) -> set[tuple[Any, ...]]:
        return {
            (e["type"], e["date"], key(n, pred_side))
            for e in events
            for n in (e["persons"] or [None])
        }

    gt = triples([e for e in gold["events"] if not e.get("optional")], False)
    optional = triples([e for e in gold["events"] if e.get("optional")], False) - gt
    pt = triples(pred["events"], True) - optional
    events = _f1(len(gt & pt), len(pt - gt), len(gt - pt))

    pairs = sorted(
        (
            (_word_f1(g["text"], p["text"]), gi, pi)
            for gi, g in enumerate(gold["quotes"])
            for pi, p in enumerate(pred["quotes"])
        ),
        reverse=True,
    )
    used_g, used_p, right = set(), set(), 0
    for s, gi, pi in pairs:
        if s < 0.8 or gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        g, p = gold["quotes"][gi]["speaker"], pred["quotes"][pi]["speaker"]
        right += (g is None and p is None) or (
            g is not None and p is not None and key(p) == key(g, False)
        )
    quotes = _f1(right, len(pred["quotes"]) - right, len(gold["quotes"]) - right)

    gc = {(c["value"], c["category"]) for c in gold["counts"]}
    pc = {(c["value"], c["category"]) for c in pred["counts"]}
    counts = _f1(len(gc & pc), len(pc - gc), len(gc - pc))
    return {
        "persons": persons,
        "events": events,
        "quotes": quotes,
        "counts": counts,
        "overall": (persons + events + quotes + counts) / 4,
    }
