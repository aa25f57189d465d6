"""The bridge to the adapters: fill the raw-item fields a source entry has no selector for, and say how."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spiders.extract.page import Extraction
    from spiders.extract.provenance import Found

# The raw-item fields the generic extractor can supply.
FILLABLE = ("title", "summary", "deadline", "opens_at", "amount", "currency", "eligibility", "category", "language")
_SOURCE_OF = {"eligibility": "applicants"}


def eligibility_text(extraction: Extraction) -> str | None:
    """'Gobiernos locales, ONG — América Latina y el Caribe': who may apply and where, as ORI staff read it."""
    from spiders.extract.eligibility import APPLICANT_LABELS

    kinds = [APPLICANT_LABELS[k] for k in extraction.value("applicants") or []]
    if not kinds:
        return None
    # "Global" written out, so the matcher reading this line knows Colombia is inside
    regions = ["todos los países" if r == "Global" else r for r in extraction.value("regions") or []]
    return ", ".join(kinds) + (f" — {', '.join(regions)}" if regions else "")


def city_verdict(extraction: Extraction, light: bool = False) -> dict[str, Any]:
    """The extractor's "may a Colombian city apply", for the matcher to respect: a whole page that names no
    local government among its applicants is no call to alert a city to apply for.

    A feed summary (`light`) is too short to say who may apply: there only a verdict read from an eligibility
    sentence counts (confidence 0.6 and up), and silence leaves the decision to the matcher.
    """
    return _verdict(extraction.found.get("colombian_city_may_apply"), light)


def _verdict(found: Found | None, light: bool) -> dict[str, Any]:
    """The verdict as opportunity.extra keeps it: the value, and the rule with the words it read."""
    from models.eligibility import PAGE_VERDICT, PAGE_VERDICT_RULE  # here: a replayed crawl never loads the rules

    if found is None or (light and found.confidence < 0.6):
        return {}
    return {PAGE_VERDICT: bool(found.value), PAGE_VERDICT_RULE: f"{found.method} «{found.as_dict()['snippet']}»"}


# The heading a call page puts over its eligibility paragraph, by language.
ELIGIBILITY_HEADINGS = {"es": "¿Quién puede postular?", "en": "Who can apply", "pt": "Quem pode participar",
                        "fr": "Qui peut candidater"}


def call_as_page(title: str, summary: str | None, eligibility: str | None, language: str | None = None) -> str:
    """A call that came without its page, as the plain-text page that would publish it: title, summary, and the
    eligibility paragraph under its heading."""
    heading = ELIGIBILITY_HEADINGS.get(language or "es", ELIGIBILITY_HEADINGS["es"])
    return "\n".join(part for part in (title, summary, f"{heading}\n{eligibility}" if eligibility else None) if part)


def add_second_reading(extra: dict[str, Any], title: str, summary: str | None, eligibility: str | None,
                       language: str | None) -> None:
    """Give a call that came without its page (no verdict in `extra` yet) the extractor's reading of its eligibility."""
    if eligibility and "colombian_city_may_apply" not in extra:  # models.eligibility.PAGE_VERDICT, not loaded for this
        extra.update(second_reading(title, summary, eligibility, language))


def second_reading(title: str, summary: str | None, eligibility: str | None, language: str | None = None) -> dict[str, Any]:
    """The page extractor's verdict on a call's own eligibility paragraph (an API record, a labelled call), for the
    matcher to weigh beside its own reading: two readers built on different texts must both let a city apply.

    Only a verdict read from an eligibility sentence counts; no paragraph, no second reading.
    """
    if not eligibility:
        return {}
    from spiders.extract.page import city_may_apply_in_text

    return _verdict(city_may_apply_in_text(call_as_page(title, summary, eligibility, language)), light=True)


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
    # the page's own verdict on who may apply, whichever fields the source selects itself (a selected eligibility line
    # is part of what the page says; the verdict read the whole page)
    raw.setdefault("extra", {}).update(city_verdict(extraction, light))
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
