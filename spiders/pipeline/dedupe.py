"""Third step: one opportunity per canonical URL (no tracking parameters, no fragment) and a content hash;
and the fuzzy test that tells when two places publish the same call (title, funder and deadline)."""
from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any

from rapidfuzz import fuzz, process

from models.text import STOPWORDS, stem, words
from spiders.pipeline.normalise import NormalisedItem
from spiders.pipeline.urls import canonical_url


def content_hash(item: NormalisedItem | dict[str, Any]) -> str:
    """sha256 of the content that matters, so a re-harvest can tell 'unchanged' from 'updated'."""
    content = item if isinstance(item, dict) else item.content()
    payload = json.dumps(content, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


# --- the same call in several places -------------------------------------------------------------
# Thresholds on rapidfuzz scores (0-100) over accent-folded words; chosen on the development pairs in
# tests/test_dedupe.py: reworded titles of one call score 90+; different calls of one funder mostly below,
# and the few short titles above it ('innovación urbana' / 'innovación rural') differ by a swapped word.
TITLE_MIN = 90.0       # token_sort_ratio of the titles (word order free, extra words penalised)
FUNDER_MIN = 85.0      # token_set_ratio of the funders ("AECID" is within "Agencia ... (AECID)")
DEADLINE_SLACK = timedelta(days=1)  # one source writes the deadline in Madrid, another in Bogotá
_NUMBER = re.compile(r"\d+")


@dataclass(frozen=True)
class Candidate:
    """An already stored opportunity, as the fuzzy test needs it; `sources` still list it."""

    id: int
    title: str
    funder: str
    deadline: datetime | None
    sources: frozenset[str]


def title_key(title: str) -> str:
    """Folded words only, so case, accents and punctuation never tell two titles apart."""
    return " ".join(words(title))


def _numbers(title: str) -> frozenset[str]:
    """Years and edition numbers: 'Convocatoria 2026' and 'Convocatoria 2027' are two calls."""
    return frozenset(n.lstrip("0") or "0" for n in _NUMBER.findall(title))


def _stems(title: str) -> frozenset[str]:
    """Content-word stems, so 'proyecto' and 'proyectos' count as one word."""
    return frozenset(stem(w) for w in words(title) if w not in STOPWORDS)


def words_swapped(a: str, b: str) -> bool:
    """True when each title has a content word the other lacks: 'innovación urbana' vs 'innovación rural'
    are two calls however close the letters; a title that only adds words ('… – UCCI') is not swapped."""
    first, second = _stems(a), _stems(b)
    return bool(first - second) and bool(second - first)


def deadlines_conflict(a: datetime | None, b: datetime | None) -> bool:
    """Two known deadlines more than a day apart: two editions or two calls, never one."""
    return a is not None and b is not None and abs(a - b) > DEADLINE_SLACK


def same_funder(a: str, b: str) -> bool:
    """Funders named alike, an acronym inside the full name included."""
    return fuzz.token_set_ratio(title_key(a), title_key(b)) >= FUNDER_MIN


class CandidatePool:
    """Stored calls with their title keys computed once, so each new item costs one rapidfuzz pass."""

    def __init__(self, candidates: Iterable[Candidate] = ()) -> None:
        self.candidates = list(candidates)
        self.keys = [title_key(c.title) for c in self.candidates]
        self._by_day: dict[date | None, list[int]] = {}
        for index, candidate in enumerate(self.candidates):
            day = candidate.deadline.date() if candidate.deadline else None
            self._by_day.setdefault(day, []).append(index)

    def plausible(self, deadline: datetime | None) -> list[int]:
        """Indexes of the candidates whose deadline cannot conflict with this one (all when it is unknown)."""
        if deadline is None:
            return list(range(len(self.candidates)))
        day = deadline.date()
        days = (None, day - timedelta(days=2), day - timedelta(days=1), day, day + timedelta(days=1),
                day + timedelta(days=2))
        return [index for d in days for index in self._by_day.get(d, ())]


def find_same_call(
    item: NormalisedItem, source_id: str, candidates: CandidatePool | list[Candidate],
    exclude: frozenset[int] | set[int] = frozenset(),
) -> Candidate | None:
    """The stored call this item republishes, if any: close titles with the same numbers, no conflicting
    deadline, and either the same deadline or the same funder. A source never merges two of its own pages
    (`exclude`: the opportunities it already linked in this run)."""
    pool = candidates if isinstance(candidates, CandidatePool) else CandidatePool(candidates)
    if not pool.candidates:
        return None
    numbers = _numbers(item.title)
    indexes = pool.plausible(item.deadline)
    found = process.extract(title_key(item.title), [pool.keys[i] for i in indexes], scorer=fuzz.token_sort_ratio,
                            score_cutoff=TITLE_MIN, limit=20)
    for _key, _score, position in sorted(found, key=lambda f: -f[1]):
        candidate = pool.candidates[indexes[position]]
        if source_id in candidate.sources or candidate.id in exclude or _numbers(candidate.title) != numbers:
            continue
        if words_swapped(item.title, candidate.title):
            continue
        if deadlines_conflict(item.deadline, candidate.deadline):
            continue
        same_deadline = item.deadline is not None and candidate.deadline is not None
        if same_deadline or same_funder(item.funder, candidate.funder):
            return candidate
    return None


def merge_candidates(rows: Iterable[tuple[int, str, str, datetime | None, str]]) -> CandidatePool:
    """Candidates from (id, title, funder, deadline, live source id) rows, one per opportunity."""
    merged: dict[int, tuple[str, str, datetime | None, set[str]]] = {}
    for opp_id, title, funder, deadline, source_id in rows:
        entry = merged.setdefault(opp_id, (title, funder, deadline, set()))
        if source_id:
            entry[3].add(source_id)
    return CandidatePool(Candidate(i, t, f, d, frozenset(s)) for i, (t, f, d, s) in merged.items())


def dedupe(items: list[NormalisedItem], canonical: bool = False) -> tuple[list[NormalisedItem], list[str]]:
    """Items with canonical URLs, the first of each URL kept; the reasons for the repeated ones.

    `canonical`: the items' URLs are canonical already (normalise() made them so), not to be worked out again."""
    kept: dict[str, NormalisedItem] = {}
    repeated: list[str] = []
    for item in items:
        url = item.url if canonical else canonical_url(item.url)
        if url in kept:
            repeated.append(f"{url}: repetida en la misma cosecha")
            continue
        kept[url] = item if url == item.url else replace(item, url=url)
    return list(kept.values()), repeated
