"""One opportunity however many places publish it: canonical URLs, the fuzzy same-call test, links and changes."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import func, select

from models.schema import Opportunity, OpportunityChange, OpportunityLink, Source
from spiders.pipeline.dedupe import Candidate, canonical_url, find_same_call
from spiders.pipeline.normalise import NormalisedItem
from spiders.pipeline.store import store_items

NOW = datetime(2026, 11, 23, 15, 0, tzinfo=timezone.utc)
DEADLINE = datetime(2027, 2, 26, 4, 59, tzinfo=timezone.utc)


def item(url: str, title: str = "Fondo de Adaptación Climática Urbana 2027: convocatoria para proyectos de resiliencia",
         funder: str = "Unión de Ciudades Capitales Iberoamericanas (UCCI)", deadline: datetime | None = DEADLINE,
         **fields) -> NormalisedItem:
    values = {"summary": "Subvenciones para proyectos de resiliencia urbana.", "funder_type": "city_networks",
              "category": "subvenciones", "language": "es", **fields}
    return NormalisedItem(url=url, title=title, funder=funder, deadline=deadline, **values)


def candidate(title: str, funder: str = "UCCI", deadline: datetime | None = DEADLINE, sources=("ucci",)) -> Candidate:
    return Candidate(1, title, funder, deadline, frozenset(sources))


# --- canonical URLs ----------------------------------------------------------------------------

@pytest.mark.parametrize("raw, expected", [
    ("https://fonscatala.org/es/convocatoria/?srsltid=AfmBOoq&utm_campaign=x", "https://fonscatala.org/es/convocatoria/"),
    ("https://www.afd.fr/es/actualites/llamado?amp=1&fb_action_ids=9&id=4", "https://www.afd.fr/es/actualites/llamado?id=4"),
    ("https://segib.org/convocatoria?WT.mc_id=news&ttclid=1&lang=es", "https://segib.org/convocatoria?lang=es"),
])
def test_canonical_urls_drop_the_click_ids_of_other_platforms_too(raw, expected):
    assert canonical_url(raw) == expected


# --- the same-call test -----------------------------------------------------------------------

def test_a_reworded_title_with_the_same_deadline_is_the_same_call():
    stored = candidate("Convocatoria: Fondo UCCI de Adaptación Climática Urbana 2027 para proyectos de resiliencia")
    found = find_same_call(item("https://red.org/n/1", funder="Red de ciudades"), "red", [stored])
    assert found == stored


def test_another_year_of_the_same_call_is_a_different_call():
    stored = candidate("Fondo de Adaptación Climática Urbana 2026: convocatoria para proyectos de resiliencia")
    assert find_same_call(item("https://red.org/n/1"), "red", [stored]) is None


def test_a_conflicting_deadline_keeps_two_calls_apart():
    stored = candidate(item("x").title, deadline=DEADLINE + timedelta(days=20))
    assert find_same_call(item("https://red.org/n/1"), "red", [stored]) is None


def test_deadlines_a_few_hours_apart_are_the_same_day_in_another_zone():
    stored = candidate(item("x").title, funder="Otra red", deadline=DEADLINE - timedelta(hours=6))
    assert find_same_call(item("https://red.org/n/1"), "red", [stored]) == stored


def test_without_deadlines_the_funder_must_agree():
    title = "Premio Iberoamericano de Movilidad Urbana Sostenible 2027"
    same_funder = candidate(title, funder="UCCI", deadline=None)
    other_funder = candidate(title, funder="Banco Interamericano de Desarrollo", deadline=None)
    probe = item("https://agregador.org/p/9", title=title, funder="Unión de Ciudades Capitales Iberoamericanas (UCCI)",
                 deadline=None)
    assert find_same_call(probe, "agregador", [same_funder]) == same_funder
    assert find_same_call(probe, "agregador", [other_funder]) is None


def test_different_calls_of_one_funder_stay_apart():
    stored = candidate("Convocatoria de buenas prácticas en integración de población migrante y refugiada")
    probe = item("https://ucci.org/2", title="Convocatoria de buenas prácticas en movilidad urbana sostenible")
    assert find_same_call(probe, "red", [stored]) is None


def test_a_source_never_merges_two_of_its_own_pages():
    stored = candidate(item("x").title, sources=("ucci",))
    assert find_same_call(item("https://ucci.org/otra-pagina"), "ucci", [stored]) is None


# --- storing: links, merges, changes ---------------------------------------------------------

@pytest.fixture
def sources(session):
    for sid in ("ucci", "red", "agregador"):
        session.add(Source(id=sid, name=sid.upper(), funder=sid, funder_type="city_networks", kind="feed",
                           url=f"https://{sid}.org/feed"))
    session.flush()
    return session


def test_the_same_call_from_three_places_is_one_opportunity_with_three_links(sources):
    session = sources
    funder_site = item("https://ucci.org/fondo-adaptacion-2027/")
    news = item("https://red.org/noticias/fondo-ucci-2027/", funder="Red de ciudades",
                title="Convocatoria: Fondo UCCI de Adaptación Climática Urbana 2027 para proyectos de resiliencia")
    aggregator = item("https://agregador.org/c/8812", funder="UCCI", amount=50000.0, currency="EUR",
                      title="FONDO DE ADAPTACIÓN CLIMÁTICA URBANA 2027 – convocatoria para proyectos de resiliencia")

    assert store_items(session, "ucci", [funder_site], now=NOW).inserted == 1
    assert store_items(session, "red", [news], now=NOW).linked == 1
    counts = store_items(session, "agregador", [aggregator], now=NOW + timedelta(hours=1))

    [opp] = session.scalars(select(Opportunity)).all()
    assert counts.linked == 1 and counts.inserted == 0
    assert opp.url == funder_site.url and opp.source_id == "ucci", "the first place stays the primary link"
    assert sorted((link.source_id, link.url) for link in opp.links) == [
        ("agregador", aggregator.url), ("red", news.url), ("ucci", funder_site.url)]
    assert (opp.amount, opp.currency) == (50000.0, "EUR"), "another place fills what the first left empty"
    assert opp.title == funder_site.title and opp.funder == funder_site.funder, "but never overwrites it"
    assert opp.changed_at == NOW + timedelta(hours=1)


def test_two_places_wording_a_call_differently_do_not_make_it_change_at_every_run(sources):
    session = sources
    store_items(session, "ucci", [item("https://ucci.org/f/", summary="Texto del financiador.")], now=NOW)
    store_items(session, "red", [item("https://red.org/f/", summary="Texto de la red.")], now=NOW)
    for hours in (1, 2):
        ucci = store_items(session, "ucci", [item("https://ucci.org/f/", summary="Texto del financiador.")],
                           now=NOW + timedelta(hours=hours))
        red = store_items(session, "red", [item("https://red.org/f/", summary="Texto de la red.")],
                          now=NOW + timedelta(hours=hours))
        assert (ucci.unchanged, red.unchanged, ucci.updated, red.updated) == (1, 1, 0, 0)
    opp = session.scalar(select(Opportunity))
    assert opp.summary == "Texto del financiador." and opp.changed_at == NOW
    assert opp.last_seen_at == NOW + timedelta(hours=2)


def test_a_changed_deadline_and_amount_are_recorded_as_changes_and_rescored(sources):
    session = sources
    store_items(session, "ucci", [item("https://ucci.org/f/", amount=50000.0, currency="EUR")], now=NOW)
    opp = session.scalar(select(Opportunity))
    opp.matched_at = NOW + timedelta(minutes=5)
    later = NOW + timedelta(days=1)
    new_deadline = datetime(2027, 3, 13, 4, 59, tzinfo=timezone.utc)
    counts = store_items(session, "ucci", [item("https://ucci.org/f/", deadline=new_deadline, amount=75000.0,
                                                currency="EUR")], now=later)

    changes = session.scalars(select(OpportunityChange).order_by(OpportunityChange.field)).all()
    assert (counts.updated, counts.changes) == (1, 2)
    assert [(c.field, c.old_value, c.new_value, c.source_id, c.detected_at) for c in changes] == [
        ("amount", "50000.0", "75000.0", "ucci", later),
        ("deadline", DEADLINE.isoformat(), new_deadline.isoformat(), "ucci", later)]
    assert opp.deadline == new_deadline and opp.matched_at < opp.changed_at == later


def test_a_summary_edit_changes_the_opportunity_but_is_not_a_change_event(sources):
    session = sources
    store_items(session, "ucci", [item("https://ucci.org/f/")], now=NOW)
    counts = store_items(session, "ucci", [item("https://ucci.org/f/", summary="Nuevo texto.")], now=NOW + timedelta(1))
    assert (counts.updated, counts.changes) == (1, 0)
    assert session.scalar(select(func.count()).select_from(OpportunityChange)) == 0


def test_tracking_parameters_never_make_a_second_link(session):
    from spiders.pipeline.dedupe import dedupe

    session.add(Source(id="ucci", name="UCCI", funder="UCCI", funder_type="city_networks", kind="feed", url="x"))
    first, _ = dedupe([item("https://ucci.org/f/?utm_source=rss#respond")])
    again, _ = dedupe([item("https://UCCI.org/f/?fbclid=abc")])
    store_items(session, "ucci", first, now=NOW)
    assert store_items(session, "ucci", again, now=NOW + timedelta(1)).unchanged == 1
    assert session.scalar(select(func.count()).select_from(OpportunityLink)) == 1


def test_an_opportunity_stored_without_links_gets_its_primary_link(session):
    session.add(Source(id="ucci", name="UCCI", funder="UCCI", funder_type="city_networks", kind="feed", url="x"))
    session.flush()
    session.add(Opportunity(source_id="ucci", url="https://ucci.org/f/", title="T", funder="UCCI", category="c",
                            language="es", content_hash="legacy"))
    session.flush()
    counts = store_items(session, "ucci", [item("https://ucci.org/f/")], now=NOW)
    assert (counts.inserted, counts.updated) == (0, 1)
    assert [link.url for link in session.scalar(select(Opportunity)).links] == ["https://ucci.org/f/"]


# Development pairs (Spanish, English, French, Portuguese): reworded, re-cased or re-ordered titles of
# one call, and different calls whose titles are close; the same funder and deadline in every pair.
SAME = [
    ("Appel à projets : villes durables", "APPEL À PROJETS – Villes durables"),
    ("Bloomberg Philanthropies Mayors Challenge: call for applications",
     "Call for applications: Bloomberg Philanthropies Mayors Challenge"),
    ("Premio Iberoamericano de Movilidad Urbana Sostenible", "Premio Iberoamericano de Movilidad Urbana Sostenible - UCCI"),
    ("Fondo Verde para ciudades: convocatoria abierta", "Convocatoria abierta del Fondo Verde para ciudades"),
    ("Edital de chamada pública para cidades sustentáveis", "Chamada pública: cidades sustentáveis (edital)"),
    ("Convocatoria de proyecto de cooperación descentralizada", "Convocatoria de proyectos de cooperación descentralizada"),
]
DIFFERENT = [
    ("Convocatoria de proyectos de agua 2026", "Convocatoria de proyectos de energía 2026"),
    ("Becas de maestría en gestión urbana", "Becas de maestría en gestión cultural"),
    ("Premio de innovación urbana", "Premio de innovación rural"),
    ("Call for proposals: urban resilience", "Call for proposals: urban mobility"),
    ("Convocatoria de subvenciones para ciudades intermedias", "Convocatoria de subvenciones para ciudades capitales"),
    ("Premio de movilidad urbana 2026", "Premio de movilidad urbana 2027"),
]


@pytest.mark.parametrize("stored, probe", SAME)
def test_development_pairs_of_one_call_are_merged(stored, probe):
    assert find_same_call(item("https://b.org/1", title=probe), "b", [candidate(stored)]) is not None


@pytest.mark.parametrize("stored, probe", DIFFERENT)
def test_development_pairs_of_two_calls_stay_apart(stored, probe):
    assert find_same_call(item("https://b.org/1", title=probe), "b", [candidate(stored)]) is None


def test_two_pages_of_one_source_never_join_the_same_call_in_one_run(sources):
    session = sources
    store_items(session, "ucci", [item("https://ucci.org/f/")], now=NOW)
    twins = [item("https://red.org/a/"), item("https://red.org/b/")]
    counts = store_items(session, "red", twins, now=NOW)
    assert (counts.linked, counts.inserted) == (1, 1)


def test_a_call_moved_to_a_new_address_keeps_its_opportunity(sources):
    session = sources
    store_items(session, "ucci", [item("https://ucci.org/f/")], now=NOW, complete=True)
    store_items(session, "ucci", [], now=NOW + timedelta(days=1), complete=True)
    assert session.scalar(select(Opportunity)).withdrawn_at is not None
    counts = store_items(session, "ucci", [item("https://ucci.org/convocatorias/f/")], now=NOW + timedelta(days=2),
                         complete=True)
    opp = session.scalar(select(Opportunity))
    assert (counts.linked, counts.inserted, opp.withdrawn_at) == (1, 0, None)
    assert [(link.url, link.gone_at is None) for link in opp.links] == [
        ("https://ucci.org/f/", False), ("https://ucci.org/convocatorias/f/", True)]


def test_an_unchanged_source_is_seen_again_in_a_few_statements_whatever_its_size(sources):
    """An incremental run must cost almost nothing: no opportunity loaded or updated one by one."""
    from sqlalchemy import event

    session = sources
    calls = [item(f"https://ucci.org/c/{n}/", title=f"Convocatoria número {n} de cooperación urbana {n}")
             for n in range(120)]
    store_items(session, "ucci", calls, now=NOW, complete=True)
    session.commit()
    session.expunge_all()
    statements: list[str] = []
    listener = lambda conn, cursor, statement, *rest: statements.append(statement)  # noqa: E731
    event.listen(session.get_bind(), "before_cursor_execute", listener)
    try:
        counts = store_items(session, "ucci", calls, now=NOW + timedelta(days=1), complete=True)
        session.flush()
    finally:
        event.remove(session.get_bind(), "before_cursor_execute", listener)
    assert (counts.unchanged, counts.updated, counts.inserted, counts.gone) == (120, 0, 0, 0)
    assert len(statements) <= 6, statements
    assert not [s for s in statements if s.lstrip().upper().startswith("SELECT") and "FROM opportunity " in s]
    seen = session.execute(select(Opportunity.last_seen_at, Opportunity.changed_at)).all()
    assert set(seen) == {(NOW + timedelta(days=1), NOW)}
    assert set(session.scalars(select(OpportunityLink.last_seen_at))) == {NOW + timedelta(days=1)}


def test_a_deadline_extended_on_a_later_place_is_a_change_though_the_first_place_still_says_the_old_one(sources):
    """A network's news publishes the call first; the funder's own page, linked to it, later extends the deadline."""
    session = sources
    store_items(session, "red", [item("https://red.org/f/", summary="Texto de la red.")], now=NOW)
    assert store_items(session, "ucci", [item("https://ucci.org/f/")], now=NOW).linked == 1
    extended = datetime(2027, 3, 31, 4, 59, tzinfo=timezone.utc)
    later = NOW + timedelta(days=2)
    counts = store_items(session, "ucci", [item("https://ucci.org/f/", deadline=extended)], now=later)
    opp = session.scalar(select(Opportunity))
    assert (counts.updated, counts.changes) == (1, 1) and opp.deadline == extended
    change = session.scalar(select(OpportunityChange))
    assert (change.field, change.old_value, change.new_value, change.source_id) == (
        "deadline", DEADLINE.isoformat(), extended.isoformat(), "ucci")
    # the news item, still saying the old date, neither flips it back nor makes a change; nor does a rerun
    for hours in (1, 2):
        assert store_items(session, "red", [item("https://red.org/f/", summary="Texto de la red.")],
                           now=later + timedelta(hours=hours)).changes == 0
        assert store_items(session, "ucci", [item("https://ucci.org/f/", deadline=extended)],
                           now=later + timedelta(hours=hours)).changes == 0
    assert opp.deadline == extended and opp.summary == "Texto de la red."  # the other fields stay the first place's
    # the news item correcting its own date later is news again
    assert store_items(session, "red", [item("https://red.org/f/", summary="Texto de la red.", deadline=extended)],
                       now=later + timedelta(days=1)).changes == 0  # it now agrees: nothing changes


def test_a_link_stored_before_links_kept_what_they_stated_records_it_without_calling_it_a_change(sources):
    session = sources
    store_items(session, "red", [item("https://red.org/f/")], now=NOW)
    store_items(session, "ucci", [item("https://ucci.org/f/", summary="Otro texto.")], now=NOW)
    for link in session.scalars(select(OpportunityLink)):
        link.stated = None  # as the 0003 migration leaves links stored before it
    session.flush()
    other = datetime(2027, 3, 31, 4, 59, tzinfo=timezone.utc)
    assert store_items(session, "ucci", [item("https://ucci.org/f/", summary="Otro.", deadline=other)],
                       now=NOW + timedelta(1)).changes == 0
    assert session.scalar(select(Opportunity)).deadline == DEADLINE
