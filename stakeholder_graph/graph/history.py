"""Facts with a history: claims, end-dating, and the network as it was on a date.

Every node and relationship is stored with its **claims**: one per source row that stated
it, holding that row's properties, where it came from (file, sheet, row) and when it was
loaded (``from``). A record's properties are its live claims merged (later loads win;
claims merged in from a name variant yield to the organisation's own). When a file is loaded
again, a claim from that file that the file no longer makes is **end-dated** (``to``), not
deleted; a record without live claims is ended, and so are the relationships of an ended
node. Only files read from disk (they have a checksum) end-date anything; reference data
(CBS, DUO) and introductions recorded on the command line never do.

The network at a moment (``--as-of``) is made of the claims live then; ``diff`` compares
two moments. Both stores keep claims the same way and share this module's logic, through a
small :class:`Writer` each store implements inside its load transaction.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

from ..errors import InputError
from .model import MERGED_PROPS, merge_props

__all__ = [
    "Record",
    "Writer",
    "now",
    "parse_moment",
    "check_not_future",
    "latest_allowed",
    "merge_claims",
    "plan_load",
    "diff_stores",
    "location",
    "count_state",
    "who",
    "pack_counts",
    "unpack_counts",
    "previous_files",
    "cross_kind_duplicates",
    "record_decisions",
    "next_moment",
    "decision_events",
    "EVENTS",
]

EVENTS = ("load", "merge", "accept", "reject", "undo")
"""What a history entry records: a load, or a decision on duplicates — a merge a load made
itself (``merge``), the user's ``accept`` or ``reject`` of a review row, an ``undo``."""


def who(by: str | None = None) -> str:
    """Return who makes a change: ``by``, else ``$STAKEHOLDER_GRAPH_USER``, else the login.

    Examples
    --------
    >>> who("werkambassadeur")
    'werkambassadeur'
    """
    import getpass
    import os

    if by:
        return by
    try:
        return os.environ.get("STAKEHOLDER_GRAPH_USER") or getpass.getuser()
    except (KeyError, OSError):  # no login name (a container without a user entry)
        return "unknown"


_DETAILS = "_details"


def pack_counts(entry: dict[str, Any]) -> dict[str, Any]:
    """Return a history entry's counts with its event, author and sources packed in (the
    stores keep them in the counts column, so no schema changes).

    Examples
    --------
    >>> pack_counts({"counts": {"nodes_added": 1}, "event": "load", "by": "me"})
    {'nodes_added': 1, '_details': {'event': 'load', 'by': 'me'}}
    """
    details = {k: entry[k] for k in ("event", "by", "sources", "decision") if entry.get(k)}
    counts = {k: v for k, v in (entry.get("counts") or {}).items() if k != _DETAILS}
    return {**counts, _DETAILS: details} if details else counts


def unpack_counts(entry: dict[str, Any]) -> dict[str, Any]:
    """Undo :func:`pack_counts` on an entry read back: ``event`` (``load`` for entries of
    older stores), ``by``, ``sources`` and, for a decision, ``decision``.

    Examples
    --------
    >>> unpack_counts({"counts": {"_details": {"event": "accept", "by": "me"}}})["event"]
    'accept'
    """
    counts = dict(entry.get("counts") or {})
    details = counts.pop(_DETAILS, {})
    return {**entry, "counts": counts, "event": details.get("event", "load"),
            "by": details.get("by", ""), "sources": details.get("sources", {}),
            **({"decision": details["decision"]} if "decision" in details else {})}


def next_moment(writer: Any) -> str:
    """Return now, or just after the latest history entry if that is later (history only
    moves forward).

    Examples
    --------
    A latest entry stamped in the future (before such stamps were refused) is passed over:
    later entries are dated now.

    >>> class W:
    ...     stamp = now()
    ...     def last_load_at(self): return self.stamp
    >>> next_moment(W()) > W.stamp
    True
    """
    last = writer.last_load_at()
    if last and last > latest_allowed():
        last = max((entry["at"] for entry in writer.loads() if entry["at"] <= latest_allowed()),
                   default=None)
    moment = now()
    if not last or moment > last:
        return moment
    later = datetime.fromisoformat(last.replace("Z", "+00:00")) + timedelta(microseconds=1)
    return _format(later)


def record_decisions(writer: Any, decisions: list[dict[str, str]], event: str, summary: str,
                     by: str | None = None) -> None:
    """Store match decisions and add them to the history as one event.

    ``event`` is one of :data:`EVENTS` other than ``load``; each decision has ``variant``,
    ``target``, ``decision`` and ``at``.
    """
    if not decisions:
        return
    for decision in decisions:
        writer.put_decision(decision)
    writer.add_load({"at": decisions[0]["at"], "files": [], "checksums": {},
                     "summary": summary, "counts": {}, "event": event, "by": who(by),
                     "decision": [{k: d[k] for k in ("variant", "target", "decision")}
                                  for d in decisions]})


def decision_events(loads: list[dict[str, Any]], since: str, until: str) -> list[dict[str, Any]]:
    """Return the decisions on duplicates made after ``since`` up to ``until``: ``at``,
    ``event``, ``by``, ``variant``, ``target``, ``summary``.

    Examples
    --------
    >>> decision_events([{"at": "2026-02", "event": "accept", "by": "me", "summary": "x",
    ...                   "decision": [{"variant": "slug:a", "target": "slug:b"}]}],
    ...                 "2026-01", "2026-03")[0]["variant"]
    'slug:a'
    """
    out = []
    for entry in loads:
        if entry.get("event", "load") == "load" or not since < entry["at"] <= until:
            continue
        decisions = entry.get("decision") or []
        for decision in decisions if isinstance(decisions, list) else [decisions]:
            out.append({"at": entry["at"], "event": entry["event"],
                        "by": entry.get("by", ""), "variant": decision.get("variant", ""),
                        "target": decision.get("target", ""), "summary": entry["summary"]})
    return out


def previous_files(writer: Any, sources: dict[str, str], checksums: dict[str, str]) -> list[str]:
    """Return the files earlier loads read for the same named sources as this load's files.

    A mapping or dataset that names its source (``source_name: crm``) makes next month's
    export under a new file name replace the facts of the last one.

    Examples
    --------
    >>> class W:
    ...     def loads(self):
    ...         return [{"files": ["crm-jan.csv"], "sources": {"crm-jan.csv": "crm"}}]
    >>> previous_files(W(), {"crm-feb.csv": "crm"}, {"crm-feb.csv": "abc"})
    ['crm-jan.csv']
    """
    wanted = {name for label, name in sources.items() if label in checksums}
    if not wanted:
        return []
    older: list[str] = []
    for entry in writer.loads():
        for label, name in (entry.get("sources") or {}).items():
            if name in wanted and label not in checksums and label not in older:
                older.append(label)
    return older


def cross_kind_duplicates(resolved: Any, writer: Any) -> list[str]:
    """Warn about organisations that are likely a node of another kind: a PublicBody or
    Company "Gemeente Hoorn" beside the Municipality Hoorn.

    Examples
    --------
    >>> from stakeholder_graph.resolve import Resolved, ResolvedNode
    >>> r = Resolved({"slug:gemeente-hoorn": ResolvedNode("slug:gemeente-hoorn", "PublicBody",
    ...               {"name": "Gemeente Hoorn"})})
    >>> cross_kind_duplicates(r, None)[0][:60]
    "'Gemeente Hoorn' (slug:gemeente-hoorn) is a PublicBody, but "
    """
    from ..loaders.cbs import geography, normalise_place

    geo = geography()
    out = []
    for node in resolved.nodes.values():
        if node.kind in ("Municipality", "Region", "Theme", "Person") or node.id.startswith("cbs:"):
            continue
        name = str(node.props.get("name", ""))
        found = _GEMEENTE.fullmatch(name)
        if not found:
            continue
        try:
            muni = geo.resolve(found.group(1))
        except InputError:
            continue
        place = found.group(1).strip()
        # "Gemeente Bennebroek", a place of Bloemendaal: perhaps a municipality merged
        # before the CBS table of mergers begins (2009), which a line of former names joins.
        merged = "" if normalise_place(place) == normalise_place(muni.name) else (
            f", or, if {place} was a municipality merged into {muni.name}, add the line "
            f"'Gemeente {muni.name},{name.strip()},<date of the merger>,<source>' to your "
            "former names (former_names:)")
        out.append(f"{name!r} ({node.id}) is a {node.kind}, but the municipality "
                   f"{muni.name} is cbs:{muni.code}: likely one organisation twice; load it "
                   f"with kind Gemeente (Municipality) to make it one{merged}")
    return out


_GEMEENTE = re.compile(r"\s*gemeente\s+(.+)", re.IGNORECASE)


def now() -> str:
    """Return the current UTC time as the store writes it (microseconds, ``Z``).

    Examples
    --------
    >>> len(now()), now().endswith("Z")
    (27, True)
    """
    return _format(datetime.now(UTC))


def _format(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse_moment(text: str) -> str:
    """Parse ``--as-of`` / ``--at`` text: a date (the end of that day) or a date and time.

    Times without a zone are UTC. Returns the store's time format.

    Raises
    ------
    InputError
        When the text is not an ISO date or date-time.

    Examples
    --------
    >>> parse_moment("2026-11-01")
    '2026-11-01T23:59:59.999999Z'
    >>> parse_moment("2026-11-01T10:00+01:00")
    '2026-11-01T09:00:00.000000Z'
    """
    value = str(text).strip()
    try:
        if len(value) == 10:
            day = datetime.strptime(value, "%Y-%m-%d").replace(tzinfo=UTC)
            return _format(day.replace(hour=23, minute=59, second=59, microsecond=999999))
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        return _format(moment)
    except (ValueError, OverflowError):
        raise InputError(f"not a date: {text[:40]!r}; write 2026-11-01 or 2026-11-01T14:30") \
            from None


FUTURE_SLACK = timedelta(days=1)
"""How far ahead of this machine's clock a load may be stamped (clocks and zones differ)."""


def latest_allowed() -> str:
    """Return the latest moment a load may be stamped: now plus a day.

    Examples
    --------
    >>> latest_allowed() > now()
    True
    """
    return _format(datetime.now(UTC) + FUTURE_SLACK)


def check_not_future(at: str, what: str = "--at") -> str:
    """Refuse a load stamped more than a day ahead of now; return ``at``.

    A load from the future would stamp every later load with its date (history only
    moves forward) and hide them from ``--as-of`` today.

    Examples
    --------
    >>> check_not_future(parse_moment("9998-12-31"))
    Traceback (most recent call last):
    ...
    stakeholder_graph.errors.InputError: --at 9998-12-31T23:59:59.999999Z lies in the future: a load records data valid up to now, not later
    """
    if at > latest_allowed():
        raise InputError(f"{what} {at} lies in the future: a load records data valid up to "
                         "now, not later")
    return at


def location(claim: dict[str, Any]) -> dict[str, Any]:
    """Return where a claim came from: ``file``, ``sheet`` and ``row`` when known.

    Examples
    --------
    >>> location({"file": "a.csv", "row": 2, "props": {}, "from": "2026-01-01T00:00:00Z"})
    {'file': 'a.csv', 'row': 2}
    """
    return {k: claim[k] for k in ("file", "sheet", "row") if k in claim}


def _live(claim: dict[str, Any], at: str | None) -> bool:
    if at is None:
        return claim.get("to") is None
    return claim["from"] <= at and (claim.get("to") is None or at < claim["to"])


def _ident(claim: dict[str, Any]) -> tuple[Any, ...]:
    via = claim.get("via") or {}
    return (claim.get("file"), claim.get("sheet"), claim.get("row"), via.get("id"),
            json.dumps(claim.get("props", {}), sort_keys=True, default=str))


def _name_as_written(props: dict[str, Any], merged: list[dict[str, Any]]) -> None:
    """Name an organisation as a merged variant writes it when its own name is a CRM's
    shouting ("ENZA ZADEN", merged with "Enza Zaden B.V."): the first variant in capitals
    and small letters both is the name, the shouted one an alias; and when its own name is
    an acronym of a merged variant's ("ZMC", merged with "Zaans Medisch Centrum"): the
    name written out is the name, the acronym an alias.

    Examples
    --------
    >>> props = {"name": "ENZA ZADEN", "aliases": ["Enza Zaden B.V.", "Enzazaden"]}
    >>> _name_as_written(props, [{"via": {"name": "Enza Zaden B.V.", "alias": True}}])
    >>> props
    {'name': 'Enza Zaden B.V.', 'aliases': ['ENZA ZADEN', 'Enzazaden']}
    >>> props = {"name": "RKZ Beverwijk"}
    >>> _name_as_written(props, [{"via": {"name": "Rode Kruis Ziekenhuis", "alias": True}}])
    >>> props
    {'name': 'Rode Kruis Ziekenhuis', 'aliases': ['RKZ Beverwijk']}
    """
    from ..matching import abbreviates
    from ..resolve import shouty

    name = props.get("name")
    if not isinstance(name, str):
        return
    if not shouty(name):
        for claim in merged:
            long = claim["via"].get("name")
            if isinstance(long, str) and abbreviates(name, long):
                props["name"] = long
                props["aliases"] = [name, *(a for a in props.get("aliases", [])
                                            if a not in (name, long))]
                return
        return
    for claim in merged:
        better = claim["via"].get("name")
        if isinstance(better, str) and any(c.isupper() for c in better) \
                and any(c.islower() for c in better):
            props["name"] = better
            props["aliases"] = [name, *(a for a in props.get("aliases", [])
                                        if a not in (name, better))]
            return


def _parent_merged_in(props: dict[str, Any]) -> None:
    """Drop a parent that names the organisation itself, once a part and the organisation
    it is part of are one ("ROC Amsterdam - Airport", part of "ROC van Amsterdam", merged
    with it): the organisation is named as its parent was, the part's name an alias.

    Examples
    --------
    >>> props = {"name": "ROC Amsterdam - Airport", "parent": "ROC van Amsterdam",
    ...          "aliases": ["ROC van Amsterdam"]}
    >>> _parent_merged_in(props)
    >>> props
    {'name': 'ROC van Amsterdam', 'aliases': ['ROC Amsterdam - Airport']}
    >>> props = {"name": "UWV", "parent": "UWV"}
    >>> _parent_merged_in(props)
    >>> props
    {'name': 'UWV'}
    """
    from ..matching import match_key

    parent, name = props.get("parent"), props.get("name")
    if not isinstance(parent, str) or not isinstance(name, str):
        return
    key = match_key(parent)
    if key == match_key(name):
        del props["parent"]
        return
    aliases = props.get("aliases", [])
    same = next((a for a in aliases if isinstance(a, str) and match_key(a) == key), None)
    if same is not None:
        del props["parent"]
        props["name"] = same
        props["aliases"] = [name, *(a for a in aliases if a not in (name, same))]


@dataclass(slots=True)  # slots: a load makes one per record it writes
class Record:
    """A node or relationship as stored: its identity and all its claims.

    Examples
    --------
    >>> r = Record("nodes", ("slug:klm",), "Company",
    ...            [{"file": "a.csv", "row": 2, "props": {"name": "KLM"}, "from": "2026"}])
    >>> r.live, r.state()
    (True, ({'name': 'KLM'}, [{'file': 'a.csv', 'row': 2}]))
    """

    table: str
    key: tuple[str, ...]
    kind: str
    claims: list[dict[str, Any]] = field(default_factory=list)

    @property
    def live(self) -> bool:
        """Whether any claim is live now."""
        return any(c.get("to") is None for c in self.claims)

    def state(self, at: str | None = None) -> tuple[dict[str, Any], list[dict[str, Any]]] | None:
        """Return ``(properties, sources)`` now or at a moment, or ``None`` if absent then."""
        live = [c for c in self.claims if _live(c, at)]
        if not live:
            return None
        if len(live) == 1 and not live[0].get("via"):  # the common case, kept fast
            where = location(live[0])
            return dict(live[0].get("props", {})), [where] if where else []
        props: dict[str, Any] = {}
        # The record's own claims first, later loads winning; then claims merged in from a
        # name variant, which add what is missing but never overrule.
        for claim in sorted((c for c in live if not c.get("via")), key=lambda c: c["from"]):
            props = merge_props(props, claim.get("props", {}))
        merged = sorted((c for c in live if c.get("via")), key=lambda c: c["from"])
        for claim in merged:
            extra = {k: v for k, v in claim.get("props", {}).items()
                     if k in MERGED_PROPS or k not in props}
            props = merge_props(props, extra)
        if merged and self.table == "nodes":
            _name_as_written(props, merged)
            _parent_merged_in(props)
        sources: list[dict[str, Any]] = []
        for claim in live:
            where = location(claim)
            if where and where not in sources:
                sources.append(where)
        return props, sources

    def last_state(self) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        """Return the state now, or for an ended record the state it ended with."""
        state = self.state()
        if state is None and self.claims:
            state = Record(self.table, self.key, self.kind,
                           [{**c, "to": None} for c in self.claims
                            if c.get("to") == self.until]).state()
        return state or ({}, [])

    @property
    def files(self) -> list[str]:
        """Files of the live claims."""
        return sorted({c["file"] for c in self.claims if c.get("to") is None and "file" in c})

    @property
    def since(self) -> str | None:
        """When the record was first loaded."""
        return min((c["from"] for c in self.claims), default=None)

    @property
    def until(self) -> str | None:
        """When the record ended, or ``None`` while it is live."""
        if not self.claims or self.live:
            return None
        return max(c["to"] for c in self.claims)

    def as_dict(self, at: str | None = None) -> dict[str, Any] | None:
        """Return the record as the stores read it back (``None`` when absent)."""
        state = self.state(at)
        if state is None:
            return None
        props, sources = state
        if self.table == "nodes":
            return {"id": self.key[0], "kind": self.kind, **dict(sorted(props.items())),
                    "sources": sources}
        rel_type, start, end, key = self.key
        return {**dict(sorted(props.items())), "type": rel_type, "start": start, "end": end,
                "key": key, "sources": sources}


class Writer(Protocol):
    """What the shared load logic needs from a store, inside its transaction.

    A writer is also a :class:`~stakeholder_graph.resolve.Lookup` (``kinds_of``,
    ``name_index``, ``located_in``, ``decisions``), so resolution reads what the write will
    see.
    """

    def fetch(self, table: str, keys: list[tuple[str, ...]]) -> dict[tuple[str, ...], Record]:
        """Return the stored records (live or ended) with these keys."""

    def fetch_claimed(self, files: list[str]) -> list[Record]:
        """Return live records with a live claim from one of these files."""

    def fetch_touching(self, ids: list[str], include_ended: bool = False) -> list[Record]:
        """Return the (live, or all) relationships that start or end at these node ids."""

    def put(self, records: list[Record], bar: Any = None) -> None:
        """Insert or replace records (live ones in the graph, ended ones kept aside)."""

    def delete(self, records: list[Record]) -> None:
        """Remove records entirely (only when a merge is made or undone)."""

    def last_load_at(self) -> str | None:
        """Return the time of the latest load, if any."""

    def next_load(self) -> int:
        """Return the number the next load will get."""

    def add_load(self, entry: dict[str, Any]) -> None:
        """Record a load in the history."""

    def put_decision(self, decision: dict[str, str]) -> None:
        """Store a match decision (``variant``, ``target``, ``decision``, ``at``)."""


def merge_claims(old: list[dict[str, Any]], new: list[dict[str, Any]], files: Iterable[str],
                 at: str, load: int) -> tuple[list[dict[str, Any]], bool]:
    """Merge a load's claims into a record's stored claims.

    A new claim equal to a live one (same file, sheet, row and properties) keeps it; other
    new claims start at ``at``. Live claims from one of ``files`` that the load does not make
    again end at ``at`` (so a row that moved in its file is a new claim, and the past keeps
    the row it had then).

    Examples
    --------
    >>> old = [{"file": "a.csv", "row": 2, "props": {"x": 1}, "from": "t1", "load": 1}]
    >>> claims, changed = merge_claims(old, [{"file": "a.csv", "row": 3, "props": {"x": 2}}],
    ...                                ["a.csv"], "t2", 2)
    >>> [(c["props"], c["from"], c.get("to")) for c in claims], changed
    ([({'x': 1}, 't1', 't2'), ({'x': 2}, 't2', None)], True)
    """
    if not old:  # a new record: every claim starts now
        return [{**claim, "from": at, "load": load} for claim in new], bool(new)
    files = set(files)
    out = [dict(c) for c in old]
    live = [i for i, c in enumerate(out) if c.get("to") is None]
    matched: set[int] = set()
    changed = False
    for claim in new:
        ident = _ident(claim)
        hit = next((i for i in live if i not in matched and _ident(out[i]) == ident), None)
        if hit is not None:
            matched.add(hit)
            if out[hit]["from"] > at:
                # Stamped in the future (by a load with a wrong --at): it holds now.
                out[hit]["from"] = at
                changed = True
        else:
            out.append({**claim, "from": at, "load": load})
            changed = True
    for i in live:
        if i not in matched and out[i].get("file") in files:
            out[i]["to"] = at
            changed = True
    return out, changed


def plan_load(resolved: Any, writer: Writer, at: str, load: int,
              result: Any, replaced: Iterable[str] = ()) -> list[Record]:
    """Work out the records a load writes, counting them in ``result`` (a LoadResult).

    ``resolved`` is a :class:`~stakeholder_graph.resolve.Resolved`; claims from the files in
    its ``checksums`` (and the earlier files of the same sources, ``replaced``) that the
    load does not make again are end-dated. A record counts as changed only when what it
    says changes (a row that moved in its file, or to the next export, is no change).
    """
    files = sorted(set(resolved.checksums) | set(replaced))
    out: dict[tuple[str, tuple[str, ...]], Record] = {}
    old_nodes = writer.fetch("nodes", [(i,) for i in resolved.nodes])
    # A relationship with an end the store has never held cannot be stored yet: only the
    # others are looked up (on a first big load, none).
    new_ids = {i for i in resolved.nodes if (i,) not in old_nodes}
    old_edges = writer.fetch("edges", [k for k in resolved.edges
                                       if k[1] not in new_ids and k[2] not in new_ids])
    was_live: dict[tuple[str, tuple[str, ...]], bool] = {}
    updated: set[tuple[str, tuple[str, ...]]] = set()

    def apply(rec: Record, claims: list[dict[str, Any]]) -> None:
        ident = (rec.table, rec.key)
        before = was_live.setdefault(ident, bool(rec.claims) and rec.live)
        said = rec.state()
        rec.claims, changed = merge_claims(rec.claims, claims, files, at, load)
        if changed:
            out[ident] = rec
            now_says = rec.state()
            # Only what the record says counts, not where it was said.
            changed = (said is None) != (now_says is None) or (
                said is not None and now_says is not None and said[0] != now_says[0])
            if changed and before and rec.live:
                updated.add(ident)
        count_state(result, rec.table, before, rec.live, changed)

    # Records the store does not hold (most of a big first load) are new: every claim
    # starts now. The load's claims are its own, so they are dated in place (a copy of
    # each would cost a gigabyte on a load of millions).
    # When the store holds none of them (a first load), each is new: no look-up per record.
    added: list[Record] = []
    if not old_nodes:
        added = [Record("nodes", (node.id,), node.kind, _dated(node.claims, at, load))
                 for node in resolved.nodes.values()]
    else:
        for node in resolved.nodes.values():
            rec = old_nodes.get((node.id,))
            if rec is None:
                added.append(Record("nodes", (node.id,), node.kind,
                                    _dated(node.claims, at, load)))
                continue
            rec.kind = node.kind
            apply(rec, node.claims)
    new_nodes = len(added)
    result.nodes_added += new_nodes
    if not old_edges:
        added += [Record("edges", key, edge.type, _dated(edge.claims, at, load))
                  for key, edge in resolved.edges.items()]
    else:
        for key, edge in resolved.edges.items():
            rec = old_edges.get(key)
            if rec is None:
                added.append(Record("edges", key, edge.type, _dated(edge.claims, at, load)))
                continue
            apply(rec, edge.claims)
    result.edges_added += len(added) - new_nodes
    if files:
        for rec in writer.fetch_claimed(files):
            fresh = (rec.key[0] in resolved.nodes if rec.table == "nodes"
                     else rec.key in resolved.edges)
            if not fresh:
                apply(rec, [])
    ended = [rec.key[0] for (table, _), rec in out.items()
             if table == "nodes" and not rec.live and was_live[(table, rec.key)]]
    if ended:
        gone = set(ended)
        for rec in writer.fetch_touching(ended):
            ident = ("edges", rec.key)
            if rec.key in resolved.edges:
                node = rec.key[1] if rec.key[1] in gone else rec.key[2]
                raise InputError(f"this load has a {rec.key[0]} relationship with '{node}', "
                                 f"which it removes from {', '.join(files)}: keep the "
                                 "organisation's row, or remove the relationship too")
            rec = out.get(ident, rec)
            if not rec.live:
                continue
            if ident in updated:  # a stale tie already counted as changed by this load
                result.edges_updated -= 1
            elif ident in out:
                result.edges_unchanged -= 1
            for claim in rec.claims:
                if claim.get("to") is None:
                    claim["to"] = at
            out[ident] = rec
            result.edges_ended += 1
    return added + list(out.values())


def _dated(claims: list[dict[str, Any]], at: str, load: int) -> list[dict[str, Any]]:
    for claim in claims:
        claim["from"], claim["load"] = at, load
    return claims


def count_state(result: Any, table: str, before: bool, after: bool, changed: bool) -> None:
    """Count a record in a LoadResult as added, ended, updated or unchanged."""
    state = ("added" if after and not before else "ended" if not after and (before or changed)
             else "updated" if changed else "unchanged")
    setattr(result, f"{table}_{state}", getattr(result, f"{table}_{state}") + 1)


def diff_stores(before: Any, after: Any) -> dict[str, Any]:
    """Compare two states of a network: organisations and ties added, removed, changed.

    Provenance (``sources``) is not compared: a row that moved in its file is no change.

    Returns
    -------
    dict
        ``nodes`` and ``relationships``, each with ``added``, ``removed`` (lists of
        records) and ``changed`` (``{"id"/"key", "name", "changes": {prop: [old, new]}}``).

    Examples
    --------
    >>> class S:
    ...     def __init__(self, n): self.n = n
    ...     def nodes(self): return iter(self.n)
    ...     def edges(self): return iter([])
    >>> d = diff_stores(S([{"id": "a", "kind": "Company", "name": "A", "sources": []}]),
    ...                 S([{"id": "a", "kind": "Company", "name": "B", "sources": []}]))
    >>> d["nodes"]["changed"][0]["changes"]
    {'name': ['A', 'B']}
    """
    def table(old: dict[Any, dict], new: dict[Any, dict]) -> dict[str, list]:
        changed = []
        for key in sorted(set(old) & set(new), key=str):
            a = {k: v for k, v in old[key].items() if k != "sources"}
            b = {k: v for k, v in new[key].items() if k != "sources"}
            if a != b:
                changes = {k: [a.get(k), b.get(k)] for k in sorted(set(a) | set(b))
                           if a.get(k) != b.get(k)}
                changed.append({"key": key, "name": new[key].get("name"), "changes": changes})
        return {"added": [new[k] for k in sorted(set(new) - set(old), key=str)],
                "removed": [old[k] for k in sorted(set(old) - set(new), key=str)],
                "changed": changed}

    def edge_key(e: dict[str, Any]) -> tuple[str, str, str, str]:
        return e["type"], e["start"], e["end"], e["key"]

    return {
        "nodes": table({n["id"]: n for n in before.nodes()}, {n["id"]: n for n in after.nodes()}),
        "relationships": table({edge_key(e): e for e in before.edges()},
                               {edge_key(e): e for e in after.edges()}),
    }
