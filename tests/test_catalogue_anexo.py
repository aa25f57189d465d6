from __future__ import annotations

from models.catalogue import catalogue_codes, load_catalogue


def test_catalogue_has_16_criteria_with_three_yes_no_questions_each():
    cat = load_catalogue()
    assert len(cat.criteria) == 16
    assert all(len(c.questions) == 3 and all(q.startswith("¿") and q.endswith("?") for q in c.questions)
               for c in cat.criteria)
    assert len({c.code for c in cat.criteria}) == 16


def test_catalogue_has_64_quantitative_indicators_in_the_guides_7_groups():
    cat = load_catalogue()
    assert len(cat.indicators) == 64
    assert list(cat.groups().values()) == [
        "Posicionamiento estratégico internacional", "Cooperación al desarrollo descentralizada",
        "Cooperación multilateral", "Actividad económica", "Intercambio académico y cultural",
        "Actividad migratoria y demográfica", "Gestión internacional institucional"]
    assert cat.name_of("AE-05") == "Inversión extranjera directa (IED)"
    assert len(catalogue_codes()) == 80
