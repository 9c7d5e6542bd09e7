"""Maps: the HTML map in a real headless Chromium, the PNG, the PowerPoint slide."""

import io
import json
import os
from pathlib import Path

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
def browser():
    reason = chromium_available()
    if reason:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"MAP TESTS NOT RUN: {reason}")
        pytest.skip(f"MAP TESTS NOT RUN: {reason}")
    driver = headless_chromium()
    yield driver
    close(driver)


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
    browser.get_log("browser"), browser.get_log("performance")  # clear earlier logs
    browser.get(page.as_uri())
    wait_until_still(browser)
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
    labels = browser.execute_script(
        "return window.sgNetwork.body.data.nodes.get().map(function (n) { return n.label; })")
    assert XSS in labels
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


def test_english_map(browser, demo_store, tmp_path):
    page = tmp_path / "map.html"
    api.draw_map(str(demo_store), page, lang="en", ecosystem="Groot Amsterdam")
    browser.get(page.as_uri())
    wait_until_still(browser)
    assert "suggested introduction" in browser.find_element("id", "sg-legend").text


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


def test_big_groups_get_a_fast_layout_that_keeps_partners_close():
    """Above 500 organisations a group is laid out by igraph; partners still sit close."""
    import math
    import random

    import networkx as nx

    from stakeholder_graph.viz.view import _spring

    g = nx.connected_caveman_graph(60, 12)  # 720 nodes in tight groups of 12
    nx.set_edge_attributes(g, 1.0, "weight")
    first, again = _spring(g, seed=3, scale=500), _spring(g, seed=3, scale=500)
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


def test_big_maps_skip_pyvis_quadratic_edges_but_give_the_same_data(demo_store):
    from stakeholder_graph.api import open_store
    from stakeholder_graph.viz import map_view
    from stakeholder_graph.viz.html import _network_data

    with open_store(demo_store, create=False) as store:
        view = map_view(store.to_networkx())
    assert len(view.edges) > 40
    assert _network_data(view, False, direct_above=10**9) == \
        _network_data(view, False, direct_above=0)
