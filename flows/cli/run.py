"""`vigia serve` (scheduled deployments) and `vigia demo` (the whole loop on this machine)."""
from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("serve", help="Sirve los flujos de Prefect con sus horarios (hora de Bogotá)")
    p.set_defaults(func=serve)
    p = sub.add_parser("demo", help="Corre el ciclo completo con fuentes grabadas y un servidor SMTP local")
    p.set_defaults(func=demo)


def serve(args: argparse.Namespace) -> int:
    from prefect import serve as prefect_serve

    from flows.schedules import build_deployments

    print("Sirviendo los flujos de Vigía (Ctrl+C para detener). Revise las ejecuciones en la interfaz de Prefect.")
    prefect_serve(*build_deployments())
    return 0


def demo(args: argparse.Namespace) -> int:
    from flows.demo import run_demo, summary_lines

    result = run_demo()
    print("\n".join(summary_lines(result)))
    return 0 if result.emails else 1
