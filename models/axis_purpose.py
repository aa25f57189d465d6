"""What an axis is for, beyond its own words: an axis to position the city abroad is served by prizes,
forums and international events, whatever their theme.

A prize names its theme (urban innovation, heritage), rarely "positioning"; yet for an ORI whose axis is
to make the city known abroad, an international prize or forum is exactly that. Such axes get the words
of those kinds of calls as keywords of their own, so every scoring path (pair by pair, bulk, feature
index) treats them alike and the match explains itself with the word the call used.
"""
from __future__ import annotations

from models.text import stem_sequence

# Stems of an axis's name or description that say it is about the city's standing abroad.
POSITIONING_STEMS = frozenset({"posici", "positi", "visibi"})
# Keywords such an axis implies (each folds its translations: premio = prize, award, prix, prêmio…).
POSITIONING_KEYWORDS = ("premio", "foro", "evento")


def implied_keywords(name: str, description: str | None) -> tuple[str, ...]:
    """The keywords an axis implies by its purpose (none for most axes)."""
    stems = set(stem_sequence(f"{name}. {description or ''}", drop_generic=False))
    return POSITIONING_KEYWORDS if stems & POSITIONING_STEMS else ()
