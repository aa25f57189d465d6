"""First gate for a raw item: the fields every opportunity needs, with the reason in Spanish when missing."""
from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from spiders.pipeline.text import clean_title
from spiders.vocabulary import ITEM_FIELDS

_SCALAR = (str, int, float, type(None))


def url_problem(url: Any) -> str | None:
    """Why a value cannot be an opportunity's address, or None."""
    if not isinstance(url, str) or not url.strip():
        return "falta la URL"
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return f"URL no válida '{url.strip()[:200]}' (debe ser http o https)"
    if len(url) > 1000:
        return "URL demasiado larga (más de 1000 caracteres)"
    return None


def validate(raw: Any) -> list[str]:
    """Reasons to reject the raw item (empty list: it may go on to normalise)."""
    if not isinstance(raw, dict):
        return ["el ítem no es un objeto con campos"]
    reasons = []
    if not clean_title(raw.get("title")):
        reasons.append("falta el título")
    problem = url_problem(raw.get("url"))
    if problem:
        reasons.append(problem)
    for name in ITEM_FIELDS:
        value = raw.get(name)
        if isinstance(value, list):
            if not all(isinstance(v, _SCALAR) for v in value):
                reasons.append(f"el campo {name} tiene un valor anidado que no se puede leer")
        elif not isinstance(value, _SCALAR) or isinstance(value, bool):
            reasons.append(f"el campo {name} tiene un valor de tipo {type(value).__name__} que no se puede leer")
    extra = raw.get("extra")
    if extra is not None and not isinstance(extra, dict):
        reasons.append("el campo extra debe ser un objeto")
    return reasons
