"""Generic detail-page extraction: a usable opportunity from a page of a site no source entry describes.

The extraction code is imported on first use (PEP 562): a crawl process whose pages are all replayed or
answered 304 never pays for it (its country tables and patterns cost about 0.1 s a process).
"""
from __future__ import annotations

from typing import Any

__all__ = ["Extraction", "extract_page"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from spiders.extract import page

        return getattr(page, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
