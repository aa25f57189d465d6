"""Quarters as ORIs write them (2025-T1), with their explicit start and end dates."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

_QUARTER = re.compile(r"^(\d{4})-T([1-4])$")


@dataclass(frozen=True, order=True)
class Quarter:
    year: int
    number: int

    @classmethod
    def parse(cls, text: str) -> Quarter:
        """Read '2025-T1'; anything else is a ValueError that shows the expected form."""
        match = _QUARTER.match(str(text).strip())
        if not match:
            raise ValueError(f"trimestre inválido {text!r}: use el formato AAAA-T1 … AAAA-T4, p. ej. 2025-T1")
        return cls(int(match.group(1)), int(match.group(2)))

    @classmethod
    def containing(cls, day: date) -> Quarter:
        return cls(day.year, (day.month - 1) // 3 + 1)

    @classmethod
    def last_completed(cls, today: date) -> Quarter:
        """The quarter a report is due for: the one before today's."""
        return cls.containing(today).previous()

    @property
    def start(self) -> date:
        return date(self.year, 3 * self.number - 2, 1)

    @property
    def end(self) -> date:
        return self.next().start - timedelta(days=1)

    def next(self) -> Quarter:
        return Quarter(self.year + 1, 1) if self.number == 4 else Quarter(self.year, self.number + 1)

    def previous(self) -> Quarter:
        return Quarter(self.year - 1, 4) if self.number == 1 else Quarter(self.year, self.number - 1)

    def __str__(self) -> str:
        return f"{self.year}-T{self.number}"
