"""Canonical URLs: one address however a call was linked (no tracking parameters, no fragment).

Its own module so that a crawl process gives each item its canonical URL (spiders/pipeline/normalise.py)
without loading the fuzzy same-call test of spiders/pipeline/dedupe.py (rapidfuzz).
"""
from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from w3lib.url import safe_url_string

TRACKING_PARAMS = frozenset({
    "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "igshid", "mc_cid", "mc_eid",
    "_hsenc", "_hsmi", "_ga", "_gl", "mkt_tok", "ref_src", "spm", "ocid", "cmpid", "s_cid",
    # click ids and newsletter/share tags of other platforms (Google, TikTok, X, LinkedIn, Pinterest…)
    "srsltid", "ttclid", "twclid", "li_fat_id", "epik", "rb_clickid", "_kx", "vero_id", "vero_conv",
    "ck_subscriber_id", "oly_enc_id", "oly_anon_id", "__s", "_branch_match_id", "hsctatracking",
    "fb_action_ids", "fb_action_types", "fb_ref", "fb_source", "trk", "trkcampaign", "sc_channel", "s_kwcid",
    "wt.mc_id", "wt_mc_id", "at_medium", "at_campaign", "amp",
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
