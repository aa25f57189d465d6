"""Scrapy settings for Vigía's crawler: polite (robots.txt, a named User-Agent, delays), incremental and quiet."""
from __future__ import annotations

BOT_NAME = "vigia"  # spiders are chosen by a source's kind (spiders.adapters.ADAPTERS), not by name

# Identify ourselves and respect what each site allows.
USER_AGENT = "Vigia/0.1 (+https://github.com/vigia-ori/vigia; monitoreo de convocatorias para ORIs)"
ROBOTSTXT_OBEY = True

# Polite by default; a source entry may ask for another delay (download_delay) or timeout.
# AutoThrottle slows down further when a site answers slowly; the bench turns both off (polite=False).
DOWNLOAD_DELAY = 1.0
DOWNLOAD_DELAY_JITTER = 0.5  # each wait is the delay ±50 %, so requests do not come like a clock
CONCURRENT_REQUESTS = 16
# Adapters write items to their record file, not through Scrapy's item pipelines; Scrapy's default of 100
# parallel item workers per response would only create idle asyncio tasks (most of a crawl's CPU).
CONCURRENT_ITEMS = 4
CONCURRENT_REQUESTS_PER_DOMAIN = 2
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
DOWNLOAD_TIMEOUT = 60
COOKIES_ENABLED = False

# Retries on timeouts, lost connections and 5xx/429, waiting longer each time (spiders.crawl.BackoffMiddleware).
RETRY_ENABLED = True
RETRY_TIMES = 2
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
VIGIA_RETRY_BACKOFF = 1.0       # seconds before the first retry; doubled for each further one
VIGIA_RETRY_BACKOFF_MAX = 30.0

# Hostile input: a cap on document size (rejected with a reason), and on redirect chains (loops end here).
DOWNLOAD_MAXSIZE = 10 * 1024 * 1024
DOWNLOAD_WARNSIZE = 0
REDIRECT_MAX_TIMES = 10
DUPEFILTER_CLASS = "spiders.crawl.LoopAwareDupeFilter"  # a loop back to a seen page is reported, not dropped

# One source may not hold the run: after this many seconds its crawl stops and is recorded as an error.
CLOSESPIDER_TIMEOUT = 600

# Incremental: an RFC 2616 HTTP cache revalidated with ETag/Last-Modified (304), so an unchanged site
# costs a few bytes per page. The runner sets HTTPCACHE_DIR to VIGIA_HOME/httpcache; each source has its
# own folder there (its id) with one SQLite file (spiders/http_cache.py), so parallel crawl processes
# share it safely.
HTTPCACHE_ENABLED = True
HTTPCACHE_POLICY = "spiders.crawl.RevalidatingPolicy"
HTTPCACHE_STORAGE = "spiders.http_cache.SqliteCacheStorage"
HTTPCACHE_EXPIRATION_SECS = 0
HTTPCACHE_GZIP = False
DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.httpcache.HttpCacheMiddleware": None,
    "spiders.crawl.StrictHttpCacheMiddleware": 900,
    # Requests and responses counted as they go over the wire, between the cache and the network: a 304
    # stays a 304 in the run record instead of the cached 200 it becomes (spiders.crawl.WireStats).
    "scrapy.downloadermiddlewares.stats.DownloaderStats": None,
    "spiders.crawl.WireStats": 950,
    "spiders.crawl.BackoffMiddleware": 560,  # just outside RetryMiddleware (550): sees retried requests first
    # Components that would do nothing for Vigía but cost on every request and every crawler (an
    # incremental harvest is mostly that cost, measured −8 % CPU): no source logs in, none limits its
    # domains, and nobody reads depth stats, periodic log lines or feed exports.
    "scrapy.downloadermiddlewares.httpauth.HttpAuthMiddleware": None,
    "scrapy.downloadermiddlewares.offsite.OffsiteMiddleware": None,
    "scrapy.downloadermiddlewares.cookies.CookiesMiddleware": None,  # COOKIES_ENABLED is off anyway
}
SPIDER_MIDDLEWARES = {
    "scrapy.spidermiddlewares.depth.DepthMiddleware": None,
}
EXTENSIONS = {
    "scrapy.extensions.logstats.LogStats": None,
    "scrapy.extensions.feedexport.FeedExporter": None,
    "scrapy.extensions.memusage.MemoryUsage": None,
    # Off anyway (TELNETCONSOLE_ENABLED, REMOTE_CONTROL_ENABLED); listed so that spiders.crawl drops them
    # from EXTENSIONS_BASE too and they are not even imported.
    "scrapy.extensions.telnet.TelnetConsole": None,
    "scrapy.extensions.remote_control.RemoteControl": None,
}

# A crawl writes its own JSON lines (spiders.records); nothing else to export or to listen to.
TELNETCONSOLE_ENABLED = False
LOG_LEVEL = "WARNING"
FEED_EXPORT_ENCODING = "utf-8"
