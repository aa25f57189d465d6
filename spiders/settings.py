"""Scrapy settings for Vigía's crawler: polite (robots.txt, a named User-Agent, delays) and quiet."""
from __future__ import annotations

BOT_NAME = "vigia"  # spiders are chosen by a source's kind (spiders.adapters.ADAPTERS), not by name

# Identify ourselves and respect what each site allows.
USER_AGENT = "Vigia/0.1 (+https://github.com/vigia-ori/vigia; monitoreo de convocatorias para ORIs)"
ROBOTSTXT_OBEY = True

# Polite by default; a source entry may ask for another delay (download_delay) or timeout.
DOWNLOAD_DELAY = 1.0
RANDOMIZE_DOWNLOAD_DELAY = True
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_TIMEOUT = 60
RETRY_ENABLED = True
RETRY_TIMES = 2
COOKIES_ENABLED = False
HTTPCACHE_ENABLED = False

# A crawl writes its own JSON lines (spiders.records); nothing else to export or to listen to.
TELNETCONSOLE_ENABLED = False
LOG_LEVEL = "WARNING"
FEED_EXPORT_ENCODING = "utf-8"
