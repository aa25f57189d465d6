"""How each extracted value was found (method, matched text, confidence), so a wrong value can be traced."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

SNIPPET_MAX = 160


@dataclass(frozen=True)
class Found:
    """One extracted value with its evidence: the rule or library, the text it matched, and a 0–1 confidence."""

    value: Any
    method: str
    snippet: str = ""
    confidence: float = 0.5

    def as_dict(self) -> dict[str, Any]:
        return {"value": self.value, "method": self.method, "snippet": snippet(self.snippet),
                "confidence": round(self.confidence, 2)}


def snippet(text: str, limit: int = SNIPPET_MAX) -> str:
    """One line of evidence, cut to a readable length."""
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def around(text: str, start: int, end: int, before: int = 60, after: int = 40) -> str:
    """The matched stretch with a little context on each side."""
    return snippet(text[max(0, start - before):end + after], SNIPPET_MAX + before)


# typographic apostrophes ("jusqu’au", "heure de l’Est") read as the straight one the cue words are written with
_APOSTROPHES = {"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00b4": "'"}


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    from spiders.pipeline.dates import fold

    return _APOSTROPHES.get(ch) or fold(ch)[:1] or " "


@lru_cache(maxsize=64)
def folded_same_length(text: str) -> str:
    """Lower case without accents, one character per character, so offsets stay valid in the original."""
    if text.isascii():
        return text.lower()
    return "".join(map(_fold_char, text))
