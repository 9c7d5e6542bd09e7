"""The CLI end to end: demo, load, stats, export, help texts, python -m."""

import csv
import json
import shlex
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from stakeholder_graph import api
from stakeholder_graph.cli import cli

DATA = Path(__file__).parent / "data"
ROOT = Path(__file__).resolve().parents[1]


def run(*args: str, env: dict | None = None):
    return CliRunner(env=env).invoke(cli, list(args))


def test_demo_writes_the_default_store_the_other_commands_use(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("STAKEHOLDER_GRAPH_STORE", raising=False)
    result = run("demo")
    assert result.exit_code == 0, result.output
    assert "gemeenten                  44" in result.output
    assert (tmp_path / "stakeholder-graph.db").exists()
    assert run("show", "Tata Steel").exit_code == 0  # no --store needed afterwards
    again = run("demo")  # rebuilt from scratch, same counts
    assert again.output == result.output


def test_demo_leaves_a_store_with_the_users_own_loads_alone(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("STAKEHOLDER_GRAPH_STORE", raising=False)
    assert run("load", str(DATA / "crm-export.csv"), "--mapping",
               str(DATA / "crm-export.yaml")).exit_code == 0
    before = run("stats", "--format", "json").output
    result = run("demo")
    assert result.exit_code == 1
    assert f"holds your own data (loaded from {DATA / 'crm-export.csv'})" in result.stderr
    assert run("stats", "--format", "json").output == before


@pytest.mark.parametrize("args", [
    ("--store", "voorbeeld.db", "demo", "--lang", "en"),
    ("demo", "--store", "voorbeeld.db", "--lang", "en"),  # where a new user writes it
])
def test_demo_into_another_file_says_how_to_continue(tmp_path, monkeypatch, args):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("STAKEHOLDER_GRAPH_STORE", raising=False)
    result = run(*args)
    assert result.exit_code == 0, result.output
    assert "municipalities        44" in result.output
    assert 'stakeholder-graph --store voorbeeld.db suggest --for "Tata Steel"' in result.output
    assert not (tmp_path / "stakeholder-graph.db").exists()
    with api.open_store("voorbeeld.db") as store:
        assert any(n.get("name") == "Tata Steel" for n in store.nodes())


def test_stats_as_of_before_the_store_existed_says_so(tmp_path):
    db = str(tmp_path / "g.db")
    assert run("--store", db, "demo").exit_code == 0
    result = run("--store", db, "stats", "--as-of", "2026-01-31")
    assert result.exit_code == 0
    assert result.output.startswith(f"Op 2026-01-31 bestond {db} nog niet: de eerste load is van ")
    english = run("--store", db, "stats", "--as-of", "2026-01-31", "--lang", "en").output
    assert english.startswith(f"On 2026-01-31 {db} did not exist yet: its first load is of ")


def test_load_twice_gives_identical_stats_json(tmp_path, example):
    db = str(tmp_path / "g.db")
    assert run("--store", db, "load", str(example)).exit_code == 0
    first = run("--store", db, "stats", "--format", "json").output
    second_load = run("--store", db, "load", str(example))
    assert ("niets veranderd: de 134 organisaties en andere knopen en 303 relaties stonden er "
            "al zo in") in second_load.output
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


def _organisations(db: Path) -> int:
    """How many organisations a store holds (0 when the store was never written)."""
    if not db.exists():
        return 0
    counts = json.loads(run("--store", str(db), "stats", "--format", "json").output)
    return sum(counts["nodes"].get(k, 0) for k in ("Company", "School", "PublicBody"))


@pytest.mark.parametrize("key, said", [
    ("colums", "onbekende sleutel 'colums' in de mapping (bedoelde u 'columns'?)"),
    # A Dutch user's key: the English one meant, as the docs write it.
    ("kolommen", "onbekende sleutel 'kolommen' in de mapping (bedoelde u 'columns'?)"),
    # Close to no key: every key, so the user need not look them up.
    ("xyz", "onbekende sleutel 'xyz' in de mapping; een mapping kent de sleutels 'table', "
            "'columns', 'values', 'defaults', 'sheet', 'source_name', 'province', 'date'")])
def test_an_unknown_mapping_key_names_the_key_meant_or_all_keys(tmp_path, key, said):
    sheet = tmp_path / "a.csv"
    sheet.write_text("Naam,Soort,Plaats\nTata Steel,bedrijf,Velsen\n", encoding="utf-8")
    mapping = tmp_path / "a.yaml"
    mapping.write_text(f"table: organisations\n{key}:\n  name: Naam\n", encoding="utf-8")
    db = tmp_path / "g.db"
    result = run("--store", str(db), "load", str(sheet), "--mapping", str(mapping))
    assert result.exit_code == 1 and f"/a.yaml: {said} (niets geladen" in result.output
    assert _organisations(db) == 0


def test_an_unknown_dataset_key_is_a_problem_in_the_users_language(tmp_path):
    # Before, a dataset.yaml's own error was an English "Error:" even in Dutch, with no
    # error report, and --skip-bad-rows could not load the other paths given.
    folder = tmp_path / "lijst"
    folder.mkdir()
    (folder / "a.csv").write_text("Naam,Soort,Plaats\nTata Steel,bedrijf,Velsen\n",
                                  encoding="utf-8")
    (folder / "dataset.yaml").write_text("bestanden:\n  - path: a.csv\n", encoding="utf-8")
    db, report = tmp_path / "g.db", tmp_path / "fouten.csv"
    result = run("--store", str(db), "load", str(folder), "--error-report", str(report))
    assert result.exit_code == 1 and "/lijst/dataset.yaml: onbekende sleutel 'bestanden' " \
        "(bedoelde u 'files'?) (niets geladen" in result.output
    assert _organisations(db) == 0
    result = run("--store", str(db), "load", str(folder), "--lang", "en",
                 "--error-report", str(report))
    assert "unknown key 'bestanden' (did you mean 'files'?)" in result.output
    with report.open(encoding="utf-8-sig") as fh:
        assert [r["problem"] for r in csv.DictReader(fh)] == [
            "unknown key 'bestanden' (did you mean 'files'?)"]
    (folder / "dataset.yaml").write_text("foo: 1\nfiles:\n  - path: a.csv\n", encoding="utf-8")
    result = run("--store", str(db), "load", str(folder), str(folder / "a.csv"),
                 "--skip-bad-rows")
    assert result.exit_code == 0, result.output
    assert "onbekende sleutel 'foo'; de sleutels zijn 'name', 'title', 'description', " \
        "'reference', 'files', 'source_name', 'province', 'aliases', 'former_names', 'date'" \
        in result.output
    assert "Tata Steel" in run("--store", str(db), "show", "Tata Steel").output


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


def help_examples(command: str) -> list[list[str]]:
    """The example command lines of a command's --help, as a user would copy them."""
    text = run(*([command] if command else []), "--help").output
    assert "Examples:" in text or not command, f"{command} --help has no examples"
    lines, current = [], ""
    for raw in text.splitlines():
        line = raw.strip()
        if current:
            current += " " + line
        elif line.startswith("stakeholder-graph "):
            current = line
        else:
            continue
        if current.endswith("\\"):
            current = current[:-1].rstrip()
            continue
        lines.append(shlex.split(current)[1:])
        current = ""
    return lines


SERVERS = ("serve",)  # commands whose examples start a server: their lines are not run
TYPED = "een-lang-wachtwoord-2026\n" * 2  # what a user types at a prompt (users add)
EXAMPLE_URIS = ("bolt://localhost:7687",)  # a local Neo4j: the test server stands in for it


@pytest.fixture(scope="module")
def after_demo(tmp_path_factory):
    """A folder as a new user has it after the README's first command: the clone's
    examples/ and the store `stakeholder-graph demo` wrote."""
    import shutil

    folder = tmp_path_factory.mktemp("clone")
    shutil.copytree(ROOT / "examples", folder / "examples")
    result = CliRunner().invoke(cli, ["--store", str(folder / "stakeholder-graph.db"), "demo"])
    assert result.exit_code == 0, result.output
    return folder


@pytest.mark.parametrize("command", ["", *sorted(cli.commands)])
def test_every_help_example_works_as_written(command, after_demo, tmp_path, monkeypatch,
                                             request):
    """Every --help shows examples, and each runs as written, in order, after `demo`."""
    import shutil

    shutil.copytree(after_demo, tmp_path, dirs_exist_ok=True)
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("STAKEHOLDER_GRAPH_STORE", raising=False)
    examples = help_examples(command)
    assert examples, f"no example in {command or 'the main'} --help"
    for args in examples:
        if any(a in SERVERS for a in args[:3]):
            continue
        if any(uri in a for a in args for uri in EXAMPLE_URIS):
            server = request.getfixturevalue("neo4j_store").location
            args = [a.replace(EXAMPLE_URIS[0], server) for a in args]
        result = CliRunner().invoke(cli, args, input=TYPED)
        assert result.exit_code == 0, (args, result.output)


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
    assert "gemeenten" in done.stdout


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("introduce") / "demo.db"
    assert run("demo", "--to", str(db)).exit_code == 0
    return db


@pytest.mark.parametrize("a,b,code,said", [
    ("KLM", "slug:klm", "self_introduction",
     "'slug:klm' cannot be introduced to itself: choose another organisation"),
    ("Tata Steel", "Energietransitie", "not_an_organisation",
     "'slug:energietransitie' is a Theme, not an organisation: an introduction is between two "
     "organisations (Company, School, PublicBody, Municipality, Campus)"),
    ("Noord-Holland Noord", "KLM", "not_an_organisation",
     "'cbs:AM15' is a Region, not an organisation"),
])
def test_introduce_refuses_what_is_no_introduction_in_one_line(demo_store, a, b, code, said):
    """The CLI and the web app share api.introduce's checks: one code (the web app's Dutch
    text, see test_web_errors.py), and here one English line; nothing is written."""
    from stakeholder_graph import api
    from stakeholder_graph.errors import StakeholderGraphError

    before = demo_store.read_bytes()
    result = run("--store", str(demo_store), "introduce", a, b, "--status", "made")
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.stderr.strip().splitlines() == [result.stderr.strip()]
    assert result.stderr.startswith(f"Error: {said}"), result.stderr
    with pytest.raises(StakeholderGraphError) as raised:
        api.introduce(a, b, "made", demo_store)
    assert raised.value.code == code
    assert demo_store.read_bytes() == before


def test_one_register_key_under_two_kinds_loads_as_one_organisation(tmp_path):
    # A CRM that calls SBB "Overheid" in one row and "Onderwijsinstelling" in the next: one
    # organisation under the first row's kind; the conflict is in the review file, in words
    # the werkambassadeur reads, and needs no decision.
    (tmp_path / "crm.csv").write_text(
        "naam;soort;kvk;plaats\nSBB;Overheid;12345678;Zoetermeer\n"
        "Stichting SBB;Onderwijsinstelling;12345678;Zoetermeer\n", encoding="utf-8")
    (tmp_path / "crm.yaml").write_text(
        "table: organisations\ncolumns: {name: naam, kind: soort, kvk: kvk, "
        "municipality: plaats}\nvalues: {kind: {Overheid: PublicBody, "
        "Onderwijsinstelling: School}}\n", encoding="utf-8")
    db = tmp_path / "s.db"
    result = run("--store", str(db), "load", str(tmp_path / "crm.csv"), "--mapping",
                 str(tmp_path / "crm.yaml"))
    assert result.exit_code == 0, result.output
    assert "1 tegenstrijdig(e) gegeven(s) om na te kijken; ze staan in" in result.output
    assert "resolve --apply" not in result.output  # nothing to decide
    with api.open_store(str(db)) as store:
        node = store.node("kvk:12345678")
    assert (node["kind"], node["name"], node["aliases"]) == ("PublicBody", "SBB",
                                                             ["Stichting SBB"])
    with (tmp_path / "s-review.csv").open(encoding="utf-8", newline="") as fh:
        [row] = list(csv.DictReader(fh))
    file = tmp_path / "crm.csv"
    assert row["reden"] == (f"andere soort: een publieke organisatie in {file} rij 2, een "
                            f"onderwijsinstelling in {file} rij 3; de eerste is gehouden "
                            "(verbeter de bron als die niet klopt)")
    assert row["gevonden in"] == f"{file} rij 3" and row["besluit"] == ""
    english = run("--store", str(tmp_path / "t.db"), "load", str(tmp_path / "crm.csv"),
                  "--mapping", str(tmp_path / "crm.yaml"), "--lang", "en")
    assert "1 conflicting fact(s) to check; they are in" in english.output


def test_store_after_the_command_is_the_store(tmp_path, example, monkeypatch):
    """`load X --store F`, as every new user types it, loads into F; `stats --store F` reads F."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("STAKEHOLDER_GRAPH_STORE", raising=False)
    db = tmp_path / "x.db"
    result = run("load", str(example), "--store", str(db))
    assert result.exit_code == 0, result.output
    assert f"Geladen in {db}:" in result.output
    assert not (tmp_path / "stakeholder-graph.db").exists()
    with api.open_store(str(db), create=False) as store:
        names = {node["name"] for node in store.nodes()}
    assert {"Tata Steel", "Techport"} <= names
    counts = json.loads(run("stats", "--store", str(db), "--format", "json").output)
    assert counts["nodes"]["Municipality"] == 44 and counts["total_relationships"] == 303
    before = run("--store", str(db), "stats", "--format", "json").output
    assert json.loads(before) == counts


def test_store_after_the_command_wins_over_before_it_and_the_environment(tmp_path, example):
    """Given twice, the last --store typed counts (as for any option given twice)."""
    db, other, env_db = tmp_path / "after.db", tmp_path / "before.db", tmp_path / "env.db"
    result = run("--store", str(other), "load", str(example), "--store", str(db),
                 env={"STAKEHOLDER_GRAPH_STORE": str(env_db)})
    assert result.exit_code == 0, result.output
    assert db.exists() and not other.exists() and not env_db.exists()
    assert run("stats", "--store", str(db), env={"STAKEHOLDER_GRAPH_STORE": str(env_db)}
               ).exit_code == 0
    missing = run("--store", str(db), "stats", "--store", str(other))
    assert missing.exit_code == 1 and missing.stderr.startswith("Error: no store at")
    assert not other.exists()
    # Without --store after the command, the one before it and the environment still count.
    assert run("stats", env={"STAKEHOLDER_GRAPH_STORE": str(db)}).exit_code == 0
    assert run("--store", str(db), "stats", env={"STAKEHOLDER_GRAPH_STORE": str(other)}
               ).exit_code == 0


NO_STORE = {"queries", "users"}  # commands that take no --store of their own


@pytest.mark.parametrize("command", sorted(set(cli.commands) - NO_STORE))
def test_every_store_command_lists_store_in_its_help(command):
    text = run(command, "--help").output
    assert "--store PATH|URI" in text and "STAKEHOLDER_GRAPH_STORE" in text
    assert "[default:" in text.split("--store PATH|URI", 1)[1]
