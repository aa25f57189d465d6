"""es-CO number formatting for hot loops (tracking thousands of plans): models.locale_co's output, faster.

models.locale_co parses the locale and the pattern on every call; here both are parsed once and the
results of repeated values are remembered. tests/test_tracking_deviations.py checks both agree.
"""
from __future__ import annotations

from functools import lru_cache

from babel import Locale
from babel.numbers import parse_pattern

from models.locale_co import LOCALE
from models.locale_co import fecha as _fecha

_LOCALE = Locale.parse(LOCALE)
_PERCENT = {d: parse_pattern("#,##0" + ("." + "0" * d if d else "") + " %") for d in range(3)}
_MONEY = parse_pattern("¤\u00a0#,##0")


@lru_cache(maxsize=65536)
def porcentaje(value: float | None, decimals: int = 0) -> str:
    """Like models.locale_co.porcentaje: a percentage on the 0..100 scale, 45.5 -> '46 %'."""
    if value is None:
        return "—"
    return _PERCENT[decimals].apply(value / 100, _LOCALE)


@lru_cache(maxsize=65536)
def dinero(value: float | None) -> str:
    """Like models.locale_co.dinero for pesos (COP): '$ 1.234.000'."""
    if value is None:
        return "—"
    return _MONEY.apply(value, _LOCALE, currency="COP", currency_digits=False)


fecha = lru_cache(maxsize=4096)(_fecha)  # due dates and the cut-off repeat across thousands of milestones
