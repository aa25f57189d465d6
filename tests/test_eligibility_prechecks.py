"""The cheap tests that let eligibility and text skip a costly pattern must hold wherever the pattern can match."""
from __future__ import annotations

import re

from models import colombia as C
from models import eligibility as E
from models.text import fold, ods_mentioned


def test_every_inhabitants_word_passes_the_population_precheck():
    words = re.search(r"\(\?:([a-z|]+)\)$", E._PEOPLE).group(1).split("|")
    assert words and all(E._POPULATION_WORD.search(w) for w in words)
    for pattern in (E.POPULATION_FIRST_MIN, E.POPULATION_FIRST_MAX, E.POPULATION_RANGE):
        assert "(?:population|poblacion|populacao)" in pattern.pattern


def test_population_limits_are_still_read():
    text = fold("Municipios de más de 100.000 habitantes y población inferior a un millón; entre 5.000 y 50.000 habitantes")
    assert E._may_state_population(E._figures_as_digits(text))
    assert E._figures_as_digits("ciudades de menos de un millon de habitantes") == "ciudades de menos de 1 millon de habitantes"
    assert E._figures_as_digits("ciudades de hasta medio millon de habitantes") == "ciudades de hasta 500000 de habitantes"


def test_towns_listed_with_their_department_are_still_found():
    folded = fold("en Zarzal, Bugalagrande, La Victoria, Riofrío o Bolívar (Valle del Cauca)")
    assert [m.group("department") for m in C._towns_of_department(folded)] == ["valle del cauca"]
    assert C._towns_of_department("en zarzal, bugalagrande o bolivar (un municipio)") == []


def test_island_caribbean_and_capitals_and_ods_still_read():
    assert "antillas" in E._island_caribbean("paises de centroamerica y el caribe")
    assert E._capitals_only("solo pueden postular las ciudades capitales de america latina")
    assert ods_mentioned("Contribuye al ODS 11 y al SDG 13") == {11, 13}


def test_a_name_is_found_only_where_its_pattern_matches():
    assert C._name_found("cauca", "municipios del cauca").group(0) == "cauca"
    assert C._name_found("valle", "el valle de tenza") is None and C._name_found("cauca", "caucasia") is None
