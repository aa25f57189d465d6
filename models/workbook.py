"""Read and write the Spanish spreadsheets ORIs work in, refusing what would be read wrongly.

Reading is strict so that nothing is imported by guesswork: the workbook must have exactly the
expected sheets (an extra sheet is an error), no merged cells, no formulas (their value is not
stored reliably), and each sheet's first row must hold the expected headers. Every problem is an
InputError whose place reads `hoja «Hitos», fila 5, columna «Entrega» (H5)`.
"""
from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from models.errors import InputError

HEADER_FILL = PatternFill("solid", fgColor="1F4E78")
INFO_FILL = PatternFill("solid", fgColor="EDEDED")
_PLAIN_NUMBER = re.compile(r"^-?\d+(?:[.,]\d+)?$")
MAX_ROWS = 2000  # drop-down lists and checks cover this many rows
YES_NO = {"sí": True, "si": True, "no": False}  # a sí/no cell, as read


def where(sheet: str, row: int | None = None, column: str | None = None, letter: str | None = None) -> str:
    """The place of a cell as ORI staff read it."""
    text = f"hoja «{sheet}»"
    if row is not None:
        text += f", fila {row}"
    if column is not None:
        text += f", columna «{column}»" + (f" ({letter}{row})" if letter and row else "")
    return text


@dataclass
class Row:
    """One data row: values by header, with the row number and each header's column letter."""

    sheet: str
    number: int
    values: dict[str, Any]
    letters: dict[str, str]

    def place(self, column: str | None = None) -> str:
        return where(self.sheet, self.number, column, self.letters.get(column) if column else None)


def open_workbook(path: Path, sheets: list[str], optional: tuple[str, ...] = ()) -> tuple[Any, list[InputError]]:
    """Open a workbook and check its shape: the expected sheets only, no merged cells, no formulas.

    Sheets in `optional` (instructions, reference lists) may have been deleted; the others must be there.
    """
    path = Path(path)
    try:
        book = load_workbook(path, data_only=False)
    except FileNotFoundError:
        raise InputError("no se encontró el archivo", str(path)) from None
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise InputError(f"no es un libro de Excel (.xlsx) válido; guárdelo como «Libro de Excel»",
                         str(path)) from None
    errors: list[InputError] = []
    names = list(book.sheetnames)
    for name in names:
        if name not in sheets:
            errors.append(InputError(f"hoja no esperada; el libro solo debe tener las hojas {', '.join(sheets)}; "
                                     "bórrela o mueva su contenido", where(name)))
    for name in sheets:
        if name not in names and name not in optional:
            errors.append(InputError("falta esta hoja; parta de la plantilla de Vigía", where(name)))
    for name in names:
        if name not in sheets:
            continue
        ws = book[name]
        for merged in ws.merged_cells.ranges:
            errors.append(InputError(f"celdas combinadas {merged.coord}; sepárelas (Inicio › Combinar y centrar) "
                                     "y escriba el dato en una sola celda", where(name)))
        for row in ws.iter_rows():
            for cell in row:
                if cell.data_type == "f" or (isinstance(cell.value, str) and cell.value.startswith("=")):
                    errors.append(InputError("la celda tiene una fórmula; escriba el valor (Copiar › Pegar valores)",
                                             f"hoja «{name}», celda {cell.coordinate}"))
    return book, errors


def header_problem(ws: Worksheet, headers: list[str]) -> InputError | None:
    """The sheet's first row must be exactly the template's headers."""
    found = [_clean(c.value) for c in ws[1]] if ws.max_row >= 1 else []
    found = [h if h is not None else "" for h in found]
    while found and found[-1] == "":
        found.pop()
    if found == headers:
        return None
    missing = [h for h in headers if h not in found]
    extra = [h for h in found if h and h not in headers]
    detail = []
    if missing:
        detail.append(f"faltan: {', '.join(missing)}")
    if extra:
        detail.append(f"sobran: {', '.join(extra)}")
    if not detail:
        detail.append("están en otro orden")
    return InputError(f"los encabezados no coinciden con la plantilla ({'; '.join(detail)}); "
                      f"la fila 1 debe ser: {' | '.join(headers)}", where(ws.title, 1))


def read_rows(ws: Worksheet, headers: list[str], errors: list[InputError]) -> Iterator[Row]:
    """Data rows under a header row that must match `headers` (blank rows skipped)."""
    problem = header_problem(ws, headers)
    if problem is not None:
        errors.append(problem)
        return
    letters = {h: get_column_letter(i + 1) for i, h in enumerate(headers)}
    for number, cells in enumerate(ws.iter_rows(min_row=2, max_col=max(len(headers), ws.max_column)), start=2):
        values = {h: _cell_value(cells[i]) if i < len(cells) else None for i, h in enumerate(headers)}
        beyond = [c for c in cells[len(headers):] if _clean(c.value) is not None]
        if beyond:
            errors.append(InputError("hay datos fuera de las columnas de la plantilla; bórrelos",
                                     f"hoja «{ws.title}», celda {beyond[0].coordinate}"))
        if all(v is None for v in values.values()):
            continue
        yield Row(sheet=ws.title, number=number, values=values, letters=letters)


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        value = " ".join(value.split())
        return value or None
    return value


def _cell_value(cell: Any) -> Any:
    """Text trimmed, dates as date, a number typed with % (stored 0.45) back as 45."""
    value = _clean(cell.value)
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, (int, float)) and not isinstance(value, bool) and "%" in (cell.number_format or ""):
        return round(value * 100, 6)
    return value


def as_text(value: Any) -> str | None:
    """A cell as text: 12.0 -> '12', a date -> 'AAAA-MM-DD'."""
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def as_number(value: Any) -> Any:
    """A number, or text that is plainly one ('45', '45,5', '45 %'); anything else unchanged for the checker."""
    if isinstance(value, str):
        clean = value.replace("%", "").replace("$", "").replace(" ", "").replace("\u00a0", "")
        if _PLAIN_NUMBER.match(clean):
            return float(clean.replace(",", "."))
    return value


# --- writing -----------------------------------------------------------------------------


def new_workbook() -> Workbook:
    book = Workbook()
    book.remove(book.active)
    return book


def add_table(book: Workbook, title: str, headers: list[str], widths: list[int] | None = None,
              rows: list[list[Any]] | None = None, info_columns: int = 0) -> Worksheet:
    """A sheet with a styled, frozen header row; the first `info_columns` are pre-filled, not to be edited."""
    ws = book.create_sheet(title)
    ws.append(headers)
    for i, cell in enumerate(ws[1]):
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        ws.column_dimensions[get_column_letter(i + 1)].width = (widths[i] if widths else 18)
    for values in rows or []:
        ws.append(values)
        for cell in ws[ws.max_row][:info_columns]:
            cell.fill = INFO_FILL
    ws.freeze_panes = "A2"
    return ws


def _letter(ws: Worksheet, column: str) -> str:
    """The letter of the column headed `column`."""
    return get_column_letter([c.value for c in ws[1]].index(column) + 1)


def drop_down(ws: Worksheet, column: str, options: list[str], prompt: str) -> None:
    """A list validation on a whole column (rows 2…MAX_ROWS) so only the fixed values can be chosen."""
    letter = _letter(ws, column)
    dv = DataValidation(type="list", formula1='"' + ",".join(options) + '"', allow_blank=True,
                        showErrorMessage=True, errorTitle="Valor no válido",
                        error=f"Elija uno de: {', '.join(options)}", promptTitle=column, prompt=prompt)
    dv.add(f"{letter}2:{letter}{MAX_ROWS}")
    ws.add_data_validation(dv)


def date_column(ws: Worksheet, column: str) -> None:
    """A date validation on a whole column (rows 2…MAX_ROWS), found by its header."""
    letter = _letter(ws, column)
    dv = DataValidation(type="date", operator="greaterThan", formula1="DATE(2000,1,1)", allow_blank=True,
                        showErrorMessage=True, error="Escriba una fecha (AAAA-MM-DD)")
    dv.add(f"{letter}2:{letter}{MAX_ROWS}")
    ws.add_data_validation(dv)


def add_instructions(book: Workbook, lines: list[str]) -> Worksheet:
    ws = book.create_sheet("Instrucciones", 0)
    ws.column_dimensions["A"].width = 120
    for i, line in enumerate(lines, start=1):
        ws.cell(row=i, column=1, value=line).alignment = Alignment(wrap_text=True)
    ws["A1"].font = Font(bold=True, size=14)
    return ws
