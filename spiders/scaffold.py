"""`vigia sources new`: one catalogue entry, one fixture folder and one test case, under one name, in one step.

The entry is appended to the catalogue as text (its comments stay), with placeholder settings that pass the
catalogue's checks; the fixture folder holds a placeholder response and an expected.json marked `todo`, so the
source's case in tests/test_catalogue_sources.py fails, saying what to do, until both are filled in.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from models.errors import InputError, InputErrors
from spiders.source_fixtures import DEFAULT_FIXTURES_DIR, EXPECTED, MANIFEST
from spiders.sources import DEFAULT_SOURCES_FILE, load_sources
from spiders.vocabulary import FUNDER_TYPES, KINDS

_ID = re.compile(r"^[a-z0-9][a-z0-9_-]{0,79}$")

# Kind → (placeholder settings that pass the catalogue's checks, file name of the placeholder response).
_KIND_SETTINGS: dict[str, tuple[str, str]] = {
    "feed": ("", "feed.xml"),
    "wordpress": ("", "posts.json"),
    "json": ('    items_path: items            # TODO: dotted path to the list of calls in the answer\n'
             '    fields:                      # TODO: field → path in each hit, or a template\n'
             '      title: title\n'
             '      url: url\n', "response.json"),
    "html": ('    links: "css:a::attr(href)"   # TODO: selector of the links to each call\'s page\n'
             '    fields:                      # TODO: selectors on the call\'s page\n'
             '      title: "css:h1"\n', "list.html"),
    "sitemap": ('    follow: "/convocatorias/"    # TODO: regex of the call pages\' addresses\n'
                '    fields:                      # TODO: selectors on the call\'s page\n'
                '      title: "css:h1"\n', "sitemap.xml"),
}
PLACEHOLDER_TEXT = (
    "PLACEHOLDER written by `vigia sources new {id}`: REPLACE THIS FILE with the response recorded from\n"
    "{url}\n"
    "(for example: curl -sSL '{url}' -o {file}), then set origin: recorded in fixture.yaml and run\n"
    "`vigia sources expected {id}` to write expected.json; review every value before keeping it.\n"
)


@dataclass
class Scaffolded:
    """What `vigia sources new` created, for the message it prints."""

    source_id: str
    catalogue: Path
    folder: Path
    placeholder: Path


def scaffold_source(source_id: str, kind: str, url: str, funder_type: str, name: str | None = None,
                    funder: str | None = None, catalogue: Path | None = None,
                    fixtures: Path | None = None) -> Scaffolded:
    """Append the entry and create the fixture folder; nothing is written when any input is wrong."""
    catalogue = Path(catalogue or DEFAULT_SOURCES_FILE)
    fixtures = Path(fixtures or DEFAULT_FIXTURES_DIR)
    errors = []
    if not _ID.match(source_id):
        errors.append(InputError("use solo minúsculas, dígitos, '-' y '_' (máximo 80 caracteres)", "ID"))
    if kind not in KINDS:
        errors.append(InputError(f"tipo '{kind}' desconocido; use uno de: {', '.join(KINDS)}", "--kind"))
    if funder_type not in FUNDER_TYPES:
        errors.append(InputError(f"tipo de financiador '{funder_type}' desconocido; use uno de: "
                                 f"{', '.join(FUNDER_TYPES)}", "--funder-type"))
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        errors.append(InputError(f"'{url}' no es una dirección http(s) completa", "--url"))
    if errors:
        raise InputErrors(errors)
    known = {s.id for s in load_sources(catalogue)}  # the catalogue must be valid before anything is added
    folder = fixtures / source_id
    if source_id in known:
        raise InputError(f"la fuente '{source_id}' ya está en el catálogo; elija otro ID", str(catalogue))
    if folder.exists():
        raise InputError(f"la carpeta {folder} ya existe; bórrela o elija otro ID", "ID")

    original = catalogue.read_text(encoding="utf-8")
    catalogue.write_text(original.rstrip("\n") + "\n\n" + entry_text(source_id, kind, url, funder_type, name, funder),
                         encoding="utf-8")
    try:
        load_sources(catalogue)
    except InputError:
        catalogue.write_text(original, encoding="utf-8")  # leave the catalogue as it was
        raise
    settings_file = _KIND_SETTINGS[kind][1]
    folder.mkdir(parents=True)
    placeholder = folder / settings_file
    placeholder.write_text(PLACEHOLDER_TEXT.format(id=source_id, url=url, file=placeholder), encoding="utf-8")
    (folder / MANIFEST).write_text(
        "origin: placeholder   # recorded | reconstructed (say why in note) | placeholder\n"
        f"note: \"TODO: where and when {settings_file} was recorded\"\n"
        "responses:           # every URL the crawl requests, with the file that answers it\n"
        f"  - url: {json.dumps(url)}\n"
        f"    file: {settings_file}\n", encoding="utf-8")
    (folder / EXPECTED).write_text(json.dumps(
        {"todo": f"write with `vigia sources expected {source_id}` once the response is recorded, then review",
         "count": None, "items": []}, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return Scaffolded(source_id, catalogue, folder, placeholder)


def entry_text(source_id: str, kind: str, url: str, funder_type: str, name: str | None, funder: str | None) -> str:
    """The catalogue entry as YAML text, with TODO comments where a person must decide."""
    def quoted(text: str) -> str:
        return json.dumps(text, ensure_ascii=False)  # a JSON string is a valid YAML scalar

    return (
        f"  - id: {source_id}\n"
        f"    # TODO: how sure is this address (recorded, or only known from elsewhere)? From `vigia sources new`.\n"
        f"    name: {quoted(name or source_id)}\n"
        f"    funder: {quoted(funder or source_id)}\n"
        f"    funder_type: {funder_type}\n"
        f"    kind: {kind}\n"
        f"    url: {quoted(url)}\n"
        f"{_KIND_SETTINGS[kind][0]}"
    )
