"""The CLI end to end: demo, load, stats, export, help texts, python -m."""

import json
import subprocess
import sys

import networkx as nx
import pytest
from click.testing import CliRunner

from stakeholder_graph.cli import cli

DATA = __import__("pathlib").Path(__file__).parent / "data"


def run(*args: str, env: dict | None = None):
    return CliRunner(env=env).invoke(cli, list(args))


def test_demo_prints_counts_and_never_touches_the_users_store(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    user_store = tmp_path / "stakeholder-graph.db"
    result = run("demo")
    assert result.exit_code == 0, result.output
    assert "Municipality     44" in result.output and "Campus            6" in result.output
    assert (tmp_path / "stakeholder-graph-demo.db").exists()
    assert not user_store.exists()
    again = run("demo")  # rebuilt from scratch, same counts
    assert again.output == result.output


def test_load_twice_gives_identical_stats_json(tmp_path, example):
    db = str(tmp_path / "g.db")
    assert run("--store", db, "load", str(example)).exit_code == 0
    first = run("--store", db, "stats", "--format", "json").output
    second_load = run("--store", db, "load", str(example))
    assert "0 new, 0 changed, 134 unchanged" in second_load.output
    assert run("--store", db, "stats", "--format", "json").output == first
    counts = json.loads(first)
    assert counts["nodes"]["Municipality"] == 44 and counts["total_relationships"] == 303


def test_store_from_environment(tmp_path, example):
    db = tmp_path / "env.db"
    result = run("load", str(example), env={"STAKEHOLDER_GRAPH_STORE": str(db)})
    assert result.exit_code == 0 and db.exists()


def test_load_semicolon_cp1252_sheet_with_mapping(tmp_path):
    db = str(tmp_path / "g.db")
    result = run("--store", db, "load", str(DATA / "crm-export.csv"),
                 "--mapping", str(DATA / "crm-export.yaml"))
    assert result.exit_code == 0, result.output
    counts = json.loads(run("--store", db, "stats", "--format", "json").output)
    assert counts["nodes"]["Company"] == 2 and counts["nodes"]["School"] == 1


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "json"])
def test_export(tmp_path, example, fmt):
    db = str(tmp_path / "g.db")
    run("--store", db, "load", str(example))
    out = tmp_path / f"net.{fmt}"
    result = run("--store", db, "export", "-o", str(out))
    assert result.exit_code == 0, result.output
    if fmt == "graphml":
        graph = nx.read_graphml(out)
    elif fmt == "gexf":
        graph = nx.read_gexf(out)
    else:
        graph = nx.node_link_graph(json.loads(out.read_text()), edges="edges")
    assert graph.number_of_nodes() == 134
    assert graph.nodes["slug:techport"]["name"] == "Techport"


def test_export_leaves_out_personal_data_unless_asked(tmp_path):
    db = str(tmp_path / "g.db")
    people = tmp_path / "people.csv"
    people.write_text("id,name,kind,email\nslug:contact-1,J. Jansen,Person,j@example.nl\n"
                      "slug:klm,KLM,Company,\n", encoding="utf-8")
    assert run("--store", db, "load", str(people)).exit_code == 0
    out = tmp_path / "net.json"
    run("--store", db, "export", "-o", str(out))
    assert "Jansen" not in out.read_text() and "example.nl" not in out.read_text()
    run("--store", db, "export", "-o", str(out), "--include-personal-data")
    assert "j@example.nl" in out.read_text()


def test_every_command_help_has_an_example():
    for name, _command in cli.commands.items():
        result = run(name, "--help")
        assert result.exit_code == 0
        assert "Examples:" in result.output and "stakeholder-graph" in result.output, name


def test_missing_store_is_a_clear_error(tmp_path):
    result = run("--store", str(tmp_path / "none.db"), "stats")
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: no store at")


def test_python_dash_m_and_console_script(tmp_path):
    done = subprocess.run([sys.executable, "-m", "stakeholder_graph", "--version"],
                          capture_output=True, text=True, check=True)
    assert "stakeholder-graph" in done.stdout
    done = subprocess.run(["stakeholder-graph", "demo", "--to", str(tmp_path / "d.db")],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "Municipality" in done.stdout
