"""One Jinja environment for alerts and reports: every value escaped, es-CO formats, safe links."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from models.locale_co import dinero, fecha, fecha_hora, numero, porcentaje
from notifications.labels import SEMAFORO_STYLE, UNKNOWN_SEMAFORO, category_label, deviation_label, ods_label

TEMPLATES = Path(__file__).resolve().parent / "templates"
SAFE_SCHEMES = ("http", "https", "file", "")


def safe_href(url: str | None) -> str:
    """A link target a scraped page cannot turn into script: http(s), file or relative, else '#'."""
    if not url:
        return "#"
    text = str(url).strip()
    try:
        scheme = urlsplit(text).scheme.lower()
    except ValueError:
        return "#"
    return text if scheme in SAFE_SCHEMES else "#"


def semaforo_badge(value: str | None) -> Markup:
    """A coloured badge that also says the state in words and with a shape (not colour alone)."""
    word = (value or "sin dato").lower()
    background, colour, shape = SEMAFORO_STYLE.get(word, UNKNOWN_SEMAFORO)
    style = (f"display:inline-block;padding:2px 10px;border-radius:12px;font-weight:600;"
             f"background:{background};color:{colour};white-space:nowrap")
    return Markup('<span class="semaforo semaforo-{cls}" style="{style}"><span aria-hidden="true">{shape}</span> {word}</span>').format(
        cls=word.replace(" ", "-"), style=style, shape=shape, word=word
    )


@lru_cache(maxsize=1)
def environment() -> Environment:
    """Built once: autoescape on, undefined names are errors, es-CO filters registered."""
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(
        fecha=fecha, fecha_hora=fecha_hora, numero=numero, porcentaje=porcentaje, dinero=dinero,
        safe_href=safe_href, semaforo=semaforo_badge, ods=ods_label, categoria=category_label,
        desvio=deviation_label,
    )
    return env


def render(template: str, **context: Any) -> str:
    """Render a template from notifications/templates with autoescaping on."""
    return environment().get_template(template).render(**context)

