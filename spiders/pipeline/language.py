"""Which of es/en/pt/fr a text is in, by counting each language's own stop-words (no model needed)."""
from __future__ import annotations

import re

# Frequent function words, chosen to be distinctive: words two languages share ('de', 'la', 'a') are left out.
_STOPWORDS: dict[str, frozenset[str]] = {
    "es": frozenset("""el los del las por con una para es al lo como más pero sus le ya este porque esta
        entre cuando muy sin sobre también hasta hay donde quien desde todo nos durante todos uno les ni
        contra otros ese eso ante ellos esto antes algunos unos otro otras otra tanto esa estos mucho
        quienes nada muchos cual poco ella estar estas algunas algo nosotros y su se según ciudades""".split()),
    "en": frozenset("""the of and to in is that for it with as was on be by this are from or an at which
        have not has but were will can their its been more also who into than other these may any such
        through under between each should would""".split()),
    "pt": frozenset("""do da em um para é com não uma os no na por mais dos como mas foi ao ele das tem à
        seu sua ou ser quando muito há nos já está também só pelo pela até isso entre era depois sem mesmo
        aos ter seus quem nas esse eles estão você foram essa num nem suas meu às minha numa pelos elas
        seja qual será nós são cidades""".split()),
    "fr": frozenset("""le et les des un du une est pour qui dans par plus pas au sur ne ce il sont avec ou
        aux son cette ces été être leur nous comme ont ses aussi vous elle mais peut leurs entre très
        villes appel""".split()),
}
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
MIN_EVIDENCE = 2
OVERWHELMING_MIN, OVERWHELMING_LEAD = 12, 4  # e.g. 40 Spanish stop-words against 3 Portuguese ones


def detect_language(text: str) -> str | None:
    """'es', 'en', 'pt' or 'fr' when one language clearly leads; None when the text is too short to tell."""
    ranked = _ranked(text)
    (best, top), (_, second) = ranked[0], ranked[1]
    if top < MIN_EVIDENCE or top == second:
        return None
    return best


def overwhelming_language(text: str) -> str | None:
    """The language when its stop-words outnumber every other's many times over (a long page): no model needed."""
    ranked = _ranked(text)
    (best, top), (_, second) = ranked[0], ranked[1]
    return best if top >= OVERWHELMING_MIN and top >= OVERWHELMING_LEAD * max(second, 1) else None


def _ranked(text: str) -> list[tuple[str, int]]:
    counts = dict.fromkeys(_STOPWORDS, 0)
    for word in _WORD.findall(text.lower()):
        for language, words in _STOPWORDS.items():
            if word in words:
                counts[language] += 1
    return sorted(counts.items(), key=lambda kv: kv[1], reverse=True)
