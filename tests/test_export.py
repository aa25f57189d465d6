"""`vigia export` prints the tables as JSON or CSV for inspection."""
from __future__ import annotations

import csv
import io
import json
from datetime import datetime, timedelta, timezone

from flows.cli import main
from models.schema import Opportunity, Source


def _seed(session):
    session.add(Source(id="s", name="S", funder="F", funder_type="philanthropic", kind="feed", url="http://127.0.0.1/"))
    session.flush()
    session.add(Opportunity(source_id="s", url="http://127.0.0.1/1", title='Premio "Ciudades, paz y convivencia"',
                            summary="Línea 1\nLínea 2", funder="Fundación Ñ", category="premios", language="es",
                            deadline=datetime(2027, 3, 1, 23, 59, tzinfo=timezone.utc), content_hash="x"))
    session.commit()


def test_export_opportunities_json_and_csv(session, capsys):
    _seed(session)
    assert main(["export", "opportunities", "--format", "json"]) == 0
    [row] = json.loads(capsys.readouterr().out)
    assert row["title"] == 'Premio "Ciudades, paz y convivencia"'
    assert row["funder"] == "Fundación Ñ"
    assert row["deadline"] == "2027-03-01T23:59:00+00:00"

    assert main(["export", "opportunities", "--format", "csv"]) == 0
    [row] = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert row["summary"] == "Línea 1\nLínea 2" and row["category"] == "premios"


def test_export_of_empty_tables_still_has_columns(vigia_home, capsys):
    assert main(["export", "deviations", "--format", "csv"]) == 0
    assert capsys.readouterr().out.strip().split(",")[:3] == ["city_code", "quarter", "milestone_code"]
    assert main(["export", "matches", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_a_scraped_title_that_looks_like_a_formula_stays_text_in_the_csv(session, capsys):
    """A coordinator opens the CSV in a spreadsheet: a harvested title such as =HYPERLINK(…) must show as text,
    not run as a formula (CSV injection); the JSON export keeps the value as harvested."""
    session.add(Source(id="s", name="S", funder="F", funder_type="philanthropic", kind="feed", url="http://127.0.0.1/"))
    session.flush()
    title = '=HYPERLINK("http://127.0.0.1/x";"Convocatoria ciudades 2027")'
    session.add(Opportunity(source_id="s", url="http://127.0.0.1/f", title=title, summary="@SUM(1+1)",
                            funder="+Fondo", category="convocatorias", language="es", content_hash="f"))
    session.commit()
    assert main(["export", "opportunities", "--format", "csv"]) == 0
    [row] = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert (row["title"], row["summary"], row["funder"]) == ("'" + title, "'@SUM(1+1)", "'+Fondo")
    assert main(["export", "opportunities", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["title"] == title
