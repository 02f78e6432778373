"""Benchmark of the name engine (rollcall.names) at registry scale.

Run: ``.venv/bin/python bench/bench_names.py [--persons N] [--text-mb M]``.

Generates (deterministic seed) N synthetic persons with realistic Belarusian and
Russian names, each given by a Belarusian Cyrillic, a Russian Cyrillic and a Latin
(passport-style) form plus all the variants ``generate_variants`` derives from them
(about ten names a person, as the registry stores them), then prints:

* index build time (target < 20 s for 100,000 persons) and memory growth;
* ``find_mentions`` throughput on generated Belarusian/Russian news-like text with
  inflected names (target >= 5 MB/s on one core);
* ``lookup`` median and p95 latency over varied spellings (target < 5 ms), and the
  ratio against the obvious baseline, rapidfuzz ``process.extractOne`` over all
  names, measured in the same run on a sample of the queries;
* precision and recall of ``resolve`` / ``lookup`` on ``shared/names/variants.tsv``.

No timing is asserted; figures are printed.
"""

from __future__ import annotations

import argparse
import csv
import gc
import random
import resource
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from rapidfuzz import fuzz, process  # noqa: E402

from rollcall.names.correspond import GIVEN_NAMES  # noqa: E402
from rollcall.names.fold import guess_language, script_of  # noqa: E402
from rollcall.names.index import NameIndex  # noqa: E402
from rollcall.names.inflection import inflected_forms  # noqa: E402
from rollcall.names.translit import transliterate  # noqa: E402
from rollcall.names.variants import generate_variants  # noqa: E402

VARIANTS = ROOT.parent / "shared" / "names" / "variants.tsv"

ONSETS = [
    "б",
    "в",
    "г",
    "д",
    "ж",
    "з",
    "к",
    "л",
    "м",
    "н",
    "п",
    "р",
    "с",
    "т",
    "ф",
    "х",
    "ц",
    "ч",
    "ш",
    "бр",
    "гр",
    "кр",
    "пр",
    "ст",
    "тр",
    "шч",
    "дз",
    "сл",
    "см",
    "кл",
]
VOWELS = ["а", "о", "у", "і", "е", "ы", "я"]
CODAS = ["б", "в", "д", "к", "л", "м", "н", "р", "с", "т", "ч", "ш", "ль", "нь"]
# (Belarusian, Russian) surname endings, masculine and feminine.
SUFFIXES = [
    (("скі", "ский"), ("ская", "ская")),
    (("оў", "ов"), ("ова", "ова")),
    (("іч", "ич"), ("іч", "ич")),
    (("енка", "енко"), ("енка", "енко")),
    (("ук", "ук"), ("ук", "ук")),
    (("ін", "ин"), ("іна", "ина")),
    (("чык", "чик"), ("чык", "чик")),
    (("ецкі", "ецкий"), ("ецкая", "ецкая")),
    (("еня", "еня"), ("еня", "еня")),
    (("ак", "ак"), ("ак", "ак")),
]
FILLER_BE = [
    "суд",
    "палітвязень",
    "правабаронцы",
    "паведамілі",
    "што",
    "быў",
    "затрыманы",
    "ў",
    "Мінску",
    "пасля",
    "ператрусу",
    "па",
    "крымінальнай",
    "справе",
    "за",
    "ўдзел",
    "у",
    "пратэстах",
    "прыгавор",
    "калонія",
    "гадоў",
    "пазбаўлення",
    "волі",
    "рашэнне",
    "апеляцыя",
    "адвакат",
    "сям'я",
    "ліст",
]
FILLER_RU = [
    "суд",
    "политзаключенный",
    "правозащитники",
    "сообщили",
    "что",
    "был",
    "задержан",
    "в",
    "Минске",
    "после",
    "обыска",
    "по",
    "уголовному",
    "делу",
    "за",
    "участие",
    "в",
    "протестах",
    "приговор",
    "колония",
    "лет",
    "лишения",
    "свободы",
    "решение",
    "апелляция",
    "адвокат",
    "семья",
    "письмо",
]


def be_to_ru_simple(word: str) -> str:
    """Bench-only letter mapping (independent of the engine's rules)."""
    return (
        word.replace("і", "и")
        .replace("ў", "в")
        .replace("э", "е")
        .replace("дз", "д")
        .replace("шч", "щ")
    )


def make_persons(n: int, seed: int = 20251128) -> list[tuple[str, str, str, str]]:
    """(person_id, Latin, Belarusian Cyrillic, Russian Cyrillic) for n persons."""
    rng = random.Random(seed)
    male = [(be[0], ru[0]) for be, ru, _ in GIVEN_NAMES if not be[0].endswith(("а", "я")) and ru]
    female = [(be[0], ru[0]) for be, ru, _ in GIVEN_NAMES if be[0].endswith(("а", "я")) and ru]
    persons = []
    for i in range(n):
        stem = (
            rng.choice(ONSETS)
            + rng.choice(VOWELS)
            + rng.choice(ONSETS)
            + rng.choice(VOWELS)
            + rng.choice(CODAS)
        )
        stem = stem[0].upper() + stem[1:]
        fem = rng.random() < 0.35
        (m_be, m_ru), (f_be, f_ru) = rng.choice(SUFFIXES)
        sur_be = stem + (f_be if fem else m_be)
        sur_ru = be_to_ru_simple(stem) + (f_ru if fem else m_ru)
        fore_be, fore_ru = rng.choice(female if fem else male)
        latin = transliterate(f"{fore_be} {sur_be}", "be_passport")
        persons.append((f"p{i:06d}", latin, f"{fore_be} {sur_be}", f"{fore_ru} {sur_ru}"))
    return persons


def make_text(
    persons: list[tuple[str, str, str, str]], size: int, seed: int = 7
) -> tuple[str, list[tuple[int, str]]]:
    """News-like text of about ``size`` bytes, one inflected name per sentence, and
    the (offset, person id) of every name put in."""
    rng = random.Random(seed)
    parts: list[str] = []
    truth: list[tuple[int, str]] = []
    offset = 0
    total = 0
    while total < size:
        pid, latin, be, ru = rng.choice(persons)
        lang = rng.random()
        if lang < 0.45:
            fore, sur = be.split()
            filler, lg = FILLER_BE, "be"
        elif lang < 0.9:
            fore, sur = ru.split()
            filler, lg = FILLER_RU, "ru"
        else:
            fore, sur = latin.split()
            filler, lg = ["court", "prisoner", "sentenced", "years", "colony", "the"], ""
        if lg:
            sur = rng.choice(inflected_forms(sur, lg, use_dictionary=False)).capitalize()
            fore = rng.choice(inflected_forms(fore, lg, use_dictionary=False)).capitalize()
        words = [rng.choice(filler) for _ in range(rng.randint(6, 14))]
        at = rng.randint(0, len(words))
        before = " ".join(words[:at])
        sentence = " ".join([*words[:at], f"{fore} {sur}", *words[at:]])
        sentence = sentence[:1].upper() + sentence[1:] + ". "
        truth.append((offset + len(before) + (1 if before else 0), pid))
        parts.append(sentence)
        offset += len(sentence)
        total += len(sentence.encode("utf-8"))
    return "".join(parts), truth


def rss_mb() -> float:
    """Peak resident memory of this process so far, in MB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def current_rss_mb() -> float:
    """Resident memory now, in MB (Linux; 0 elsewhere)."""
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * resource.getpagesize() / 1_048_576
    except OSError:
        return 0.0


def quality_on_variants(path: Path) -> None:
    rows = list(csv.reader(path.open(encoding="utf-8"), delimiter="\t"))[1:]
    by: dict[str, list[str]] = defaultdict(list)
    for person, name in rows:
        by[person].append(name)
    seeds: list[tuple[str, str]] = []
    for person, names in by.items():
        seeds.append((person, person))
        langs: set[str] = set()
        for name in names:
            if script_of(name) == "Cyrl" and len(name.split()) >= 2:
                lang = guess_language(name) or "?"
                if lang not in langs:
                    langs.add(lang)
                    seeds.append((person, name))
    index = NameIndex.from_names(seeds)
    correct = wrong = top1 = 0
    for person, name in rows:
        got = index.resolve(name)
        correct += got == person
        wrong += got is not None and got != person
        hits = index.lookup(name, 1)
        top1 += bool(hits) and hits[0][0] == person
    answered = correct + wrong
    print(
        f"variants.tsv: {len(rows)} spellings of {len(by)} persons, index seeded with "
        f"{len(seeds)} names (canonical Latin + first be/ru Cyrillic full name)"
    )
    print(
        f"  resolve: recall {correct / len(rows):.3f}, precision "
        f"{(correct / answered if answered else 1.0):.3f} ({wrong} wrong, "
        f"{len(rows) - answered} unresolved)"
    )
    print(f"  lookup top-1 accuracy {top1 / len(rows):.3f}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--persons", type=int, default=100_000)
    parser.add_argument("--text-mb", type=float, default=4.0)
    parser.add_argument("--queries", type=int, default=2000)
    parser.add_argument("--baseline-queries", type=int, default=30)
    args = parser.parse_args()

    t0 = time.perf_counter()
    persons = make_persons(args.persons)
    # every person as the registry stores it: the names entered (Belarusian, Russian,
    # Latin) and all the variants generated from them (transliterations, aliases)
    pairs = [
        (pid, v.name)
        for pid, latin, be, ru in persons
        for v in generate_variants([(be, "be"), (ru, "ru"), (latin, "en")])
    ]
    print(
        f"generated {len(persons):,} persons with all their variants: {len(pairs):,} "
        f"names ({len(pairs) / len(persons):.1f} a person) in "
        f"{time.perf_counter() - t0:.1f} s"
    )

    gc.collect()
    rss0 = rss_mb()
    now0 = current_rss_mb()
    t0 = time.perf_counter()
    index = NameIndex.from_names(pairs)
    build = time.perf_counter() - t0
    gc.collect()
    print(
        f"index build: {build:.1f} s (target < 20 s); memory: the built index holds "
        f"+{current_rss_mb() - now0:.0f} MB RSS, peak during the build "
        f"+{rss_mb() - rss0:.0f} MB (process total {rss_mb():.0f} MB)"
    )

    text, truth = make_text(persons, int(args.text_mb * 1_000_000))
    size_mb = len(text.encode("utf-8")) / 1_000_000
    index.find_mentions(text[:10000])  # warm caches
    t0 = time.perf_counter()
    mentions = index.find_mentions(text)
    scan = time.perf_counter() - t0
    got = {(m.start, m.person_id) for m in mentions}
    hit = sum(t in got for t in truth)
    print(
        f"find_mentions: {size_mb:.1f} MB in {scan:.2f} s = {size_mb / scan:.1f} MB/s "
        f"(target >= 5 MB/s); {len(mentions):,} mentions, {hit / len(truth):.3f} of the "
        f"{len(truth):,} names put in found at their offset, precision "
        f"{hit / max(1, len(mentions)):.3f}"
    )

    rng = random.Random(11)
    queries: list[tuple[str, str]] = []
    for _ in range(args.queries):
        pid, latin, be, ru = rng.choice(persons)
        kind = rng.random()
        if kind < 0.3:
            q = latin
        elif kind < 0.5:
            q = transliterate(ru, rng.choice(["ru_wikipedia", "ru_icao", "ru_bgn_pcgn"]))
        elif kind < 0.75:
            fore, sur = be.split()
            q = f"{fore} {rng.choice(inflected_forms(sur, 'be', use_dictionary=False))}"
        else:
            q = ru
        queries.append((pid, q))
    times = []
    found = 0
    for pid, q in queries:
        t0 = time.perf_counter()
        res = index.lookup(q, 5)
        times.append(time.perf_counter() - t0)
        found += any(r[0] == pid for r in res)
    median = statistics.median(times) * 1000
    p95 = sorted(times)[int(len(times) * 0.95)] * 1000
    print(
        f"lookup: median {median:.2f} ms, p95 {p95:.2f} ms (target median < 5 ms); "
        f"true person in top 5 for {found / len(queries):.3f} of {len(queries)} queries"
    )

    # resolve at scale: spellings under other schemes, inflected forms, surnames alone
    surname_count: dict[str, int] = defaultdict(int)
    for _, _, be, _ in persons:
        surname_count[be.split()[1]] += 1
    kinds = {"be_bgn_pcgn": 0, "be_lacinka": 0, "ru_iso9": 0, "ru_wikipedia": 0,
             "be_inflected": 0, "surname_alone": 0}
    right = wrong = unique_surnames = 0
    rng = random.Random(13)
    for n in range(args.queries):
        pid, latin, be, ru = rng.choice(persons)
        kind = list(kinds)[n % len(kinds)]
        fore, sur = be.split()
        if kind == "be_inflected":
            q = f"{fore} {rng.choice(inflected_forms(sur, 'be', use_dictionary=False))}"
        elif kind == "surname_alone":
            q = sur
            unique_surnames += surname_count[sur] == 1
        else:
            q = transliterate(ru if kind.startswith("ru") else be, kind)
        got = index.resolve(q)
        right += got == pid
        wrong += got is not None and got != pid
    print(f"resolve on {args.queries} varied spellings of {len(persons):,} persons (schemes, "
          f"inflected, surname alone): recall {right / args.queries:.3f}, precision "
          f"{right / max(1, right + wrong):.3f} ({wrong} wrong); "
          f"{unique_surnames} of the surname-alone queries had a unique surname")

    all_names = [name for _, name in pairs]
    sample = queries[: args.baseline_queries]
    t0 = time.perf_counter()
    base_found = 0
    name_owner = {name: pid for pid, name in pairs}
    for pid, q in sample:
        best = process.extractOne(q, all_names, scorer=fuzz.WRatio)
        base_found += best is not None and name_owner.get(best[0]) == pid
    base = (time.perf_counter() - t0) / len(sample) * 1000
    t0 = time.perf_counter()
    for _, q in sample:
        index.lookup(q, 1)
    ours = (time.perf_counter() - t0) / len(sample) * 1000
    print(
        f"baseline process.extractOne over {len(all_names):,} names: {base:.1f} ms/query "
        f"(top-1 right {base_found}/{len(sample)}); NameIndex.lookup {ours:.2f} ms/query "
        f"on the same sample: {base / ours:.0f}x faster"
    )

    if VARIANTS.exists():
        quality_on_variants(VARIANTS)
    else:
        print(f"({VARIANTS} not found: no precision/recall)")


if __name__ == "__main__":
    main()
