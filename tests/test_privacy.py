"""Personal data stays out of every output, on both stores, unless asked for.

A contact person with an e-mail address and a phone number, who works at KLM and attended
an event, is loaded on top of the Noord-Holland example; every command and output format
(and the API functions notebooks and the web app call) is then searched for the person's
name, address and number.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from stakeholder_graph import api, privacy
from stakeholder_graph.cli import cli
from stakeholder_graph.graph.neo4j_store import Neo4jStore
from stakeholder_graph.queries import list_queries

SECRETS = ("Jan Jansen", "jan.jansen@example.nl", "0612345678")
PERSON = "slug:contact-1"
QUERY_PARAMS = {"neighbourhood": ["-p", "organisation=KLM"],
                "intro-path": ["-p", "from=KLM", "-p", "to=Tata Steel"],
                "internship-hosts": ["-p", "school=brin:25PZ"]}


def _people_files(folder: Path) -> list[str]:
    people = folder / "contacten.csv"
    people.write_text("id,name,kind,email,phone,role\n"
                      f"{PERSON},Jan Jansen,Person,jan.jansen@example.nl,0612345678,"
                      "stagecoördinator\n", encoding="utf-8")
    ties = folder / "werkt-bij.csv"
    ties.write_text("source,target,type,note\n"
                    f"{PERSON},slug:klm,WORKS_AT,contact via Jan Jansen\n", encoding="utf-8")
    return [str(people), str(ties)]


@pytest.fixture(scope="module", params=["sqlite", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def store(request, tmp_path_factory, example) -> str:
    folder = tmp_path_factory.mktemp("privacy")
    if request.param == "sqlite":
        location = str(folder / "store.db")
    else:
        location = request.getfixturevalue("neo4j_uri")
        with Neo4jStore(location) as opened:
            opened.clear()
    runner = CliRunner()
    assert runner.invoke(cli, ["--store", location, "load", str(example)]).exit_code == 0
    loaded = runner.invoke(cli, ["--store", location, "load", *_people_files(folder)])
    assert loaded.exit_code == 0, loaded.output
    return location


def _invoke(store: str, *args: str):
    return CliRunner().invoke(cli, ["--store", store, *args])


def _assert_clean(name: str, text: str) -> None:
    for secret in SECRETS:
        assert secret not in text, f"{secret!r} leaked into {name}"


def _xlsx_text(path: Path) -> str:
    book = openpyxl.load_workbook(path, read_only=True)
    return "\n".join(str(v) for ws in book.worksheets for row in ws.iter_rows(values_only=True)
                     for v in row if v is not None)


def _zip_text(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        return "\n".join(z.read(n).decode("utf-8", "replace") for n in z.namelist()
                         if n.endswith(".xml"))


def _screen_commands() -> list[list[str]]:
    commands = [["show", "KLM"], ["show", "KLM", "--format", "json"], ["diff"],
                ["diff", "--format", "json"], ["diff", "--since", "1"], ["stats"],
                ["stats", "--format", "json"], ["history", "--format", "json"],
                ["suggest", "--all-ecosystems", "--top", "200"],
                ["suggest", "--campuses", "--format", "json"]]
    for spec in list_queries():
        for fmt in ("table", "csv", "json"):
            commands.append(["query", spec.name, "--format", fmt,
                             *QUERY_PARAMS.get(spec.name, [])])
    for what in ("centrality", "communities", "brokers", "gaps"):
        for fmt in ("table", "csv", "json"):
            commands.append(["analyze", what, "--format", fmt])
    for fmt in ("csv", "json"):
        commands.append(["suggest", "--format", fmt, "--all-ecosystems", "--top", "200"])
    return commands


SCREEN = _screen_commands()


@pytest.mark.parametrize("command", SCREEN, ids=[" ".join(c) for c in SCREEN])
def test_no_command_prints_personal_data(store, command):
    result = _invoke(store, *command)
    assert result.exit_code == 0, (command, result.output)
    _assert_clean(" ".join(command), result.output)


FILES = [(["export", "-o", "{out}.graphml"], "graphml"), (["export", "-o", "{out}.gexf"], "gexf"),
         (["export", "-o", "{out}.json"], "json"),
         (["map", "-o", "{out}.html", "--with-suggestions", "10"], "html"),
         (["map", "--svg", "{out}.svg"], "svg"),
         (["map", "--pptx", "{out}.pptx", "--with-suggestions", "5"], "pptx"),
         (["query", "neighbourhood", "-p", "organisation=KLM", "--format", "xlsx",
           "-o", "{out}.xlsx"], "xlsx"),
         (["analyze", "centrality", "--format", "xlsx", "-o", "{out}.xlsx"], "xlsx"),
         (["suggest", "--format", "xlsx", "-o", "{out}.xlsx"], "xlsx"),
         (["query", "stakeholders", "-o", "{out}.csv"], "csv")]


@pytest.mark.parametrize(("command", "kind"), FILES, ids=[" ".join(c) for c, _ in FILES])
def test_no_file_holds_personal_data(store, command, kind, tmp_path):
    out = str(tmp_path / "uitvoer")
    args = [a.replace("{out}", out) for a in command]
    result = _invoke(store, *args)
    assert result.exit_code == 0, result.output
    path = Path(out + "." + kind)
    text = (_xlsx_text(path) if kind == "xlsx" else _zip_text(path) if kind == "pptx"
            else path.read_text(encoding="utf-8"))
    assert text.strip()
    _assert_clean(" ".join(command), text)


ABOUT_THE_PERSON = [["show", PERSON], ["show", "Jan Jansen", "--format", "json"],
                    ["query", "neighbourhood", "-p", f"organisation={PERSON}"],
                    ["query", "neighbourhood", "-p", "organisation=Jan Jansen"],
                    ["query", "intro-path", "-p", "from=Jan Jansen", "-p", "to=KLM"],
                    ["suggest", "--for", "Jan Jansen"],
                    ["map", "-o", "kaart.html", "--around", "Jan Jansen"]]


@pytest.mark.parametrize("command", ABOUT_THE_PERSON, ids=[" ".join(c) for c in ABOUT_THE_PERSON])
def test_asking_about_the_person_is_refused_in_one_line(store, command):
    result = _invoke(store, *command)
    assert result.exit_code == 1, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "is a contact person" in lines[0]
    assert "--include-personal-data" in lines[0] or "not shown" in lines[0]
    _assert_clean(" ".join(command), result.output.replace(lines[0], ""))


WITH_FLAG = [["show", PERSON, "--include-personal-data"],
             ["show", "KLM", "--include-personal-data"],
             ["diff", "--format", "json", "--include-personal-data"],
             ["query", "neighbourhood", "-p", "organisation=KLM", "--include-personal-data"]]


@pytest.mark.parametrize("command", WITH_FLAG, ids=[" ".join(c) for c in WITH_FLAG])
def test_personal_data_only_when_asked(store, command):
    result = _invoke(store, *command)
    assert result.exit_code == 0, result.output
    assert any(secret in result.output for secret in SECRETS), result.output


def test_a_question_about_the_person_is_answered_when_asked(store):
    result = _invoke(store, "query", "neighbourhood", "-p", f"organisation={PERSON}",
                     "--include-personal-data")
    assert result.exit_code == 0, result.output


def test_export_with_the_flag_keeps_the_person(store, tmp_path):
    path = tmp_path / "alles.json"
    assert _invoke(store, "export", "-o", str(path), "--include-personal-data").exit_code == 0
    assert "jan.jansen@example.nl" in path.read_text(encoding="utf-8")


def test_the_api_helpers_leave_the_person_out(store, tmp_path):
    outputs = {
        "api.show": api.show("KLM", store),
        "api.diff": api.diff(store),
        "api.suggest": api.suggest(store, top=200).to_csv(),
        "api.suggest memberships": api.suggest(store, what="memberships").to_csv(),
        "api.analyze": api.analyze("centrality", store).to_csv(),
        "api.draw_map": [n for n in api.draw_map(store, tmp_path / "k.html").nodes],
    }
    for name, value in outputs.items():
        _assert_clean(name, str(value))
    assert "Jan Jansen" in str(api.show(PERSON, store, include_personal_data=True))
    with pytest.raises(privacy.PersonalDataError):
        api.show(PERSON, store)


def test_the_filter_is_one_public_function_for_every_shape():
    people = privacy.PersonalIndex(frozenset({PERSON}), frozenset({"Jan Jansen"}))
    import networkx as nx
    import pandas as pd

    graph = nx.MultiDiGraph()
    graph.add_node(PERSON, kind="Person", name="Jan Jansen", email="jan.jansen@example.nl")
    graph.add_node("slug:klm", kind="Company", name="KLM")
    graph.add_edge(PERSON, "slug:klm", key="WORKS_AT", type="WORKS_AT")
    assert list(privacy.redact(graph, people).nodes) == ["slug:klm"]
    frame = pd.DataFrame({"id": [PERSON, "slug:klm"], "name": ["Jan Jansen", "KLM"],
                          "note": ["", "via Jan Jansen"]})
    assert privacy.redact(frame, people).to_dict("records") == [
        {"id": "slug:klm", "name": "KLM", "note": f"via {privacy.HIDDEN}"}]
    nested = {"ties": [{"other": PERSON, "type": "WORKS_AT"}, {"other": "slug:x"}],
              "email": "jan.jansen@example.nl"}
    assert privacy.redact(nested, people) == {"ties": [{"other": "slug:x"}]}
    assert privacy.redact(nested, people, include_personal_data=True) is nested
    assert privacy.is_personal(PERSON, people) and not privacy.is_personal("slug:klm", people)
