"""The five sample plans import with the guide's axes, responsible people, partners and catalogue links."""
from __future__ import annotations

import pytest
import yaml
from sqlalchemy import select

from flows.cli import main
from models.errors import InputErrors
from models.plans import import_plan_file, plan_milestones
from models.schema import Indicator
from tests.conftest import FIXTURES, REPO

PLANS = REPO / "models" / "data" / "plans"


@pytest.mark.parametrize(("name", "code", "axes"), [
    ("barranquilla", "08001", ["Diplomacia de ciudad", "Cooperación internacional", "Inversión extranjera",
                               "Posicionamiento"]),
    ("cali", "76001", ["Posicionar a Santiago de Cali a nivel internacional",
                       "Atraer recursos financieros y técnicos de cooperación internacional",
                       "Fortalecer en los organismos de la Alcaldía de Cali la capacidad para el desarrollo de la "
                       "acción internacional"]),
    ("medellin", "05001", ["Atracción de inversión extranjera directa", "Financiación internacional al desarrollo",
                           "Posicionamiento"]),
])
def test_new_sample_plans_carry_the_guides_axes_and_invented_milestones_marked_as_examples(session, name, code, axes):
    plan = import_plan_file(session, PLANS / f"{name}.yaml")
    assert plan.city_code == code
    assert [a.name for a in plan.axes] == axes
    milestones = [m for _, m in plan_milestones(plan)]
    assert milestones and all(m.example for m in milestones)
    indicators = session.scalars(select(Indicator).where(Indicator.plan_id == plan.id)).all()
    assert indicators and all(x.example and x.catalogue_code for x in indicators)
    assert all(a.partners for o in plan.axes[0].objectives for a in o.actions)


def test_every_sample_plan_imports_side_by_side(vigia_home, capsys):
    for path in sorted(PLANS.glob("*.yaml")):
        assert main(["plan", "import", str(path)]) == 0
    assert main(["plan", "list"]) == 0
    out = capsys.readouterr().out
    for city in ("Barranquilla (DANE 08001)", "Santiago de Cali (DANE 76001)", "Medellín (DANE 05001)",
                 "Bogotá D.C. (DANE 11001)", "Cartagena de Indias (DANE 13001)"):
        assert city in out


def test_indicator_measure_accumulation_and_email_are_validated_by_name(session, tmp_path):
    data = yaml.safe_load((FIXTURES / "plans" / "sheet_equivalent.yaml").read_text(encoding="utf-8"))
    data["indicators"][0].update(measure="porcentual", accumulation="suma")
    data["axes"][0]["objectives"][0]["actions"][0]["responsible_email"] = "ana.perez@"
    path = tmp_path / "plan.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    with pytest.raises(InputErrors) as caught:
        import_plan_file(session, path)
    assert [str(e) for e in caught.value.errors] == [
        "axes[0].objectives[0].actions[0].responsible_email: correo inválido 'ana.perez@'; use p. ej. "
        "nombre@alcaldia.gov.co",
        "indicators[0].measure: valor inválido 'porcentual'; use uno de: number, percentage, money, yes_no, qualitative",
        "indicators[0].accumulation: valor inválido 'suma'; use uno de: stock, flow, cumulative, capacity, reduction",
    ]


@pytest.mark.parametrize("name", ["bogota", "cartagena", "barranquilla", "cali", "medellin"])
def test_sample_milestones_have_invented_e_mails_and_the_demo_as_reminder_sender(session, name):
    plan = import_plan_file(session, PLANS / f"{name}.yaml")
    emails = {m.responsible_email for _, m in plan_milestones(plan)}
    emails |= {a.responsible_email for axis in plan.axes for o in axis.objectives for a in o.actions
               if a.responsible_email}
    assert None not in emails and all(e.endswith(".example") for e in emails), emails  # reserved (RFC 2606)
    # The loopback SMTP server of `vigia demo`, its port given at send time: no secret in the file.
    assert plan.settings["reminder_sender"].startswith("mailto://127.0.0.1:${VIGIA_DEMO_SMTP_PORT}?from=")
    assert plan.settings["reminder_sender"].endswith(".example&mode=insecure")
