"""The harvest flow's per-source task retries on I/O failures only; a source that answered badly is not retried."""
from __future__ import annotations

import pytest
from prefect.states import Failed
from sqlalchemy.exc import OperationalError

from flows.monitoring import SourceFailed, _io_failure, harvest_source


@pytest.mark.parametrize(("error", "retried"), [
    (OSError("no se pudo iniciar el proceso de rastreo"), True),
    (OperationalError("UPDATE opportunity", {}, Exception("database is locked")), True),
    (SourceFailed("ucci: el feed está mal formado"), False),
    (ValueError("un error de programación"), False),
])
def test_only_io_failures_are_retried(error, retried):
    assert _io_failure(harvest_source, None, Failed(data=error)) is retried


def test_the_source_task_retries_twice_with_growing_waits():
    assert harvest_source.retries == 2 and harvest_source.retry_delay_seconds == [10, 60]
    assert harvest_source.retry_condition_fn is _io_failure
