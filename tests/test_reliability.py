"""Reliability and security: property-based input tests, embedded-store faults (a load killed
mid-write, two loads at once, a full disk), injection attempts, and personal data."""

import contextlib
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from stakeholder_graph import api
from stakeholder_graph.cli import cli
from stakeholder_graph.errors import StakeholderGraphError
from stakeholder_graph.graph.model import Batch, build_edge, build_node
from stakeholder_graph.graph.sqlite_store import SQLiteStore
from stakeholder_graph.loaders import load_table
from stakeholder_graph.loaders.tabular import parse_mapping
from stakeholder_graph.resolve import resolve

MAPPING = parse_mapping({"table": "organisations",
                         "columns": {"name": "Naam", "kind": "Soort", "municipality": "Gemeente"}})
REL_MAPPING = parse_mapping({"table": "relationships", "columns": {
    "source": "Van", "target": "Naar", "type": "Relatie", "since": "Sinds"}})
HYPOTHESIS = settings(max_examples=120, deadline=None,
                      suppress_health_check=[HealthCheck.function_scoped_fixture])


# ----------------------------------------------------------------- property-based

@HYPOTHESIS
@given(raw=st.binary(max_size=400))
def test_any_bytes_load_or_fail_cleanly(raw, tmp_path):
    path = tmp_path / "input.csv"
    path.write_bytes(raw)
    for mapping in (None, MAPPING, REL_MAPPING):
        with contextlib.suppress(StakeholderGraphError):
            resolve(load_table(path, mapping))


cell = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30)


@HYPOTHESIS
@given(rows=st.lists(st.tuples(cell, st.sampled_from(["Bedrijf", "School", "Gemeente", "x", ""]),
                               st.sampled_from(["Alkmaar", "Weesp", "Hoofddorp", "Nergens", ""])),
                     max_size=8),
       delimiter=st.sampled_from([",", ";", "\t"]),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252"]))
def test_any_sheet_through_the_mapping_loads_or_fails_cleanly(rows, delimiter, encoding,
                                                              tmp_path):
    import csv
    import io

    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=delimiter)
    writer.writerow(["Naam", "Soort", "Gemeente"])
    writer.writerows(rows)
    path = tmp_path / "sheet.csv"
    try:
        path.write_bytes(buf.getvalue().encode(encoding))
    except UnicodeEncodeError:
        return  # not representable in cp1252: a user's Excel could not have written it
    try:
        batch = resolve(load_table(path, MAPPING))
    except StakeholderGraphError:
        return
    assert all(n.id.split(":")[0] in ("slug", "cbs", "kvk", "brin") for n in batch.nodes.values())


@HYPOTHESIS
@given(rows=st.lists(st.lists(st.one_of(st.none(), cell, st.integers(-10**6, 10**6),
                                        st.floats(allow_nan=False, allow_infinity=False),
                                        st.dates()), min_size=3, max_size=3), max_size=6))
def test_any_xlsx_loads_or_fails_cleanly(rows, tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(["Van", "Naar", "Relatie"])
    for row in rows:
        try:
            book.active.append(row)
        except (ValueError, openpyxl.utils.exceptions.IllegalCharacterError):
            return
    path = tmp_path / "sheet.xlsx"
    book.save(path)
    with contextlib.suppress(StakeholderGraphError):
        resolve(load_table(path))


# ----------------------------------------------------------------- embedded store faults

def _big_csv(path: Path, n: int, prefix: str = "bedrijf") -> Path:
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("id,name,kind,sector\n")
        for i in range(n):
            fh.write(f"slug:{prefix}-{i},{prefix.title()} {i} met een wat langere naam,"
                     f"Company,techniek\n")
    return path


def _load_process(store: Path, data: Path, **kwargs) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "stakeholder_graph", "--store", str(store),
                             "load", "--quiet", str(data)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, **kwargs)


def test_load_killed_mid_write_leaves_a_consistent_store(tmp_path, example):
    db = tmp_path / "store.db"
    api.load([example], str(db))
    with SQLiteStore(db) as store:
        before = store.content_checksum()
    big = _big_csv(tmp_path / "big.csv", 150_000)
    process = _load_process(db, big)
    wal = Path(str(db) + "-wal")
    deadline = time.time() + 120
    while time.time() < deadline and not (wal.exists() and wal.stat().st_size > 2_000_000):
        assert process.poll() is None, process.communicate()
        time.sleep(0.01)
    assert wal.exists() and wal.stat().st_size > 2_000_000, "the load never started writing"
    process.send_signal(signal.SIGKILL)
    process.wait(30)
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    with SQLiteStore(db) as store:
        assert store.content_checksum() == before
    rerun = _load_process(db, big)
    assert rerun.wait(300) == 0, rerun.communicate()
    with SQLiteStore(db) as store:
        assert store.stats()["nodes"]["Company"] == 150_000 + 10


def test_two_loads_at_once_both_apply(tmp_path):
    db = tmp_path / "store.db"
    first = _big_csv(tmp_path / "a.csv", 30_000, "alfa")
    second = _big_csv(tmp_path / "b.csv", 30_000, "beta")
    processes = [_load_process(db, first), _load_process(db, second)]
    for process in processes:
        assert process.wait(300) == 0, process.communicate()
    with SQLiteStore(db) as store:
        assert store.stats()["nodes"]["Company"] == 60_000


def test_two_processes_creating_one_new_store_both_succeed(tmp_path):
    # Switching a new file to WAL answered "database is locked" at once, without waiting
    # (before the fix, about four rounds in ten failed one of the two).
    opener = ("import sys; from stakeholder_graph.graph.sqlite_store import SQLiteStore; "
              "SQLiteStore(sys.argv[1]).close()")
    for round_ in range(10):
        db = tmp_path / f"new-{round_}.db"
        processes = [subprocess.Popen([sys.executable, "-c", opener, str(db)],
                                      stderr=subprocess.PIPE, text=True) for _ in range(2)]
        for process in processes:
            assert process.wait(60) == 0, process.communicate()
        with SQLiteStore(db) as store:
            assert store.stats()["total_nodes"] == 0
        conn = sqlite3.connect(db)
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        conn.close()


def test_full_disk_is_a_clear_error_and_changes_nothing(tmp_path, example):
    import resource

    db = tmp_path / "store.db"
    api.load([example], str(db))
    with SQLiteStore(db) as store:
        before = store.content_checksum()
    big = _big_csv(tmp_path / "big.csv", 100_000)
    limit = db.stat().st_size + 2_000_000

    def small_disk() -> None:  # files may not grow beyond `limit` bytes: a full disk
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    process = _load_process(db, big, preexec_fn=small_disk)
    _, err = process.communicate(timeout=300)
    assert process.returncode == 1
    assert err.startswith("Error: cannot write ") and "full" in err, err
    assert "Traceback" not in err
    with SQLiteStore(db) as store:
        assert store.content_checksum() == before


# ----------------------------------------------------------------- injection

PAYLOADS = ["x'}) DETACH DELETE n //", "`) MATCH (m) DETACH DELETE m //",
            "\" OR 1=1 --", "=cmd|' /C calc'!A0", "<script>alert(1)</script>"]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_payloads_in_names_are_only_data(tmp_path, payload):
    db = tmp_path / "store.db"
    batch = Batch(nodes=[build_node("slug:a", "Company", {"name": payload, "note": payload}),
                         build_node("slug:b", "Company", {"name": "B"})])
    batch.add_edge(build_edge("PARTNERS_WITH", payload, "B", {}))
    with SQLiteStore(db) as store:
        store.load(batch)
        assert store.node("slug:a")["name"] == payload
        assert store.stats()["total_relationships"] == 1


@pytest.mark.neo4j
@pytest.mark.parametrize("payload", PAYLOADS)
def test_payloads_reach_neo4j_only_as_parameters(neo4j_store, payload):
    from stakeholder_graph.queries import QueryError, run_query

    batch = Batch(nodes=[build_node("slug:a", "Company", {"name": payload, "sector": payload}),
                         build_node("slug:b", "Company", {"name": "B"})])
    batch.add_edge(build_edge("PARTNERS_WITH", payload, "B", {"since": "2020"}))
    neo4j_store.load(batch)
    assert neo4j_store.node("slug:a")["name"] == payload
    assert run_query(neo4j_store, "stakeholders", theme=payload).empty
    assert list(run_query(neo4j_store, "neighbourhood", organisation=payload)["other_id"]) == [
        "slug:b"]
    with pytest.raises(QueryError, match="unknown query"):
        run_query(neo4j_store, payload)
    with pytest.raises(QueryError, match="unknown parameter"):
        run_query(neo4j_store, "stakeholders", **{payload: "x"})
    assert neo4j_store.stats()["total_nodes"] == 2
    assert neo4j_store.stats()["total_relationships"] == 1


def test_labels_and_types_come_only_from_the_model(tmp_path):
    sheet = tmp_path / "evil.csv"
    sheet.write_text("id,name,kind\nslug:x,X,Company`) DETACH DELETE n //\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["--store", str(tmp_path / "s.db"), "load", str(sheet),
                                      "--lang", "en"])
    assert result.exit_code == 1 and "unknown kind" in result.stderr
    rel = tmp_path / "evil-rel.csv"
    rel.write_text("source,target,type\nslug:x,slug:y,KNOWS]->() DETACH DELETE n //\n",
                   encoding="utf-8")
    result = CliRunner().invoke(cli, ["--store", str(tmp_path / "s.db"), "load", str(rel),
                                      "--lang", "en"])
    assert result.exit_code == 1 and "unknown relationship type" in result.stderr
    from stakeholder_graph.graph.neo4j_store import _label, _rel_type

    with pytest.raises(ValueError):
        _label("Company) DETACH DELETE n //")
    with pytest.raises(ValueError):
        _rel_type("KNOWS]->()")


def test_spreadsheet_formula_injection_is_neutralised(tmp_path):
    import openpyxl

    db = tmp_path / "store.db"
    sheet = tmp_path / "orgs.csv"
    sheet.write_text('id,name,kind\nslug:x,"=HYPERLINK(""http://evil"",""klik"")",Company\n'
                     "slug:y,+31 20 123,Company\nslug:z,@SUM(A1),Company\n", encoding="utf-8")
    assert CliRunner().invoke(cli, ["--store", str(db), "load", str(sheet)]).exit_code == 0
    runner = CliRunner()
    csv_out = runner.invoke(cli, ["--store", str(db), "query", "stakeholders", "--format",
                                  "csv"]).output
    assert "'=HYPERLINK" in csv_out and "'+31 20 123" in csv_out and "'@SUM" in csv_out
    xlsx = tmp_path / "out.xlsx"
    runner.invoke(cli, ["--store", str(db), "query", "stakeholders", "--format", "xlsx",
                        "-o", str(xlsx)])
    ws = openpyxl.load_workbook(xlsx).active
    names = {ws.cell(r, 2).value: ws.cell(r, 2).data_type for r in range(2, ws.max_row + 1)}
    assert names['=HYPERLINK("http://evil","klik")'] == "s"  # text, not a formula
    assert all(kind == "s" for kind in names.values())


# ----------------------------------------------------------------- personal data

@pytest.fixture
def store_with_a_person(tmp_path, example):
    db = tmp_path / "store.db"
    api.load([example], str(db))
    people = tmp_path / "contacten.csv"
    people.write_text("id,name,kind,email,phone,role\n"
                      "slug:contact-1,Jan Jansen,Person,jan.jansen@example.nl,0612345678,"
                      "stagecoördinator\n", encoding="utf-8")
    ties = tmp_path / "werkt-bij.csv"
    ties.write_text("source,target,type\nslug:contact-1,slug:klm,WORKS_AT\n", encoding="utf-8")
    api.load([people, ties], str(db))
    return db


SECRETS = ("Jan Jansen", "jan.jansen@example.nl", "0612345678")


def test_personal_data_stays_out_of_every_output(store_with_a_person, tmp_path):
    db = str(store_with_a_person)
    runner = CliRunner()
    outputs = {}
    for fmt in ("graphml", "gexf", "json"):
        path = tmp_path / f"export.{fmt}"
        runner.invoke(cli, ["--store", db, "export", "-o", str(path)])
        outputs[f"export {fmt}"] = path.read_text(encoding="utf-8")
    html, png = tmp_path / "kaart.html", tmp_path / "kaart.svg"
    runner.invoke(cli, ["--store", db, "map", "-o", str(html), "--svg", str(png),
                        "--with-suggestions", "10"])
    outputs["map"] = html.read_text(encoding="utf-8")
    outputs["svg"] = png.read_text(encoding="utf-8")
    from stakeholder_graph.queries import list_queries

    params = {"neighbourhood": ["-p", "organisation=KLM"],
              "intro-path": ["-p", "from=KLM", "-p", "to=Tata Steel"],
              "internship-hosts": ["-p", "school=brin:25PZ"]}
    for spec in list_queries():
        result = runner.invoke(cli, ["--store", db, "query", spec.name, "--format", "csv",
                                     *params.get(spec.name, [])])
        assert result.exit_code == 0, (spec.name, result.output)
        outputs[f"query {spec.name}"] = result.output
    for what in ("centrality", "communities", "brokers", "gaps"):
        outputs[f"analyze {what}"] = runner.invoke(cli, ["--store", db, "analyze", what,
                                                         "--format", "csv"]).output
    outputs["suggest"] = runner.invoke(cli, ["--store", db, "suggest", "--format", "csv",
                                             "--all-ecosystems", "--top", "100"]).output
    for name, text in outputs.items():
        for secret in SECRETS:
            assert secret not in text, f"{secret!r} leaked into {name}"


def test_personal_data_only_when_asked(store_with_a_person, tmp_path):
    db = str(store_with_a_person)
    runner = CliRunner()
    result = runner.invoke(cli, ["--store", db, "query", "neighbourhood", "-p",
                                 "organisation=KLM", "--include-personal-data"])
    assert "Jan Jansen" in result.output
    path = tmp_path / "all.json"
    runner.invoke(cli, ["--store", db, "export", "-o", str(path), "--include-personal-data"])
    assert "jan.jansen@example.nl" in path.read_text(encoding="utf-8")

