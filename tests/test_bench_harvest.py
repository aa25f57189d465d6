"""`vigia bench harvest` at a tiny size: it runs end to end and its last line is the JSON of its figures."""
from __future__ import annotations

import json

from flows.cli import main

KEYS = {"pages", "pages_per_s", "items_per_s", "peak_rss_mb", "harvest_over_bare", "incremental_share",
        "cached_share"}


def test_bench_harvest_prints_its_figures_and_one_json_line(capsys, monkeypatch, tmp_path):
    monkeypatch.setenv("VIGIA_HOME", str(tmp_path / "own-home"))
    assert main(["bench", "harvest", "--pages", "12", "--sources", "3"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    figures = json.loads(lines[-1])
    assert KEYS <= figures.keys()
    assert figures["pages"] >= 12 and figures["items"] > 0 and figures["errors"] == 0
    assert figures["cached_share"] == 1.0  # the second harvest was answered entirely by 304s
    assert figures["latency_ms"] == 0  # loopback speed unless --latency-ms asks for a distant site
    assert any(line.startswith("Cosecha / descarga directa: ") for line in lines)
    assert not (tmp_path / "own-home").exists()  # the bench used a home of its own, not the user's
