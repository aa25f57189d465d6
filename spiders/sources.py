"""The sources YAML file: read it, check every entry, resolve relative URLs, and say what is wrong where.

Format (one entry per source under `sources:`):

    sources:
      - id: ucci-convocatorias          # slug: a-z, 0-9, '-' and '_'
        name: UCCI — convocatorias
        funder: Unión de Ciudades Capitales Iberoamericanas (UCCI)
        funder_type: city_networks      # one of spiders.vocabulary.FUNDER_TYPES
        kind: feed                      # feed | html | json
        url: https://ciudadesiberoamericanas.org/feed/   # or relative to --base-url
        # optional for every kind
        category: convocatorias         # GLOBO category when the title does not tell
        language: es                    # when the text does not tell
        timezone: Europe/Madrid         # for dates written without an offset
        date_format: "%m/%d/%Y"         # strptime format of the source's dates
        currency: EUR                   # for amounts written without a currency
        eligibility: Gobiernos locales  # when items do not say who can apply
        download_delay: 1.0             # seconds between requests to the site
        timeout: 60                     # seconds per request
        max_items: 200
        allow_empty: true               # no items is normal here (no open calls this month): not flagged
        deadline_is_date: true          # deadlines come as days sent as midnight timestamps: each ends at
                                        # 23:59:59 of that day in `timezone` (another time is kept as is)

Adapter settings: `feed` takes `categories` (keep only entries tagged so) and `deadline_pattern`
(a regex whose group is the deadline text); `html` takes `links` (selector of the detail links),
`next_page`, `max_pages`, `fields` and `extra` (field → selector, `css:` or `xpath:`); `json` takes
`method` (GET or POST), `body` (sent as JSON), `headers`, `items_path` (dotted path to the list),
`fields` and `extra` (field → dotted path, or a template such as `https://x.org/{id}`); `items_path` may
list alternatives (`data.oppHits|oppHits`, `$` for a list at the top) and `detail_url` (a template) fetches
one detail document per hit, mapped by `detail_fields`/`detail_extra` (`list[].key` joins a list).
`wordpress` (the site's /wp-json/wp/v2/posts API) takes `deadline_pattern`; `sitemap` takes `follow`
(regex of the call pages' URLs), `sitemaps` (regex of the child sitemaps of an index), `fields`, `extra`.
"""
from __future__ import annotations

import difflib
import json
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from parsel import Selector

from models.errors import InputError, InputErrors
from spiders.vocabulary import CATEGORIES, FUNDER_TYPES, ITEM_FIELDS, KINDS, LANGUAGES

DEFAULT_SOURCES_FILE = Path(__file__).resolve().parent / "catalogue.yaml"

COMMON_KEYS = {
    "id", "name", "funder", "funder_type", "kind", "url", "category", "language", "timezone",
    "date_format", "currency", "eligibility", "download_delay", "timeout", "max_items", "allow_empty",
    "deadline_is_date",
}
REQUIRED_KEYS = ("id", "name", "funder", "funder_type", "kind", "url")
KIND_KEYS: dict[str, set[str]] = {
    "feed": {"categories", "deadline_pattern"},
    "html": {"links", "next_page", "max_pages", "fields", "extra"},
    "json": {"method", "body", "headers", "items_path", "fields", "extra", "detail_url", "detail_fields",
             "detail_extra"},
    "wordpress": {"deadline_pattern"},
    "sitemap": {"follow", "sitemaps", "fields", "extra"},
}
HTML_FIELDS = set(ITEM_FIELDS)  # `url` may point at a canonical link; by default the detail page's address
JSON_REQUIRED_FIELDS = ("title", "url")

_ID = re.compile(r"^[a-z0-9][a-z0-9_-]{0,79}$")
_CURRENCY = re.compile(r"^[A-Z]{3}$")


@dataclass(frozen=True)
class SourceConfig:
    """One checked source entry; `settings` holds the adapter's own keys."""

    id: str
    name: str
    funder: str
    funder_type: str
    kind: str
    url: str
    category: str | None = None
    language: str | None = None
    timezone: str = "UTC"
    date_format: str | None = None
    currency: str | None = None
    eligibility: str | None = None
    download_delay: float = 1.0
    timeout: float = 60.0
    max_items: int | None = None
    allow_empty: bool = False  # an empty run is normal for this source; spiders/health.py does not flag it
    deadline_is_date: bool = False  # a deadline at local midnight is that whole day (BDNS sends days so)
    settings: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> str:
        """The entry as JSON, to hand it to the crawl subprocess."""
        return json.dumps(asdict(self), ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> SourceConfig:
        return cls(**json.loads(text))


def load_sources(path: Path | str | None = None, base_url: str | None = None) -> list[SourceConfig]:
    """Read and check a sources file (default: the live catalogue); raises InputErrors naming entry and field."""
    path = Path(path) if path else DEFAULT_SOURCES_FILE
    from models.files import read_utf8
    from models.plan_file import load_yaml  # YAML reading: the parent's job, not every crawl process's

    data, yaml_errors = load_yaml(read_utf8(path, "el archivo de fuentes"))
    checker = _Checker(path.name, base_url)
    checker.errors += [InputError(e.message, f"{path.name}: {e.where}" if e.where else path.name) for e in yaml_errors]
    sources = checker.file(data) if data is not None or not yaml_errors else []
    if checker.errors:
        raise InputErrors(checker.errors, source=str(path))
    return sources


def select_sources(sources: list[SourceConfig], only: list[str] | None) -> list[SourceConfig]:
    """The sources named in `only` (all when empty), in file order; an unknown id is an InputError."""
    if not only:
        return list(sources)
    known = {s.id for s in sources}
    unknown = [sid for sid in only if sid not in known]
    if unknown:
        raise InputError(f"fuente(s) desconocida(s): {', '.join(unknown)}; las fuentes del archivo son: "
                         f"{', '.join(sorted(known))}", "--only")
    return [s for s in sources if s.id in only]


def resolve_url(url: str, base_url: str | None) -> str:
    """An absolute URL as is; a relative one joined to base_url taken as a folder."""
    if urlsplit(url).scheme:
        return url
    if not base_url:
        raise ValueError("relative URL without base_url")
    return urljoin(base_url.rstrip("/") + "/", url.lstrip("/"))


def split_selector(expr: str) -> tuple[str, str]:
    """('css' | 'xpath', query) from `css:…` or `xpath:…`; CSS when there is no prefix."""
    if expr.startswith(("css:", "xpath:")):
        how, _, query = expr.partition(":")
        return how, query
    return "css", expr


def check_selector(expr: str) -> str | None:
    """None when the selector compiles, else the reason in Spanish."""
    how, query = split_selector(expr)
    try:
        probe = Selector(text="<html></html>")
        probe.xpath(query) if how == "xpath" else probe.css(query)
    except Exception as exc:  # parsel raises several kinds for a bad expression
        return f"selector {how.upper()} inválido '{query}' ({exc})"
    return None


class _Checker:
    """Walks the parsed YAML once, building SourceConfigs and collecting every error with its place."""

    def __init__(self, file_name: str, base_url: str | None) -> None:
        self.file_name = file_name
        self.base_url = base_url
        self.errors: list[InputError] = []

    def error(self, where: str, message: str) -> None:
        self.errors.append(InputError(message, f"{self.file_name}: {where}"))

    def file(self, data: Any) -> list[SourceConfig]:
        if not isinstance(data, dict) or not isinstance(data.get("sources"), list):
            self.error("sources", "el archivo debe tener una clave 'sources' con la lista de fuentes")
            return []
        for key in data:
            if key != "sources":
                self.error(str(key), "clave desconocida; el archivo solo lleva 'sources'")
        if not data["sources"]:
            self.error("sources", "la lista de fuentes está vacía")
        sources: list[SourceConfig] = []
        seen: dict[str, int] = {}
        for i, entry in enumerate(data["sources"]):
            source = self.entry(entry, f"sources[{i}]")
            if source is None:
                continue
            if source.id in seen:
                self.error(f"sources[{i}].id", f"'{source.id}' repetido (ya usado en sources[{seen[source.id]}])")
                continue
            seen[source.id] = i
            sources.append(source)
        return sources

    def entry(self, entry: Any, where: str) -> SourceConfig | None:
        if not isinstance(entry, dict):
            self.error(where, "cada fuente debe ser un mapa (clave: valor)")
            return None
        before = len(self.errors)
        kind = entry.get("kind")
        allowed = COMMON_KEYS | KIND_KEYS.get(kind, set())
        for key in entry if kind in KINDS else ():
            if key not in allowed:
                close = difflib.get_close_matches(str(key), sorted(allowed), n=1)
                hint = f" ¿quiso decir '{close[0]}'?" if close else ""
                self.error(f"{where}.{key}", f"clave desconocida para kind '{kind}';{hint}")
        for key in REQUIRED_KEYS:
            if entry.get(key) in (None, ""):
                self.error(f"{where}.{key}", "falta este campo obligatorio")
            elif not isinstance(entry[key], str):
                self.error(f"{where}.{key}", "debe ser texto")
        self.vocabulary(entry, where)
        url = self.url(entry.get("url"), f"{where}.url")
        self.optional_common(entry, where)
        if kind == "feed":
            self.feed(entry, where)
        elif kind == "html":
            self.html(entry, where)
        elif kind == "json":
            self.json(entry, where)
        elif kind == "wordpress":
            if entry.get("deadline_pattern") is not None:
                self.regex(entry["deadline_pattern"], f"{where}.deadline_pattern")
        elif kind == "sitemap":
            self.sitemap(entry, where)
        if len(self.errors) > before:
            return None
        settings = {k: v for k, v in entry.items() if k in KIND_KEYS[kind]}
        common = {k: v for k, v in entry.items() if k in COMMON_KEYS and k != "url"}
        for key in ("download_delay", "timeout"):
            if key in common:
                common[key] = float(common[key])
        return SourceConfig(url=url or "", settings=settings, **common)

    def vocabulary(self, entry: dict[str, Any], where: str) -> None:
        checks = (("funder_type", FUNDER_TYPES), ("kind", KINDS), ("category", CATEGORIES), ("language", LANGUAGES))
        for key, allowed in checks:
            value = entry.get(key)
            if value is not None and value not in allowed:
                self.error(f"{where}.{key}", f"valor '{value}' no válido; use uno de: {', '.join(allowed)}")

    def url(self, value: Any, where: str) -> str | None:
        if not isinstance(value, str) or not value:
            return None
        parts = urlsplit(value)
        if parts.scheme and (parts.scheme not in ("http", "https") or not parts.netloc):
            self.error(where, f"'{value}' no es una dirección http(s) válida")
            return None
        try:
            return resolve_url(value, self.base_url)
        except ValueError:
            self.error(where, f"'{value}' es una dirección relativa y no se indicó una URL base (--base-url)")
            return None

    def optional_common(self, entry: dict[str, Any], where: str) -> None:
        for key in ("eligibility", "date_format"):
            if entry.get(key) is not None and not isinstance(entry[key], str):
                self.error(f"{where}.{key}", "debe ser texto")
        if entry.get("allow_empty") is not None and not isinstance(entry["allow_empty"], bool):
            self.error(f"{where}.allow_empty", "debe ser true o false (true: que no haya ítems es normal)")
        if entry.get("deadline_is_date") is not None and not isinstance(entry["deadline_is_date"], bool):
            self.error(f"{where}.deadline_is_date",
                       "debe ser true o false (true: un cierre a medianoche vale por todo ese día)")
        if isinstance(entry.get("date_format"), str) and "%" not in entry["date_format"]:
            self.error(f"{where}.date_format", "debe ser un formato strptime, p. ej. '%m/%d/%Y'")
        if entry.get("timezone") is not None:
            try:
                ZoneInfo(str(entry["timezone"]))
            except (ZoneInfoNotFoundError, ValueError):
                self.error(f"{where}.timezone",
                           f"zona horaria desconocida '{entry['timezone']}' (p. ej. America/Bogota)")
        currency = entry.get("currency")
        if currency is not None and not (isinstance(currency, str) and _CURRENCY.match(currency)):
            self.error(f"{where}.currency", "debe ser un código ISO 4217 de tres letras mayúsculas, p. ej. USD")
        source_id = entry.get("id")
        if isinstance(source_id, str) and not _ID.match(source_id):
            self.error(f"{where}.id", "use solo minúsculas, dígitos, '-' y '_' (máximo 80 caracteres)")
        for key, minimum in (("download_delay", 0), ("timeout", 1), ("max_items", 1), ("max_pages", 1)):
            value = entry.get(key)
            if value is None:
                continue
            integer = key in ("max_items", "max_pages")
            if isinstance(value, bool) or not isinstance(value, int if integer else (int, float)) or value < minimum:
                kind = "un entero" if integer else "un número"
                self.error(f"{where}.{key}", f"debe ser {kind} mayor o igual a {minimum}")

    def feed(self, entry: dict[str, Any], where: str) -> None:
        categories = entry.get("categories")
        texts = isinstance(categories, list) and all(isinstance(c, str) for c in categories)
        if categories is not None and not texts:
            self.error(f"{where}.categories", "debe ser una lista de textos (las categorías del feed que se conservan)")
        pattern = entry.get("deadline_pattern")
        if pattern is not None:
            self.regex(pattern, f"{where}.deadline_pattern")

    def regex(self, pattern: Any, where: str) -> None:
        if not isinstance(pattern, str):
            self.error(where, "debe ser una expresión regular (texto)")
            return
        try:
            compiled = re.compile(pattern)
        except re.error as exc:
            self.error(where, f"expresión regular inválida ({exc})")
            return
        if compiled.groups != 1:
            self.error(where, "la expresión regular debe tener exactamente un grupo (la fecha)")

    def html(self, entry: dict[str, Any], where: str) -> None:
        if not entry.get("links"):
            self.error(f"{where}.links", "falta el selector de los enlaces a las páginas de detalle")
        for key in ("links", "next_page"):
            if entry.get(key) is not None:
                self.selector(entry[key], f"{where}.{key}")
        self.detail_selectors(entry, where)

    def detail_selectors(self, entry: dict[str, Any], where: str) -> None:
        fields = self.mapping(entry.get("fields"), f"{where}.fields", required=True)
        if fields is not None:
            if "title" not in fields:
                self.error(f"{where}.fields.title", "falta el selector del título")
            for name, expr in fields.items():
                if name not in HTML_FIELDS:
                    self.error(f"{where}.fields.{name}", f"campo desconocido; use: {', '.join(sorted(HTML_FIELDS))}")
                self.selector(expr, f"{where}.fields.{name}")
        for name, expr in (self.mapping(entry.get("extra"), f"{where}.extra") or {}).items():
            self.selector(expr, f"{where}.extra.{name}")

    def sitemap(self, entry: dict[str, Any], where: str) -> None:
        if not entry.get("follow"):
            self.error(f"{where}.follow", "falta la expresión regular de las direcciones de las convocatorias")
        for key in ("follow", "sitemaps"):
            if entry.get(key) is not None:
                self.any_regex(entry[key], f"{where}.{key}")
        self.detail_selectors(entry, where)

    def any_regex(self, pattern: Any, where: str) -> None:
        if not isinstance(pattern, str):
            self.error(where, "debe ser una expresión regular (texto)")
            return
        try:
            re.compile(pattern)
        except re.error as exc:
            self.error(where, f"expresión regular inválida ({exc})")

    def json(self, entry: dict[str, Any], where: str) -> None:
        method = entry.get("method", "GET")
        if method not in ("GET", "POST"):
            self.error(f"{where}.method", "debe ser GET o POST")
        if entry.get("body") is not None:
            if method != "POST":
                self.error(f"{where}.body", "solo una petición POST lleva cuerpo; agregue method: POST")
            if not isinstance(entry["body"], dict):
                self.error(f"{where}.body", "debe ser un mapa (se envía como JSON)")
        headers = self.mapping(entry.get("headers"), f"{where}.headers")
        for name, value in (headers or {}).items():
            if not isinstance(value, str):
                self.error(f"{where}.headers.{name}", "debe ser texto")
        if not isinstance(entry.get("items_path"), str) or not entry["items_path"]:
            self.error(f"{where}.items_path", "falta la ruta a la lista de ítems, p. ej. data.oppHits")
        fields = self.mapping(entry.get("fields"), f"{where}.fields", required=True)
        if fields is not None:
            for name in JSON_REQUIRED_FIELDS:
                if name not in fields:
                    self.error(f"{where}.fields.{name}", "falta la ruta o plantilla de este campo")
            for name, path in fields.items():
                if name not in ITEM_FIELDS:
                    self.error(f"{where}.fields.{name}", f"campo desconocido; use: {', '.join(ITEM_FIELDS)}")
                elif not isinstance(path, str) or not path:
                    self.error(f"{where}.fields.{name}", "debe ser una ruta (p. ej. closeDate) o una plantilla")
        for name, path in (self.mapping(entry.get("extra"), f"{where}.extra") or {}).items():
            if not isinstance(path, str) or not path:
                self.error(f"{where}.extra.{name}", "debe ser una ruta (p. ej. agencyCode)")
        detail = entry.get("detail_url")
        if detail is not None and not (isinstance(detail, str) and "{" in detail):
            self.error(f"{where}.detail_url",
                       "debe ser una plantilla con un campo del ítem, p. ej. https://x.org/api/{id}")
        for key in ("detail_fields", "detail_extra"):
            if entry.get(key) is not None and not detail:
                self.error(f"{where}.{key}", "solo tiene sentido con detail_url")
            for name, path in (self.mapping(entry.get(key), f"{where}.{key}") or {}).items():
                if key == "detail_fields" and name not in ITEM_FIELDS:
                    self.error(f"{where}.{key}.{name}", f"campo desconocido; use: {', '.join(ITEM_FIELDS)}")
                elif not isinstance(path, str) or not path:
                    self.error(f"{where}.{key}.{name}", "debe ser una ruta (p. ej. fechaFinSolicitud)")

    def mapping(self, value: Any, where: str, required: bool = False) -> dict[str, Any] | None:
        if value is None:
            if required:
                self.error(where, "falta este mapa (campo: selector o ruta)")
            return None
        if not isinstance(value, dict) or not value:
            self.error(where, "debe ser un mapa no vacío (campo: selector o ruta)")
            return None
        return value

    def selector(self, expr: Any, where: str) -> None:
        if not isinstance(expr, str) or not expr.strip():
            self.error(where, "debe ser un selector CSS o XPath (texto; 'xpath:' delante para XPath)")
            return
        problem = check_selector(expr)
        if problem:
            self.error(where, problem)
