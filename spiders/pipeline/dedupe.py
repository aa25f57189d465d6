"""Third step: one opportunity per canonical URL (no tracking parameters, no fragment) and a content hash."""
from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from w3lib.url import safe_url_string

from spiders.pipeline.normalise import NormalisedItem

TRACKING_PARAMS = frozenset({
    "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "igshid", "mc_cid", "mc_eid",
    "_hsenc", "_hsmi", "_ga", "_gl", "mkt_tok", "ref_src", "spm", "ocid", "cmpid", "s_cid",
})
TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "matomo_", "hsa_")
DEFAULT_PORTS = {"http": 80, "https": 443}


def is_tracking(param: str) -> bool:
    name = param.lower()
    return name in TRACKING_PARAMS or name.startswith(TRACKING_PREFIXES)


def canonical_url(url: str) -> str:
    """The same address however it was linked: lower-case scheme and host, no default port, sorted
    query without tracking parameters, no fragment."""
    parts = urlsplit(safe_url_string(url.strip()))
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if parts.port and parts.port != DEFAULT_PORTS.get(scheme):
        host = f"{host}:{parts.port}"
    if parts.username:
        host = f"{parts.username}@{host}"
    query = sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not is_tracking(k))
    return urlunsplit((scheme, host, parts.path or "/", urlencode(query), ""))


def content_hash(item: NormalisedItem) -> str:
    """sha256 of the content that matters, so a re-harvest can tell 'unchanged' from 'updated'."""
    payload = json.dumps(item.content(), sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def dedupe(items: list[NormalisedItem]) -> tuple[list[NormalisedItem], list[str]]:
    """Items with canonical URLs, the first of each URL kept; the reasons for the repeated ones."""
    kept: dict[str, NormalisedItem] = {}
    repeated: list[str] = []
    for item in items:
        url = canonical_url(item.url)
        if url in kept:
            repeated.append(f"{url}: repetida en la misma cosecha")
            continue
        kept[url] = replace(item, url=url)
    return list(kept.values()), repeated
