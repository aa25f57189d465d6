"""`vigia report`: publish the quarterly reports and the site index under VIGIA_HOME/site/."""
from __future__ import annotations

import argparse
from datetime import date

from models.db import session_scope
from models.errors import InputError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("report", help="Publica el informe trimestral de cada ciudad (HTML) y el índice del sitio")
    p.add_argument("--quarter", metavar="AAAA-TN", help="trimestre, p. ej. 2026-T3 (por defecto: el último terminado)")
    p.add_argument("--city", metavar="DANE", help="solo esta ciudad (por defecto: todas las que tienen plan vigente)")
    p.add_argument("--today", metavar="AAAA-MM-DD", help="fecha de referencia (por defecto: hoy en Bogotá)")
    p.set_defaults(func=run)


def parse_day(text: str | None) -> date | None:
    """--today as a date; a malformed one is an InputError (exit status 2)."""
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InputError(f"fecha inválida {text!r}: use el formato AAAA-MM-DD, p. ej. 2026-10-10", "--today") from None


def run(args: argparse.Namespace) -> int:
    from notifications.report import publish_reports, site_dir

    today = parse_day(args.today)
    with session_scope() as session:
        reports = publish_reports(session, quarter=args.quarter, city_code=args.city, today=today)
        lines = [f"  {r.city_code} {r.quarter}: {r.path}" for r in reports]
    if not lines:
        print("No hay ciudades con plan vigente: importe un plan con `vigia plan import ARCHIVO`.")
    else:
        print(f"Informes trimestrales escritos ({len(lines)}):")
        print("\n".join(lines))
    print(f"Índice del sitio: {site_dir() / 'index.html'}")
    return 0
