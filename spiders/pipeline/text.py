"""Scraped text is untrusted: decode entities, drop every tag (and script/style content), tidy spaces."""
from __future__ import annotations

import html
import re
from typing import Any

from w3lib.html import remove_tags, remove_tags_with_content

TITLE_MAX = 500
SUMMARY_MAX = 5000

_BLOCK_END = re.compile(r"(?i)<\s*(?:br\s*/?|/\s*(?:p|div|li|ul|ol|h[1-6]|tr|table|section|article|blockquote|dd|dt))\s*>")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\ufeff]")
_SPACES = re.compile(r"[ \t\r\f\v\xa0\u2000-\u200a\u202f\u205f\u3000]+")


def clean_text(value: Any, multiline: bool = False, limit: int | None = None) -> str:
    """Plain text from scraped HTML or text; double-escaped markup is decoded and stripped too."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        value = " ".join(str(v) for v in value if v is not None)
    text = str(value)
    for _ in range(3 if "<" in text or "&" in text else 0):  # "&lt;b&gt;" only shows its tag after one decoding
        before = text
        text = remove_tags_with_content(text, which_ones=("script", "style"))
        text = _BLOCK_END.sub("\n", text)
        text = html.unescape(remove_tags(text))
        if text == before:
            break
    text = _CONTROL.sub("", text)
    if multiline:
        lines = (_SPACES.sub(" ", line).strip() for line in text.splitlines())
        text = "\n".join(line for line in lines if line)  # one paragraph per line
    else:
        text = " ".join(text.split())
    if limit and len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text


def clean_title(value: Any) -> str:
    """A one-line title without markup."""
    return clean_text(value, limit=TITLE_MAX)


def clean_summary(value: Any) -> str:
    """A summary that keeps its paragraph breaks but no markup."""
    return clean_text(value, multiline=True, limit=SUMMARY_MAX)
