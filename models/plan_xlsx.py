"""A city's plan as an Excel workbook in Spanish: the empty template, and reading it into a PlanSpec.

The workbook holds the same content as the YAML format (models/plans.py) one level per sheet:
Plan (city and period), Ejes, Objetivos, Acciones, Hitos, Indicadores, plus Instrucciones and
Catálogo (the guide's Anexo I, for reference; neither is read). Each row names its parent by
code (an objective its axis, an action its objective, a milestone its action), so objective and
action codes must be unique in the whole workbook. The rows become the same nested data the YAML
gives and go through the same checks (models/plan_file.check_plan_data); each error is then
moved from its field path to the sheet, row and column it came from. Per-city settings (semáforo
thresholds, reminder sender…) go in the optional Configuración sheet (models/settings_sheet.py).
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from openpyxl.worksheet.datavalidation import DataValidation

from models.catalogue import load_catalogue
from models.errors import InputError, InputErrors
from models.plan_file import PlanSpec, check_plan_data
from models.progress import _dane
from models.settings_sheet import HEADERS as SETTINGS_HEADERS
from models.settings_sheet import SHEET as SETTINGS_SHEET
from models.settings_sheet import add_settings_sheet, read_settings_sheet
from models.workbook import (MAX_ROWS, YES_NO, Row, add_instructions, add_table, as_number, as_text, date_column,
                             drop_down, header_problem, new_workbook, open_workbook, read_rows, where)

PLAN_FIELDS = {  # row label on the Plan sheet -> path in the plan data
    "Ciudad": "city.name",
    "Código DANE": "city.dane_code",
    "Departamento": "city.department",
    "Nombre del plan": "name",
    "Inicio del periodo": "period.start",
    "Fin del periodo": "period.end",
}
# sheet -> {header: data key}; a None key is the parent reference, resolved by the reader
COLUMNS: dict[str, dict[str, str | None]] = {
    "Ejes": {"Código": "code", "Nombre": "name", "Descripción": "description", "Palabras clave": "keywords",
             "ODS": "ods", "Presupuesto": "budget"},
    "Objetivos": {"Eje": None, "Código": "code", "Nombre": "name", "Presupuesto": "budget"},
    "Acciones": {"Objetivo": None, "Código": "code", "Nombre": "name", "Responsable": "responsible",
                 "Correo del responsable": "responsible_email", "Área": "responsible_area", "Socios": "partners",
                 "Presupuesto": "budget", "Inicio": "start", "Fin": "end"},
    "Hitos": {"Acción": None, "Código": "code", "Nombre": "name", "Responsable": "responsible",
              "Correo del responsable": "responsible_email", "Área": "responsible_area", "Inicio": "start",
              "Entrega": "due", "Presupuesto": "budget", "Peso": "weight", "Avance planeado": "planned_progress",
              "Ejemplo": "example"},
    "Indicadores": {"Código": "code", "Nombre": "name", "Eje": "axis", "Unidad": "unit", "Medida": "measure",
                    "Sentido": "direction", "Acumulación": "accumulation", "Línea de base": "baseline",
                    "Metas": "targets", "Catálogo": "catalogue", "Ejemplo": "example"},
}
# Columns a workbook made by an older template may lack (added at the end of their sheet): read as blank.
LATER_COLUMNS: dict[str, list[str]] = {"Acciones": ["Inicio", "Fin"]}
SHEETS = ["Instrucciones", "Plan", *COLUMNS, SETTINGS_SHEET, "Catálogo"]
OPTIONAL_SHEETS = ("Instrucciones", SETTINGS_SHEET, "Catálogo")  # an older workbook has no Configuración
MEASURES = {"número": "number", "porcentaje": "percentage", "dinero": "money", "sí/no": "yes_no",
            "cualitativo": "qualitative"}
DIRECTIONS = {"más es mejor": "up", "menos es mejor": "down"}
ACCUMULATIONS = {"stock": "stock", "flujo": "flow", "acumulado": "cumulative", "capacidad": "capacity",
                 "reducción": "reduction"}
_PATH = re.compile(r"(?:axes|indicators)\[\d+\](?:\.\w+\[\d+\])*")
_PAIR = re.compile(r"^\s*(\d{4}-T[1-4])\s*[=:]\s*(-?\d+(?:[.,]\d+)?)\s*%?\s*$")
_YES_NO_PAIR = re.compile(r"^\s*(\d{4}-T[1-4])\s*[=:]\s*(sí|si|no)\s*$", re.IGNORECASE)  # a sí/no indicator's target

INSTRUCTIONS = [
    "Plan de Acción Internacional (PAI) — plantilla de Vigía",
    "Llene una hoja por nivel: Plan (ciudad y periodo), Ejes, Objetivos, Acciones, Hitos e Indicadores. "
    "La fila 1 de cada hoja es el encabezado: no la cambie. Una fila por elemento; deje las filas vacías al final.",
    "Cada fila nombra a su elemento superior por su código: el objetivo su eje, la acción su objetivo y el hito su "
    "acción. Los códigos de objetivos y de acciones no se repiten en todo el libro; los de hitos tampoco y no deben "
    "cambiar entre versiones del plan (el avance reportado queda unido al código del hito).",
    "Códigos: letras, números, '.', '-' o '_' (p. ej. E1, E1.O1, E1.O1.A1, H-01). Fechas: AAAA-MM-DD o una fecha "
    "de Excel. Presupuesto en pesos, sin separador de miles. Todo eje, objetivo, acción e hito lleva presupuesto "
    "(puede ser 0).",
    "Listas dentro de una celda se separan con punto y coma (las palabras clave, también con comas): palabras "
    "clave, ODS (1 a 17), socios. Avance planeado y "
    "metas por trimestre: 2025-T2=30; 2025-T3=70; 2025-T4=100 (el avance planeado es acumulado y llega a 100 en el "
    "trimestre de entrega).",
    "Acciones: Inicio y Fin (opcionales) son las fechas planeadas de la acción, dentro del periodo del plan; un hito "
    "sin Inicio propio empieza cuando empieza su acción.",
    "Configuración (opcional): umbrales del semáforo, avisos de convocatorias, plazos de reporte y el correo de los "
    "recordatorios de la ciudad. Cada fila explica su clave y su valor por defecto; deje «Valor» vacío para usar el "
    "valor por defecto.",
    "Obligatorios: en Plan, Ciudad, Código DANE, Nombre del plan e inicio y fin del periodo; en Ejes, Objetivos y "
    "Acciones, código, nombre y presupuesto; en Hitos, además, responsable y entrega; en Indicadores, código y nombre.",
    "Indicadores: Medida (número, porcentaje, dinero, sí/no, cualitativo), Sentido (más es mejor, menos es mejor), "
    "Acumulación según el DNP (stock, flujo, acumulado, capacidad, reducción) y, si aplica, el código del catálogo "
    "del Anexo I de la guía (hoja Catálogo). Las metas de un indicador sí/no se escriben sí o no (2026-T4=sí).",
    "No use fórmulas, celdas combinadas ni hojas adicionales: Vigía rechaza el libro y dice dónde está el problema. "
    "Si hay un error no se importa nada. Importe con: vigia plan import ARCHIVO.xlsx",
]


def write_plan_template(path: Path | str) -> Path:
    """An empty plan workbook with drop-down lists where the values are fixed."""
    book = new_workbook()
    add_instructions(book, INSTRUCTIONS)
    plan = add_table(book, "Plan", ["Campo", "Valor"], widths=[24, 60], rows=[[label, None] for label in PLAN_FIELDS],
                     info_columns=1)
    plan["B3"].number_format = "@"  # DANE code as text: Excel would drop Medellín's leading zero
    widths = {"Nombre": 40, "Descripción": 60, "Palabras clave": 40, "Avance planeado": 36, "Metas": 36}
    sheets = {}
    for title, columns in COLUMNS.items():
        sheets[title] = add_table(book, title, list(columns), widths=[widths.get(h, 18) for h in columns])
    hitos, indicadores = sheets["Hitos"], sheets["Indicadores"]
    drop_down(hitos, "Ejemplo", ["sí", "no"], "sí si el hito es inventado (datos de ejemplo)")
    drop_down(indicadores, "Medida", list(MEASURES), "Tipo de medida del indicador")
    drop_down(indicadores, "Sentido", list(DIRECTIONS), "¿Es mejor que el valor suba o que baje?")
    drop_down(indicadores, "Acumulación", list(ACCUMULATIONS), "Cómo se suman los valores trimestrales")
    drop_down(indicadores, "Ejemplo", ["sí", "no"], "sí si las metas son inventadas")
    for title, columns in (("Hitos", ("Inicio", "Entrega")), ("Acciones", ("Inicio", "Fin"))):
        for column in columns:
            date_column(sheets[title], column)
    add_settings_sheet(book)
    cat = load_catalogue()
    reference = add_table(book, "Catálogo", ["Código", "Criterio o indicador", "Grupo"], widths=[12, 90, 44],
                          rows=[[c.code, c.name, "Criterio cualitativo"] for c in cat.criteria]
                          + [[i.code, i.name, i.group] for i in cat.indicators], info_columns=3)
    last = reference.max_row
    dv = DataValidation(type="list", formula1=f"'Catálogo'!$A$2:$A${last}", allow_blank=True, showErrorMessage=True,
                        error="Use un código de la hoja Catálogo")
    dv.add(f"J2:J{MAX_ROWS}")  # Catálogo
    indicadores.add_data_validation(dv)
    path = Path(path)
    book.save(path)
    return path


def read_plan_workbook(path: Path | str) -> PlanSpec:
    """Read and validate a plan workbook; raises InputErrors, each naming sheet, row and column."""
    path = Path(path)
    book, errors = open_workbook(path, SHEETS, optional=OPTIONAL_SHEETS)
    reader = _Reader(errors)
    data = reader.read(book) if not errors else None
    spec = None
    if data is not None:
        spec, problems = check_plan_data(data)
        errors += [InputError(_PATH.sub(lambda m: reader.place(m.group(0)), e.message), reader.place(e.where))
                   for e in problems]
    if errors or spec is None:
        raise InputErrors(errors, source=str(path))
    return spec


class _Reader:
    """Turns the sheets into the nested plan data, remembering where each element came from."""

    def __init__(self, errors: list[InputError]):
        self.errors = errors
        self.places: dict[str, tuple[Row, dict[str, str]]] = {}  # data path -> (row, {key: header})

    def error(self, row: Row, column: str | None, message: str) -> None:
        self.errors.append(InputError(message, row.place(column)))

    def place(self, path: str | None) -> str:
        """A checker's field path as the sheet, row and column it came from."""
        if not path or path == "(raíz del archivo)":
            return "libro"
        if path in ("axes", "indicators"):
            return where("Ejes" if path == "axes" else "Indicadores")
        best = max((p for p in self.places if path == p or path.startswith(p + ".")), key=len, default=None)
        if best is None:
            return path
        row, keys = self.places[best]
        rest = path[len(best) + 1:]
        field = re.split(r"[.\[]", rest)[0] if rest else ""
        header = keys.get(field)
        detail = rest.split(".", 1)[1] if header and "." in rest else ""
        return row.place(header) + (f" ({detail})" if detail else "")

    def read(self, book: Any) -> dict[str, Any] | None:
        headers = {title: _headers(book[title], list(columns)) for title, columns in COLUMNS.items()}
        shapes = [header_problem(book["Plan"], ["Campo", "Valor"])] + \
                 [header_problem(book[title], list(columns)) for title, columns in COLUMNS.items()
                  if headers[title] is None]
        if SETTINGS_SHEET in book.sheetnames:
            shapes.append(header_problem(book[SETTINGS_SHEET], SETTINGS_HEADERS))
        if any(shapes):
            self.errors.extend(p for p in shapes if p)
            return None  # with a sheet's columns wrong, every row below would be misread
        data: dict[str, Any] = {"axes": [], "indicators": []}
        self.plan_sheet(book["Plan"], data)
        if SETTINGS_SHEET in book.sheetnames:
            settings = read_settings_sheet(book[SETTINGS_SHEET], self.errors, self.places)
            if settings:
                data["settings"] = settings
        rows = {title: list(read_rows(book[title], headers[title], self.errors)) for title in COLUMNS}
        axes: dict[str, dict[str, Any]] = {}
        for row in rows["Ejes"]:
            axis = self.element(row, "Ejes")
            axis["objectives"] = []
            data["axes"].append(axis)
            axes.setdefault(str(axis.get("code")), axis)
            self.remember(f"axes[{len(data['axes']) - 1}]", row, "Ejes")
        objectives = self.children(rows["Objetivos"], "Objetivos", "Eje", axes, "objectives", "actions", "eje")
        actions = self.children(rows["Acciones"], "Acciones", "Objetivo", objectives, "actions", "milestones",
                                "objetivo")
        self.children(rows["Hitos"], "Hitos", "Acción", actions, "milestones", None, "acción")
        for row in rows["Indicadores"]:
            data["indicators"].append(self.element(row, "Indicadores"))
            self.remember(f"indicators[{len(data['indicators']) - 1}]", row, "Indicadores")
        self.paths(data)
        return data

    def plan_sheet(self, ws: Any, data: dict[str, Any]) -> None:
        seen: dict[str, Row] = {}
        for row in read_rows(ws, ["Campo", "Valor"], self.errors):
            label = row.values["Campo"]
            if label not in PLAN_FIELDS:
                self.error(row, "Campo", f"campo desconocido {label!r}; use: {', '.join(PLAN_FIELDS)}")
                continue
            seen[label] = row
            value = row.values["Valor"]
            key = PLAN_FIELDS[label]
            if key == "city.dane_code" and value is not None:
                value = _dane(as_text(value))
            elif value is not None:
                value = as_text(value)
            group, _, leaf = key.rpartition(".")
            (data.setdefault(group, {}) if group else data)[leaf] = value
            self.places[key] = (row, {"": "Valor"})
        for label, key in PLAN_FIELDS.items():
            if label not in seen and label != "Departamento":
                self.errors.append(InputError(f"falta la fila «{label}»; parta de la plantilla", where("Plan")))

    def element(self, row: Row, sheet: str) -> dict[str, Any]:
        """One row as plan data, converting cells the way the YAML would have them."""
        out: dict[str, Any] = {}
        for header, key in COLUMNS[sheet].items():
            value = row.values.get(header)  # None for a later column an older workbook lacks
            if key is None or value is None:
                continue
            out[key] = self.convert(row, header, key, value, sheet)
        return {k: v for k, v in out.items() if v is not _SKIP}

    def convert(self, row: Row, header: str, key: str, value: Any, sheet: str) -> Any:
        if key in ("keywords", "partners"):
            # keywords are single words or phrases: a comma there is a list written the usual way
            separators = r"[;,]" if key == "keywords" else ";"
            return [p.strip() for p in re.split(separators, str(value)) if p.strip()]
        if key == "ods":
            items = [as_number(p.strip()) for p in as_text(value).split(";") if p.strip()]
            return [int(i) if isinstance(i, float) and i.is_integer() else i for i in items]
        if key in ("budget", "weight", "baseline"):
            return as_number(value)
        if key in ("planned_progress", "targets"):
            return self.quarterly(row, header, value)
        if key == "example":
            choice = YES_NO.get(str(value).strip().lower())
            if choice is None:
                self.error(row, header, f"valor inválido {value!r}; escriba sí o no")
                return _SKIP
            return choice
        for mapping_key, options in (("measure", MEASURES), ("direction", DIRECTIONS),
                                     ("accumulation", ACCUMULATIONS)):
            if key == mapping_key:
                chosen = options.get(str(value).strip().lower())
                if chosen is None:
                    self.error(row, header, f"valor inválido {value!r}; use uno de: {', '.join(options)}")
                    return _SKIP
                return chosen
        return as_text(value)

    def quarterly(self, row: Row, header: str, value: Any) -> Any:
        """'2025-T2=30; 2025-T3=70' -> {'2025-T2': 30.0, '2025-T3': 70.0}."""
        out: dict[str, float] = {}
        yes_no = header == "Metas" and str(row.values.get("Medida") or "").strip().lower() == "sí/no"
        for part in (p for p in str(value).split(";") if p.strip()):
            match = _PAIR.match(part)
            said = _YES_NO_PAIR.match(part) if yes_no and not match else None
            if said:  # 2026-T4=sí -> 1, as the progress sheet reads the indicator's value
                out[said.group(1)] = 1.0 if YES_NO[said.group(2).lower()] else 0.0
                continue
            if not match:
                self.error(row, header, f"no se entiende {part.strip()!r}; escriba trimestre=valor separados por ';', "
                                        "p. ej. 2025-T2=30; 2025-T4=100")
                return _SKIP
            out[match.group(1)] = float(match.group(2).replace(",", "."))
        return out

    def children(self, rows: list[Row], sheet: str, parent_header: str, parents: dict[str, dict[str, Any]],
                 list_key: str, own_list: str | None, parent_word: str) -> dict[str, dict[str, Any]]:
        """Attach each row to its parent by code; codes here must be unique across the workbook."""
        by_code: dict[str, dict[str, Any]] = {}
        first_row: dict[str, int] = {}
        for row in rows:
            parent_code = as_text(row.values[parent_header])
            item = self.element(row, sheet)
            if own_list:
                item[own_list] = []
            code = str(item.get("code"))
            if parent_code is None:
                self.error(row, parent_header, f"falta el código del {parent_word} al que pertenece")
                continue
            if parent_code not in parents:
                known = ", ".join(sorted(parents)) or "ninguno"
                self.error(row, parent_header, f"{parent_word} desconocid{'a' if parent_word == 'acción' else 'o'} {parent_code!r}; códigos en la hoja: {known}")
                continue
            if own_list and item.get("code") is not None:
                if code in first_row:
                    self.error(row, "Código", f"código duplicado {code!r}; ya usado en la fila {first_row[code]}")
                    continue
                first_row[code] = row.number
                by_code[code] = item
            parents[parent_code][list_key].append(item)
            item["_row"] = (row, sheet)
        return by_code

    def remember(self, path: str, row: Row, sheet: str) -> None:
        self.places[path] = (row, {k: h for h, k in COLUMNS[sheet].items() if k})

    def paths(self, data: dict[str, Any]) -> None:
        """Record the data path of every nested element, now that their positions are final."""
        for i, axis in enumerate(data["axes"]):
            for j, objective in enumerate(axis["objectives"]):
                self.remember_item(f"axes[{i}].objectives[{j}]", objective)
                for k, action in enumerate(objective["actions"]):
                    self.remember_item(f"axes[{i}].objectives[{j}].actions[{k}]", action)
                    for n, milestone in enumerate(action["milestones"]):
                        self.remember_item(f"axes[{i}].objectives[{j}].actions[{k}].milestones[{n}]", milestone)

    def remember_item(self, path: str, item: dict[str, Any]) -> None:
        row, sheet = item.pop("_row")
        self.remember(path, row, sheet)


def _headers(ws: Any, columns: list[str]) -> list[str] | None:
    """The sheet's header row: the template's, or an older template's without the later columns; else None."""
    later = LATER_COLUMNS.get(ws.title, [])
    for candidate in (columns, [c for c in columns if c not in later]):
        if header_problem(ws, candidate) is None:
            return candidate
    return None


_SKIP = object()  # a cell already reported as wrong: left out so the checker does not report it twice
