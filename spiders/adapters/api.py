"""`json` sources with more than one way in: alternative item paths and an optional detail request per hit.

Extends json_api.JsonSpider without changing it: `items_path` may list alternatives ("data.oppHits|oppHits",
"$" for a list at the top), and `detail_url` (a template over the hit) fetches one detail document per hit
whose `detail_fields`/`detail_extra` (dotted paths, or a list path joined with '; ') fill or override the
hit's fields — e.g. Spain's BDNS, whose search rows lack the deadline and the budget.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

import scrapy
from scrapy.http import Request, Response

from spiders.adapters.base import describe_failure
from spiders.adapters.json_api import _MISSING, JsonSpider, dig, resolve
from spiders.replay import replayable

ROOT = "$"


def find_items(data: Any, items_path: str) -> tuple[str, Any]:
    """(the path that matched, its list) for the first alternative in 'a.b|c|$' that leads to a list."""
    for path in (p.strip() for p in items_path.split("|")):
        found = data if path == ROOT else dig(data, path)
        if isinstance(found, list):
            return path, found
    return items_path, _MISSING


def pick(document: Any, spec: str) -> Any:
    """A detail field: a path or template, where 'list[].key' joins the key of every element with '; '."""
    if "[]." in spec:
        head, _, key = spec.partition("[].")
        values = dig(document, head)
        if not isinstance(values, list):
            return None
        texts = [str(v.get(key)).strip() for v in values if isinstance(v, dict) and v.get(key) not in (None, "")]
        return "; ".join(texts) or None
    return resolve(document, spec)


class ApiSpider(JsonSpider):
    """The `json` adapter: JsonSpider's request, plus alternative item paths and detail requests."""

    name = "json"

    @replayable
    def read_source(self, response: Response) -> Iterable[Request]:
        try:
            data = json.loads(response.text)
        except ValueError as exc:
            self.fail(f"la respuesta de {response.url} no es JSON válido ({exc})")
            return ()
        path, hits = find_items(data, self.source.settings["items_path"])
        if not isinstance(hits, list):
            keys = ", ".join(list(data)[:10]) if isinstance(data, dict) else type(data).__name__
            self.fail(f"no se encontró la lista de ítems en '{path}' de {response.url} (claves presentes: {keys})")
            return ()
        return list(self.hits(hits))

    def hits(self, hits: list[Any]) -> Iterator[Request]:
        settings = self.source.settings
        fields, extra = settings["fields"], settings.get("extra") or {}
        for hit in hits:
            if not self.room_left():
                return
            raw = {name: resolve(hit, spec) for name, spec in fields.items()}
            raw["extra"] = {name: resolve(hit, spec) for name, spec in extra.items()}
            detail = settings.get("detail_url")
            if not detail:
                self.emit(raw)
                continue
            self.emitted += 1  # reserved now; written when the detail answers (or fails)
            yield scrapy.Request(resolve(hit, detail), headers={"Accept": "application/json"},
                                 callback=self.parse_detail, errback=self.detail_failed,
                                 cb_kwargs={"raw": raw}, dont_filter=True)

    def parse_detail(self, response: Response, raw: dict[str, Any]) -> None:
        """Fill the hit's item from its detail document; an unreadable detail keeps the hit's own fields."""
        try:
            document = json.loads(response.text)
        except ValueError as exc:
            raw["extra"]["detail_error"] = f"el detalle {response.url} no es JSON válido ({exc})"
            self.write_item(raw)
            return
        for name, spec in (self.source.settings.get("detail_fields") or {}).items():
            value = pick(document, spec)
            if value not in (None, ""):
                raw[name] = value
        for name, spec in (self.source.settings.get("detail_extra") or {}).items():
            raw["extra"][name] = pick(document, spec)
        self.write_item(raw)

    def detail_failed(self, failure: Any) -> None:
        """The hit still counts without its detail (title, link and date come from the search row)."""
        request = failure.request
        raw = request.cb_kwargs["raw"]
        raw["extra"]["detail_error"] = describe_failure(failure, request.url, self.source.timeout)
        self.write_item(raw)
