"""Every number of the progress report, with the moments it covers, as plain data.

:func:`report_figures` reads a store once and works out, for a period ``since`` → ``until``:

- **network**: organisations and ties per ecosystem at both moments (the store's history,
  as ``stats --as-of`` sees it), the organisations and ties that were added or ended (as
  ``diff`` sees them), and the pairs of ecosystems that gained links across;
- **introductions**: the INTRODUCED relationships dated in the period, by status, by theme
  and action line where both sides work on it, and for each one made whether a tie between
  the two (a partnership, internships, a joint membership) followed, and when;
- **gaps**: the ecosystem-gap matrix (:func:`~stakeholder_graph.analysis.gaps.ecosystem_gaps`)
  at both moments;
- **suggestions**: the top introductions and memberships on the network at ``until``
  (``api.suggest``);
- **sources**: the citations of the facts at ``until``, those marked ``illustratief`` apart,
  and the loads of the period.

The result holds only str, int, float, bool, None, lists and dicts, so it can be written as
JSON. A *tie* is a PARTNERS_WITH, HOSTS_INTERNS_FROM or MEMBER_OF relationship between two
organisations; introductions are counted on their own.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import networkx as nx

from ..analysis.gaps import ecosystem_gaps
from ..analysis.network import ecosystems, organisations
from ..errors import InputError, did_you_mean
from ..graph.history import diff_stores, parse_moment
from ..graph.model import ORGANISATION_KINDS
from ..graph.store import Snapshot, Store

__all__ = ["report_figures", "TIE_TYPES", "START", "resolve_period", "in_period", "STEPS"]

TIE_TYPES: tuple[str, ...] = ("PARTNERS_WITH", "HOSTS_INTERNS_FROM", "MEMBER_OF")
"""Relationship types the report counts as ties between organisations (those a map draws
as new ties: :data:`stakeholder_graph.viz.view.TIE_TYPES`)."""

STEPS: tuple[str, ...] = ("network", "introductions", "suggestions")
"""The steps of :func:`report_figures`, in order, as its ``progress`` callback names them."""

Progress = Callable[[str], None]
"""Told the name of each step as it starts."""

START = "0001-01-01T00:00:00.000000Z"
"""The moment before any load (``since`` of a store's first load)."""

_END_OF_DAY = "T23:59:59.999999Z"


def resolve_period(store: Store, since: str | None = None,
                   until: str | None = None) -> tuple[str, str]:
    """Turn ``--since``/``--until`` (a load number, a date or a date-time) into moments.

    By default the period runs from the load before the latest one (or from before the
    first load, when there is one) to the latest load, as ``diff`` does.

    Raises
    ------
    InputError
        When the store has no loads, a load number does not exist, a date is unreadable or
        the period runs backwards.

    Examples
    --------
    >>> import tempfile, os
    >>> from stakeholder_graph import api
    >>> db = os.path.join(tempfile.mkdtemp(), "demo.db")
    >>> _ = api.demo(db)
    >>> with api.open_store(db) as s:
    ...     resolve_period(s, "2026-01-31", "2026-02-28")
    ('2026-01-31T23:59:59.999999Z', '2026-02-28T23:59:59.999999Z')
    """
    loads = store.loads()
    if not loads:
        raise InputError("the store has no loads yet: nothing to report on", code="no_loads")

    def moment(text: str | None, default: str) -> str:
        if text is None:
            return default
        if str(text).strip().isdigit():
            match = [entry["at"] for entry in loads if entry["id"] == int(text)]
            if not match:
                raise InputError(f"no load {text}: the loads are 1 to {loads[-1]['id']}",
                                 code="no_load", details={"number": str(text).strip(),
                                                          "last": loads[-1]["id"]})
            return match[0]
        return parse_moment(text)

    first = moment(since, loads[-2]["at"] if len(loads) > 1 else START)
    last = moment(until, loads[-1]["at"])
    if first > last:
        raise InputError(f"--since ({since}) lies after --until ({until or 'the latest load'})",
                         code="period_reversed", details={"since": since, "until": until})
    return first, last


def in_period(date: str, since: str, until: str) -> bool:
    """Whether a (possibly partial) date lies in the period ``since`` → ``until``.

    A date of a year or a month is compared at its own precision, so ``2021`` lies in any
    period that touches 2021. A day equal to ``since`` counts only when ``since`` is not the
    end of that day (the network "then" already holds what happened on it).

    Examples
    --------
    >>> in_period("2026-03-01", "2026-01-31T23:59:59.999999Z", "2026-06-30T23:59:59.999999Z")
    True
    >>> in_period("2026-01-31", "2026-01-31T23:59:59.999999Z", "2026-06-30T23:59:59.999999Z")
    False
    >>> in_period("2021", START, "2026-12-01T10:00:00.000000Z")
    True
    """
    day = str(date)[:10]
    n = len(day)
    low, high = since[:n], until[:n]
    if n == 10 and since.endswith(_END_OF_DAY) and day == low:
        return False
    return low <= day <= high


def _precede(a: str, b: str) -> bool:
    """Whether date ``a`` lies on or before ``b``, at the precision they share."""
    n = min(len(a[:10]), len(b[:10]))
    return a[:n] <= b[:n]


@dataclass
class Worked:
    """The figures and what they were worked out on: the network at the period's end."""

    figures: dict[str, Any]
    now: Snapshot
    graph_now: nx.MultiDiGraph


def report_figures(store: Store, since: str | None = None, until: str | None = None, *,
                   ecosystem: str | None = None, lang: str = "nl",
                   include_personal_data: bool = False, top: int = 5,
                   progress: Progress | None = None) -> dict[str, Any]:
    """Compute every figure of the progress report for a period, with the moments it covers.

    Parameters
    ----------
    store : Store
        An open store (with its load history).
    since, until : str, optional
        A load number or a date (the end of that day) or date-time; see
        :func:`resolve_period` for the defaults.
    ecosystem : str, optional
        Only this ecosystem (labour-market region): its organisations, the ties and
        introductions with a side in it, the gaps it is part of, suggestions from it.
    lang : {"nl", "en"}
        Language of the suggestions' explanations.
    include_personal_data : bool
        Add the contact persons of both sides of each introduction, and the introductions'
        notes (free text that may name people). Left out by default.
    top : int
        How many suggested introductions and memberships.
    progress : callable, optional
        Called with the name of each step (:data:`STEPS`) as it starts.

    Returns
    -------
    dict
        ``period``, ``scope``, ``network``, ``introductions``, ``gaps``, ``suggestions``,
        ``sources`` (see the module docstring).

    Examples
    --------
    >>> import tempfile, os
    >>> from stakeholder_graph import api
    >>> db = os.path.join(tempfile.mkdtemp(), "demo.db")
    >>> _ = api.demo(db)
    >>> with api.open_store(db) as s:
    ...     figures = report_figures(s)
    >>> figures["network"]["then"]["organisations"], figures["introductions"]["counts"]["made"]
    (0, 4)
    """
    return work_out(store, since, until, ecosystem=ecosystem, lang=lang,
                    include_personal_data=include_personal_data, top=top,
                    progress=progress).figures


def work_out(store: Store, since: str | None = None, until: str | None = None, *,
             ecosystem: str | None = None, lang: str = "nl",
             include_personal_data: bool = False, top: int = 5,
             progress: Progress | None = None) -> Worked:
    """:func:`report_figures`, with the network at the period's end it worked them out on
    (for the map), the store read once."""
    tell = progress or (lambda step: None)
    if lang not in ("nl", "en"):
        raise InputError(f"language must be nl or en, not {lang!r}")
    first, last = resolve_period(store, since, until)
    tell("network")
    records = list(store.records())
    then = Snapshot(store.location, records, first)
    now = Snapshot(store.location, records, last)
    graph_then = then.to_networkx(provenance=False)
    graph_now = now.to_networkx(provenance=False)
    eco_then, eco_now = ecosystems(graph_then), ecosystems(graph_now)
    known = sorted({e for e in (*eco_then.values(), *eco_now.values()) if e})
    if ecosystem is not None:
        match = [e for e in known if e.casefold() == ecosystem.strip().casefold()]
        if not match:
            raise InputError(f"unknown ecosystem '{ecosystem}'{did_you_mean(ecosystem, known)}; "
                             f"the ecosystems are {', '.join(known) or 'none yet'}")
        ecosystem = match[0]
    changes = diff_stores(then, now)
    figures: dict[str, Any] = {
        "period": {"since": first, "until": last, "start": first == START,
                   "loads": [_load_entry(e) for e in store.loads()
                             if first < e["at"] <= last]},
        "scope": {"ecosystem": ecosystem, "ecosystems": known,
                  "include_personal_data": include_personal_data, "lang": lang},
        "network": _network(then, now, graph_then, graph_now, eco_then, eco_now, changes,
                            ecosystem),
        "gaps": _gaps(graph_then, graph_now, ecosystem),
        "sources": _sources(now, include_personal_data),
    }
    tell("introductions")
    figures["introductions"] = _introductions(store, records, graph_now, graph_then, eco_now,
                                              first, last, ecosystem, include_personal_data)
    tell("suggestions")
    # At the latest load the network is the store as it is: suggest on it without a view of
    # the past, so both questions share one projection (api.suggest keeps it).
    latest = store.loads()[-1]["at"]
    figures["suggestions"] = _suggestions(store, last, None if last >= latest else last,
                                          ecosystem, lang, top)
    order = ("period", "scope", "network", "introductions", "gaps", "suggestions", "sources")
    return Worked({k: figures[k] for k in order}, now, graph_now)


def _load_entry(entry: dict[str, Any]) -> dict[str, Any]:
    return {"id": entry["id"], "at": entry["at"], "files": list(entry["files"]),
            "summary": entry["summary"]}


# --------------------------------------------------------------------------- network

def _ties(graph: nx.MultiDiGraph) -> list[tuple[str, str, str]]:
    """(type, start, end) of every tie between two organisations."""
    orgs = set(organisations(graph))
    return [(data["type"], u, v) for u, v, data in graph.edges(data=True)
            if data.get("type") in TIE_TYPES and u in orgs and v in orgs and u != v]


def _state(store: Snapshot, graph: nx.MultiDiGraph, eco: dict[str, str | None],
           ecosystem: str | None) -> dict[str, Any]:
    counts = store.stats()
    per: dict[str, dict[str, int]] = {}

    def row(name: str | None) -> dict[str, int]:
        return per.setdefault(name or "", {"organisations": 0, "ties": 0, "across": 0})

    for node in organisations(graph):
        row(eco.get(node))["organisations"] += 1
    ties = _ties(graph)
    across = 0
    for _, u, v in ties:
        a, b = eco.get(u), eco.get(v)
        row(a)["ties"] += 1
        if a != b:
            row(b)["ties"] += 1
            if a and b:
                row(a)["across"] += 1
                row(b)["across"] += 1
                across += 1
    by_type = Counter(t for t, _, _ in ties)
    state = {
        "at": store.at,
        "organisations": sum(counts["nodes"][k] for k in ORGANISATION_KINDS),
        "ties": len(ties),
        "ties_by_type": {t: by_type.get(t, 0) for t in TIE_TYPES},
        "across": across,
        "per_ecosystem": per,
        "stats": counts,
    }
    if ecosystem is not None:
        state["per_ecosystem"] = {ecosystem: row(ecosystem)}
    return state


def _touches(item: dict[str, Any], eco: dict[str, str | None], ecosystem: str | None) -> bool:
    if ecosystem is None:
        return True
    ends = [item["id"]] if "id" in item else [item["start"], item["end"]]
    return any(eco.get(end) == ecosystem for end in ends)


def _network(then: Snapshot, now: Snapshot, graph_then: nx.MultiDiGraph,
             graph_now: nx.MultiDiGraph, eco_then: dict[str, str | None],
             eco_now: dict[str, str | None], changes: dict[str, Any],
             ecosystem: str | None) -> dict[str, Any]:
    names = {n: d.get("name", n) for n, d in graph_then.nodes(data=True)}
    names.update({n: d.get("name", n) for n, d in graph_now.nodes(data=True)})
    eco_any = {**eco_then, **{k: v for k, v in eco_now.items() if v}}

    def org(item: dict[str, Any]) -> dict[str, Any]:
        return {"id": item["id"], "name": item.get("name", item["id"]), "kind": item["kind"],
                "ecosystem": eco_any.get(item["id"])}

    def tie(item: dict[str, Any]) -> dict[str, Any]:
        return {"type": item["type"], "start": item["start"], "end": item["end"],
                "key": item["key"], "start_name": names.get(item["start"], item["start"]),
                "end_name": names.get(item["end"], item["end"]),
                "start_ecosystem": eco_any.get(item["start"]),
                "end_ecosystem": eco_any.get(item["end"])}

    nodes, rels = changes["nodes"], changes["relationships"]
    kinds = set(ORGANISATION_KINDS)
    return {
        "then": _state(then, graph_then, eco_then, ecosystem),
        "now": _state(now, graph_now, eco_now, ecosystem),
        "new_organisations": [org(n) for n in nodes["added"]
                              if n["kind"] in kinds and _touches(n, eco_any, ecosystem)],
        "ended_organisations": [org(n) for n in nodes["removed"]
                                if n["kind"] in kinds and _touches(n, eco_any, ecosystem)],
        "new_ties": [tie(e) for e in rels["added"]
                     if e["type"] in TIE_TYPES and _touches(e, eco_any, ecosystem)],
        "ended_ties": [tie(e) for e in rels["removed"]
                       if e["type"] in TIE_TYPES and _touches(e, eco_any, ecosystem)],
        "changes": {part: {k: len(v) for k, v in changes[part].items()}
                    for part in ("nodes", "relationships")},
    }


# --------------------------------------------------------------------------- introductions

def _first_seen(records: list[Any]) -> dict[tuple[str, ...], str]:
    return {rec.key: rec.since for rec in records if rec.table == "edges" and rec.since}


def _themes(graph: nx.MultiDiGraph, node: str) -> set[str]:
    if node not in graph:
        return set()
    return {t for _, t, typ in graph.out_edges(node, data="type") if typ == "WORKS_ON"}


def _action_lines(graph: nx.MultiDiGraph) -> dict[str, set[str]]:
    """Action lines (Programme, subtype actielijn) → the themes they work on."""
    return {n: _themes(graph, n) for n, d in graph.nodes(data=True)
            if d.get("kind") == "Programme" and str(d.get("subtype", "")).casefold()
            in ("actielijn", "action line", "action_line")}


def _programmes_of(graph: nx.MultiDiGraph, node: str) -> set[str]:
    if node not in graph:
        return set()
    out = {v for _, v in graph.out_edges(node)}
    return {p for p in out if graph.nodes[p].get("kind") == "Programme"}


def _follow_up(graph: nx.MultiDiGraph, a: str, b: str, date: str, recorded: str,
               first_seen: dict[tuple[str, ...], str]) -> dict[str, Any]:
    """The ties between ``a`` and ``b`` at the end of the period and what they say."""
    found: list[dict[str, Any]] = []
    for u, v in ((a, b), (b, a)):
        if u in graph and v in graph[u]:
            for key, data in graph[u][v].items():
                if data.get("type") in ("PARTNERS_WITH", "HOSTS_INTERNS_FROM"):
                    disc = key.split(":", 1)[1] if ":" in key else ""
                    found.append({"type": data["type"], "since": data.get("since"),
                                  "seen": first_seen.get((data["type"], u, v, disc))})
    if a in graph and b in graph:
        groups_a = {v: k for _, v, k, t in graph.out_edges(a, keys=True, data="type")
                    if t == "MEMBER_OF"}
        for _, group, key, typ in graph.out_edges(b, keys=True, data="type"):
            if typ == "MEMBER_OF" and group in groups_a:
                ends = [(a, groups_a[group]), (b, key)]
                sinces = [graph[x][group][k].get("since") for x, k in ends]
                seen = [first_seen.get(("MEMBER_OF", x, group, k.split(":", 1)[1]
                                        if ":" in k else "")) for x, k in ends]
                found.append({"type": "MEMBER_OF", "group": graph.nodes[group].get("name", group),
                              "since": max(sinces) if all(sinces) else None,
                              "seen": max(s for s in seen if s) if all(seen) else None})
    outcome, when, how = "none", None, None
    for tie in found:
        if tie["since"]:
            if _precede(date, str(tie["since"])):
                state, moment = "followed", str(tie["since"])
            else:
                state, moment = "before", str(tie["since"])
        elif tie["seen"] and recorded and tie["seen"] > recorded:
            state, moment = "followed", tie["seen"][:10]
        else:
            state, moment = "unknown", None
        rank = {"followed": 3, "before": 2, "unknown": 1}[state]
        best = {"followed": 3, "before": 2, "unknown": 1, "none": 0}[outcome]
        if rank > best or (rank == best == 3 and moment and when and moment < when):
            outcome, when, how = state, moment, tie
    return {"outcome": outcome, "when": when,
            "tie": None if how is None else {k: v for k, v in how.items() if k != "seen"}}


def _introductions(store: Store, records: list[Any], graph: nx.MultiDiGraph,
                   graph_then: nx.MultiDiGraph, eco: dict[str, str | None], since: str,
                   until: str, ecosystem: str | None, personal: bool) -> dict[str, Any]:
    first_seen = _first_seen(records)
    known: dict[str, Any] = {}

    def name(node: str) -> Any:
        """As the network at the end names it, else as at the start, else as stored."""
        if node not in known:
            for g in (graph, graph_then):
                if node in g:
                    known[node] = g.nodes[node].get("name", node)
                    break
            else:
                found = store.node(node)
                known[node] = found.get("name", node) if found else node
        return known[node]

    lines = _action_lines(graph)
    contacts: dict[str, list[str]] = {}
    if personal:
        for e in store.edges("WORKS_AT"):
            contacts.setdefault(e["end"], []).append(name(e["start"]))
    rows, undated = [], 0
    for edge in store.edges("INTRODUCED"):
        a, b = edge["start"], edge["end"]
        if ecosystem is not None and ecosystem not in (eco.get(a), eco.get(b)):
            continue
        date = str(edge.get("date") or "")
        if not date:
            undated += 1
            continue
        if not in_period(date, since, until):
            continue
        shared = sorted(_themes(graph, a) & _themes(graph, b))
        both = _programmes_of(graph, a) & _programmes_of(graph, b)
        action = sorted(p for p, themes in lines.items() if p in both or themes & set(shared))
        row = {"a_id": a, "a": name(a), "a_ecosystem": eco.get(a),
               "b_id": b, "b": name(b), "b_ecosystem": eco.get(b),
               "status": edge.get("status"), "date": date,
               "themes": [graph.nodes[t].get("name", t) for t in shared],
               "action_lines": [graph.nodes[p].get("name", p) for p in action]}
        if row["status"] == "made":
            recorded = first_seen.get(("INTRODUCED", a, b, edge.get("key", "")), "")
            row["follow_up"] = _follow_up(graph, a, b, date, recorded, first_seen)
        if personal:
            row["note"] = edge.get("note")
            row["contacts"] = {"a": sorted(contacts.get(a, [])), "b": sorted(contacts.get(b, []))}
        rows.append(row)
    rows.sort(key=lambda r: (r["date"], r["a"], r["b"]))
    counts = Counter(r["status"] for r in rows)
    made = [r for r in rows if r["status"] == "made"]
    outcomes = Counter(r["follow_up"]["outcome"] for r in made)
    by_theme: dict[str, Counter] = {}
    for r in rows:
        for label in [*r["action_lines"], *r["themes"]] or [""]:
            by_theme.setdefault(label, Counter())[r["status"]] += 1
    return {
        "since": since, "until": until,
        "counts": {s: counts.get(s, 0) for s in ("proposed", "made", "declined")},
        "undated": undated,
        "rows": rows,
        "by_theme": [{"label": k, "action_line": any(k in r["action_lines"] for r in rows),
                      **{s: c.get(s, 0) for s in ("proposed", "made", "declined")}}
                     for k, c in sorted(by_theme.items(), key=lambda kv: (kv[0] == "", kv[0]))],
        "follow_through": {
            "made": len(made), "followed": outcomes.get("followed", 0),
            "before": outcomes.get("before", 0), "unknown": outcomes.get("unknown", 0),
            "none": outcomes.get("none", 0),
            "rate": outcomes.get("followed", 0) / len(made) if made else None,
        },
    }


# --------------------------------------------------------------------------- gaps

def _gaps(graph_then: nx.MultiDiGraph, graph_now: nx.MultiDiGraph,
          ecosystem: str | None) -> dict[str, Any]:
    def table(graph: nx.MultiDiGraph) -> dict[tuple[str, str], dict[str, Any]]:
        frame = ecosystem_gaps(graph)
        return {(r["a"], r["b"]): {k: (None if isinstance(v, float) and v != v else v)
                                   for k, v in r.items()}
                for r in frame.to_dict("records")}

    before, after = table(graph_then), table(graph_now)
    rows = []
    for pair in sorted(set(before) | set(after)):
        if ecosystem is not None and ecosystem not in pair:
            continue
        old, new = before.get(pair), after.get(pair)
        rows.append({
            "a": pair[0], "b": pair[1],
            "links_then": old["links"] if old else 0,
            "links_now": new["links"] if new else 0,
            "expected_now": float(new["expected"]) if new else None,
            "gap_then": float(old["gap"]) if old else None,
            "gap_now": float(new["gap"]) if new else None,
            "ratio_now": None if not new or new["ratio"] is None else float(new["ratio"]),
        })
    rows.sort(key=lambda r: (-(r["gap_now"] if r["gap_now"] is not None else float("-inf")),
                             r["a"], r["b"]))
    gained = [r for r in rows if r["links_now"] > r["links_then"]]
    return {"rows": rows, "gained": gained}


# --------------------------------------------------------------------------- suggestions

def _records(frame: Any) -> list[dict[str, Any]]:
    out = []
    for row in frame.to_dict("records"):
        out.append({k: (v.item() if hasattr(v, "item") else v) for k, v in row.items()
                    if k in ("rank", "a_id", "a", "a_ecosystem", "b_id", "b", "b_ecosystem",
                             "score", "explanation", "org_id", "org", "group_id", "group",
                             "group_kind")})
    return out


def _suggestions(store: Store, until: str, as_of: str | None, ecosystem: str | None,
                 lang: str, top: int) -> dict[str, Any]:
    from .. import api

    introductions = api.suggest(store, what="introductions", top=top, lang=lang, as_of=as_of,
                                from_ecosystem=ecosystem)
    memberships = api.suggest(store, what="memberships", top=top, lang=lang, as_of=as_of,
                              from_ecosystem=ecosystem)
    return {"at": until, "introductions": _records(introductions),
            "memberships": _records(memberships)}


# --------------------------------------------------------------------------- sources

def _sources(now: Snapshot, personal: bool) -> dict[str, Any]:
    cited: Counter = Counter()
    illustrative: Counter = Counter()
    facts = marked = 0
    files: Counter = Counter()
    texts: Counter = Counter()  # most facts of a big store share a handful of source texts
    for items in (now.nodes(), now.edges()):
        for item in items:
            if not personal and (item.get("kind") == "Person" or item.get("type") == "WORKS_AT"):
                continue
            facts += 1
            for where in item.get("sources", ()):
                if where.get("file"):
                    files[where["file"]] += 1
            text = item.get("source")
            if text:
                texts[text] += 1
    for text, count in texts.items():  # each distinct text read once
        parts = [p.strip() for p in str(text).strip().split(";") if p.strip()]
        if any("illustratief" in p.casefold() for p in parts):
            marked += count
        for part in parts:
            folded = part.casefold()
            if folded.startswith("illustratief"):
                reason = part.split(":", 1)[1].strip() if ":" in part else part
                illustrative[reason] += count
            elif "illustratief" in folded:
                head, _, reason = part.partition("illustratief")
                illustrative[f"{head.strip()}: {reason.lstrip(': ').strip()}"] += count
            else:
                cited[part] += count
    return {
        "at": now.at, "facts": facts, "illustrative_facts": marked,
        "cited": [{"source": k, "facts": v} for k, v in cited.most_common()],
        "illustrative": [{"reason": k, "facts": v} for k, v in illustrative.most_common()],
        "files": [{"file": k, "facts": v} for k, v in sorted(files.items())],
        "generated": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
    }
