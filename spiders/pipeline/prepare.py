"""validate → normalise → dedupe over one source's raw items, keeping a reason for every item left out."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from spiders.pipeline.dedupe import dedupe
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


def prepare(raws: Iterable[dict[str, Any]], source: SourceConfig) -> Prepared:
    """The items ready to store and the reasons the others were rejected."""
    out = Prepared()
    normalised: list[NormalisedItem] = []
    for position, raw in enumerate(raws, start=1):
        reasons = validate(raw)
        if reasons:
            out.rejects.append(f"{item_label(raw, position)}: {'; '.join(reasons)}")
            continue
        try:
            normalised.append(normalise(raw, source))
        except Rejected as exc:
            out.rejects.append(f"{item_label(raw, position)}: {exc}")
    out.items, repeated = dedupe(normalised)
    out.rejects += repeated
    return out
