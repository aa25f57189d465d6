"""The plan workbook's Configuración sheet: written by the template, read into the plan's settings, checked by cell."""
from __future__ import annotations

from typing import Any

import pytest
import yaml
from openpyxl import load_workbook
from sqlalchemy import select

from flows.cli import main
from models.errors import InputErrors
from models.matching import DEFAULT_ALERT_THRESHOLD
from models.plan_file import check_plan_data, read_plan_file
from models.plans import import_plan_file
from models.schema import Plan
from models.settings import SETTINGS_KEYS
from tests.conftest import FIXTURES
from tests.test_plans_xlsx import counts, plan_workbook

SENDER = "mailtos://ori:${VIGIA_SMTP_PASSWORD}@smtp.prueba.example?from=ori@prueba.example"


def fill(values: dict[str, Any]):
    """A change for plan_workbook: write each value in the «Valor» cell of its key's row."""
    def change(book):
        ws = book["Configuración"]
        rows = {ws.cell(r, 1).value: r for r in range(2, ws.max_row + 1)}
        for key, value in values.items():
            ws.cell(rows[key], 4, value)
    return change


def test_template_lists_every_setting_with_default_explanation_and_blank_value(vigia_home, tmp_path):
    path = tmp_path / "plan.xlsx"
    assert main(["plan", "template", str(path)]) == 0
    book = load_workbook(path)
    assert book.sheetnames[-2:] == ["Configuración", "Catálogo"]
    ws = book["Configuración"]
    assert [c.value for c in ws[1]] == ["Clave", "Explicación", "Valor por defecto", "Valor"]
    rows = {r[0]: r[1:] for r in ws.iter_rows(min_row=2, values_only=True)}
    assert {key.split(".")[0] for key in rows} == set(SETTINGS_KEYS)
    assert rows["semaforo.verde"][1:] == (0.9, None) and rows["semaforo.amarillo"][1:] == (0.7, None)
    assert rows["match_threshold"][1] == DEFAULT_ALERT_THRESHOLD and rows["reporting_window_days"][1] == 15
    assert "recordatorios" in rows["reminder_sender"][0] and "${VARIABLE}" in rows["reminder_sender"][0]
    assert all(explanation and value is None for explanation, _, value in rows.values())
    lists = {str(dv.sqref): dv for dv in ws.data_validations.dataValidation}
    digest_row = list(rows).index("digest") + 2
    assert lists[f"D{digest_row}"].formula1 == '"sí,no"'
    assert lists["D2"].type == "decimal" and (lists["D2"].formula1, lists["D2"].formula2) == ("0", "1")


def test_blank_values_keep_the_defaults(tmp_path):
    assert read_plan_file(plan_workbook(tmp_path / "plan.xlsx")).settings == {}


def test_a_filled_sheet_becomes_the_plans_settings_like_its_yaml_twin(session, tmp_path):
    path = plan_workbook(tmp_path / "plan.xlsx", fill({
        "semaforo.verde": "95 %", "semaforo.amarillo": 0.8, "match_threshold": "0,6", "max_per_alert": 5,
        "population": 350000, "reporting_window_days": 20, "digest": "sí", "reminder_sender": SENDER,
        "redes": "C40; Metrópolis, ICLEI",
    }))
    expected = {"semaforo": {"verde": 0.95, "amarillo": 0.8}, "match_threshold": 0.6, "max_per_alert": 5,
                "population": 350000, "reporting_window_days": 20, "digest": True, "reminder_sender": SENDER,
                "redes": ["C40", "Metrópolis", "ICLEI"]}
    spec = read_plan_file(path)
    assert spec.settings == expected
    twin = yaml.safe_load((FIXTURES / "plans" / "sheet_equivalent.yaml").read_text(encoding="utf-8"))
    twin["settings"] = expected
    assert check_plan_data(twin) == (spec, [])
    import_plan_file(session, path)
    assert session.scalar(select(Plan.settings).where(Plan.city_code == "05999")) == expected


def test_bad_values_are_named_by_sheet_row_and_column_and_nothing_is_written(session, tmp_path):
    import_plan_file(session, FIXTURES / "plans" / "minimal.yaml")
    before = counts(session)
    path = plan_workbook(tmp_path / "plan.xlsx", fill({
        "semaforo.verde": 1.5, "match_threshold": "alto", "reporting_window_days": 15.5, "digest": "quizá",
        "reminder_sender": "mailto://ori@prueba.example?to=ana@prueba.example",
    }))
    with pytest.raises(InputErrors) as caught:
        import_plan_file(session, path)
    assert [str(e) for e in caught.value.errors] == [
        "hoja «Configuración», fila 12, columna «Valor» (D12): valor inválido 'quizá'; escriba sí o no",
        "hoja «Configuración», fila 4, columna «Valor» (D4): se esperaba un número entre 0 y 1, p. ej. 0.9; "
        "se encontró 'alto'",
        "hoja «Configuración», fila 10, columna «Valor» (D10): se esperaba un número entero de días entre 1 y 90; "
        "se encontró 15.5",
        "hoja «Configuración», fila 13, columna «Valor» (D13): quite el parámetro to=: Vigía agrega el correo de "
        "cada responsable",
        "hoja «Configuración», fila 2, columna «Valor» (D2): valor fuera de rango 1.5; debe ser mayor que 0 y como "
        "máximo 1",
    ]
    assert counts(session) == before


def test_unknown_and_repeated_keys_are_refused(tmp_path):
    def spoil(book):
        ws = book["Configuración"]
        ws.append(["umbral_rojo", None, None, 0.5])
        ws.append(["digest", None, None, "no"])

    with pytest.raises(InputErrors) as caught:
        read_plan_file(plan_workbook(tmp_path / "plan.xlsx", spoil))
    messages = [str(e) for e in caught.value.errors]
    assert messages[0].startswith("hoja «Configuración», fila 15, columna «Clave» (A15): clave desconocida "
                                  "'umbral_rojo'; use una de: semaforo.verde, semaforo.amarillo")
    assert messages[1] == "hoja «Configuración», fila 16, columna «Clave» (A16): clave repetida; ya está en la fila 12"


def test_a_workbook_without_the_sheet_still_imports_with_default_settings(tmp_path):
    def older(book):
        del book["Configuración"]

    assert read_plan_file(plan_workbook(tmp_path / "plan.xlsx", older)).settings == {}
