"""The JSON-lines file a crawl subprocess writes and the harvest reads back: items, rejects, errors, end."""
from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

ITEM = "item"      # an item validated and normalised in the crawl process (NormalisedItem.to_record)
REJECT = "reject"  # one item lost on the way (its detail page failed) or invalid; the source goes on
ERROR = "error"    # the source itself failed (no list, HTTP error, malformed feed); nothing is stored
DONE = "done"      # the crawl finished; without it the subprocess died half-way


class RecordWriter:
    """Appends one JSON object per line and flushes, so a crash loses at most the line being written."""

    def __init__(self, stream: IO[str]):
        self.stream = stream
        self._captured: list[dict[str, Any]] | None = None

    def write(self, kind: str, **payload: Any) -> None:
        self.stream.write(json.dumps({"type": kind, **payload}, ensure_ascii=False, default=str) + "\n")
        self.stream.flush()
        if self._captured is not None:
            self._captured.append({"kind": kind, **payload})

    @contextmanager
    def capturing(self) -> Iterator[list[dict[str, Any]]]:
        """Also collect what is written meanwhile (spiders/replay.py stores it for the next run)."""
        self._captured = captured = []
        try:
            yield captured
        finally:
            self._captured = None

    def item(self, data: dict[str, Any]) -> None:
        self.write(ITEM, data=data)

    def reject(self, reason: str, url: str | None = None, invalid: bool = False) -> None:
        """An item lost (its page could not be read), or read but `invalid` (e.g. an unreadable date)."""
        self.write(REJECT, reason=reason, url=url, **({"invalid": True} if invalid else {}))

    def error(self, message: str) -> None:
        self.write(ERROR, message=message)

    def done(self, stats: dict[str, Any]) -> None:
        self.write(DONE, stats=stats)


@dataclass
class CrawlOutput:
    """What one source's crawl produced, as read back by the parent process."""

    source_id: str
    items: list[dict[str, Any]] = field(default_factory=list)  # NormalisedItem records
    rejects: list[str] = field(default_factory=list)  # items lost on the way: the listing was not fully seen
    invalid: list[str] = field(default_factory=list)  # items seen but rejected by validation
    errors: list[str] = field(default_factory=list)
    finished: bool = False
    stats: dict[str, Any] = field(default_factory=dict)


def read_records(path: Path, source_id: str) -> CrawlOutput:
    """Parse the JSON-lines file of one crawl; a torn last line (killed process) is ignored."""
    out = CrawlOutput(source_id=source_id)
    if not path.exists():
        return out
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            continue
        kind = record.get("type")
        if kind == ITEM:
            out.items.append(record["data"])
        elif kind == REJECT:
            url = record.get("url")
            reason = f"{record['reason']} ({url})" if url else record["reason"]
            (out.invalid if record.get("invalid") else out.rejects).append(reason)
        elif kind == ERROR:
            out.errors.append(record["message"])
        elif kind == DONE:
            out.finished = True
            out.stats = record.get("stats") or {}
    return out
