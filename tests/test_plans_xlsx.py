"""Plan workbooks: the template, a filled one imports like its YAML twin, and each kind of bad sheet is refused."""
from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from models.errors import InputError, InputErrors
from models.plan_file import read_plan_file
from models.plan_xlsx import write_plan_template
from models.plans import import_plan, import_plan_file
from models.schema import Action, Axis, City, Indicator, Milestone, Objective, Plan
from tests.conftest import FIXTURES

PLAN_VALUES = ["Municipio de Prueba", "05999", "Antioquia", "Plan de prueba en Excel", date(2026, 1, 1), "2026-12-31"]
SHEET_ROWS: dict[str, list[list[Any]]] = {
    "Ejes": [["E1", "Cooperación descentralizada", "Alianzas con ciudades y redes.",
              "cooperación descentralizada; hermanamiento", "11; 17", 1000]],
    "Objetivos": [["E1", "E1.O1", "Alianzas firmadas", 1000]],
    "Acciones": [["E1.O1", "E1.O1.A1", "Negociar convenios", "Ana Pérez", "ana.perez@alcaldia.gov.co",
                  "Oficina de Relaciones Internacionales", "GIZ; Fons Català", 1000, date(2026, 1, 1), "2026-12-31"]],
    "Hitos": [["E1.O1.A1", "H1", "Convenio con una red de ciudades", "Luis Gómez", "luis.gomez@alcaldia.gov.co",
               "Cooperación", date(2026, 1, 1), date(2026, 12, 31), 400, 2, "2026-T2=30; 2026-T3=60; 2026-T4=100",
               "sí"],
              ["E1.O1.A1", "H2", "Memorando con una ciudad hermana", "Luis Gómez", None, None, "2026-02-01",
               "2026-06-30", "600", None, None, "no"]],
    "Indicadores": [["IND-1", "Convenios vigentes", "E1", "convenios", "número", "más es mejor", "stock", 0,
                     "2026-T2=1; 2026-T4=2", "GII-01", "sí"],
                    ["IND-2", "Ejecución del presupuesto de cooperación", None, None, "porcentaje", "más es mejor",
                     "acumulado", None, "2026-T4=90", None, None]],
}


def plan_workbook(path: Path, change: Any = None) -> Path:
    """The template filled with the plan of fixtures/plans/sheet_equivalent.yaml; `change(book)` spoils it."""
    write_plan_template(path)
    book = load_workbook(path)
    for row, value in enumerate(PLAN_VALUES, start=2):
        book["Plan"].cell(row, 2, value)
    for sheet, rows in SHEET_ROWS.items():
        for values in rows:
            book[sheet].append(values)
    if change:
        change(book)
    book.save(path)
    return path


TABLES = (City, Plan, Axis, Objective, Action, Milestone, Indicator)


def counts(session) -> dict[str, int]:
    return {t.__tablename__: session.scalar(select(func.count()).select_from(t)) for t in TABLES}


def test_template_has_one_sheet_per_level_instructions_and_drop_downs(tmp_path):
    book = load_workbook(write_plan_template(tmp_path / "plan.xlsx"))
    assert book.sheetnames == ["Instrucciones", "Plan", "Ejes", "Objetivos", "Acciones", "Hitos", "Indicadores",
                               "Configuración", "Catálogo"]
    assert "vigia plan import" in " ".join(str(c.value) for c in book["Instrucciones"]["A"])
    assert [c.value for c in book["Hitos"][1]][:3] == ["Acción", "Código", "Nombre"]
    lists = {str(dv.sqref).split(":")[0]: dv.formula1 for dv in book["Indicadores"].data_validations.dataValidation}
    assert lists["E2"] == '"número,porcentaje,dinero,sí/no,cualitativo"'
    assert lists["F2"] == '"más es mejor,menos es mejor"'
    assert lists["G2"] == '"stock,flujo,acumulado,capacidad,reducción"'
    assert lists["J2"] == "'Catálogo'!$A$2:$A$81"
    assert book["Catálogo"].max_row == 81  # 16 criteria + 64 indicators + header


def test_filled_workbook_reads_exactly_like_its_yaml_twin(tmp_path):
    from_sheet = read_plan_file(plan_workbook(tmp_path / "plan.xlsx"))
    assert from_sheet == read_plan_file(FIXTURES / "plans" / "sheet_equivalent.yaml")
    action = from_sheet.axes[0].objectives[0].actions[0]
    assert action.partners == ["GIZ", "Fons Català"]
    assert (from_sheet.indicators[1].measure, from_sheet.indicators[1].accumulation) == ("percentage", "cumulative")


def test_workbook_import_stores_every_level_and_an_unchanged_reimport_keeps_the_version(session, tmp_path):
    path = plan_workbook(tmp_path / "plan.xlsx")
    plan = import_plan_file(session, path)
    milestone = plan.axes[0].objectives[0].actions[0].milestones[0]
    assert (milestone.responsible_email, milestone.responsible_area, milestone.weight) == (
        "luis.gomez@alcaldia.gov.co", "Cooperación", 2)
    assert plan.axes[0].objectives[0].actions[0].partners == ["GIZ", "Fons Català"]
    indicator = session.scalar(select(Indicator).where(Indicator.code == "IND-1"))
    assert (indicator.measure, indicator.accumulation, indicator.catalogue_code) == ("number", "stock", "GII-01")
    again = import_plan(session, read_plan_file(path))
    assert (again.created, again.plan.version) == (False, 1)


def refused(session, tmp_path, change) -> list[str]:
    """Import a spoiled workbook after a good plan; the database must not change; return the error lines."""
    import_plan_file(session, FIXTURES / "plans" / "sheet_equivalent.yaml")
    before = counts(session)
    with pytest.raises(InputErrors) as caught:
        import_plan_file(session, plan_workbook(tmp_path / "bad.xlsx", change))
    assert counts(session) == before
    return [str(e) for e in caught.value.errors]


def test_wrong_date_names_sheet_row_and_column(session, tmp_path):
    assert refused(session, tmp_path, lambda b: b["Hitos"].cell(3, 8, "2026-02-30")) == [
        "hoja «Hitos», fila 3, columna «Entrega» (H3): fecha inválida '2026-02-30'; use AAAA-MM-DD"]


def test_milestone_outside_its_action_names_sheet_row_and_column(session, tmp_path):
    def spoil(book):
        book["Acciones"]["I2"] = "2026-01-15"  # the action now starts after H1 (2026-01-01), not after H2 (02-01)
        book["Acciones"]["J2"] = "2026-11-30"  # and ends before H1's delivery (2026-12-31)

    assert refused(session, tmp_path, spoil) == [
        "hoja «Hitos», fila 2, columna «Inicio» (G2): el hito empieza antes que su acción: inicio 2026-01-01, y la "
        "acción empieza el 2026-01-15; corrija una de las dos fechas",
        "hoja «Hitos», fila 2, columna «Entrega» (H2): el hito termina después que su acción: entrega 2026-12-31, y "
        "la acción termina el 2026-11-30; corrija una de las dos fechas",
    ]


def test_planned_percentage_above_100_is_refused(session, tmp_path):
    assert refused(session, tmp_path, lambda b: b["Hitos"].cell(2, 11, "2026-T2=30; 2026-T3=160; 2026-T4=100")) == [
        "hoja «Hitos», fila 2, columna «Avance planeado» (K2) (2026-T3): valor fuera de rango 160.0; "
        "debe estar entre 0 y 100"]


def test_percentage_indicator_target_above_100_is_refused(session, tmp_path):
    assert refused(session, tmp_path, lambda b: b["Indicadores"].cell(3, 9, "2026-T4=120")) == [
        "hoja «Indicadores», fila 3, columna «Metas» (I3) (2026-T4): porcentaje fuera de rango 120; "
        "debe estar entre 0 y 100"]


def test_unknown_parent_code_is_refused(session, tmp_path):
    assert refused(session, tmp_path, lambda b: b["Hitos"].cell(3, 1, "E1.O1.A9")) == [
        "hoja «Hitos», fila 3, columna «Acción» (A3): acción desconocida 'E1.O1.A9'; códigos en la hoja: E1.O1.A1"]


def test_unknown_catalogue_code_is_refused(session, tmp_path):
    assert refused(session, tmp_path, lambda b: b["Indicadores"].cell(2, 10, "AE-99")) == [
        "hoja «Indicadores», fila 2, columna «Catálogo» (J2): código de catálogo desconocido 'AE-99'; use uno del "
        "Anexo I (p. ej. CUAL-01 o AE-05; lista con `vigia plan catalogue`)"]


def test_duplicate_milestone_code_points_to_the_first_row(session, tmp_path):
    assert refused(session, tmp_path, lambda b: b["Hitos"].cell(3, 2, "H1")) == [
        "hoja «Hitos», fila 3, columna «Código» (B3): código de hito duplicado 'H1'; ya usado en hoja «Hitos», fila 2"]


def test_duplicate_objective_code_is_refused(session, tmp_path):
    assert refused(session, tmp_path, lambda b: b["Objetivos"].append(["E1", "E1.O1", "Otra vez", 0])) == [
        "hoja «Objetivos», fila 3, columna «Código» (B3): código duplicado 'E1.O1'; ya usado en la fila 2"]


def test_missing_required_cells_are_each_named(session, tmp_path):
    def spoil(book):
        book["Hitos"].cell(2, 4).value = None
        book["Plan"].cell(3, 2).value = None

    assert refused(session, tmp_path, spoil) == [
        "hoja «Plan», fila 3, columna «Valor» (B3): falta este campo obligatorio",
        "hoja «Hitos», fila 2, columna «Responsable» (D2): falta este campo obligatorio"]


def test_formula_is_refused(session, tmp_path):
    assert refused(session, tmp_path, lambda b: b["Ejes"].cell(2, 6, "=500+500")) == [
        "hoja «Ejes», celda F2: la celda tiene una fórmula; escriba el valor (Copiar › Pegar valores)"]


def test_merged_cells_are_refused(session, tmp_path):
    assert refused(session, tmp_path, lambda b: b["Hitos"].merge_cells("D2:D3")) == [
        "hoja «Hitos»: celdas combinadas D2:D3; sepárelas (Inicio › Combinar y centrar) y escriba el dato en una "
        "sola celda"]


def test_extra_sheet_is_refused(session, tmp_path):
    assert refused(session, tmp_path, lambda b: b.create_sheet("Notas")) == [
        "hoja «Notas»: hoja no esperada; el libro solo debe tener las hojas Instrucciones, Plan, Ejes, Objetivos, "
        "Acciones, Hitos, Indicadores, Configuración, Catálogo; bórrela o mueva su contenido"]


def test_changed_headers_are_refused(session, tmp_path):
    assert refused(session, tmp_path, lambda b: b["Ejes"].cell(1, 6, "Plata")) == [
        "hoja «Ejes», fila 1: los encabezados no coinciden con la plantilla (faltan: Presupuesto; sobran: Plata); "
        "la fila 1 debe ser: Código | Nombre | Descripción | Palabras clave | ODS | Presupuesto"]


def test_a_file_that_is_not_a_workbook_is_refused(session, tmp_path):
    path = tmp_path / "plan.xlsx"
    path.write_text("no soy un libro", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        import_plan_file(session, path)
    assert "no es un libro de Excel (.xlsx) válido" in str(caught.value)


def test_deleting_the_instructions_sheet_is_fine_but_not_a_data_sheet(session, tmp_path):
    def drop(book):
        del book["Instrucciones"]
        del book["Objetivos"]

    assert refused(session, tmp_path, drop) == [
        "hoja «Objetivos»: falta esta hoja; parta de la plantilla de Vigía"]


def test_dane_code_of_no_colombian_department_is_refused(session, tmp_path):
    # An ORI typing Manizales's code drops a digit (1700 for 17001): the sheet read it as 01700 and
    # imported the plan for a city that does not exist, beside the real one.
    assert refused(session, tmp_path, lambda b: b["Plan"].cell(3, 2, "1700")) == [
        "hoja «Plan», fila 3, columna «Valor» (B3): código DANE inválido '01700': ningún departamento de Colombia "
        "tiene el código 01; escriba el código DIVIPOLA, 5 dígitos para un municipio (p. ej. \"05001\") "
        "o 2 para un departamento"]


def test_yes_no_indicator_takes_its_targets_as_si_or_no(session, tmp_path):
    # A «sí/no» indicator («¿se firmó el convenio?»): the ORI writes its target as 2026-T4=sí, the way the
    # progress sheet takes its value; the import refused it with «no se entiende '2026-T4=sí'».
    def yes_no(book):
        book["Indicadores"].cell(3, 5, "sí/no")
        book["Indicadores"].cell(3, 9, "2026-T2=no; 2026-T4=sí")

    spec = read_plan_file(plan_workbook(tmp_path / "plan.xlsx", yes_no))
    assert (spec.indicators[1].measure, spec.indicators[1].targets) == ("yes_no", {"2026-T2": 0.0, "2026-T4": 1.0})
    # only a sí/no indicator: a number's target written as «sí» is still refused
    assert refused(session, tmp_path, lambda b: b["Indicadores"].cell(2, 9, "2026-T4=sí")) == [
        "hoja «Indicadores», fila 2, columna «Metas» (I2): no se entiende '2026-T4=sí'; escriba trimestre=valor "
        "separados por ';', p. ej. 2025-T2=30; 2025-T4=100"]


def test_keywords_separated_by_commas_are_read_one_by_one(tmp_path):
    # «cooperación descentralizada, hermanamiento» typed the usual way became ONE keyword, a phrase no call
    # ever contains: the axis silently lost its keywords for matching.
    spec = read_plan_file(plan_workbook(tmp_path / "plan.xlsx",
                                        lambda b: b["Ejes"].cell(2, 4, "cooperación descentralizada, hermanamiento")))
    assert spec == read_plan_file(FIXTURES / "plans" / "sheet_equivalent.yaml")



def test_unknown_action_is_said_in_feminine(session, tmp_path):
    # «acción desconocido 'E1.O1.A9'»: the ORI reads Spanish, and an acción is desconocida.
    assert refused(session, tmp_path, lambda b: b["Hitos"].cell(2, 1, "E1.O1.A7")) == [
        "hoja «Hitos», fila 2, columna «Acción» (A2): acción desconocida 'E1.O1.A7'; códigos en la hoja: E1.O1.A1"]


def test_plan_template_does_not_overwrite_a_filled_workbook(vigia_home, tmp_path, capsys):
    # Re-running `vigia plan template mi-plan.xlsx` on the workbook the ORI had filled emptied it, silently.
    from flows.cli import main

    path = plan_workbook(tmp_path / "mi-plan.xlsx")
    before = path.read_bytes()
    assert main(["plan", "template", str(path)]) == 2
    assert "ya existe" in capsys.readouterr().err
    assert path.read_bytes() == before
