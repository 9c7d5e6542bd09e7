"""One organisation's facts, ties and where each came from (``stakeholder-graph show``)."""

from __future__ import annotations

from typing import Any

from .graph.history import Record, location
from .graph.store import Store
from .resolve import one_website

__all__ = ["find_node", "describe", "format_description"]

def find_node(store: Store, ref: str) -> str:
    """Return the id of a live node given by id, name or alias.

    The same lookup the named queries use for their organisation parameters.

    Raises
    ------
    QueryError
        Nothing matches (with the closest names), or a name fits several nodes.

    Examples
    --------
    >>> from stakeholder_graph import api
    >>> import tempfile, os
    >>> db = os.path.join(tempfile.mkdtemp(), "demo.db")
    >>> _ = api.demo(db)
    >>> with api.open_store(db) as s:
    ...     find_node(s, "tatasteel")
    'slug:tata-steel'
    """
    from .resolution import find_organisation

    return find_organisation(store, ref, "ORG")


def describe(store: Store, ref: str, include_ended: bool = True) -> dict[str, Any]:
    """Return an organisation's facts with their sources, its ties, merges and history.

    Returns
    -------
    dict
        ``id``, ``kind``, ``name``, ``since``; ``facts`` (one entry per property and value:
        ``property``, ``value``, ``sources`` with file, sheet, row and load time);
        ``ties`` (``type``, ``direction``, ``other``, ``other_name``, ``properties``,
        ``sources``, ``since``, ``until``); ``merged`` (variants merged into it).

    Examples
    --------
    >>> from stakeholder_graph import api
    >>> import tempfile, os
    >>> db = os.path.join(tempfile.mkdtemp(), "demo.db")
    >>> _ = api.demo(db)
    >>> with api.open_store(db) as s:
    ...     d = describe(s, "Tata Steel")
    >>> d["id"], any(f["property"] == "sector" for f in d["facts"])
    ('slug:tata-steel', True)
    """
    node_id = find_node(store, ref)
    node = store._reading("fetch", "nodes", [(node_id,)])[(node_id,)]
    edges = store._reading("fetch_touching", [node_id], include_ended)
    others = {rec.key[2] if rec.key[1] == node_id else rec.key[1] for rec in edges}
    by_id = {key[0]: rec for key, rec in
             store._reading("fetch", "nodes", [(o,) for o in sorted(others)]).items()}
    props, _ = node.last_state()
    facts = []
    for claim in node.claims:
        if claim.get("to") is not None:
            continue
        for prop, value in claim.get("props", {}).items():
            # One site written two ways ("hva.nl", "https://www.hva.nl/") is one fact.
            entry = next((f for f in facts if f["property"] == prop and (
                f["value"] == value or prop == "website" and one_website(f["value"], value))),
                None)
            if entry is None:
                entry = {"property": prop, "value": value, "sources": []}
                facts.append(entry)
            entry["sources"].append({**location(claim), "loaded": claim["from"],
                                     **({"via": claim["via"]["name"]} if claim.get("via")
                                        else {})})
    ties = []
    for rec in edges:
        other = rec.key[2] if rec.key[1] == node_id else rec.key[1]
        other_rec = by_id.get(other)
        # Ties to contact persons are kept here: every output passes privacy.redact, which
        # leaves them out unless the user asks for personal data.
        edge_props, _ = rec.last_state()
        ties.append({"type": rec.key[0], "direction": "out" if rec.key[1] == node_id else "in",
                     "other": other, "other_name": (other_rec.last_state()[0].get("name", "")
                                                     if other_rec else ""),
                     "properties": edge_props, "sources": _sources(rec),
                     "since": rec.since, "until": rec.until})
    ties.sort(key=lambda t: (t["until"] is not None, t["type"], t["other_name"]))
    merged = sorted({(c["via"]["id"], c["via"].get("name", "")) for c in node.claims
                     if c.get("via")})
    return {"id": node_id, "kind": node.kind, "name": props.get("name", ""),
            "since": node.since, "facts": facts, "ties": ties,
            "merged": [{"id": i, "name": n} for i, n in merged]}


def _sources(rec: Record) -> list[dict[str, Any]]:
    return [{**location(c), "loaded": c["from"], **({"ended": c["to"]} if c.get("to") else {})}
            for c in rec.claims]


_WORDS = {
    "(no file)": "(geen bestand)", "row": "rij", "loaded": "geladen", "gone": "weg",
    "as": "als", "in the store since": "in de database sinds", "Facts:": "Feiten:",
    "Merged name variants (undo with: stakeholder-graph resolve --undo ID):":
        "Samengevoegde naamvarianten (ongedaan maken met: stakeholder-graph resolve --undo ID):",
    "Ties:": "Relaties:", "ended": "beëindigd", "from": "uit",
}


def _say(text: str, lang: str) -> str:
    return _WORDS.get(text, text) if lang == "nl" else text


def _where(source: dict[str, Any], lang: str = "en") -> str:
    text = source.get("file", _say("(no file)", lang))
    if source.get("sheet"):
        text += f" [{source['sheet']}]"
    if source.get("row") is not None:
        text += f" {_say('row', lang)} {source['row']}"
    text += f", {_say('loaded', lang)} {source['loaded'][:19].replace('T', ' ')}"
    if source.get("ended"):
        text += f", {_say('gone', lang)} {source['ended'][:19].replace('T', ' ')}"
    if source.get("via"):
        text += f", {_say('as', lang)} {source['via']!r}"
    return text


def format_description(info: dict[str, Any], lang: str = "en") -> str:
    """Format :func:`describe`'s result as text for the terminal, in ``lang`` (``"nl"`` or
    ``"en"``; the CLI's ``show`` says Dutch by default).

    Examples
    --------
    >>> info = {"id": "slug:a", "kind": "Company", "name": "A",
    ...         "since": "2026-01-01T00:00:00.000000Z", "facts": [], "ties": [], "merged": []}
    >>> print(format_description(info))
    A (slug:a, Company), in the store since 2026-01-01 00:00:00
    >>> print(format_description(info, "nl"))
    A (slug:a, bedrijf), in de database sinds 2026-01-01 00:00:00
    """
    from .graph.model import KINDS

    kind = KINDS[info["kind"]].dutch if lang == "nl" and info["kind"] in KINDS else info["kind"]
    lines = [f"{info['name']} ({info['id']}, {kind}), {_say('in the store since', lang)} "
             f"{info['since'][:19].replace('T', ' ')}"]
    if info["facts"]:
        lines.append("")
        lines.append(_say("Facts:", lang))
        for fact in info["facts"]:
            value = fact["value"]
            value = " | ".join(map(str, value)) if isinstance(value, list) else value
            lines.append(f"  {fact['property']}: {value}")
            lines.extend(f"      {_say('from', lang)} {_where(s, lang)}" for s in fact["sources"])
    if info["merged"]:
        lines.append("")
        lines.append(_say("Merged name variants (undo with: stakeholder-graph resolve --undo "
                          "ID):", lang))
        lines.extend(f"  {m['name']} ({m['id']})" for m in info["merged"])
    if info["ties"]:
        lines.append("")
        lines.append(_say("Ties:", lang))
        for tie in info["ties"]:
            arrow = "→" if tie["direction"] == "out" else "←"
            extra = ", ".join(f"{k}={v}" for k, v in tie["properties"].items()
                              if k not in ("source", "note"))
            state = "" if tie["until"] is None else \
                f"  [{_say('ended', lang)} {tie['until'][:19].replace('T', ' ')}]"
            lines.append(f"  {tie['type']} {arrow} {tie['other_name'] or tie['other']}"
                         f"{f' ({extra})' if extra else ''}{state}")
            lines.extend(f"      {_say('from', lang)} {_where(s, lang)}" for s in tie["sources"])
    return "\n".join(lines)
