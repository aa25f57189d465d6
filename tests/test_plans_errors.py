"""Plan validation: every kind of error names its exact place in the file and nothing is written."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from sqlalchemy import func, select

from models.errors import InputErrors
from models.plans import import_plan_file
from models.schema import Action, Axis, City, Indicator, Milestone, Objective, Plan
from tests.conftest import FIXTURES

MINIMAL = FIXTURES / "plans" / "minimal.yaml"
M = "axes[0].objectives[0].actions[0].milestones"  # E1's milestones: H1, H2
M2 = "axes[1].objectives[0].actions[0].milestones"  # E2's milestones: H3, H4
TABLES = (City, Plan, Axis, Objective, Action, Milestone, Indicator)


def base() -> dict[str, Any]:
    return yaml.safe_load(MINIMAL.read_text(encoding="utf-8"))


def milestone(data: dict[str, Any], axis: int, index: int) -> dict[str, Any]:
    return data["axes"][axis]["objectives"][0]["actions"][0]["milestones"][index]


def counts(session) -> dict[str, int]:
    return {t.__tablename__: session.scalar(select(func.count()).select_from(t)) for t in TABLES}


def refused(session, path: Path) -> list[str]:
    """Import a plan that must fail; check the database did not change; return the error lines."""
    import_plan_file(session, MINIMAL)
    before = counts(session)
    with pytest.raises(InputErrors) as caught:
        import_plan_file(session, path)
    assert counts(session) == before
    assert caught.value.source == str(path)
    return [str(e) for e in caught.value.errors]


def write(tmp_path: Path, data: dict[str, Any]) -> Path:
    path = tmp_path / "plan.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def _set(target: Callable[[dict], dict], key: str, value: Any) -> Callable[[dict], None]:
    return lambda d: target(d).__setitem__(key, value)


def _drop(target: Callable[[dict], dict], key: str) -> Callable[[dict], None]:
    return lambda d: target(d).pop(key)


CASES = {
    "bad date": (
        _set(lambda d: milestone(d, 0, 1), "due", "2025-13-01"),
        f"{M}[1].due: fecha inválida '2025-13-01'; use AAAA-MM-DD",
    ),
    "unknown quarter format": (
        _set(lambda d: milestone(d, 1, 0), "planned_progress", {"2026Q3": 50, "2026-T4": 100}),
        f"{M2}[0].planned_progress: trimestre inválido '2026Q3'; use AAAA-T1 … AAAA-T4, p. ej. 2026-T3",
    ),
    "milestone code repeated in another axis": (
        _set(lambda d: milestone(d, 1, 0), "code", "H1"),
        f"{M2}[0].code: código de hito duplicado 'H1'; ya usado en {M}[0]",
    ),
    "due before start": (
        lambda d: milestone(d, 0, 0).update(start="2026-05-01", due="2026-03-01"),
        f"{M}[0].due: la fecha de entrega 2026-03-01 es anterior a la de inicio 2026-05-01",
    ),
    "ODS outside 1-17": (
        _set(lambda d: d["axes"][0], "ods", [11, 0]),
        "axes[0].ods[1]: ODS fuera de rango 0; use un número del 1 al 17",
    ),
    "negative budget": (
        _set(lambda d: d["axes"][0]["objectives"][0], "budget", -10),
        "axes[0].objectives[0].budget: presupuesto negativo -10; debe ser 0 o mayor",
    ),
    "missing required field": (
        _drop(lambda d: milestone(d, 0, 1), "responsible"),
        f"{M}[1].responsible: falta este campo obligatorio",
    ),
    "unknown key": (
        _set(lambda d: d["axes"][1], "nombre", "Eje"),
        "axes[1].nombre: clave desconocida; ¿quiso decir 'name'? claves válidas: budget, code, description, "
        "keywords, name, objectives, ods",
    ),
    "axis code repeated": (
        _set(lambda d: d["axes"][1], "code", "E1"),
        "axes[1].code: código de eje duplicado 'E1'; ya usado en axes[0]",
    ),
    "indicator on an unknown axis": (
        _set(lambda d: d["indicators"][0], "axis", "E9"),
        "indicators[0].axis: eje desconocido 'E9'; ejes del plan: E1, E2",
    ),
    "milestone starts before its action": (
        _set(lambda d: d["axes"][1]["objectives"][0]["actions"][0], "start", "2026-05-01"),
        f"{M2}[0].start: el hito empieza antes que su acción: inicio 2026-04-01, y la acción empieza el 2026-05-01; "
        "corrija una de las dos fechas",
    ),
    "milestone ends after its action": (
        _set(lambda d: d["axes"][0]["objectives"][0]["actions"][0], "end", "2026-09-30"),
        f"{M}[0].due: el hito termina después que su acción: entrega 2026-12-31, y la acción termina el 2026-09-30; "
        "corrija una de las dos fechas",
    ),
    "milestone outside the plan period": (
        _set(lambda d: milestone(d, 0, 0), "due", "2027-02-01"),
        f"{M}[0].due: la fecha 2027-02-01 está fuera del periodo del plan (2026-01-01 a 2026-12-31)",
    ),
    "planned progress going down": (
        _set(lambda d: milestone(d, 1, 0), "planned_progress", {"2026-T2": 60, "2026-T3": 50, "2026-T4": 100}),
        f"{M2}[0].planned_progress.2026-T3: el avance planeado (50) es menor que el de 2026-T2 (60); debe ser acumulado",
    ),
    "planned progress out of range": (
        _set(lambda d: milestone(d, 1, 0), "planned_progress", {"2026-T3": 120, "2026-T4": 100}),
        f"{M2}[0].planned_progress.2026-T3: valor fuera de rango 120; debe estar entre 0 y 100",
    ),
    "semáforo thresholds upside down": (
        _set(lambda d: d, "settings", {"semaforo": {"verde": 0.6, "amarillo": 0.8}}),
        "settings.semaforo.amarillo: el umbral amarillo (0.8) debe ser menor que el verde (0.6)",
    ),
    "DANE code as a number": (
        _set(lambda d: d["city"], "dane_code", 5001),
        "city.dane_code: código DANE inválido '5001'; escriba entre comillas 5 dígitos para un municipio "
        "(p. ej. \"05001\") o 2 para un departamento",
    ),
    "empty list of milestones": (
        _set(lambda d: d["axes"][1]["objectives"][0]["actions"][0], "milestones", []),
        "axes[1].objectives[0].actions[0].milestones: debe tener al menos un hito",
    ),
    "weight not positive": (
        _set(lambda d: milestone(d, 0, 1), "weight", 0),
        f"{M}[1].weight: peso inválido 0; debe ser mayor que 0",
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_each_error_names_its_place_and_nothing_is_written(session, tmp_path, case):
    mutate, expected = CASES[case]
    data = base()
    mutate(data)
    assert refused(session, write(tmp_path, data)) == [expected]


def test_all_errors_are_reported_in_one_pass(session, tmp_path):
    data = base()
    for name in ("bad date", "ODS outside 1-17", "negative budget", "unknown key", "missing required field"):
        CASES[name][0](data)
    errors = refused(session, write(tmp_path, data))
    assert sorted(errors) == sorted(CASES[name][1] for name in (
        "bad date", "ODS outside 1-17", "negative budget", "unknown key", "missing required field"))


def test_yaml_syntax_error_gives_line_and_column(session, tmp_path):
    path = tmp_path / "plan.yaml"
    path.write_text("city:\n  name: Prueba\n  dane_code: \"99999\"\nname: Plan: roto\n", encoding="utf-8")
    assert refused(session, path) == [
        "línea 4, columna 11: sintaxis YAML inválida: no se permite ':' aquí "
        "(¿falta un espacio después de ':' o unas comillas?)"
    ]


def test_repeated_yaml_key_is_an_error(session, tmp_path):
    text = MINIMAL.read_text(encoding="utf-8").replace("name: Plan de prueba 2026\n",
                                                       "name: Plan de prueba 2026\nname: Otro nombre\n")
    path = tmp_path / "plan.yaml"
    path.write_text(text, encoding="utf-8")
    assert refused(session, path) == ["línea 7: clave repetida 'name'; cada clave va una sola vez"]


def test_missing_file_is_an_input_error(session, tmp_path):
    from models.errors import InputError

    with pytest.raises(InputError, match="no se encontró el archivo"):
        import_plan_file(session, tmp_path / "no-existe.yaml")
