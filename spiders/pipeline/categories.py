"""The GLOBO category of a call, from what the site says it is or the words of its title."""
from __future__ import annotations

import re

from spiders.pipeline.dates import fold
from spiders.vocabulary import CATEGORIES, CONVOCATORIAS, EDUCACION, PREMIOS, SUBVENCIONES

# Checked in this order: a prize or a scholarship is more specific than "funding" or "a call".
_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (PREMIOS, re.compile(r"\b(premios?|prizes?|prix|galardon(es)?|concursos?)\b")),
    (EDUCACION, re.compile(
        r"\b(becas?|scholarships?|fellowships?|cursos?|courses?|diplomados?|pasantias?|practicas laborales|"
        r"internships?|bolsas? de estudos?|bourses?|maestrias?|masters?|formacion|capacitacion|"
        r"validacion de titulos)\b")),
    (SUBVENCIONES, re.compile(
        r"\b(subvencion(es)?|subsidios?|grants?|financiamiento|financiacion|cofinanciacion|fondos?|funds?|"
        r"funding|donacion(es)?|prestamos?|loans?|creditos?|financement|subventions?|financiamento)\b")),
    (CONVOCATORIAS, re.compile(r"\b(convocatorias?|calls? for|call|appels?|chamadas?|editais|edital|"
                               r"request for (proposals|applications|information))\b")),
)


def category_from_words(text: str) -> str | None:
    """The first GLOBO category whose words appear in the text."""
    folded = fold(text)
    for category, pattern in _RULES:
        if pattern.search(folded):
            return category
    return None


def infer_category(title: str, hint: str | None = None, default: str | None = None, offers_money: bool = False) -> str:
    """The title's words first (a site's tags are often generic), then the hint, then the source's default; a call
    that offers money is GLOBO's "Subvenciones y financiamiento", not a call to take part."""
    category = _inferred(title, hint, default)
    return SUBVENCIONES if category == CONVOCATORIAS and offers_money else category


def _inferred(title: str, hint: str | None, default: str | None) -> str:
    from_title = category_from_words(title)
    if from_title:
        return from_title
    folded_hint = fold(hint or "").strip()
    if folded_hint in CATEGORIES:
        return folded_hint
    return (category_from_words(hint) if hint else None) or default or CONVOCATORIAS
