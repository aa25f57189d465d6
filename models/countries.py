"""Every country's names in English, Spanish, Portuguese and French (pycountry), shared by the page extractor and the
matcher, without the names that are also Colombian towns or common words."""
from __future__ import annotations

from functools import lru_cache

from models.text import fold

# Country names that are also Colombian towns ("Armenia", "Guadalupe"), a Spanish city ("Granada") or common words
# ("reunión" is a meeting, "Man" and "Chad" are words): never read as a country.
NOT_COUNTRIES = frozenset({"armenia", "reunion", "guadalupe", "santa elena", "granada", "man", "chad", "jersey",
                           "georgia", "turkey", "guinea", "niger", "santa lucia", "san martin", "saint-martin"})

# "le bassin du lac Tchad" is a lake, not LAC (Latin America and the Caribbean): put before a place pattern that may
# read "lac".
NOT_A_LAKE = r"(?!(?<=\b(?:du|le|au) )lac\b)"


@lru_cache(maxsize=1)
def country_names() -> dict[str, frozenset[str]]:
    """Each ISO 3166 country by its Spanish name -> its folded names in the four languages (longer than 3 letters)."""
    import gettext

    import pycountry

    translations = {lang: gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
                    for lang in ("es", "pt", "fr")}
    out: dict[str, set[str]] = {}
    for country in pycountry.countries:
        english = [country.name, getattr(country, "common_name", None)]
        names = {n for n in english + [t.gettext(country.name) for t in translations.values()] if n}
        key = translations["es"].gettext(country.name)
        out.setdefault(key, set()).update(f for f in (fold(n) for n in names) if len(f) > 3 and f not in NOT_COUNTRIES)
    return {key: frozenset(names) for key, names in out.items() if names}
