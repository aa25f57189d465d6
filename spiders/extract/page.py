"""One page in, every field out: main text, title and summary by trafilatura, then the field finders on that text."""
from __future__ import annotations

import contextlib
import re
from datetime import date, datetime
from dataclasses import dataclass, field
from typing import Any

from spiders.extract.classify import (announces_results, find_category, find_kind, find_ods, invites_applications,
                                      named_in_passing, reports_news)
from spiders.extract.dates import days_in, find_dates, find_deadline, find_opening, lists_calls
from spiders.extract.eligibility import (
    colombia_left_out,
    colombian_city_may_apply,
    eligibility_heading,
    find_applicants,
    find_regions,
    no_call_open,
    restricted_elsewhere,
)
from spiders.extract.keyfacts import (TOTAL_BUDGET, box_deadline, card_amount, key_amount, key_deadline,
                                      schedule_deadline, spaced, spaced_page_text)
from spiders.extract.language import find_language
from spiders.extract.money import find_amount
from spiders.extract.provenance import Found
from spiders.pipeline.text import clean_summary, clean_title

SUMMARY_CHARS = 400
# Kinds of page that offer something; a page of another kind (an event, news) must also name who may apply
# (or a deadline, for its money to be on offer), and its side boxes are other calls'.
OFFERING_KINDS = frozenset({"grant", "loan", "prize", "scholarship_course", "call", "network_membership"})
# struck-through text (<del>, <s>, <strike>): a superseded deadline or amount the page keeps visible
_STRUCK = re.compile(r"(?is)<(del|s|strike)\b[^>]*>.*?</\1\s*>")
_LOOKS_HTML = re.compile(r"<\s*(html|body|head|div|p|article|main|h1|title|section|table|span|br)\b", re.I)

FIELDS = ("title", "summary", "language", "published_at", "deadline", "deadline_timezone", "opens_at", "amount", "currency",
          "applicants", "excluded_applicants", "regions", "colombian_city_may_apply", "kind", "category", "ods")


@dataclass
class Extraction:
    """What a page yields: each field as a Found (value + how it was found), and the main text they came from."""

    url: str | None
    text: str
    found: dict[str, Found] = field(default_factory=dict)

    def value(self, name: str) -> Any:
        item = self.found.get(name)
        return item.value if item else None

    def as_dict(self, with_text: bool = False) -> dict[str, Any]:
        """JSON-ready: the plain values, then the provenance of each."""
        out: dict[str, Any] = {"url": self.url}
        out.update({name: self.value(name) for name in FIELDS})
        out["provenance"] = {name: self.found[name].as_dict() for name in FIELDS if name in self.found}
        if with_text:
            out["text"] = self.text
        return out

    def raw_item(self) -> dict[str, Any]:
        """The fields an adapter's raw item takes (strings the pipeline normalises), for gaps in its selectors."""
        return {
            "title": self.value("title"),
            "summary": self.value("summary"),
            "deadline": self.value("deadline"),
            "opens_at": self.value("opens_at"),
            "amount": self.value("amount"),
            "currency": self.value("currency"),
            "category": self.value("category"),
            "language": self.value("language"),
        }


def main_text(document: str, url: str | None = None) -> tuple[str, dict[str, Found]]:
    """(text, title/summary found on the way): trafilatura for HTML, the document itself for plain text."""
    if not _LOOKS_HTML.search(document[:5000]):
        text = clean_summary(document)
        first = text.split("\n", 1)[0] if text else ""
        found = {"title": Found(clean_title(first), "texto:primera-línea", first, 0.5)} if first else {}
        return text, found
    doc, meta = _trafilatura(document, url)
    found: dict[str, Found] = {}
    text = (doc.text if doc is not None else "") or ""
    if meta is not None and meta.title:
        found["title"] = Found(clean_title(meta.title), "trafilatura:título", meta.title, 0.85)
    if meta is not None and meta.date:
        found["published_at"] = Found(meta.date, "trafilatura:fecha-de-la-página (htmldate)", meta.date, 0.6)
    if meta is not None and meta.description:
        found["summary"] = Found(clean_summary(meta.description), "trafilatura:meta-descripción",
                                 meta.description, 0.7)
    if text.strip():
        text = _restore_headings(document, text)
    if not text.strip():  # a page trafilatura finds no article in: all its visible text
        text = clean_summary(document)
        if "title" not in found:
            m = re.search(r"(?is)<title[^>]*>(.*?)</title>", document)
            if m and clean_title(m.group(1)):
                found["title"] = Found(clean_title(m.group(1)), "html:<title>", m.group(1), 0.6)
    return text, found


def _trafilatura(document: str, url: str | None) -> tuple[Any, Any]:
    """(main text, title/date/description) by trafilatura; the metadata is read apart, as extract_metadata reads
    it, but without the author, site name, categories, tags and license nothing here uses (a tenth of the time)."""
    import trafilatura

    # htmldate reads the page's markup (meta tags, <time>), not its whole text: that extensive search was
    # four fifths of the extraction time and mostly found "© 2026", which _page_date then threw away.
    dates = {"original_date": True, "extensive_search": False, "max_date": datetime.now().strftime("%Y-%m-%d")}
    options = {"include_comments": False, "include_tables": True, "favor_recall": True, "deduplicate": False,
               "date_extraction_params": dates}
    if url is None:  # the main text would take its links' base from the metadata: read both together
        doc = trafilatura.bare_extraction(document, url=url, with_metadata=True, **options)
        return doc, doc
    try:
        meta = _metadata(document, url, dates)
    except (TypeError, ValueError):  # as bare_extraction, which then gives nothing at all
        return None, None
    doc = trafilatura.bare_extraction(document, url=url, with_metadata=False, **options) if meta is not None else None
    return doc, (meta if doc is not None else None)


def _metadata(document: str, url: str, dates: dict[str, Any]) -> Any:
    """trafilatura.metadata.extract_metadata's title, description, URL and date, step by step as it takes them
    (on a tree of their own: none of these steps changes it, so the main text reads the same page)."""
    from htmldate import find_date
    from trafilatura.metadata import examine_meta, extract_meta_json, extract_title, extract_url
    from trafilatura.utils import load_html

    tree = load_html(document)
    if tree is None:
        return None
    metadata = examine_meta(tree)
    if metadata.author and " " not in metadata.author:
        metadata.author = None
    with contextlib.suppress(Exception):  # as trafilatura, which logs and ignores its JSON-LD reader's bugs
        metadata = extract_meta_json(tree, metadata)
    metadata.title = metadata.title or extract_title(tree)
    metadata.url = metadata.url or extract_url(tree, url)
    metadata.date = find_date(tree, **{**dates, "url": metadata.url})
    metadata.clean_and_trim()
    return metadata


# a heading and the block right after it: trafilatura drops some headings ("<h4>Who can apply</h4>"), an accordion's
# question ("<h3><button>¿Quién puede solicitarlo?</button></h3><div class='collapse'><div><p>…") and a labelled
# field's label ("<div class='field__label'>Dirigida a</div><div class='field__item'><p>…")
_HEADING_THEN_BLOCK = re.compile(
    r"(?is)<(?P<tag>h[2-6]|summary|div|span|dt|strong|label)\b(?P<attrs>[^>]*)>"
    r"(?P<heading>(?:(?!</?(?:div|p|h[1-6]|li|ul|ol|table|tr|td|dd|dt|section)\b).){1,200}?)</(?P=tag)\s*>"
    r"\s*(?:<(?:p|ul|ol|div|dl|dd|table|tbody|tr|td|li|span|strong|b|a|em|section)\b[^>]*>\s*)+(?P<block>[^<]{20,})")


_HEADING_TAGS = {"h2", "h3", "h4", "h5", "h6", "summary"}


def _restore_headings(document: str, text: str) -> str:
    """Put back the headings the main text lost above the paragraphs it kept, so a paragraph under "Who can
    apply" or "Quem pode se inscrever" is read as the answer to it."""
    for m in _HEADING_THEN_BLOCK.finditer(document):
        heading = clean_title(m.group("heading"))
        if m.group("tag").lower() not in _HEADING_TAGS and not (
                "label" in m.group("attrs").lower() and eligibility_heading(heading)):
            continue  # a field's label is put back only when it asks who may apply ("Dirigida a")
        first = " ".join(clean_title(m.group("block")).split()[:8])
        if not heading or len(first) < 20:
            continue
        at = text.find(first)
        line_start = text.rfind("\n", 0, max(0, at)) + 1
        if at < 0 or text[line_start:at].strip() not in ("", "-", "•", "*"):  # the block's line, maybe a list item
            continue
        at = line_start
        above = text.rfind("\n", 0, max(0, at - 1)) + 1
        if heading in text[above:at]:
            continue
        text = f"{text[:at]}{heading}\n{text[at:]}"
    return text


def extract_page(document: str | bytes, url: str | None = None, light: bool = False) -> Extraction:
    """Every field the page states, each with its provenance; fields the page does not state stay out.

    `light` (feed summaries) names the language by stop-words instead of loading the language model.
    """
    if isinstance(document, bytes):
        document = _decode(document)
    if "<del" in document or "<s>" in document or "<s " in document or "<strike" in document:
        document = _STRUCK.sub(" ", document)
    if _LOOKS_HTML.search(document[:5000]):
        document = spaced(document)  # "<strong>R$ 2 milhões</strong><span>em prêmios</span>" read as two words
    text, found = main_text(document, url)
    language = find_language(text, light=light)
    if language:
        found["language"] = language
    lang = language.value if language else "es"
    if "summary" not in found and text:
        title_text = found["title"].value if "title" in found else None
        paragraphs = [p for p in text.split("\n") if len(p) > 60 and p.strip() != title_text]
        if paragraphs:
            first = paragraphs[0]
            cut = first if len(first) <= SUMMARY_CHARS else first[:SUMMARY_CHARS - 1].rsplit(" ", 1)[0] + "…"
            found["summary"] = Found(cut, "texto:primer-párrafo", first, 0.5)
    mentions = find_dates(text, lang)
    # (a page that looks like HTML here was spaced above)
    full = spaced_page_text(document) if document is not text and _LOOKS_HTML.search(document[:5000]) else text
    deadline, zone = find_deadline(text, mentions, _page_date(full, found, lang), notes=full, language=lang)
    opening = find_opening(text, mentions)
    amount, currency = find_amount(text, lang)
    applicants, excluded = find_applicants(text)
    regions = find_regions(text)
    title = found["title"].value if "title" in found else ""
    kind = find_kind(title, text)
    offers = applicants is not None or (kind is not None and kind.value in OFFERING_KINDS)
    # a list of calls, a report; a news item on a grant, loan or call that names its money is filed under financing
    listing = report = about_money = False
    if not light and (deadline is not None or amount is not None or full is not text and offers):
        listing = lists_calls(text, mentions, title)
        report = not listing and reports_news(document, text) and not invites_applications(text) \
            and not _ahead_of_publication(deadline, found)
    if listing or report:
        # a list of calls each with its own dates, or a news item that asks no one to apply: no date on it is the
        # page's deadline and no money on it is on offer
        about_money = not listing and amount is not None and kind is not None and kind.value in OFFERING_KINDS
        deadline = zone = amount = currency = None
        offers = False
    if full is not text and offers:  # a call's side box or header strip, which the main text left out
        extended = box_deadline(full, lang)  # an update banner extending the deadline outranks the text's date
        if extended and (deadline is None or extended.value[:10] > deadline.value[:10]
                         or extended.value[:10] == deadline.value[:10] and len(extended.value) > len(deadline.value)):
            deadline = extended
        deadline = deadline or key_deadline(full, lang) or schedule_deadline(full, lang)
        # a labelled key fact says what the call offers more surely than uncued prose, and a programme's total
        # ("Enveloppe : 4,5 M€") is the amount the labels take before any per-project cap the prose names
        key_money = key_amount(full, lang)
        if key_money[0] is not None and (amount is None or amount.confidence < 0.85
                                         or TOTAL_BUDGET in key_money[0].method):
            amount, currency = key_money
        elif amount is None:
            amount, currency = card_amount(full, lang)
    if not light and amount is not None and deadline is None and not offers:
        amount = currency = None  # news: money reported as spent or raised, not offered to anyone
    if not light and amount is not None and announces_results(title, text):
        amount = currency = None  # a call's resolution or winners: the money was awarded, not on offer
    if opening is not None and deadline is not None and opening.value > deadline.value[:10]:
        opening = None  # "Divulgação do resultado | a partir de 17/05/2027": a later step's date, not the opening
    for name, item in (("deadline", deadline), ("deadline_timezone", zone), ("opens_at", opening),
                       ("amount", amount), ("currency", currency), ("applicants", applicants),
                       ("excluded_applicants", excluded), ("regions", regions), ("kind", kind),
                       ("ods", find_ods(text))):
        if item is not None:
            found[name] = item
    found["colombian_city_may_apply"] = _may_apply(text, applicants, excluded, regions)
    # a news item that offers nothing is filed by what its lead names, not by a word in passing further down
    nothing_offered = deadline is None and amount is None and not about_money
    category_kind = None if (not light and nothing_offered and kind is not None and named_in_passing(kind, text)
                             and (report or reports_news(document, text) and not invites_applications(text))) else kind
    found["category"] = find_category(title, text, category_kind, offers_money=amount is not None or about_money)
    return Extraction(url=url, text=text, found=found)


def city_may_apply_in_text(text: str) -> Found:
    """Only the "may a Colombian city apply" of a plain-text call (its title, summary and eligibility paragraph):
    what extract_page finds for it, without the dates, money and language it would also read."""
    text = clean_summary(text)
    return _may_apply(text, *find_applicants(text), find_regions(text))


def _may_apply(text: str, applicants: Found | None, excluded: Found | None, regions: Found | None) -> Found:
    """The verdict from who the text lets apply and where, with the places and exclusions it names elsewhere."""
    return colombian_city_may_apply(applicants, excluded, regions, restricted_elsewhere(text, regions),
                                    colombia_left_out(text), no_call_open(text))


def _ahead_of_publication(deadline: Found | None, found: dict[str, Found]) -> bool:
    """A deadline on or after the day the page was published (any, when the page gives no publication date)."""
    published = found.get("published_at")
    return deadline is not None and (published is None or deadline.value[:10] >= published.value[:10])


def _page_date(full: str, found: dict[str, Found], language: str) -> date | None:
    """The latest full date anywhere on the page (byline, sidebar): the year a year-less date is in.

    htmldate's publication date is kept only when the page writes that date ("© 2026" is not one).
    """
    known = days_in(full, language)
    published = found.get("published_at")
    if published and published.value[:10] not in {d.isoformat() for d in known}:
        del found["published_at"]
    return max(known) if known else None


def _decode(body: bytes) -> str:
    """Bytes of unknown encoding: the declared charset, else UTF-8, else charset-normalizer's guess."""
    m = re.search(rb"""charset=["']?([\w-]+)""", body[:4000], re.I)
    if m:
        try:
            return body.decode(m.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(body).best()
        return str(best) if best else body.decode("utf-8", errors="replace")
