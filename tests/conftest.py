"""Shared fixtures: the example, temporary stores, and a real Neo4j server for the session.

The Neo4j server is the Maven-built launcher in tests/neo4j_server (see
stakeholder_graph.testing). It starts once per session, on first use. When Java or Maven is
missing the Neo4j tests are skipped with the reason; with CI=true they fail instead.
NEO4J_URI pointing at an existing server is used as it is.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from stakeholder_graph.examples import example_path
from stakeholder_graph.graph.neo4j_store import Neo4jStore
from stakeholder_graph.graph.sqlite_store import SQLiteStore
from stakeholder_graph.testing import Neo4jTestServer, ServerUnavailableError

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="session")
def example() -> Path:
    return example_path()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "store.db"


@pytest.fixture
def sqlite_store(db_path: Path) -> Iterator[SQLiteStore]:
    store = SQLiteStore(db_path)
    yield store
    store.close()


@pytest.fixture(scope="session")
def neo4j_uri() -> Iterator[str]:
    if os.environ.get("NEO4J_URI"):
        yield os.environ["NEO4J_URI"]
        return
    server = Neo4jTestServer()
    try:
        uri = server.start()
    except ServerUnavailableError as exc:
        message = f"NEO4J TESTS NOT RUN: the real Neo4j test server is unavailable: {exc}"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    yield uri
    server.stop()


@pytest.fixture
def neo4j_store(neo4j_uri: str) -> Iterator[Neo4jStore]:
    """A Neo4j store on the session's server, emptied before the test."""
    store = Neo4jStore(neo4j_uri)
    store.clear()
    yield store
    store.close()


@pytest.fixture(params=["sqlite", "neo4j"])
def location(request, tmp_path: Path) -> str:
    """An empty store's location: a file, or the Neo4j test server (emptied)."""
    if request.param == "sqlite":
        return str(tmp_path / "store.db")
    return request.getfixturevalue("neo4j_store").location


@pytest.fixture
def quality():
    """``bench/matching_quality.py``: how a held-out list is measured."""
    bench = str(Path(__file__).resolve().parents[1] / "bench")
    sys.path.insert(0, bench)
    try:
        import matching_quality
        yield matching_quality
    finally:
        sys.path.remove(bench)
