"""`feed` sources: an RSS or Atom document read with feedparser, one item per entry."""
from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from datetime import datetime, timezone
from typing import Any

import scrapy
from scrapy.http import Response

from spiders.adapters.base import SourceSpider
from spiders.extract.fill import fill_missing
from spiders.pipeline.amounts import find_money
from spiders.pipeline.dates import fold
from spiders.pipeline.text import clean_summary
from spiders.replay import replayable

# "Fecha límite: 26 de febrero de 2027, 14:00 (hora de Madrid)" → the rest of the line after the label.
DEFAULT_DEADLINE_PATTERN = (
    r"(?i)(?:fecha\s+l[ií]mite|fecha\s+de\s+cierre|cierre\s+de\s+(?:la\s+)?convocatoria|cierre|plazo|"
    r"inscripciones\s+hasta|postulaciones\s+hasta|deadline|closing\s+date|date\s+limite|prazo)"
    r"[^:\n]{0,40}:\s*([^\n]{4,160})"
)
_YEAR = re.compile(r"\b(19|20)\d{2}\b")


def feed_problem(parsed: Any) -> str | None:
    """Why a parsed document is not a usable feed, or None."""
    import feedparser

    harmless = (feedparser.CharacterEncodingOverride, feedparser.NonXMLContentType)  # its notes, not a broken feed
    if not parsed.get("version"):
        return "la respuesta no es un feed RSS ni Atom"
    if parsed.get("bozo") and not isinstance(parsed.get("bozo_exception"), harmless):
        exc = parsed.get("bozo_exception")
        line = f" (línea {exc.getLineNumber()})" if hasattr(exc, "getLineNumber") else ""
        problem = exc.getMessage() if hasattr(exc, "getMessage") else str(exc)
        return f"el feed está mal formado{line}: {problem}"
    return None


def _iso(parsed_time: Any) -> str | None:
    """feedparser gives UTC struct_times; keep them as aware ISO strings."""
    if not parsed_time:
        return None
    return datetime.fromtimestamp(calendar.timegm(parsed_time), timezone.utc).isoformat()


class FeedSpider(SourceSpider):
    name = "feed"

    @replayable
    def read_source(self, response: Response) -> Iterable[scrapy.Request]:
        import feedparser  # here: a feed replayed unchanged is never parsed, so its process never loads it

        parsed = feedparser.parse(
            response.body,
            response_headers={"content-type": response.headers.get("Content-Type", b"").decode("latin-1"),
                              "content-location": response.url},
        )
        problem = feed_problem(parsed)
        if problem:
            self.fail(f"{problem} — {response.url}")
            return ()
        wanted = {fold(c).strip() for c in self.source.settings.get("categories") or []}
        deadline_re = re.compile(self.source.settings.get("deadline_pattern") or DEFAULT_DEADLINE_PATTERN)
        for entry in parsed.entries:
            tags = [t.get("term") for t in entry.get("tags", []) if t.get("term")]
            if wanted and not wanted & {fold(t).strip() for t in tags}:
                continue
            self.emit(self.entry_item(entry, tags, deadline_re))
        return ()

    def entry_item(self, entry: Any, tags: list[str], deadline_re: re.Pattern[str]) -> dict[str, Any]:
        """One raw item from a feed entry; the deadline and amount are found in the text when the feed has no field."""
        bodies = [entry.get("summary") or ""] + [c.get("value") or "" for c in entry.get("content", [])]
        summary = max(bodies, key=len)
        text = clean_summary(summary)
        # The first labelled stretch that holds a year: "plazo de ejecución: 24 meses" is not a deadline.
        deadline = next((m.group(1) for m in deadline_re.finditer(text) if _YEAR.search(m.group(1))), None)
        item = {
            "title": entry.get("title"),
            "url": entry.get("link"),
            "summary": summary,
            "published_at": _iso(entry.get("published_parsed") or entry.get("updated_parsed")),
            "deadline": deadline,
            "amount": find_money(text),
            "category": ", ".join(tags) or None,
            "extra": {"tags": tags, "guid": entry.get("id")},
        }
        # A summary-only entry: what the labelled regex missed, the generic extractor may find in the text.
        notes = fill_missing(item, text, entry.get("link"), explicit={"title", "summary", "category"}, light=True)
        if notes:
            item["extra"]["extraction"] = notes
        return item
