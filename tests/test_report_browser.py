"""The published report as a person sees it: headless Chromium renders the page from the site folder."""
from __future__ import annotations

import shutil
import subprocess

import pytest

from models.db import session_scope
from models.plans import import_plan_file
from notifications.report import publish_reports
from tests.conftest import REPO

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(not CHROMIUM, reason="Debian's chromium is not installed")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"]


def render(path, tmp_path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={tmp_path / 'chromium'}", *extra, path.as_uri()],
                          capture_output=True, text=True, timeout=120)


def test_report_renders_in_chromium_with_semaforo_and_no_script(vigia_home, tmp_path):
    with session_scope() as s:
        import_plan_file(s, REPO / "models" / "data" / "plans" / "bogota.yaml")
    with session_scope() as s:
        [report] = publish_reports(s, quarter="2026-T3", city_code="11001")

    dom = render(vigia_home / "site" / "11001" / "2026-T3.html", tmp_path, "--dump-dom").stdout
    assert "Informe trimestral" in dom and "Bogotá D.C." in dom
    assert "2026-T3" in dom and "30 de septiembre de 2026" in dom
    assert any(word in dom for word in ("verde", "amarillo", "rojo"))

    shot = tmp_path / "report.png"
    render(vigia_home / "site" / "11001" / "2026-T3.html", tmp_path, f"--screenshot={shot}", "--window-size=1200,1600")
    assert shot.exists() and shot.stat().st_size > 10_000

    index = render(vigia_home / "site" / "index.html", tmp_path, "--dump-dom").stdout
    assert "11001/2026-T3.html" in index
