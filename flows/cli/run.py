"""`vigia serve` (scheduled deployments), `vigia harvest-worker` (source tasks of distributed harvests) and
`vigia demo` (the whole loop on this machine)."""
from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("serve", help="Sirve los flujos de Prefect con sus horarios (hora de Bogotá)")
    p.set_defaults(func=serve)
    p = sub.add_parser("harvest-worker", help="Atiende las tareas de cosecha (una por fuente) que reparte el "
                                              "flujo harvest con distributed=true; puede correr en varias máquinas")
    p.add_argument("--limit", type=int, default=None, metavar="N",
                   help="fuentes a la vez (por defecto, los procesos de rastreo de esta máquina)")
    p.set_defaults(func=harvest_worker)
    p = sub.add_parser("demo", help="Corre el ciclo completo con fuentes grabadas y un servidor SMTP local")
    p.set_defaults(func=demo)


def serve(args: argparse.Namespace) -> int:
    from prefect import serve as prefect_serve

    from flows.schedules import build_deployments

    print("Sirviendo los flujos de Vigía (Ctrl+C para detener). Revise las ejecuciones en la interfaz de Prefect.")
    prefect_serve(*build_deployments())
    return 0


def harvest_worker(args: argparse.Namespace) -> int:
    from prefect.task_worker import serve as serve_tasks

    from flows.monitoring import harvest_source
    from spiders.runner import PARALLEL_CRAWLS

    limit = args.limit or PARALLEL_CRAWLS
    print(f"Atendiendo tareas de cosecha ({limit} fuentes a la vez; Ctrl+C para detener).", flush=True)
    serve_tasks(harvest_source, limit=limit)
    return 0


def demo(args: argparse.Namespace) -> int:
    from flows.demo import run_demo, summary_lines

    result = run_demo()
    print("\n".join(summary_lines(result)))
    return 0 if result.emails else 1
