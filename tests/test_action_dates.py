"""Actions' own planned start and end: loaded, checked by place, in the workbook, stored, and tracking's fallback."""
from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml
from openpyxl import load_workbook
from sqlalchemy import func, select

from models.errors import InputErrors
from models.plan_file import read_plan_file
from models.plans import import_plan_file
from models.progress_xlsx import due_milestones
from models.schema import Action, Axis, City, Indicator, Milestone, Objective, Plan
from models.tracking import evaluate_plan
from tests.conftest import FIXTURES
from tests.test_plans_xlsx import plan_workbook

MINIMAL = FIXTURES / "plans" / "minimal.yaml"
A = "axes[0].objectives[0].actions[0]"  # E1's action A1: milestones H1, H2
TABLES = (City, Plan, Axis, Objective, Action, Milestone, Indicator)


def variant(tmp_path: Path, change) -> Path:
    data = yaml.safe_load(MINIMAL.read_text(encoding="utf-8"))
    change(data)
    path = tmp_path / "plan.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def action(data: dict[str, Any], axis: int = 0) -> dict[str, Any]:
    return data["axes"][axis]["objectives"][0]["actions"][0]


def counts(session) -> dict[str, int]:
    return {t.__tablename__: session.scalar(select(func.count()).select_from(t)) for t in TABLES}


def test_action_dates_are_read_and_stored(session, tmp_path):
    # E2's action holds H3 (2026-04-01 to 2026-12-31) and H4 (2026-10-01 to 2026-12-31).
    path = variant(tmp_path, lambda d: action(d, 1).update(start="2026-03-15", end="2026-12-31"))
    spec = read_plan_file(path)
    assert (spec.axes[1].objectives[0].actions[0].start, spec.axes[1].objectives[0].actions[0].end) == \
        (date(2026, 3, 15), date(2026, 12, 31))
    import_plan_file(session, path)
    stored = [(a.start, a.end) for a in session.scalars(select(Action).order_by(Action.id))]
    assert stored == [(None, None), (date(2026, 3, 15), date(2026, 12, 31))]  # E1's action has no dates


def test_a_plan_without_action_dates_keeps_the_fingerprint_it_had_before_they_existed(session):
    # Computed before actions had dates: a stored plan re-imported unchanged must not become a new version.
    assert read_plan_file(MINIMAL).fingerprint() == "f43dc5c1f205970b535d8e33d80e4a13175fde5102c3915346c42102e2274bd3"


def test_setting_an_action_date_is_a_change_of_plan(session, tmp_path):
    first = import_plan_file(session, MINIMAL)
    second = import_plan_file(session, variant(tmp_path, lambda d: action(d).update(start="2026-01-01")))
    assert (first.version, second.version) == (1, 2)


@pytest.mark.parametrize(("change", "expected"), [
    (lambda d: action(d).update(start="2026-06-01", end="2026-03-01"),
     [f"{A}.end: la fecha de fin de la acción 2026-03-01 es anterior a la de inicio 2026-06-01"]),
    (lambda d: action(d).update(start="2025-12-01", end="2027-01-15"),
     [f"{A}.start: la fecha 2025-12-01 está fuera del periodo del plan (2026-01-01 a 2026-12-31)",
      f"{A}.end: la fecha 2027-01-15 está fuera del periodo del plan (2026-01-01 a 2026-12-31)"]),
    (lambda d: action(d).update(end="2026-02-30"),
     [f"{A}.end: fecha inválida '2026-02-30'; use AAAA-MM-DD"]),
    (lambda d: (action(d).update(start="2026-07-01"), [x.pop("start") for x in action(d)["milestones"]]),
     [f"{A}.milestones[1].due: la fecha de entrega 2026-06-30 es anterior al inicio de su acción (2026-07-01); "
      "corrija la fecha o dé al hito su propio inicio (start)"]),
    (lambda d: (action(d, 1).update(start="2026-07-01"), action(d, 1)["milestones"][0].pop("start")),
     ["axes[1].objectives[0].actions[0].milestones[0].planned_progress.2026-T2: el trimestre termina antes del "
      "inicio del hito (2026-07-01)"]),
], ids=["end-before-start", "outside-period", "bad-date", "milestone-due-before-action-start",
        "planned-quarter-before-action-start"])
def test_bad_action_dates_are_named_by_place_and_nothing_is_written(session, tmp_path, change, expected):
    import_plan_file(session, MINIMAL)
    before = counts(session)
    with pytest.raises(InputErrors) as caught:
        import_plan_file(session, variant(tmp_path, change))
    assert [str(e) for e in caught.value.errors] == expected
    assert counts(session) == before


def test_workbook_action_dates_round_trip_and_are_stored(session, tmp_path):
    path = plan_workbook(tmp_path / "plan.xlsx")
    assert [c.value for c in load_workbook(path)["Acciones"][1]][-3:] == ["Presupuesto", "Inicio", "Fin"]
    spec = read_plan_file(path)
    assert spec == read_plan_file(FIXTURES / "plans" / "sheet_equivalent.yaml")
    import_plan_file(session, path)
    stored = session.scalar(select(Action).where(Action.code == "E1.O1.A1"))
    assert (stored.start, stored.end) == (date(2026, 1, 1), date(2026, 12, 31))


def test_workbook_end_before_start_names_sheet_row_and_column(session, tmp_path):
    def spoil(book):
        book["Acciones"]["J2"] = "2025-12-01"

    before = counts(session)
    with pytest.raises(InputErrors) as caught:
        import_plan_file(session, plan_workbook(tmp_path / "plan.xlsx", spoil))
    assert [str(e) for e in caught.value.errors] == [
        "hoja «Acciones», fila 2, columna «Fin» (J2): la fecha de fin de la acción 2025-12-01 es anterior a la de "
        "inicio 2026-01-01",
        "hoja «Acciones», fila 2, columna «Fin» (J2): la fecha 2025-12-01 está fuera del periodo del plan "
        "(2026-01-01 a 2026-12-31)",
    ]
    assert counts(session) == before


def test_a_workbook_from_the_older_template_without_action_dates_still_imports(session, tmp_path):
    def older(book):
        book["Acciones"].delete_cols(9, 2)  # the template before actions had Inicio and Fin

    spec = read_plan_file(plan_workbook(tmp_path / "plan.xlsx", older))
    assert (spec.axes[0].objectives[0].actions[0].start, spec.axes[0].objectives[0].actions[0].end) == (None, None)


def _without_h1_start(data: dict[str, Any], action_start: str | None) -> None:
    action(data)["milestones"][0].pop("start")  # H1: due 2026-12-31, no start of its own
    if action_start:
        action(data).update(start=action_start)
        action(data)["milestones"][1].update(start=action_start, due="2026-12-31")  # H2 stays inside its action


def test_a_milestone_without_start_plans_its_progress_from_its_actions_start(session, tmp_path):
    import_plan_file(session, variant(tmp_path, lambda d: _without_h1_start(d, None)))
    plan_default = {m.code: m.planned for m in evaluate_plan(session, "99999", "2026-T3").milestones()}
    import_plan_file(session, variant(tmp_path, lambda d: _without_h1_start(d, "2026-07-01")))
    with_action = {m.code: m.planned for m in evaluate_plan(session, "99999", "2026-T3").milestones()}
    assert plan_default["H1"] == pytest.approx(100 * 272 / 364, abs=0.01)  # from the plan's start, as before
    assert with_action["H1"] == pytest.approx(100 * 91 / 183, abs=0.01)  # from the action's start, 2026-07-01
    assert {k: with_action[k] for k in ("H3", "H4")} == {k: plan_default[k] for k in ("H3", "H4")}  # E2: unaffected


def test_the_progress_sheet_lists_a_milestone_only_once_its_action_has_started(session, tmp_path):
    from models.quarters import Quarter

    plan = import_plan_file(session, variant(tmp_path, lambda d: _without_h1_start(d, "2026-10-01")))
    listed = {m.code for m, _ in due_milestones(session, plan, Quarter.parse("2026-T3"))}
    assert "H1" not in listed and "H3" in listed
    assert "H1" in {m.code for m, _ in due_milestones(session, plan, Quarter.parse("2026-T4"))}


def test_the_template_checks_dates_in_the_date_columns_found_by_header(tmp_path):
    from models.plan_xlsx import write_plan_template

    book = load_workbook(write_plan_template(tmp_path / "plan.xlsx"))
    for title, columns in (("Hitos", ("Inicio", "Entrega")), ("Acciones", ("Inicio", "Fin"))):
        ws = book[title]
        letters = {c.value: c.column_letter for c in ws[1]}
        dated = {str(dv.sqref).split(":")[0] for dv in ws.data_validations.dataValidation if dv.type == "date"}
        assert dated == {f"{letters[c]}2" for c in columns}, title
