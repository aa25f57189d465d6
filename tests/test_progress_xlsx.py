"""Quarterly reporting workbooks: pre-filled template, import with history, and each kind of bad sheet refused."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from models.errors import InputError, InputErrors
from models.plans import import_plan_file
from models.progress import import_progress_file
from models.progress_xlsx import write_progress_template
from models.schema import IndicatorValue, ProgressHistory, ProgressReport
from tests.conftest import FIXTURES

TABLES = (ProgressReport, IndicatorValue, ProgressHistory)


@pytest.fixture
def plan(session):
    return import_plan_file(session, FIXTURES / "plans" / "minimal.yaml")


def counts(session) -> dict[str, int]:
    return {t.__tablename__: session.scalar(select(func.count()).select_from(t)) for t in TABLES}


def filled(session, tmp_path: Path, change: Callable[[Any], None] | None = None, name: str = "avance.xlsx") -> Path:
    """The 2026-T3 workbook for the test city with H1 and IND-1 reported; `change(book)` alters it."""
    path, _, _ = write_progress_template(session, "99999", "2026-T3", tmp_path / name)
    book = load_workbook(path)
    hitos = book["Hitos"]
    hitos["F2"], hitos["G2"], hitos["H2"] = 45, 150, "Convenio en revisión jurídica"
    hitos["I2"], hitos["J2"] = "https://alcaldia.gov.co/actas/h1.pdf", "Luis Gómez"
    book["Indicadores"]["E2"] = 1
    if change:
        change(book)
    book.save(path)
    return path


def test_template_lists_the_milestones_and_indicators_due_that_quarter(session, plan, tmp_path):
    path, milestones, indicators = write_progress_template(session, "99999", "2026-T3", tmp_path / "t.xlsx")
    book = load_workbook(path)
    assert book.sheetnames == ["Instrucciones", "Informe", "Hitos", "Indicadores"]
    rows = [[c.value for c in row] for row in book["Hitos"].iter_rows(min_row=2)]
    # H4 starts in 2026-T4; H2 was due in T2 but is not done, so it is still asked for.
    assert [(r[0], r[4]) for r in rows] == [("H1", 74.7), ("H2", 100), ("H3", 50)]
    assert (milestones, indicators) == (3, 1)
    assert [c.value for c in book["Indicadores"][2]][:4] == ["IND-1", "Convenios vigentes", "número", None]
    assert [c.value for c in book["Informe"]["B"]] == ["Valor", "Municipio de Prueba", "99999", "2026-T3"]


def test_template_for_a_city_without_plan_says_what_to_do(session, tmp_path):
    with pytest.raises(InputError, match="la ciudad 05001 no está registrada; importe primero su plan"):
        write_progress_template(session, "5001", "2026-T3", tmp_path / "t.xlsx")


def test_import_saves_progress_evidence_and_indicator_values(session, plan, tmp_path):
    assert import_progress_file(session, filled(session, tmp_path)) == 2
    report = session.scalar(select(ProgressReport))
    assert (report.milestone_code, report.quarter, report.physical_progress, report.budget_executed,
            report.evidence_url, report.reported_by) == (
        "H1", "2026-T3", 45, 150, "https://alcaldia.gov.co/actas/h1.pdf", "Luis Gómez")
    value = session.scalar(select(IndicatorValue))
    assert (value.indicator_code, value.quarter, value.value) == ("IND-1", "2026-T3", 1)


def test_reimporting_the_quarter_updates_it_and_keeps_the_previous_values(session, plan, tmp_path):
    import_progress_file(session, filled(session, tmp_path))

    def later(book):
        book["Hitos"]["F2"] = 60
        book["Indicadores"]["E2"] = 2

    assert import_progress_file(session, filled(session, tmp_path, later, "v2.xlsx")) == 2
    assert session.scalar(select(ProgressReport.physical_progress)) == 60
    assert session.scalar(select(IndicatorValue.value)) == 2
    history = {(h.subject, h.code): h.values for h in session.scalars(select(ProgressHistory))}
    assert history[("milestone", "H1")]["physical_progress"] == 45
    assert history[("indicator", "IND-1")]["value"] == 1
    assert counts(session) == {"progress_report": 1, "indicator_value": 1, "progress_history": 2}


def refused(session, tmp_path, change) -> list[str]:
    """Import a spoiled workbook after a good one; nothing may change; return the error lines."""
    import_progress_file(session, filled(session, tmp_path, name="good.xlsx"))
    before = counts(session)
    with pytest.raises(InputErrors) as caught:
        import_progress_file(session, filled(session, tmp_path, change, name="bad.xlsx"))
    assert counts(session) == before
    return [str(e) for e in caught.value.errors]


def test_wrong_quarter_is_refused(session, plan, tmp_path):
    assert refused(session, tmp_path, lambda b: b["Informe"].cell(4, 2, "2026-T5")) == [
        "hoja «Informe», fila 4, columna «Valor» (B4): trimestre inválido '2026-T5'; use AAAA-T1 … AAAA-T4, "
        "p. ej. 2026-T3"]


def test_quarter_outside_the_plan_period_is_refused(session, plan, tmp_path):
    assert refused(session, tmp_path, lambda b: b["Informe"].cell(4, 2, "2027-T1")) == [
        "hoja «Informe», fila 4, columna «Valor» (B4): el trimestre 2027-T1 está fuera del periodo del plan "
        "(2026-01-01 a 2026-12-31)"]


def test_progress_above_100_is_refused(session, plan, tmp_path):
    assert refused(session, tmp_path, lambda b: b["Hitos"].cell(3, 6, 120)) == [
        "hoja «Hitos», fila 3, columna «Avance físico (%)» (F3): avance fuera de rango 120; debe estar entre 0 y 100"]


def test_percent_formatted_cell_is_read_as_a_percentage(session, plan, tmp_path):
    def percent(book):
        book["Hitos"]["F3"] = 1.2
        book["Hitos"]["F3"].number_format = "0%"

    assert refused(session, tmp_path, percent) == [
        "hoja «Hitos», fila 3, columna «Avance físico (%)» (F3): avance fuera de rango 120; debe estar entre 0 y 100"]


def test_unknown_milestone_code_is_refused(session, plan, tmp_path):
    def unknown(book):
        book["Hitos"].append(["H9", None, None, None, None, 30])

    assert refused(session, tmp_path, unknown) == [
        "hoja «Hitos», fila 5, columna «Código del hito» (A5): hito desconocido 'H9' en el plan vigente de "
        "Municipio de Prueba (99999)"]


def test_duplicate_milestone_code_is_refused(session, plan, tmp_path):
    def twice(book):
        book["Hitos"].cell(3, 1, "H1")
        book["Hitos"].cell(3, 6, 50)

    assert refused(session, tmp_path, twice) == [
        "hoja «Hitos», fila 3, columna «Código del hito» (A3): hito repetido 'H1'; ya aparece en la fila 2"]


def test_unknown_indicator_and_bad_yes_no_value_are_refused(session, plan, tmp_path):
    assert refused(session, tmp_path, lambda b: b["Indicadores"].cell(2, 1, "IND-9")) == [
        "hoja «Indicadores», fila 2, columna «Código del indicador» (A2): indicador desconocido 'IND-9' en el plan "
        "vigente; indicadores: IND-1"]


def test_missing_required_cell_is_refused(session, plan, tmp_path):
    assert refused(session, tmp_path, lambda b: b["Hitos"].cell(3, 8, "Sin avance todavía")) == [
        "hoja «Hitos», fila 3, columna «Avance físico (%)» (F3): falta este dato obligatorio: el hito tiene otros "
        "datos reportados (Comentario)"]


def test_bad_evidence_link_is_refused(session, plan, tmp_path):
    assert refused(session, tmp_path, lambda b: b["Hitos"].cell(2, 9, r"C:\actas\h1.pdf")) == [
        "hoja «Hitos», fila 2, columna «Enlace a evidencia» (I2): enlace inválido 'C:\\actas\\h1.pdf'; escriba la "
        "dirección completa, p. ej. https://drive.google.com/…"]


def test_formula_is_refused(session, plan, tmp_path):
    assert refused(session, tmp_path, lambda b: b["Hitos"].cell(2, 7, "=100+50")) == [
        "hoja «Hitos», celda G2: la celda tiene una fórmula; escriba el valor (Copiar › Pegar valores)"]


def test_merged_cells_are_refused(session, plan, tmp_path):
    assert refused(session, tmp_path, lambda b: b["Hitos"].merge_cells("H2:H3")) == [
        "hoja «Hitos»: celdas combinadas H2:H3; sepárelas (Inicio › Combinar y centrar) y escriba el dato en una "
        "sola celda"]


def test_extra_sheet_is_refused(session, plan, tmp_path):
    assert refused(session, tmp_path, lambda b: b.create_sheet("Hoja1")) == [
        "hoja «Hoja1»: hoja no esperada; el libro solo debe tener las hojas Instrucciones, Informe, Hitos, "
        "Indicadores; bórrela o mueva su contenido"]


def test_progress_import_help_says_it_takes_the_workbook(capsys):
    # The ORI with the quarter's .xlsx asks `vigia progress import --help` and read only «CSV de avance».
    from flows.cli import main

    with pytest.raises(SystemExit):
        main(["progress", "import", "--help"])
    assert ".xlsx" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["progress", "--help"])
    assert "Excel" in capsys.readouterr().out


def test_progress_template_does_not_overwrite_a_filled_workbook(session, plan, tmp_path, capsys):
    # `vigia progress template … avance.xlsx` run again on the sheet the responsible people had filled
    # replaced it with an empty one.
    from flows.cli import main

    path = filled(session, tmp_path)
    session.commit()
    before = path.read_bytes()
    assert main(["progress", "template", "--city", "99999", "--quarter", "2026-T3", str(path)]) == 2
    assert "ya existe" in capsys.readouterr().err
    assert path.read_bytes() == before
