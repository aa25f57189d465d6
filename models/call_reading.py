"""Reading many calls at once — what scoring needs and who may apply — on every core of the machine.

A full match reads each call's text once: its stems and ODS (with the purpose marks) and its eligibility. That is
about a millisecond of pattern matching per call, the bulk of a national match, and each call is read on its own, so
thousands of them split cleanly over processes. Scores do not change: the same functions run, only elsewhere.
"""
from __future__ import annotations

import os
import resource
import threading
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from multiprocessing import get_context
from typing import Any

from models.eligibility import CallEligibility, assess_call
from models.match_engine import OpportunityFeatures, extract
from models.matching import opportunity_text

# Below this many calls a pool costs more than it saves (starting it, sending the texts back and forth).
PARALLEL_FROM = 1_000


@dataclass(frozen=True)
class CallText:
    """The fields of a call its reading looks at, detached from the database so another process can read them."""

    title: str
    summary: str | None
    eligibility: str | None
    funder: str | None = None
    funder_type: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def of(cls, opp: Any) -> CallText:
        return cls(opp.title, opp.summary, opp.eligibility, getattr(opp, "funder", None),
                   getattr(opp, "funder_type", None), dict(getattr(opp, "extra", None) or {}))


@dataclass(frozen=True)
class CallReading:
    """One call, read: the features it is scored on and what it says about who may apply."""

    features: OpportunityFeatures
    eligibility: CallEligibility


def read_call(call: Any) -> CallReading:
    return CallReading(extract(opportunity_text(call)), assess_call(call))


def workers() -> int:
    """The cores this process may use (VIGIA_WORKERS overrides, 1 turns the pool off)."""
    wanted = os.environ.get("VIGIA_WORKERS")
    if wanted:
        return max(1, int(wanted))
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def processes_for(calls: int, processes: int | None = None) -> int:
    """How many processes read this many calls: the cores, once there are enough calls to be worth a pool."""
    processes = workers() if processes is None else processes
    return processes if calls >= PARALLEL_FROM else 1


def iter_readings(calls: Sequence[Any], processes: int | None = None) -> Iterator[CallReading]:
    """Every call read, in order, each batch yielded as soon as it is read: the caller scores early calls while
    the pool still reads later ones, so the core that would wait for the pool works."""
    processes = processes_for(len(calls), processes)
    if processes <= 1:
        yield from (read_call(c) for c in calls)
        return
    texts = [CallText.of(c) for c in calls]
    # Forking is instant but unsafe beside other threads (a lock held elsewhere stays held in the child): a Prefect
    # worker has threads, so there a fresh interpreter (forkserver) imports the readers once and forks from it.
    method = "fork" if threading.active_count() == 1 else "forkserver"
    chunk = max(50, len(texts) // (processes * 8))
    with ProcessPoolExecutor(processes, mp_context=get_context(method)) as pool:
        yield from pool.map(read_call, texts, chunksize=chunk)


def read_calls(calls: Sequence[Any], processes: int | None = None) -> list[CallReading]:
    """Every call read, in order; over several processes when there are enough calls to be worth it."""
    return list(iter_readings(calls, processes))


def peak_rss_mb() -> float:
    """Peak resident memory of this process plus its reading processes, each counted at the largest one's peak (an
    upper bound: a forked reader shares the parent's pages it has not written)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return (own + children * workers()) / 1024
