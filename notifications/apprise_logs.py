"""apprise reports most failures only in its log: capture those lines, keep them off other handlers."""
from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from io import StringIO

import apprise
from apprise.logger import LOGGER_NAME

PROBLEM_LEVELS = ("WARNING", "ERROR", "CRITICAL")
_RECORD = "\x1e"
# apprise logs to one process-wide logger, so captures within a process take turns (re-entrant,
# so a capture may nest inside another); separate processes and workers still run in parallel.
_LOCK = threading.RLock()


@contextmanager
def captured_apprise_logs() -> Iterator[StringIO]:
    """apprise's log records (debug and up) collected here, not passed on to other handlers.

    The lines may describe a URL's parts, so they are only used after masking (see url_secrets).
    """
    logger = logging.getLogger(LOGGER_NAME)
    with _LOCK:
        propagate = logger.propagate
        logger.propagate = False
        try:
            with apprise.LogCapture(level=logging.DEBUG, fmt=_RECORD + "%(levelname)s\t%(message)s") as buffer:
                yield buffer
        finally:
            logger.propagate = propagate


def records(captured: StringIO) -> list[tuple[str, str]]:
    """(level name, message on one line) for each record captured."""
    out = []
    for chunk in captured.getvalue().split(_RECORD):
        if "\t" in chunk:
            level, message = chunk.split("\t", 1)
            out.append((level, " ".join(message.split())))
    return out


def problems(captured: StringIO) -> list[str]:
    """Messages at warning level or above, plus the debug lines that carry the exception behind them."""
    lines = [m for level, m in records(captured) if level in PROBLEM_LEVELS or "exception" in m.lower()]
    return list(dict.fromkeys(lines))
