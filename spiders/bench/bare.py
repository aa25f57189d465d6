"""The bench's second yardstick: the same URLs fetched by Scrapy with the harvest's settings but no parsing,
no cache and no pipeline — what the harvest costs beyond Scrapy's own download machinery.

    python -m spiders.bench.bare URLS.txt      # prints "FETCHED <n>"
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import scrapy
from scrapy.crawler import AsyncCrawlerProcess

from spiders.crawl import crawler_settings


class BareSpider(scrapy.Spider):
    """Requests every URL once and only counts the answers."""

    name = "bench-bare"

    def __init__(self, urls: list[str], **kwargs: Any):
        super().__init__(**kwargs)
        self.urls, self.fetched = urls, 0

    async def start(self):
        for url in self.urls:
            yield scrapy.Request(url, callback=self.parse, dont_filter=True)

    def parse(self, response: scrapy.http.Response, **kwargs: Any) -> None:
        self.fetched += response.status == 200


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    urls = Path(argv[0]).read_text(encoding="utf-8").split()
    settings = crawler_settings(polite=False, overrides={"HTTPCACHE_ENABLED": False, "CONCURRENT_REQUESTS": 32,
                                                         "CONCURRENT_REQUESTS_PER_DOMAIN": 32})
    process = AsyncCrawlerProcess(settings)
    crawler = process.create_crawler(BareSpider)
    process.crawl(crawler, urls=urls)
    process.start()
    print(f"FETCHED {crawler.spider.fetched}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
