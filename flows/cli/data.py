"""`vigia export`: opportunities, matches or deviations to standard output for inspection."""
from __future__ import annotations

import argparse
import sys

from models.db import session_scope
from models.export import DATASETS, export


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help="Exporta convocatorias, coincidencias o desvíos (JSON o CSV) a la salida estándar")
    p.add_argument("dataset", choices=DATASETS)
    p.add_argument("--format", choices=("json", "csv"), default="json")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    with session_scope() as session:
        sys.stdout.write(export(session, args.dataset, args.format))
    return 0
