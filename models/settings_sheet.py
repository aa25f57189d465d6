"""The plan workbook's «Configuración» sheet: a city's settings (models/settings.py), one row per key.

The template lists every key with its default and a Spanish explanation, and leaves the value blank:
blank means the default. Reading turns the filled rows into the same `settings` mapping a YAML plan
carries, so models/settings.validate_settings checks both alike; its errors are placed on the row's
«Valor» cell by the plan reader (models/plan_xlsx.py).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from openpyxl import Workbook
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from models.errors import InputError
from models.settings import DEFAULT_THRESHOLDS, MATCHING_INTEGER_KEYS, TRACKING_DEFAULTS, TRACKING_INTEGER_KEYS
from models.workbook import YES_NO, Row, add_table, as_number, as_text, read_rows

SHEET = "Configuración"
HEADERS = ["Clave", "Explicación", "Valor por defecto", "Valor"]
VALUE = "Valor"
SENDER_EXAMPLE = "mailtos://ori:${VIGIA_SMTP_PASSWORD}@smtp.ciudad.gov.co?from=ori@ciudad.gov.co"


@dataclass(frozen=True)
class SettingRow:
    key: str  # the YAML key; semáforo thresholds as semaforo.verde / semaforo.amarillo
    kind: str  # ratio | integer | yes_no | sender | list
    default: Any  # shown in «Valor por defecto»
    explanation: str
    bounds: tuple[int, int] | None = None  # integers only


def setting_rows() -> list[SettingRow]:
    """Every per-city setting, in the order the sheet lists them."""
    from models.matching import DEFAULT_ALERT_THRESHOLD, DEFAULT_MAX_PER_ALERT, DEFAULT_MIN_DAYS_LEFT

    days = {**TRACKING_INTEGER_KEYS, **MATCHING_INTEGER_KEYS}
    return [
        SettingRow("semaforo.verde", "ratio", DEFAULT_THRESHOLDS["verde"],
                   "Semáforo: un hito está en verde cuando su avance reportado es al menos esta fracción del avance "
                   "planeado a la fecha. Número mayor que 0 y hasta 1 (0.9 = 90 %)."),
        SettingRow("semaforo.amarillo", "ratio", DEFAULT_THRESHOLDS["amarillo"],
                   "Semáforo: amarillo desde esta fracción del avance planeado; por debajo, rojo. Debe ser menor que "
                   "el umbral verde."),
        SettingRow("match_threshold", "ratio", DEFAULT_ALERT_THRESHOLD,
                   "Puntaje mínimo (mayor que 0 y hasta 1) que una convocatoria debe alcanzar en un eje para que se "
                   "avise como oportunidad."),
        SettingRow("max_per_alert", "integer", DEFAULT_MAX_PER_ALERT,
                   "Máximo de convocatorias que se avisan a la ciudad en una misma corrida (las mejores primero).",
                   days["max_per_alert"]),
        SettingRow("min_days_left", "integer", DEFAULT_MIN_DAYS_LEFT,
                   "Si faltan menos días que estos para el cierre, la convocatoria no se avisa: no alcanza el tiempo "
                   "para prepararla.", days["min_days_left"]),
        SettingRow("population", "integer", "cifra del DANE si es una ciudad de muestra; si no, desconocida",
                   "Habitantes de la ciudad, para convocatorias con requisitos de población. Sin este dato, esas "
                   "convocatorias no se avisan.", days["population"]),
        SettingRow("indicator_tolerance", "ratio", TRACKING_DEFAULTS["indicator_tolerance"],
                   "Un indicador que se aleja de su meta menos que esta fracción está en verde (0.15 = 15 %)."),
        SettingRow("budget_overrun_tolerance", "ratio", TRACKING_DEFAULTS["budget_overrun_tolerance"],
                   "Ejecutar más del presupuesto planeado a la fecha por encima de esta fracción es amarillo "
                   "(0.15 = más del 115 %)."),
        SettingRow("reporting_window_days", "integer", TRACKING_DEFAULTS["reporting_window_days"],
                   "Días después del cierre de cada trimestre para reportar el avance a tiempo; en ese plazo se "
                   "envían los recordatorios.", days["reporting_window_days"]),
        SettingRow("escalate_after_days", "integer", TRACKING_DEFAULTS["escalate_after_days"],
                   "Un hito vencido por más de estos días se escala (la alerta lo marca como escalado).",
                   days["escalate_after_days"]),
        SettingRow("digest", "yes_no", "no",
                   "sí: un solo mensaje de desvíos por ciudad y corrida en lugar de uno por desvío."),
        SettingRow("reminder_sender", "sender", "(ninguno: no se envían recordatorios)",
                   "Correo desde el que salen los recordatorios, como URL de apprise sin to= (Vigía agrega el correo "
                   f"de cada responsable), p. ej. {SENDER_EXAMPLE}. Escriba las contraseñas como ${{VARIABLE}}: "
                   "se leen del entorno al enviar y nunca se guardan."),
        SettingRow("redes", "list", "(sin indicar: las convocatorias solo para miembros quedan por verificar)",
                   "Redes de ciudades de las que la ciudad es miembro, separadas por punto y coma, p. ej. "
                   "C40; Metropolis; ICLEI; CGLU. Una convocatoria solo para miembros de una red se avisa si la "
                   "ciudad está en la lista y se descarta si no está; escriba la lista completa."),
    ]


def add_settings_sheet(book: Workbook) -> Worksheet:
    """The «Configuración» sheet: one row per setting, its default and explanation, the value left blank."""
    rows = setting_rows()
    ws = add_table(book, SHEET, HEADERS, widths=[26, 90, 22, 40],
                   rows=[[r.key, r.explanation, r.default, None] for r in rows], info_columns=3)
    for number, row in enumerate(rows, start=2):
        cell = f"D{number}"
        if row.kind == "ratio":
            dv = DataValidation(type="decimal", operator="between", formula1="0", formula2="1", allow_blank=True,
                                showErrorMessage=True, error="Escriba un número mayor que 0 y hasta 1, p. ej. 0.9")
        elif row.kind == "integer":
            low, high = row.bounds
            dv = DataValidation(type="whole", operator="between", formula1=str(low), formula2=str(high),
                                allow_blank=True, showErrorMessage=True,
                                error=f"Escriba un número entero entre {low} y {high}")
        elif row.kind == "yes_no":
            dv = DataValidation(type="list", formula1='"sí,no"', allow_blank=True, showErrorMessage=True,
                                errorTitle="Valor no válido", error="Elija sí o no")
        else:
            ws[cell].number_format = "@"  # a URL or a list of names: text as written
            continue
        dv.add(cell)
        ws.add_data_validation(dv)
    return ws


def read_settings_sheet(ws: Worksheet, errors: list[InputError],
                        places: dict[str, tuple[Row, dict[str, str]]]) -> dict[str, Any]:
    """The filled rows as a plan's raw `settings`; records each key's row in `places` for later errors."""
    kinds = {r.key: r.kind for r in setting_rows()}
    raw: dict[str, Any] = {}
    seen: dict[str, int] = {}
    for row in read_rows(ws, HEADERS, errors):
        key = as_text(row.values["Clave"])
        if key not in kinds:
            errors.append(InputError(f"clave desconocida {key!r}; use una de: {', '.join(kinds)}", row.place("Clave")))
            continue
        if key in seen:
            errors.append(InputError(f"clave repetida; ya está en la fila {seen[key]}", row.place("Clave")))
            continue
        seen[key] = row.number
        path = f"settings.{key}"
        places[path] = (row, {"": VALUE})
        if key.startswith("semaforo."):
            places.setdefault("settings.semaforo", (row, {"": VALUE}))
        value = row.values[VALUE]
        if value is None:
            continue  # blank: the default
        value = _value(ws, row, kinds[key], value, errors)
        if value is _WRONG:
            continue
        group, _, leaf = key.rpartition(".")
        (raw.setdefault(group, {}) if group else raw)[leaf] = value
    return raw


def _value(ws: Worksheet, row: Row, kind: str, value: Any, errors: list[InputError]) -> Any:
    """A cell as the YAML would have it: 0.9, 15, true, a URL; wrong yes/no answers reported here."""
    if kind == "yes_no":
        if isinstance(value, bool):
            return value
        choice = YES_NO.get(str(value).strip().lower())
        if choice is None:
            errors.append(InputError(f"valor inválido {value!r}; escriba sí o no", row.place(VALUE)))
            return _WRONG
        return choice
    if kind == "sender":
        return as_text(value)
    if kind == "list":
        return [name.strip() for name in re.split(r"[;,\n]", as_text(value) or "") if name.strip()]
    number = as_number(value)
    if isinstance(number, bool) or not isinstance(number, (int, float)):
        return value  # validate_settings says what was expected
    if kind == "ratio" and _is_percent(ws, row, value):
        number = number / 100  # 90 % (typed or formatted as a percentage) is 0.9
    if kind == "integer" and float(number).is_integer():
        number = int(number)
    return number


def _is_percent(ws: Worksheet, row: Row, value: Any) -> bool:
    cell = ws[f"{row.letters[VALUE]}{row.number}"]
    return (isinstance(value, str) and "%" in value) or "%" in (cell.number_format or "")


_WRONG = object()  # a value already reported as wrong: left out so validate_settings does not report it twice
