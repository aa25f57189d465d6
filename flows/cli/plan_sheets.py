"""`vigia progress template --city DANE --quarter 2025-T1 FILE.xlsx`: the quarter's reporting workbook.

`vigia progress import` (flows/cli/tracking.py) reads that workbook as well as CSV, because
models/progress.read_progress_file dispatches on the file's suffix.
"""
from __future__ import annotations

import argparse
from pathlib import Path

from models.db import session_scope
from models.errors import InputError
from models.locale_co import numero
from models.progress_xlsx import write_progress_template


def register(sub: argparse._SubParsersAction) -> None:
    actions = _progress_actions(sub)
    tpl = actions.add_parser("template", help="Escribe el libro de reporte del trimestre, con los hitos e indicadores")
    tpl.add_argument("--city", required=True, metavar="DANE", help="código DANE de la ciudad, p. ej. 11001")
    tpl.add_argument("--quarter", required=True, metavar="AAAA-TN", help="trimestre que se reporta, p. ej. 2025-T1")
    tpl.add_argument("file", type=Path, metavar="ARCHIVO.xlsx", help="dónde guardar el libro")
    tpl.set_defaults(func=run_template)


def _progress_actions(sub: argparse._SubParsersAction) -> argparse._SubParsersAction:
    """The sub-commands of `vigia progress`, whose parser the tracking module creates (or we do, if absent)."""
    parser = sub.choices.get("progress")
    if parser is None:
        parser = sub.add_parser("progress", help="Reportes de avance trimestral de los hitos")
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action
    return parser.add_subparsers(dest="progress_command", required=True, metavar="ACCIÓN")


def run_template(args: argparse.Namespace) -> int:
    if args.file.suffix.lower() != ".xlsx":
        raise InputError("el libro de reporte es de Excel; use un nombre terminado en .xlsx", str(args.file))
    if args.file.exists():  # it may be the sheet the responsible people already filled
        raise InputError("el archivo ya existe; use otro nombre o bórrelo primero", str(args.file))
    with session_scope() as session:
        path, milestones, indicators = write_progress_template(session, args.city, args.quarter, args.file)
    print(f"Libro de reporte de {args.quarter} escrito en {path}")
    print(f"  Hitos por reportar: {numero(milestones)} · Indicadores: {numero(indicators)}")
    print(f"  Llénelo e impórtelo con: vigia progress import {path}")
    return 0
