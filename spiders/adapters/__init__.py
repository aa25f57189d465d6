"""The three Scrapy adapters, chosen by a source's `kind`."""
from __future__ import annotations

from spiders.adapters.base import SourceSpider
from spiders.adapters.feed import FeedSpider
from spiders.adapters.html import HtmlSpider
from spiders.adapters.json_api import JsonSpider

ADAPTERS: dict[str, type[SourceSpider]] = {"feed": FeedSpider, "html": HtmlSpider, "json": JsonSpider}
