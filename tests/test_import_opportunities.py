"""`vigia import opportunities FILE.jsonl`: all lines or none, stored as if harvested."""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest
from sqlalchemy import func, select

from flows.cli import main
from models.db import session_scope
from models.errors import InputErrors
from models.schema import HarvestRun, Opportunity, Source
from spiders.importer import import_opportunities
from tests.conftest import FIXTURES

GOOD = FIXTURES / "harvest" / "import-good.jsonl"
BAD = FIXTURES / "harvest" / "import-bad.jsonl"
RESILIENT = "https://fondo.example.org/convocatorias/ciudades-resilientes-2027"


def stored() -> dict[str, Opportunity]:
    with session_scope() as session:
        return {o.url: o for o in session.scalars(select(Opportunity))}


def test_a_good_file_is_stored_under_the_import_source(vigia_home):
    result = import_opportunities(GOOD)
    assert (result.source_id, result.status, result.inserted) == ("import", "ok", 3)
    with session_scope() as session:
        source = session.get(Source, "import")
        run = session.scalars(select(HarvestRun)).one()
    assert (source.kind, run.inserted, run.status) == ("import", 3, "ok")


def test_imported_fields_are_kept_and_normalised(vigia_home):
    import_opportunities(GOOD)
    opp = stored()[RESILIENT]  # utm_source dropped from the address
    assert opp.deadline == datetime(2027, 4, 1, 4, 59, tzinfo=timezone.utc)
    assert (opp.category, opp.language, opp.amount, opp.currency) == ("subvenciones", "es", 200000.0, "USD")
    assert (opp.funder_type, opp.eligibility) == ("philanthropic", "Gobiernos locales de América Latina")
    assert opp.matched_at is None


def test_imported_text_is_cleaned_like_scraped_text(vigia_home):
    import_opportunities(GOOD)
    opp = stored()["https://cities.example.org/calls/urban-innovation-2027"]
    assert opp.title == "Call for cities: urban innovation & digital public services"
    assert opp.summary == "Technical assistance for city governments that want to pilot digital public services."


def test_a_date_only_deadline_ends_that_day_in_bogota(vigia_home):
    import_opportunities(GOOD)
    assert stored()["https://cities.example.org/calls/urban-innovation-2027"].deadline == \
        datetime(2027, 2, 16, 4, 59, 59, tzinfo=timezone.utc)


def test_importing_the_same_file_again_changes_nothing(vigia_home):
    import_opportunities(GOOD)
    again = import_opportunities(GOOD, source_id="boletin-apc")
    assert (again.inserted, again.updated, again.unchanged) == (0, 0, 3)


def test_a_bad_line_names_file_line_and_field_and_nothing_is_written(vigia_home):
    with pytest.raises(InputErrors) as exc:
        import_opportunities(BAD)
    found = [str(e) for e in exc.value.errors]
    assert any(m.startswith("import-bad.jsonl:línea 2: campo deadline: '31/03/2027' no es una fecha ISO 8601")
               for m in found)
    assert any(m.startswith("import-bad.jsonl:línea 3: campo url: URL no válida") for m in found)
    assert any(m.startswith("import-bad.jsonl:línea 3: campo language: valor 'de' no válido") for m in found)
    with session_scope() as session:
        assert session.scalar(select(func.count()).select_from(Opportunity)) == 0
        assert session.scalar(select(func.count()).select_from(HarvestRun)) == 0


def test_missing_fields_bad_json_and_repeated_urls_are_reported(vigia_home, tmp_path: Path):
    path = tmp_path / "lote.jsonl"
    line = GOOD.read_text(encoding="utf-8").splitlines()[0]
    path.write_text("\n".join([line, '{"title": "Sin URL", "summary": "", "funder": "X", "language": "es"}',
                               "{no es json", line.replace("utm_source=boletin", "utm_medium=x")]), encoding="utf-8")
    with pytest.raises(InputErrors) as exc:
        import_opportunities(path)
    found = [str(e) for e in exc.value.errors]
    assert "lote.jsonl:línea 2: campo url: falta este campo obligatorio" in found
    assert any(m.startswith("lote.jsonl:línea 3: no es JSON válido") for m in found)
    assert "lote.jsonl:línea 4: campo url: la URL ya aparece en la línea 1" in found


def test_a_datetime_without_offset_is_refused(vigia_home, tmp_path: Path):
    path = tmp_path / "naive.jsonl"
    path.write_text(GOOD.read_text(encoding="utf-8").splitlines()[0].replace("T23:59:00-05:00", "T23:59:00"),
                    encoding="utf-8")
    with pytest.raises(InputErrors, match="campo deadline: '2027-03-31T23:59:00' no tiene zona horaria"):
        import_opportunities(path)


def test_cli_imports_and_exits_2_on_a_bad_file(vigia_home, capsys):
    assert main(["import", "opportunities", str(GOOD), "--source", "boletin"]) == 0
    assert "3 nuevas" in capsys.readouterr().out
    assert main(["import", "opportunities", str(BAD)]) == 2
    assert "import-bad.jsonl:línea 2" in capsys.readouterr().err
