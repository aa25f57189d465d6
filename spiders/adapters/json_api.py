"""`json` sources: an API response (GET, or POST with a JSON body) whose list of hits is mapped to fields."""
from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import Any

import scrapy
from scrapy.http import JsonRequest, Response

from spiders.adapters.base import SourceSpider

_PLACEHOLDER = re.compile(r"\{([^{}]+)\}")
_MISSING = object()


def dig(data: Any, path: str) -> Any:
    """The value at a dotted path ('data.oppHits', 'cfdaList.0'); _MISSING when any step is absent."""
    current = data
    for step in path.split("."):
        if isinstance(current, dict) and step in current:
            current = current[step]
        elif isinstance(current, list) and step.isdigit() and int(step) < len(current):
            current = current[int(step)]
        else:
            return _MISSING
    return current


def resolve(hit: Any, spec: str) -> Any:
    """A field's value: a template such as 'https://x.org/{id}' is filled in, anything else is a path."""
    if _PLACEHOLDER.search(spec):
        def fill(m: re.Match[str]) -> str:
            value = dig(hit, m.group(1).strip())
            return "" if value is _MISSING or value is None else str(value)

        return _PLACEHOLDER.sub(fill, spec)
    value = dig(hit, spec)
    return None if value is _MISSING else value


class JsonSpider(SourceSpider):
    name = "json"

    def first_request(self) -> scrapy.Request:
        settings = self.source.settings
        headers = {"Accept": "application/json", **(settings.get("headers") or {})}
        if settings.get("method", "GET") == "POST":
            return JsonRequest(self.source.url, data=settings.get("body") or {}, method="POST", headers=headers,
                               callback=self.parse, errback=self.source_failed, dont_filter=True)
        return scrapy.Request(self.source.url, headers=headers, callback=self.parse, errback=self.source_failed,
                              dont_filter=True)

    def read_source(self, response: Response) -> Iterable[scrapy.Request]:
        try:
            data = json.loads(response.text)
        except ValueError as exc:
            self.fail(f"la respuesta de {response.url} no es JSON válido ({exc})")
            return ()
        path = self.source.settings["items_path"]
        hits = dig(data, path)
        if not isinstance(hits, list):
            keys = ", ".join(list(data)[:10]) if isinstance(data, dict) else type(data).__name__
            self.fail(f"no se encontró la lista de ítems en '{path}' de {response.url} (claves presentes: {keys})")
            return ()
        fields = self.source.settings["fields"]
        extra = self.source.settings.get("extra") or {}
        for hit in hits:
            raw = {name: resolve(hit, spec) for name, spec in fields.items()}
            raw["extra"] = {name: resolve(hit, spec) for name, spec in extra.items()}
            self.emit(raw)
        return ()
