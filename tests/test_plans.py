"""Plan import: the sample plans load, a changed plan becomes a new version, progress stays attached."""
from __future__ import annotations

from pathlib import Path

import yaml
from sqlalchemy import func, select

from flows.cli import main
from models.db import session_scope
from models.plans import current_plan, import_plan_file, plan_milestones
from models.progress import ProgressRow, save_progress
from models.schema import City, Indicator, Milestone, Plan, ProgressReport
from models.tracking import evaluate_plan
from tests.conftest import FIXTURES, REPO

PLANS = REPO / "models" / "data" / "plans"
MINIMAL = FIXTURES / "plans" / "minimal.yaml"


def test_bogota_sample_has_its_four_lines_of_action_and_the_50_instruments_target(session):
    plan = import_plan_file(session, PLANS / "bogota.yaml")
    assert (plan.city_code, plan.version, plan.is_current) == ("11001", 1, True)
    assert session.get(City, "11001").name == "Bogotá D.C."
    assert [(a.code, a.name) for a in plan.axes] == [
        ("B1", "Demandar recursos y experiencias internacionales para Bogotá"),
        ("B2", "Ofrecer recursos y experiencias desde Bogotá hacia el mundo"),
        ("B3", "Fortalecer el sistema de gobernanza internacional del Distrito"),
        ("B4", "Comunicar la internacionalización de Bogotá"),
    ]
    assert all(3 <= sum(len(a.milestones) for o in axis.objectives for a in o.actions) <= 5 for axis in plan.axes)
    assert all(any(k.isascii() for k in axis.keywords) and axis.ods for axis in plan.axes)
    target = session.scalar(select(Indicator).where(Indicator.plan_id == plan.id, Indicator.code == "B-IND-01"))
    assert target.targets["2027-T4"] == 50 and target.axis.code == "B1" and target.example
    assert all(m.example for _, m in plan_milestones(plan))


def test_cartagena_sample_has_its_six_lines_and_its_own_thresholds(session):
    plan = import_plan_file(session, PLANS / "cartagena.yaml")
    assert plan.city_code == "13001"
    assert [a.name for a in plan.axes] == [
        "Cartagena Multilingüe", "Cartagena Origen Global", "Cartagena 365 días",
        "Cartagena Competitiva y Compatible con el Clima", "Marca Ciudad: Cartagena Ciudad ODS",
        "Cartagena Diversa e Inclusiva",
    ]
    assert plan.settings["semaforo"] == {"verde": 0.85, "amarillo": 0.65}
    assert session.get(City, "13001").department == "Bolívar"


def test_sample_milestones_give_a_realistic_mix_at_2026_T3(session):
    for name in ("bogota", "cartagena"):
        import_plan_file(session, PLANS / f"{name}.yaml")
    for city in ("11001", "13001"):
        planned = [m.planned for m in evaluate_plan(session, city, "2026-T3").milestones()]
        assert any(p == 0 for p in planned) and any(p == 100 for p in planned) and any(0 < p < 100 for p in planned)


def test_reimporting_an_unchanged_plan_keeps_its_version(session):
    first = import_plan_file(session, MINIMAL)
    again = import_plan_file(session, MINIMAL)
    assert again.id == first.id and again.version == 1
    assert session.scalar(select(func.count()).select_from(Plan)) == 1


def test_a_changed_plan_becomes_version_2_and_keeps_progress_attached(session, tmp_path: Path):
    import_plan_file(session, MINIMAL)
    save_progress(session, [ProgressRow(2, "99999", "2026-T3", "H1", 40.0, 100.0, "ORI", None)])
    data = yaml.safe_load(MINIMAL.read_text(encoding="utf-8"))
    data["name"] = "Plan de prueba 2026 (revisado)"
    data["city"]["name"] = "Municipio de Prueba Renombrado"
    changed = tmp_path / "changed.yaml"
    changed.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")

    second = import_plan_file(session, changed)

    assert second.version == 2 and second.is_current
    versions = session.execute(select(Plan.version, Plan.is_current).order_by(Plan.version)).all()
    assert versions == [(1, False), (2, True)]
    assert current_plan(session, "99999").id == second.id
    assert session.get(City, "99999").name == "Municipio de Prueba Renombrado"
    assert session.scalar(select(func.count()).select_from(Milestone).where(Milestone.code == "H1")) == 2
    status = evaluate_plan(session, "99999", "2026-T3")
    h1 = next(m for m in status.milestones() if m.code == "H1")
    assert (h1.reported, h1.budget_executed) == (40.0, 100.0)
    # 2026-T3 was reported against version 1 and keeps it; the next quarter is judged against version 2.
    assert (status.plan_version, status.current_version, status.plan_name) == (1, 2, "Plan de prueba 2026")
    assert evaluate_plan(session, "99999", "2026-T4").plan_version == 2
    assert session.scalar(select(func.count()).select_from(ProgressReport)) == 1


def test_cli_imports_a_plan_and_prints_a_spanish_summary(vigia_home, capsys):
    assert main(["plan", "import", str(PLANS / "bogota.yaml")]) == 0
    out = capsys.readouterr().out
    assert "Ciudad: Bogotá D.C. (DANE 11001)" in out
    assert "Versión: 1" in out and "Ejes: 4" in out and "Hitos: 16" in out
    assert "1 de enero de 2024" in out

    assert main(["plan", "import", str(PLANS / "bogota.yaml")]) == 0
    assert "Sin cambios" in capsys.readouterr().out
    assert main(["plan", "list"]) == 0
    assert "Bogotá D.C. (DANE 11001) · versión 1" in capsys.readouterr().out


def test_cli_refuses_a_broken_plan_with_exit_status_2_and_writes_nothing(vigia_home, capsys):
    status = main(["plan", "import", str(FIXTURES / "plans" / "broken.yaml")])
    err = capsys.readouterr().err
    assert status == 2
    assert "axes[0].objectives[0].actions[0].milestones[0].due: fecha inválida '2026-13-01'; use AAAA-MM-DD" in err
    assert "axes[0].budget: presupuesto negativo -1; debe ser 0 o mayor" in err
    assert "axes[0].ods[0]: ODS fuera de rango 18; use un número del 1 al 17" in err
    with session_scope() as s:
        assert s.scalar(select(func.count()).select_from(Plan)) == 0
        assert s.scalar(select(func.count()).select_from(City)) == 0


class _HeadOne:
    """Standard output read by `head -1`: the first line goes through, then the reader is gone."""

    def __init__(self) -> None:
        self.text = ""

    def write(self, text: str) -> int:
        if "\n" in self.text:
            raise BrokenPipeError(32, "Broken pipe")
        self.text += text
        return len(text)

    def flush(self) -> None:
        pass


def test_plan_import_piped_into_head_keeps_the_plan_it_announced(vigia_home, monkeypatch):
    # `vigia plan import plan.yaml | head -1` printed «Plan importado: …» and then, when the pipe
    # closed, rolled the import back: the ORI was told the plan was in and it was not.
    out = _HeadOne()
    monkeypatch.setattr("sys.stdout", out)
    try:
        main(["plan", "import", str(MINIMAL)])
    except BrokenPipeError:
        pass
    assert out.text.startswith("Plan importado")
    with session_scope() as s:
        assert current_plan(s, "99999") is not None


def test_plan_list_shows_the_current_version_and_the_earlier_ones(vigia_home, capsys, tmp_path: Path):
    data = yaml.safe_load((PLANS / "bogota.yaml").read_text(encoding="utf-8"))
    assert main(["plan", "import", str(PLANS / "bogota.yaml")]) == 0
    data["name"] = data["name"] + " (revisado)"
    changed = tmp_path / "bogota-v2.yaml"
    changed.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    assert main(["plan", "import", str(changed)]) == 0
    capsys.readouterr()
    assert main(["plan", "list"]) == 0
    out = capsys.readouterr().out
    assert "Bogotá D.C. (DANE 11001) · versión 2" in out and "versiones anteriores: 1 (importada el" in out
