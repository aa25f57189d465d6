"""Dates as funders write them (ISO, RFC 822, MM/DD/YYYY, '26 de febrero de 2027, 14:00 (hora de Madrid)') → aware UTC."""
from __future__ import annotations

import re
import unicodedata
from datetime import datetime, timedelta, timezone, tzinfo
from email.utils import parsedate_to_datetime
from typing import Any
from zoneinfo import ZoneInfo

from spiders.zones import zone_named

MIN_YEAR, MAX_YEAR = 1990, 2100


class DateError(ValueError):
    """A date that is there but cannot be read; the item is rejected rather than losing its deadline."""


_MONTHS = {
    # es
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
    "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    # en
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
    # pt
    "janeiro": 1, "fevereiro": 2, "marco": 3, "maio": 5, "junho": 6, "julho": 7, "setembro": 9,
    "outubro": 10, "novembro": 11, "dezembro": 12,
    # fr
    "janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "aout": 8,
    "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12,
}
_ABBREVIATIONS = {
    "ene": 1, "jan": 1, "feb": 2, "fev": 2, "mar": 3, "abr": 4, "apr": 4, "avr": 4, "jun": 6, "jul": 7,
    "ago": 8, "aug": 8, "sep": 9, "sept": 9, "set": 9, "oct": 10, "out": 10, "nov": 11, "dic": 12, "dec": 12,
    "dez": 12,
}

_DAY_MONTH_YEAR = re.compile(r"\b(\d{1,2})(?:o|er)?\s*(?:de\s+|-\s*)?([a-z]{3,10})\.?,?\s*(?:de\s+|del\s+|-\s*)?(\d{4})\b")
_MONTH_DAY_YEAR = re.compile(r"\b([a-z]{3,10})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b")
_ISO_IN_TEXT = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})(?:[t ](\d{2}):(\d{2})(?::(\d{2}))?)?")
_TIME = re.compile(r"^[\s,]*(?:a\s+las\s+|at\s+|as\s+|a\s+)?(\d{1,2})(?:[:h.](\d{2}))?\s*(a\.?\s?m\.?|p\.?\s?m\.?)?(?=\W|$)")
def fold(text: str) -> str:
    """Lower case without accents; the unicode minus becomes '-'."""
    decomposed = unicodedata.normalize("NFKD", text.lower().replace("\u2212", "-"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def parse_datetime(
    value: Any, tz: str = "UTC", date_format: str | None = None, end_of_day: bool = False,
    midnight_is_date: bool = False,
) -> datetime | None:
    """An aware UTC datetime, or None for an empty value; a date-only deadline ends at 23:59:59 local time.

    `tz` is the source's zone for dates written without an offset; `date_format` (strptime) is
    tried first; `midnight_is_date`: a value at 00:00:00 in that zone is a date sent as a timestamp
    (BDNS's "2024-02-04T00:00:00+01:00"), so it is read as that day. Raises DateError when there is text
    but no date can be read from it.
    """
    moment = _parse(value, tz, date_format, end_of_day)
    if moment is None or not midnight_is_date:
        return moment
    zone = ZoneInfo(tz)
    local = moment.astimezone(zone)
    if (local.hour, local.minute, local.second, local.microsecond) != (0, 0, 0, 0):
        return moment
    return _finish(datetime(local.year, local.month, local.day), zone, end_of_day)


def _parse(value: Any, tz: str, date_format: str | None, end_of_day: bool) -> datetime | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    zone = ZoneInfo(tz)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        seconds = value / 1000 if value > 1e11 else value  # epoch milliseconds or seconds
        return _checked(datetime.fromtimestamp(seconds, timezone.utc))
    text = " ".join(str(value).split())
    if date_format:
        try:
            parsed = datetime.strptime(text, date_format)
        except ValueError:
            pass
        else:
            has_time = any(code in date_format for code in ("%H", "%I", "%M"))
            return _finish(parsed, zone, end_of_day and not has_time)
    for reader in (_iso, _rfc822, _textual):
        found = reader(text, zone, end_of_day)
        if found is not None:
            return _checked(found)
    raise DateError(f"fecha ilegible '{text[:80]}'")


def _checked(moment: datetime) -> datetime:
    if not MIN_YEAR <= moment.year <= MAX_YEAR:
        raise DateError(f"fecha fuera de rango ({moment.date().isoformat()})")
    return moment.astimezone(timezone.utc)


def _finish(moment: datetime, zone: tzinfo, to_end_of_day: bool) -> datetime:
    if to_end_of_day:
        moment = moment.replace(hour=23, minute=59, second=59)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone)
    return _checked(moment)


def _iso(text: str, zone: tzinfo, end_of_day: bool) -> datetime | None:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    date_only = re.fullmatch(r"\d{4}-\d{2}-\d{2}", text) is not None
    return _finish(moment, zone, end_of_day and date_only)


def _rfc822(text: str, zone: tzinfo, end_of_day: bool) -> datetime | None:
    if not re.search(r"\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d{1,2}:\d{2}", text):
        return None
    try:
        moment = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    return _finish(moment, zone, False)


def _month(name: str) -> int | None:
    return _MONTHS.get(name) or _ABBREVIATIONS.get(name)


def _textual(text: str, zone: tzinfo, end_of_day: bool) -> datetime | None:
    """The first date written in words or ISO inside free text, with the time and zone written after it."""
    folded = re.sub(r"\b([ap])\.\s?m\.", r"\1m", fold(text))  # "5:00 p. m." -> "5:00 pm"
    candidates: list[tuple[int, int, int, int, int]] = []  # (start, end, year, month, day)
    for m in _DAY_MONTH_YEAR.finditer(folded):
        month = _month(m.group(2))
        if month:
            candidates.append((m.start(), m.end(), int(m.group(3)), month, int(m.group(1))))
    for m in _MONTH_DAY_YEAR.finditer(folded):
        month = _month(m.group(1))
        if month:
            candidates.append((m.start(), m.end(), int(m.group(3)), month, int(m.group(2))))
    iso_time: tuple[int, int] | None = None
    for m in _ISO_IN_TEXT.finditer(folded):
        candidates.append((m.start(), m.end(), int(m.group(1)), int(m.group(2)), int(m.group(3))))
    if not candidates:
        return None
    start, end, year, month, day = min(candidates)
    iso = _ISO_IN_TEXT.match(folded, start)
    if iso and iso.group(4):
        iso_time = (int(iso.group(4)), int(iso.group(5)))
    try:
        moment = datetime(year, month, day)
    except ValueError:
        raise DateError(f"fecha imposible '{text[:80]}'") from None
    rest = folded[end:end + 80].split("\n")[0].split(". ")[0]
    clock = iso_time or _clock(rest)
    if clock:
        moment = moment.replace(hour=clock[0], minute=clock[1])
    return _finish(moment.replace(tzinfo=zone_named(rest) or zone), zone, end_of_day and not clock)


def _clock(rest: str) -> tuple[int, int] | None:
    """A time right after the date: '14:00', '5:00 p. m.', 'a las 17 h'."""
    m = _TIME.match(rest)
    if not m or (m.group(2) is None and m.group(3) is None and "h" not in rest[m.end(1):m.end(1) + 2]):
        return None
    hour, minute = int(m.group(1)), int(m.group(2) or 0)
    meridian = (m.group(3) or "").replace(" ", "").replace(".", "")
    if meridian == "pm" and hour < 12:
        hour += 12
    elif meridian == "am" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return None
    return hour, minute
