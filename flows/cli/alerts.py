"""`vigia subscribe`, `vigia subscriptions` and `vigia deliver`: alert subscriptions and sending."""
from __future__ import annotations

import argparse
from datetime import timedelta

from models.db import database_url, session_scope
from models.locale_co import numero
from notifications.outbox import GLOBAL_KINDS, KINDS


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("subscribe", help="Suscribe un correo o chat (URL de apprise) a las alertas de una ciudad")
    p.add_argument("--city", required=True, metavar="DANE", help="código DANE de la ciudad, p. ej. 11001")
    p.add_argument("--url", required=True, help="URL de apprise; escriba los secretos como ${VARIABLE}")
    city_kinds = ",".join(k for k in KINDS if k not in GLOBAL_KINDS)  # "sources" is asked for explicitly
    p.add_argument("--kinds", default=city_kinds,
                   help=f"tipos de alerta separados por comas: {','.join(KINDS)} (por defecto: {city_kinds}; "
                        "'sources' avisa de fuentes con problemas, de todas las ciudades)")
    p.set_defaults(func=subscribe)

    p = sub.add_parser("subscriptions", help="Lista las suscripciones (sin mostrar contraseñas)")
    p.add_argument("--city", metavar="DANE", help="solo las de esta ciudad")
    p.set_defaults(func=subscriptions)

    p = sub.add_parser("deliver", help="Envía las alertas pendientes; las fallidas quedan pendientes")
    p.add_argument("--limit", type=int, help="enviar como máximo este número de alertas")
    p.add_argument("--stale-minutes", type=float, default=30.0,
                   help="devolver a pendiente un envío que otro proceso dejó a medias hace más de estos minutos")
    p.set_defaults(func=deliver)


def subscribe(args: argparse.Namespace) -> int:
    from notifications.subscriptions import add_subscription, describe

    with session_scope() as session:
        row = describe(add_subscription(session, args.city, args.url, args.kinds.split(",")))
    print(f"Suscripción {row['id']} guardada para {row['ciudad']}: {row['alertas']} → {row['destino']}")
    return 0


def subscriptions(args: argparse.Namespace) -> int:
    from notifications.subscriptions import describe, list_subscriptions

    with session_scope() as session:
        rows = [describe(s) for s in list_subscriptions(session, args.city)]
    if not rows:
        print("No hay suscripciones" + (f" para la ciudad {args.city}." if args.city else "."))
        return 0
    print(format_table(rows, ["id", "ciudad", "alertas", "estado", "destino"]))
    print(f"{numero(len(rows))} suscripción(es)")
    return 0


def deliver(args: argparse.Namespace) -> int:
    from notifications.deliver import deliver_pending

    summary = deliver_pending(database_url(), limit=args.limit, stale_after=timedelta(minutes=args.stale_minutes))
    print(f"Alertas enviadas: {numero(summary.sent)}; fallidas (quedan pendientes): {numero(summary.failed)}; "
          f"omitidas: {numero(summary.skipped)}; pendientes tras el envío: {numero(summary.pending)}")
    if summary.reclaimed:
        print(f"Envíos abandonados devueltos a pendiente: {numero(summary.reclaimed)}")
    return 0 if summary.failed == 0 else 1  # each failure's reason was logged (stderr), secrets masked


def format_table(rows: list[dict[str, str]], columns: list[str]) -> str:
    """A plain-text table with a header row, columns padded to their widest value."""
    widths = {c: max(len(c), *(len(r[c]) for r in rows)) for c in columns}
    lines = ["  ".join(c.upper().ljust(widths[c]) for c in columns).rstrip()]
    lines += ["  ".join(r[c].ljust(widths[c]) for c in columns).rstrip() for r in rows]
    return "\n".join(lines)
