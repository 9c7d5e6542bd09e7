"""The progress report: its figures equal what stats --as-of, diff, suggest and analyze say
for the same dates; the deck is readable and stays on its slides; the page prints on A4
landscape; personal data stays out unless asked; an empty period says so.

Two stores: the example with its recorded introductions (one load), and a store with a
history: the example loaded 90 days ago, three introductions recorded since, and a later
export (a new organisation, a partnership that followed the introduction made, a tie
removed) loaded with ``--at`` today.
"""

from __future__ import annotations

import json
import math
import os
import shutil
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner

from stakeholder_graph import api
from stakeholder_graph.cli import cli
from stakeholder_graph.graph.model import (
    ORGANISATION_KINDS,
    Batch,
    Provenance,
    build_edge,
    build_node,
)

TIE_TYPES = ("PARTNERS_WITH", "HOSTS_INTERNS_FROM", "MEMBER_OF")
TODAY = datetime.now(UTC).date()
T0 = TODAY - timedelta(days=90)


def _day(d: date) -> str:
    return d.isoformat()


def _later_export(tmp_path: Path, example: Path) -> Path:
    """The example with a new organisation, a new partnership and one tie removed."""
    copy = tmp_path / "noord-holland"
    shutil.copytree(example, copy)
    orgs = copy / "organisaties.csv"
    orgs.write_text(orgs.read_text(encoding="utf-8-sig")
                    + "slug:alliander;Alliander;Bedrijf;Amsterdam;energie;;;;;;;;;"
                      "illustratief: testregel voor het voortgangsverslag;\n",
                    encoding="utf-8-sig")
    ties = copy / "relaties.csv"
    lines = ties.read_text(encoding="utf-8-sig").splitlines(keepends=True)
    del lines[next(i for i, line in enumerate(lines) if line.startswith("Tata Steel;brin:25PZ"))]
    lines.append("Port of Amsterdam;Port of Den Helder;Partner;;;;;;;"
                 "illustratief: testregel voor het voortgangsverslag;\n")
    ties.write_text("".join(lines), encoding="utf-8-sig")
    return copy


def _with_history(store, tmp_path: Path, example: Path):
    api.load([example], store, at=_day(T0))
    api.introduce("Port of Amsterdam", "Port of Den Helder", "made", store,
                  date=_day(T0 + timedelta(days=10)))
    api.introduce("KLM", "Greenport Aalsmeer", "proposed", store,
                  date=_day(T0 + timedelta(days=20)))
    api.introduce("Tata Steel", "Vattenfall", "declined", store,
                  date=_day(T0 + timedelta(days=30)))
    api.load([_later_export(tmp_path, example)], store, at=_day(TODAY))
    return store


@pytest.fixture
def example_db(tmp_path: Path) -> str:
    path = str(tmp_path / "voorbeeld.db")
    api.demo(path)
    return path


@pytest.fixture
def history_db(tmp_path: Path, example: Path) -> str:
    path = str(tmp_path / "historie.db")
    with api.open_store(path) as store:
        _with_history(store, tmp_path, example)
    return path


# The period of each store: the example's default (before its one load → the load), and
# the history store's 90 days.
CASES = {"example": (None, None), "history": (_day(T0), _day(TODAY))}


@pytest.fixture(params=sorted(CASES))
def case(request, example_db, history_db) -> tuple[str, str | None, str | None]:
    db = example_db if request.param == "example" else history_db
    return (db, *CASES[request.param])


def _cli(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout


# --------------------------------------------------------------------------- the figures

@pytest.mark.parametrize("end", ["then", "now"])
def test_network_at_both_dates_equals_stats_as_of(case, end):
    db, since, until = case
    figures = api.report(db, since=since, until=until)
    state = figures["network"][end]
    stats = json.loads(_cli("--store", db, "stats", "--as-of", state["at"], "--format", "json"))
    assert state["stats"] == stats
    assert state["organisations"] == sum(stats["nodes"][k] for k in ORGANISATION_KINDS)
    assert state["ties_by_type"] == {t: stats["relationships"][t] for t in TIE_TYPES}
    assert sum(r["organisations"] for r in state["per_ecosystem"].values()) == \
        state["organisations"]


def test_the_history_store_has_both_dates_apart(history_db):
    figures = api.report(history_db, since=_day(T0), until=_day(TODAY))
    then, now = figures["network"]["then"], figures["network"]["now"]
    assert now["organisations"] == then["organisations"] + 1  # Alliander
    assert now["ties_by_type"]["PARTNERS_WITH"] == then["ties_by_type"]["PARTNERS_WITH"] + 1
    assert now["ties_by_type"]["HOSTS_INTERNS_FROM"] == \
        then["ties_by_type"]["HOSTS_INTERNS_FROM"] - 1


@pytest.mark.parametrize("part", ["added", "removed"])
def test_new_and_ended_organisations_and_ties_equal_diff(case, part):
    db, since, until = case
    figures = api.report(db, since=since, until=until)
    period = figures["period"]
    args = ["--store", db, "diff", "--format", "json"]
    if since:
        args += ["--since", since, "--until", until]
    diff = json.loads(_cli(*args))
    assert diff["until"] == period["until"]
    net = figures["network"]
    orgs = net["new_organisations" if part == "added" else "ended_organisations"]
    ties = net["new_ties" if part == "added" else "ended_ties"]
    assert [o["id"] for o in orgs] == [n["id"] for n in diff["nodes"][part]
                                       if n["kind"] in ORGANISATION_KINDS]
    assert [(e["type"], e["start"], e["end"], e["key"]) for e in ties] == [
        (e["type"], e["start"], e["end"], e["key"]) for e in diff["relationships"][part]
        if e["type"] in TIE_TYPES]


def test_the_later_export_shows_as_new_and_ended(history_db):
    net = api.report(history_db, since=_day(T0), until=_day(TODAY))["network"]
    assert [o["id"] for o in net["new_organisations"]] == ["slug:alliander"]
    assert [(e["type"], e["start"], e["end"]) for e in net["new_ties"]] == [
        ("PARTNERS_WITH", "slug:port-of-amsterdam", "slug:port-of-den-helder")]
    assert [(e["type"], e["start"], e["end"]) for e in net["ended_ties"]] == [
        ("HOSTS_INTERNS_FROM", "slug:tata-steel", "brin:25PZ")]


@pytest.mark.parametrize("what", ["introductions", "memberships"])
def test_suggestions_equal_suggest_at_the_end_date(case, what):
    db, since, until = case
    figures = api.report(db, since=since, until=until)
    args = ["--store", db, "suggest", "--as-of", figures["period"]["until"], "--top", "5",
            "--format", "json"] + (["--campuses"] if what == "memberships" else [])
    expected = json.loads(_cli(*args))
    ids = ("a_id", "b_id") if what == "introductions" else ("org_id", "group_id")
    got = figures["suggestions"][what]
    assert got, "the example has suggestions"
    assert [(r["rank"], *(r[k] for k in ids), r["explanation"]) for r in got] == [
        (r["rank"], *(r[k] for k in ids), r["explanation"]) for r in expected]


def test_the_gap_matrix_at_the_end_equals_analyze_gaps(case):
    db, since, until = case
    rows = api.report(db, since=since, until=until)["gaps"]["rows"]
    expected = json.loads(_cli("--store", db, "analyze", "gaps", "--format", "json"))
    assert sorted((r["a"], r["b"], r["links_now"], round(r["gap_now"], 9)) for r in rows) == \
        sorted((r["a"], r["b"], r["links"], round(r["gap"], 9)) for r in expected)


def test_the_gap_matrix_moved_with_the_later_export(history_db):
    gaps = api.report(history_db, since=_day(T0), until=_day(TODAY))["gaps"]
    moved = {(r["a"], r["b"]): (r["links_then"], r["links_now"]) for r in gaps["gained"]}
    # Port of Amsterdam (Groot Amsterdam) and Port of Den Helder (Noord-Holland Noord):
    # the introduction made and the partnership that followed it.
    before, after = moved[("Groot Amsterdam", "Noord-Holland Noord")]
    assert after == before + 2


def test_the_example_introductions_and_their_follow_through(example_db):
    intro = api.report(example_db)["introductions"]
    assert intro["counts"] == {"proposed": 1, "made": 4, "declined": 0}
    made = [r for r in intro["rows"] if r["status"] == "made"]
    assert {r["b_id"] for r in made} == {"slug:klm", "slug:tata-steel",
                                         "slug:koninklijke-luchtmacht",
                                         "slug:koninklijke-marine"}
    # Each was followed by the internships the letter names, in 2021.
    assert {(r["follow_up"]["outcome"], r["follow_up"]["when"], r["follow_up"]["tie"]["type"])
            for r in made} == {("followed", "2021", "HOSTS_INTERNS_FROM")}
    assert intro["follow_through"]["rate"] == 1.0


def test_introductions_recorded_in_the_period_and_the_tie_that_followed(history_db):
    intro = api.report(history_db, since=_day(T0), until=_day(TODAY))["introductions"]
    # The example's own introductions (dated 2021) lie outside the period.
    assert intro["counts"] == {"proposed": 1, "made": 1, "declined": 1}
    [made] = [r for r in intro["rows"] if r["status"] == "made"]
    assert (made["a_id"], made["b_id"]) == ("slug:port-of-amsterdam", "slug:port-of-den-helder")
    # The partnership came with the later export, loaded today: it followed.
    assert made["follow_up"] == {"outcome": "followed", "when": _day(TODAY),
                                 "tie": {"type": "PARTNERS_WITH", "since": None}}
    assert intro["follow_through"] == {"made": 1, "followed": 1, "before": 0, "unknown": 0,
                                       "none": 0, "rate": 1.0}
    # Both ports work on Verduurzaming havens: counted under the theme and its action line.
    labels = {r["label"]: r for r in intro["by_theme"]}
    assert "Verduurzaming havens" in made["themes"]
    assert labels["Verduurzaming havens"]["made"] == 1


def test_a_made_introduction_without_a_tie_yet(history_db):
    api.introduce("Greenport Aalsmeer", "Port of Den Helder", "made", history_db,
                  date=_day(TODAY))
    intro = api.report(history_db, since=_day(T0), until=_day(TODAY + timedelta(days=1)))
    rows = {(r["a_id"], r["b_id"]): r for r in intro["introductions"]["rows"]}
    pair = rows[("slug:greenport-aalsmeer", "slug:port-of-den-helder")]
    assert pair["follow_up"] == {"outcome": "none", "when": None, "tie": None}
    assert intro["introductions"]["follow_through"]["rate"] == 0.5


def test_one_ecosystem_only(history_db):
    eco = "Noord-Holland Noord"
    figures = api.report(history_db, since=_day(T0), until=_day(TODAY), ecosystem=eco.upper())
    assert figures["scope"]["ecosystem"] == eco
    assert list(figures["network"]["now"]["per_ecosystem"]) == [eco]
    assert all(eco in (r["a"], r["b"]) for r in figures["gaps"]["rows"])
    row = figures["network"]["now"]["per_ecosystem"][eco]
    assert row["organisations"] == 24 and row["ties"] == 12 and row["across"] == 2
    expected = json.loads(_cli("--store", history_db, "suggest", "--from", eco, "--as-of",
                               figures["period"]["until"], "--top", "5", "--format", "json"))
    assert [(r["a_id"], r["b_id"]) for r in figures["suggestions"]["introductions"]] == [
        (r["a_id"], r["b_id"]) for r in expected]
    members = json.loads(_cli("--store", history_db, "suggest", "--memberships", "--from", eco,
                              "--as-of", figures["period"]["until"], "--top", "5",
                              "--format", "json"))
    assert members
    assert [(r["org_id"], r["group_id"]) for r in figures["suggestions"]["memberships"]] == [
        (r["org_id"], r["group_id"]) for r in members]


@pytest.mark.neo4j
def test_the_figures_are_the_same_on_neo4j(neo4j_store, tmp_path, example):
    _with_history(neo4j_store, tmp_path / "neo4j", example)
    sqlite = _with_history(api.open_store(tmp_path / "s.db"), tmp_path / "sqlite", example)
    args = {"since": _day(T0), "until": _day(TODAY)}
    a, b = api.report(neo4j_store, **args), api.report(sqlite, **args)
    for figures in (a, b):
        figures["sources"].pop("generated")
    # Both stores were given the same dates: what the report says is the same.
    for part in ("network", "introductions", "gaps", "suggestions"):
        assert json.dumps(a[part], sort_keys=True) == json.dumps(b[part], sort_keys=True), part
    sqlite.close()


# --------------------------------------------------------------------------- the deck

def _em(ch: str, bold: bool) -> float:
    """A character's width in em: Arial's (and Liberation Sans's) widths rounded up by class."""
    width = (0.95 if ch in "mwMW@%" else 0.3 if ch in "iljtfr.,;:'|!()[] "
             else 0.78 if ch.isupper() or ch.isdigit() else 0.56)
    return width * (1.1 if bold else 1.0)


def _estimated_lines(text: str, size_pt: float, width_in: float, bold: bool = False) -> int:
    """Lines a text takes, estimated on the large side, words wrapped greedily."""
    limit = width_in * 72 / size_pt
    total = 0
    for paragraph in text.split("\n"):
        used, lines = 0.0, 1
        for word in paragraph.split():
            w = sum(_em(c, bold) for c in word)
            space = _em(" ", bold) if used else 0.0
            if used and used + space + w > limit:
                lines, used, space = lines + 1, 0.0, 0.0
            if w > limit:
                lines += math.ceil(w / limit) - 1
                w = w % limit
            used += space + w
        total += lines
    return total


def _sizes(frame) -> list[float]:
    return [run.font.size.pt for p in frame.paragraphs for run in p.runs if run.text.strip()]


def _deck(db: str, tmp_path: Path, lang: str, since=None, until=None, **options) -> Path:
    out = tmp_path / f"voortgang-{lang}.pptx"
    _cli("--store", db, "report", *(["--since", since] if since else []),
         *(["--until", until] if until else []), "--lang", lang, "-o", str(out),
         *sum((list(x) for x in options.items()), []))
    return out


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_deck_is_readable_and_nothing_leaves_its_slide(case, tmp_path, lang):
    from pptx import Presentation
    from pptx.util import Emu

    db, since, until = case
    deck = Presentation(str(_deck(db, tmp_path, lang, since, until)))
    width, height = deck.slide_width, deck.slide_height
    assert len(deck.slides) == 9
    inch = Emu(914400)
    for number, slide in enumerate(deck.slides, start=1):
        for shape in slide.shapes:
            where = f"slide {number}, {shape.name}"
            assert shape.left >= 0 and shape.top >= 0, where
            assert shape.left + shape.width <= width, where
            assert shape.top + shape.height <= height, where
            if shape.has_text_frame:
                frame = shape.text_frame
                sizes = _sizes(frame)
                assert sizes and min(sizes) >= 14, where
                inner = (shape.width - frame.margin_left - frame.margin_right) / inch
                need = sum(_estimated_lines(p.text, max(r.font.size.pt for r in p.runs), inner,
                                            any(r.font.bold for r in p.runs))
                           * max(r.font.size.pt for r in p.runs) * 1.2 / 72
                           for p in frame.paragraphs if p.runs)
                room = (shape.height - frame.margin_top - frame.margin_bottom) / inch
                assert need <= room, f"{where}: {frame.text[:60]!r} needs {need:.2f} in"
            if shape.has_table:
                table = shape.table
                rows_total = sum(r.height for r in table.rows)
                assert shape.top + rows_total <= height, where
                for r, row in enumerate(table.rows):
                    for c, cell in enumerate(row.cells):
                        if not cell.text.strip():
                            continue
                        sizes = _sizes(cell.text_frame)
                        assert min(sizes) >= 14, where
                        inner = (table.columns[c].width - cell.margin_left
                                 - cell.margin_right) / inch
                        bold = any(run.font.bold for p in cell.text_frame.paragraphs
                                   for run in p.runs)
                        need = _estimated_lines(cell.text, max(sizes), inner, bold) \
                            * max(sizes) * 1.2 / 72
                        room = (row.height - cell.margin_top - cell.margin_bottom) / inch
                        assert need <= room, f"{where} row {r} col {c}: {cell.text[:50]!r}"


def test_the_deck_has_every_part_with_its_dates(history_db, tmp_path):
    from pptx import Presentation

    deck = Presentation(str(_deck(history_db, tmp_path, "nl", _day(T0), _day(TODAY))))
    texts = []
    for slide in deck.slides:
        parts = []
        for shape in slide.shapes:
            if shape.has_text_frame:
                parts.append(shape.text_frame.text)
            if shape.has_table:
                parts += [c.text for row in shape.table.rows for c in row.cells]
        texts.append("\n".join(parts))
    titles = [t.split("\n")[0] for t in texts]
    assert titles == ["Voortgang van het netwerk", "Het netwerk nu en toen",
                      "Wat is er veranderd", "Introducties", "Waar de gaten zitten",
                      "Voorgestelde introducties", "Voorgestelde lidmaatschappen", "Kaart",
                      "Bronnen"]
    months = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
              "september", "oktober", "november", "december"]
    end = f"{TODAY.day} {months[TODAY.month - 1]} {TODAY.year}"
    for text in texts:  # every slide names the end date of its numbers
        assert end in text, text[:80]
    assert "Alliander (bedrijf, Groot Amsterdam)" in texts[2]
    assert "Port of Amsterdam — Port of Den Helder (samenwerking)" in texts[2]
    assert "1 voorgesteld, 1 gelegd, 1 afgewezen" in texts[3]
    assert "Gevolgd door een band: 1 van 1 gelegde introducties (100%)" in texts[3]
    assert "Illustratief:" in texts[-1]
    assert "3 keer een introductie vastgelegd" in texts[-1]
    assert f"{end}: nl-gemeenten-regio/municipalities.csv" in texts[-1]  # the later export
    assert "noord-holland/relaties.csv" in texts[-1]
    kaart = [s for s in deck.slides][7]
    assert any(shape.shape_type == 13 for shape in kaart.shapes)  # the map picture


def test_a_period_without_changes_says_so(history_db, tmp_path):
    today = _day(TODAY)
    figures = api.report(history_db, since=today, until=today)
    assert figures["network"]["new_ties"] == [] and figures["introductions"]["rows"] == []
    page = tmp_path / "leeg.html"
    api.report(history_db, since=today, until=today, output=page)
    text = page.read_text(encoding="utf-8")
    assert "is er niets veranderd in het netwerk" in text
    assert "In deze periode zijn geen introducties vastgelegd." in text


def test_personal_data_stays_out_unless_asked(history_db, tmp_path):
    person = build_node("slug:jan-de-vries", "Person", {"name": "Jan de Vries",
                                                        "email": "jan@example.org"},
                        Provenance("contacten"))
    works = build_edge("WORKS_AT", "slug:jan-de-vries", "slug:port-of-amsterdam", {},
                       Provenance("contacten"))
    with api.open_store(history_db) as store:
        store.load(Batch(nodes=[person], edges=[works], files=["contacten"]))
    args = {"since": _day(T0), "until": _day(TODAY + timedelta(days=1))}
    plain, personal = tmp_path / "zonder.html", tmp_path / "met.html"
    api.report(history_db, output=plain, **args)
    api.report(history_db, output=personal, include_personal_data=True, **args)
    assert "Jan de Vries" not in plain.read_text(encoding="utf-8")
    assert "jan@example.org" not in plain.read_text(encoding="utf-8")
    assert "Jan de Vries" in personal.read_text(encoding="utf-8")
    assert "jan@example.org" not in personal.read_text(encoding="utf-8")


# --------------------------------------------------------------------------- the page

def test_the_page_prints_on_a4_landscape(case, tmp_path):
    import base64

    from pypdf import PdfReader

    from stakeholder_graph.viz.browser import chromium_available, close, headless_chromium

    reason = chromium_available()
    if reason:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"REPORT PRINT TEST NOT RUN: {reason}")
        pytest.skip(reason)
    db, since, until = case
    page = tmp_path / "voortgang.html"
    api.report(db, since=since, until=until, output=page)
    sections = page.read_text(encoding="utf-8").count('<section class="slide"')
    from selenium.webdriver.common.print_page_options import PrintOptions

    driver = headless_chromium()
    try:
        driver.get(page.as_uri())
        options = PrintOptions()
        options.orientation = "landscape"
        options.page_width, options.page_height = 21.0, 29.7  # A4, turned by orientation
        options.margin_top = options.margin_bottom = 0
        options.margin_left = options.margin_right = 0
        options.background = True
        pdf = base64.b64decode(driver.print_page(options))
    finally:
        close(driver)
    (tmp_path / "voortgang.pdf").write_bytes(pdf)
    reader = PdfReader(tmp_path / "voortgang.pdf")
    assert len(reader.pages) == sections == 9  # one sheet per slide: nothing spills over
    for sheet in reader.pages:
        w, h = float(sheet.mediabox.width), float(sheet.mediabox.height)
        assert abs(w - 841.9) < 2 and abs(h - 595.3) < 2, (w, h)  # A4 landscape in points


# --------------------------------------------------------------------------- the command

@pytest.mark.parametrize(("args", "message"), [
    (["--ecosystem", "Noord-Holland Nord"], "did you mean 'Noord-Holland Noord'"),
    (["--since", "2030-01-01", "--until", "2029-01-01"], "lies after --until"),
    (["--since", "9"], "no load 9"),
    (["--since", "gisteren"], "not a date"),
])
def test_bad_input_is_one_line(example_db, tmp_path, args, message):
    result = CliRunner().invoke(cli, ["--store", example_db, "report", *args,
                                      "-o", str(tmp_path / "r.pptx")])
    assert result.exit_code == 1
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "r.pptx").exists()


def test_a_report_is_pptx_or_html(example_db, tmp_path):
    result = CliRunner().invoke(cli, ["--store", example_db, "report", "-o",
                                      str(tmp_path / "r.pdf")])
    assert result.exit_code == 1 and "written as .pptx or .html" in result.stderr


def test_the_deck_of_one_ecosystem_speaks_of_that_ecosystem(history_db, tmp_path):
    from pptx import Presentation

    out = tmp_path / "nhn.pptx"
    _cli("--store", history_db, "report", "--since", _day(T0), "--until", _day(TODAY),
         "--ecosystem", "Noord-Holland Noord", "-o", str(out))
    first = "\n".join(shape.text_frame.text for shape in Presentation(str(out)).slides[0].shapes
                      if shape.has_text_frame)
    assert "Ecosysteem: Noord-Holland Noord" in first
    assert "Organisaties: 24 → 24" in first and "Banden tussen organisaties: 11 → 12" in first


def test_a_long_list_is_cut_to_fit_and_says_how_many_more():
    from stakeholder_graph.report.layout import fit
    from stakeholder_graph.report.slides import Block, Slide

    names = [f"Organisatie nummer {i} (bedrijf, Groot Amsterdam)" for i in range(2000)]
    slide = fit(Slide("Wat is er veranderd", "vandaag",
                      [[Block("bullets", names, more="… en {n} meer")]]))
    items = slide.columns[0][0].items
    assert 5 < len(items) < 30
    assert items[:-1] == names[:len(items) - 1]
    assert items[-1] == f"… en {2000 - (len(items) - 1)} meer"


# --------------------------------------------------------------------------- new ties on the map

NEW = (0xD4, 0x00, 0x8C)  # viz.view.NEW_COLOUR


def _new_in_diff(db: str, since: str, until: str | None = None,
                 ecosystem: str | None = None) -> list[tuple[str, str, str, str]]:
    """The ties `diff` lists as added (with an end in ``ecosystem``, as the report places
    organisations)."""
    args = ["--store", db, "diff", "--since", since, "--format", "json"]
    diff = json.loads(_cli(*args, *(["--until", until] if until else [])))
    eco = {}
    if ecosystem:
        figures = api.report(db, since=since, until=until)
        eco = {o: e for r in figures["network"]["new_ties"]
               for o, e in ((r["start"], r["start_ecosystem"]), (r["end"], r["end_ecosystem"]))}
    return [(e["type"], e["start"], e["end"], e["key"]) for e in diff["relationships"]["added"]
            if e["type"] in TIE_TYPES
            and (not ecosystem or ecosystem in (eco.get(e["start"]), eco.get(e["end"])))]


def _magenta(png: bytes) -> int:
    """How many pixels of an image are the new ties' magenta."""
    import io

    import numpy as np
    from PIL import Image

    rgb = np.asarray(Image.open(io.BytesIO(png)).convert("RGB")).astype(int)
    r, g, b = rgb[..., 0], rgb[..., 1], rgb[..., 2]
    return int(((abs(r - NEW[0]) < 40) & (g < 60) & (abs(b - NEW[2]) < 40)).sum())


def _map_picture(deck: Path) -> bytes:
    from pptx import Presentation
    from pptx.enum.shapes import MSO_SHAPE_TYPE

    slides = Presentation(str(deck)).slides
    [slide] = [s for s in slides if any(sh.has_text_frame and sh.text_frame.text in
                                        ("Kaart", "Map") for sh in s.shapes)]
    [picture] = [sh for sh in slide.shapes if sh.shape_type == MSO_SHAPE_TYPE.PICTURE]
    return picture.image.blob


@pytest.mark.parametrize("since", ["2000-01-01", "history"])
def test_the_map_marks_as_many_new_ties_as_diff_lists(example_db, history_db, tmp_path, since):
    db = example_db if since == "2000-01-01" else history_db
    since = since if since == "2000-01-01" else _day(T0)
    expected = _new_in_diff(db, since)
    assert expected
    view = api.draw_map(db, png=tmp_path / "kaart.png", new_since=since)
    assert view.new_ties == len(expected)
    lines = [e for e in view.edges if e.get("new")]
    assert len(lines) == len({frozenset(t[1:3]) for t in expected})
    assert sum(e["new"] for e in lines) == len(expected)
    others = [x["width"] for x in view.edges if not x.get("new")]
    assert all(e["color"] == "#d4008c" and e["width"] > max(others, default=3.9)
               for e in lines)


def test_the_map_of_one_ecosystem_marks_its_own_new_ties(history_db, tmp_path):
    eco = "Noord-Holland Noord"
    expected = _new_in_diff(history_db, _day(T0), ecosystem=eco)
    assert len(expected) == 1  # Port of Amsterdam – Port of Den Helder
    view = api.draw_map(history_db, png=tmp_path / "nhn.png", new_since=_day(T0), ecosystem=eco)
    assert view.new_ties == 1
    other = api.draw_map(history_db, png=tmp_path / "zk.png", new_since=_day(T0),
                         ecosystem="Zuid-Kennemerland en IJmond")
    assert other.new_ties == 0 and "geen nieuwe banden" in " ".join(other.legend_notes())


def test_the_map_command_says_how_many_new_ties_and_draws_them(history_db, tmp_path):
    png = tmp_path / "nieuw.png"
    out = _cli("--store", history_db, "map", "--png", str(png), "--new-since", _day(T0))
    assert f", {len(_new_in_diff(history_db, _day(T0)))} new ties)" in out
    assert _magenta(png.read_bytes()) > 200
    plain = tmp_path / "gewoon.png"
    _cli("--store", history_db, "map", "--png", str(plain))
    assert _magenta(plain.read_bytes()) == 0


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_image_legend_names_the_new_ties(history_db, lang):
    from stakeholder_graph.viz.static import draw_image

    view = api.draw_map(history_db, new_since=_day(T0), lang=lang)
    drawing = draw_image(view, (1600, 900))
    word = {"nl": f"nieuw sinds {T0.day} ", "en": f"new since {T0.day} "}[lang]
    [line] = [t for t in drawing.legend_texts if t.startswith(word)]
    assert line.endswith({"nl": ": 1 band", "en": ": 1 tie"}[lang])


@pytest.mark.parametrize(("args", "message"), [
    (["--new-since", "gisteren"], "not a date"),
    (["--new-since", "2026-06-01", "--as-of", "2026-01-01"], "lies after --as-of"),
])
def test_a_bad_new_since_is_one_line(example_db, tmp_path, args, message):
    result = CliRunner().invoke(cli, ["--store", example_db, "map", "--png",
                                      str(tmp_path / "k.png"), *args])
    assert result.exit_code == 1
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "k.png").exists()


def test_the_report_map_draws_the_new_ties_diff_lists(history_db, tmp_path):
    from stakeholder_graph.report.slides import format_moment

    out = tmp_path / "voortgang.pptx"
    figures = api.report(history_db, since=_day(T0), until=_day(TODAY), output=out)
    expected = _new_in_diff(history_db, _day(T0), _day(TODAY))
    assert figures["map"]["new_ties"] == len(expected) == len(figures["network"]["new_ties"])
    label = f"nieuw sinds {format_moment(figures['period']['since'])}: 1 band"
    assert figures["map"]["legend"] == label and label in figures["map"]["legend_drawn"]
    assert _magenta(_map_picture(out)) > 200
    from pptx import Presentation

    texts = [sh.text_frame.text for s in Presentation(str(out)).slides for sh in s.shapes
             if sh.has_text_frame]
    assert any("op de kaart in magenta" in t for t in texts)


def test_the_report_map_of_a_period_without_new_ties_says_so(history_db, tmp_path):
    out = tmp_path / "stil.pptx"
    figures = api.report(history_db, since=_day(TODAY), until=_day(TODAY), output=out)
    assert figures["map"]["new_ties"] == 0
    assert any(t.endswith("geen nieuwe banden") for t in figures["map"]["legend_drawn"])
    assert _magenta(_map_picture(out)) == 0


def test_the_report_map_of_a_big_network_shows_the_new_ties_only(history_db, tmp_path,
                                                                monkeypatch):
    import stakeholder_graph.report as report

    monkeypatch.setattr(report, "MAP_ORGANISATIONS", 20)
    figures = api.report(history_db, since=_day(T0), until=_day(TODAY),
                         output=tmp_path / "groot.pptx")
    drawn = figures["map"]
    assert drawn["only_new"] and drawn["organisations"] == 2 and drawn["of"] > 20
    assert drawn["new_ties"] == drawn["lines"] == 1
    one = api.report(history_db, since=_day(T0), until=_day(TODAY), ecosystem="Noord-Holland Noord",
                     output=tmp_path / "nhn.pptx")["map"]
    assert one["only_new"] and one["of"] == 24 and one["organisations"] == 2
    assert one["new_ties"] == 1


def test_the_html_map_has_the_new_ties_in_chromium(history_db, tmp_path):
    from stakeholder_graph.viz.browser import (
        chromium_available,
        close,
        headless_chromium,
        wait_until_still,
    )

    reason = chromium_available()
    if reason:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"MAP TEST NOT RUN: {reason}")
        pytest.skip(reason)
    page = tmp_path / "kaart.html"
    view = api.draw_map(history_db, page, new_since=_day(T0), renderer="vis")
    driver = headless_chromium()
    try:
        driver.set_window_size(1600, 900)
        driver.get(page.as_uri())
        wait_until_still(driver)
        drawn = driver.execute_script(
            "return window.sgNetwork.body.data.edges.get().filter(function (e) {"
            " return e.new > 0; }).map(function (e) { return [e.from, e.to, e.color,"
            " e.width, e.new]; })")
        legend = driver.find_element("id", "sg-legend").text
        line = driver.execute_script(
            "var s = document.querySelector('#sg-legend .sg-new .sg-line');"
            " return s && getComputedStyle(s).borderTopColor")
        shot = driver.get_screenshot_as_png()
        errors = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
    finally:
        close(driver)
    assert not errors
    assert [({a, b}, c, n) for a, b, c, _, n in drawn] == [  # a line has no direction
        ({"slug:port-of-amsterdam", "slug:port-of-den-helder"}, "#d4008c", 1)]
    assert drawn[0][3] > max(e["width"] for e in view.edges if not e.get("new"))
    assert f"nieuw sinds {T0.day} " in legend and ": 1 band" in legend
    assert line == "rgb(212, 0, 140)"
    assert _magenta(shot) > 100  # drawn on the canvas, not only in the data


# --------------------------------------------------------------------------- progress

STEPS_NL = ["Netwerk tellen…", "Introducties…", "Suggesties…", "Kaart tekenen…",
            "Dia's schrijven…"]
STEPS_EN = ["Counting the network…", "Introductions…", "Suggestions…", "Drawing the map…",
            "Writing the slides…"]


def _shown(stderr: str, texts: list[str]) -> list[str]:
    """The step texts as they appear on stderr, in order of first appearance."""
    seen = sorted((stderr.find(t), t) for t in texts if t in stderr)
    return [t for _, t in seen]


@pytest.mark.parametrize(("lang", "texts"), [("nl", STEPS_NL), ("en", STEPS_EN)])
def test_the_command_shows_its_steps_on_stderr_when_asked(example_db, tmp_path, lang, texts):
    result = CliRunner().invoke(cli, ["--store", example_db, "report", "--progress",
                                      "--lang", lang, "-o", str(tmp_path / "r.pptx")])
    assert result.exit_code == 0, result.output
    assert _shown(result.stderr, texts) == texts
    assert not any(t in result.stdout for t in texts)
    assert result.stdout.startswith("Wrote ")


def test_the_command_shows_no_steps_when_not_on_a_terminal(example_db, tmp_path):
    result = CliRunner().invoke(cli, ["--store", example_db, "report",
                                      "-o", str(tmp_path / "r.pptx")])
    assert result.exit_code == 0, result.output
    assert not any(t in result.output for t in STEPS_NL)
    assert result.stderr == ""


def test_the_library_tells_a_callback_each_step(example_db, tmp_path):
    told = []
    api.report(example_db, output=tmp_path / "r.html",
               progress=lambda *step: told.append(step))
    assert told == [(s, i, 5, t) for i, (s, t) in enumerate(zip(
        ["network", "introductions", "suggestions", "map", "slides"], STEPS_NL, strict=True),
        start=1)]
    told.clear()
    api.report(example_db, lang="en", progress=lambda *step: told.append(step[3]))
    assert told == STEPS_EN[:3]  # figures only: no map, no slides


def test_on_a_terminal_the_command_shows_its_steps_by_itself(example_db, tmp_path):
    import fcntl
    import pty
    import struct
    import subprocess
    import sys
    import termios

    leader, follower = pty.openpty()  # stderr is a terminal, stdout a pipe
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[1])}
    process = subprocess.Popen([sys.executable, "-m", "stakeholder_graph", "--store",
                                example_db, "report", "-o", str(tmp_path / "r.pptx")],
                               stdout=subprocess.PIPE, stderr=follower, env=env)
    os.close(follower)
    seen = b""
    while True:  # read while it runs: a closed terminal's unread text is lost on Linux
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the command ended and closed the terminal
            break
        if not chunk:
            break
        seen += chunk
    os.close(leader)
    out = process.stdout.read()
    process.stdout.close()
    process.wait(timeout=60)
    assert process.returncode == 0, seen
    assert _shown(seen.decode("utf-8", "replace"), STEPS_NL) == STEPS_NL
    assert out.decode().startswith("Wrote ")


# --------------------------------------------------------------------------- the benchmark

def test_the_benchmark_store_has_the_period_it_measures(tmp_path):
    """bench/report.py times the report on a store with a real period: new and ended ties,
    new organisations, introductions made and followed."""
    import importlib.util

    bench = Path(__file__).parents[1] / "bench" / "report.py"
    spec = importlib.util.spec_from_file_location("bench_report", bench)
    module = importlib.util.module_from_spec(spec)
    import sys

    sys.path.insert(0, str(bench.parent))
    try:
        spec.loader.exec_module(module)
        module.build(tmp_path / "b.db", 300)
    finally:
        sys.path.remove(str(bench.parent))
    loads = api.history(str(tmp_path / "b.db"))
    figures = api.report(str(tmp_path / "b.db"), since=loads[0]["at"], until=loads[-1]["at"])
    net, intro = figures["network"], figures["introductions"]
    assert len(net["new_ties"]) == 1000 and len(net["new_organisations"]) == 200
    assert net["ended_ties"]
    assert intro["counts"] == {"proposed": 4, "made": 6, "declined": 2}
    assert intro["follow_through"]["followed"] == 4
