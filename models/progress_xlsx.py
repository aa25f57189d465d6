"""A quarter's reporting workbook for one city: written pre-filled, read back with every cell checked.

Sheets: Instrucciones; Informe (city and quarter, filled by Vigía); Hitos (one row per milestone
due in the quarter: the grey columns are context, the white ones are what the responsible person
reports); Indicadores (one row per indicator still being followed, with the quarter's target).
A milestone row whose «Avance físico (%)» is empty and has nothing else reported is "not
reported"; anything reported without that percentage is an error. Rows become the same
ProgressRow/IndicatorRow as the CSV import and are saved by models/progress.save_progress.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.errors import InputError, InputErrors
from models.locale_co import fecha
from models.plans import current_plan, plan_for_quarter, plan_milestones
from models.progress import IndicatorRow, ProgressRow, _dane, _RowChecker, plan_label
from models.quarters import Quarter
from models.schema import City, Indicator, Plan, ProgressReport
from models.tracking import milestone_start, planned_at
from models.workbook import Row, add_instructions, add_table, as_text, new_workbook, open_workbook, read_rows, where

INFO = ["Ciudad", "Código DANE", "Trimestre"]
MILESTONE_HEADERS = ["Código del hito", "Hito", "Responsable", "Entrega", "Avance planeado (%)",
                     "Avance físico (%)", "Presupuesto ejecutado", "Comentario", "Enlace a evidencia", "Reportado por"]
MILESTONE_INFO = 5  # the first five columns are context written by Vigía
INDICATOR_HEADERS = ["Código del indicador", "Indicador", "Medida", "Meta del trimestre", "Valor", "Comentario",
                     "Reportado por"]
INDICATOR_INFO = 4
SHEETS = ["Instrucciones", "Informe", "Hitos", "Indicadores"]
ACCUMULATION_HINTS = {  # after the measure in the grey «Medida» column: what «Valor» means for the type
    "cumulative": " · acumulativo: escriba solo lo del trimestre (la meta es el total acumulado)",
    "capacity": " · capacidad: total instalado a la fecha",
}
MEASURE_LABELS = {"number": "número", "percentage": "porcentaje", "money": "dinero", "yes_no": "sí/no",
                  "qualitative": "cualitativo"}


def due_milestones(session: Session, plan: Plan, quarter: Quarter) -> list[tuple[Any, float]]:
    """Milestones to report in a quarter: started by its end and not finished before it, with planned %."""
    done = set(session.scalars(select(ProgressReport.milestone_code).where(
        ProgressReport.city_code == plan.city_code, ProgressReport.quarter < str(quarter),
        ProgressReport.physical_progress >= 100)))
    out = []
    for _, m in plan_milestones(plan):
        start = milestone_start(m, m.action, plan.period_start) or quarter.start
        if start <= quarter.end and m.code not in done:
            out.append((m, planned_at(start, m.due, dict(m.planned_progress or {}), quarter.end)))
    return out


def write_progress_template(session: Session, city_code: str, quarter_text: str, path: Path | str) -> tuple[Path, int, int]:
    """Write the reporting workbook; returns (path, milestones listed, indicators listed)."""
    city_code = _dane(city_code)
    try:
        quarter = Quarter.parse(quarter_text)
    except ValueError:
        raise InputError(f"trimestre inválido '{quarter_text}'; use AAAA-T1 … AAAA-T4, p. ej. 2025-T1", "--quarter") from None
    plan = current_plan(session, city_code)
    if plan is None:
        reason = "no tiene plan vigente" if session.get(City, city_code) else "no está registrada"
        raise InputError(f"la ciudad {city_code} {reason}; importe primero su plan con `vigia plan import`", "--city")
    plan = plan_for_quarter(session, city_code, quarter) or plan  # a past quarter: the version in force then
    if plan.period_start and plan.period_end and (quarter.end < plan.period_start or quarter.start > plan.period_end):
        raise InputError(f"el trimestre {quarter} está fuera del periodo del plan ({fecha(plan.period_start)} a "
                         f"{fecha(plan.period_end)})", "--quarter")
    book = new_workbook()
    add_instructions(book, [
        f"Informe trimestral de avance — {plan.city.name}, {quarter}",
        "Llene las columnas blancas de las hojas Hitos e Indicadores; las grises son informativas y Vigía no las lee.",
        "Avance físico (%): avance acumulado del hito al cierre del trimestre, de 0 a 100. Presupuesto ejecutado: "
        "pesos acumulados, sin separador de miles. Enlace a evidencia: dirección completa (https://…).",
        "Deje en blanco la fila de un hito que no reporta. Un hito con comentario, presupuesto o evidencia necesita "
        "también su avance físico.",
        "Indicadores: el valor medido en el trimestre (sí/no para los indicadores de ese tipo; porcentajes de 0 a 100). "
        "Acumulativos: solo lo logrado en este trimestre; Vigía suma los trimestres y compara el total con la meta. "
        "De capacidad: el total instalado a la fecha.",
        "No agregue hojas, fórmulas ni celdas combinadas. Si hay un error no se importa nada y Vigía dice la hoja, la "
        "fila y la columna. Volver a importar el trimestre actualiza los datos y guarda los anteriores en el historial.",
        "Importe con: vigia progress import ARCHIVO.xlsx",
    ] + ([f"Este trimestre se reporta contra la versión {plan.version} del plan, la vigente al cierre de {quarter}; "
          "los cambios posteriores del plan rigen desde el trimestre siguiente."] if not plan.is_current else []))
    add_table(book, "Informe", ["Campo", "Valor"], widths=[18, 50],
              rows=[["Ciudad", plan.city.name], ["Código DANE", city_code], ["Trimestre", str(quarter)]], info_columns=2)
    book["Informe"]["B3"].number_format = "@"
    rows = [[m.code, m.name, m.responsible, m.due, round(planned, 1), None, None, None, None, None]
            for m, planned in due_milestones(session, plan, quarter)]
    hitos = add_table(book, "Hitos", MILESTONE_HEADERS, widths=[14, 50, 30, 12, 12, 12, 18, 40, 40, 24], rows=rows,
                      info_columns=MILESTONE_INFO)
    for row in hitos.iter_rows(min_row=2, min_col=4, max_col=4):
        row[0].number_format = "yyyy-mm-dd"
    indicators = _indicators(session, plan, quarter)
    ind_rows = [[x.code, x.name, MEASURE_LABELS.get(x.measure, x.measure) + ACCUMULATION_HINTS.get(x.accumulation, ""),
                 (x.targets or {}).get(str(quarter)), None, None, None] for x in indicators]
    add_table(book, "Indicadores", INDICATOR_HEADERS, widths=[16, 60, 12, 12, 12, 40, 24], rows=ind_rows,
              info_columns=INDICATOR_INFO)
    path = Path(path)
    book.save(path)
    return path, len(rows), len(ind_rows)


def _indicators(session: Session, plan: Plan, quarter: Quarter) -> list[Any]:
    """Indicators still followed in the quarter: no targets yet, or a target at or after it."""
    found = session.scalars(select(Indicator).where(Indicator.plan_id == plan.id).order_by(Indicator.id))
    return [x for x in found if not x.targets or max(x.targets) >= str(quarter)]


def read_progress_workbook(session: Session, path: Path) -> list[ProgressRow | IndicatorRow]:
    """Read and check a reporting workbook against the city's current plan; raises InputErrors having saved none."""
    book, errors = open_workbook(path, SHEETS, optional=("Instrucciones",))
    if errors:
        raise InputErrors(errors, source=str(path))
    checker = _SheetChecker(session, errors)
    rows = checker.read(book)
    if errors:
        raise InputErrors(errors, source=str(path))
    if not rows:
        raise InputErrors([InputError("no hay nada reportado: llene «Avance físico (%)» de algún hito o «Valor» de "
                                      "algún indicador", where("Hitos"))], source=str(path))
    return rows


class _SheetChecker(_RowChecker):
    """The CSV checker's rules (plan, quarter, milestone codes, numbers), with sheet/row/column places."""

    def __init__(self, session: Session, errors: list[InputError]):
        super().__init__(session, "")
        self.errors = errors
        self.sheet = "Informe"
        self.letters: dict[str, str] = {}

    def error(self, line: int, column: str | None, message: str) -> None:
        self.errors.append(InputError(message, where(self.sheet, line, column, self.letters.get(column or ""))))

    def read(self, book: Any) -> list[ProgressRow | IndicatorRow]:
        info: dict[str, Row] = {}
        for row in read_rows(book["Informe"], ["Campo", "Valor"], self.errors):
            info[str(row.values["Campo"])] = row
        missing = [f for f in ("Código DANE", "Trimestre") if info.get(f) is None or info[f].values["Valor"] is None]
        for field in missing:
            row = info.get(field)
            self.errors.append(InputError(f"falta «{field}»; use la plantilla de `vigia progress template`",
                                          row.place("Valor") if row else where("Informe")))
        if missing:
            return []
        self.letters = {"Valor": "B"}
        dane_row, quarter_row = info["Código DANE"], info["Trimestre"]
        city_code = _dane(as_text(dane_row.values["Valor"]))
        plan = self.plan_for(city_code, dane_row.number, "Valor")
        quarter = self.quarter(as_text(quarter_row.values["Valor"]),
                               quarter_row.number, "Valor", plan)
        if plan is None or quarter is None:
            return []
        plan = self.quarter_plan(plan, quarter)
        return self.milestones(book["Hitos"], plan, city_code, quarter) + \
            self.indicators(book["Indicadores"], plan, city_code, quarter)

    def milestones(self, ws: Any, plan: Plan, city_code: str, quarter: str) -> list[ProgressRow | IndicatorRow]:
        self.sheet = ws.title
        out: list[ProgressRow | IndicatorRow] = []
        seen: dict[str, int] = {}
        for row in read_rows(ws, MILESTONE_HEADERS, self.errors):
            self.letters = row.letters
            values = {h: as_text(v) for h, v in row.values.items()}
            code = values["Código del hito"]
            reported = [h for h in MILESTONE_HEADERS[MILESTONE_INFO:] if values[h]]
            if not reported:
                continue  # not reported this quarter
            before = len(self.errors)
            if not code:
                self.error(row.number, "Código del hito", "falta el código del hito")
            elif code not in self.milestone_codes(plan):
                self.error(row.number, "Código del hito", f"hito desconocido '{code}' en {plan_label(plan, quarter)} "
                                                          f"de {plan.city.name} ({plan.city_code})")
            elif code in seen:
                self.error(row.number, "Código del hito", f"hito repetido '{code}'; ya aparece en la fila {seen[code]}")
            else:
                seen[code] = row.number
            if not values["Avance físico (%)"]:
                self.error(row.number, "Avance físico (%)", "falta este dato obligatorio: el hito tiene otros datos "
                                                            f"reportados ({', '.join(reported)})")
            progress = self.number(values["Avance físico (%)"] or "", row.number, "Avance físico (%)", 0, 100, "avance")
            budget = self.number(values["Presupuesto ejecutado"] or "", row.number, "Presupuesto ejecutado", 0, None,
                                 "presupuesto", money=True)
            evidence = values["Enlace a evidencia"]
            if evidence:
                self.evidence(evidence, row.number, "Enlace a evidencia")
            by = values["Reportado por"]
            if by and len(by) > 300:
                self.error(row.number, "Reportado por", "texto demasiado largo; máximo 300 caracteres")
            if len(self.errors) > before or progress is None:
                continue
            out.append(ProgressRow(line=row.number, city_code=city_code, quarter=quarter, milestone_code=code,
                                   physical_progress=progress, budget_executed=budget, reported_by=by,
                                   comment=values["Comentario"], evidence_url=evidence,
                                   place=row.place("Avance físico (%)")))
        return out

    def indicators(self, ws: Any, plan: Plan, city_code: str, quarter: str) -> list[ProgressRow | IndicatorRow]:
        self.sheet = ws.title
        known = {x.code: x for x in self.session.scalars(select(Indicator).where(Indicator.plan_id == plan.id))}
        out: list[ProgressRow | IndicatorRow] = []
        seen: dict[str, int] = {}
        for row in read_rows(ws, INDICATOR_HEADERS, self.errors):
            self.letters = row.letters
            values = {h: as_text(v) for h, v in row.values.items()}
            code, raw = values["Código del indicador"], values["Valor"]
            if not any(values[h] for h in INDICATOR_HEADERS[INDICATOR_INFO:]):
                continue
            before = len(self.errors)
            indicator = known.get(code or "")
            if not code:
                self.error(row.number, "Código del indicador", "falta el código del indicador")
            elif indicator is None:
                self.error(row.number, "Código del indicador", f"indicador desconocido '{code}' en "
                                                               f"{plan_label(plan, quarter)}; "
                                                               f"indicadores: {', '.join(sorted(known)) or 'ninguno'}")
            elif code in seen:
                self.error(row.number, "Código del indicador", f"indicador repetido '{code}'; ya aparece en la fila "
                                                               f"{seen[code]}")
            else:
                seen[code] = row.number
            if not raw:
                self.error(row.number, "Valor", "falta este dato obligatorio: la fila tiene comentario o responsable")
                continue
            value = self.value(raw, row.number, indicator.measure if indicator else "number")
            if len(self.errors) > before or value is None:
                continue
            out.append(IndicatorRow(line=row.number, city_code=city_code, quarter=quarter, indicator_code=code,
                                    value=value, reported_by=values["Reportado por"], comment=values["Comentario"],
                                    place=row.place("Valor")))
        return out

    def value(self, raw: str, line: int, measure: str) -> float | None:
        """An indicator value as its measure expects: sí/no, 0–100 for percentages, a number otherwise."""
        if measure == "yes_no":
            answer = {"sí": 1.0, "si": 1.0, "no": 0.0, "1": 1.0, "0": 0.0}.get(raw.strip().lower())
            if answer is None:
                self.error(line, "Valor", f"valor inválido '{raw}'; este indicador se responde sí o no")
            return answer
        if measure == "percentage":
            return self.number(raw, line, "Valor", 0, 100, "porcentaje")
        if measure == "money":
            return self.number(raw, line, "Valor", 0, None, "valor", money=True)
        return self.number(raw, line, "Valor", float("-inf"), None, "valor")

