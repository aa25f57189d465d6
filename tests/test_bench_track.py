"""`vigia bench track` at a tiny size: it prints its figures and ends with one JSON line."""
from __future__ import annotations

import json

from flows.cli import main


def test_bench_track_prints_figures_and_a_json_line(capsys):
    assert main(["bench", "track", "--plans", "4", "--axes", "2", "--milestones", "6"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    figures = json.loads(lines[-1])
    assert (figures["plans"], figures["milestones"], figures["indicators"]) == (4, 24, 8)
    assert figures["seconds"] > 0 and figures["peak_rss_mb"] > 0
    assert figures["rerun_notifications"] == 0 and figures["notifications"] == figures["deviations"] > 0
    assert any(line.startswith("Seguimiento del trimestre: ") and "(meta ≤ 30 s)" in line for line in lines)
