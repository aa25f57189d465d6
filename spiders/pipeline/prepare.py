"""validate → normalise → dedupe over one source's raw items, keeping a reason for every item left out.

A crawl process validates and normalises each item as it is scraped (prepare_item), so an unchanged page
replayed from spiders/replay.py costs nothing here; the harvest then dedupes the source's items
(from_records). prepare() does both at once for items that never went through a crawl.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from spiders.pipeline.normalise import NormalisedItem, Rejected, normalise
from spiders.pipeline.validate import validate
from spiders.sources import SourceConfig


@dataclass
class Prepared:
    items: list[NormalisedItem] = field(default_factory=list)
    rejects: list[str] = field(default_factory=list)


def item_label(raw: Any, position: int) -> str:
    """How a reject names its item: the URL, else the title, else its position."""
    if isinstance(raw, dict):
        for key in ("url", "title"):
            if isinstance(raw.get(key), str) and raw[key].strip():
                return raw[key].strip()[:200]
    return f"ítem {position}"


def prepare_item(raw: Any, source: SourceConfig, position: int) -> NormalisedItem | str:
    """One raw item validated and normalised, or the reason it was rejected."""
    reasons = validate(raw)
    if reasons:
        return f"{item_label(raw, position)}: {'; '.join(reasons)}"
    try:
        return normalise(raw, source)
    except Rejected as exc:
        return f"{item_label(raw, position)}: {exc}"


def from_records(records: Iterable[dict[str, Any]]) -> Prepared:
    """A source's normalised items as its crawl wrote them, deduped (the reasons for repeated ones kept)."""
    from spiders.pipeline.dedupe import dedupe  # the harvest's step: crawl processes never load rapidfuzz

    out = Prepared()
    # normalise() gave each item its canonical URL in the crawl process
    out.items, out.rejects = dedupe([NormalisedItem.from_record(record) for record in records], canonical=True)
    return out


def prepare(raws: Iterable[dict[str, Any]], source: SourceConfig) -> Prepared:
    """The items ready to store and the reasons the others were rejected."""
    from spiders.pipeline.dedupe import dedupe

    out = Prepared()
    normalised: list[NormalisedItem] = []
    for position, raw in enumerate(raws, start=1):
        result = prepare_item(raw, source, position)
        if isinstance(result, str):
            out.rejects.append(result)
        else:
            normalised.append(result)
    out.items, repeated = dedupe(normalised, canonical=True)  # normalise() made each URL canonical
    out.rejects += repeated
    return out
