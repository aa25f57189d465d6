"""`wordpress` sources: a WordPress site's REST API (/wp-json/wp/v2/posts?search=…), a JSON preset needing no mapping.

Many funders and city networks run WordPress; its API gives title, link, dates and the full text of every
post, so the deadline and amount are found in the text as for a feed, and a changed post shows in `modified`.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import Any

import scrapy
from scrapy.http import Response

from spiders.adapters.base import SourceSpider
from spiders.adapters.feed import DEFAULT_DEADLINE_PATTERN
from spiders.extract.fill import fill_missing
from spiders.pipeline.amounts import find_money
from spiders.pipeline.text import clean_summary
from spiders.replay import replayable

_YEAR = re.compile(r"\b(19|20)\d{2}\b")


def rendered(post: dict[str, Any], key: str) -> str:
    """WordPress wraps title, excerpt and content as {"rendered": "..."}; older plugins give a plain string."""
    value = post.get(key)
    if isinstance(value, dict):
        value = value.get("rendered")
    return value if isinstance(value, str) else ""


def gmt(value: Any) -> str | None:
    """WordPress's *_gmt dates carry no offset; they are UTC."""
    return f"{value}+00:00" if isinstance(value, str) and value and "+" not in value else value or None


class WordPressSpider(SourceSpider):
    name = "wordpress"

    def first_request(self) -> scrapy.Request:
        return scrapy.Request(self.source.url, headers={"Accept": "application/json"}, callback=self.parse,
                              errback=self.source_failed, dont_filter=True)

    @replayable
    def read_source(self, response: Response) -> Iterable[scrapy.Request]:
        try:
            posts = json.loads(response.text)
        except ValueError as exc:
            self.fail(f"la respuesta de {response.url} no es JSON válido ({exc}); ¿el sitio aún usa WordPress?")
            return ()
        if not isinstance(posts, list):
            detail = posts.get("message") if isinstance(posts, dict) else None
            self.fail(f"la API de WordPress de {response.url} no devolvió una lista de entradas"
                      + (f" ({detail})" if detail else ""))
            return ()
        deadline_re = re.compile(self.source.settings.get("deadline_pattern") or DEFAULT_DEADLINE_PATTERN)
        for post in posts:
            if isinstance(post, dict):
                self.emit(self.post_item(post, deadline_re))
        return ()

    def post_item(self, post: dict[str, Any], deadline_re: re.Pattern[str]) -> dict[str, Any]:
        """One raw item from a post; like a feed entry, the deadline and amount come from its text."""
        body = max(rendered(post, "content"), rendered(post, "excerpt"), key=len)
        text = clean_summary(body)
        deadline = next((m.group(1) for m in deadline_re.finditer(text) if _YEAR.search(m.group(1))), None)
        item = {
            "title": rendered(post, "title"),
            "url": post.get("link"),
            "summary": body,
            "published_at": gmt(post.get("date_gmt")) or post.get("date"),
            "deadline": deadline,
            "amount": find_money(text),
            "extra": {"wp_id": post.get("id"), "modified": gmt(post.get("modified_gmt"))},
        }
        # As for a feed entry: what the labelled regex missed, the generic extractor may find in the text.
        notes = fill_missing(item, text, post.get("link"), explicit={"title", "summary"})
        if notes:
            item["extra"]["extraction"] = notes
        return item
