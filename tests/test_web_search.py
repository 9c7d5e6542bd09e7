"""The search index behind the web app's Zoeken: an index updated after a write answers as
an index built anew on the store would (lookup.SearchIndex.updated)."""

import pytest

from stakeholder_graph import api
from stakeholder_graph.lookup import SearchIndex

QUERIES = ["Vattenfal", "vattenfall", "Vattenfall Nederland", "slug:vattenfal", "Amsterdam",
           "tata", "Tatastel", "25PZ", "roc", "Velsen", "energie", "x"]


@pytest.fixture
def store(tmp_path):
    db = tmp_path / "demo.db"
    api.demo(db)
    sheet = tmp_path / "dubbel.csv"
    sheet.write_text("Naam;Soort;Gemeente\nVattenfal;Bedrijf;Amsterdam\n", encoding="utf-8")
    api.load([sheet], db)
    return db


def answers(index: SearchIndex) -> list:
    return [(q, index.search(q, limit=10)) for q in QUERIES] + [
        ("names", index.names("Company")), ("size", len(index))]


def test_an_index_updated_after_a_merge_and_its_undo_answers_as_a_new_one(store):
    with api.open_store(store) as opened:
        index = SearchIndex(opened)
    original = answers(index)
    api.decide_duplicate("slug:vattenfal", "slug:vattenfall", "accept", store)
    with api.open_store(store) as opened:
        merged = index.updated(opened, ["slug:vattenfal", "slug:vattenfall"])
        assert answers(merged) == answers(SearchIndex(opened))
    assert answers(index) == original  # the old index is untouched
    api.undo_merge("slug:vattenfal", store)
    with api.open_store(store) as opened:
        undone = merged.updated(opened, ["slug:vattenfal", "slug:vattenfall"])
        assert answers(undone) == answers(SearchIndex(opened))


def test_an_updated_index_leaves_out_contact_persons_unless_personal(store, tmp_path):
    from stakeholder_graph.graph.model import Batch, build_edge, build_node

    with api.open_store(store) as opened:
        plain, personal = SearchIndex(opened), SearchIndex(opened, personal=True)
        batch = Batch(nodes=[build_node("slug:contact-klm", "Person",
                                        {"name": "Contactpersoon Illustratief",
                                         "source": "illustratief"})])
        batch.add_edge(build_edge("WORKS_AT", "slug:contact-klm", "slug:klm", {}))
        opened.load(batch)
        ids = ["slug:contact-klm"]
        assert plain.updated(opened, ids).search("Contactpersoon")["results"] == []
        assert [r["id"] for r in personal.updated(opened, ids).search(
            "Contactpersoon")["results"]] == ["slug:contact-klm"]


def test_the_web_app_sees_a_store_put_in_place_of_another(tmp_path):
    # A store file replaced by another with as many loads (the demo run again, a backup
    # put back) is another store: the web app's kept index and counts must not be reused.
    import shutil

    from stakeholder_graph.web.live import Live

    db, other = tmp_path / "s.db", tmp_path / "other.db"
    api.demo(str(db))
    api.demo(str(other))
    live = Live(str(db))
    before = live.stamp(fresh=True)
    shutil.copy(other, tmp_path / "copy.db")
    (tmp_path / "copy.db").replace(db)
    assert live.stamp(fresh=True) != before
    with api.open_store(str(db)) as store:
        assert len(store.loads()) == 1 and live.stamp(fresh=True) == api.store_state(store)
