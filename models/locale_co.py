"""Dates, numbers and money as an ORI in Colombia reads them (es-CO)."""
from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from babel.dates import format_date, format_datetime
from babel.numbers import format_currency, format_decimal, format_percent

LOCALE = "es_CO"
BOGOTA = ZoneInfo("America/Bogota")


def fecha(value: date | datetime | None) -> str:
    """'23 de noviembre de 2026'; datetimes are shown in Bogotá time."""
    if value is None:
        return "sin fecha"
    if isinstance(value, datetime):
        value = value.astimezone(BOGOTA).date()
    return format_date(value, format="long", locale=LOCALE)


def fecha_hora(value: datetime | None) -> str:
    if value is None:
        return "sin fecha"
    return format_datetime(value.astimezone(BOGOTA), "d 'de' MMMM 'de' y, h:mm a", locale=LOCALE)


def numero(value: float | int | None, decimals: int = 0) -> str:
    if value is None:
        return "—"
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return format_decimal(value, format=pattern, locale=LOCALE)


def porcentaje(value: float | None, decimals: int = 0) -> str:
    """Takes a percentage on the 0..100 scale: 45.5 -> '45,5 %'."""
    if value is None:
        return "—"
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "") + " %"
    return format_percent(value / 100, format=pattern, locale=LOCALE)


def dinero(value: float | None, currency: str = "COP") -> str:
    if value is None:
        return "—"
    digits = 0 if currency == "COP" else 2
    pattern = "¤\u00a0#,##0" + ("." + "0" * digits if digits else "")
    return format_currency(value, currency, format=pattern, currency_digits=False, locale=LOCALE)
