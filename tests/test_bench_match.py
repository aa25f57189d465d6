"""`vigia bench match` at a tiny size: it runs, prints figures and ends with the JSON line of them all."""
from __future__ import annotations

import json

from flows.cli import main


def test_bench_match_tiny_prints_the_json_line(capsys):
    assert main(["bench", "match", "--cities", "6", "--axes", "5", "--opportunities", "40",
                 "--baseline-sample", "10", "--new", "4"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    figures = json.loads(lines[-1])
    for key in ("seconds", "peak_rss_mb", "baseline_seconds", "pairs", "incremental_seconds"):
        assert key in figures
    assert figures["pairs"] == 40 * 30
    assert figures["kept"] > 0 and figures["alerts"] > 0
    assert figures["incremental_opportunities"] == 4
    assert any(line.startswith("Línea base par a par") for line in lines)


def test_bench_match_rejects_bad_sizes(capsys):
    assert main(["bench", "match", "--cities", "0"]) == 2
    assert "--cities" in capsys.readouterr().err


def test_bench_match_db_times_a_plan_edit_on_a_real_database(tmp_path, capsys):
    assert main(["bench", "match-db", "--cities", "3", "--opportunities", "60", "--folder", str(tmp_path)]) == 0
    figures = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert figures["axes"] == 15 and figures["opportunities"] == 60
    assert 0 < figures["plan_edit_calls"] <= 60 and figures["plan_edit_matches"] > 0
