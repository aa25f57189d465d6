"""The `vigia` command: one module per area registers its sub-commands here."""
from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys

from models.errors import InputError

# Each module has register(subparsers); a sub-command sets `func(args) -> int | None`.
COMMAND_MODULES = [
    "flows.cli.harvest",
    "flows.cli.plans",
    "flows.cli.matching",
    "flows.cli.tracking",
    "flows.cli.alerts",
    "flows.cli.reports",
    "flows.cli.data",
    "flows.cli.run",
    # Areas being built; each module registers itself when it exists.
    "flows.cli.extract",
    "flows.cli.sources_status",
    "flows.cli.sources_list",
    "flows.cli.sources_new",
    "flows.cli.bench_harvest",
    "flows.cli.bench_match",
    "flows.cli.bench_track",
    "flows.cli.plan_sheets",
]


def subcommand_group(sub: argparse._SubParsersAction, name: str, help_text: str) -> argparse._SubParsersAction:
    """The sub-commands under `vigia NAME`, created once and shared by every area that adds one."""
    parser = sub.choices.get(name)
    if parser is None:
        parser = sub.add_parser(name, help=help_text)
        parser.set_defaults(vigia_group=parser.add_subparsers(dest=f"{name}_what", required=True, metavar="QUÉ"))
    return parser.get_default("vigia_group")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="vigia",
        description="Vigía: convocatorias, seguimiento del Plan de Acción Internacional y alertas para ORIs.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMANDO")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:  # area not built yet
                continue
            raise
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    # Prefect's local server would otherwise try to send telemetry: this machine talks only to loopback.
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    # Its first start on a new machine creates and migrates its database: Prefect's default 20 s wait ran out once on
    # this 2-core host ("Timed out while attempting to connect to ephemeral Prefect API server").
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except InputError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # the reader left early ("vigia match list | head"): no traceback for what it did not want
        try:  # nor at interpreter exit, when Python flushes stdout into the closed pipe
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        except (AttributeError, OSError, ValueError):  # a stdout that is no file (a test's stand-in)
            pass
        return 141  # as a shell reports a command killed by SIGPIPE


if __name__ == "__main__":
    sys.exit(main())
