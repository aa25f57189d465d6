"""validate → normalise → dedupe as plain functions: no Scrapy, no network, no database."""
from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from spiders.pipeline.amounts import find_money, parse_amount
from spiders.pipeline.categories import infer_category
from spiders.pipeline.dates import DateError, parse_datetime
from spiders.pipeline.dedupe import canonical_url, content_hash, dedupe
from spiders.pipeline.language import detect_language
from spiders.pipeline.normalise import Rejected, normalise
from spiders.pipeline.prepare import prepare
from spiders.pipeline.text import clean_summary, clean_title
from spiders.pipeline.validate import validate
from spiders.sources import SourceConfig, load_sources
from tests.conftest import FIXTURES

UTC = timezone.utc
SOURCE = SourceConfig(id="red", name="Red", funder="Red de ciudades", funder_type="city_networks", kind="feed",
                      url="https://red.example.org/feed/", timezone="America/Bogota", category="convocatorias")
RAW = {"title": "Convocatoria de movilidad sostenible", "url": "https://red.example.org/c/1",
       "summary": "<p>Para los gobiernos locales de América Latina que trabajan en movilidad.</p>"}


# --- validate -------------------------------------------------------------------------------

def test_validate_accepts_a_complete_item():
    assert validate(RAW) == []


def test_validate_rejects_a_missing_title_with_a_reason():
    assert validate({**RAW, "title": "  <b></b> "}) == ["falta el título"]


def test_validate_rejects_a_missing_url_with_a_reason():
    assert validate({**RAW, "url": None}) == ["falta la URL"]


def test_validate_rejects_a_url_that_is_not_http():
    assert validate({**RAW, "url": "javascript:alert(1)"})[0].startswith("URL no válida")


def test_validate_rejects_nested_values():
    assert validate({**RAW, "deadline": {"date": "2027-01-01"}}) == [
        "el campo deadline tiene un valor de tipo dict que no se puede leer"]


# --- normalise: text ------------------------------------------------------------------------

def test_titles_are_unescaped_and_stripped_of_tags():
    assert clean_title("Energy Efficiency &amp; Renewable Energy&rsquo;s <b>Program</b>") == \
        "Energy Efficiency & Renewable Energy’s Program"


def test_double_escaped_markup_and_scripts_do_not_survive():
    assert clean_title("&lt;script&gt;alert(1)&lt;/script&gt;Premio &amp;amp; más") == "Premio & más"


def test_summaries_keep_paragraphs_but_no_markup():
    assert clean_summary("<p>Uno &amp; dos</p><p>tres<script>x()</script></p>") == "Uno & dos\ntres"


# --- normalise: dates -----------------------------------------------------------------------

def test_grantsgov_dates_are_read_with_their_format_in_their_zone():
    assert parse_datetime("10/09/2020", "America/New_York", "%m/%d/%Y") == datetime(2020, 10, 9, 4, tzinfo=UTC)


def test_a_date_only_deadline_lasts_until_the_end_of_the_day_in_the_sources_zone():
    assert parse_datetime("2027-03-19", "America/Bogota", end_of_day=True) == \
        datetime(2027, 3, 20, 4, 59, 59, tzinfo=UTC)


MADRID = ZoneInfo("Europe/Madrid")


@pytest.mark.parametrize(("sent", "ends"), [
    ("2024-02-04T00:00:00+01:00", datetime(2024, 2, 4, 23, 59, 59, tzinfo=timezone(timedelta(hours=1)))),
    ("2024-07-15T00:00:00+02:00", datetime(2024, 7, 15, 23, 59, 59, tzinfo=timezone(timedelta(hours=2)))),
    ("2024-03-31T00:00:00+01:00", datetime(2024, 3, 31, 23, 59, 59, tzinfo=timezone(timedelta(hours=2)))),  # DST day
    ("2024-02-03T23:00:00Z", datetime(2024, 2, 4, 23, 59, 59, tzinfo=timezone(timedelta(hours=1)))),
    ("2024-02-04T14:00:00+01:00", datetime(2024, 2, 4, 14, tzinfo=timezone(timedelta(hours=1)))),  # a real time stays
])
def test_a_day_sent_as_its_midnight_ends_at_the_end_of_that_day_in_madrid(sent, ends):
    assert parse_datetime(sent, "Europe/Madrid", end_of_day=True, midnight_is_date=True) == ends


def test_a_midnight_deadline_stays_midnight_unless_the_source_says_it_is_a_day():
    assert parse_datetime("2024-02-04T00:00:00+01:00", "Europe/Madrid", end_of_day=True) == \
        datetime(2024, 2, 3, 23, tzinfo=UTC)


def test_bdns_closing_day_from_its_real_response_ends_that_day_in_madrid():
    bdns = next(s for s in load_sources() if s.id == "bdns-cooperacion")
    document = json.loads((FIXTURES / "sources" / "bdns-cooperacion" / "bdns-convocatoria-802038.json")
                          .read_text(encoding="utf-8"))
    assert document["fechaFinSolicitud"] == "2024-02-04T00:00:00+01:00"  # the day, sent as its midnight
    item = normalise({**RAW, "deadline": document["fechaFinSolicitud"]}, bdns)
    assert item.deadline.astimezone(MADRID).isoformat() == "2024-02-04T23:59:59+01:00"


def test_an_iso_offset_wins_over_the_sources_zone():
    assert parse_datetime("2027-03-19T17:00:00-05:00", "Europe/Madrid") == datetime(2027, 3, 19, 22, tzinfo=UTC)


def test_rfc822_feed_dates_keep_their_offset():
    assert parse_datetime("Thu, 03 Sep 2026 11:30:00 +0200") == datetime(2026, 9, 3, 9, 30, tzinfo=UTC)


def test_spanish_dates_with_time_and_a_named_zone():
    text = "26 de febrero de 2027, 14:00 (hora de Madrid)"
    assert parse_datetime(text, "America/Bogota", end_of_day=True) == datetime(2027, 2, 26, 13, tzinfo=UTC)


def test_spanish_afternoon_times_and_utc_offsets():
    assert parse_datetime("19 de marzo de 2027, 5:00 p. m. (UTC-5)") == datetime(2027, 3, 19, 22, tzinfo=UTC)


def test_english_month_names():
    assert parse_datetime("March 15, 2027", "UTC") == datetime(2027, 3, 15, tzinfo=UTC)


def test_empty_dates_are_none_and_unreadable_ones_raise():
    assert parse_datetime("", "UTC") is None
    with pytest.raises(DateError, match="fecha ilegible"):
        parse_datetime("próximamente", "UTC")


def test_normalise_rejects_an_item_whose_deadline_cannot_be_read():
    with pytest.raises(Rejected, match="fecha de cierre: fecha ilegible"):
        normalise({**RAW, "deadline": "cuando se agoten los fondos"}, SOURCE)


def test_normalised_dates_are_aware_utc():
    item = normalise({**RAW, "published_at": "2026-08-04T09:00:00-05:00", "deadline": "2027-03-19"}, SOURCE)
    assert item.published_at.utcoffset().total_seconds() == 0 and item.deadline.tzinfo is not None


def test_an_item_written_by_a_crawl_process_reads_back_the_same():
    """Crawl processes normalise and write JSON records; the harvest reads them back unchanged."""
    import json

    from spiders.pipeline.normalise import NormalisedItem

    item = normalise({**RAW, "deadline": "2027-03-19", "amount": "US$ 6,12 millones",
                      "extra": {"paises": ["Colombia", "Perú"]}}, SOURCE)
    assert NormalisedItem.from_record(json.loads(json.dumps(item.to_record()))) == item


# --- normalise: categories, language, money -------------------------------------------------

@pytest.mark.parametrize(("title", "hint", "expected"), [
    ("Premio Iberoamericano de Movilidad Urbana Sostenible", "Convocatorias", "premios"),
    ("Becas para el curso virtual de construcción de paz", None, "educacion"),
    ("NEA Literature Fellowships: Translation Projects", None, "educacion"),
    ("Fondo de resiliencia climática para municipios costeros", None, "subvenciones"),
    ("Solid Waste Management Grant Program", None, "subvenciones"),
    ("Intercambio en turismo cultural", "Convocatorias", "convocatorias"),
    ("Intercambio en turismo cultural", "Premio", "premios"),
])
def test_globo_categories(title, hint, expected):
    assert infer_category(title, hint, default="convocatorias") == expected


def test_the_sources_default_category_when_nothing_tells():
    assert infer_category("GROWING CONVERGENCE RESEARCH", None, default="subvenciones") == "subvenciones"


@pytest.mark.parametrize(("text", "expected"), [
    ("Convocatoria para los gobiernos locales de América Latina con proyectos de adaptación", "es"),
    ("Request for Information on the Office of Energy and the SuperTruck Initiative", "en"),
    ("Chamada para as cidades do Brasil com projetos de mobilidade e não só", "pt"),
    ("Appel à projets pour les villes et les collectivités dans le cadre du programme", "fr"),
    ("Solid Waste Management Grant Program", None),
])
def test_language_from_stop_words(text, expected):
    assert detect_language(text) == expected


def test_language_falls_back_to_the_sources_language():
    item = normalise({**RAW, "title": "GROWING CONVERGENCE RESEARCH", "summary": ""},
                     replace(SOURCE, language="en"))
    assert item.language == "en"


@pytest.mark.parametrize(("text", "expected"), [
    ("Hasta EUR 400.000 por proyecto", (400000.0, "EUR")),
    ("USD 250,000", (250000.0, "USD")),
    ("COP $120.000.000 para la iniciativa ganadora", (120000000.0, "COP")),
    ("1,5 millones de dólares", (1500000.0, "USD")),
    ("none", (None, None)),
])
def test_amounts_and_currencies(text, expected):
    assert parse_amount(text) == expected


def test_money_is_found_inside_prose():
    assert find_money("Cada pareja podrá recibir hasta EUR 20.000 para misiones técnicas.") == "EUR 20.000"


def test_an_unreadable_amount_is_kept_as_text_not_rejected():
    item = normalise({**RAW, "amount": "Cooperación técnica en especie"}, SOURCE)
    assert (item.amount, item.extra["amount_text"]) == (None, "Cooperación técnica en especie")


def test_funder_and_eligibility_default_to_the_source():
    item = normalise(RAW, replace(SOURCE, eligibility="Gobiernos locales"))
    assert (item.funder, item.funder_type, item.eligibility) == ("Red de ciudades", "city_networks", "Gobiernos locales")


# --- dedupe ---------------------------------------------------------------------------------

def test_canonical_urls_drop_tracking_parameters_and_the_fragment():
    assert canonical_url("HTTPS://Red.Example.org:443/c/1/?utm_source=rss&b=2&fbclid=x&a=1#respond") == \
        "https://red.example.org/c/1/?a=1&b=2"


def test_canonical_urls_keep_meaningful_ports_and_parameters():
    assert canonical_url("http://127.0.0.1:8000/buscar?id=7") == "http://127.0.0.1:8000/buscar?id=7"


def test_dedupe_keeps_the_first_of_each_canonical_url():
    first = normalise(RAW, SOURCE)
    second = normalise({**RAW, "url": RAW["url"] + "?utm_medium=email", "title": "Otra"}, SOURCE)
    kept, repeated = dedupe([first, second])
    assert ([i.title for i in kept], len(repeated)) == (["Convocatoria de movilidad sostenible"], 1)


def test_the_content_hash_changes_with_the_content_only():
    item = normalise(RAW, SOURCE)
    assert content_hash(item) == content_hash(normalise(RAW, SOURCE))
    assert content_hash(item) != content_hash(normalise({**RAW, "deadline": "2027-01-31"}, SOURCE))


def test_prepare_gives_a_reason_for_every_item_left_out():
    prepared = prepare([RAW, {**RAW, "title": ""}, {**RAW, "url": "https://x.org/2", "deadline": "pronto"}], SOURCE)
    assert len(prepared.items) == 1
    assert prepared.rejects == ["https://red.example.org/c/1: falta el título",
                                "https://x.org/2: fecha de cierre: fecha ilegible 'pronto'"]


def test_a_call_that_came_without_its_page_gets_the_extractors_reading_of_its_eligibility():
    from types import SimpleNamespace

    from models.eligibility import EXCLUDED, assess_call, for_city

    item = normalise({**RAW, "eligibility": "Collectivités territoriales françaises et leurs groupements. Les partenaires "
                                            "étrangers ne peuvent pas déposer de dossier."}, SOURCE)
    assert item.extra["colombian_city_may_apply"] is False
    assert item.extra["colombian_city_may_apply_rule"].startswith("regla:")
    opp = SimpleNamespace(title=item.title, summary=item.summary, eligibility=item.eligibility,
                          funder_type=item.funder_type, extra=item.extra)
    assert for_city(assess_call(opp), 2_600_000, "05001")[0] == EXCLUDED
    # no paragraph, no second reading; a page's own verdict is kept
    assert "colombian_city_may_apply" not in normalise(RAW, SOURCE).extra
    kept = normalise({**RAW, "eligibility": "ONG", "extra": {"colombian_city_may_apply": True}}, SOURCE)
    assert kept.extra["colombian_city_may_apply"] is True


def test_the_verdict_key_the_pipeline_checks_is_the_one_the_matcher_reads():
    from models.eligibility import PAGE_VERDICT
    from spiders.extract.fill import add_second_reading

    extra = {PAGE_VERDICT: True}
    add_second_reading(extra, "Convocatoria", None, "Solo empresas privadas.", "es")
    assert extra == {PAGE_VERDICT: True}  # a page's own verdict is not read again
