"""Which time zone a stretch of folded text names ('UTC-5', 'CET', 'hora peninsular', 'heure de Paris',
'hora colombiana', 'horário de Brasília'): one vocabulary for source fields and for free page text."""
from __future__ import annotations

import re
import unicodedata
from datetime import timedelta, timezone, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo, available_timezones

_OFFSET = re.compile(r"\b(?:utc|gmt)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?\b")

# Phrases and abbreviations, most specific first ("eastern european time" before "eastern time").
_PHRASES = (
    (r"\b(heure de paris|hora de paris|paris time)\b", "Europe/Paris"),
    (r"\b(hora de madrid|hora peninsular|madrid time)\b", "Europe/Madrid"),
    (r"\b(eet|eest|eastern european(?: summer)? time|heure d'europe de l'est)\b", "Europe/Athens"),
    (r"\b(cet|cest|bruselas|brussels|bruxelles|heure de bruxelles|luxemburgo|central european(?: summer)? time|"
     r"hora (?:central )?(?:de (?:la )?)?europa central|hora centroeuropea|hora central europea|"
     r"heure (?:normale |d'ete )?d'europe centrale|horario da europa central)\b", "Europe/Brussels"),
    (r"\b(brasilia|horario de brasilia|sao paulo|brt|brst)\b", "America/Sao_Paulo"),
    # the Eastern Caribbean and the Atlantic zone outside Canada keep UTC-4 all year ("4:00 p.m. (AST)", "Eastern
    # Caribbean Time", "hora estándar del Atlántico"); "AST" is read after a clock only (Arabia's is named in full)
    (r"\b(eastern caribbean (?:standard )?time|atlantic standard time|hora (?:estandar )?del atlantico|"
     r"horario (?:padrao )?do atlantico|heure (?:normale )?des caraibes orientales)\b|(?:\d|am|pm)\s*\(?ast\b",
     "America/Puerto_Rico"),
    (r"\b(arabian? standard time)\b", "Asia/Riyadh"),
    # Canada's Atlantic provinces change to daylight time ("heure de l'Atlantique", "Atlantic Daylight Time", "ADT")
    (r"\b(heure (?:normale |avancee )?de l'atlantique|atlantic (?:daylight )?time)\b|(?:\d|am|pm)\s*\(?adt\b",
     "America/Halifax"),
    (r"\b(heure (?:normale |avancee )?de terre-neuve|newfoundland (?:standard |daylight )?time)\b|"
     r"(?:\d|am|pm)\s*\(?(?:nst|ndt)\b", "America/St_Johns"),
    # "heure de l'Est" (normale: winter, avancée: summer) is Canada's French for Eastern time: Ottawa, Québec
    (r"\b(heure (?:normale |avancee )?de l'est|heure (?:normale |avancee )?de l'est de l'amerique du nord)\b",
     "America/Toronto"),
    # Canada's French for its Central and Mountain zones
    (r"\b(heure du centre du mexique)\b", "America/Mexico_City"),
    (r"\b(heure (?:normale |avancee )?du centre)\b", "America/Winnipeg"),
    (r"\b(heure (?:normale |avancee )?des rocheuses)\b", "America/Edmonton"),
    (r"(?:\d|am|pm)\s*\(?(?:et|est|edt|eastern)\b", "America/New_York"),  # "et" alone is French "and"
    (r"\b((?:hora|horario) (?:estandar |de verano |padrao |de verao )?(?:del este|do leste)|"
     r"eastern (?:standard |daylight )?time|washington,? d\.?c\.? time)\b", "America/New_York"),
    (r"\b(pst|pdt|pacific time|hora del pacifico|heure du pacifique)\b|(?:\d|am|pm)\s*\(?pt\b", "America/Los_Angeles"),
    (r"\b(horas? de chile|chile continental|hora chilena|clt|clst)\b", "America/Santiago"),
    (r"\b(ciudad de mexico|hora de mexico|(?:tiempo|hora|horario) del centro(?: de mexico)?)\b", "America/Mexico_City"),
    # Spain's and Portugal's Atlantic islands keep their own hour, one behind the mainland (Azores: two)
    (r"\b(hora canaria|hora de canarias|hora insular canaria|canary islands time|heure des canaries)\b", "Atlantic/Canary"),
    (r"\b(hora dos acores|hora de acores|hora de los azores|hora de azores|azores time|heure des acores)\b", "Atlantic/Azores"),
    (r"\b(hora da madeira|hora de madeira|madeira time)\b", "Atlantic/Madeira"),
    (r"\b(hora de lisboa|lisbon time|heure de lisbonne|hora de portugal continental)\b", "Europe/Lisbon"),
    (r"\b(london time|uk time|hora de londres|heure de londres|bst)\b", "Europe/London"),
    (r"\b(japan standard time|japan time|jst|hora de japon|heure du japon|horario do japao)\b", "Asia/Tokyo"),
    (r"\b(korea standard time|korean time|kst|hora de corea|heure de coree|horario da coreia)\b", "Asia/Seoul"),
    # abbreviations other continents' funders write after a time
    (r"\b(aest|aedt|australian eastern)\b", "Australia/Sydney"),
    (r"\b(nzst|nzdt|new zealand time)\b", "Pacific/Auckland"),
    (r"(?:\d|am|pm)\s*\(?(?:ist|india standard time)\b", "Asia/Kolkata"),
    (r"\b(sast|south africa(?:n)? (?:standard )?time)\b", "Africa/Johannesburg"),
    (r"(?:\d|am|pm)\s*\(?eat\b|\beast africa(?:n)? time\b", "Africa/Nairobi"),
    (r"(?:\d|am|pm)\s*\(?wat\b|\bwest africa(?:n)? time\b", "Africa/Lagos"),
    (r"(?:\d|am|pm)\s*\(?(?:cst|cdt|ct)\b|\bcentral (?:standard )?time\b", "America/Chicago"),
    (r"(?:\d|am|pm)\s*\(?(?:mst|mdt)\b|\bmountain time\b", "America/Denver"),
    (r"(?:\d|am|pm)\s*\(?art\b|\bhora (?:de )?argentina\b", "America/Argentina/Buenos_Aires"),
    (r"\b(?:cot|hora legal colombiana)\b", "America/Bogota"),
)
_PHRASE_RES = tuple((re.compile(pattern), name) for pattern, name in _PHRASES)
_UNIVERSAL = re.compile(r"\b(utc|gmt|greenwich mean time|hora de greenwich|heure de greenwich|coordinated universal time|"
                        r"tiempo universal(?: coordinado)?|temps universel(?: coordonne)?|tempo universal(?: coordenado)?)\b|"
                        r"(?:\d|\bh)\s*\(?tu\b")  # "16 h 00 TU": French "temps universel" after a clock

# Cities in other languages, and a few that the tz database files under another city.
_CITY_ALIASES = {"geneva": "Europe/Zurich", "geneve": "Europe/Zurich", "ginebra": "Europe/Zurich",
                 "genebra": "Europe/Zurich", "nueva york": "America/New_York", "nova york": "America/New_York",
                 "nova iorque": "America/New_York", "new york": "America/New_York", "washington": "America/New_York",
                 "londres": "Europe/London", "bruxelas": "Europe/Brussels", "roma": "Europe/Rome",
                 "viena": "Europe/Vienna", "vienne": "Europe/Vienna", "montreal": "America/Toronto",
                 "quebec": "America/Toronto", "ottawa": "America/Toronto", "nairobi": "Africa/Nairobi",
                 "anywhere on earth": "Etc/GMT+12", "aoe": "Etc/GMT+12", "ciudad de panama": "America/Panama",
                 "berlim": "Europe/Berlin", "copenhague": "Europe/Copenhagen", "estocolmo": "Europe/Stockholm",
                 "varsovia": "Europe/Warsaw", "quito": "America/Guayaquil",
                 # cities the tz database files under their capital's zone
                 "barcelona": "Europe/Madrid", "barcelone": "Europe/Madrid", "sevilla": "Europe/Madrid",
                 "seville": "Europe/Madrid", "bilbao": "Europe/Madrid", "marseille": "Europe/Paris",
                 "lyon": "Europe/Paris", "strasbourg": "Europe/Paris", "milan": "Europe/Rome", "milano": "Europe/Rome",
                 "munich": "Europe/Berlin", "bonn": "Europe/Berlin", "frankfurt": "Europe/Berlin",
                 "la haya": "Europe/Amsterdam", "the hague": "Europe/Amsterdam", "la haye": "Europe/Amsterdam",
                 "medellin": "America/Bogota", "cali": "America/Bogota", "barranquilla": "America/Bogota",
                 "cartagena": "America/Bogota", "rio de janeiro": "America/Sao_Paulo",
                 "brasilia": "America/Sao_Paulo",
                 # the Portuguese spelling of Madrid: "às 23h59 (hora de Madri)" (Bruxelas and Londres are above)
                 "madri": "Europe/Madrid",
                 # capitals the tz database files under another city of their country: "15h00 (heure de Yaoundé)"
                 "yaounde": "Africa/Douala", "abuja": "Africa/Lagos", "dodoma": "Africa/Dar_es_Salaam",
                 "pretoria": "Africa/Johannesburg", "rabat": "Africa/Casablanca", "yamoussoukro": "Africa/Abidjan",
                 "cotonou": "Africa/Porto-Novo", "lilongwe": "Africa/Blantyre", "wellington": "Pacific/Auckland",
                 "new delhi": "Asia/Kolkata", "nueva delhi": "Asia/Kolkata", "islamabad": "Asia/Karachi",
                 "beijing": "Asia/Shanghai", "pekin": "Asia/Shanghai", "pequim": "Asia/Shanghai",
                 "ankara": "Europe/Istanbul", "berne": "Europe/Zurich", "berna": "Europe/Zurich"}

# Countries spanning several zones whose time, said without more, is the capital's; other multi-zone countries
# (United States, Canada, Russia, Australia…) name no single zone.
_MAIN_ZONE = {"ES": "Europe/Madrid", "PT": "Europe/Lisbon", "EC": "America/Guayaquil", "CL": "America/Santiago",
              "BR": "America/Sao_Paulo", "AR": "America/Argentina/Buenos_Aires", "DE": "Europe/Berlin",
              "NZ": "Pacific/Auckland", "MX": "America/Mexico_City", "NL": "Europe/Amsterdam", "DK": "Europe/Copenhagen"}
# "hora colombiana", "heure française", "Spanish time": the adjective instead of the country (es, pt, fr, en).
_DEMONYMS = {"CO": "colombiana colombienne colombian", "ES": "espanola espanhola espagnole spanish",
             "FR": "francesa francaise french", "PT": "portuguesa portugaise portuguese",
             "BR": "brasilena brasileira bresilienne brazilian", "PE": "peruana peruvienne peruvian",
             "EC": "ecuatoriana equatoriana equatorienne ecuadorian", "AR": "argentine argentinian",
             "IT": "italiana italienne italian", "DE": "alemana alema allemande german",
             "BE": "belga belge belgian", "CH": "suiza suica suisse swiss", "GB": "britanica britannique british",
             "JP": "japonesa japonaise japanese", "KR": "coreana coreenne korean",
             "MX": "mexicana mexicaine mexican", "PA": "panamena panamenha panameenne panamanian",
             "UY": "uruguaya uruguaia uruguayenne uruguayan", "PY": "paraguaya paraguaia paraguayenne paraguayan",
             "BO": "boliviana bolivienne bolivian", "CR": "costarricense costaricienne costa rican",
             "NL": "neerlandesa holandesa neerlandaise dutch", "SE": "sueca suedoise swedish",
             "NO": "noruega norueguesa norvegienne norwegian", "MA": "marroqui marroquina marocaine moroccan"}


def _fold(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(ch))


def _country_zone(code: str) -> str | None:
    from babel.core import get_global

    zones = get_global("territory_zones").get(code, [])
    return _MAIN_ZONE.get(code) or (zones[0] if len(zones) == 1 else None)


@lru_cache(maxsize=1)
def _place_table() -> tuple[re.Pattern[str], dict[str, str]]:
    """Places whose name says the zone: tz database cities, aliases, and countries in the four languages (Babel)."""
    from babel import Locale
    from babel.core import get_global

    places: dict[str, str] = {}
    for key in sorted(available_timezones()):
        city = key.rsplit("/", 1)[-1].replace("_", " ").lower()
        if "/" in key and not key.startswith(("Etc/", "SystemV/")) and len(city) > 3:
            places.setdefault(city, key)
    places.update(_CITY_ALIASES)
    countries: dict[str, str] = {}
    for code in get_global("territory_zones"):
        zone = _country_zone(code)
        if zone is None:
            continue
        for language in ("es", "en", "pt", "fr"):
            name = _fold(Locale(language).territories.get(code, ""))
            if len(name) > 3:
                countries.setdefault(name, zone)
        for demonym in _DEMONYMS.get(code, "").split():
            countries.setdefault(demonym, zone)
    names = "|".join(re.escape(c) for c in sorted({**places, **countries}, key=len, reverse=True))
    # "hora de Lisboa", "heure du Québec" (French "de le"), "hora do Rio de Janeiro"
    pattern = re.compile(
        rf"(?:\b(?:horas?|heures?|horario|time|fuseau horaire)\s+(?:legal\s+|oficial\s+|officielle\s+|local\s+)?"
        rf"(?:de\s+|d'|del\s+|do\s+|da\s+|du\s+|in\s+)?(?:la\s+|le\s+|l'|el\s+|o\s+|a\s+|ciudad de\s+|cidade de\s+|the\s+)?"
        rf"(?P<a>{names})\b)|"
        rf"(?:\b(?P<b>{names})(?:,?\s+[a-z.]{{2,4}})?\s+(?:local\s+|standard\s+)?time\b)|"
        rf"\b(?P<c>aoe|anywhere on earth)\b|"
        rf"(?:\b(?:hora local|heure locale|horario local|local time)\s*[(,]\s*(?P<d>{names})\b)|"
        rf"(?:\d\s*(?:h|[ap]m)?\s*\(\s*(?P<e>{names})\s*\))")  # "10h (Brasília)", "17:00 (Bogotá)"
    return pattern, {**countries, **places}


def zone_named(folded: str) -> tzinfo | None:
    """The zone a stretch of folded text names: a phrase or abbreviation, an offset, UTC, or a place's time."""
    for pattern, name in _PHRASE_RES:
        if pattern.search(folded):
            return ZoneInfo(name)
    m = _OFFSET.search(folded)
    if m:
        sign = -1 if m.group(1) == "-" else 1
        return timezone(sign * timedelta(hours=int(m.group(2)), minutes=int(m.group(3) or 0)))
    if _UNIVERSAL.search(folded):
        return ZoneInfo("UTC")
    places, zones = _place_table()
    m = places.search(folded)
    return ZoneInfo(zones[next(g for g in m.groups() if g)]) if m else None
