"""Review, apply and undo merges of name variants (see :mod:`stakeholder_graph.matching`).

A load merges sure matches itself and lists likely ones; :func:`write_review` writes them to
a CSV or XLSX file with an empty ``decision`` column. The user writes ``accept`` or
``reject`` in it (``ja``/``nee`` work too), and :func:`apply_review` carries the decisions
out in one transaction:

- ``accept`` merges the two organisations into one node: the one with a register key
  survives (else the one already known, the candidate); the other's name becomes an alias,
  its facts and ties move over, each remembering where it came from;
- ``reject`` keeps them apart and stops proposing the pair.

Decisions are stored, so later loads resolve the same way. :func:`undo_merge` splits a
merged variant off again (whether the load merged it or the user accepted it) and records
the pair as rejected.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .errors import InputError
from .graph.history import Record, next_moment, record_decisions
from .graph.model import REL_TYPES
from .graph.store import Store
from .matching import MATCH_KINDS, MAX_PARTS, REVIEW_COLUMNS, Candidate, Matcher, match_key
from .resolve import review_row, variant_claims

__all__ = ["write_review", "read_review", "review_reason", "review_place", "is_conflict",
           "apply_review", "undo_merge", "review_store", "merge", "ACCEPT", "REJECT", "MERGED"]

ACCEPT = frozenset({"accept", "accepted", "accepteren", "ja", "yes", "y", "j", "merge"})
MERGED = ("accept", "sure")
"""Decisions that merge: the user's ``accept``, and ``sure`` for merges a load made."""
REJECT = frozenset({"reject", "rejected", "afwijzen", "nee", "no", "n", "keep apart"})


_REASONS_NL = {
    "same name and municipality": "zelfde naam en gemeente",
    "same name, other municipality": "zelfde naam, andere gemeente",
    "same name, municipality unknown": "zelfde naam, gemeente onbekend",
    "a known other name and municipality": "bekende andere naam (aliaslijst), zelfde gemeente",
    "a known other name, other municipality":
        "bekende andere naam (aliaslijst), andere gemeente",
    "a known other name, municipality unknown":
        "bekende andere naam (aliaslijst), gemeente onbekend",
    "similar name": "namen lijken op elkaar",
    "one name begins the other": "de ene naam begint met de andere",
    "one name ends the other": "de ene naam eindigt op de andere",
    "one name begins with the other, an abbreviation":
        "de ene naam begint met de andere, een afkorting",
    "one name begins with an abbreviation of the other's first words":
        "de ene naam begint met een afkorting van de eerste woorden van de andere",
    "an abbreviation of a former name of the other":
        "een afkorting van een eerdere naam van de andere",
    "an abbreviation of the name": "een afkorting van de naam",
    "one name is the other with a word like 'Stichting'":
        "de ene naam is de andere met een woord als 'Stichting' ervoor",
    "decided earlier": "eerder besloten",
    "same website": "zelfde website",
    "one name is the other with words cut short":
        "de ene naam is de andere met woorden afgekort",
    "one name is the other with a word that says what it is":
        "de ene naam is de andere met een woord dat zegt wat het is",
    "same name, with the place in the name": "zelfde naam, met de plaats in de naam",
    "a row names the other as its part": "een rij noemt de andere als een onderdeel ervan",
    "its source names the other as its parent":
        "de bron noemt de andere als de organisatie waar deze onder valt",
    "same name": "zelfde naam",
    "one name is the other with the country": "de ene naam is de andere met het land erachter",
    "one is part of the other, as its name says":
        "de ene is een onderdeel van de andere, zoals de naam zegt",
}


_WHERE = r".+?"  # a file and row ("crm.csv row 3"), or "elsewhere in this load"
_KEPT = r"; the first is kept \(correct the source if it is wrong\)"


def _place(where: str) -> str:
    """Where a row is, in Dutch ("crm.csv row 3" → "crm.csv rij 3")."""
    from .loaders.messages import _where

    return _where(where.replace("elsewhere in this load", "elders in deze lading"))


def _fact(name: str) -> str:
    from .output import COLUMNS

    return COLUMNS.get(name, (name,))[0]


# Reasons that carry their own details: (their English form, their Dutch text).
_DETAILED_NL: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]] = [
    (re.compile(rf"conflicting kind: a (?P<a>\w+) in (?P<w1>{_WHERE}), a (?P<b>\w+) in "
                rf"(?P<w2>{_WHERE}){_KEPT}(?:; left out, as a \w+ has no such facts: "
                r"(?P<left>.+))?", re.DOTALL),
     lambda m: f"andere soort: {_kind(m['a'])} in {_place(m['w1'])}, {_kind(m['b'])} in "
               f"{_place(m['w2'])}; de eerste is gehouden (verbeter de bron als die niet "
               "klopt)" + (f"; weggelaten, want een {_kind(m['a'])} heeft die gegevens niet: "
                           f"{', '.join(_fact(f) for f in m['left'].split(', '))}"
                           if m["left"] else "")),
    (re.compile(rf"conflicting (?P<name>\w+): (?P<a>.+) in (?P<w1>{_WHERE}), (?P<b>.+) in "
                rf"(?P<w2>{_WHERE}){_KEPT}", re.DOTALL),
     lambda m: f"tegenstrijdige {_fact(m['name'])}: {m['a']} in {_place(m['w1'])}, {m['b']} "
               f"in {_place(m['w2'])}; de eerste is gehouden (verbeter de bron als die niet "
               "klopt)"),
    (re.compile(r"(?P<why>.+), another kind: a (?P<a>\w+); accepted, it is one (?P<b>\w+)"),
     lambda m: f"{review_reason(m['why'])}, andere soort: {_kind(m['a'])}; samengevoegd is "
               f"het één {_kind(m['b']).removeprefix('een ')}"),
    (re.compile(r"one (?P<what>register key|name) in (?P<n>\d+) municipalities: (?P<where>.+); "
                r"(?:both are|each is) kept \(branches\?\) — correct the source if one is "
                r"wrong", re.DOTALL),
     lambda m: f"één {'registernummer' if m['what'] == 'register key' else 'naam'} in "
               f"{m['n']} gemeenten: {_place(m['where'])}; "
               f"{'beide' if m['n'] == '2' else 'alle'} gehouden (vestigingen?) — verbeter "
               "de bron als er een niet klopt"),
]


def _kind(name: str) -> str:
    """A model kind in Dutch with its article ("School" → "een onderwijsinstelling")."""
    from .loaders.messages import _kind as dutch

    return f"een {dutch(name)}"


def is_conflict(row: dict[str, Any]) -> bool:
    """Whether a review row is one organisation's conflicting facts (its own candidate:
    nothing to decide) rather than a pair.

    Examples
    --------
    >>> is_conflict({"id": "kvk:1", "candidate_id": "kvk:1"}), is_conflict(
    ...     {"id": "slug:a", "candidate_id": "slug:b"})
    (True, False)
    """
    return row["id"] == row["candidate_id"]


def review_reason(reason: str, lang: str = "nl") -> str:
    """Return why a pair is proposed, in the reader's language (Dutch by default).

    Examples
    --------
    >>> review_reason("similar name"), review_reason("similar name", "en")
    ('namen lijken op elkaar', 'similar name')
    >>> review_reason("conflicting sector: 'haven' in a.csv row 2, 'logistiek' in a.csv "
    ...               "row 5; the first is kept (correct the source if it is wrong)")
    "tegenstrijdige sector: 'haven' in a.csv rij 2, 'logistiek' in a.csv rij 5; de eerste is gehouden (verbeter de bron als die niet klopt)"
    """
    if lang != "nl":
        return reason
    if reason in _REASONS_NL:
        return _REASONS_NL[reason]
    for pattern, render in _DETAILED_NL:
        found = pattern.fullmatch(reason)
        if found:
            return render(found)
    return reason


def review_place(where: str, lang: str = "nl") -> str:
    """Return where a review row was found, in the reader's language.

    Examples
    --------
    >>> review_place("crm.csv row 3"), review_place("crm.csv row 3", "en")
    ('crm.csv rij 3', 'crm.csv row 3')
    """
    return _place(where) if lang == "nl" else where


def write_review(rows: list[dict[str, Any]], path: str | os.PathLike[str],
                 lang: str = "nl") -> Path:
    """Write likely matches to a review file (CSV, or XLSX by its extension).

    Headers are in words, Dutch by default (``besluit``, ``id kandidaat``; English with
    ``lang="en"``); :func:`read_review` reads either.

    Examples
    --------
    >>> import tempfile, os
    >>> p = write_review([{"id": "slug:a", "candidate_id": "slug:b", "score": 95.0}],
    ...                  os.path.join(tempfile.mkdtemp(), "review.csv"))
    >>> p.read_text().splitlines()[0].split(",")[:3]
    ['besluit', 'score', 'soort']
    """
    import pandas as pd

    from .output import write_frame

    frame = pd.DataFrame([{c: r.get(c, "") for c in REVIEW_COLUMNS} for r in rows],
                         columns=list(REVIEW_COLUMNS))
    frame["reason"] = [review_reason(str(r.get("reason", "")), lang) for r in rows]
    frame["found_in"] = [review_place(str(r.get("found_in", "")), lang) for r in rows]
    fmt = "xlsx" if str(path).lower().endswith(".xlsx") else "csv"
    return write_frame(frame, fmt, path, sheet="review", lang=lang)


def read_review(path: str | os.PathLike[str]) -> list[tuple[int, str, str, str]]:
    """Read the decisions of a review file: ``(row, decision, id, candidate_id)``.

    Rows without a decision are skipped.

    Raises
    ------
    InputError
        A missing column, or a decision that is neither accept nor reject (with its row).

    Examples
    --------
    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "r.csv"
    >>> _ = p.write_text("decision,id,candidate_id\\nja,slug:a,slug:b\\n,slug:c,slug:d\\n")
    >>> read_review(p)
    [(2, 'accept', 'slug:a', 'slug:b')]
    """
    return _read_review(path)[0]


def _read_review(path: str | os.PathLike[str]
                 ) -> tuple[list[tuple[int, str, str, str]], str]:
    """The decisions of a review file and its decision column's header as written
    ("besluit" in a Dutch file), which its problems name."""
    from .loaders.tables import read_table
    from .output import column_key

    table = read_table(path)
    written = {column_key(h): h for h in table.headers}
    table.headers = [column_key(h) for h in table.headers]  # Dutch or English headers
    for column in ("decision", "id", "candidate_id"):
        table.require(column, "a review file")
    header = str(written.get("decision", "decision")).strip()
    out = []
    for number, record in table.records():
        text = str(record.get("decision") or "").strip().casefold()
        if not text:
            continue
        if text in ACCEPT:
            decision = "accept"
        elif text in REJECT:
            decision = "reject"
        else:
            raise InputError(f"decision {record['decision']!r}: write accept or reject",
                             file=str(path), row=number, column=header,
                             value=record["decision"], code="review_decision")
        out.append((number, decision, str(record["id"]).strip(),
                    str(record["candidate_id"]).strip()))
    return out, header


def apply_review(store: Store, path: str | os.PathLike[str],
                 by: str | None = None) -> dict[str, int]:
    """Apply the decisions of a review file to a store, in one transaction.

    Each accept and reject is a history event (``history``, ``diff``), made by ``by`` (the
    login name by default); ``--as-of`` a moment before it shows the network without it.

    Returns
    -------
    dict
        ``merged``, ``rejected`` and ``already`` (decisions applied before) counts.

    Raises
    ------
    InputError
        An unknown organisation, one variant accepted as two register keys, or kinds that
        differ; nothing is applied then.

    A variant accepted as two organisations ("ONHN" is "Ontwikkelingsbedrijf NHN", and
    "Ontwikkelingsbedrijf NHN" is "Ontwikkelingsbedrijf Noord-Holland Noord") makes all
    three one organisation.
    """
    decisions, header = _read_review(path)
    seen: dict[str, tuple[str, int]] = {}
    for number, decision, variant, target in decisions:
        if decision == "accept":
            if variant in seen and seen[variant][0] != target and \
                    not seen[variant][0].startswith("slug:") and not target.startswith("slug:"):
                raise InputError(f"'{variant}' is accepted as {seen[variant][0]} in row "
                                 f"{seen[variant][1]} and as {target} here: two register "
                                 "keys are two organisations; accept one",
                                 file=str(path), row=number, column=header,
                                 code="review_two_keys")
            seen[variant] = (target, number)

    def work(writer: Any) -> dict[str, int]:
        counts = {"merged": 0, "rejected": 0, "already": 0}
        done = {(d["variant"], d["target"]): d["decision"] for d in writer.decisions()}
        at = next_moment(writer)
        made: dict[str, list[dict[str, str]]] = {"accept": [], "reject": []}
        into: dict[str, str] = {}  # merged here → the organisation it is now part of

        def now(node_id: str) -> str:
            while node_id in into:
                node_id = into[node_id]
            return node_id

        for number, decision, variant, target in decisions:
            if variant == target:  # a conflict of facts noted for the user: nothing to apply
                continue
            if done.get((variant, target)) == decision or decision == "accept" and (
                    done.get((variant, target)) in MERGED or done.get((target, variant))
                    in MERGED):  # merged before (by a load, as a sure match, or accepted)
                counts["already"] += 1
                continue
            if decision == "reject":
                made["reject"].append({"variant": variant, "target": target,
                                       "decision": "reject", "at": at})
                counts["rejected"] += 1
                continue
            written = variant, target
            variant, target = now(variant), now(target)
            if variant == target:  # one organisation already, by an accept above
                counts["already"] += 1
                continue
            if (variant, target) != written and not variant.startswith("slug:") and \
                    not target.startswith("slug:"):  # joined by the accepts above
                raise InputError(f"accepting {written[0]} as {written[1]} here would, with "
                                 f"the accepts above, make {variant} and {target} one: two "
                                 "register keys are two organisations; accept one",
                                 file=str(path), row=number, column=header,
                                 code="review_two_keys")
            try:
                survivor = merge(writer, variant, target, at)
            except InputError as exc:
                raise exc.located(file=str(path), row=number) from None
            other = target if survivor == variant else variant
            into[other] = survivor
            made["accept"].append({"variant": other, "target": survivor,
                                   "decision": "accept", "at": at})
            counts["merged"] += 1
        for event, chosen in made.items():
            record_decisions(writer, chosen, event,
                             f"{len(chosen)} pair(s) {'merged' if event == 'accept' else 'kept apart'}"
                             f" from review file {Path(path).name}", by)
        return counts

    return store._in_transaction(work)


def _live_node(writer: Any, node_id: str) -> Record:
    rec = writer.fetch("nodes", [(node_id,)]).get((node_id,))
    if rec is None or not rec.live:
        raise InputError(f"no organisation '{node_id}' in the store", code="merge_unknown",
                         details={"ref": node_id})
    return rec


def _live(claims: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [c for c in claims if c.get("to") is None]


def _end(claims: list[dict[str, Any]], at: str) -> list[dict[str, Any]]:
    """The claims with the live ones ended at ``at`` (the past keeps them)."""
    return [{**c, "to": at} if c.get("to") is None else c for c in claims]


def _start(claims: list[dict[str, Any]], at: str) -> list[dict[str, Any]]:
    """Copies of claims that start at ``at``."""
    return [{**{k: v for k, v in c.items() if k != "to"}, "from": at} for c in claims]


def merge(writer: Any, a: str, b: str, at: str) -> str:
    """Merge two organisations inside a store transaction; return the surviving id.

    The one with a register key survives, else the one that is no company where the other
    is (see :func:`~stakeholder_graph.matching.kept_kind`), else ``b``. The other's live
    facts and ties move over from ``at`` on, each claim remembering the variant (``via``);
    before ``at`` the store still shows two organisations (``--as-of``). The caller records
    the decision.
    """
    first, second = _live_node(writer, a), _live_node(writer, b)
    if first.kind != second.kind and not (first.kind in MATCH_KINDS
                                          and second.kind in MATCH_KINDS):
        raise InputError(f"'{a}' is a {first.kind} and '{b}' a {second.kind}: only "
                         f"{', '.join(MATCH_KINDS[:-1])} and {MATCH_KINDS[-1]} merge",
                         code="merge_kinds_differ",
                         details={"a": a, "b": b, "kind_a": first.kind,
                                  "kind_b": second.kind})
    if first.kind not in MATCH_KINDS:
        raise InputError(f"'{a}' is a {first.kind}: only {', '.join(MATCH_KINDS)} merge",
                         code="merge_kind", details={"ref": a, "kind": first.kind,
                                                     "kinds": list(MATCH_KINDS)})
    variant, target = (second, first) if (not a.startswith("slug:")
                                          and b.startswith("slug:")) else (first, second)
    if target.kind == "Company" and variant.kind != "Company" and \
            a.startswith("slug:") == b.startswith("slug:"):
        # Not a company's kind, the one a CRM gives a row that says none: the other's.
        variant, target = target, variant
    vid, tid = variant.key[0], target.key[0]
    name = variant.last_state()[0].get("name", "")
    # Two kinds of organisation (a CRM typed one twice): one organisation of the
    # survivor's kind, without the variant's facts that kind has no place for.
    kind = target.kind if target.kind != variant.kind else None
    target.claims = target.claims + _start(
        variant_claims(_live(variant.claims), vid, name,
                       target.last_state()[0].get("name", ""), kind), at)
    variant.claims = _end(variant.claims, at)
    moved: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    old = writer.fetch_touching([vid], include_ended=True)
    for edge in old:
        live = _live(edge.claims)
        if not live:
            continue
        new_key = _rekey(edge.key, vid, tid)
        edge.claims = _end(edge.claims, at)
        if new_key is None:
            continue  # a tie between the two becomes none
        if kind is not None:
            _check_tie_kind(edge.key, vid, variant.kind, tid, kind)
        moved.setdefault(new_key, []).extend(
            _start([{**c, "via": c.get("via") or {"id": vid}} for c in live], at))
    writer.put([variant, target, *old])
    writer.put(_attach(writer, moved))
    return tid


def _check_tie_kind(key: tuple[str, ...], variant: str, variant_kind: str, target: str,
                    kind: str) -> None:
    """Refuse to merge a variant whose tie the survivor's kind cannot have (a school that
    hosts interns, merged into a public body)."""
    rel = REL_TYPES[key[0]]
    start = key[1] == variant
    if kind not in (rel.sources if start else rel.targets):
        other = key[2] if start else key[1]
        raise InputError(f"'{variant}' (a {variant_kind}) cannot become part of '{target}' "
                         f"(a {kind}): its relationship {key[0]} with '{other}' cannot be a "
                         f"{kind}'s; keep them apart, or correct the kind in the source",
                         code="merge_ties_kind",
                         details={"a": variant, "b": target, "kind_a": variant_kind,
                                  "kind_b": kind, "type": key[0], "other": other})


def _rekey(key: tuple[str, ...], old: str, new: str) -> tuple[str, ...] | None:
    rel_type, start, end, disc = key
    start, end = (new if start == old else start), (new if end == old else end)
    if start == end:
        return None
    if REL_TYPES[rel_type].symmetric and end < start:
        start, end = end, start
    return rel_type, start, end, disc


def _attach(writer: Any, moved: dict[tuple[str, ...], list[dict[str, Any]]]) -> list[Record]:
    have = writer.fetch("edges", list(moved))
    out = []
    for key, claims in moved.items():
        rec = have.get(key) or Record("edges", key, key[0])
        rec.claims = rec.claims + claims
        out.append(rec)
    return out


def undo_merge(store: Store, variant: str, by: str | None = None) -> str:
    """Split a merged name variant off its organisation again; return the organisation's id.

    From now on the variant has its name, facts and ties again (those that came through
    it), and the pair is recorded as rejected, so later loads keep them apart. The undo is a
    history event; before it the store still shows the merge (``--as-of``).

    Raises
    ------
    InputError
        When no organisation holds facts merged from ``variant``.
    """
    def work(writer: Any) -> str:
        at = next_moment(writer)
        accepted = [d for d in writer.decisions() if d["variant"] == variant
                    and d["decision"] in MERGED]
        holder = _holder(writer, variant, accepted)
        tid = holder.key[0]
        mine = [c for c in _live(holder.claims) if (c.get("via") or {}).get("id") == variant]
        holder.claims = _end_these(holder.claims, mine, at)
        own = writer.fetch("nodes", [(variant,)]).get((variant,))
        restored = own or Record("nodes", (variant,), holder.kind)
        restored.claims = restored.claims + _start([_unvia(c) for c in mine], at)
        moved: dict[tuple[str, ...], list[dict[str, Any]]] = {}
        changed = []
        for edge in writer.fetch_touching([tid], include_ended=True):
            back = [c for c in _live(edge.claims) if (c.get("via") or {}).get("id") == variant]
            if not back:
                continue
            edge.claims = _end_these(edge.claims, back, at)
            new_key = _rekey(edge.key, tid, variant)
            moved.setdefault(new_key, []).extend(
                _start([{k: v for k, v in c.items() if k != "via"} for c in back], at))
            changed.append(edge)
        writer.put([restored, holder])
        writer.put(changed + _attach(writer, moved))
        record_decisions(writer, [{"variant": variant, "target": tid, "decision": "reject",
                                   "at": at}], "undo", f"split {variant} off {tid} again", by)
        return tid

    return store._in_transaction(work)


def _end_these(claims: list[dict[str, Any]], these: list[dict[str, Any]],
               at: str) -> list[dict[str, Any]]:
    ids = {id(c) for c in these}
    return [{**c, "to": at} if id(c) in ids else c for c in claims]


def _holder(writer: Any, variant: str, accepted: list[dict[str, str]]) -> Record:
    """Find the organisation holding a variant's merged claims."""
    own = writer.fetch("nodes", [(variant,)]).get((variant,))
    if own is not None and own.live:
        raise InputError(f"'{variant}' is an organisation of its own: there is no merge to "
                         "undo", code="undo_own", details={"ref": variant})
    for decision in reversed(accepted):
        rec = writer.fetch("nodes", [(decision["target"],)]).get((decision["target"],))
        if rec and any((c.get("via") or {}).get("id") == variant for c in _live(rec.claims)):
            return rec
    raise InputError(f"no organisation holds facts merged from '{variant}': nothing to undo",
                     code="undo_nothing", details={"ref": variant})


def _unvia(claim: dict[str, Any]) -> dict[str, Any]:
    via = claim.get("via") or {}
    props = dict(claim.get("props", {}))
    if via.get("alias") and via.get("name") in props.get("aliases", []):
        props["aliases"] = [a for a in props["aliases"] if a != via["name"]]
        if not props["aliases"]:
            del props["aliases"]
    if via.get("name"):
        props = {"name": via["name"], **props}
    props.update(via.get("left_out", {}))  # facts the organisation's other kind had no place for
    return {**{k: v for k, v in claim.items() if k not in ("via", "props")}, "props": props}


def review_store(store: Store) -> list[dict[str, Any]]:
    """Return the likely matches among a store's organisations that nobody decided on yet.

    Examples
    --------
    >>> import tempfile, os
    >>> from stakeholder_graph import api
    >>> db = os.path.join(tempfile.mkdtemp(), "demo.db")
    >>> _ = api.demo(db)
    >>> with api.open_store(db) as s:
    ...     review_store(s)  # the example holds no duplicates
    []
    """
    decided = {(d["variant"], d["target"]) for d in store.decisions()}
    matcher = Matcher(decided | {(b, a) for a, b in decided})
    places: dict[str, list[str]] = {}  # every municipality, the first as a load reads it
    for e in store.edges("LOCATED_IN"):
        places.setdefault(e["start"], []).append(e["end"][4:])
    sites, parents = {}, {}
    for kind in MATCH_KINDS:
        for n in store.nodes(kind):
            if n.get("website"):
                sites[n["id"]] = n["website"]
            if n.get("parent"):
                parents[n["id"]] = n["parent"]
    cands = [Candidate(n, k, name, (places.get(n) or [None])[0], [name, *aliases],
                       sites.get(n), places=frozenset(places.get(n, ())))
             for n, k, name, aliases in store.name_index() if k in MATCH_KINDS]
    rows, seen = [], set()

    def propose(cand: Candidate, matches: list[Any]) -> None:
        for match in matches:
            pair = frozenset((cand.id, match.target))
            if pair not in seen:
                seen.add(pair)
                rows.append(review_row(_Named(cand), cand, matcher.by_id[match.target],
                                        match))

    for cand in cands:
        propose(cand, matcher.match(cand))
        matcher.add(cand)
    # A row and the organisation its source names as its parent ("Parent Account"), but
    # not the many rows of a holding or a board.
    many = {p for p, n in Counter(match_key(p) for p in parents.values()).items()
            if n > MAX_PARTS}
    for cand in cands:
        parent = parents.get(cand.id)
        if parent is not None and match_key(parent) not in many:
            propose(cand, matcher.parent_matches(cand, [parent]))
    return rows


class _Named:
    """Enough of a ResolvedNode for a review row of a stored organisation."""

    def __init__(self, cand: Candidate) -> None:
        self.id, self.kind, self.sources = cand.id, cand.kind, []
