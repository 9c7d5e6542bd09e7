"""What people open in a spreadsheet: the network workbook, suggestions, analyses and the
review file — Dutch headers (English with --lang en), lists as "a, b en c", dates as dates."""

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from stakeholder_graph.cli import cli


def run(*args: str):
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == 0, result.output
    return result


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    db = str(tmp_path_factory.mktemp("demo") / "demo.db")
    run("--store", db, "demo")
    return db


@pytest.fixture(scope="module")
def workbook(demo_db, tmp_path_factory):
    path = tmp_path_factory.mktemp("export") / "netwerk.xlsx"
    run("--store", demo_db, "export", "-o", str(path))
    return openpyxl.load_workbook(path)


def header(ws) -> list[str]:
    return [c.value for c in ws[1]]


def test_export_xlsx_has_a_sheet_per_kind_then_ties_and_sources(workbook):
    assert workbook.sheetnames == ["bedrijven", "onderwijsinstellingen", "publieke organisaties",
                                   "gemeenten", "campussen en PPS'en", "programma's",
                                   "bijeenkomsten", "thema's", "regio's", "relaties", "bronnen"]
    assert workbook["gemeenten"].max_row == 45  # 44 municipalities and the header


def test_export_xlsx_kind_sheet_has_dutch_headers_and_where_it_lies(workbook):
    ws = workbook["bedrijven"]
    assert header(ws)[:4] == ["id", "naam", "gemeente", "ecosysteem"]
    rows = {r[1]: dict(zip(header(ws), r, strict=True)) for r in ws.iter_rows(min_row=2,
                                                                              values_only=True)}
    assert rows["Tata Steel"]["gemeente"] == "Velsen"
    assert rows["Tata Steel"]["ecosysteem"] == "Zuid-Kennemerland en IJmond"
    assert rows["Tata Steel"]["andere namen"] == "Tatasteel en Tata Steel IJmuiden"


def test_export_xlsx_ties_in_words_with_dates_as_dates(workbook):
    ws = workbook["relaties"]
    assert header(ws)[:5] == ["van", "relatie", "naar", "id van", "id naar"]
    since = header(ws).index("sinds") + 1
    ends = {"Werkambassadeur Noord-Holland", "Provincie Noord-Holland"}
    cells = [row[since - 1] for row in ws.iter_rows(min_row=2)
             if {row[0].value, row[2].value} == ends]
    assert cells and cells[0].is_date and cells[0].value == dt.datetime(2016, 2, 1)
    assert cells[0].number_format == "mmm yyyy"  # the source says February 2016, no day


def test_export_xlsx_sources_name_file_and_row(workbook):
    ws = workbook["bronnen"]
    assert header(ws)[:5] == ["over", "gegeven", "id", "bestand", "rij"]
    rows = [r for r in ws.iter_rows(min_row=2, values_only=True) if r[2] == "slug:klm"]
    assert rows == [("KLM", "bedrijf", "slug:klm", "noord-holland/organisaties.csv", 17)]


def test_export_xlsx_in_english(demo_db, tmp_path):
    path = tmp_path / "network.xlsx"
    run("--store", demo_db, "export", "-o", str(path), "--lang", "en")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames[0] == "companies" and book.sheetnames[-2:] == ["relationships",
                                                                          "sources"]
    assert header(book["relationships"])[:3] == ["from", "relationship", "to"]


def test_export_xlsx_leaves_out_personal_data(tmp_path):
    db = str(tmp_path / "g.db")
    people = tmp_path / "people.csv"
    people.write_text("id,name,kind,email\nslug:contact-1,J. Jansen,Person,j@example.nl\n"
                      "slug:klm,KLM,Company,\n", encoding="utf-8")
    run("--store", db, "load", str(people))
    path = tmp_path / "netwerk.xlsx"
    run("--store", db, "export", "-o", str(path))
    cells = {str(c) for ws in openpyxl.load_workbook(path) for row in ws.iter_rows(values_only=True)
             for c in row}
    assert "KLM" in cells and not any("Jansen" in c or "example.nl" in c for c in cells)


def test_suggestions_xlsx_has_dutch_headers_and_lists_as_words(demo_db, tmp_path):
    path = tmp_path / "suggesties.xlsx"
    run("--store", demo_db, "suggest", "--format", "xlsx", "-o", str(path))
    ws = openpyxl.load_workbook(path).active
    assert header(ws)[:3] == ["rang", "id A", "organisatie A"] and "toelichting" in header(ws)
    cells = [str(c) for row in ws.iter_rows(min_row=2, values_only=True) for c in row]
    assert not any(c.startswith("[") for c in cells)  # no Python lists


def test_suggestions_csv_in_english(demo_db):
    out = run("--store", demo_db, "suggest", "--format", "csv", "--lang", "en").output
    assert out.splitlines()[0].startswith("rank,id A,organisation A,ecosystem A,id B")


def test_analysis_xlsx_has_dutch_headers(demo_db, tmp_path):
    path = tmp_path / "gaten.xlsx"
    run("--store", demo_db, "analyze", "gaps", "--format", "xlsx", "-o", str(path))
    assert header(openpyxl.load_workbook(path).active)[:2] == ["ecosysteem A", "ecosysteem B"]


def test_review_file_has_dutch_headers_and_reads_back(tmp_path):
    db = str(tmp_path / "g.db")  # a store of its own: the CRM's kinds differ from the demo's
    # a CRM export with pairs the loader is not sure of (eigen-lijst's all merge at load)
    crm = Path(__file__).parent / "data" / "messy" / "crm-2026"
    review = tmp_path / "review.xlsx"
    run("--store", db, "load", str(crm), "--review", str(review))
    ws = openpyxl.load_workbook(review).active
    assert header(ws)[:4] == ["besluit", "score", "soort", "id"]
    ws["A2"] = "ja"
    ws.parent.save(review)
    assert "1 samengevoegd" in run("--store", db, "resolve", "--apply", str(review)).output


def _frames(db):
    from stakeholder_graph import api
    from stakeholder_graph.queries import list_queries, run_query

    yield "suggest introductions", api.suggest(db, top=3)
    yield "suggest memberships", api.suggest(db, what="memberships", top=3)
    for what in api.ANALYSES:
        result = api.analyze(what, db)
        yield f"analyze {what}", result[0] if what == "communities" else result
    params = {"neighbourhood": {"organisation": "KLM"}, "internship-hosts": {"school": "brin:25PZ"},
              "intro-path": {"from": "Vattenfall", "to": "Tech@Connect"}}
    with api.open_store(db, create=False) as store:
        for spec in list_queries():
            yield f"query {spec.name}", run_query(store, spec.name, **params.get(spec.name, {}))


def test_every_column_the_tool_writes_has_a_header_in_both_languages(demo_db):
    from stakeholder_graph.output import COLUMNS

    missing = {f"{what}: {column}" for what, frame in _frames(demo_db) for column in frame.columns
               if column not in COLUMNS}
    assert not missing, f"add these to stakeholder_graph.output.COLUMNS: {sorted(missing)}"
