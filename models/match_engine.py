"""Bulk scoring: many opportunities against many axes at once, with the same scores as score_against.

The scorer is linear in features (keywords, description phrases, terms, cited and themed ODS), so a
batch of opportunities × all axes is one sparse accumulation: every feature of an opportunity adds
its posting list (the axes that have it, with their weight) into a dense block of raw evidence,
done by numpy.bincount. Only the features an opportunity has are touched, so the work is
proportional to the postings met, not to opportunities × axes.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import numpy as np

from models.axis_purpose import (COURSE_MARK, DOMESTIC_MARK, HOST_MARK, PRIZE_MARK, PURPOSE_BONUS, RECEIVING_MARK,
                                 STAFF_COURSE_MARK)
from models.matching import (
    BARE_TERM_WEIGHT, DESCRIPTION_PHRASE_WEIGHT, KEYWORD_TERM_WEIGHT, MIN_SCORE, ODS_CITED_WEIGHT, ODS_THEME_WEIGHT, SCALE, TERM_WEIGHT,
    AxisProfile, Scored, idf_table, keyword_weight, score_against,
)
from models.text import ods_mentioned, ods_themes, phrases, stem_sequence


@dataclass(frozen=True)
class OpportunityFeatures:
    """What scoring needs from one opportunity's text, extracted once."""

    stems: frozenset[str]
    runs: frozenset[tuple[str, ...]]
    cited: frozenset[int]
    themed: frozenset[int]
    # The stems in text order, from which the rest follows (with `cited`): what the feature index stores.
    sequence: tuple[str, ...] = ()


def extract(text: str) -> OpportunityFeatures:
    sequence = stem_sequence(text, drop_generic=False)
    return from_sequence(sequence, ods_mentioned(text))


def from_sequence(sequence: Sequence[str], cited: set[int] | frozenset[int]) -> OpportunityFeatures:
    """The features of a text from its stem sequence and the ODS it cites, as `features` computes them."""
    stems = frozenset(sequence)
    return OpportunityFeatures(stems, frozenset(phrases(list(sequence))), frozenset(cited),
                               frozenset(ods_themes(set(stems)) - set(cited)), tuple(sequence))


class BulkMatcher:
    """Posting lists feature -> (axis positions, weights) over a fixed list of axis profiles."""

    def __init__(self, profiles: Sequence[AxisProfile], idf: dict[str, float] | None = None):
        """`idf`: term weights computed over every current axis, so scoring a subset (one city's new
        plan) gives the same scores as a full run; by default computed over `profiles`."""
        self.profiles = list(profiles)
        self.idf = idf = {**profiles_idf(self.profiles), **idf} if idf is not None else profiles_idf(self.profiles)
        lists: dict[tuple, tuple[list[int], list[float]]] = defaultdict(lambda: ([], []))
        self.keywords_by_stem: dict[str, set[tuple[str, ...]]] = defaultdict(set)
        for i, p in enumerate(self.profiles):
            weight = TERM_WEIGHT if p.keywords else BARE_TERM_WEIGHT
            for t in p.terms:
                _add(lists, ("t", t), i, weight * idf[t])
            for t in p.keyword_terms:
                _add(lists, ("t", t), i, KEYWORD_TERM_WEIGHT * idf[t])
            for _, kstems in p.keywords:
                _add(lists, ("k", kstems), i, 1.0)
                self.keywords_by_stem[kstems[0]].add(kstems)
            for phrase in p.description_phrases:
                _add(lists, ("p", phrase), i, DESCRIPTION_PHRASE_WEIGHT)
            for s in p.purpose:
                _add(lists, ("b", s), i, PURPOSE_BONUS)
            if p.receiving_penalty:
                _add(lists, ("n", RECEIVING_MARK), i, -p.receiving_penalty)
            if p.domestic_penalty:
                _add(lists, ("n", DOMESTIC_MARK), i, -p.domestic_penalty)
                if p.hosts_events:  # a hosting call gives back what its event's domestic mark took
                    _add(lists, ("n", HOST_MARK), i, p.domestic_penalty)
            if p.course_penalty:
                _add(lists, ("n", COURSE_MARK), i, -p.course_penalty)
            if p.prize_penalty:
                _add(lists, ("n", PRIZE_MARK), i, -p.prize_penalty)
            if p.staff_course_penalty:
                _add(lists, ("n", STAFF_COURSE_MARK), i, -p.staff_course_penalty)
            for o in p.ods:
                _add(lists, ("oc", o), i, ODS_CITED_WEIGHT)
                _add(lists, ("ot", o), i, ODS_THEME_WEIGHT)
        self.postings = {key: (np.asarray(ax, dtype=np.int32), np.asarray(w, dtype=np.float32))
                         for key, (ax, w) in lists.items()}

    def opportunity_terms(self, f: OpportunityFeatures) -> list[tuple[tuple, float]]:
        """The features of one opportunity this matcher knows, each with its opportunity-side value."""
        out: list[tuple[tuple, float]] = []
        for stem in f.stems:
            if ("t", stem) in self.postings:
                out.append((("t", stem), 1.0))
            if ("b", stem) in self.postings:
                out.append((("b", stem), 1.0))
            for kstems in self.keywords_by_stem.get(stem, ()):
                if all(s in f.stems for s in kstems):
                    out.append((("k", kstems), keyword_weight(kstems, f.runs)))
        for run in f.runs:
            if len(run) == 2 and ("p", run) in self.postings:
                out.append((("p", run), 1.0))
        if ("n", RECEIVING_MARK) in self.postings and all(s in f.stems for s in RECEIVING_MARK):
            out.append((("n", RECEIVING_MARK), 1.0))
        if ("n", DOMESTIC_MARK) in self.postings and all(s in f.stems for s in DOMESTIC_MARK):
            out.append((("n", DOMESTIC_MARK), 1.0))
        if ("n", HOST_MARK) in self.postings and all(s in f.stems for s in (*HOST_MARK, *DOMESTIC_MARK)):
            out.append((("n", HOST_MARK), 1.0))
        if ("n", COURSE_MARK) in self.postings and all(s in f.stems for s in COURSE_MARK):
            out.append((("n", COURSE_MARK), 1.0))
        if ("n", PRIZE_MARK) in self.postings and all(s in f.stems for s in PRIZE_MARK):
            out.append((("n", PRIZE_MARK), 1.0))
        if ("n", STAFF_COURSE_MARK) in self.postings and all(s in f.stems for s in STAFF_COURSE_MARK):
            out.append((("n", STAFF_COURSE_MARK), 1.0))
        out.extend((("oc", o), 1.0) for o in f.cited if ("oc", o) in self.postings)
        out.extend((("ot", o), 1.0) for o in f.themed if ("ot", o) in self.postings)
        return out

    def raw_block(self, batch: Sequence[OpportunityFeatures]) -> np.ndarray:
        """Raw evidence for a batch: array (len(batch), axes)."""
        n_axes = len(self.profiles)
        cells, weights = [], []
        for row, f in enumerate(batch):
            base = row * n_axes
            for key, value in self.opportunity_terms(f):
                axes, w = self.postings[key]
                cells.append(axes + base)
                weights.append(w * value if value != 1.0 else w)
        if not cells:
            return np.zeros((len(batch), n_axes))
        flat = np.bincount(np.concatenate(cells), weights=np.concatenate(weights), minlength=len(batch) * n_axes)
        return flat.reshape(len(batch), n_axes)

    def scores(self, batch: Sequence[OpportunityFeatures]) -> np.ndarray:
        """Scores in [0, 1) for a batch, rounded like score_against."""
        return np.round(1.0 - np.exp(-np.maximum(self.raw_block(batch), 0.0) / SCALE), 3)

    def scored(self, f: OpportunityFeatures, positions: Sequence[int]) -> list[Scored]:
        """Full Scored results (with reasons) for some axes of one opportunity, best first."""
        out = [score_against(self.profiles[i], set(f.stems), set(f.cited), set(f.themed), self.idf, set(f.runs))
               for i in positions]
        out.sort(key=lambda s: (-s.score, s.profile.city_code, s.profile.code))
        return out

    def kept(self, items: Sequence[OpportunityFeatures], chunk: int = 256) -> Iterator[tuple[int, np.ndarray, np.ndarray]]:
        """(item index, axis positions, scores) of every pair at or above MIN_SCORE, chunk by chunk."""
        for start in range(0, len(items), chunk):
            block = self.scores(items[start:start + chunk])
            rows, cols = np.nonzero(block >= MIN_SCORE)
            for r in np.unique(rows):
                sel = cols[rows == r]
                yield start + int(r), sel, block[r, sel]


def profiles_idf(profiles: Sequence[AxisProfile]) -> dict[str, float]:
    """IDF of every description term among these axes."""
    term_df: dict[str, int] = defaultdict(int)
    for p in profiles:
        for t in p.terms | p.keyword_terms:
            term_df[t] += 1
    return idf_table(term_df, len(profiles))


def _add(lists: dict, key: tuple, axis: int, weight: float) -> None:
    axes, weights = lists[key]
    axes.append(axis)
    weights.append(weight)
