"""Errors about input a person can fix: they say where (file, row, field) and what to do."""
from __future__ import annotations


class InputError(Exception):
    """Bad input; the CLI prints it in Spanish and exits with status 2, having written nothing."""

    def __init__(self, message: str, where: str | None = None):
        self.message = message
        self.where = where
        super().__init__(f"{where}: {message}" if where else message)


class InputErrors(InputError):
    """Several problems found in one pass, so a person can fix them all at once."""

    def __init__(self, errors: list[InputError], source: str | None = None):
        self.errors = errors
        self.source = source
        lines = [str(e) for e in errors]
        head = f"{source}: {len(errors)} error(es)" if source else f"{len(errors)} error(es)"
        super().__init__("\n".join([head, *("  - " + line for line in lines)]))
