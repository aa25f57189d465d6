"""The fixed vocabularies of a harvest, defined once: funder kinds, GLOBO categories, adapters, languages."""
from __future__ import annotations

# The guide's six kinds of funder of decentralized cooperation, with the label ORI staff read.
FUNDER_TYPES: dict[str, str] = {
    "banks": "Bancos",
    "local_governments": "Gobiernos locales",
    "multilateral": "Organismos multilaterales",
    "cooperation_agencies": "Agencias de cooperación",
    "city_networks": "Redes de ciudades",
    "philanthropic": "Organizaciones filantrópicas",
}

# GLOBO's four groups of opportunities (Bogotá's Sistema de Información Bogotá Global).
SUBVENCIONES = "subvenciones"
CONVOCATORIAS = "convocatorias"
PREMIOS = "premios"
EDUCACION = "educacion"
CATEGORIES: dict[str, str] = {
    SUBVENCIONES: "Subvenciones y financiamiento",
    CONVOCATORIAS: "Convocatorias",
    PREMIOS: "Premios",
    EDUCACION: "Educación: becas, cursos, prácticas",
}
DEFAULT_CATEGORY = CONVOCATORIAS

# How a source is read: one Scrapy adapter per kind.
KINDS: dict[str, str] = {
    "feed": "RSS/Atom leído con feedparser",
    "html": "página de lista y páginas de detalle con selectores CSS/XPath",
    "json": "respuesta de una API JSON mapeada a campos",
    "wordpress": "API REST de un sitio WordPress (/wp-json/wp/v2/posts)",
    "sitemap": "sitemap.xml del sitio y sus páginas nuevas con selectores CSS/XPath",
}

LANGUAGES: dict[str, str] = {"es": "español", "en": "inglés", "pt": "portugués", "fr": "francés"}
UNKNOWN_LANGUAGE = "und"  # ISO 639-2 "undetermined": no stop-word evidence and no source default

# Run statuses written to harvest_run.status, and how the CLI says them.
STATUS_OK = "ok"
STATUS_EMPTY = "empty"
STATUS_ERROR = "error"
STATUS_LABELS: dict[str, str] = {STATUS_OK: "correcta", STATUS_EMPTY: "vacía", STATUS_ERROR: "ERROR"}

# The opportunity fields an adapter may fill (besides url and title, which every item needs).
ITEM_FIELDS = (
    "title", "url", "summary", "published_at", "opens_at", "deadline", "amount", "currency",
    "eligibility", "category", "funder", "language",
)
