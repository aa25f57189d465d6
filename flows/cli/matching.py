"""`vigia match`: score new opportunities against every axis of every city."""
from __future__ import annotations

import argparse

from models.db import session_scope
from models.locale_co import numero
from models.matching import match


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("match", help="Cruza las convocatorias nuevas con los ejes de cada ciudad")
    p.add_argument("--all", action="store_true", help="volver a puntuar todas las convocatorias, no solo las nuevas")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    with session_scope() as session:
        summary = match(session, rescore_all=args.all)
    print(f"Convocatorias evaluadas: {numero(summary.opportunities)} contra {numero(summary.axes)} ejes")
    print(f"Coincidencias guardadas: {numero(summary.matches)}; alertas en cola: {numero(summary.alerts_queued)}")
    for city, count in sorted(summary.by_city.items()):
        print(f"  {city}: {numero(count)} coincidencias")
    return 0
