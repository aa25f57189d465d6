"""Money as funders write it ('EUR 150.000', 'US$ 1,5 millones', '120.000.000 pesos') → (amount, ISO currency)."""
from __future__ import annotations

import re
from typing import Any

from spiders.pipeline.dates import fold


class AmountError(ValueError):
    """An amount field that holds text but no number."""


_PREFIX = {"us$": "USD", "u$s": "USD", "usd": "USD", "eur": "EUR", "€": "EUR", "cop": "COP", "col$": "COP",
           "brl": "BRL", "r$": "BRL", "gbp": "GBP", "£": "GBP", "mxn": "MXN", "chf": "CHF", "cad": "CAD"}
_SUFFIX = {"usd": "USD", "dolares": "USD", "dollars": "USD", "eur": "EUR", "euros": "EUR", "euro": "EUR",
           "cop": "COP", "pesos colombianos": "COP", "pesos": "COP", "reais": "BRL", "brl": "BRL", "gbp": "GBP"}
_MULTIPLIERS = {"mil millones": 1e9, "billion": 1e9, "billones": 1e12, "millones": 1e6, "millon": 1e6,
                "million": 1e6, "millions": 1e6, "mil": 1e3, "k": 1e3}

_NUMBER = r"\d{1,3}(?:[.,\s]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d+)?"
_MONEY = re.compile(
    r"(?P<pre>us\$|u\$s|col\$|r\$|usd|eur|cop|brl|gbp|mxn|chf|cad|€|£|\$)?\s?(?:\$\s?)?"
    rf"(?P<num>{_NUMBER})\s?"
    r"(?P<mult>mil millones|billones|billion|millones|millon|millions|million|mil\b|k\b)?\s?(?:de\s+)?"
    r"(?P<post>pesos colombianos|pesos|dolares|dollars|euros|euro|reais|usd|eur|cop|brl|gbp)?\b"
)


def parse_number(text: str) -> float:
    """'1.250.000,50', '1,250,000.50', '250 000', '1,5' → float; the last separator followed by 1–2 digits is decimal."""
    digits = re.sub(r"\s", "", text)
    if "," in digits and "." in digits:
        decimal = "," if digits.rfind(",") > digits.rfind(".") else "."
        thousands = "." if decimal == "," else ","
        return float(digits.replace(thousands, "").replace(decimal, "."))
    for sep in (",", "."):
        if sep in digits:
            parts = digits.split(sep)
            if len(parts) > 2 or len(parts[-1]) == 3:
                return float(digits.replace(sep, ""))
            return float(digits.replace(sep, "."))
    return float(digits)


def find_money(text: str) -> str | None:
    """The first stretch of text that reads as an amount with its currency, for adapters reading prose."""
    folded = fold(text)
    for m in _MONEY.finditer(folded):
        if m.group("pre") or m.group("post"):
            return text[m.start():m.end()].strip()
    return None


def parse_amount(value: Any, default_currency: str | None = None) -> tuple[float | None, str | None]:
    """(amount, currency) from a number or text; (None, None) when there is nothing to read."""
    if value is None or isinstance(value, bool):
        return None, None
    if isinstance(value, (int, float)):
        return float(value), default_currency
    text = " ".join(str(value).split())
    if not text or fold(text) in ("none", "n/a", "na", "-", "ninguno", "no aplica"):
        return None, None
    folded = fold(text)
    best = None
    for m in _MONEY.finditer(folded):
        if m.group("pre") or m.group("post"):
            best = m
            break
        best = best or m
    if best is None:
        raise AmountError(f"monto ilegible '{text[:80]}'")
    amount = parse_number(best.group("num")) * _MULTIPLIERS.get(best.group("mult") or "", 1)
    pre, post = best.group("pre"), best.group("post")
    currency = _PREFIX.get(pre or "") or _SUFFIX.get(post or "") or default_currency
    return amount, currency
