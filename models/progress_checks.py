"""Reported figures that go down where they should not: accepted (corrections happen), but said out loud.

- A milestone's physical progress is cumulative: a report lower than the last earlier quarter's.
- A capacity indicator reports what is installed to date, and capacity is not lost
  (models/indicator_tracking.py): a value lower than the last earlier quarter's.
- A cumulative indicator reports what each quarter added and Vigía sums the quarters: a quarter
  lower than the one before is normal for it and is not flagged; a negative value is, because it
  makes the running total go down.

`vigia progress import` prints these as warnings naming sheet, row and column (the figures are
imported all the same); tracking shows them as notes on the milestone or indicator.
"""
from __future__ import annotations

from collections.abc import Callable

from models.locale_fast import porcentaje

ADVICE = "Se importó igual; si no es una corrección, revise el dato."


def percent(value: float) -> str:
    return porcentaje(value, 0 if float(value).is_integer() else 1)


def last_before(values: dict[str, float], quarter: str) -> tuple[str, float] | None:
    """The latest quarter before `quarter` with a value, and that value."""
    earlier = [q for q in values if q < quarter]
    return (max(earlier), values[max(earlier)]) if earlier else None


def progress_drop(subject: str, values: dict[str, float], quarter: str, value: float) -> str | None:
    """'{subject} baja de 60 % en 2026-T2 a 45 % en 2026-T3', or None when it did not go down."""
    previous = last_before(values, quarter)
    if previous is None or value >= previous[1]:
        return None
    return f"{subject} baja de {percent(previous[1])} en {previous[0]} a {percent(value)} en {quarter}"


def indicator_drop(subject: str, accumulation: str | None, values: dict[str, float], quarter: str, value: float,
                   shown: Callable[[float], str]) -> str | None:
    """The sentence for a capacity value lower than the last one, or a cumulative total going down; else None."""
    if accumulation == "capacity":
        previous = last_before(values, quarter)
        if previous is not None and value < previous[1]:
            return (f"{subject} es de capacidad (lo instalado no se pierde) y su valor baja de {shown(previous[1])} "
                    f"en {previous[0]} a {shown(value)} en {quarter}")
    elif accumulation == "cumulative" and value < 0:
        before = sum(v for q, v in values.items() if q < quarter)
        return (f"{subject} es acumulativo (se suman los valores de los trimestres) y el de {quarter} es negativo "
                f"({shown(value)}): el acumulado baja de {shown(before)} a {shown(before + value)}")
    return None
