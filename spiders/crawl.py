"""Subprocess entry point: crawl one source and write its records as JSON lines.

    python -m spiders.crawl SOURCE.json OUTPUT.jsonl

Twisted's reactor cannot be restarted within a process, so every crawl gets a fresh one here and the
caller (spiders.runner) stays free to crawl again.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from scrapy.crawler import AsyncCrawlerProcess
from scrapy.settings import Settings

from spiders.adapters import ADAPTERS
from spiders.records import RecordWriter
from spiders.sources import SourceConfig


def crawler_settings() -> Settings:
    """Vigía's Scrapy settings (spiders/settings.py)."""
    settings = Settings()
    settings.setmodule("spiders.settings", priority="project")
    return settings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m spiders.crawl", description="Rastrea una fuente de Vigía.")
    parser.add_argument("source", type=Path, help="la fuente, en JSON (SourceConfig.to_json)")
    parser.add_argument("output", type=Path, help="archivo JSON lines donde escribir ítems, rechazos y errores")
    args = parser.parse_args(argv)
    source = SourceConfig.from_json(args.source.read_text(encoding="utf-8"))
    with args.output.open("w", encoding="utf-8") as stream:
        writer = RecordWriter(stream)
        process = AsyncCrawlerProcess(crawler_settings())
        process.crawl(ADAPTERS[source.kind], source=source, writer=writer)
        process.start()
    return 0


if __name__ == "__main__":
    sys.exit(main())
