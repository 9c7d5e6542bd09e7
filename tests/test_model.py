"""The model: ids, values, validation, and docs/model.md in step with the code."""

from pathlib import Path

import pytest

from stakeholder_graph.errors import InputError
from stakeholder_graph.graph.model import (
    KINDS,
    REL_TYPES,
    build_edge,
    build_node,
    edge_key,
    merge_props,
    model_markdown,
    parse_date,
    slugify,
    validate_id,
)

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("node_id,kind", [
    ("kvk:12345678", "Company"), ("brin:25PZ", "School"), ("cbs:GM0363", "Municipality"),
    ("cbs:AM18", "Region"), ("slug:techport", "Campus"),
])
def test_valid_ids(node_id, kind):
    assert validate_id(node_id, kind) == node_id


@pytest.mark.parametrize("node_id,fragment", [
    ("techport", "expected namespace:key"), ("kvk:1234", "8 digits"),
    ("brin:25pz", "4 characters"), ("cbs:GM363", "GMxxxx"), ("slug:Tech Port", "lower-case"),
    ("kvc:12345678", "did you mean 'kvk'"),
])
def test_invalid_ids(node_id, fragment):
    with pytest.raises(InputError, match=fragment):
        validate_id(node_id)


def test_namespace_must_fit_kind():
    with pytest.raises(InputError, match="cannot name a Municipality"):
        validate_id("slug:amsterdam", "Municipality")


@pytest.mark.parametrize("raw,iso", [
    ("2021-05-12", "2021-05-12"), ("12-05-2021", "2021-05-12"), ("12/5/2021", "2021-05-12"),
    ("12.05.2021", "2021-05-12"), ("2019-12", "2019-12"), ("2019", "2019"),
])
def test_dates(raw, iso):
    assert parse_date(raw) == iso


@pytest.mark.parametrize("raw", ["31-02-2021", "mei 2021", "2021-13", "12"])
def test_bad_dates(raw):
    with pytest.raises(InputError, match="unparseable date"):
        parse_date(raw)


def test_build_node_sets_register_key_and_coerces():
    node = build_node("kvk:12345678", "Company",
                      {"name": " Tata Steel ", "labour_demand": "Tekort", "sector": ""})
    assert node.props == {"name": "Tata Steel", "labour_demand": "shortage", "kvk": "12345678"}


def test_build_node_rejects_missing_name_unknown_prop_and_kind():
    with pytest.raises(InputError, match="needs 'name'"):
        build_node("slug:x", "Company", {})
    with pytest.raises(InputError, match="has no property 'level'"):
        build_node("slug:x", "Company", {"name": "X", "level": "MBO"})
    with pytest.raises(InputError, match="unknown kind 'Compnay'.*did you mean 'Company'"):
        build_node("slug:x", "Compnay", {"name": "X"})


def test_edges_symmetric_and_keyed():
    assert edge_key("PARTNERS_WITH", "slug:b", "slug:a", {}) == edge_key(
        "PARTNERS_WITH", "slug:a", "slug:b", {})
    assert edge_key("MEMBER_OF", "slug:b", "slug:a", {})[1] == "slug:b"
    with pytest.raises(InputError, match="needs 'status'"):
        build_edge("INTRODUCED", "slug:a", "slug:b", {})


def test_merge_props_is_idempotent():
    once = merge_props({"source": "A", "aliases": ["x"]}, {"source": "B", "aliases": ["y"]})
    assert once == {"source": "A; B", "aliases": ["x", "y"]}
    assert merge_props(once, {"source": "B", "aliases": ["y"]}) == once


def test_slugify():
    assert slugify("Tech@Connect") == "tech-connect"
    assert slugify("Economisch Herstel- en Duurzaamheidsfonds") == (
        "economisch-herstel-en-duurzaamheidsfonds")


def test_model_covers_design():
    assert set(KINDS) == {"Company", "School", "Municipality", "PublicBody", "Campus", "Region",
                          "Theme", "Programme", "Event", "Person"}
    assert {"LOCATED_IN", "IN_REGION", "MEMBER_OF", "PARTNERS_WITH", "HOSTS_INTERNS_FROM",
            "WORKS_ON", "FUNDED_BY", "SIGNED", "SERVES", "ATTENDED", "INTRODUCED"} <= set(REL_TYPES)


def test_docs_model_md_is_generated_from_code():
    doc = (ROOT / "docs" / "model.md").read_text(encoding="utf-8")
    assert doc == model_markdown(), (
        "docs/model.md is stale: regenerate it with "
        "python -m stakeholder_graph.graph.model > docs/model.md")
