"""Import a quarter's progress reports (avance de hitos) from CSV: every row checked first, then all or none.

CSV format (UTF-8, comma- or semicolon-separated as spreadsheets export it; sample in
models/data/progress/2026-T3.csv). The header row names the columns, in Spanish or English:

    codigo_dane (dane_code)                     * DANE code of the city: "11001" (5001 is read as 05001)
    trimestre (quarter)                         * 2026-T3
    hito (milestone)                            * milestone code of the city's current plan
    avance_fisico (physical_progress)           * cumulative physical progress, 0–100 (45, 45.5, 45,5, 45 %)
    presupuesto_ejecutado (budget_executed)       cumulative pesos executed, no thousands separators
    reportado_por (reported_by)                   who reports
    comentario (comment)                          free text
    evidencia (evidence_url)                      link to the evidence (acta, informe, fotos)

Lines starting with `#` are comments. Errors name `archivo:fila N, columna X` with N the line in the
file, as a spreadsheet numbers it. An .xlsx file is read as the quarter's reporting workbook
(models/progress_xlsx.py), which also carries indicator values.

Importing a (city, milestone, quarter) again updates that report, and the values it replaces are
kept in progress_history (one row per replaced report or indicator value, with when it had been
reported), so the current table stays one row per quarter for tracking while nothing is lost.
Figures that go down against an earlier quarter (a milestone's progress, a capacity indicator, a
cumulative indicator's running total) are imported all the same, with a warning naming the cell
(models/progress_checks.py; ProgressImport.warnings).
"""
from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.errors import InputError, InputErrors
from models.files import read_utf8
from models.quarters import Quarter
from models.schema import City, IndicatorValue, Plan, ProgressHistory, ProgressReport, utcnow

COLUMNS = {  # canonical Spanish name -> accepted English alias
    "codigo_dane": "dane_code",
    "trimestre": "quarter",
    "hito": "milestone",
    "avance_fisico": "physical_progress",
    "presupuesto_ejecutado": "budget_executed",
    "reportado_por": "reported_by",
    "comentario": "comment",
    "evidencia": "evidence_url",
}
REQUIRED = ("codigo_dane", "trimestre", "hito", "avance_fisico")
_NUMBER = re.compile(r"^-?\d+(?:[.,]\d+)?$")
_GROUPED = re.compile(r"^\d{1,3}(?:[.,]\d{3})+$")  # 1.500 or 12.500.000: thousands or decimals? ambiguous


@dataclass(frozen=True)
class ProgressRow:
    line: int
    city_code: str
    quarter: str
    milestone_code: str
    physical_progress: float
    budget_executed: float | None
    reported_by: str | None
    comment: str | None
    evidence_url: str | None = None
    place: str | None = None  # where the physical progress was read, for warnings: sheet, row and column


@dataclass(frozen=True)
class IndicatorRow:
    """An indicator's measured value for a quarter (from the reporting workbook)."""

    line: int
    city_code: str
    quarter: str
    indicator_code: str
    value: float
    reported_by: str | None
    comment: str | None
    place: str | None = None  # where the value was read


@dataclass
class ProgressImport:
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    # figures accepted that go down where they should not (models/progress_checks.py), each naming its place
    warnings: list[str] = field(default_factory=list)

    @property
    def rows(self) -> int:
        return self.inserted + self.updated + self.unchanged


def import_progress_file(session: Session, path: Path | str) -> int:
    """Validate a progress CSV completely, then save it; returns rows imported, raises InputErrors having saved none."""
    return save_progress(session, read_progress_file(session, Path(path))).rows


_REPORT_FIELDS = ("physical_progress", "budget_executed", "reported_by", "comment", "evidence_url")
_VALUE_FIELDS = ("value", "reported_by", "comment")


def save_progress(session: Session, rows: list[ProgressRow | IndicatorRow]) -> ProgressImport:
    """Insert or update one row per (city, milestone or indicator, quarter), keeping replaced values in history.

    Each row records the plan version its quarter is reported against (models/plans.plan_for_quarter).
    """
    from models.plans import quarter_plan_ids

    result = ProgressImport(warnings=drop_warnings(session, rows))
    versions: dict[tuple[str, str], int | None] = {}
    for row in rows:
        if (row.city_code, row.quarter) not in versions:
            plan_id = quarter_plan_ids(session, Quarter.parse(row.quarter), row.city_code).get(row.city_code)
            versions[(row.city_code, row.quarter)] = session.get(Plan, plan_id).version if plan_id else None
        plan_version = versions[(row.city_code, row.quarter)]
        if isinstance(row, IndicatorRow):
            model, fields, subject, code = IndicatorValue, _VALUE_FIELDS, "indicator", row.indicator_code
            current = session.scalar(select(IndicatorValue).where(
                IndicatorValue.city_code == row.city_code, IndicatorValue.indicator_code == code,
                IndicatorValue.quarter == row.quarter))
        else:
            model, fields, subject, code = ProgressReport, _REPORT_FIELDS, "milestone", row.milestone_code
            current = session.scalar(select(ProgressReport).where(
                ProgressReport.city_code == row.city_code, ProgressReport.milestone_code == code,
                ProgressReport.quarter == row.quarter))
        values = {f: getattr(row, f) for f in fields}
        if current is None:
            keys = {"indicator_code": code} if subject == "indicator" else {"milestone_code": code}
            current = model(city_code=row.city_code, quarter=row.quarter, **keys)
            session.add(current)
            result.inserted += 1
        elif {f: getattr(current, f) for f in fields} == values:
            result.unchanged += 1
            if current.plan_version is None:
                current.plan_version = plan_version
            continue
        else:
            session.add(ProgressHistory(city_code=row.city_code, subject=subject, code=code, quarter=row.quarter,
                                        values={f: getattr(current, f) for f in fields},
                                        reported_at=current.reported_at))
            result.updated += 1
        for f, value in values.items():
            setattr(current, f, value)
        current.plan_version = plan_version
        current.reported_at = utcnow()
    session.flush()
    return result


def drop_warnings(session: Session, rows: list[ProgressRow | IndicatorRow]) -> list[str]:
    """Warnings for figures that go down against earlier quarters, stored or in the same file (read before saving)."""
    from models.indicator_tracking import show_value
    from models.plans import quarter_plan_ids
    from models.progress_checks import ADVICE, indicator_drop, progress_drop
    from models.schema import Action, Axis, Indicator, Milestone, Objective

    if not rows:
        return []
    cities = {r.city_code for r in rows}
    history: dict[tuple[str, str, str], dict[str, float]] = defaultdict(dict)  # (subject, city, code) -> values
    for subject, model, code_column, value_column in (
            ("milestone", ProgressReport, ProgressReport.milestone_code, ProgressReport.physical_progress),
            ("indicator", IndicatorValue, IndicatorValue.indicator_code, IndicatorValue.value)):
        codes = {_code(r) for r in rows if _subject(r) == subject}
        if codes:
            for city, code, quarter, value in session.execute(select(
                    model.city_code, code_column, model.quarter, value_column).where(
                    model.city_code.in_(cities), code_column.in_(codes))).tuples():
                history[(subject, city, code)][quarter] = value
    for r in rows:  # the file's figures replace the stored ones of the same quarter
        history[(_subject(r), r.city_code, _code(r))][r.quarter] = r.physical_progress \
            if isinstance(r, ProgressRow) else r.value
    plans: dict[tuple[str, str], int | None] = {}
    names: dict[int, dict[tuple[str, str], tuple[str, str | None, str | None, str | None]]] = {}
    warnings = []
    for r in rows:
        key = (r.city_code, r.quarter)
        if key not in plans:
            plans[key] = quarter_plan_ids(session, Quarter.parse(r.quarter), r.city_code).get(r.city_code)
        plan_id = plans[key]
        if plan_id is not None and plan_id not in names:
            found = {("milestone", code): (name, None, None, None) for code, name in session.execute(
                select(Milestone.code, Milestone.name).join(Action).join(Objective).join(Axis)
                .where(Axis.plan_id == plan_id)).tuples()}
            found.update({("indicator", x.code): (x.name, x.accumulation, x.measure, x.unit) for x in session.scalars(
                select(Indicator).where(Indicator.plan_id == plan_id))})
            names[plan_id] = found
        name, accumulation, measure, unit = names.get(plan_id, {}).get((_subject(r), _code(r)), ("", None, None, None))
        values = history[(_subject(r), r.city_code, _code(r))]
        label = f" ({name})" if name else ""
        if isinstance(r, ProgressRow):
            drop = progress_drop(f"el avance físico del hito {r.milestone_code}{label}", values, r.quarter,
                                 r.physical_progress)
        else:
            drop = indicator_drop(f"el indicador {r.indicator_code}{label}", accumulation, values, r.quarter, r.value,
                                  lambda v: show_value(measure, unit, v))
        if drop:
            warnings.append(f"{r.place or f'fila {r.line}'}: {drop}. {ADVICE}")
    return warnings


def _subject(row: ProgressRow | IndicatorRow) -> str:
    return "milestone" if isinstance(row, ProgressRow) else "indicator"


def _code(row: ProgressRow | IndicatorRow) -> str:
    return row.milestone_code if isinstance(row, ProgressRow) else row.indicator_code


def _fold(name: str) -> str:
    """'Avance físico ' -> 'avance_fisico', so headers match however a spreadsheet wrote them."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[\s-]+", "_", plain.strip().lower())


def _dane(text: str) -> str:
    """Spreadsheets drop leading zeros: 5001 is Medellín's 05001, 5 is department 05."""
    text = text.strip()
    return text.zfill(5) if len(text) == 4 else text.zfill(2) if len(text) == 1 else text


def _number(text: str) -> float:
    """45 | 45.5 | 45,5 | 45 % | 1500000; a thousands separator is refused as ambiguous."""
    clean = text.replace("%", "").replace("$", "").replace(" ", "").replace("\u00a0", "")
    if not _NUMBER.match(clean):
        raise ValueError
    return float(clean.replace(",", "."))


def plan_label(plan: Plan, quarter: str | None) -> str:
    """'el plan vigente', or which older version when a past quarter keeps the one in force when it ended."""
    if plan.is_current or quarter is None:
        return "el plan vigente"
    return f"la versión {plan.version} del plan (la que rige para {quarter})"


def read_progress_file(session: Session, path: Path) -> list[ProgressRow | IndicatorRow]:
    """Parse and check every row against the cities' current plans; raises InputErrors listing every problem."""
    path = Path(path)
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        from models.progress_xlsx import read_progress_workbook  # same checks, errors by sheet, row and column

        return read_progress_workbook(session, path)
    text = read_utf8(path, encoding="utf-8-sig", resave_hint="guárdelo como «CSV UTF-8»")
    checker = _RowChecker(session, path.name)
    rows = checker.read(text)
    if checker.errors:
        raise InputErrors(checker.errors, source=str(path))
    return rows


class _RowChecker:
    """Reads the CSV once, collecting rows and every error with its line and column."""

    def __init__(self, session: Session, name: str):
        self.session = session
        self.name = name
        self.errors: list[InputError] = []
        self.plans: dict[str, Plan | None] = {}
        self.codes: dict[int, set[str]] = {}
        self.quarter_plans: dict[tuple[str, str], Plan] = {}

    def error(self, line: int, column: str | None, message: str) -> None:
        where = f"{self.name}:fila {line}" + (f", columna {column}" if column else "")
        self.errors.append(InputError(message, where))

    def read(self, text: str) -> list[ProgressRow]:
        first = next((ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")), "")
        reader = csv.reader(io.StringIO(text), delimiter=";" if first.count(";") > first.count(",") else ",")
        header: dict[str, int] | None = None
        names: dict[str, str] = {}
        rows: list[ProgressRow] = []
        seen: dict[tuple[str, str, str], int] = {}
        for cells in reader:
            if not any(c.strip() for c in cells) or cells[0].lstrip().startswith("#"):
                continue
            if header is None:
                header, names = self.header(cells, reader.line_num)
                if header is None:
                    return []
                continue
            row = self.row(cells, reader.line_num, header, names)
            if row is None:
                continue
            key = (row.city_code, row.quarter, row.milestone_code)
            if key in seen:
                self.error(row.line, names["hito"], f"fila repetida: el hito {row.milestone_code} de {row.quarter} "
                                                    f"ya aparece en la fila {seen[key]}")
                continue
            seen[key] = row.line
            rows.append(row)
        if header is None:
            self.errors.append(InputError("el archivo no tiene encabezado; la primera fila debe nombrar las columnas "
                                          f"{', '.join(COLUMNS)}", self.name))
        elif not rows and not self.errors:
            self.errors.append(InputError("el archivo no tiene filas de avance", self.name))
        return rows

    def header(self, cells: list[str], line: int) -> tuple[dict[str, int] | None, dict[str, str]]:
        """Map canonical column names to positions; names keeps how the file spelt them, for messages."""
        aliases = {**{c: c for c in COLUMNS}, **{e: c for c, e in COLUMNS.items()}}
        positions: dict[str, int] = {}
        names: dict[str, str] = {}
        for i, raw in enumerate(cells):
            canonical = aliases.get(_fold(raw))
            if canonical is None:
                self.error(line, raw.strip() or f"{i + 1}", f"columna desconocida; columnas válidas: {', '.join(COLUMNS)}")
            elif canonical in positions:
                self.error(line, raw.strip(), "columna repetida")
            else:
                positions[canonical] = i
                names[canonical] = raw.strip()
        missing = [c for c in REQUIRED if c not in positions]
        if missing:
            self.error(line, None, f"faltan columnas obligatorias: {', '.join(missing)}")
        if missing or self.errors:
            return None, names
        return positions, names

    def row(self, cells: list[str], line: int, header: dict[str, int], names: dict[str, str]) -> ProgressRow | None:
        def cell(column: str) -> str:
            i = header.get(column)
            return cells[i].strip() if i is not None and i < len(cells) else ""

        before = len(self.errors)
        values = {c: cell(c) for c in COLUMNS}
        for column in REQUIRED:
            if not values[column]:
                self.error(line, names[column], "falta este dato obligatorio")
        city_code = _dane(values["codigo_dane"]) if values["codigo_dane"] else None
        plan = self.plan_for(city_code, line, names["codigo_dane"]) if city_code else None
        quarter = self.quarter(values["trimestre"], line, names["trimestre"], plan)
        milestone = values["hito"]
        if plan is not None and quarter is not None:
            plan = self.quarter_plan(plan, quarter)
        if milestone and plan is not None and milestone not in self.milestone_codes(plan):
            self.error(line, names["hito"], f"hito desconocido '{milestone}' en {plan_label(plan, quarter)} de "
                                            f"{plan.city.name} ({plan.city_code})")
        progress = self.number(values["avance_fisico"], line, names.get("avance_fisico"), 0, 100, "avance")
        budget = None
        if values["presupuesto_ejecutado"]:
            budget = self.number(values["presupuesto_ejecutado"], line, names["presupuesto_ejecutado"], 0, None,
                                 "presupuesto", money=True)
        reported_by = values["reportado_por"] or None
        if reported_by and len(reported_by) > 300:
            self.error(line, names["reportado_por"], "texto demasiado largo; máximo 300 caracteres")
        if values["evidencia"]:
            self.evidence(values["evidencia"], line, names["evidencia"])
        if len(self.errors) > before or None in (city_code, plan, quarter, progress):
            return None
        return ProgressRow(line=line, city_code=city_code, quarter=quarter, milestone_code=milestone,
                           physical_progress=progress, budget_executed=budget, reported_by=reported_by,
                           comment=values["comentario"] or None, evidence_url=values["evidencia"] or None,
                           place=f"{self.name}:fila {line}, columna {names['avance_fisico']}")

    def evidence(self, text: str, line: int, column: str) -> str | None:
        """A link a person can open: http(s) only, so a path on someone's disk is caught now."""
        if not re.match(r"^https?://\S+$", text) or len(text) > 2000:
            self.error(line, column, f"enlace inválido '{text[:80]}'; escriba la dirección completa, p. ej. "
                                     "https://drive.google.com/…")
            return None
        return text

    def plan_for(self, city_code: str, line: int, column: str) -> Plan | None:
        if city_code not in self.plans:
            self.plans[city_code] = self.session.scalar(
                select(Plan).where(Plan.city_code == city_code, Plan.is_current.is_(True)))
        plan = self.plans[city_code]
        if plan is None:
            known = self.session.get(City, city_code)
            reason = "no tiene plan vigente" if known else "no está registrada"
            self.error(line, column, f"la ciudad {city_code} {reason}; importe primero su plan con `vigia plan import`")
        return plan

    def quarter_plan(self, current: Plan, quarter: str) -> Plan:
        """The version of the city's plan the quarter is reported against (the current one unless amended since)."""
        from models.plans import plan_for_quarter

        key = (current.city_code, quarter)
        if key not in self.quarter_plans:
            self.quarter_plans[key] = plan_for_quarter(self.session, current.city_code, Quarter.parse(quarter)) or current
        return self.quarter_plans[key]

    def milestone_codes(self, plan: Plan) -> set[str]:
        if plan.id not in self.codes:
            self.codes[plan.id] = {m.code for axis in plan.axes for o in axis.objectives
                                   for a in o.actions for m in a.milestones}
        return self.codes[plan.id]

    def quarter(self, text: str, line: int, column: str, plan: Plan | None) -> str | None:
        if not text:
            return None
        try:
            q = Quarter.parse(text)
        except ValueError:
            self.error(line, column, f"trimestre inválido '{text}'; use AAAA-T1 … AAAA-T4, p. ej. 2026-T3")
            return None
        if plan is not None and plan.period_start and plan.period_end and \
                (q.end < plan.period_start or q.start > plan.period_end):
            self.error(line, column, f"el trimestre {q} está fuera del periodo del plan "
                                     f"({plan.period_start} a {plan.period_end})")
            return None
        return str(q)

    def number(self, text: str, line: int, column: str | None, low: float, high: float | None, what: str,
               money: bool = False) -> float | None:
        if not text:
            return None
        if money and _GROUPED.match(text.replace("$", "").strip()):
            self.error(line, column, f"número ambiguo '{text}'; escríbalo sin separador de miles, p. ej. 1500000")
            return None
        try:
            value = _number(text)
        except ValueError:
            example = "1500000" if money else "45 o 45,5"
            self.error(line, column, f"número inválido '{text}'; use p. ej. {example}")
            return None
        if high is not None and not low <= value <= high:
            self.error(line, column, f"{what} fuera de rango {value:g}; debe estar entre {low:g} y {high:g}")
            return None
        if value < low:
            self.error(line, column, f"{what} negativo {value:g}; debe ser {low:g} o mayor")
            return None
        return value
