"""Bad input, from the corpus in tests/data/bad/ (cases.yaml): each file gives one clear
line naming file, row and column, a non-zero exit and no traceback, and leaves the store as
it was — the SQLite file byte for byte, the Neo4j database by content checksum."""

import hashlib
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from stakeholder_graph.cli import cli
from stakeholder_graph.graph.neo4j_store import Neo4jStore

BAD = Path(__file__).parent / "data" / "bad"
CASES = yaml.safe_load((BAD / "cases.yaml").read_text(encoding="utf-8"))


def test_the_corpus_has_at_least_thirty_realistic_mistakes():
    assert len(CASES) >= 30
    assert all((BAD / c["file"]).exists() for c in CASES)


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _run(store: str, case: dict):
    args = ["--store", store, "load", str(BAD / case["file"]), "--lang", "en"]
    if case["mapping"]:
        args += ["--mapping", str(BAD / case["mapping"])]
    return CliRunner().invoke(cli, args)


def _check_one_line(result, case: dict) -> None:
    assert result.exit_code == 1, (case["name"], result.output)
    assert "Traceback" not in result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, (case["name"], result.stderr)
    assert lines[0].startswith("Error: ")
    for fragment in case["expect"]:
        assert fragment in lines[0], f"{case['name']}: {fragment!r} not in {lines[0]!r}"


@pytest.fixture(scope="module")
def sqlite_loaded(tmp_path_factory, example) -> Path:
    db = tmp_path_factory.mktemp("bad") / "store.db"
    assert CliRunner().invoke(cli, ["--store", str(db), "load", str(example)]).exit_code == 0
    return db


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_embedded_store(case, sqlite_loaded):
    before = _sha(sqlite_loaded)
    _check_one_line(_run(str(sqlite_loaded), case), case)
    assert _sha(sqlite_loaded) == before


@pytest.fixture(scope="module")
def neo4j_loaded(neo4j_uri, example) -> tuple[str, str]:
    with Neo4jStore(neo4j_uri) as store:
        store.clear()
        CliRunner().invoke(cli, ["--store", neo4j_uri, "load", str(example)])
        return neo4j_uri, store.content_checksum()


@pytest.mark.neo4j
@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_neo4j_store(case, neo4j_loaded):
    uri, before = neo4j_loaded
    _check_one_line(_run(uri, case), case)
    with Neo4jStore(uri) as store:
        assert store.content_checksum() == before


def test_docs_security_md_lists_the_whole_corpus():
    doc = (Path(__file__).resolve().parents[1] / "docs" / "security.md").read_text("utf-8")
    for case in CASES:
        assert f"`{case['file']}`" in doc, case["name"]
