"""Harvesting open calls: a Scrapy project (feed, html and json adapters) and the plain-function import pipeline.

Crawls run in a subprocess (`python -m spiders.crawl`) because Twisted's reactor cannot restart;
the items come back as JSON lines and pass validate → normalise → dedupe → store in the caller.
"""
