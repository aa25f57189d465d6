"""Indicators against their target for a quarter, respecting direction and accumulation type.

An indicator is judged in a quarter only when it has a target for that quarter. How quarterly
values add up follows DNP's accumulation types:
- flow: each quarter stands alone — the quarter's value against the quarter's target;
- cumulative: values add up — the sum of quarterly values to date against the quarter's target;
- stock: a level at a point in time — the quarter's value against its target;
- capacity: installed capacity is not lost — the highest value to date against the target;
- reduction: progress is what was cut from the baseline — (baseline − value) / (baseline − target).
A target is always the figure to show at the end of its quarter (for cumulative indicators the
running total, as a plan says "50 instruments by 2027"); the values are what each quarter reported.
Achievement is value/target when higher is better and target/value when lower is better (1 once
the value is at or under the target). Semáforo: verde within the city's tolerance of the target
(default 15 %, TolaData's ±15 %), amarillo down to the plan's amarillo threshold, rojo below.
Qualitative indicators carry no numeric target and are not judged.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from babel.numbers import format_decimal

from models.locale_co import LOCALE, dinero, porcentaje
from models.progress_checks import indicator_drop

NOT_JUDGED_MEASURES = frozenset({"qualitative"})


@dataclass
class IndicatorStatus:
    code: str
    name: str
    axis_code: str | None
    unit: str | None
    measure: str
    direction: str  # up | down
    accumulation: str  # stock | flow | cumulative | capacity | reduction
    baseline: float | None
    target: float  # for the period, accumulated as the type says
    actual: float | None  # None when the quarter's value did not arrive
    ratio: float | None  # achievement, 1.0 = on target
    semaforo: str
    missing: bool
    example: bool = False
    notes: list[str] = field(default_factory=list)  # figures that went down (models/progress_checks.py)

    def describe(self) -> str:
        """One Spanish sentence for ORI staff."""
        show = self.shown
        if self.missing:
            return f"No llegó el valor del indicador para el trimestre; la meta era {show(self.target)}."
        better = "mayor" if self.direction == "up" and self.accumulation != "reduction" else "menor"
        return (f"Valor {show(self.actual)} frente a la meta {show(self.target)} "
                f"({'acumulado a la fecha' if self.accumulation == 'cumulative' else 'del periodo'}; mejor {better}): "
                f"{porcentaje((self.ratio or 0) * 100)} de cumplimiento.")

    def shown(self, value: float | None) -> str:
        """A target or value as the ORI reads it: 45 %, $ 1.500.000, sí, 12 convenios."""
        return show_value(self.measure, self.unit, value)


def show_value(measure: str | None, unit: str | None, value: float | None) -> str:
    """An indicator's target or value as the ORI reads it: 45 %, $ 1.500.000, sí, 12 convenios."""
    if value is None:
        return "—"
    if measure == "percentage":
        return porcentaje(value, 0 if float(value).is_integer() else 1)
    if measure == "money":
        return dinero(value)
    if measure == "yes_no":
        return "sí" if value >= 1 else "no"
    return _value(value) + (f" {unit}" if unit else "")


def _value(value: float | None) -> str:
    """A number with up to two decimals, es-CO style: 1.234,5."""
    return "—" if value is None else format_decimal(value, format="#,##0.##", locale=LOCALE)


def _number(value) -> float | None:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def period_figures(accumulation: str, targets: dict[str, float], values: dict[str, float],
                   quarter: str) -> tuple[float, float | None]:
    """(target, actual) for the quarter, accumulated as the indicator's type says; actual None when missing."""
    target = targets[quarter]
    if quarter not in values:
        return target, None
    if accumulation == "cumulative":
        return target, sum(v for q, v in values.items() if q <= quarter)
    if accumulation == "capacity":
        return target, max(v for q, v in values.items() if q <= quarter)
    return target, values[quarter]  # flow, stock, reduction


def achievement(direction: str, accumulation: str, baseline: float | None, target: float, actual: float) -> float:
    """How much of the target was reached, 1.0 = on target, respecting direction and reduction."""
    if accumulation == "reduction" and baseline is not None and baseline != target:
        return max(0.0, (baseline - actual) / (baseline - target))
    if direction == "down" or accumulation == "reduction":
        if actual <= target:
            return 1.0
        return target / actual if actual > 0 and target > 0 else 0.0
    if target <= 0:
        return 1.0 if actual >= target else 0.0
    return max(0.0, actual / target)


def colour(ratio: float, tolerance: float, limits: dict[str, float]) -> str:
    """Verde within the tolerance of the target, amarillo down to the plan's amarillo threshold, else rojo."""
    if ratio >= 1 - tolerance:
        return "verde"
    if ratio >= min(limits["amarillo"], 1 - tolerance):
        return "amarillo"
    return "rojo"


def judge_indicator(indicator, axis_code: str | None, values: dict[str, float], quarter: str, tolerance: float,
                    limits: dict[str, float], window_closed: bool) -> IndicatorStatus | None:
    """The indicator's status for the quarter, or None when it has no numeric target for it."""
    if indicator.measure in NOT_JUDGED_MEASURES:
        return None
    targets = {q: t for q, raw in (indicator.targets or {}).items() if (t := _number(raw)) is not None}
    if quarter not in targets:
        return None
    target, actual = period_figures(indicator.accumulation or "flow", targets, values, quarter)
    if actual is None:
        ratio, semaforo = None, ("rojo" if window_closed else "amarillo")
    else:
        ratio = round(achievement(indicator.direction or "up", indicator.accumulation or "flow",
                                  indicator.baseline, target, actual), 4)
        semaforo = colour(ratio, tolerance, limits)
    drop = None
    if quarter in values:
        drop = indicator_drop("El indicador", indicator.accumulation, values, quarter, values[quarter],
                              lambda v: show_value(indicator.measure, indicator.unit, v))
    return IndicatorStatus(
        code=indicator.code, name=indicator.name, axis_code=axis_code, unit=indicator.unit,
        measure=indicator.measure, direction=indicator.direction, accumulation=indicator.accumulation,
        baseline=indicator.baseline, target=round(target, 4), actual=None if actual is None else round(actual, 4),
        ratio=ratio, semaforo=semaforo, missing=actual is None, example=bool(indicator.example),
        notes=[f"{drop}; confirme si es una corrección."] if drop else [],
    )
