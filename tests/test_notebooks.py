"""The analysts' notebooks: committed without outputs, executed from top to bottom, every
function they call documented in docs/api.md, and the inline map drawn in a real browser."""

import ast
import os
import re
from pathlib import Path

import nbclient
import nbformat
import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))


def test_there_are_three_notebooks():
    assert [p.name for p in NOTEBOOKS] == ["01-centrality.ipynb", "02-ecosystem-gaps.ipynb",
                                           "03-who-to-connect.ipynb"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_committed_without_outputs(path):
    book = nbformat.read(path, as_version=4)
    for cell in book.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, (
                f"{path.name} holds outputs: strip them before committing")


def _execute(store: str | None) -> dict:
    """Every notebook, run top to bottom on ``store`` (None: the example in a fresh store)."""
    saved = os.environ.pop("STAKEHOLDER_GRAPH_STORE", None)
    if store:
        os.environ["STAKEHOLDER_GRAPH_STORE"] = store
    try:
        done = {}
        for path in NOTEBOOKS:
            book = nbformat.read(path, as_version=4)
            nbclient.NotebookClient(book, timeout=600, kernel_name="python3",
                                    resources={"metadata": {"path": str(path.parent)}}).execute()
            done[path.name] = book
        return done
    finally:
        os.environ.pop("STAKEHOLDER_GRAPH_STORE", None)
        if saved is not None:
            os.environ["STAKEHOLDER_GRAPH_STORE"] = saved


@pytest.fixture(scope="module")
def executed():
    """Every notebook, run on the example in a fresh embedded store."""
    return _execute(None)


@pytest.fixture(scope="module")
def generated_store(tmp_path_factory) -> str:
    """A synthetic store (bench/generate.py) without any organisation of the example."""
    import importlib.util

    from stakeholder_graph import api

    spec = importlib.util.spec_from_file_location("generate", ROOT / "bench" / "generate.py")
    generate = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generate)
    folder = tmp_path_factory.mktemp("synthetic")
    generate.write_dataset(folder / "data", *generate.generate(300, seed=11))
    db = str(folder / "synthetic.db")
    api.load([folder / "data"], db)
    with api.open_store(db, create=False) as store:
        names = {node["name"] for node in store.nodes()}
    assert "Tata Steel" not in names and "Tech@Connect" not in names
    return db


@pytest.fixture(scope="module")
def executed_elsewhere(generated_store):
    """Every notebook, run on the synthetic store through STAKEHOLDER_GRAPH_STORE."""
    return _execute(generated_store)


@pytest.mark.parametrize("run", ["executed", "executed_elsewhere"])
def test_every_notebook_runs_without_errors(run, request):
    for name, book in request.getfixturevalue(run).items():
        for cell in book.cells:
            for output in cell.get("outputs", []):
                assert output.output_type != "error", (name, output.get("ename"),
                                                       output.get("evalue"))
        first = "".join(o.get("text", "") for o in book.cells[1].outputs)
        assert first.startswith("store: "), name  # the first cell says which store


def test_notebooks_on_another_store_use_it_and_choose_from_it(executed_elsewhere,
                                                              generated_store):
    book = executed_elsewhere["03-who-to-connect.ipynb"]
    assert "".join(o.get("text", "") for o in book.cells[1].outputs).startswith(
        f"store: {generated_store}")
    chosen = "".join(o.get("text", "") for o in book.cells[3].outputs)
    from stakeholder_graph import api
    from stakeholder_graph.analysis.centrality import centrality

    with api.open_store(generated_store, create=False) as store:
        scores = centrality(store.to_networkx())
    busiest = scores[scores["kind"].isin(["Company", "School"])].nlargest(1, "degree")
    assert chosen.startswith(f"organisation: {busiest['name'].iloc[0]} ({busiest['id'].iloc[0]})")
    biggest = scores["ecosystem"].dropna().loc[lambda s: s != ""].value_counts().index[:2]
    assert f"ecosystems: {biggest[0]} → {biggest[1]}" in chosen


def test_notebooks_have_their_parameters_first_and_name_no_organisation():
    for path in NOTEBOOKS:
        book = nbformat.read(path, as_version=4)
        assert "parameters" in book.cells[1].metadata.get("tags", []), path.name
        assert "Tata Steel" not in "".join(c.source for c in book.cells), path.name


def test_notebooks_suggest_only_through_the_api():
    for path in NOTEBOOKS:
        source = "".join(c.source for c in nbformat.read(path, as_version=4).cells)
        assert "analysis.suggest" not in source, path.name


def test_notebook_map_renders_in_chromium(executed, tmp_path):
    from stakeholder_graph.viz.browser import chromium_available, close, headless_chromium

    reason = chromium_available()
    if reason:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    last = executed["03-who-to-connect.ipynb"].cells[-1]
    html = next(o["data"]["text/html"] for o in last.outputs if "data" in o)
    assert html.startswith("<div><iframe srcdoc=")
    page = tmp_path / "cell.html"
    page.write_text(f"<!DOCTYPE html><html><body>{html}</body></html>", encoding="utf-8")
    driver = headless_chromium()
    try:
        driver.get(page.as_uri())
        driver.switch_to.frame(driver.find_element("tag name", "iframe"))
        import time

        deadline = time.time() + 60
        while not driver.execute_script("return !!window.sgDrawn") and time.time() < deadline:
            time.sleep(0.1)
        assert driver.execute_script("return !!window.sgDrawn")
        assert "Legenda" in driver.find_element("id", "sg-legend").text
    finally:
        close(driver)


def _called_names() -> set[str]:
    names: set[str] = set()
    for path in NOTEBOOKS:
        for cell in nbformat.read(path, as_version=4).cells:
            if cell.cell_type != "code":
                continue
            tree = ast.parse(cell.source)
            imported = {}
            for node in ast.walk(tree):
                if isinstance(node, ast.ImportFrom) and node.module.startswith("stakeholder_graph"):
                    for alias in node.names:
                        imported[alias.asname or alias.name] = alias.name
            for node in ast.walk(tree):
                if isinstance(node, ast.Call):
                    func = node.func
                    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and (
                            func.value.id in ("api", "store")):
                        names.add(func.attr)
                    elif isinstance(func, ast.Name) and func.id in imported:
                        names.add(imported[func.id])
    return names


def test_every_function_the_notebooks_call_is_in_docs_api_md():
    doc = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"`(?:[\w.]+\.)?(\w+)\(", doc))
    missing = _called_names() - documented
    assert not missing, f"not in docs/api.md: {sorted(missing)}"
