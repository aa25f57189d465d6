"""Key facts a page states outside its main text: a side box or header strip ("Deadline: 15 May 2027").

The main-text extractor (trafilatura) leaves such boxes out. A fact is read here only when a key
opens its line or cell ("Deadline", "Fecha límite", "Funding"…) and every such key on the page
agrees: two different dates are other calls listed in a sidebar, not this one's deadline.
"""
from __future__ import annotations

import re

from spiders.extract.dates import (EXTENSION_CUES, PUBLICATION_CUES, as_iso, closed_status_before, find_dates,
                                   find_deadline, other_listings, time_and_zone)
from spiders.extract.money import find_amount, opens_with_cued_money
from spiders.extract.provenance import Found, folded_same_length
from spiders.pipeline.text import SUMMARY_MAX, clean_text

_CELL_END = re.compile(r"(?i)<\s*/\s*(?:td|th|dt|dd)\s*>")
# "<span>Orçamento total</span><span>3,6 M€</span>", "<strong>US$1 millón</strong><span>para cada…": a card's label
# and value side by side, which a browser shows apart
_INLINE_PAIR = re.compile(r"(?i)(<\s*/\s*(?:span|strong|b|em|label|small|time)\s*>)(?=\s*<\s*(?:span|strong|b|em|label|"
                          r"small|time|div|p|h[1-6]|dd|dt|li)\b)")
DEADLINE_KEYS = (
    r"(?:application |submission |closing |final )?deadline(?: date| for applications)?|closing date|close date|"
    r"due date|fecha (?:limite|de cierre|de vencimiento)(?: de (?:postulacion|inscripcion|presentacion|recepcion))?|"
    r"cierre(?: de (?:la )?convocatoria)?|vencimiento|plazo(?: de (?:presentacion|postulacion|inscripcion))?|"
    r"data limite|data de encerramento|prazo(?: final| de inscricao| para inscricoes)?|encerramento|"
    r"date limite(?: de (?:depot|candidature|soumission|depot des dossiers))?|date de cloture|cloture|"
    r"(?:applications? |submissions? |entries |nominations )?close[s]?(?: on)?|"
    r"(?:inscricoes|candidaturas) (?:encerram|ate)|(?:postulaciones|inscripciones) (?:cierran|hasta)|"
    r"fin des (?:candidatures|inscriptions)|candidatures jusqu'au"
)
# the whole programme's money: named first, it is the amount the labels take (see tests/fixtures/extract/README.md)
_TOTAL_KEYS = (r"(?:estimated )?(?:total )?program(?:me)? funding|fondos? disponibles?|fondo total|"
               r"(?:total )?budget|funding available|total funding|(?:total )?(?:funding|prize) pool|"
               r"presupuesto(?: total)?|orcamento(?: total)?|dotation(?: globale| totale)?|"
               r"enveloppe(?: globale| totale)?|dotacao(?: total)?|recursos(?: disponibles| disponiveis)?|cuantia|"
               r"monto total|valor total|montant total|montante total|budget total|"
               # "Total frame: NOK 120 million": the budget frame a funder sets aside for the call
               r"(?:total |financial |budget )frame|marco (?:presupuestal|presupuestario|financiero)|"
               r"cadre (?:financier|budgetaire)|quadro financeiro")
AMOUNT_KEYS = (
    rf"{_TOTAL_KEYS}|amount|funding(?: amount)?|grant (?:size|amount)|max(?:imum)? (?:grant|award|amount)|"
    r"award(?: amount)?|prize|monto(?: maximo)?|financiamiento|financiacion|financiamento|financement|"
    r"valor(?: maximo)?|montant(?: maximum)?|montante(?: maximo)?|premio|prix|apoio|"
    r"(?:grant|subvencion|subvencao|subvention|contribucion|contribuicao|contribution|aporte|apoyo)"
    r"(?: (?:por|per|par) (?:proyecto|projeto|project|projet|propuesta|proposta|city|ciudad|cidade|ville|municipio))?"
)
TOTAL_BUDGET = "presupuesto total"  # how a key that names the programme's whole budget is told in provenance
_TOTAL_KEY = re.compile(rf"^[\s•*·-]*(?:{_TOTAL_KEYS})\b")
_KEY_LINE = {name: re.compile(rf"^[\s•*·-]*(?:{keys})(?![a-z])\s*(?P<sep>:|-|–)?\s*(?P<value>.*)$")
             for name, keys in (("deadline", DEADLINE_KEYS), ("amount", AMOUNT_KEYS))}
# What a key without ':' must be followed by: a qualifier and ':' ("Monto máximo por proyecto:"), or a number,
# a currency, a month or a weekday ("Closes 5 May")
_VALUE_START = re.compile(r"[^:\n]{0,25}:|(?:on |el |le |em |the |a partir del? )?(?:\d|[$€£¥]|us\$|r\$|usd|eur|cop|brl|"
                          r"jan|feb|fev|mar|apr|abr|avr|may|mai|mayo|jun|jui|jul|aug|ago|aou|sep|set|oct|out|nov|dec|dez|dic|"
                          r"mon|tue|wed|thu|fri|sat|sun|lun|mar|mie|jue|vie|seg|ter|qua|qui|sex|ven)")
# "… 5 February 2027 — Ford Global Fellowship": a dash and a name after the date, as items of a list of calls
_TITLE_AFTER = re.compile(r"\s*[—–-]\s*(?!\d)[A-ZÀ-Ýa-zà-ý]")
# "Deadline: 15 May 2027 Amount: USD 200,000": a strip of several keys is cut before each "Key:"
_SPLIT = re.compile(rf"(?=\b(?:{DEADLINE_KEYS}|{AMOUNT_KEYS})\s*:)")


def page_text(document: str) -> str:
    """All the page's visible text, one block or table cell per line (the main text leaves boxes out)."""
    return spaced_page_text(spaced(document))


def spaced_page_text(document: str) -> str:
    """page_text of a page already spaced (spacing it again would only add spaces the text then collapses)."""
    return clean_text(_CELL_END.sub("\n", document), multiline=True, limit=4 * SUMMARY_MAX)


# a line break inside a paragraph's text ("… by 12:00\nnoon CET on Monday 22 February 2027") is a space in HTML
_WRAPPED = re.compile(r"(?<=[^\s>])[ \t]*\r?\n\s*(?=[^\s<])")
_PRE = re.compile(r"(?is)(<pre\b.*?</pre\s*>)")


def spaced(document: str) -> str:
    """The page with a space between inline elements set side by side, so their texts do not run together, and
    its source's hard-wrapped text lines joined (but in <pre>), so a sentence is read whole."""
    parts = _PRE.split(_INLINE_PAIR.sub(r"\1 ", document))
    return "".join(part if i % 2 else _WRAPPED.sub(" ", part) for i, part in enumerate(parts))


def _values(text: str, name: str) -> list[tuple[str, str]]:
    """(what follows each key of this kind, the key's line) — the next line when the key stands alone."""
    folded = folded_same_length(text)
    lines, originals = folded.split("\n"), text.split("\n")
    listings = other_listings(folded)  # a sidebar's list of other calls states their facts, not this call's
    out = []
    at = -1
    for i, line in enumerate(lines):
        at += 1
        line_start, at = at, at + len(line)
        if any(a <= line_start < b for a, b in listings):
            continue
        offset = 0
        for segment in _SPLIT.split(line) if ":" in line else (line,):  # every key it splits at has its ':'
            m = _KEY_LINE[name].match(segment)
            # "Prazo para prefeituras regularizarem … termina em": a key word opening a sentence is no key
            if m and (m.group("sep") or not m.group("value") or _VALUE_START.match(m.group("value"))):
                start = offset + m.start("value")
                value = originals[i][start:offset + len(segment)].strip()
                if not value and i + 1 < len(lines):
                    value = originals[i + 1]
                out.append((value, originals[i]))
            offset += len(segment)
    return out


def key_deadline(text: str, language: str) -> Found | None:
    """The deadline a key states outside the main text, when all such keys agree on one date."""
    found: dict[str, tuple[str, str]] = {}
    for value, line in _values(text, "deadline"):
        mentions = [m for m in find_dates(value, language) if m.cue not in PUBLICATION_CUES]  # not "(publicado el …)"
        if not mentions:
            continue
        first = mentions[0]
        if closed_status_before(line, 0):
            continue  # "Clôturé le 15 novembre 2026": a closed call's date, not one still to come
        if _TITLE_AFTER.match(value, first.end):
            continue  # "Applications close 5 February 2027 — Global Fellowship": a listed call's date
        clock, zone, _ = time_and_zone(value, first.start, first.end)
        found.setdefault(first.day.isoformat(), (as_iso(first.day, clock, zone), line))
    if len(found) != 1:
        return None
    iso, line = next(iter(found.values()))
    return Found(iso, "regla:dato-clave fuera del texto principal (fecha de cierre)", line, 0.6)


def box_deadline(text: str, language: str) -> Found | None:
    """An extended deadline told in an update banner outside the main text ("o prazo … foi prorrogado para 28 de
    janeiro"); other sentences outside it (sidebars, agendas) are other calls' and events' dates."""
    if not EXTENSION_CUES.search(folded_same_length(text)):
        return None  # most pages announce no extension: spare reading every date of the whole page
    mentions = find_dates(text, language)
    if not any(m.cue_kind == "closing" and m.weight >= 1.2 for m in mentions):
        return None
    found, _ = find_deadline(text, mentions)
    if found is None:
        return None
    return Found(found.value, f"{found.method} (fuera del texto principal)", found.snippet, 0.55)


def schedule_deadline(text: str, language: str) -> Found | None:
    """A deadline the main text lost with the page's schedule (tabbed panes, timelines): the whole page's date under
    an explicit closing label ("Prazo final para envio das propostas" above "15/03/2027, às 18h"), never a listing's."""
    folded = folded_same_length(text)

    def own_cell(m) -> bool:  # the date stands alone in its cell or line (with its hour), under or over its label
        before = folded[folded.rfind("\n", 0, m.start) + 1:m.start]
        end = folded.find("\n", m.end)
        after = folded[m.end:end if end >= 0 else len(folded)]
        return len(re.sub(r"[\W\d_]|\b(?:ate|hasta|until|jusqu'au|au|de|del|el|le|on|by)\b", "", before)) < 3 \
            and len(after.strip()) < 45

    mentions = [m for m in find_dates(text, language) if m.cue_kind != "closing" or m.weight >= 0.85 and own_cell(m)]
    if not any(m.cue_kind == "closing" for m in mentions):
        return None  # no year-less or relative guesses from a whole page's sidebars
    found, _ = find_deadline(text, mentions, notes=text, language=language)
    if found is None:
        return None
    return Found(found.value, f"{found.method} (calendario fuera del texto principal)", found.snippet, 0.5)


def key_amount(text: str, language: str) -> tuple[Found | None, Found | None]:
    """(amount, currency) a key states outside the main text, when all such keys agree, or when the first one names
    the programme's total budget ("Orçamento total: 3,6 M€" above "Subvenção por projeto: 150 k€ a 300 k€")."""
    found: dict[tuple[float, str | None], tuple[Found, Found | None]] = {}
    first_is_total = None
    for value, line in _values(text, "amount"):
        amount, currency = find_amount(f"Monto: {value}", language, page=text)  # the key is the value's cue
        if amount is not None:
            found.setdefault((amount.value, currency.value if currency else None), (amount, currency))
            if first_is_total is None:
                first_is_total = bool(_TOTAL_KEY.match(folded_same_length(line)))
    if len(found) != 1 and not (found and first_is_total):
        return None, None
    amount, currency = next(iter(found.values()))
    how = f"regla:dato-clave fuera del texto principal ({TOTAL_BUDGET if first_is_total else 'monto'})"
    return Found(amount.value, how, amount.snippet, 0.5), (
        Found(currency.value, how, currency.snippet, 0.5) if currency else None)


def card_amount(text: str, language: str) -> tuple[Found | None, Found | None]:
    """(amount, currency) of the first figure card: a line that opens with money and says what it is for
    ("US$1 millón para cada ciudad ganadora", "R$ 2 milhões em prêmios")."""
    folded = folded_same_length(text)
    listings = other_listings(folded)
    at = 0
    lines, originals = folded.split("\n"), text.split("\n")
    for i, (line, original) in enumerate(zip(lines, originals)):
        start, at = at, at + len(line) + 1
        if any(a <= start < b for a, b in listings):
            continue
        if not opens_with_cued_money(line) and i + 1 < len(lines) and opens_with_cued_money(f"{line} {lines[i + 1]}"):
            line, original = f"{line} {lines[i + 1]}", f"{original} {originals[i + 1]}"  # "250 000 €" / "par projet"
        if opens_with_cued_money(line):
            amount, currency = find_amount(original, language, page=text)
            if amount is not None:
                how = "regla:tarjeta-de-cifras fuera del texto principal (monto)"
                return Found(amount.value, how, amount.snippet, 0.5), (
                    Found(currency.value, how, currency.snippet, 0.5) if currency else None)
    return None, None
