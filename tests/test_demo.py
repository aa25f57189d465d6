"""End to end: `vigia demo` as a user runs it, in a fresh VIGIA_HOME and a fresh Prefect home."""
from __future__ import annotations

import os
import subprocess
import sys
from email import message_from_bytes
from email.header import decode_header, make_header

from sqlalchemy import create_engine, func, select

from models.schema import Notification, Opportunity, PublishedReport
from tests.conftest import REPO


def run_demo(env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "flows.cli", "demo"], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=300)


def reminder_recipients(emails) -> list[str]:
    """Who each reminder in the outbox went to (the loopback SMTP server records Delivered-To)."""
    out = []
    for path in emails:
        message = message_from_bytes(path.read_bytes())
        if str(make_header(decode_header(message["Subject"]))).startswith("Recordatorio"):
            out += message.get_all("Delivered-To")
    return out


def test_the_cli_gives_prefects_local_server_time_for_its_first_start(monkeypatch):
    import pytest

    from flows.cli import main
    monkeypatch.delenv("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", raising=False)
    with pytest.raises(SystemExit):
        main(["--help"])
    assert int(os.environ["PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS"]) >= 60


def test_demo_runs_the_whole_loop_and_is_idempotent(tmp_path):
    home = tmp_path / "var"
    env = {**os.environ, "VIGIA_HOME": str(home), "PREFECT_HOME": str(tmp_path / "prefect"),
           "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    env.pop("VIGIA_DATABASE_URL", None)
    env.pop("PREFECT_API_URL", None)

    first = run_demo(env)
    assert first.returncode == 0, first.stdout[-3000:] + first.stderr[-3000:]
    assert "Correos guardados" in first.stdout
    emails = sorted((home / "outbox").glob("*.eml"))
    assert emails, "the demo must leave at least one e-mail in the outbox folder"
    subjects = {str(make_header(decode_header(message_from_bytes(p.read_bytes())["Subject"]))) for p in emails}
    assert any("convocatoria" in s.lower() for s in subjects), subjects
    reminders = reminder_recipients(emails)
    # Bogotá and Cartagena: only the people whose milestone has no report in the sample progress (B-H10, C-H08).
    assert {r for r in reminders if r.endswith(("@bogota.example", "@cartagena.example"))} == {
        "secretaria.general@bogota.example", "turismo@cartagena.example"}
    assert "cooperacion@bogota.example" not in reminders  # reported every milestone
    assert len(reminders) == len(set(reminders)) >= 5  # one per person; the other sample cities reported nothing
    assert "Recordatorios (como el 1 de octubre de 2026" in first.stdout
    index = (home / "site" / "index.html").read_text(encoding="utf-8")
    assert "2026-T3" in index

    engine = create_engine(f"sqlite:///{home / 'vigia.db'}")
    with engine.connect() as conn:
        opportunities = conn.scalar(select(func.count()).select_from(Opportunity))
        reports = conn.execute(select(PublishedReport.path)).scalars().all()
        pending = conn.scalar(select(func.count()).select_from(Notification).where(Notification.status != "sent"))
    assert opportunities >= 10
    sample_plans = len(list((REPO / "models" / "data" / "plans").glob("*.yaml")))
    assert len(reports) == sample_plans and all(os.path.exists(p) for p in reports)
    assert pending == 0
    with engine.connect() as conn:
        reminder_rows = conn.execute(select(Notification.status).where(Notification.kind == "reminders")).all()
    assert len(reminder_rows) == len(reminders) and {r.status for r in reminder_rows} == {"sent"}

    second = run_demo(env)
    assert second.returncode == 0, second.stdout[-3000:] + second.stderr[-3000:]
    assert sorted((home / "outbox").glob("*.eml")) == emails, "a second run must send nothing twice"
    assert f"en cola: 0; ya enviados en una corrida anterior: {len(reminders)}" in second.stdout
    with engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(Notification)
                           .where(Notification.kind == "reminders")) == len(reminders)
    with engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(Opportunity)) == opportunities
