"""Resolve a batch of records against itself and a store: keys, duplicates, references.

This is the stage between loaders and stores. It

- merges records of the same id, and rejects the same id with conflicting data;
- rejects an id that the store already holds as another kind;
- turns relationship endpoints written as names into ids (names and aliases of the batch
  and the store, and for places, the CBS municipality names);
- checks that every relationship joins kinds its type allows, and joins two different nodes;
- merges name variants of one organisation (:mod:`stakeholder_graph.matching`): sure
  matches and variants the user accepted earlier; likely matches go to the review list;
- keeps every fact's claims: the properties each source row gave and where it came from
  (file, sheet, row).

It reads from the store through a small :class:`Lookup` protocol and never writes; the
batch it is given is left as it was, so the same batch can be resolved again.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from types import SimpleNamespace
from typing import Any, Protocol

from .errors import InputError, did_you_mean
from .forked import Forked
from .graph.model import (
    KINDS,
    MERGED_PROPS,
    NAMESPACES,
    REL_TYPES,
    Batch,
    EdgeRecord,
    NodeRecord,
    check_endpoints,
    edge_key,
    merge_props,
    validate_id,
)

__all__ = ["Lookup", "ResolvedNode", "ResolvedEdge", "Resolved", "resolve", "normalise_name",
           "shouty", "variant_claims", "review_row"]

_ID = re.compile(r"^(" + "|".join(NAMESPACES) + r"):\S+$")


class Lookup(Protocol):
    """What resolution reads from a store."""

    def kinds_of(self, ids: Iterable[str]) -> dict[str, str]:
        """Return ``{id: kind}`` for the ids the store holds."""

    def name_index(self) -> Iterable[tuple[str, str, str, list[str]]]:
        """Yield ``(id, kind, name, aliases)`` for every node in the store."""

    def located_in(self) -> dict[str, str]:
        """Return ``{organisation id: municipality id}`` from LOCATED_IN relationships."""

    def websites(self) -> dict[str, str]:
        """Return ``{id: website}`` for the live nodes that have a website."""

    def decisions(self) -> list[dict[str, str]]:
        """Return the user's match decisions: ``variant``, ``target``, ``decision``."""


class EmptyLookup:
    """A :class:`Lookup` for an empty store.

    Examples
    --------
    >>> EmptyLookup().kinds_of(["slug:a"])
    {}
    """

    def kinds_of(self, ids: Iterable[str]) -> dict[str, str]:
        """Return no kinds: the store is empty."""
        return {}

    def websites(self) -> dict[str, str]:
        """Return no websites: the store is empty."""
        return {}

    def name_index(self) -> Iterable[tuple[str, str, str, list[str]]]:
        """Yield nothing: the store is empty."""
        return ()

    def located_in(self) -> dict[str, str]:
        """Return no locations: the store is empty."""
        return {}

    def decisions(self) -> list[dict[str, str]]:
        """Return no decisions: the store is empty."""
        return []


def _sources(claims: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for claim in claims:
        where = {k: claim[k] for k in ("file", "sheet", "row") if k in claim}
        if where and where not in out:
            out.append(where)
    return out


@dataclass(slots=True)
class ResolvedNode:
    """A node ready for the store: merged properties and its claims (one per source row)."""

    id: str
    kind: str
    props: dict[str, Any]
    claims: list[dict[str, Any]] = field(default_factory=list)

    @property
    def sources(self) -> list[dict[str, Any]]:
        """Where the node came from: file, sheet and row of each claim."""
        return _sources(self.claims)


@dataclass(slots=True)
class ResolvedEdge:
    """A relationship ready for the store, keyed by ``(type, source, target, disc)``."""

    type: str
    source: str
    target: str
    key: str
    props: dict[str, Any]
    claims: list[dict[str, Any]] = field(default_factory=list)

    @property
    def sources(self) -> list[dict[str, Any]]:
        """Where the relationship came from: file, sheet and row of each claim."""
        return _sources(self.claims)


@dataclass
class Resolved:
    """The outcome of :func:`resolve`: nodes by id and edges by key, in load order.

    ``merged`` lists the name variants merged into an organisation, ``review`` the likely
    matches left for the user (rows of the review file); ``checksums`` the files read from
    disk, whose earlier facts this load replaces.
    """

    nodes: dict[str, ResolvedNode] = field(default_factory=dict)
    edges: dict[tuple[str, str, str, str], ResolvedEdge] = field(default_factory=dict)
    files: list[str] = field(default_factory=list)
    checksums: dict[str, str] = field(default_factory=dict)
    merged: list[dict[str, Any]] = field(default_factory=list)
    review: list[dict[str, Any]] = field(default_factory=list)


def normalise_name(name: str) -> str:
    """Normalise a name for matching references: case and white space.

    Examples
    --------
    >>> normalise_name("  ROC  van Amsterdam ")
    'roc van amsterdam'
    """
    return " ".join(str(name).casefold().split())


def _where(record: NodeRecord | EdgeRecord) -> dict[str, Any]:
    return record.origin.where() if record.origin else {}


def _describe(origin: dict[str, Any] | None) -> str:
    if not origin or "file" not in origin:
        return "elsewhere in this load"
    where = origin.get("file", "")
    if origin.get("sheet"):
        where += f" [{origin['sheet']}]"
    if origin.get("row") is not None:
        where += f" row {origin['row']}"
    return where


def _merge_props(target: dict[str, Any], props: dict[str, Any], first: dict[str, Any] | None,
                 what: str, record: NodeRecord | EdgeRecord) -> dict[str, Any]:
    """Return, as a new dict, the properties of a record's earlier rows and this row's.

    Raises on a conflicting value (``first`` says where the earlier one came from). Never
    changes either dict: the rows of a big sheet share their properties.
    """
    for name, value in props.items():
        if name in target and name not in MERGED_PROPS and target[name] != value:
            raise InputError(f"conflicting data for {what}: {name} is {value!r} here but "
                             f"{target[name]!r} in {_describe(first)}",
                             column=name, **_where(record))
    return merge_props(target, props)


def _add_claim(claims: list[dict[str, Any]], record: NodeRecord | EdgeRecord,
               via: dict[str, Any] | None = None) -> None:
    claim = _claim(record, via)
    if not claims or claim not in claims:
        claims.append(claim)


def _claim(record: NodeRecord | EdgeRecord, via: dict[str, Any] | None = None
           ) -> dict[str, Any]:
    # The claim shares the record's properties: claims are copied, never changed in place.
    origin = record.origin
    if origin is None:
        claim: dict[str, Any] = {"props": record.props}
    elif origin.sheet is None and origin.row is not None:  # a CSV row: the usual claim
        claim = {"file": origin.file, "row": origin.row, "props": record.props}
    else:
        claim = {**origin.as_dict(), "props": record.props}
    if via:
        claim["via"] = via
    return claim


def variant_claims(claims: list[dict[str, Any]], variant: str, name: str,
                   target_name: str, kind: str | None = None) -> list[dict[str, Any]]:
    """Turn a name variant's claims into claims on the organisation it is merged into.

    The variant's name becomes an alias (unless it is the target's name), and each claim
    remembers the variant (``via``), so the merge can be undone. With the organisation's
    ``kind`` (a variant of another kind), the facts that kind has no place for are left out
    of the properties (``via`` keeps them, for an undo).

    Examples
    --------
    >>> variant_claims([{"file": "a.csv", "props": {"name": "Tatasteel"}}],
    ...                "slug:tatasteel", "Tatasteel", "Tata Steel")
    [{'file': 'a.csv', 'props': {'aliases': ['Tatasteel']}, 'via': {'id': 'slug:tatasteel', \
'name': 'Tatasteel', 'alias': True}}]
    """
    alias = bool(name) and normalise_name(name) != normalise_name(target_name)
    out = []
    for claim in claims:
        if "via" in claim:  # merged once already: keep the first variant
            out.append(claim)
            continue
        allowed = KINDS[kind].all_props if kind is not None else None
        props = {k: v for k, v in claim.get("props", {}).items() if k != "name"
                 and (allowed is None or k in allowed)}
        via = {"id": variant, "name": name, "alias": alias}
        if allowed is not None:  # kept with the merge, so that an undo gives them back
            left_out = {k: v for k, v in claim.get("props", {}).items() if k not in allowed}
            if left_out:
                via["left_out"] = left_out
        if alias:
            props["aliases"] = list(props.get("aliases", []))
            if name not in props["aliases"]:
                props["aliases"].append(name)
        out.append({**{k: v for k, v in claim.items() if k != "props"}, "props": props,
                    "via": via})
    return out


def _merge_nodes(batch: Batch, problems: list[dict[str, Any]] | None,
                 review: list[dict[str, Any]]) -> dict[str, ResolvedNode]:
    """Merge the records of one id: one organisation per register key (or slug).

    Another name for the same id becomes an alias; another value of a fact goes to the
    review list (the first value is kept). Another kind of organisation goes to the review
    list too (the first is kept: a CRM that calls SBB "Overheid" in one row and
    "Onderwijsinstelling" in the next means one organisation); any other kind is a problem
    (the record is left out).
    """
    nodes: dict[str, ResolvedNode] = {}
    for rec in batch.nodes:
        have = nodes.get(rec.id)
        if have is None:  # its own properties: a merge with a name variant adds to them
            nodes[rec.id] = have = ResolvedNode(rec.id, rec.kind, dict(rec.props))
            _add_claim(have.claims, rec)
            continue
        first = have.claims[0] if have.claims else None
        if have.kind != rec.kind:
            if not (_organisation_kind(have.kind) and _organisation_kind(rec.kind)):
                _fail(problems, InputError(f"conflicting data for '{rec.id}': a {rec.kind} here "
                                           f"but a {have.kind} in {_describe(first)}",
                                           **_where(rec)))
                continue
            rec = _as_kind(rec, have.kind, _describe(first), have.props.get("name", ""), review)
        props = _same_key_props(have, rec, first, review)
        if props is not rec.props:
            rec = NodeRecord(rec.id, rec.kind, props, rec.origin)
        have.props = merge_props(have.props, rec.props)
        _add_claim(have.claims, rec)
    return nodes


def _organisation_kind(kind: str) -> bool:
    """Whether records of this kind are matched by name (and so may be one organisation
    under another kind): Company, School, PublicBody, Campus."""
    from .matching import MATCH_KINDS

    return kind in MATCH_KINDS


def _fitting(props: dict[str, Any], kind: str) -> dict[str, Any]:
    """The properties a kind has a place for."""
    allowed = KINDS[kind].all_props
    return {k: v for k, v in props.items() if k in allowed}


def _kind_conflict(node_id: str, kind: str, name: str, first: str, other: str, where: str,
                   left_out: Iterable[str]) -> dict[str, Any]:
    """The review row of one organisation under two kinds: ``kind`` (of ``first``) kept,
    ``other`` (of ``where``) not, and the facts ``kind`` has no place for left out."""
    reason = (f"conflicting kind: a {kind} in {first}, a {other} in {where}; the first is "
              "kept (correct the source if it is wrong)")
    left = sorted(set(left_out))
    if left:
        reason += f"; left out, as a {kind} has no such facts: {', '.join(left)}"
    return _conflict_row(node_id, kind, name, reason, where)


def _as_kind(rec: NodeRecord, kind: str, first: str, name: str,
             review: list[dict[str, Any]]) -> NodeRecord:
    """A record of one organisation under another kind than its first row's, as that kind:
    the conflict goes to the review list, with the facts the kept kind has no place for
    (they are left out)."""
    props = _fitting(rec.props, kind)
    review.append(_kind_conflict(rec.id, kind, name, first, rec.kind, _describe(_where(rec)),
                                 set(rec.props) - set(props)))
    return NodeRecord(rec.id, kind, props, rec.origin)


def _keep_stored_kind(node: ResolvedNode, kind: str, where: dict[str, Any],
                      review: list[dict[str, Any]]) -> None:
    """An organisation the store holds under another kind than this load's rows: the
    store's kind is kept, the conflict goes to the review list (as :func:`_as_kind`)."""
    allowed = KINDS[kind].all_props
    review.append(_kind_conflict(
        node.id, kind, node.props.get("name", ""), "the store", node.kind, _describe(where),
        (k for c in node.claims for k in c.get("props", {}) if k not in allowed)))
    node.kind = kind
    node.props = _fitting(node.props, kind)
    node.claims = [{**c, "props": _fitting(c["props"], kind)}
                   if any(k not in allowed for k in c.get("props", {})) else c
                   for c in node.claims]


def _conflict_row(node_id: str, kind: str, name: str, reason: str, found_in: str
                  ) -> dict[str, Any]:
    """A review row about one organisation's conflicting facts (nothing to decide: the
    organisation is its own candidate)."""
    return {"decision": "", "score": "", "kind": kind, "id": node_id, "name": name,
            "municipality": "", "candidate_id": node_id, "candidate_name": name,
            "candidate_municipality": "", "reason": reason, "found_in": found_in}


def shouty(name: str) -> bool:
    """Whether a name is written all in capitals or all in small letters, with a word of
    five letters or more ("ENZA ZADEN", "nova college"): a CRM's way of writing it, not the
    organisation's. Acronyms ("KLM", "UWV", "ONHN") and short words are not.

    Examples
    --------
    >>> shouty("ENZA ZADEN"), shouty("nova college"), shouty("KLM"), shouty("Enza Zaden")
    (True, True, False, False)
    """
    letters = [c for c in name if c.isalpha()]
    return bool(letters) and (all(c.isupper() for c in letters)
                              or all(c.islower() for c in letters)) and \
        any(len(word) >= 5 for word in re.findall(r"[^\W\d_]+", name))


def _same_key_props(have: ResolvedNode, rec: NodeRecord, first: dict[str, Any] | None,
                    review: list[dict[str, Any]]) -> dict[str, Any]:
    """Return a later row's properties for an id seen before: its other name as an alias,
    without the facts that conflict with the first row's (those go to review).

    The first row's name is the organisation's, unless it is :func:`shouty` and this row's
    is not: then this row's name is, and the first becomes an alias (a CRM sorted by name
    lists "ENZA ZADEN" before "Enza Zaden")."""
    props = rec.props
    for name, value in rec.props.items():
        if name in MERGED_PROPS or name not in have.props or have.props[name] == value:
            continue
        if props is rec.props:
            props = dict(rec.props)
        del props[name]
        if name != "name" and isinstance(value, str) and isinstance(have.props[name], str) \
                and normalise_name(value) == normalise_name(have.props[name]):
            continue  # "staal" and "Staal": the same fact (the first spelling is kept)
        if name == "website" and one_website(value, have.props[name]):
            continue  # "adyen.com" and "https://www.adyen.com/": the same fact
        if name == "name":
            same = normalise_name(value) == normalise_name(have.props["name"])
            aliases = list(props.get("aliases", []))
            better = isinstance(value, str) and shouty(str(have.props["name"])) and \
                not shouty(value)
            if better:  # this row's name is the organisation's; the first's an alias
                props["name"] = value
                value = have.props["name"]
            if not same and value not in aliases and value not in have.props.get("aliases", []):
                props["aliases"] = [*aliases, value]
            continue
        where = _describe(_where(rec))
        # Where the kept value came from: not always the first record of the id (a
        # municipality's is the CBS table, its note a row of the sheet).
        giver = next((c for c in have.claims if c.get("props", {}).get(name) ==
                      have.props[name]), first)
        review.append(_conflict_row(
            rec.id, rec.kind, have.props.get("name", ""),
            f"conflicting {name}: {have.props[name]!r} in {_describe(giver)}, {value!r} in "
            f"{where}; the first is kept (correct the source if it is wrong)", where))
    return props


def one_website(a: Any, b: Any) -> bool:
    """Whether two website values are one site written two ways.

    Examples
    --------
    >>> one_website("adyen.com", "https://www.adyen.com/"), one_website("klm.nl", "klm.com")
    (True, False)
    """
    from .matching import website_key

    key = website_key(a) if isinstance(a, str) else None
    return key is not None and key == (website_key(b) if isinstance(b, str) else None)


def _fail(problems: list[dict[str, Any]] | None, exc: InputError) -> None:
    """Raise a problem, or keep it when the caller collects every problem of a load."""
    if problems is None:
        raise exc
    problems.append(exc.problem())


class _Names:
    """Name → ids index over the batch and (lazily) the store."""

    def __init__(self, nodes: dict[str, ResolvedNode], lookup: Lookup,
                 redirect: dict[str, str]) -> None:
        self._nodes = nodes
        self._lookup = lookup
        self._redirect = redirect
        self._index: dict[str, set[str]] | None = None
        self._labels: dict[str, str] = {}
        self.kinds: dict[str, str] = {}

    def _build(self) -> dict[str, set[str]]:
        index: dict[str, set[str]] = {}

        def add(node_id: str, kind: str, name: str, aliases: Iterable[str]) -> None:
            self.kinds.setdefault(node_id, kind)
            for text in (name, *aliases):
                index.setdefault(normalise_name(text), set()).add(node_id)
                self._labels.setdefault(normalise_name(text), text)

        for node_id, kind, name, aliases in self._lookup.name_index():
            add(node_id, kind, name, aliases)
        for node in self._nodes.values():
            add(node.id, node.kind, node.props.get("name", ""), node.props.get("aliases", []))
        return index

    def find(self, text: str) -> set[str]:
        """Return the ids a name points at; a merged variant and its organisation are one."""
        if self._index is None:
            self._index = self._build()
        found = self._index.get(normalise_name(text), set())
        if len(found) > 1 and len({self._redirect.get(i, i) for i in found}) == 1:
            return {min(found, key=lambda i: i not in self._redirect)}
        return found

    def suggestions(self, text: str) -> str:
        if self._index is None:
            self._index = self._build()
        return did_you_mean(text, self._labels.values())


def resolve(batch: Batch, lookup: Lookup | None = None,
            problems: list[dict[str, Any]] | None = None) -> Resolved:
    """Resolve a batch against itself and a store.

    A bad record raises, unless ``problems`` is given: then each bad record's problem is
    appended to it and the record is left out, so one run finds every problem.

    Parameters
    ----------
    batch : Batch
        Records from one or more loaders (one load).
    lookup : Lookup, optional
        The store to resolve against; an empty store when omitted.

    Returns
    -------
    Resolved
        Merged nodes and relationships with their provenance.

    Raises
    ------
    InputError
        The same id with conflicting data, a kind that clashes with the store, a reference
        to an unknown id or name, an ambiguous name, a self-tie, or endpoints of the wrong
        kinds; located at the row that causes it.

    Examples
    --------
    >>> from stakeholder_graph.graph.model import build_node, build_edge
    >>> b = Batch()
    >>> b.add_node(build_node("slug:klm", "Company", {"name": "KLM"}))
    >>> b.add_node(build_node("brin:25PZ", "School", {"name": "ROC van Amsterdam"}))
    >>> b.add_edge(build_edge("HOSTS_INTERNS_FROM", "KLM", "ROC van Amsterdam", {}))
    >>> [(e.source, e.target) for e in resolve(b).edges.values()]
    [('slug:klm', 'brin:25PZ')]
    """
    said = len(problems) if problems is not None else 0
    resolved, finish = resolve_started(batch, lookup, problems)
    decided = finish() if finish is not None else None
    if decided is None:
        return resolved
    if problems is not None:  # resolved again, in turn: its problems instead
        del problems[said:]
    return resolve_started(batch, lookup, problems, decided)[0]


Finish = Callable[[], "_Matching | None"]
"""Completes a resolution whose names are still being matched: ``None`` when it stands as
it is (the review rows added), else what matching decided, when something merged: the
batch is then to be resolved again with it (``resolve_started(..., matching=...)``)."""


def resolve_started(batch: Batch, lookup: Lookup | None = None,
                    problems: list[dict[str, Any]] | None = None,
                    matching: _Matching | None = None) -> tuple[Resolved, Finish | None]:
    """Resolve a batch as :func:`resolve` does, leaving its name matching running.

    From :data:`PARALLEL_MATCHING` new organisations on (on Linux) the names are matched in
    a second process while this one resolves the relationships as if no name merges. The
    caller may go on with the resolution (a store writes it, in a savepoint) and must then
    call ``finish``: it returns ``None`` when nothing merged (the resolution stands, the
    review rows added), else what matching decided; the caller then undoes what it did with
    the resolution and its problems, and resolves again with ``matching=`` that decision.
    Without a second process, or with ``matching`` given, the resolution is complete and
    ``finish`` is ``None``.

    Examples
    --------
    >>> from stakeholder_graph.graph.model import build_node
    >>> b = Batch()
    >>> b.add_node(build_node("slug:klm", "Company", {"name": "KLM"}))
    >>> resolved, finish = resolve_started(b)
    >>> list(resolved.nodes), finish
    (['slug:klm'], None)
    """
    lookup = lookup or EmptyLookup()
    review: list[dict[str, Any]] = []
    nodes = _merge_nodes(batch, problems, review)
    _check_aliases(batch, nodes, problems)
    # Ids the store already holds must keep their kind.
    stored = lookup.kinds_of(nodes)
    for node in list(nodes.values()):
        if node.id in stored and stored[node.id] != node.kind:
            if _organisation_kind(node.kind) and _organisation_kind(stored[node.id]):
                _keep_stored_kind(node, stored[node.id], _first_where(batch, node.id), review)
                continue
            _fail(problems, InputError(f"conflicting data for '{node.id}': a {node.kind} here "
                                       f"but a {stored[node.id]} in the store",
                                       **(_first_where(batch, node.id))))
            del nodes[node.id]
    resolved = Resolved(nodes, {}, list(batch.files), dict(batch.checksums))
    resolved.review.extend(review)
    inputs = _matching_inputs(batch, nodes, stored, lookup)
    job = Forked.start(_decide, inputs) if matching is None and inputs is not None and \
        len(inputs.new) >= PARALLEL_MATCHING else None
    if job is None:
        if inputs is not None:
            matching = matching or _decide(inputs)
        variants = _apply_matching(matching, nodes, resolved) if inputs else {}
        _resolve_edges(batch, nodes, variants, resolved, lookup, problems)
        resolved.review.extend(_places_in_conflict(resolved))
        return resolved, None
    failed: InputError | None = None
    try:  # as if nothing merges: then this is the resolution
        _resolve_edges(batch, nodes, {}, resolved, lookup, problems)
    except InputError as exc:  # only its own if nothing merges
        failed = exc
    except BaseException:
        job.result()
        raise

    def finish() -> _Matching | None:
        decided = job.result()
        if decided is None:  # the second process could not do it: matched here
            decided = _decide(inputs)
        if decided.merged:  # the ends change: to be resolved again, in turn
            return decided
        _apply_matching(decided, nodes, resolved)
        resolved.review.extend(_places_in_conflict(resolved))
        if failed is not None:
            raise failed
        return None

    return resolved, finish


PARALLEL_MATCHING = 5_000
"""From this many new organisations on, a load matches their names in a second process
(on Linux) while this one resolves the relationships: the two take about as long, and the
machine has a second core."""


def _resolve_edges(batch: Batch, nodes: dict[str, ResolvedNode],
                   variants: dict[str, ResolvedNode], resolved: Resolved, lookup: Lookup,
                   problems: list[dict[str, Any]] | None) -> None:
    """Resolve the batch's relationships once its organisations are merged: the weak nodes
    (themes), the ends (ids or names), merged variants redirected to their organisation."""
    weak = [w for w in batch.weak_nodes if w.id not in nodes]
    weak_stored = lookup.kinds_of({w.id for w in weak})
    for rec in weak:
        if rec.id not in nodes and rec.id not in weak_stored:
            nodes[rec.id] = ResolvedNode(rec.id, rec.kind, dict(rec.props))
            _add_claim(nodes[rec.id].claims, rec)
    redirect = {m["id"]: m["target"] for m in resolved.merged}
    names = _Names({**nodes, **variants}, lookup, redirect)
    known_kinds: dict[str, str] = {**weak_stored, **{n.id: n.kind for n in nodes.values()},
                                   **{v.id: v.kind for v in variants.values()}}
    _fetch_endpoint_kinds(batch.edges, known_kinds, lookup)

    edges = resolved.edges
    extra: list[EdgeRecord] = []
    allowed_ends: set[tuple[str, str, str]] = set()  # (type, kind, kind) checked once
    for rec in _edges_then(batch.edges, extra):
        try:
            _resolve_edge(rec, known_kinds, names, nodes, extra, redirect, allowed_ends, edges)
        except InputError as exc:
            _fail(problems, exc)


def _places_in_conflict(resolved: Resolved) -> list[dict[str, Any]]:
    """Review rows for one organisation (a register key, or one name) located in two
    municipalities by this load: branches, or two organisations of one name?"""
    from .loaders.cbs import geography

    places: dict[str, list[ResolvedEdge]] = {}
    for edge in resolved.edges.values():
        if edge.type == "LOCATED_IN" and edge.source in resolved.nodes:
            places.setdefault(edge.source, []).append(edge)
    rows = []
    munis = geography().municipalities
    for node_id, edges in places.items():
        if len(edges) < 2:
            continue
        node = resolved.nodes[node_id]
        where = ", ".join(f"{munis[e.target[4:]].name if e.target[4:] in munis else e.target} "
                          f"({_describe(e.sources[0] if e.sources else None)})" for e in edges)
        rows.append(_conflict_row(
            node_id, node.kind, node.props.get("name", ""),
            f"one {'name' if node_id.startswith('slug:') else 'register key'} in "
            f"{len(edges)} municipalities: {where}; "
            f"{'both are' if len(edges) == 2 else 'each is'} kept (branches?) — correct the "
            "source if one is wrong",
            _describe(edges[-1].sources[0] if edges[-1].sources else None)))
    return rows


def _resolve_edge(rec: EdgeRecord, known_kinds: dict[str, str], names: _Names,
                  nodes: dict[str, ResolvedNode], extra: list[EdgeRecord],
                  redirect: dict[str, str], allowed_ends: set[tuple[str, str, str]],
                  edges: dict[tuple[str, str, str, str], ResolvedEdge]) -> None:
    via = None
    # Most ends are ids of this load or the store, as written.
    source = rec.source
    if source not in known_kinds:
        source = _endpoint(source, rec, rec.source_column, known_kinds, names, nodes, extra,
                           is_target=False)
    target = rec.target
    if target not in known_kinds:
        target = _endpoint(target, rec, rec.target_column, known_kinds, names, nodes, extra,
                           is_target=True)
    if redirect:
        if source in redirect:
            via = {"id": source}
            source = redirect[source]
        if target in redirect:
            via = {"id": target}
            target = redirect[target]
    if source == target:
        raise InputError(f"a {rec.type} relationship from '{source}' to itself",
                         column=rec.target_column, **_where(rec))
    kinds = (rec.type, known_kinds[source], known_kinds[target])
    if kinds not in allowed_ends:
        try:
            check_endpoints(rec, kinds[1], kinds[2])
        except InputError as exc:
            raise exc.located(column=rec.target_column, **_where(rec)) from None
        allowed_ends.add(kinds)
    key = edge_key(rec.type, source, target, rec.props)
    have = edges.get(key)
    if have is None:  # most ties: the first claim of a new one
        edges[key] = ResolvedEdge(key[0], key[1], key[2], key[3], rec.props, [_claim(rec, via)])
        return
    have.props = _merge_props(have.props, rec.props, have.claims[0],
                              f"{rec.type} '{key[1]}' → '{key[2]}'", rec)
    _add_claim(have.claims, rec, via)


@dataclass
class _MatchingInputs:
    """What matching needs, read from the batch and the store before it starts."""

    batch: Batch
    nodes: dict[str, ResolvedNode]
    new: list[ResolvedNode]
    stored: dict[str, str]
    known: list[tuple[str, str, str, list[str]]]  # the store's (id, kind, name, aliases)
    accepted: dict[str, str]
    rejected: set[tuple[str, str]]
    muni: dict[str, str]
    sites: dict[str, str]  # the store's id → website
    places: dict[str, frozenset[str]]  # id → every municipality its rows give


@dataclass
class _Matching:
    """What matching decided: the merges in order (as ``Resolved.merged``), each with the
    kind its organisation gets, and the rows for the review file."""

    merged: list[dict[str, str]] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    review: list[dict[str, Any]] = field(default_factory=list)


def _matching_inputs(batch: Batch, nodes: dict[str, ResolvedNode], stored: dict[str, str],
                     lookup: Lookup) -> _MatchingInputs | None:
    """Read what matching needs (``None`` when no new organisation is to be matched)."""
    from .matching import MATCH_KINDS

    new = [n for n in nodes.values() if n.kind in MATCH_KINDS and n.id not in stored]
    if not new:
        return None
    decisions = lookup.decisions()
    accepted = {d["variant"]: d["target"] for d in decisions
                if d["decision"] in ("accept", "sure")}
    rejected = {(d["variant"], d["target"]) for d in decisions if d["decision"] == "reject"}
    rejected |= {(b, a) for a, b in rejected}
    located = dict(lookup.located_in())
    places: dict[str, set[str]] = {}
    for rec in batch.edges:
        if rec.type == "LOCATED_IN" and rec.target.startswith("cbs:"):
            located.setdefault(rec.source, rec.target)
            places.setdefault(rec.source, set()).add(rec.target[4:])
    muni = {k: v[4:] for k, v in located.items() if v.startswith("cbs:")}
    return _MatchingInputs(batch, nodes, new, stored, list(lookup.name_index()), accepted,
                           rejected, muni, lookup.websites(),
                           {k: frozenset(v) for k, v in places.items()})


def _decide(inputs: _MatchingInputs) -> _Matching:
    """Match the new organisations' names, in turn, against the store's and each other's.

    Changes nothing: :func:`_apply_matching` carries out what it decides.
    """
    from .matching import former_names_in_use

    with former_names_in_use(inputs.batch.former):  # the user's, as reading had them
        return _decide_in(inputs)


def _decide_in(inputs: _MatchingInputs) -> _Matching:
    """:func:`_decide`'s work, with the user's former names in use."""
    from .matching import MATCH_KINDS, Candidate, Matcher, match_key, names_a_part

    nodes, muni, accepted = inputs.nodes, inputs.muni, inputs.accepted
    matcher = Matcher(inputs.rejected, aliases=inputs.batch.aliases)
    kinds = dict(inputs.stored)
    for node_id, kind, name, aliases in inputs.known:
        kinds[node_id] = kind
        if kind in MATCH_KINDS:
            matcher.add(Candidate(node_id, kind, name, muni.get(node_id), [name, *aliases],
                                  inputs.sites.get(node_id)))
    names = {n.id: n.props.get("name", "") for n in nodes.values()}
    names.update({c.id: c.name for c in matcher.by_id.values()})
    # What the merges decided so far did to the load's organisations (a merged variant is
    # gone, None; a merge into one the load lacks makes it, with its kind), as carrying
    # them out in turn would.
    changed: dict[str, str | None] = {}

    def kind_in_load(node_id: str) -> str | None:
        if node_id in changed:
            return changed[node_id]
        node = nodes.get(node_id)
        return node.kind if node is not None else None

    out = _Matching()
    proposed: set[frozenset[str]] = set()  # the pairs in the review
    stored = {node_id for node_id, *_ in inputs.known}
    # Registered records first: a slug variant merges into a register key, not the reverse;
    # and a part's name ("AH distributiecentrum Zaandam") after the others, so that it does
    # not become its organisation's name.
    for node in sorted(inputs.new, key=lambda n: (n.id.startswith("slug:"),
                                                  names_a_part(n.props.get("name", "")))):
        name = node.props.get("name", "")
        parent = node.props.get("parent")
        cand = Candidate(node.id, node.kind, name, muni.get(node.id),
                         [name, *node.props.get("aliases", [])], node.props.get("website"),
                         match_key(str(parent)) if parent else None,
                         inputs.places.get(node.id, frozenset()))
        target = _accepted(node.id, accepted, kinds, kind_in_load, node.kind)
        reason = "decided earlier"
        if target is None:
            matches = matcher.match(cand)
            sure = matches[0] if matches and matches[0].sure else None
            if sure and not cand.registered:
                target, reason = sure.target, sure.reason
            else:
                for m in matches:
                    proposed.add(frozenset((node.id, m.target)))
                    out.review.append(review_row(node, cand, matcher.by_id[m.target], m))
                matcher.add(cand)
                continue
        if target in matcher.by_id:
            _likely_too(node, cand, target, matcher, proposed, out, stored)
        changed[node.id] = None
        kind = kinds.get(target, node.kind)
        if kind_in_load(target) is None:
            changed[target] = kind
        out.merged.append({"id": node.id, "name": name, "target": target,
                           "target_name": names.get(target, ""), "reason": reason})
        out.kinds.append(kind)
    _parent_pairs(inputs, matcher, out)
    return out


def _likely_too(node: ResolvedNode, cand: Any, target: str, matcher: Any,
                proposed: set[frozenset[str]], out: _Matching, stored: set[str]) -> None:
    """A row merged into ``target``: its names are the organisation's now. The other
    organisations they are likely one with go to the review, as pairs with ``target``
    ("Tata Steel", merged into "tatasteel", and "Tata Steel Nederland", met before), and a
    later row meets them (see ``Matcher.grow``). Not two organisations both ``stored``
    before this load: a pair of those is the store's review's (``merges.review_store``),
    not proposed again by each load of the same file."""
    into = matcher.by_id[target]
    proxy = replace(cand, id=target, kind=into.kind)
    row = SimpleNamespace(id=target, kind=into.kind, sources=node.sources)
    for match in matcher.match(proxy, likely_only=True):
        pair = frozenset((target, match.target))
        if pair not in proposed and not pair <= stored:
            proposed.add(pair)
            out.review.append(review_row(row, proxy, matcher.by_id[match.target], match))
    matcher.grow(target, cand)


def _parent_pairs(inputs: _MatchingInputs, matcher: Any, out: _Matching) -> None:
    """Add to the review each organisation and the one its row names as its parent
    ("Parent Account") or as its part after a dash ("ROC van Amsterdam - MBO College
    Airport"), as they are once this load's merges are made."""
    if not inputs.batch.parents and not inputs.batch.parts:
        return
    into = {m["id"]: m["target"] for m in out.merged}

    def final(node_id: str) -> str:
        hops = 0
        while node_id in into and hops < 20:
            node_id, hops = into[node_id], hops + 1
        return node_id

    pairs = {frozenset((r["id"], r["candidate_id"])) for r in out.review}
    hints = [(i, names, "its source names the other as its parent")
             for i, names in inputs.batch.parents.items()]
    hints += [(i, names, "a row names the other as its part")
              for i, names in inputs.batch.parts.items()]
    for node_id, names, reason in hints:
        node, child = inputs.nodes.get(node_id), matcher.by_id.get(final(node_id))
        if node is None or child is None:  # a row left out, or not an organisation
            continue
        row = SimpleNamespace(id=child.id, kind=child.kind, sources=node.sources)
        for match in matcher.parent_matches(child, names, final, reason):
            if frozenset((child.id, match.target)) not in pairs:
                pairs.add(frozenset((child.id, match.target)))
                out.review.append(review_row(row, child, matcher.by_id[match.target], match))


def _apply_matching(matching: _Matching, nodes: dict[str, ResolvedNode],
                    resolved: Resolved) -> dict[str, ResolvedNode]:
    """Merge each variant into its organisation, as matching decided; return the variants."""
    variants: dict[str, ResolvedNode] = {}
    for merge, kind in zip(matching.merged, matching.kinds, strict=True):
        node = variants[merge["id"]] = nodes.pop(merge["id"])
        _merge_variant(node, merge["target"], merge["target_name"], nodes, kind)
    resolved.review.extend(matching.review)
    resolved.merged.extend(matching.merged)
    return variants


def _accepted(node_id: str, accepted: dict[str, str], kinds: dict[str, str],
              kind_in_load: Callable[[str], str | None], kind: str) -> str | None:
    target, hops = accepted.get(node_id), 0
    while target in accepted and hops < 20:  # the target was merged further later
        target, hops = accepted[target], hops + 1
    # A decision holds for organisations of two kinds too: the user accepted them as one.
    target_kind = kinds.get(target) or kind_in_load(target) if target is not None else None
    if target_kind is None or (target_kind != kind and not (
            _organisation_kind(target_kind) and _organisation_kind(kind))):
        return None
    return target


def _merge_variant(variant: ResolvedNode, target: str, target_name: str,
                   nodes: dict[str, ResolvedNode], kind: str) -> None:
    name = variant.props.get("name", "")
    claims = variant_claims(variant.claims, variant.id, name, target_name,
                            kind if kind != variant.kind else None)
    have = nodes.get(target)
    if have is None:
        nodes[target] = have = ResolvedNode(target, kind, {})
    for claim in claims:
        for prop, value in claim["props"].items():
            if prop not in have.props:
                have.props[prop] = value
            elif prop == "aliases":
                have.props[prop] = have.props[prop] + [a for a in value
                                                       if a not in have.props[prop]]
        if claim not in have.claims:
            have.claims.append(claim)


def review_row(node: Any, cand: Any, other: Any, match: Any) -> dict[str, Any]:
    """Return a review-file row for a likely match of ``cand`` (a new record) and ``other``."""
    from .loaders.cbs import geography

    def place(code: str | None) -> str:
        return geography().municipalities[code].name if code in geography().municipalities \
            else ""

    where = node.sources[0] if node.sources else {}
    found = where.get("file", "")
    if where.get("row") is not None:
        found += f" row {where['row']}"
    return {"decision": "", "score": match.score, "kind": node.kind, "id": node.id,
            "name": cand.name, "municipality": place(cand.municipality),
            "candidate_id": other.id, "candidate_name": other.name,
            "candidate_municipality": place(other.municipality), "reason": match.reason,
            "found_in": found}


def _edges_then(edges: list[EdgeRecord], extra: list[EdgeRecord]):  # noqa: ANN202
    """Yield the batch's edges, then edges added while resolving them (IN_REGION of places)."""
    yield from edges
    i = 0
    while i < len(extra):
        yield extra[i]
        i += 1


def _check_aliases(batch: Batch, nodes: dict[str, ResolvedNode],
                   problems: list[dict[str, Any]] | None = None) -> None:
    """An alias must not be another node's name, or references by name go in circles."""
    names = {normalise_name(n.props.get("name", "")): n.id for n in nodes.values()}
    for rec in batch.nodes:
        for alias in rec.props.get("aliases", []):
            other = names.get(normalise_name(alias))
            if other is not None and other != rec.id and (
                    other.startswith("slug:") or rec.id.startswith("slug:")):
                # A name variant of the same organisation: matching merges them; of another
                # kind (a CRM typed one organisation twice), both are kept, and a reference
                # by that name is ambiguous.
                continue
            if other is not None and other != rec.id:
                _fail(problems, InputError(f"alias {alias!r} of '{rec.id}' is the name of "
                                           f"'{other}': one name cannot point at two "
                                           "organisations", column="aliases", value=alias,
                                           **_where(rec)))


def _first_where(batch: Batch, node_id: str) -> dict[str, Any]:
    rec = next((n for n in batch.nodes if n.id == node_id), None)
    return _where(rec) if rec else {}


def _fetch_endpoint_kinds(edges: list[EdgeRecord], known: dict[str, str], lookup: Lookup) -> None:
    # Most ends are known ids: set operations in C leave the few others to the pattern.
    ends = {e.source for e in edges}
    ends.update([e.target for e in edges])
    wanted = {end for end in ends.difference(known) if _ID.match(end)}
    if wanted:
        known.update(lookup.kinds_of(wanted))


def _endpoint(text: str, rec: EdgeRecord, column: str | None, known: dict[str, str],
              names: _Names, nodes: dict[str, ResolvedNode], extra: list[EdgeRecord], *,
              is_target: bool) -> str:
    text = text.strip()
    if text in known:  # the id of a node of this load or the store (most references)
        return text
    where = {"column": column, **_where(rec)}
    if _ID.match(text):
        try:
            validate_id(text)
        except InputError as exc:
            raise exc.located(**where) from None
        if text not in known:
            raise InputError(f"relationship to unknown id '{text}': no node with that id in "
                             f"this load or the store{names.suggestions(text)}", **where)
        return text
    found = names.find(text)
    if len(found) == 1:
        node_id = next(iter(found))
        known.setdefault(node_id, names.kinds[node_id])
        return node_id
    if len(found) > 1:
        raise InputError(f"ambiguous name {text!r}: it names {', '.join(sorted(found))}; "
                         "write the id instead", **where)
    spec = REL_TYPES[rec.type]
    if is_target and "Municipality" in spec.targets:
        node_id = _municipality(text, nodes, known, extra)
        if node_id:
            return node_id
    raise InputError(f"relationship to unknown organisation {text!r}: no node with that name "
                     f"in this load or the store{names.suggestions(text)}", **where)


def _municipality(text: str, nodes: dict[str, ResolvedNode], known: dict[str, str],
                  extra: list[EdgeRecord]) -> str | None:
    from .loaders.cbs import geography, municipality_batch

    try:
        muni = geography().resolve(text)
    except InputError:
        return None
    node_id = f"cbs:{muni.code}"
    if node_id not in known:
        refs = municipality_batch([muni.code])
        for rec in refs.nodes:
            if rec.id not in known:
                nodes[rec.id] = ResolvedNode(rec.id, rec.kind, dict(rec.props))
                _add_claim(nodes[rec.id].claims, rec)
                known[rec.id] = rec.kind
        extra.extend(refs.edges)
    return node_id
