"""Writers that wait, and a history one bad stamp cannot poison.

A second process holds a real write transaction on the embedded store (as a long load
does); ``introduce`` and ``load`` wait for it with a visible notice and then write, and give
up only after the configured limit. Loads stamped in the future are refused, and a store
that already holds such a stamp (from before the refusal) does not stamp later loads with it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from stakeholder_graph import api
from stakeholder_graph.cli import cli
from stakeholder_graph.errors import InputError
from stakeholder_graph.graph import history
from stakeholder_graph.graph.sqlite_store import LOCK_TIMEOUT, SQLiteStore

ROOT = Path(__file__).resolve().parents[1]
HOLDER = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
conn.execute("UPDATE meta SET value = value WHERE key = 'schema_version'")
print("holding", flush=True)
time.sleep(float(sys.argv[2]))
conn.execute("COMMIT")
"""


def _cli(*args: str, env: dict[str, str] | None = None) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "stakeholder_graph", *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})})


def _hold(db: Path, seconds: float) -> subprocess.Popen:
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(db), str(seconds)],
                              stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "holding"
    return holder


@pytest.fixture
def store(tmp_path, example) -> Path:
    db = tmp_path / "store.db"
    api.load([example], str(db))
    return db


def test_the_default_wait_is_well_above_a_big_load():
    assert LOCK_TIMEOUT >= 30 * 60


def test_introduce_and_load_wait_past_the_old_30_s_and_then_write(store, tmp_path):
    sheet = tmp_path / "nieuw.csv"
    sheet.write_text("name,kind\nWachtend Bedrijf,Company\n", encoding="utf-8")
    held = 35.0  # longer than SQLite's old 30 s busy timeout
    start = time.monotonic()
    holder = _hold(store, held)
    introduce = _cli("--store", str(store), "introduce", "KLM", "Techport", "--status",
                     "proposed")
    load = _cli("--store", str(store), "load", str(sheet))
    out_i, err_i = introduce.communicate(timeout=held + 120)
    out_l, err_l = load.communicate(timeout=held + 120)
    holder.wait(timeout=10)
    assert time.monotonic() - start >= held
    for code, err in ((introduce.returncode, err_i), (load.returncode, err_l)):
        assert code == 0, err
        assert "waiting for another load to finish writing" in err
        assert "up to 30 min" in err
    assert "Vastgelegd: KLM — Techport (proposed)" in out_i
    with SQLiteStore(store) as opened:
        assert any(n["name"] == "Wachtend Bedrijf" for n in opened.nodes("Company"))
        assert any(e["type"] == "INTRODUCED" for e in opened.edges("INTRODUCED"))


def test_a_writer_gives_up_after_its_limit_with_one_line_and_writes_nothing(store):
    before = hashlib.sha256(store.read_bytes()).hexdigest()
    holder = _hold(store, 8)
    writer = _cli("--store", str(store), "introduce", "KLM", "Techport", "--status", "made",
                  env={"STAKEHOLDER_GRAPH_LOCK_TIMEOUT": "1"})
    _, err = writer.communicate(timeout=60)
    holder.wait(timeout=20)
    assert writer.returncode == 1
    lines = err.strip().splitlines()
    assert lines[0].startswith("waiting for another load")
    assert lines[-1].startswith("Error: cannot write") and "another load has held it for 1 s" \
        in lines[-1] and "STAKEHOLDER_GRAPH_LOCK_TIMEOUT" in lines[-1]
    assert hashlib.sha256(store.read_bytes()).hexdigest() == before


def test_a_writer_without_competition_says_nothing_about_waiting(store):
    writer = _cli("--store", str(store), "introduce", "KLM", "Techport", "--status", "made")
    _, err = writer.communicate(timeout=60)
    assert writer.returncode == 0 and "waiting" not in err


# ----------------------------------------------------------------- time


def test_a_load_stamped_more_than_a_day_ahead_is_refused(store, tmp_path):
    sheet = tmp_path / "a.csv"
    sheet.write_text("name,kind\nLater Bedrijf,Company\n", encoding="utf-8")
    later = (dt.datetime.now(dt.UTC) + dt.timedelta(days=2)).strftime("%Y-%m-%dT%H:%M")
    with pytest.raises(InputError, match="lies in the future"):
        api.load([sheet], str(store), at=later)


def test_a_load_stamped_a_few_hours_ahead_is_accepted(store, tmp_path):
    """Clocks and time zones differ: a stamp within a day is not refused."""
    sheet = tmp_path / "a.csv"
    sheet.write_text("name,kind\nVroeg Bedrijf,Company\n", encoding="utf-8")
    soon = (dt.datetime.now(dt.UTC) + dt.timedelta(hours=3)).strftime("%Y-%m-%dT%H:%M")
    assert api.load([sheet], str(store), at=soon).nodes_added == 1


@pytest.fixture
def poisoned(tmp_path, example, monkeypatch) -> Path:
    """A store whose one load was stamped 9998-12-31 (as before such stamps were refused)."""
    db = tmp_path / "poisoned.db"
    with monkeypatch.context() as patch:
        patch.setattr(history, "latest_allowed", lambda: "9999-12-31T23:59:59.999999Z")
        api.load([example], str(db), at="9998-12-31")
    assert api.history(str(db))[0]["at"].startswith("9998")
    return db


def test_a_future_stamp_does_not_stamp_later_loads(poisoned, tmp_path):
    sheet = tmp_path / "nieuw.csv"
    sheet.write_text("name,kind\nNa De Fout,Company\n", encoding="utf-8")
    result = api.load([sheet], str(poisoned))
    assert result.at[:4] == str(dt.datetime.now(dt.UTC).year)
    introduced = api.introduce("Techport", "Na De Fout", "proposed", str(poisoned))
    assert introduced.at[:4] == str(dt.datetime.now(dt.UTC).year)


def test_as_of_today_shows_what_was_loaded_after_a_future_stamp(poisoned, tmp_path, example):
    sheet = tmp_path / "nieuw.csv"
    sheet.write_text("name,kind\nNa De Fout,Company\n", encoding="utf-8")
    api.load([sheet], str(poisoned))
    today = dt.date.today().isoformat()
    runner = CliRunner()
    stats = runner.invoke(cli, ["--store", str(poisoned), "stats", "--as-of", today,
                                "--format", "json"])
    assert stats.exit_code == 0 and '"Company": 1' in stats.output.replace("\n", "")
    # Loading the example again restates its facts: they hold from now, not from 9998.
    api.load([example], str(poisoned))
    counts = api.stats(str(poisoned), as_of=today)
    assert counts["nodes"]["Campus"] == 6 and counts["nodes"]["Company"] > 1


def test_diff_after_a_future_stamp_reports_the_new_load(poisoned, tmp_path):
    sheet = tmp_path / "nieuw.csv"
    sheet.write_text("name,kind\nNa De Fout,Company\n", encoding="utf-8")
    api.load([sheet], str(poisoned))
    result = CliRunner().invoke(cli, ["--store", str(poisoned), "diff", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert "Na De Fout" in result.output


def test_as_of_far_in_the_future_is_a_view_not_an_error(store):
    assert api.stats(str(store), as_of="9999-12-31")["nodes"]["Campus"] == 6
