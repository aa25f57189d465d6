"""A past quarter is judged against the plan version of its time, not a later amendment.

Reports are real .xlsx workbooks from `write_progress_template`, filled with openpyxl; the plan is
the minimal fixture, and version 2 moves H2's due date from 2026-06-30 to 2026-09-30.
"""
from __future__ import annotations

from datetime import date, datetime, timezone
from pathlib import Path

import pytest
import yaml
from openpyxl import load_workbook
from sqlalchemy import select, update

from flows.cli import main
from models.db import session_scope
from models.errors import InputErrors
from models.plans import import_plan_file, plan_for_quarter
from models.progress import import_progress_file
from models.progress_xlsx import write_progress_template
from models.quarters import Quarter
from models.schema import Plan, ProgressReport
from models.tracking import evaluate_plan, track
from notifications.report import publish_reports
from tests.conftest import FIXTURES

MINIMAL = FIXTURES / "plans" / "minimal.yaml"
CITY = "99999"
TODAY = date(2026, 12, 3)


def amended(tmp_path: Path, add_h5: bool = False) -> Path:
    """Version 2: H2 (due 2026-06-30 in version 1) now due 2026-09-30; optionally a new milestone H5."""
    data = yaml.safe_load(MINIMAL.read_text(encoding="utf-8"))
    milestones = data["axes"][0]["objectives"][0]["actions"][0]["milestones"]
    milestones[1]["due"] = "2026-09-30"
    if add_h5:
        milestones.append({"code": "H5", "name": "Hito nuevo de la versión 2", "responsible": "ORI",
                           "start": "2026-01-01", "due": "2026-12-31", "budget": 0})
    path = tmp_path / "plan_v2.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def reported(session, tmp_path: Path, quarter: str, values: dict[str, float], extra: list | None = None) -> Path:
    """The quarter's reporting workbook with the given physical progress per milestone code."""
    path, _, _ = write_progress_template(session, CITY, quarter, tmp_path / f"avance-{quarter}.xlsx")
    book = load_workbook(path)
    hitos = book["Hitos"]
    for row in hitos.iter_rows(min_row=2):
        if row[0].value in values:
            row[5].value = values[row[0].value]
    for cells in extra or []:
        hitos.append(cells)
    book.save(path)
    return path


def set_imported_at(session, version: int, when: datetime) -> None:
    session.execute(update(Plan).where(Plan.city_code == CITY, Plan.version == version).values(imported_at=when))
    session.flush()


def by_code(status) -> dict:
    return {m.code: m for m in status.milestones()}


def test_a_past_quarter_keeps_the_version_it_was_reported_against(session, tmp_path):
    import_plan_file(session, MINIMAL)
    import_progress_file(session, reported(session, tmp_path, "2026-T1", {"H1": 24, "H2": 40}))
    assert import_plan_file(session, amended(tmp_path)).version == 2

    t1 = evaluate_plan(session, CITY, "2026-T1")
    h2 = by_code(t1)["H2"]
    # Version 1: H2 runs 2026-01-01 → 2026-06-30, so 89/180 days were planned at 2026-03-31 (ratio 0.81).
    assert (t1.plan_version, t1.current_version) == (1, 2)
    assert (h2.due, h2.planned, h2.reported, h2.semaforo) == (date(2026, 6, 30), 49.44, 40, "amarillo")
    assert [(d.milestone_code, d.kind) for d in t1.deviations] == [("H2", "behind_schedule")]

    t2 = evaluate_plan(session, CITY, "2026-T2")
    # Version 2: H2 due 2026-09-30, so 180/272 days planned at 2026-06-30.
    assert (t2.plan_version, t2.current_version) == (2, 2)
    assert (by_code(t2)["H2"].due, by_code(t2)["H2"].planned) == (date(2026, 9, 30), 66.18)
    assert set(session.scalars(select(ProgressReport.plan_version))) == {1}


def test_the_version_in_force_when_the_quarter_ended_wins_over_a_later_amendment(session, tmp_path):
    # Real-time use: version 1 loaded in January, amended on 5 April, before T1's reports arrived.
    import_plan_file(session, MINIMAL)
    set_imported_at(session, 1, datetime(2026, 1, 10, 15, tzinfo=timezone.utc))
    import_plan_file(session, amended(tmp_path, add_h5=True))
    set_imported_at(session, 2, datetime(2026, 4, 5, 15, tzinfo=timezone.utc))
    assert plan_for_quarter(session, CITY, Quarter.parse("2026-T1")).version == 1
    assert plan_for_quarter(session, CITY, Quarter.parse("2026-T2")).version == 2

    path = reported(session, tmp_path, "2026-T1", {"H1": 24, "H2": 40})
    book = load_workbook(path)
    rows = [[c.value for c in row][:5] for row in book["Hitos"].iter_rows(min_row=2)]
    assert [(r[0], r[3].date(), r[4]) for r in rows] == [("H1", date(2026, 12, 31), 24.5),
                                                        ("H2", date(2026, 6, 30), 49.4)]  # no H5: not in version 1
    assert any("se reporta contra la versión 1 del plan" in (c.value or "") for c in book["Instrucciones"]["A"])
    import_progress_file(session, path)
    assert set(session.scalars(select(ProgressReport.plan_version))) == {1}
    assert evaluate_plan(session, CITY, "2026-T1").plan_version == 1

    with pytest.raises(InputErrors) as caught:
        import_progress_file(session, reported(session, tmp_path, "2026-T1", {"H1": 25},
                                               extra=[["H5", None, None, None, None, 10]]))
    assert [str(e) for e in caught.value.errors] == [
        "hoja «Hitos», fila 4, columna «Código del hito» (A4): hito desconocido 'H5' en la versión 1 del plan "
        "(la que rige para 2026-T1) de Municipio de Prueba (99999)"]

    # The quarter version 2 was in force at the end of takes it, H5 included.
    assert "H5" in by_code(evaluate_plan(session, CITY, "2026-T2"))


def test_vigia_track_and_the_quarterly_report_say_which_version_they_use(vigia_home, tmp_path, capsys):
    with session_scope() as session:
        import_plan_file(session, MINIMAL)
        import_progress_file(session, reported(session, tmp_path, "2026-T1", {"H1": 24, "H2": 40}))
        import_plan_file(session, amended(tmp_path))
    assert main(["track", "--quarter", "2026-T1", "--today", TODAY.isoformat()]) == 0
    out = capsys.readouterr().out
    assert ("Municipio de Prueba (DANE 99999) · plan versión 1 (la vigente al cierre de 2026-T1; hoy rige la "
            "versión 2)") in out
    assert "Avance reportado de 40 % frente a 49 % planeado" in out
    assert main(["track", "--quarter", "2026-T2", "--today", TODAY.isoformat()]) == 0
    assert "plan versión 2 · semáforo" in capsys.readouterr().out

    with session_scope() as session:
        [row] = publish_reports(session, "2026-T1", today=TODAY)
        html = Path(row.path).read_text(encoding="utf-8")
    assert "(versión 1, la vigente al cierre del trimestre; hoy rige la versión 2)" in html


def test_tracking_every_city_picks_each_citys_version_in_one_run(session, tmp_path):
    import_plan_file(session, MINIMAL)
    import_progress_file(session, reported(session, tmp_path, "2026-T1", {"H1": 24, "H2": 40}))
    import_plan_file(session, amended(tmp_path))
    import_plan_file(session, Path(__file__).resolve().parent.parent / "models" / "data" / "plans" / "cali.yaml")
    summary = track(session, "2026-T1", today=TODAY)
    assert {s.city_code: s.plan_version for s in summary.statuses} == {"76001": 1, CITY: 1}
    assert by_code(next(s for s in summary.statuses if s.city_code == CITY))["H2"].planned == 49.44
