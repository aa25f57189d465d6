"""`vigia import opportunities`: load already-normalised opportunities from JSON lines, all or nothing.

One JSON object per line with at least title, url, summary, funder and language (es, en, pt, fr);
optionally deadline and published_at (ISO 8601; a datetime must carry its offset, a bare date is read
in Bogotá time), category (subvenciones, convocatorias, premios, educacion), amount, currency,
eligibility and funder_type. The lines then go through the same normalise → dedupe → store path
as a harvest, under the source id `import` unless another is given.
"""
from __future__ import annotations

import difflib
import json
import re
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

from models.db import session_scope
from models.errors import InputError, InputErrors
from models.schema import utcnow
from spiders.harvest import SourceResult
from spiders.pipeline.dedupe import dedupe
from spiders.pipeline.normalise import NormalisedItem, Rejected, normalise
from spiders.pipeline.store import record_run, store_items, upsert_source
from spiders.pipeline.text import clean_title
from spiders.pipeline.validate import url_problem
from spiders.sources import SourceConfig
from spiders.vocabulary import CATEGORIES, FUNDER_TYPES, LANGUAGES, STATUS_EMPTY, STATUS_OK

REQUIRED = ("title", "url", "summary", "funder", "language")
OPTIONAL = ("deadline", "category", "published_at", "amount", "currency", "eligibility", "funder_type")
IMPORT_SOURCE_ID = "import"
IMPORT_TIMEZONE = "America/Bogota"
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_SOURCE_ID = re.compile(r"^[a-z0-9][a-z0-9_-]{0,79}$")


def import_source(path: Path, source_id: str = IMPORT_SOURCE_ID) -> SourceConfig:
    """The pseudo-source the imported lines are stored under."""
    return SourceConfig(id=source_id, name="Importación de convocatorias (JSON lines)", funder="Varios",
                        funder_type="mixed", kind="import", url=Path(path).resolve().as_uri(),
                        timezone=IMPORT_TIMEZONE)


def import_opportunities(path: Path | str, source_id: str = IMPORT_SOURCE_ID) -> SourceResult:
    """Check every line, then store them all in one transaction; any bad line raises InputErrors and writes nothing."""
    path = Path(path)
    if not _SOURCE_ID.match(source_id):
        raise InputError("use solo minúsculas, dígitos, '-' y '_' (máximo 80 caracteres)", "--source")
    source = import_source(path, source_id)
    items = read_opportunities(path, source)
    started_at = utcnow()
    with session_scope() as session:
        upsert_source(session, source, overwrite=False)  # importing under a catalogue id keeps its catalogue entry
        counts = store_items(session, source_id, items)
        status = STATUS_OK if items else STATUS_EMPTY
        record_run(session, source_id, started_at, status, len(items), counts, details={"file": str(path)})
    return SourceResult(source_id=source_id, status=status, items=len(items), inserted=counts.inserted,
                        updated=counts.updated, unchanged=counts.unchanged)


def read_opportunities(path: Path, source: SourceConfig) -> list[NormalisedItem]:
    """Every line checked and normalised; raises InputErrors naming `FILE:línea N: campo X` for each problem."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise InputError("no se encontró el archivo", str(path)) from None
    except UnicodeDecodeError:
        raise InputError("el archivo no está en UTF-8; guárdelo con codificación UTF-8", str(path)) from None
    errors: list[InputError] = []
    items: list[NormalisedItem] = []
    first_line: dict[str, int] = {}
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{path.name}:línea {number}"
        record, problems = _check_line(line)
        errors += [InputError(message, f"{where}: campo {name}" if name else where) for name, message in problems]
        if problems or record is None:
            continue
        try:
            item = normalise(record, source)
        except Rejected as exc:
            errors.append(InputError(str(exc), where))
            continue
        if record.get("category"):
            item = replace(item, category=record["category"])  # an explicit category is taken as given
        url = item.url  # canonical: normalise() made it so
        if url in first_line:
            errors.append(InputError(f"la URL ya aparece en la línea {first_line[url]}", f"{where}: campo url"))
            continue
        first_line[url] = number
        items.append(item)
    if errors:
        raise InputErrors(errors, source=str(path))
    unique, _ = dedupe(items, canonical=True)
    return unique


def _check_line(line: str) -> tuple[dict[str, Any] | None, list[tuple[str | None, str]]]:
    """The parsed line and its problems as (field, message) pairs."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return None, [(None, f"no es JSON válido ({exc.msg}, columna {exc.colno})")]
    if not isinstance(record, dict):
        return None, [(None, "cada línea debe ser un objeto JSON {…}")]
    problems: list[tuple[str | None, str]] = []
    allowed = REQUIRED + OPTIONAL
    for key in record:
        if key not in allowed:
            close = difflib.get_close_matches(key, allowed, n=1)
            problems.append((key, "campo desconocido" + (f"; ¿quiso decir '{close[0]}'?" if close else "")))
    for key in REQUIRED:
        value = record.get(key)
        blank = isinstance(value, str) and not value.strip() and key != "summary"  # a summary may be empty
        if value is None or blank:
            problems.append((key, "falta este campo obligatorio"))
    for key in ("title", "url", "summary", "funder", "eligibility", "currency"):
        if record.get(key) is not None and not isinstance(record[key], str):
            problems.append((key, "debe ser texto"))
    problems += _vocabulary(record)
    for key in ("deadline", "published_at"):
        problem = _iso_problem(record.get(key))
        if problem:
            problems.append((key, problem))
    amount = record.get("amount")
    if amount is not None and (isinstance(amount, bool) or not isinstance(amount, (int, float)) or amount < 0):
        problems.append(("amount", "debe ser un número mayor o igual a cero (sin puntos de miles ni moneda)"))
    currency = record.get("currency")
    if isinstance(currency, str) and not re.fullmatch(r"[A-Z]{3}", currency):
        problems.append(("currency", "debe ser un código ISO 4217 de tres letras mayúsculas, p. ej. COP"))
    if isinstance(record.get("url"), str) and record["url"].strip():
        problem = url_problem(record["url"])
        if problem:
            problems.append(("url", problem))
    if isinstance(record.get("title"), str) and record["title"].strip() and not clean_title(record["title"]):
        problems.append(("title", "el título queda vacío al quitar las etiquetas HTML"))
    return record, problems


def _vocabulary(record: dict[str, Any]) -> list[tuple[str, str]]:
    problems = []
    for key, allowed in (("language", LANGUAGES), ("category", CATEGORIES), ("funder_type", FUNDER_TYPES)):
        value = record.get(key)
        if value is not None and value != "" and value not in allowed:
            problems.append((key, f"valor '{value}' no válido; use uno de: {', '.join(allowed)}"))
    return problems


def _iso_problem(value: Any) -> str | None:
    """None for an absent value, a date (YYYY-MM-DD) or a datetime with its offset; else what is wrong."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        return "debe ser una fecha ISO 8601 en texto, p. ej. 2027-03-15T23:59:00-05:00"
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return f"'{value}' no es una fecha ISO 8601 (p. ej. 2027-03-15 o 2027-03-15T23:59:00-05:00)"
    if moment.tzinfo is None and not _ISO_DATE.match(value):
        return f"'{value}' no tiene zona horaria; agregue el desfase, p. ej. -05:00"
    return None
