"""Figures that go down against an earlier quarter: imported, with a Spanish warning naming the cell, and noted in tracking.

A milestone's physical progress is cumulative; a capacity indicator reports what is installed to
date; a cumulative indicator reports each quarter's addition (Vigía sums them), so only a negative
value makes it go down. Workbooks are the real templates filled with openpyxl.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

import yaml
from openpyxl import load_workbook
from sqlalchemy import select

from flows.cli import main
from models.db import session_scope
from models.plans import import_plan_file
from models.progress import import_progress_file, read_progress_file, save_progress
from models.progress_xlsx import write_progress_template
from models.schema import IndicatorValue, ProgressReport
from models.tracking import evaluate_plan
from notifications.report import publish_reports
from tests.conftest import FIXTURES

MINIMAL = FIXTURES / "plans" / "minimal.yaml"
CITY = "99999"
ADVICE = "Se importó igual; si no es una corrección, revise el dato."


def plan_with_indicators(tmp_path: Path) -> Path:
    data = yaml.safe_load(MINIMAL.read_text(encoding="utf-8"))
    data["indicators"] += [
        {"code": "IND-2", "name": "Convenios firmados", "axis": "E1", "unit": "convenios", "measure": "number",
         "direction": "up", "accumulation": "cumulative", "baseline": 0,
         "targets": {"2026-T2": 3, "2026-T3": 5, "2026-T4": 6}},
        {"code": "IND-3", "name": "Cupos de formación disponibles", "axis": "E2", "unit": "cupos", "measure": "number",
         "direction": "up", "accumulation": "capacity", "baseline": 0, "targets": {"2026-T2": 10, "2026-T3": 20}},
    ]
    path = tmp_path / "plan.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def workbook(session, tmp_path: Path, quarter: str, milestones: dict[str, float], indicators: dict[str, float]) -> Path:
    path, _, _ = write_progress_template(session, CITY, quarter, tmp_path / f"avance-{quarter}.xlsx")
    book = load_workbook(path)
    for sheet, values, column in (("Hitos", milestones, 5), ("Indicadores", indicators, 4)):
        for row in book[sheet].iter_rows(min_row=2):
            if row[0].value in values:
                row[column].value = values[row[0].value]
    book.save(path)
    return path


def test_figures_that_go_down_are_imported_with_a_warning_naming_the_cell(vigia_home, tmp_path, capsys):
    with session_scope() as session:
        import_plan_file(session, plan_with_indicators(tmp_path))
        import_progress_file(session, workbook(session, tmp_path, "2026-T2", {"H1": 60, "H2": 80},
                                               {"IND-2": 4, "IND-3": 12}))
        t3 = workbook(session, tmp_path, "2026-T3", {"H1": 45.5, "H2": 100}, {"IND-2": -1, "IND-3": 8})
        t3_rows = [c.value for c in load_workbook(t3)["Indicadores"]["A"]]
    assert t3_rows == ["Código del indicador", "IND-1", "IND-2", "IND-3"]

    assert main(["progress", "import", str(t3)]) == 0
    out = capsys.readouterr().out
    assert "Reportes de avance importados: 4 (4 nuevos, 0 actualizados, 0 sin cambios)" in out
    assert [line.strip() for line in out.splitlines() if line.strip().startswith("Aviso")] == [
        "Avisos (3): cifras que bajan frente a un trimestre anterior",
        "Aviso: hoja «Hitos», fila 2, columna «Avance físico (%)» (F2): el avance físico del hito H1 (Convenio con "
        f"una red de ciudades) baja de 60 % en 2026-T2 a 45,5 % en 2026-T3. {ADVICE}",
        "Aviso: hoja «Indicadores», fila 3, columna «Valor» (E3): el indicador IND-2 (Convenios firmados) es "
        "acumulativo (se suman los valores de los trimestres) y el de 2026-T3 es negativo (-1 convenios): el "
        f"acumulado baja de 4 convenios a 3 convenios. {ADVICE}",
        "Aviso: hoja «Indicadores», fila 4, columna «Valor» (E4): el indicador IND-3 (Cupos de formación "
        f"disponibles) es de capacidad (lo instalado no se pierde) y su valor baja de 12 cupos en 2026-T2 a 8 cupos "
        f"en 2026-T3. {ADVICE}",
    ]
    with session_scope() as session:  # accepted: the quarter is saved as reported
        assert session.scalar(select(ProgressReport.physical_progress).where(
            ProgressReport.milestone_code == "H1", ProgressReport.quarter == "2026-T3")) == 45.5
        assert session.scalar(select(IndicatorValue.value).where(
            IndicatorValue.indicator_code == "IND-2", IndicatorValue.quarter == "2026-T3")) == -1

    assert main(["track", "--quarter", "2026-T3", "--today", "2026-11-23"]) == 0
    out = capsys.readouterr().out
    notes = out[out.index("  Notas"):].splitlines()[:4]
    assert notes == [
        "  Notas (cifras que bajan frente a un trimestre anterior; se aceptan como correcciones):",
        "    hito H1 Convenio con una red de ciudades — El avance físico baja de 60 % en 2026-T2 a 45,5 % en 2026-T3; "
        "confirme si es una corrección.",
        "    indicador IND-2 Convenios firmados — El indicador es acumulativo (se suman los valores de los trimestres) "
        "y el de 2026-T3 es negativo (-1 convenios): el acumulado baja de 4 convenios a 3 convenios; confirme si es "
        "una corrección.",
        "    indicador IND-3 Cupos de formación disponibles — El indicador es de capacidad (lo instalado no se pierde) "
        "y su valor baja de 12 cupos en 2026-T2 a 8 cupos en 2026-T3; confirme si es una corrección.",
    ]
    with session_scope() as session:  # the quarterly report carries the same notes
        [row] = publish_reports(session, "2026-T3", today=date(2026, 11, 23))
        html = Path(row.path).read_text(encoding="utf-8")
    assert "<h3>Notas</h3>" in html
    assert ("<strong>hito H1 — Convenio con una red de ciudades</strong>: El avance físico baja de 60 % en 2026-T2 "
            "a 45,5 % en 2026-T3; confirme si es una corrección.") in html


def test_a_cumulative_quarter_lower_than_the_last_one_is_normal_and_a_rise_says_nothing(session, tmp_path):
    import_plan_file(session, plan_with_indicators(tmp_path))
    import_progress_file(session, workbook(session, tmp_path, "2026-T2", {"H1": 60}, {"IND-2": 4, "IND-3": 12}))
    # 1 agreement in T3 after 4 in T2: the running total still rises to 5; capacity and progress hold or grow.
    rows = read_progress_file(session, workbook(session, tmp_path, "2026-T3", {"H1": 60}, {"IND-2": 1, "IND-3": 12}))
    assert save_progress(session, rows).warnings == []
    status = evaluate_plan(session, CITY, "2026-T3")
    assert status.notes() == []
    assert next(i for i in status.indicators if i.code == "IND-2").actual == 5


def test_a_csv_with_several_quarters_compares_them_with_each_other(session, tmp_path):
    import_plan_file(session, MINIMAL)
    path = tmp_path / "avance.csv"
    path.write_text("codigo_dane;trimestre;hito;avance_fisico\n"
                    "99999;2026-T3;H1;30\n"
                    "99999;2026-T2;H1;35\n"
                    "99999;2026-T1;H1;20\n", encoding="utf-8")
    result = save_progress(session, read_progress_file(session, path))
    assert result.warnings == [
        f"avance.csv:fila 2, columna avance_fisico: el avance físico del hito H1 (Convenio con una red de ciudades) "
        f"baja de 35 % en 2026-T2 a 30 % en 2026-T3. {ADVICE}"]
    assert result.inserted == 3
