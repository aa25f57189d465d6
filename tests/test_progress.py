"""Progress import: the sample quarter loads, re-imports update, bad rows name file, row and column."""
from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from flows.cli import main
from models.db import session_scope
from models.errors import InputErrors
from models.plans import import_plan_file
from models.progress import import_progress_file
from models.schema import ProgressReport
from tests.conftest import FIXTURES, REPO

PLANS = REPO / "models" / "data" / "plans"
SAMPLE = REPO / "models" / "data" / "progress" / "2026-T3.csv"
HEADER = "codigo_dane,trimestre,hito,avance_fisico,presupuesto_ejecutado,reportado_por,comentario\n"


@pytest.fixture
def minimal_plan(session):
    return import_plan_file(session, FIXTURES / "plans" / "minimal.yaml")


def csv_file(tmp_path: Path, body: str, header: str = HEADER) -> Path:
    path = tmp_path / "avance.csv"
    path.write_text(header + body, encoding="utf-8")
    return path


def reports(session) -> int:
    return session.scalar(select(func.count()).select_from(ProgressReport))


def test_sample_quarter_imports_for_both_cities_leaving_two_milestones_unreported(session):
    for name in ("bogota", "cartagena"):
        import_plan_file(session, PLANS / f"{name}.yaml")
    assert import_progress_file(session, SAMPLE) == 27
    codes = set(session.scalars(select(ProgressReport.milestone_code)))
    assert {"B-H10", "C-H08"}.isdisjoint(codes)
    b02 = session.scalar(select(ProgressReport).where(ProgressReport.milestone_code == "B-H02"))
    assert (b02.city_code, b02.quarter, b02.physical_progress, b02.budget_executed) == ("11001", "2026-T3", 85, 470000000)
    assert b02.comment.startswith("17 de 20")


def test_reimporting_the_same_quarter_updates_the_rows(session, minimal_plan, tmp_path):
    assert import_progress_file(session, csv_file(tmp_path, "99999,2026-T3,H1,40,100,Ana,\n")) == 1
    first_seen = session.scalar(select(ProgressReport.reported_at))
    assert import_progress_file(session, csv_file(tmp_path, "99999,2026-T3,H1,40,100,Ana,\n")) == 1
    assert session.scalar(select(ProgressReport.reported_at)) == first_seen  # identical row: left alone
    assert import_progress_file(session, csv_file(tmp_path, "99999,2026-T3,H1,55,180,Ana,corregido\n")) == 1
    report = session.scalar(select(ProgressReport))
    assert reports(session) == 1
    assert (report.physical_progress, report.budget_executed, report.comment) == (55, 180, "corregido")


def test_english_headers_semicolons_comments_decimal_commas_and_dropped_zeros(session, minimal_plan, tmp_path):
    header = "# exportado desde una hoja de cálculo\nDANE_code;Quarter;Milestone;Physical progress;Budget executed\n"
    path = csv_file(tmp_path, "99999;2026-T3;H1;45,5;\n99999;2026-T3;H2;100 %;600\n", header=header)
    assert import_progress_file(session, path) == 2
    values = dict(session.execute(select(ProgressReport.milestone_code, ProgressReport.physical_progress)).all())
    assert values == {"H1": 45.5, "H2": 100.0}


def test_bad_rows_name_file_row_and_column_and_nothing_is_saved(session, minimal_plan, tmp_path):
    import_progress_file(session, csv_file(tmp_path, "99999,2026-T3,H1,40,,,\n"))
    body = (
        "99999,2026-T3,H2,100,,,\n"        # line 2: fine, but must not be saved either
        "99999,2026-T3,H9,50,,,\n"         # line 3: unknown milestone
        "99999,2026-T3,H1,120,,,\n"        # line 4: progress out of range
        "99999,2026Q3,H3,10,,,\n"          # line 5: bad quarter
        "99999,2026-T3,H3,diez,,,\n"       # line 6: bad number
        "99999,2026-T3,H4,10,1.500.000,,\n"  # line 7: ambiguous thousands separator
        "11001,2026-T3,B-H01,10,,,\n"      # line 8: city without a plan
        "99999,2026-T3,H2,90,,,\n"         # line 9: repeats line 2
        "99999,2026-T3,H3,,,,\n"           # line 10: missing progress
        "99999,2030-T1,H3,10,,,\n"         # line 11: quarter outside the plan period
    )
    path = csv_file(tmp_path, body)
    with pytest.raises(InputErrors) as caught:
        import_progress_file(session, path)
    assert [str(e) for e in caught.value.errors] == [
        "avance.csv:fila 3, columna hito: hito desconocido 'H9' en el plan vigente de Municipio de Prueba (99999)",
        "avance.csv:fila 4, columna avance_fisico: avance fuera de rango 120; debe estar entre 0 y 100",
        "avance.csv:fila 5, columna trimestre: trimestre inválido '2026Q3'; use AAAA-T1 … AAAA-T4, p. ej. 2026-T3",
        "avance.csv:fila 6, columna avance_fisico: número inválido 'diez'; use p. ej. 45 o 45,5",
        "avance.csv:fila 7, columna presupuesto_ejecutado: número ambiguo '1.500.000'; escríbalo sin separador de "
        "miles, p. ej. 1500000",
        "avance.csv:fila 8, columna codigo_dane: la ciudad 11001 no está registrada; importe primero su plan con "
        "`vigia plan import`",
        "avance.csv:fila 9, columna hito: fila repetida: el hito H2 de 2026-T3 ya aparece en la fila 2",
        "avance.csv:fila 10, columna avance_fisico: falta este dato obligatorio",
        "avance.csv:fila 11, columna trimestre: el trimestre 2030-T1 está fuera del periodo del plan "
        "(2026-01-01 a 2026-12-31)",
    ]
    assert caught.value.source == str(path)
    assert reports(session) == 1
    assert session.scalar(select(ProgressReport.physical_progress)) == 40


def test_unknown_and_missing_columns_are_reported_on_the_header_row(session, minimal_plan, tmp_path):
    path = csv_file(tmp_path, "99999,2026-T3,H1\n", header="codigo_dane,trimestre,hito,avanse\n")
    with pytest.raises(InputErrors) as caught:
        import_progress_file(session, path)
    assert [str(e) for e in caught.value.errors] == [
        "avance.csv:fila 1, columna avanse: columna desconocida; columnas válidas: codigo_dane, trimestre, hito, "
        "avance_fisico, presupuesto_ejecutado, reportado_por, comentario, evidencia",
        "avance.csv:fila 1: faltan columnas obligatorias: avance_fisico",
    ]


def test_cli_progress_import_good_and_bad(vigia_home, tmp_path, capsys):
    assert main(["plan", "import", str(FIXTURES / "plans" / "minimal.yaml")]) == 0
    good = csv_file(tmp_path, "99999,2026-T3,H1,40,,,\n")
    assert main(["progress", "import", str(good)]) == 0
    assert "Reportes de avance importados: 1 (1 nuevos, 0 actualizados, 0 sin cambios)" in capsys.readouterr().out
    assert main(["progress", "import", str(good)]) == 0
    assert "(0 nuevos, 0 actualizados, 1 sin cambios)" in capsys.readouterr().out
    bad = tmp_path / "malo.csv"
    bad.write_text(HEADER + "99999,2026-T3,H1,140,,,\n", encoding="utf-8")
    assert main(["progress", "import", str(bad)]) == 2
    assert "malo.csv:fila 2, columna avance_fisico: avance fuera de rango 140" in capsys.readouterr().err
    with session_scope() as s:
        assert s.scalar(select(ProgressReport.physical_progress)) == 40
