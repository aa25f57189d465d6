"""validate → normalise → dedupe → store: plain functions over raw items, testable without Scrapy.

Open States' split: the crawl only scrapes; everything that decides what an item means, and whether it
is new, changed or the same, happens here in the parent process.
"""
