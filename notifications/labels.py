"""The Spanish words ORI staff read for Vigía's codes: ODS, GLOBO categories, semáforo, deviations."""
from __future__ import annotations

# Short official Spanish names of the Sustainable Development Goals.
ODS_NAMES = {
    1: "Fin de la pobreza",
    2: "Hambre cero",
    3: "Salud y bienestar",
    4: "Educación de calidad",
    5: "Igualdad de género",
    6: "Agua limpia y saneamiento",
    7: "Energía asequible y no contaminante",
    8: "Trabajo decente y crecimiento económico",
    9: "Industria, innovación e infraestructura",
    10: "Reducción de las desigualdades",
    11: "Ciudades y comunidades sostenibles",
    12: "Producción y consumo responsables",
    13: "Acción por el clima",
    14: "Vida submarina",
    15: "Vida de ecosistemas terrestres",
    16: "Paz, justicia e instituciones sólidas",
    17: "Alianzas para lograr los objetivos",
}

# GLOBO's four families of opportunities.
CATEGORY_LABELS = {
    "subvenciones": "Subvenciones y financiamiento",
    "convocatorias": "Convocatorias",
    "premios": "Premios",
    "educacion": "Educación: becas, cursos, prácticas",
}

DEVIATION_LABELS = {
    "behind_schedule": "atrasado frente a lo planeado",
    "overdue": "vencido sin terminar",
    "missing_report": "sin reporte de avance",
    "budget_under_executed": "presupuesto sub-ejecutado",
    "budget_over_executed": "presupuesto sobre-ejecutado",
    "indicator_off_target": "indicador por debajo de la meta",
    "indicator_missing": "indicador sin valor reportado",
}

# Colour, text colour and a shape, so the state never depends on colour alone.
SEMAFORO_STYLE = {
    "verde": ("#1e7b34", "#ffffff", "●"),
    "amarillo": ("#f2c200", "#1a1a1a", "▲"),
    "rojo": ("#b42318", "#ffffff", "■"),
}
UNKNOWN_SEMAFORO = ("#5f6368", "#ffffff", "?")


def ods_label(number: int | str) -> str:
    """'ODS 11 (Ciudades y comunidades sostenibles)'."""
    try:
        n = int(number)
    except (TypeError, ValueError):
        return f"ODS {number}"
    name = ODS_NAMES.get(n)
    return f"ODS {n} ({name})" if name else f"ODS {n}"


def category_label(category: str | None) -> str:
    """GLOBO's name for an opportunity's family."""
    return CATEGORY_LABELS.get((category or "").lower(), (category or "sin categoría").capitalize())


def deviation_label(kind: str) -> str:
    """A deviation kind in words."""
    return DEVIATION_LABELS.get(kind, kind.replace("_", " "))
