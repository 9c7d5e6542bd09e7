"""Maps: the HTML map in a real headless Chromium, the PNG, the PowerPoint slides."""

import io
import json
import math
import os
import random
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from stakeholder_graph import api
from stakeholder_graph.cli import cli
from stakeholder_graph.graph.model import Batch, build_edge, build_node
from stakeholder_graph.viz.browser import (
    chromium_available,
    close,
    headless_chromium,
    wait_until_still,
)

XSS = "<img src=x onerror=alert(1)>"


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory):
    db = tmp_path_factory.mktemp("maps") / "demo.db"
    api.demo(db)
    with api.open_store(db) as store:  # an organisation whose name is an XSS payload
        batch = Batch(nodes=[build_node("slug:xss", "Company", {"name": XSS})])
        batch.add_edge(build_edge("PARTNERS_WITH", "slug:xss", "slug:klm", {}))
        store.load(batch)
    return db


@pytest.fixture(scope="module")
def example_store(tmp_path_factory):
    """The bundled example, exactly as a new user gets it."""
    db = tmp_path_factory.mktemp("example") / "demo.db"
    api.demo(db)
    return db


@pytest.fixture(scope="module")
def browser():
    reason = chromium_available()
    if reason:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"MAP TESTS NOT RUN: {reason}")
        pytest.skip(f"MAP TESTS NOT RUN: {reason}")
    driver = headless_chromium()
    yield driver
    close(driver)


@pytest.fixture(scope="module")
def example_page(example_store, tmp_path_factory):
    page = tmp_path_factory.mktemp("page") / "kaart.html"
    result = CliRunner().invoke(cli, ["--store", str(example_store), "map", "-o", str(page),
                                      "--with-suggestions", "5"])
    assert result.exit_code == 0, result.output
    return page


def _open(browser, page, width=1600, height=900):
    browser.set_window_size(width, height)
    browser.get_log("browser"), browser.get_log("performance")  # clear earlier logs
    browser.get(page.as_uri())
    wait_until_still(browser)
    browser.execute_script("window.sgNetwork && window.sgNetwork.redraw()")
    return browser


def _overlap(a, b):
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _non_blank(png: bytes) -> int:
    from PIL import Image

    image = Image.open(io.BytesIO(png)).convert("RGB")
    return len(image.getcolors(1 << 24))


def test_html_map_in_chromium(browser, demo_store, tmp_path):
    from selenium.common.exceptions import NoAlertPresentException

    page = tmp_path / "kaart.html"
    result = CliRunner().invoke(cli, ["--store", str(demo_store), "map", "-o", str(page),
                                      "--with-suggestions", "5"])
    assert result.exit_code == 0, result.output
    html = page.read_text(encoding="utf-8")
    assert "<script src" not in html and "<link " not in html
    _open(browser, page)
    # no console errors
    errors = [e for e in browser.get_log("browser") if e["level"] == "SEVERE"]
    assert errors == []
    # no request to any other origin than the file itself
    urls = []
    for entry in browser.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    assert urls and all(u.startswith(("file://", "data:")) for u in urls), urls
    # the network is drawn: the canvas has content
    canvas = browser.find_element("css selector", "#sg-map canvas")
    assert _non_blank(canvas.screenshot_as_png) > 20
    # the legend is there, in Dutch
    legend = browser.find_element("id", "sg-legend").text
    assert "Bedrijf" in legend and "voorgestelde introductie" in legend
    # the payload is text, not markup: nothing ran, no <img> element was made
    with pytest.raises(NoAlertPresentException):
        browser.switch_to.alert.text  # noqa: B018
    assert browser.execute_script("return document.querySelectorAll('img').length") == 0
    assert XSS in browser.execute_script("return window.sgData.labels")
    # the search box finds and selects an organisation
    browser.find_element("id", "sg-search").send_keys("Techport")
    browser.find_element("id", "sg-find").click()
    assert browser.execute_script("return window.sgNetwork.getSelectedNodes()") == [
        "slug:techport"]
    # the kind filter hides companies
    box = browser.find_element("css selector", "#sg-kind-filter input")
    box.click()
    hidden = browser.execute_script(
        "return window.sgNetwork.body.data.nodes.get({filter: function (n) {"
        " return n.hidden; }}).length")
    assert hidden > 5


@pytest.mark.parametrize("size", [(1600, 900), (1280, 720), (1920, 1080)])
def test_every_ecosystem_name_is_in_the_viewport_and_clear_of_labels(browser, example_page,
                                                                     size):
    _open(browser, example_page, *size)
    names = browser.execute_script("return window.sgEcoBoxes")
    width, height = browser.execute_script(
        "var m = document.getElementById('sg-map'); return [m.clientWidth, m.clientHeight]")
    expected = {e["name"] for e in browser.execute_script("return window.sgData.ecosystems")}
    assert {n["name"] for n in names} == expected and len(expected) >= 5
    labels = browser.execute_script("return window.sgLabelBoxes")
    for name in names:
        x0, y0, x1, y1 = name["box"]
        assert x0 >= 0 and y0 >= 0 and x1 <= width and y1 <= height, name
        assert not any(_overlap(name["box"], label["box"]) for label in labels), name


@pytest.mark.parametrize("zoom, named", [(1.0, 15), (2.5, 5)])
def test_no_two_node_labels_overlap(browser, example_page, zoom, named):
    _open(browser, example_page)
    browser.execute_script(f"window.sgNetwork.moveTo({{scale: window.sgNetwork.getScale() * "
                           f"{zoom}}}); window.sgNetwork.redraw();")
    labels = browser.execute_script("return window.sgLabelBoxes")
    assert len(labels) >= named  # the most central are named
    for i, a in enumerate(labels):
        for b in labels[i + 1:]:
            assert not _overlap(a["box"], b["box"]), (a, b)


def test_zooming_in_names_more_organisations(browser, example_page):
    _open(browser, example_page)
    before = len(browser.execute_script("return window.sgLabelBoxes"))
    browser.execute_script("window.sgNetwork.moveTo({position: {x: 0, y: 0}, "
                           "scale: window.sgNetwork.getScale() * 2.5}); window.sgNetwork.redraw();")
    visible = browser.execute_script("return window.sgLabelBoxes")
    centre_named = len(visible)
    assert centre_named > 0 and before > 0
    # at the wider zoom, the labelled share of the nodes on screen grows
    on_screen = browser.execute_script("""
        var n = window.sgNetwork, m = document.getElementById('sg-map'), c = 0;
        window.sgData.nodes.forEach(function (d) { var p = n.canvasToDOM({x: d.x, y: d.y});
          if (p.x >= 0 && p.y >= 0 && p.x <= m.clientWidth && p.y <= m.clientHeight) { c++; } });
        return c;""")
    assert centre_named / on_screen > before / len(
        browser.execute_script("return window.sgData.nodes"))


@pytest.mark.parametrize("query, expected", [("Tatasteel", "slug:tata-steel"),
                                             ("tata steel ijmuiden", "slug:tata-steel"),
                                             ("Zaancampus", "slug:techlands")])
def test_search_finds_organisations_by_alias(browser, example_page, query, expected):
    _open(browser, example_page)
    browser.find_element("id", "sg-search").send_keys(query)
    browser.find_element("id", "sg-find").click()
    assert browser.execute_script("return window.sgNetwork.getSelectedNodes()") == [expected]
    assert "niet gevonden" not in browser.find_element("id", "sg-status").text


@pytest.mark.parametrize("asked", [3, 7])
def test_suggestions_panel_lists_as_many_rows_as_asked(browser, example_store, tmp_path,
                                                       asked):
    page = tmp_path / "kaart.html"
    result = CliRunner().invoke(cli, ["--store", str(example_store), "map", "-o", str(page),
                                      "--with-suggestions", str(asked)])
    assert result.exit_code == 0, result.output
    _open(browser, page)
    rows = browser.find_elements("css selector", "#sg-suggestions li")
    assert len(rows) == asked
    assert all("—" in r.text and len(r.text.splitlines()) >= 3 for r in rows)  # pair + why
    errors = [e for e in browser.get_log("browser") if e["level"] == "SEVERE"]
    assert errors == []


def test_clicking_a_suggestion_highlights_the_pair_and_its_path(browser, example_page):
    _open(browser, example_page)
    browser.find_elements("css selector", "#sg-suggestions li")[0].click()
    first = browser.execute_script("return window.sgData.suggestions[0]")
    selected = set(browser.execute_script("return window.sgNetwork.getSelectedNodes()"))
    assert {first["a_id"], first["b_id"]} <= selected
    assert set(first["path"]) == selected and len(first["path"]) >= 3
    edges = browser.execute_script("return window.sgNetwork.getSelectedEdges()")
    assert len(edges) == len(first["path"])  # the path's links and the dashed suggestion
    assert "sg-active" in browser.find_elements(
        "css selector", "#sg-suggestions li")[0].get_attribute("class")


@pytest.mark.parametrize("org, line", [
    ("brin:25PX", "levert stagiairs aan Tata Steel (procestechniek)"),
    ("slug:tata-steel", "neemt stagiairs aan van ROC Nova College (procestechniek)"),
    ("slug:techport", "heeft als lid ROC Nova College"),
    ("brin:25PX", "lid van Techport"),
])
def test_tooltips_say_the_tie_in_words_and_in_the_right_direction(example_store, tmp_path,
                                                                  org, line):
    view = api.draw_map(str(example_store), tmp_path / "k.html")
    tooltip = next(n["tooltip"] for n in view.nodes if n["id"] == org)
    assert line in tooltip


@pytest.mark.parametrize("org, region", [
    ("slug:uwv-noord-holland-noord", "Noord-Holland Noord"),
    ("slug:wsp-zaanstreek-waterland", "Zaanstreek/Waterland"),
    ("slug:rmt-gooi-en-vechtstreek", "Gooi en Vechtstreek"),
    ("slug:tata-steel", "Zuid-Kennemerland en IJmond"),
])
def test_public_bodies_take_the_region_they_serve(example_store, tmp_path, org, region):
    view = api.draw_map(str(example_store), tmp_path / "k.html")
    node = next(n for n in view.nodes if n["id"] == org)
    assert node["ecosystem"] == region
    area = next(a for a in view.ecosystems if a["name"] == region)
    assert math.dist((node["x"], node["y"]), (area["x"], area["y"])) <= area["r"]


def test_organisations_without_ties_are_drawn_in_their_ecosystem_and_counted(
        browser, example_store, example_page, tmp_path):
    view = api.draw_map(str(example_store), tmp_path / "k.html")
    loners = [n for n in view.nodes if n["isolated"]]
    assert "brin:02BY" in {n["id"] for n in loners}  # Gerrit Rietveld Academie
    assert view.isolated == len(loners) > 3
    _open(browser, example_page)
    legend = browser.find_element("id", "sg-legend").text
    assert f"{len(loners)} organisaties zonder relaties" in legend
    assert f"{view.municipalities_left_out} gemeenten zonder relaties niet getekend" in legend


def test_english_map(browser, demo_store, tmp_path):
    page = tmp_path / "map.html"
    api.draw_map(str(demo_store), page, lang="en", ecosystem="Groot Amsterdam",
                 with_suggestions=3)
    _open(browser, page)
    assert "suggested introduction" in browser.find_element("id", "sg-legend").text
    assert browser.find_element("id", "sg-suggestions-title").text == "Suggested introductions"


def test_a_title_that_looks_like_a_placeholder_stays_text(browser, example_store, tmp_path):
    page = tmp_path / "map.html"
    api.draw_map(str(example_store), page, title="%%DATA%% & <b>%%VIS_JS%%</b>")
    _open(browser, page)
    assert browser.title == "%%DATA%% & <b>%%VIS_JS%%</b>"
    assert [e for e in browser.get_log("browser") if e["level"] == "SEVERE"] == []


# -- the PNG, SVG and slides ---------------------------------------------------------------

@pytest.fixture(scope="module")
def example_view(example_store):
    with api.open_store(example_store, create=False) as store:
        rows = api.suggest(store, top=6).to_dict("records")
        graph = store.to_networkx()
    from stakeholder_graph.viz import map_view

    return map_view(graph, suggestions=rows)


def test_png_labels_are_at_least_14_px_high_at_1920x1080(example_view):
    from stakeholder_graph.viz.static import draw_image

    drawing = draw_image(example_view, (1920, 1080))
    heights = drawing.label_heights()
    assert len(heights) >= 0.6 * len(example_view.nodes)
    assert min(heights) >= 14
    assert min(b[3] - b[1] for b in drawing.ecosystem_names.values()) >= 14


def test_png_labels_overlap_neither_each_other_nor_ecosystem_names(example_view):
    from stakeholder_graph.viz.static import draw_image

    drawing = draw_image(example_view, (1920, 1080))
    boxes = list(drawing.labels.values())
    for i, a in enumerate(boxes):
        assert not any(_overlap(a, b) for b in boxes[i + 1:])
        assert not any(_overlap(a, n) for n in drawing.ecosystem_names.values())
        assert a[0] >= 0 and a[1] >= 0 and a[2] <= 1920 and a[3] <= 1080


def test_png_drawing_fills_the_frame(example_store, tmp_path):
    from PIL import Image, ImageChops

    from stakeholder_graph.viz.static import draw_image

    png = tmp_path / "kaart.png"
    view = api.draw_map(str(example_store), png=png, with_suggestions=5)
    assert draw_image(view, (1920, 1080)).fill_fraction() >= 0.85
    with Image.open(png) as image:
        assert image.size == (1920, 1080)
        ink = ImageChops.difference(image.convert("RGB"),
                                    Image.new("RGB", image.size, "white")).getbbox()
    x0, y0, x1, y1 = ink
    assert (x1 - x0) / 1920 >= 0.9 and (y1 - y0) / 1080 >= 0.9


def test_png_is_an_image_of_the_requested_size_and_pptx_opens(demo_store, tmp_path):
    from PIL import Image
    from pptx import Presentation

    png, pptx = tmp_path / "kaart.png", tmp_path / "dia.pptx"
    result = CliRunner().invoke(cli, ["--store", str(demo_store), "map", "--png", str(png),
                                      "--size", "1600x900", "--pptx", str(pptx),
                                      "--with-suggestions", "6"])
    assert result.exit_code == 0, result.output
    with Image.open(png) as image:
        assert image.format == "PNG" and image.size == (1600, 900)
        assert len(image.convert("RGB").getcolors(1 << 24)) > 20
    deck = Presentation(str(pptx))
    assert (deck.slide_width, deck.slide_height) == (12192000, 6858000)  # 16:9
    shapes = deck.slides[0].shapes
    assert any(s.shape_type == 13 for s in shapes)  # a picture
    table = next(s for s in shapes if s.has_table).table
    assert len(table.rows) == 7 and "—" in table.cell(1, 1).text


def test_slide_has_one_title_and_a_readable_native_table(example_store, tmp_path):
    from pptx import Presentation
    from pptx.util import Pt

    pptx = tmp_path / "dia.pptx"
    api.draw_map(str(example_store), pptx=pptx, with_suggestions=5)
    slide = Presentation(str(pptx)).slides[0]
    texts = [s.text_frame.text for s in slide.shapes if s.has_text_frame]
    assert texts == ["Netwerk arbeidsmarkt en onderwijs"]  # the title, once
    picture = next(s for s in slide.shapes if s.shape_type == 13)
    assert picture.width > 0.6 * 12192000
    table = next(s for s in slide.shapes if s.has_table).table
    sizes = [p.font.size for row in table.rows for c in row.cells
             for p in c.text_frame.paragraphs]
    assert len(table.rows) == 6 and min(sizes) >= Pt(11)
    # the picture shows the map at 144 px an inch (a 1920-pixel-wide screen): its labels
    # were drawn at that size, so they are as high there as on the PNG
    from PIL import Image

    with Image.open(io.BytesIO(picture.image.blob)) as image:
        drawn_px = image.size[0] / 2  # drawn twice as sharp
    assert drawn_px == pytest.approx(picture.width / 914400 * 144, abs=2)


def test_handout_has_a_slide_per_ecosystem(example_store, tmp_path):
    from pptx import Presentation

    pptx = tmp_path / "hand-out.pptx"
    result = CliRunner().invoke(cli, ["--store", str(example_store), "map", "--pptx",
                                      str(pptx), "--handout", "--with-suggestions", "8"])
    assert result.exit_code == 0, result.output
    titles = [s.shapes.title.text for s in Presentation(str(pptx)).slides]
    assert titles == ["Netwerk arbeidsmarkt en onderwijs", "Gooi en Vechtstreek",
                      "Groot Amsterdam", "Noord-Holland Noord", "Zaanstreek/Waterland",
                      "Zuid-Kennemerland en IJmond"]


def test_svg_and_bad_options(demo_store, tmp_path):
    svg = tmp_path / "kaart.svg"
    api.draw_map(str(demo_store), svg=svg)
    assert svg.read_text().lstrip().startswith("<?xml")
    runner = CliRunner()
    nothing = runner.invoke(cli, ["--store", str(demo_store), "map"])
    assert nothing.exit_code == 2 and "say what to write" in nothing.output
    bad_eco = runner.invoke(cli, ["--store", str(demo_store), "map", "-o",
                                  str(tmp_path / "x.html"), "--ecosystem", "Atlantis"])
    assert bad_eco.exit_code == 1 and "no organisations in ecosystem 'Atlantis'" in bad_eco.stderr
    around = runner.invoke(cli, ["--store", str(demo_store), "map", "-o",
                                 str(tmp_path / "roc.html"), "--around", "brin:25PZ",
                                 "--depth", "1"])
    assert around.exit_code == 0 and "10 organisations" in around.output


def test_demo_writes_its_map(tmp_path):
    result = CliRunner().invoke(cli, ["demo", "--to", str(tmp_path / "demo.db")])
    assert result.exit_code == 0
    assert (tmp_path / "demo.html").exists() and "demo.html" in result.output
    assert Path(tmp_path / "demo.html").stat().st_mode & 0o044  # readable by others


# -- layout ---------------------------------------------------------------------------------

def test_big_groups_get_a_fast_layout_that_keeps_partners_close():
    """Above 500 organisations a group is laid out by igraph; partners still sit close."""
    from stakeholder_graph.viz.layout import spring

    g = nx.connected_caveman_graph(60, 12)  # 720 nodes in tight groups of 12
    nx.set_edge_attributes(g, 1.0, "weight")
    first, again = spring(g, seed=3, scale=500), spring(g, seed=3, scale=500)
    assert first == again and set(first) == set(g)
    assert max(max(abs(x), abs(y)) for x, y in first.values()) == pytest.approx(500)

    def dist(a, b):
        return math.dist(first[a], first[b])

    rng = random.Random(0)
    nodes = list(g)
    linked = sum(dist(u, v) for u, v in g.edges()) / g.number_of_edges()
    pairs = [rng.sample(nodes, 2) for _ in range(2000)]
    unlinked = sum(dist(u, v) for u, v in pairs) / len(pairs)
    assert linked < unlinked / 4


def test_ecosystem_areas_do_not_overlap_and_hold_their_organisations(example_view):
    areas = example_view.ecosystems
    for i, a in enumerate(areas):
        for b in areas[i + 1:]:
            assert math.dist((a["x"], a["y"]), (b["x"], b["y"])) >= a["r"] + b["r"]
    for n in example_view.nodes:
        area = next(a for a in areas if a["name"] == n["ecosystem"])
        assert math.dist((n["x"], n["y"]), (area["x"], area["y"])) <= area["r"]


def test_areas_lie_roughly_as_the_regions_do(example_view):
    at = {a["name"]: (a["x"], a["y"]) for a in example_view.ecosystems}
    north, amsterdam = at["Noord-Holland Noord"], at["Groot Amsterdam"]
    assert north[1] < at["Zaanstreek/Waterland"][1] < amsterdam[1]  # y grows southwards
    assert at["Zuid-Kennemerland en IJmond"][0] < amsterdam[0] < at["Gooi en Vechtstreek"][0]


# -- sigma.js for big networks --------------------------------------------------------------

def _big_graph(nodes: int, edges: int, seed: int = 5) -> nx.MultiDiGraph:
    rng = random.Random(seed)
    g = nx.MultiDiGraph()
    for r in range(5):
        g.add_node(f"r{r}", kind="Region", name=f"Regio {r}", type="labour_market_region")
        g.add_node(f"m{r}", kind="Municipality", name=f"Gemeente {r}")
        g.add_edge(f"m{r}", f"r{r}", type="IN_REGION")
    for i in range(nodes):
        g.add_node(f"o{i}", kind=rng.choice(["Company"] * 4 + ["School", "PublicBody"]),
                   name=f"Organisatie {i}", aliases=[f"Alias{i}x"], sources=[])
        g.add_edge(f"o{i}", f"m{i % 5}", type="LOCATED_IN")
    added = 0
    while added < edges:  # (number_of_edges() counts them all, every time)
        a = rng.randrange(nodes)
        b = (a + 5 * rng.randint(1, 30)) % nodes
        if a != b:
            g.add_edge(f"o{a}", f"o{b}", type="PARTNERS_WITH")
            added += 1
    return g


@pytest.fixture(scope="module")
def sigma_page(tmp_path_factory):
    from stakeholder_graph.viz import map_view, write_html
    from stakeholder_graph.viz.html import SIGMA_ABOVE

    view = map_view(_big_graph(SIGMA_ABOVE + 500, 3 * SIGMA_ABOVE))
    page = tmp_path_factory.mktemp("sigma") / "groot.html"
    write_html(view, page)  # auto: above SIGMA_ABOVE organisations, sigma.js
    return page


def test_big_networks_are_drawn_by_sigma_without_console_errors(browser, sigma_page):
    html = sigma_page.read_text(encoding="utf-8")
    assert "new Sigma(" in html and "vis.Network" not in html and "<script src" not in html
    _open(browser, sigma_page)
    assert [e for e in browser.get_log("browser") if e["level"] == "SEVERE"] == []
    urls = [json.loads(e["message"])["message"]["params"]["request"]["url"]
            for e in browser.get_log("performance")
            if json.loads(e["message"])["message"]["method"] == "Network.requestWillBeSent"]
    assert all(u.startswith(("file://", "data:")) for u in urls), urls
    assert browser.execute_script("return window.sgGraph.order") == 3500
    canvas = browser.find_element("css selector", "#sg-map canvas.sigma-nodes")
    assert _non_blank(canvas.screenshot_as_png) > 20
    assert len(browser.execute_script("return window.sgEcoBoxes")) == 5
    assert "Bedrijf" in browser.find_element("id", "sg-legend").text


def test_sigma_map_search_finds_by_name_and_alias(browser, sigma_page):
    _open(browser, sigma_page)
    for query, expected in (("Organisatie 3141", ["o3141"]), ("alias1234x", ["o1234"])):
        search = browser.find_element("id", "sg-search")
        search.clear()
        search.send_keys(query)
        browser.find_element("id", "sg-find").click()
        assert browser.execute_script("return window.sgSelected") == expected
        # the found organisation is named first, whatever its rank
        assert browser.execute_script("return window.sgLabelBoxes[0].id") == expected[0]


def test_sigma_map_filters_hide_an_ecosystem(browser, sigma_page):
    _open(browser, sigma_page)
    browser.find_elements("css selector", "#sg-eco-filter input")[0].click()
    shown = browser.execute_script(
        "var s = window.sgSigma, g = window.sgGraph, c = 0; g.forEachNode(function (n) {"
        " if (!s.getNodeDisplayData(n).hidden) { c++; } }); return c;")
    assert shown == 3500 - 700
    assert len(browser.execute_script("return window.sgEcoBoxes")) == 4


# Where the camera looks (a node to centre on, sigma's camera ratio: 1 is the whole map)
# and how many labels at least are drawn there.
SIGMA_VIEWS = [(None, 1.0, 25), ("o0", 0.35, 30), ("o7", 0.1, 30), ("o1234", 0.03, 20)]

_LOOK = """
    var s = window.sgSigma, at = arguments[0], ratio = arguments[1];
    var p = at ? s.getNodeDisplayData(at) : {x: 0.5, y: 0.5};
    s.getCamera().setState({x: p.x, y: p.y, ratio: ratio});
    s.refresh();  // draws at once
    var m = document.getElementById("sg-map");
    return {labels: window.sgLabelBoxes, names: window.sgEcoBoxes,
            size: [m.clientWidth, m.clientHeight]};"""

# The ink of the labels layer: pixels inside each label box, and pixels outside all of
# them (the white halo round the text reaches 2 px out).
_INK = """
    var c = window.sgSigma.getCanvases().labels, k = c.width / c.clientWidth;
    var img = c.getContext("2d").getImageData(0, 0, c.width, c.height).data;
    var boxes = window.sgLabelBoxes.map(function (b) {
      return [(b.box[0] - 3) * k, (b.box[1] - 3) * k, (b.box[2] + 3) * k, (b.box[3] + 3) * k]; });
    var inside = boxes.map(function () { return 0; }), outside = 0;
    for (var y = 0; y < c.height; y++) {
      for (var x = 0; x < c.width; x++) {
        if (img[4 * (y * c.width + x) + 3] < 8) { continue; }
        var hit = false;
        for (var i = 0; i < boxes.length; i++) {
          var b = boxes[i];
          if (x >= b[0] && x <= b[2] && y >= b[1] && y <= b[3]) { inside[i]++; hit = true; }
        }
        if (!hit) { outside++; }
      }
    }
    return {inside: inside, outside: outside};"""


@pytest.mark.parametrize("at, ratio, named", SIGMA_VIEWS)
def test_sigma_labels_never_overlap_each_other_or_ecosystem_names(browser, sigma_page, at,
                                                                  ratio, named):
    _open(browser, sigma_page)
    seen = browser.execute_script(_LOOK, at, ratio)
    labels, names, (width, height) = seen["labels"], seen["names"], seen["size"]
    assert len(labels) >= named
    for i, a in enumerate(labels):
        x0, y0, x1, y1 = a["box"]
        assert x0 >= 0 and y0 >= 0 and x1 <= width and y1 <= height, a
        for b in labels[i + 1:]:
            assert not _overlap(a["box"], b["box"]), (a, b)
    assert names, "no ecosystem name in view"
    for name in names:
        x0, y0, x1, y1 = name["box"]
        assert x0 >= 0 and y0 >= 0 and x1 <= width and y1 <= height, name
        assert not any(_overlap(name["box"], label["box"]) for label in labels), name


@pytest.mark.parametrize("at, ratio, named", SIGMA_VIEWS[:2])
def test_sigma_label_boxes_are_where_the_labels_are_drawn(browser, sigma_page, at, ratio,
                                                          named):
    _open(browser, sigma_page)
    browser.execute_script(_LOOK, at, ratio)
    ink = browser.execute_script(_INK)
    assert len(ink["inside"]) >= named and min(ink["inside"]) > 20  # every box has its text
    assert ink["outside"] == 0  # and nothing is drawn beside the boxes


def test_sigma_names_the_most_central_organisations_first(browser, sigma_page):
    _open(browser, sigma_page)
    seen = browser.execute_script(_LOOK, None, 1.0)
    order = browser.execute_script("return window.sgData.order.slice(0, 10).map(function (i) {"
                                   " return window.sgData.nodes[i][0]; })")
    named = [label["id"] for label in seen["labels"]]
    assert named[:10] == order  # in this order, while there is room
    zoomed = browser.execute_script(_LOOK, "o7", 0.1)
    assert len({label["id"] for label in zoomed["labels"]} - set(named)) >= 20  # more on zoom


def test_sigma_labels_wait_while_the_map_moves(browser, sigma_page):
    _open(browser, sigma_page)
    browser.execute_script("window.sgSigma.setSetting('hideLabelsOnMove', true);")
    still = browser.execute_script(_LOOK, "o0", 0.35)
    moved = browser.execute_async_script("""
        var done = arguments[arguments.length - 1], s = window.sgSigma;
        s.getCamera().animate({ratio: 0.3}, {duration: 400});
        setTimeout(function () { var during = window.sgLabelBoxes.length;
          setTimeout(function () { done([during, window.sgLabelBoxes.length]); }, 800); }, 150);""")
    browser.execute_script("window.sgSigma.setSetting('hideLabelsOnMove', false);")
    assert still["labels"] and moved[0] == 0 and moved[1] > 0


@pytest.mark.parametrize("ecosystem", ["Groot Amsterdam", "Noord-Holland Noord",
                                       "Zuid-Kennemerland en IJmond"])
def test_an_ecosystem_map_walks_only_its_part_of_the_network_and_draws_the_same(
        example_store, ecosystem):
    """The ecosystem map's own walk gives what the whole organisation network gives."""
    from stakeholder_graph.analysis.network import organisation_graph
    from stakeholder_graph.viz.view import _local, _select, map_ecosystems

    with api.open_store(example_store, create=False) as store:
        graph = store.to_networkx()
    org = organisation_graph(graph)
    eco_of = map_ecosystems(graph, org)
    nodes, left_out = _select(org, graph, eco_of, ecosystem, None, 1, None)
    local, local_eco, local_nodes, local_left_out = _local(graph, ecosystem)
    assert local_nodes == nodes and local_left_out == left_out
    assert {n: local_eco[n] for n in nodes} == {n: eco_of[n] for n in nodes}
    whole = org.subgraph(nodes)
    part = local.subgraph(nodes)
    assert {frozenset(e) for e in whole.edges()} == {frozenset(e) for e in part.edges()}
    assert all(whole.edges[u, v] == part.edges[u, v] for u, v in whole.edges())
    assert all(org.nodes[n] == local.nodes[n] for n in nodes)


# -- an ecosystem map reads only its part of the store ---------------------------------------

@pytest.fixture(scope="module")
def generated_store(tmp_path_factory):
    """3,000 generated organisations over the real municipalities (bench/generate.py)."""
    import sys

    sys.path.insert(0, str(Path(__file__).parent.parent / "bench"))
    try:
        from generate import generate, write_dataset
    finally:
        sys.path.pop(0)
    folder = tmp_path_factory.mktemp("generated")
    data = write_dataset(folder / "data", *generate(3000, seed=4))
    db = folder / "store.db"
    api.load([data], db)
    return db


def _map_of(graph, ecosystem, theme=None):
    from stakeholder_graph.privacy import personal_index, redact
    from stakeholder_graph.viz import map_view

    view = map_view(redact(graph, personal_index(graph)), ecosystem=ecosystem, theme=theme)
    return view.nodes, view.edges, view.ecosystems, view.isolated, view.municipalities_left_out


@pytest.mark.parametrize("ecosystem, theme, as_of", [
    ("Groot Amsterdam", None, None), ("Noord-Holland Noord", None, None),
    ("gooi en vechtstreek", None, None), ("Zuid-Kennemerland en IJmond", "Energietransitie", None),
    ("Groot Amsterdam", None, "2030-01-01")])
def test_the_map_of_one_ecosystem_read_from_its_part_equals_the_whole(example_store, ecosystem,
                                                                       theme, as_of):
    from stakeholder_graph.viz.part import ecosystem_part

    with api.open_store(example_store, create=False) as store:
        seen = store.as_of(as_of) if as_of else store  # a view of the past: the generic reads
        part, whole = ecosystem_part(seen, ecosystem), seen.to_networkx()
    assert part.number_of_nodes() < whole.number_of_nodes()
    assert _map_of(part, ecosystem, theme) == _map_of(whole, ecosystem, theme)


def test_the_map_of_one_ecosystem_of_a_generated_store_reads_a_small_part(generated_store):
    from stakeholder_graph.viz.part import ecosystem_part

    with api.open_store(generated_store, create=False) as store:
        whole = store.to_networkx()
        ecosystems = sorted({d["name"] for _, d in whole.nodes(data=True)
                             if d.get("type") == "labour_market_region"})
        for ecosystem in ("Groot Amsterdam", "Zeeland", ecosystems[-1]):
            part = ecosystem_part(store, ecosystem)
            assert part.number_of_nodes() < whole.number_of_nodes() / 3, ecosystem
            assert _map_of(part, ecosystem) == _map_of(whole, ecosystem), ecosystem


def test_the_map_command_of_one_ecosystem_and_a_bad_ecosystem(example_store, tmp_path):
    page = tmp_path / "ijmond.html"
    result = CliRunner().invoke(cli, ["--store", str(example_store), "map", "-o", str(page),
                                      "--ecosystem", "Zuid-Kennemerland en IJmond"])
    assert result.exit_code == 0, result.output
    assert "Tata Steel" in page.read_text(encoding="utf-8")
    result = CliRunner().invoke(cli, ["--store", str(example_store), "map", "-o",
                                      str(tmp_path / "x.html"), "--ecosystem", "Atlantis"])
    assert result.exit_code != 0
    assert "no organisations in ecosystem 'Atlantis'" in result.output
    assert "Groot Amsterdam" in result.output and not (tmp_path / "x.html").exists()


def test_the_map_of_one_ecosystem_read_from_its_part_on_neo4j(example_store, neo4j_store):
    from stakeholder_graph.viz.part import ecosystem_part

    with api.open_store(example_store, create=False) as store:
        neo4j_store.copy_from(store)
    whole = neo4j_store.to_networkx()
    for ecosystem in ("Groot Amsterdam", "Zuid-Kennemerland en IJmond"):
        part = ecosystem_part(neo4j_store, ecosystem)
        assert part.number_of_nodes() < whole.number_of_nodes()
        assert _map_of(part, ecosystem) == _map_of(whole, ecosystem), ecosystem
