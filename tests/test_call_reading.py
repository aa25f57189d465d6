"""Reading calls over several processes gives exactly what reading them one by one gives."""
from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from models.call_reading import PARALLEL_FROM, CallText, processes_for, read_call, read_calls
from models.match_quality import load_devset


def _labelled_calls(at_least: int) -> list[SimpleNamespace]:
    calls: list[SimpleNamespace] = []
    for path in sorted((Path(__file__).parents[1] / "models/data/devset").glob("heldout2[0-9][0-9].yaml")):
        for c in load_devset(path)[2]:
            calls.append(SimpleNamespace(title=c["title"], summary=c.get("summary"), eligibility=c.get("eligibility"),
                                         funder=c.get("funder"), funder_type=c.get("funder_type"), extra={}))
        if len(calls) >= at_least:
            return calls
    return calls


def test_two_processes_read_every_call_as_one_process_does():
    calls = _labelled_calls(PARALLEL_FROM)
    assert len(calls) >= PARALLEL_FROM and processes_for(len(calls), 2) == 2  # the pool is used
    assert read_calls(calls, processes=2) == [read_call(c) for c in calls]


def test_a_few_calls_are_read_here_without_a_pool():
    calls = _labelled_calls(3)[:3]
    assert processes_for(len(calls), 2) == 1
    assert read_calls(calls, processes=2) == [read_call(c) for c in calls]


def test_a_call_travels_to_another_process_as_its_text_only():
    orm_like = SimpleNamespace(title="T", summary=None, eligibility="Municipios", funder="F", funder_type="banks",
                               extra={"k": 1}, id=7, source=object())
    text = CallText.of(orm_like)
    assert text == CallText("T", None, "Municipios", "F", "banks", {"k": 1})
    assert read_call(text) == read_call(orm_like)
