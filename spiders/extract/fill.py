"""The bridge to the adapters: fill the raw-item fields a source entry has no selector for, and say how."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spiders.extract.page import Extraction

# The raw-item fields the generic extractor can supply.
FILLABLE = ("title", "summary", "deadline", "opens_at", "amount", "currency", "eligibility", "category", "language")
_SOURCE_OF = {"eligibility": "applicants"}


def eligibility_text(extraction: Extraction) -> str | None:
    """'Gobiernos locales, ONG — América Latina y el Caribe': who may apply and where, as ORI staff read it."""
    from spiders.extract.eligibility import APPLICANT_LABELS

    kinds = [APPLICANT_LABELS[k] for k in extraction.value("applicants") or []]
    if not kinds:
        return None
    regions = extraction.value("regions") or []
    return ", ".join(kinds) + (f" — {', '.join(regions)}" if regions else "")


def fill_missing(raw: dict[str, Any], document: str | bytes, url: str | None, explicit: set[str],
                 light: bool = False) -> list[str]:
    """Set each fillable field that has no explicit selector and is empty; returns the provenance lines (for extra)."""
    wanted = [name for name in FILLABLE if name not in explicit and raw.get(name) in (None, "")]
    if not wanted:
        return []
    # Imported here, not above: a crawl whose pages are all replayed never loads the extraction code.
    from spiders.extract.classify import DEFAULT_METHOD
    from spiders.extract.page import extract_page

    extraction = extract_page(document, url=url, light=light)
    values = extraction.raw_item()
    values["eligibility"] = eligibility_text(extraction)
    notes = []
    for name in wanted:
        value = values.get(name)
        if value in (None, "", []):
            continue
        found = extraction.found.get(_SOURCE_OF.get(name, name))
        if found and found.method == DEFAULT_METHOD:
            continue  # a guess by default is no finding: leave the source's own default to normalise
        raw[name] = value
        if found:
            notes.append(f"{name}: {found.method} ({found.confidence:.2f}) «{found.as_dict()['snippet']}»")
    return notes
