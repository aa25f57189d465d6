"""Read a plan YAML file into a validated PlanSpec, or say everything that is wrong with it.

The format is documented in models/plans.py. Every problem is collected in one pass and raised
together as InputErrors, each naming its place in the file (`axes[2].objectives[0].budget`) so a
person can fix them all at once; nothing here touches the database.
"""
from __future__ import annotations

import difflib
import hashlib
import json
import re
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from models.colombia import DEPARTMENTS
from models.errors import InputError, InputErrors
from models.files import read_utf8
from models.quarters import Quarter
from models.settings import validate_settings

ROOT_KEYS = {"city", "name", "period", "settings", "axes", "indicators"}
CITY_KEYS = {"name", "dane_code", "department"}
PERIOD_KEYS = {"start", "end"}
AXIS_KEYS = {"code", "name", "description", "keywords", "ods", "budget", "objectives"}
OBJECTIVE_KEYS = {"code", "name", "budget", "actions"}
ACTION_KEYS = {"code", "name", "responsible", "responsible_email", "responsible_area", "partners", "budget",
               "start", "end", "milestones"}
MILESTONE_KEYS = {"code", "name", "responsible", "responsible_email", "responsible_area", "start", "due", "budget",
                  "weight", "planned_progress", "example"}
INDICATOR_KEYS = {"code", "name", "axis", "unit", "measure", "direction", "accumulation", "baseline", "targets",
                  "catalogue", "example"}
# Action fields added after plans were first stored: left out of the fingerprint while empty.
_LATER_ACTION_FIELDS = ("start", "end")
MEASURES = ("number", "percentage", "money", "yes_no", "qualitative")
ACCUMULATIONS = ("stock", "flow", "cumulative", "capacity", "reduction")

_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DANE = re.compile(r"^(\d{2}|\d{5})$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")

# PyYAML's commonest complaints, said in Spanish; anything else keeps PyYAML's own words.
_YAML_PROBLEMS = {
    "mapping values are not allowed here": "no se permite ':' aquí (¿falta un espacio después de ':' o unas comillas?)",
    "could not find expected ':'": "falta ':' después de una clave",
    "found character '\\t' that cannot start any token": "hay un tabulador; YAML se indenta solo con espacios",
    "found unexpected end of stream": "el archivo termina antes de cerrar unas comillas o corchetes",
    "did not find expected key": "la indentación no es coherente con la de las líneas anteriores",
    "did not find expected '-' indicator": "la indentación de la lista no es coherente",
    "found undefined alias": "usa un alias (*nombre) que no está definido",
}


@dataclass(frozen=True)
class MilestoneSpec:
    code: str
    name: str
    responsible: str
    start: date | None
    due: date
    budget: float
    weight: float = 1.0
    planned_progress: dict[str, float] = field(default_factory=dict)
    example: bool = False
    responsible_email: str | None = None
    responsible_area: str | None = None


@dataclass(frozen=True)
class ActionSpec:
    code: str
    name: str
    responsible: str | None
    budget: float
    milestones: list[MilestoneSpec]
    responsible_email: str | None = None
    responsible_area: str | None = None
    partners: list[str] = field(default_factory=list)
    start: date | None = None
    end: date | None = None


@dataclass(frozen=True)
class ObjectiveSpec:
    code: str
    name: str
    budget: float
    actions: list[ActionSpec]


@dataclass(frozen=True)
class AxisSpec:
    code: str
    name: str
    description: str
    keywords: list[str]
    ods: list[int]
    budget: float
    objectives: list[ObjectiveSpec]


@dataclass(frozen=True)
class IndicatorSpec:
    code: str
    name: str
    axis: str | None
    unit: str | None
    direction: str
    baseline: float | None
    targets: dict[str, float]
    example: bool = False
    measure: str = "number"
    accumulation: str = "flow"
    catalogue: str | None = None


@dataclass(frozen=True)
class CitySpec:
    dane_code: str
    name: str
    department: str | None


@dataclass(frozen=True)
class PlanSpec:
    city: CitySpec
    name: str
    period_start: date
    period_end: date
    settings: dict[str, Any]
    axes: list[AxisSpec]
    indicators: list[IndicatorSpec]

    def fingerprint(self) -> str:
        """A hash of the content, so an unchanged file (comments aside) is recognised on re-import."""
        content = asdict(self)
        # Fields added later count only when set, so older hashes still match.
        for action in (a for axis in content["axes"] for o in axis["objectives"] for a in o["actions"]):
            for key in _LATER_ACTION_FIELDS:
                if action[key] is None:
                    del action[key]
        text = json.dumps(content, sort_keys=True, default=str, ensure_ascii=False)
        return hashlib.sha256(text.encode("utf-8")).hexdigest()

    def milestones(self) -> list[MilestoneSpec]:
        return [m for a in self.axes for o in a.objectives for ac in o.actions for m in ac.milestones]


class _PlanLoader(yaml.SafeLoader):
    """Safe YAML that leaves dates as text (so a bad date is our error, not a crash) and notes repeated keys."""

    def __init__(self, stream: str):
        super().__init__(stream)
        self.repeated: list[tuple[str, int]] = []

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if not isinstance(key, (str, int, float, bool)):
                continue
            if key in seen:
                self.repeated.append((str(key), key_node.start_mark.line + 1))
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


_PlanLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def load_yaml(text: str) -> tuple[Any, list[InputError]]:
    """Parse YAML text; a syntax error becomes an InputError with its line and column."""
    loader = _PlanLoader(text)
    try:
        data = loader.get_single_data()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f"línea {mark.line + 1}, columna {mark.column + 1}" if mark else None
        problem = (exc.problem or "").strip()
        said = _YAML_PROBLEMS.get(problem, f"({problem})" if problem else "")
        return None, [InputError(f"sintaxis YAML inválida: {said}" if said else "sintaxis YAML inválida", where)]
    except yaml.YAMLError as exc:
        return None, [InputError(f"sintaxis YAML inválida ({exc})")]
    finally:
        loader.dispose()
    repeated = [InputError(f"clave repetida '{key}'; cada clave va una sola vez", f"línea {line}")
                for key, line in loader.repeated]
    return data, repeated


def read_plan_file(path: Path) -> PlanSpec:
    """Read and validate a plan file (YAML, or an .xlsx workbook); raises InputErrors listing every problem."""
    path = Path(path)
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        from models.plan_xlsx import read_plan_workbook  # the same checks, errors by sheet, row and column

        return read_plan_workbook(path)
    data, errors = load_yaml(read_utf8(path))
    if data is None and not errors:
        errors = [InputError("el archivo está vacío; debe tener city, name, period y axes")]
    spec = None
    if data is not None:
        spec, problems = check_plan_data(data)
        errors += problems
    if errors or spec is None:
        raise InputErrors(errors, source=str(path))
    return spec


def check_plan_data(data: Any) -> tuple[PlanSpec | None, list[InputError]]:
    """Validate a parsed plan (from YAML or a workbook); errors name the field path, e.g. axes[0].budget."""
    checker = _Checker()
    spec = checker.plan(data)
    return spec, checker.errors


def _key(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _show(value: Any) -> str:
    return f"'{value}'"


class _Checker:
    """Walks the parsed YAML once, building specs and collecting every error with its path."""

    def __init__(self) -> None:
        self.errors: list[InputError] = []
        self.milestone_codes: dict[str, str] = {}
        self.axis_codes: set[str] = set()
        self.period: tuple[date, date] | None = None

    def error(self, where: str, message: str) -> None:
        self.errors.append(InputError(message, where or "(raíz del archivo)"))

    # --- shapes --------------------------------------------------------------------------

    def mapping(self, value: Any, path: str, allowed: set[str], required: set[str]) -> dict[str, Any] | None:
        """A mapping with only known keys and every required one; None (with errors) otherwise."""
        if not isinstance(value, dict):
            self.error(path, f"se esperaba un mapa (clave: valor); se encontró {_kind(value)}")
            return None
        for key in value:
            if key not in allowed:
                close = difflib.get_close_matches(str(key), sorted(allowed), n=1)
                hint = f" ¿quiso decir '{close[0]}'?" if close else ""
                self.error(_key(path, str(key)),
                           f"clave desconocida;{hint} claves válidas: {', '.join(sorted(allowed))}")
        for key in sorted(required):
            if value.get(key) is None:
                self.error(_key(path, key), "falta este campo obligatorio")
        return value

    def items(self, m: dict[str, Any], key: str, path: str, what: str, required: bool = True) -> list[Any]:
        """A list under `key`; required lists must have at least one element."""
        value = m.get(key)
        where = _key(path, key)
        if value is None:
            return []  # a missing required list was already reported by mapping()
        if not isinstance(value, list):
            self.error(where, f"se esperaba una lista; se encontró {_kind(value)}")
            return []
        if required and not value:
            self.error(where, f"debe tener al menos {what}")
        return value

    # --- scalars -------------------------------------------------------------------------

    def text(self, m: dict[str, Any], key: str, path: str, max_len: int | None = None) -> str | None:
        value = m.get(key)
        if value is None:
            return None
        where = _key(path, key)
        if not isinstance(value, str):
            self.error(where, f"se esperaba texto; se encontró {_kind(value)}")
            return None
        value = " ".join(value.split())
        if not value:
            self.error(where, "no puede estar vacío")
            return None
        if max_len and len(value) > max_len:
            self.error(where, f"texto demasiado largo ({len(value)} caracteres); máximo {max_len}")
            return None
        return value

    def code(self, m: dict[str, Any], key: str, path: str) -> str | None:
        value = m.get(key)
        if value is None:
            return None
        where = _key(path, key)
        if isinstance(value, bool) or not isinstance(value, (str, int)):
            self.error(where, f"se esperaba un código como 'E1' o 'H1.2'; se encontró {_kind(value)}")
            return None
        text = str(value).strip()
        if not _CODE.match(text) or len(text) > 40:
            self.error(where, f"código inválido {_show(text)}; use hasta 40 letras, números, '.', '-' o '_', sin espacios")
            return None
        return text

    def number(self, m: dict[str, Any], key: str, path: str) -> float | None:
        value = m.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            self.error(_key(path, key), f"se esperaba un número; se encontró {_kind(value)} {_show(value)}")
            return None
        return float(value)

    def budget(self, m: dict[str, Any], key: str, path: str) -> float | None:
        value = self.number(m, key, path)
        if value is not None and value < 0:
            self.error(_key(path, key), f"presupuesto negativo {m[key]}; debe ser 0 o mayor")
            return None
        return value

    def day(self, m: dict[str, Any], key: str, path: str) -> date | None:
        value = m.get(key)
        if value is None:
            return None
        if isinstance(value, date):
            return value
        text = str(value).strip()
        try:
            if not _DATE.match(text):
                raise ValueError(text)
            return date.fromisoformat(text)
        except ValueError:
            self.error(_key(path, key), f"fecha inválida {_show(text)}; use AAAA-MM-DD")
            return None

    def flag(self, m: dict[str, Any], key: str, path: str) -> bool:
        value = m.get(key, False)
        if not isinstance(value, bool):
            self.error(_key(path, key), f"se esperaba true o false; se encontró {_show(value)}")
            return False
        return value

    def quarterly(self, m: dict[str, Any], key: str, path: str, low: float | None, high: float | None) -> dict[str, float]:
        """A {quarter: number} mapping, e.g. {"2026-T3": 50}, in quarter order."""
        value = m.get(key)
        where = _key(path, key)
        if value is None:
            return {}
        if not isinstance(value, dict):
            self.error(where, f"se esperaba un mapa trimestre: valor, p. ej. {{\"2026-T3\": 50}}; se encontró {_kind(value)}")
            return {}
        clean: dict[Quarter, float] = {}
        for raw_quarter, raw_value in value.items():
            try:
                quarter = Quarter.parse(str(raw_quarter))
            except ValueError:
                self.error(where, f"trimestre inválido {_show(raw_quarter)}; use AAAA-T1 … AAAA-T4, p. ej. 2026-T3")
                continue
            if raw_value is None:
                self.error(f"{where}.{quarter}", "falta el valor de este trimestre")
                continue
            number = self.number({str(quarter): raw_value}, str(quarter), where)
            if number is None:
                continue
            if (low is not None and number < low) or (high is not None and number > high):
                self.error(f"{where}.{quarter}", f"valor fuera de rango {raw_value}; debe estar entre {low:g} y {high:g}")
                continue
            clean[quarter] = number
        return {str(q): clean[q] for q in sorted(clean)}

    # --- the document ----------------------------------------------------------------------

    def plan(self, data: Any) -> PlanSpec | None:
        root = self.mapping(data, "", ROOT_KEYS, {"city", "name", "period", "axes"})
        if root is None:
            return None
        city = self.city(root.get("city"))
        name = self.text(root, "name", "", max_len=300)
        period = self.period_of(root.get("period"))
        settings, problems = validate_settings(root.get("settings"), "settings")
        self.errors += problems
        axes = [self.axis(a, f"axes[{i}]") for i, a in enumerate(self.items(root, "axes", "", "un eje"))]
        self.unique([a.code if a else None for a in axes], "axes", "eje")
        indicators = [self.indicator(x, f"indicators[{i}]")
                      for i, x in enumerate(self.items(root, "indicators", "", "un indicador", required=False))]
        self.unique([x.code if x else None for x in indicators], "indicators", "indicador")
        if self.errors or None in (city, name, period) or None in axes or None in indicators:
            return None
        return PlanSpec(city=city, name=name, period_start=period[0], period_end=period[1], settings=settings,
                        axes=axes, indicators=indicators)

    def unique(self, codes: list[str | None], path: str, what: str) -> None:
        """Codes of sibling elements must differ."""
        first: dict[str, int] = {}
        for i, code in enumerate(codes):
            if code is None:
                continue
            if code in first:
                self.error(f"{path}[{i}].code", f"código de {what} duplicado {_show(code)}; ya usado en {path}[{first[code]}]")
            else:
                first[code] = i

    def city(self, value: Any) -> CitySpec | None:
        if value is None:  # reported as a missing field
            return None
        m = self.mapping(value, "city", CITY_KEYS, {"name", "dane_code"})
        if m is None:
            return None
        name = self.text(m, "name", "city", max_len=200)
        department = self.text(m, "department", "city", max_len=200)
        code = m.get("dane_code")
        if code is not None and not (isinstance(code, str) and _DANE.match(code.strip())):
            self.error("city.dane_code", f"código DANE inválido {_show(code)}; escriba entre comillas 5 dígitos para "
                                         "un municipio (p. ej. \"05001\") o 2 para un departamento")
            code = None
        elif code is not None and code.strip()[:2] not in DEPARTMENTS:
            self.error("city.dane_code", f"código DANE inválido {_show(code.strip())}: ningún departamento de Colombia "
                                         f"tiene el código {code.strip()[:2]}; escriba el código DIVIPOLA, 5 dígitos "
                                         "para un municipio (p. ej. \"05001\") o 2 para un departamento")
            code = None
        if None in (name, code):
            return None
        return CitySpec(dane_code=code.strip(), name=name, department=department)

    def period_of(self, value: Any) -> tuple[date, date] | None:
        if value is None:  # reported as a missing field
            return None
        m = self.mapping(value, "period", PERIOD_KEYS, PERIOD_KEYS)
        if m is None:
            return None
        start, end = self.day(m, "start", "period"), self.day(m, "end", "period")
        if start and end and end < start:
            self.error("period.end", f"la fecha de fin {end} es anterior a la de inicio {start}")
            return None
        if start and end:
            self.period = (start, end)
            return self.period
        return None

    def axis(self, value: Any, path: str) -> AxisSpec | None:
        m = self.mapping(value, path, AXIS_KEYS, {"code", "name", "budget", "objectives"})
        if m is None:
            return None
        code, name = self.code(m, "code", path), self.text(m, "name", path, max_len=300)
        if code is not None:
            self.axis_codes.add(code)
        description = self.text(m, "description", path) or ""
        keywords = self.keywords(m, path)
        ods = self.ods(m, path)
        budget = self.budget(m, "budget", path)
        objectives = [self.objective(o, f"{path}.objectives[{i}]")
                      for i, o in enumerate(self.items(m, "objectives", path, "un objetivo"))]
        self.unique([o.code if o else None for o in objectives], f"{path}.objectives", "objetivo")
        if None in (code, name, budget) or None in objectives:
            return None
        return AxisSpec(code=code, name=name, description=description, keywords=keywords, ods=ods, budget=budget,
                        objectives=objectives)

    def keywords(self, m: dict[str, Any], path: str, key: str = "keywords", what: str = "una palabra clave") -> list[str]:
        words = []
        for i, word in enumerate(self.items(m, key, path, what, required=False)):
            text = " ".join(word.split()) if isinstance(word, str) else ""
            if not text:
                self.error(f"{path}.{key}[{i}]", f"se esperaba una palabra o frase; se encontró {_kind(word)}")
            elif text not in words:
                words.append(text)
        return words

    def ods(self, m: dict[str, Any], path: str) -> list[int]:
        goals: list[int] = []
        for i, goal in enumerate(self.items(m, "ods", path, "un ODS", required=False)):
            where = f"{path}.ods[{i}]"
            if isinstance(goal, bool) or not isinstance(goal, int):
                self.error(where, f"se esperaba el número de un ODS, del 1 al 17; se encontró {_show(goal)}")
            elif not 1 <= goal <= 17:
                self.error(where, f"ODS fuera de rango {goal}; use un número del 1 al 17")
            elif goal not in goals:
                goals.append(goal)
        return goals

    def objective(self, value: Any, path: str) -> ObjectiveSpec | None:
        m = self.mapping(value, path, OBJECTIVE_KEYS, {"code", "name", "budget", "actions"})
        if m is None:
            return None
        code, name, budget = self.code(m, "code", path), self.text(m, "name", path), self.budget(m, "budget", path)
        actions = [self.action(a, f"{path}.actions[{i}]")
                   for i, a in enumerate(self.items(m, "actions", path, "una acción"))]
        self.unique([a.code if a else None for a in actions], f"{path}.actions", "acción")
        if None in (code, name, budget) or None in actions:
            return None
        return ObjectiveSpec(code=code, name=name, budget=budget, actions=actions)

    def action(self, value: Any, path: str) -> ActionSpec | None:
        m = self.mapping(value, path, ACTION_KEYS, {"code", "name", "budget", "milestones"})
        if m is None:
            return None
        code, name, budget = self.code(m, "code", path), self.text(m, "name", path), self.budget(m, "budget", path)
        responsible = self.text(m, "responsible", path, max_len=300)
        email, area = self.email(m, path), self.text(m, "responsible_area", path, max_len=300)
        partners = self.keywords(m, path, key="partners", what="un socio")
        start, end = self.day(m, "start", path), self.day(m, "end", path)
        dates_ok = self.action_dates(m, start, end, path)
        milestones = [self.milestone(x, f"{path}.milestones[{i}]", start if dates_ok else None,
                                     end if dates_ok else None)
                      for i, x in enumerate(self.items(m, "milestones", path, "un hito"))]
        if None in (code, name, budget) or None in milestones or not dates_ok:
            return None
        return ActionSpec(code=code, name=name, responsible=responsible, budget=budget, milestones=milestones,
                          responsible_email=email, responsible_area=area, partners=partners, start=start, end=end)

    def action_dates(self, m: dict[str, Any], start: date | None, end: date | None, path: str) -> bool:
        """An action's optional span: both dates readable, end not before start, inside the plan period."""
        ok = not any(m.get(key) is not None and day is None for key, day in (("start", start), ("end", end)))
        if start and end and end < start:
            self.error(f"{path}.end", f"la fecha de fin de la acción {end} es anterior a la de inicio {start}")
            ok = False
        if self.period:
            first, last = self.period
            for key, day in (("start", start), ("end", end)):
                if day and not first <= day <= last:
                    self.error(f"{path}.{key}", f"la fecha {day} está fuera del periodo del plan ({first} a {last})")
                    ok = False
        return ok

    def email(self, m: dict[str, Any], path: str) -> str | None:
        value = self.text(m, "responsible_email", path, max_len=300)
        if value is not None and not _EMAIL.match(value):
            self.error(f"{path}.responsible_email", f"correo inválido {_show(value)}; use p. ej. nombre@alcaldia.gov.co")
            return None
        return value

    def milestone(self, value: Any, path: str, action_start: date | None = None,
                  action_end: date | None = None) -> MilestoneSpec | None:
        """A hito within its action's span; without a start of its own it starts with its action, else with the plan."""
        m = self.mapping(value, path, MILESTONE_KEYS, {"code", "name", "responsible", "due", "budget"})
        if m is None:
            return None
        code = self.code(m, "code", path)
        if code is not None:
            if code in self.milestone_codes:  # progress is keyed by (city, milestone code): unique in the plan
                self.error(f"{path}.code", f"código de hito duplicado {_show(code)}; ya usado en {self.milestone_codes[code]}")
                code = None
            else:
                self.milestone_codes[code] = path
        name, responsible = self.text(m, "name", path), self.text(m, "responsible", path, max_len=300)
        email, area = self.email(m, path), self.text(m, "responsible_area", path, max_len=300)
        start, due = self.day(m, "start", path), self.day(m, "due", path)
        budget = self.budget(m, "budget", path)
        weight = self.number(m, "weight", path) if m.get("weight") is not None else 1.0
        if weight is not None and weight <= 0:
            self.error(f"{path}.weight", f"peso inválido {m['weight']}; debe ser mayor que 0")
            weight = None
        example = self.flag(m, "example", path)
        dates_ok = self.milestone_dates(start, due, path)
        if dates_ok and start is None and action_start and due and due < action_start:
            self.error(f"{path}.due", f"la fecha de entrega {due} es anterior al inicio de su acción ({action_start}); "
                                      "corrija la fecha o dé al hito su propio inicio (start)")
            dates_ok = False
        dates_ok = dates_ok and self.within_action(start, due, action_start, action_end, path)
        planned = self.quarterly(m, "planned_progress", path, 0, 100)
        planned_ok = dates_ok and due is not None and self.planned_curve(planned, start or action_start, due,
                                                                         f"{path}.planned_progress")
        if None in (code, name, responsible, due, budget, weight) or not planned_ok:
            return None
        return MilestoneSpec(code=code, name=name, responsible=responsible, start=start, due=due, budget=budget,
                             weight=weight, planned_progress=planned, example=example, responsible_email=email,
                             responsible_area=area)

    def within_action(self, start: date | None, due: date | None, action_start: date | None,
                      action_end: date | None, path: str) -> bool:
        """A milestone with dates of its own lies inside its action's planned span, when the action gives one."""
        ok = True
        if start and action_start and start < action_start:
            self.error(f"{path}.start", f"el hito empieza antes que su acción: inicio {start}, y la acción empieza el "
                                        f"{action_start}; corrija una de las dos fechas")
            ok = False
        if due and action_end and due > action_end:
            self.error(f"{path}.due", f"el hito termina después que su acción: entrega {due}, y la acción termina el "
                                      f"{action_end}; corrija una de las dos fechas")
            ok = False
        return ok

    def milestone_dates(self, start: date | None, due: date | None, path: str) -> bool:
        ok = True
        if start and due and due < start:
            self.error(f"{path}.due", f"la fecha de entrega {due} es anterior a la de inicio {start}")
            ok = False
        if self.period:
            first, last = self.period
            for key, day in (("start", start), ("due", due)):
                if day and not first <= day <= last:
                    self.error(f"{path}.{key}", f"la fecha {day} está fuera del periodo del plan ({first} a {last})")
                    ok = False
        return ok

    def planned_curve(self, planned: dict[str, float], start: date | None, due: date, path: str) -> bool:
        """Planned progress is cumulative: it never goes down, lies within start–due and reaches 100 by due."""
        ok, previous = True, None
        begin = start or (self.period[0] if self.period else None)
        for text, value in planned.items():
            quarter = Quarter.parse(text)
            where = f"{path}.{text}"
            if begin and quarter.end < begin:
                self.error(where, f"el trimestre termina antes del inicio del hito ({begin})")
                ok = False
            elif quarter.start > due:
                self.error(where, f"el trimestre empieza después de la fecha de entrega ({due})")
                ok = False
            elif quarter.end >= due and value != 100:
                self.error(where, f"el hito vence en este trimestre ({due}); el avance planeado debe ser 100")
                ok = False
            if previous and value < previous[1]:
                self.error(where, f"el avance planeado ({value:g}) es menor que el de {previous[0]} ({previous[1]:g}); "
                                  "debe ser acumulado")
                ok = False
            previous = (text, value)
        return ok

    def indicator(self, value: Any, path: str) -> IndicatorSpec | None:
        m = self.mapping(value, path, INDICATOR_KEYS, {"code", "name"})
        if m is None:
            return None
        code, name = self.code(m, "code", path), self.text(m, "name", path)
        axis = self.code(m, "axis", path)
        if axis is not None and self.axis_codes and axis not in self.axis_codes:
            self.error(f"{path}.axis", f"eje desconocido {_show(axis)}; ejes del plan: {', '.join(sorted(self.axis_codes))}")
            axis = None
        unit = self.text(m, "unit", path, max_len=40)
        direction = m.get("direction", "up")
        if direction not in ("up", "down"):
            self.error(f"{path}.direction", f"valor inválido {_show(direction)}; use up (más es mejor) o down (menos es mejor)")
            direction = None
        measure = self.choice(m, "measure", path, MEASURES, "number")
        accumulation = self.choice(m, "accumulation", path, ACCUMULATIONS, "flow")
        catalogue = self.code(m, "catalogue", path)
        if catalogue is not None:
            from models.catalogue import catalogue_codes  # the guide's Anexo I, loaded once
            if catalogue not in catalogue_codes():
                self.error(f"{path}.catalogue", f"código de catálogo desconocido {_show(catalogue)}; use uno del Anexo I "
                                                "(p. ej. CUAL-01 o AE-05; lista con `vigia plan catalogue`)")
                catalogue = None
        baseline = self.number(m, "baseline", path)
        targets = self.quarterly(m, "targets", path, None, None)
        if self.period:
            for text in targets:
                quarter = Quarter.parse(text)
                if quarter.end < self.period[0] or quarter.start > self.period[1]:
                    self.error(f"{path}.targets.{text}", f"el trimestre está fuera del periodo del plan "
                                                         f"({self.period[0]} a {self.period[1]})")
        example = self.flag(m, "example", path)
        if None in (code, name, direction, measure, accumulation) or \
                ("axis" in m and m["axis"] is not None and axis is None) or \
                (m.get("catalogue") is not None and catalogue is None):
            return None
        if measure == "percentage":
            for text, value in targets.items():
                if not 0 <= value <= 100:
                    self.error(f"{path}.targets.{text}", f"porcentaje fuera de rango {value:g}; debe estar entre 0 y 100")
        return IndicatorSpec(code=code, name=name, axis=axis, unit=unit, direction=direction, baseline=baseline,
                             targets=targets, example=example, measure=measure, accumulation=accumulation,
                             catalogue=catalogue)

    def choice(self, m: dict[str, Any], key: str, path: str, allowed: tuple[str, ...], default: str) -> str | None:
        """One of a fixed set of values, e.g. measure: percentage."""
        value = m.get(key, default)
        if value is None:
            return default
        if value not in allowed:
            self.error(_key(path, key), f"valor inválido {_show(value)}; use uno de: {', '.join(allowed)}")
            return None
        return value


def _kind(value: Any) -> str:
    """A value's YAML kind in Spanish, for 'se esperaba X; se encontró Y'."""
    if value is None:
        return "un valor vacío"
    if isinstance(value, bool):
        return "un booleano"
    if isinstance(value, (int, float)):
        return "un número"
    if isinstance(value, str):
        return "texto"
    if isinstance(value, list):
        return "una lista"
    if isinstance(value, dict):
        return "un mapa"
    return type(value).__name__
