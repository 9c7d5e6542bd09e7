"""Personal data out of every output: one filter that every output passes through.

Contact persons (nodes of a *personal* kind, ``Person``) and personal properties (``email``,
``phone``; any property the model marks ``personal``) are personal data. Every output of
the tool — CLI tables, ``show``, ``diff``, the named queries, exports, maps, slides, the
API functions notebooks and the web app call — passes through :func:`redact`, which leaves
them out unless the user asks for them (``--include-personal-data``,
``include_personal_data=True``).

Use it on anything you show or write::

    from stakeholder_graph import privacy
    people = privacy.personal_index(store)          # once per request
    rows = privacy.redact(rows, people)             # DataFrame, dict, list or graph
    privacy.refuse_personal(people, node_id)        # a person asked for by name or id

:func:`is_personal` says whether one node, relationship or id is personal.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from .errors import StakeholderGraphError
from .graph.model import KINDS, REL_TYPES

__all__ = ["PERSONAL_KINDS", "PERSONAL_PROPS", "PersonalIndex", "PersonalDataError",
           "personal_index", "is_personal", "redact", "refuse_personal", "HIDDEN"]

PERSONAL_KINDS: frozenset[str] = frozenset(k for k, spec in KINDS.items() if spec.personal)
"""Node kinds that are people (``Person``)."""

PERSONAL_PROPS: frozenset[str] = frozenset(
    {p.name for spec in KINDS.values() for p in spec.props if p.personal}
    | {p.name for spec in REL_TYPES.values() for p in spec.props if p.personal})
"""Properties that are personal data wherever they appear (``email``, ``phone``)."""

_PERSONAL_TYPES = frozenset(t for t, spec in REL_TYPES.items()
                            if spec.sources and set(spec.sources) <= PERSONAL_KINDS)

HIDDEN = "(contactpersoon)"
"""What a person's name is replaced with inside a text that is kept."""

_ID_KEYS = ("id", "start", "end", "source", "target", "other", "a_id", "b_id", "org_id",
            "group_id", "variant", "candidate_id", "key")
_KIND_KEYS = re.compile(r"^(kind|.*_kind)$")


class PersonalDataError(StakeholderGraphError):
    """Personal data was asked for without ``--include-personal-data``."""


@dataclass(frozen=True)
class PersonalIndex:
    """The people a store holds: their ids and names (to find them in any output).

    Examples
    --------
    >>> people = PersonalIndex(frozenset({"slug:jan"}), frozenset({"Jan Jansen"}))
    >>> is_personal("slug:jan", people)
    True
    """

    ids: frozenset[str] = field(default_factory=frozenset)
    names: frozenset[str] = field(default_factory=frozenset)

    @functools.cached_property
    def pattern(self) -> re.Pattern[str] | None:
        """One expression that finds any of the names in a text (longest first)."""
        names = sorted((n for n in self.names if n.strip()), key=len, reverse=True)
        return re.compile("|".join(map(re.escape, names))) if names else None

    def __or__(self, other: PersonalIndex) -> PersonalIndex:
        return PersonalIndex(self.ids | other.ids, self.names | other.names)

    @classmethod
    def of_nodes(cls, nodes: Iterable[dict[str, Any]]) -> PersonalIndex:
        """The people among node dicts (``id``, ``kind``, ``name``)."""
        people = [n for n in nodes if n.get("kind") in PERSONAL_KINDS]
        return cls(frozenset(str(n["id"]) for n in people if n.get("id")),
                   frozenset(str(n["name"]) for n in people if n.get("name")))


def personal_index(store: Any) -> PersonalIndex:
    """Return the people of a store (or of a NetworkX projection).

    Examples
    --------
    >>> import networkx as nx
    >>> g = nx.MultiDiGraph(); g.add_node("slug:jan", kind="Person", name="Jan Jansen")
    >>> sorted(personal_index(g).names)
    ['Jan Jansen']
    """
    import networkx as nx

    if isinstance(store, nx.Graph):
        return PersonalIndex.of_nodes({"id": n, **d} for n, d in store.nodes(data=True))
    found = PersonalIndex()
    for kind in sorted(PERSONAL_KINDS):
        found = found | PersonalIndex.of_nodes(store.nodes(kind))
    return found


def is_personal(item: Any, people: PersonalIndex | None = None) -> bool:
    """Whether a node, relationship, row or id is about a person.

    Examples
    --------
    >>> is_personal({"id": "slug:jan", "kind": "Person", "name": "Jan Jansen"})
    True
    >>> is_personal({"type": "WORKS_AT", "start": "slug:jan", "end": "slug:klm"})
    True
    >>> is_personal({"id": "slug:klm", "kind": "Company", "name": "KLM"})
    False
    """
    people = people or PersonalIndex()
    if isinstance(item, str):
        return item in people.ids
    if isinstance(item, list | tuple):
        return any(isinstance(v, str) and v in people.ids for v in item)
    if not isinstance(item, dict):
        return False
    for key, value in item.items():
        if _KIND_KEYS.match(str(key)) and value in PERSONAL_KINDS:
            return True
        if key in _ID_KEYS and is_personal(value, people):
            return True
    # WORKS_AT: from a person, whoever the person is.
    return item.get("type") in _PERSONAL_TYPES


def refuse_personal(people: PersonalIndex, node_id: str, include_personal_data: bool = False,
                    what: str = "") -> None:
    """Raise :class:`PersonalDataError` when ``node_id`` is a person and it was not asked for.

    Examples
    --------
    >>> refuse_personal(PersonalIndex(frozenset({"slug:jan"})), "slug:jan")
    Traceback (most recent call last):
    ...
    stakeholder_graph.privacy.PersonalDataError: slug:jan is a contact person: personal data is left out unless you add --include-personal-data
    """
    if not include_personal_data and node_id in people.ids:
        raise PersonalDataError(f"{what}{node_id} is a contact person: personal data is left "
                                "out unless you add --include-personal-data")


def _text(value: str, people: PersonalIndex) -> str:
    pattern = people.pattern
    return pattern.sub(HIDDEN, value) if pattern is not None else value


def redact(value: Any, people: PersonalIndex | None = None,
           include_personal_data: bool = False) -> Any:
    """Return ``value`` without personal data (unchanged when ``include_personal_data``).

    ``value`` may be a pandas DataFrame (rows about people dropped, personal columns
    dropped, people's names in other cells replaced by :data:`HIDDEN`), a NetworkX graph
    (people, their ties and personal properties removed; a copy), or any nesting of
    dicts and lists as the API returns them (``show``, ``diff``): dicts that are people
    or ties to people are dropped, personal keys removed. A graph without anything
    personal is returned as it is, else a copy. ``people`` names the persons
    (:func:`personal_index`); persons recognisable by their kind are found without it.

    Examples
    --------
    >>> people = PersonalIndex(frozenset({"slug:jan"}), frozenset({"Jan Jansen"}))
    >>> redact([{"id": "slug:jan", "kind": "Person", "email": "jan@example.nl"},
    ...         {"id": "slug:klm", "kind": "Company", "note": "via Jan Jansen"}], people)
    [{'id': 'slug:klm', 'kind': 'Company', 'note': 'via (contactpersoon)'}]
    >>> import pandas as pd
    >>> redact(pd.DataFrame({"name": ["Jan Jansen", "KLM"], "kind": ["Person", "Company"],
    ...                      "email": ["jan@example.nl", None]}), people).to_dict("records")
    [{'name': 'KLM', 'kind': 'Company'}]
    """
    if include_personal_data:
        return value
    people = people or PersonalIndex()
    import networkx as nx
    import pandas as pd

    if isinstance(value, nx.Graph):
        return _graph(value, people)
    if isinstance(value, pd.DataFrame):
        return _frame(value, people)
    out = _walk(value, people)
    return ({} if isinstance(value, dict) else None) if out is _DROP else out


_DROP = object()


def _walk(value: Any, people: PersonalIndex) -> Any:
    if isinstance(value, dict):
        if is_personal(value, people):
            return _DROP
        if value.get("property") in PERSONAL_PROPS:  # a fact of `show`
            return _DROP
        out = {}
        for key, item in value.items():
            if key in PERSONAL_PROPS:
                continue
            kept = _walk(item, people)
            if kept is not _DROP:
                out[key] = kept
        return out
    if isinstance(value, list | tuple):
        kept = [v for v in (_walk(item, people) for item in value) if v is not _DROP]
        return kept if isinstance(value, list) else tuple(kept)
    if isinstance(value, str):
        return _text(value, people)
    return value


def _frame(frame: Any, people: PersonalIndex) -> Any:
    frame = frame.drop(columns=[c for c in frame.columns if str(c) in PERSONAL_PROPS])
    if frame.empty:
        return frame.reset_index(drop=True)
    keep = None
    for column in frame.columns:
        values = frame[column]
        if _KIND_KEYS.match(str(column)):
            hit = values.isin(list(PERSONAL_KINDS))
        elif str(column) == "type":
            hit = values.isin(list(_PERSONAL_TYPES))
        elif people.ids or people.names:
            hit = values.map(lambda v: isinstance(v, str) and (v in people.ids
                                                                or v in people.names))
        else:
            continue
        keep = ~hit if keep is None else keep & ~hit
    if keep is not None:
        frame = frame[keep.astype(bool)]
    if people.names:
        frame = frame.map(lambda v: _text(v, people) if isinstance(v, str) else v)
    return frame.reset_index(drop=True)


def _graph(graph: Any, people: PersonalIndex) -> Any:
    if not any(d.get("kind") in PERSONAL_KINDS or n in people.ids or PERSONAL_PROPS & d.keys()
               for n, d in graph.nodes(data=True)) and not any(
            d.get("type") in _PERSONAL_TYPES or PERSONAL_PROPS & d.keys()
            for _, _, d in graph.edges(data=True)):
        return graph  # nothing personal: no copy of a big graph
    keep = [n for n, d in graph.nodes(data=True)
            if d.get("kind") not in PERSONAL_KINDS and n not in people.ids]
    out = graph.subgraph(keep).copy()
    for _, data in out.nodes(data=True):
        for prop in PERSONAL_PROPS & set(data):
            del data[prop]
    drop = []
    for u, v, key, data in out.edges(keys=True, data=True):
        if is_personal({"type": data.get("type")}):
            drop.append((u, v, key))
        for prop in PERSONAL_PROPS & set(data):
            del data[prop]
    out.remove_edges_from(drop)
    return out
