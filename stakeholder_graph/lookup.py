"""Finding things in a store for people: a forgiving search, the ecosystems with their
counts, the latest recorded introductions and an organisation's contact persons.

The web app's search page and its JSON API call these through :mod:`stakeholder_graph.api`.
A :class:`SearchIndex` is built once per store state and answers each search from memory,
so a search over 100,000 organisations takes milliseconds.

Examples
--------
>>> import tempfile, os
>>> from stakeholder_graph import api
>>> db = os.path.join(tempfile.mkdtemp(), "demo.db")
>>> _ = api.demo(db)
>>> with api.open_store(db) as store:
...     [hit["name"] for hit in SearchIndex(store).search("tatasteel")["results"]]
['Tata Steel']
"""

from __future__ import annotations

import heapq
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from typing import Any

from .graph.model import ORGANISATION_KINDS
from .graph.store import Store

__all__ = ["SearchIndex", "compact", "ecosystem_counts", "latest_introductions", "contacts"]

_PERSONAL_KINDS = ("Person",)
_KIND_ORDER = {k: i for i, k in enumerate((*ORGANISATION_KINDS, "Programme", "Event", "Theme",
                                           "Region", "Person"))}


def compact(text: str) -> str:
    """Fold a name for forgiving comparison: no case, accents, spaces or punctuation.

    Examples
    --------
    >>> compact("Tata Steel IJmuiden B.V."), compact("Tatasteel")
    ('tatasteelijmuidenbv', 'tatasteel')
    >>> compact("Zaanstad–Techlands"), compact("Hogeschool Inholland ")
    ('zaanstadtechlands', 'hogeschoolinholland')
    """
    text = str(text).replace("ø", "o").replace("Ø", "O").replace("ß", "ss")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^0-9a-z]", "", text.casefold())


@dataclass(frozen=True)
class _Entry:
    id: str
    kind: str
    name: str
    aliases: tuple[str, ...]
    folded: tuple[str, ...]  # compact forms of the name and the aliases
    place: str  # the municipality's name, if located in one


def _entry(node_id: str, kind: str, name: str, aliases: tuple[str, ...], place: str) -> _Entry:
    folded = tuple(dict.fromkeys(f for f in map(compact, (name, *aliases)) if f))
    return _Entry(node_id, kind, name, aliases, folded, place)


def _read_entry(store: Store, node_id: str, personal: bool) -> _Entry | None:
    """One node's entry as the store holds it now; ``None`` when it is gone (or personal)."""
    from .facts import describe

    node = store.node(node_id)
    if node is None or (node["kind"] in _PERSONAL_KINDS and not personal):
        return None
    ties = describe(store, node_id, include_ended=False)["ties"]
    place = next((t["other_name"] or "" for t in ties
                  if t["type"] == "LOCATED_IN" and t["direction"] == "out"), "")
    return _entry(node_id, node["kind"], node.get("name") or node_id,
                  tuple(node.get("aliases") or ()), place)


class _CopyOnWrite(dict):
    """A dict of lists over another, copying a list only when it is appended to: an
    updated index shares the unchanged lists of its original (100,000 of them)."""

    def __init__(self, base: dict[str, list[int]]) -> None:
        super().__init__(base)
        self._own: set[str] = set()

    def setdefault(self, key: str, default: Any = None) -> Any:
        if key not in self._own:
            self._own.add(key)
            self[key] = list(self.get(key, ()))
        return self[key]


class SearchIndex:
    """Every node's name, aliases, register number and municipality, ready to search.

    Parameters
    ----------
    store : Store
        The store (or a view of the past) to index.
    personal : bool
        Include contact persons (personal data); left out by default.

    Examples
    --------
    >>> import tempfile, os
    >>> from stakeholder_graph import api
    >>> db = os.path.join(tempfile.mkdtemp(), "demo.db")
    >>> _ = api.demo(db)
    >>> with api.open_store(db) as store:
    ...     index = SearchIndex(store)
    >>> index.search("Tatastel")["did_you_mean"][0]["name"]
    'Tata Steel'
    >>> index.search("25PZ")["results"][0]["id"]
    'brin:25PZ'
    """

    def __init__(self, store: Store, personal: bool = False) -> None:
        self.personal = personal
        names: dict[str, str] = {}
        rows = []
        for node_id, kind, name, aliases in store.name_index():
            if kind in _PERSONAL_KINDS and not personal:
                continue
            names[node_id] = name
            rows.append((node_id, kind, name or node_id, tuple(aliases or ())))
        place: dict[str, str] = {}
        for edge in store.edges("LOCATED_IN"):
            place.setdefault(edge["start"], names.get(edge["end"], ""))
        self.entries = [_entry(i, k, n, a, place.get(i, "")) for i, k, n, a in rows]
        self.places = {compact(e.name): e.name for e in self.entries if e.kind == "Municipality"}
        # Every folded name and alias in one string, so a substring is found by str.find
        # (C speed) instead of a Python loop over 100,000 entries; each form's start
        # says whose it is.
        self._starts: list[int] = []
        self._owner: list[int] = []
        self._forms: list[str] = []
        self._exact: dict[str, list[int]] = {}
        self._ids: dict[str, list[int]] = {}
        self._places: dict[str, list[int]] = {}
        self._at: dict[str, int] = {}
        self._dead: set[int] = set()  # entries replaced by :meth:`updated`
        self._blob = self._add(self.entries, 0, "")

    def _add(self, entries: list[_Entry], first: int, blob: str) -> str:
        """Index ``entries`` (numbered from ``first``) and return the blob with their forms."""
        parts: list[str] = []
        at = len(blob) + 1 if blob else 0
        for i, entry in enumerate(entries, first):
            self._at[entry.id] = i
            for form in entry.folded:
                self._starts.append(at)
                self._owner.append(i)
                parts.append(form)
                at += len(form) + 1
                self._exact.setdefault(form, []).append(i)
            for key in {entry.id.casefold(), entry.id.split(":", 1)[-1].casefold()}:
                self._ids.setdefault(key, []).append(i)
            if entry.place:
                self._places.setdefault(compact(entry.place), []).append(i)
        self._forms.extend(parts)
        if not parts:
            return blob
        return blob + "\n" + "\n".join(parts) if blob else "\n".join(parts)

    def updated(self, store: Store, ids: Any) -> SearchIndex:
        """A copy of the index with the entries of ``ids`` read again from the store.

        For a write that changes a few nodes — a merge (the variant is gone, its name is
        an alias of the organisation it joined), its undo, a renamed organisation — this
        takes milliseconds where building a new index over 100,000 nodes takes seconds.
        The index itself is left as it is, so searches running on it are not disturbed.

        Parameters
        ----------
        store : Store
            The store after the write.
        ids : iterable of str
            The nodes the write changed, added or removed.

        Examples
        --------
        >>> import tempfile, os
        >>> from stakeholder_graph import api
        >>> from stakeholder_graph.graph.model import Batch, build_node
        >>> db = os.path.join(tempfile.mkdtemp(), "demo.db")
        >>> _ = api.demo(db)
        >>> with api.open_store(db) as store:
        ...     index = SearchIndex(store)
        ...     _ = store.load(Batch(nodes=[build_node(
        ...         "slug:tata-steel", "Company", {"name": "Tata Steel",
        ...                                        "aliases": ["Hoogovens"]})]))
        ...     later = index.updated(store, ["slug:tata-steel"])
        >>> [hit["name"] for hit in later.search("hoogovens")["results"]]
        ['Tata Steel']
        >>> index.search("hoogovens")["results"]
        []
        """
        new = object.__new__(SearchIndex)
        new.__dict__.update(self.__dict__)
        new.entries, new._dead, new._at = list(self.entries), set(self._dead), dict(self._at)
        new._starts, new._owner, new._forms = list(self._starts), list(self._owner), \
            list(self._forms)
        new._exact, new._ids, new._places = (_CopyOnWrite(self._exact),
                                             _CopyOnWrite(self._ids), _CopyOnWrite(self._places))
        new.places = dict(self.places)
        fresh = []
        for node_id in dict.fromkeys(ids):
            old = new._at.pop(node_id, None)
            if old is not None:
                new._dead.add(old)
                gone = new.entries[old]
                if gone.kind == "Municipality":
                    new.places.pop(compact(gone.name), None)
            entry = _read_entry(store, node_id, self.personal)
            if entry is not None:
                fresh.append(entry)
                if entry.kind == "Municipality":
                    new.places[compact(entry.name)] = entry.name
        first = len(new.entries)
        new.entries.extend(fresh)
        new._blob = new._add(fresh, first, self._blob)
        return new

    def __len__(self) -> int:
        return len(self.entries) - len(self._dead)

    def names(self, kind: str) -> list[str]:
        """The names of the indexed nodes of one kind, sorted (for choice lists).

        Examples
        --------
        >>> import tempfile, os
        >>> from stakeholder_graph import api
        >>> db = os.path.join(tempfile.mkdtemp(), "demo.db")
        >>> _ = api.demo(db)
        >>> "Energietransitie" in api.search_index(db).names("Theme")
        True
        """
        return sorted({e.name for i, e in enumerate(self.entries)
                       if e.kind == kind and i not in self._dead}, key=str.casefold)

    def search(self, text: str, limit: int = 25) -> dict[str, Any]:
        """Find nodes by name, alias, id, KvK or BRIN number, or municipality.

        Parameters
        ----------
        text : str
            What the user typed; case, accents, spaces and punctuation do not matter.
        limit : int
            At most this many results.

        Returns
        -------
        dict
            ``results``: ``id``, ``kind``, ``name``, ``municipality``, ``matched`` (``name``,
            ``alias``, ``id`` or ``municipality``), best first; ``did_you_mean``: close
            names (``id``, ``name``) when the text matched nothing exactly; ``total``: how
            many matched before the limit.
        """
        text = str(text).strip()
        wanted = compact(text)
        if not wanted:
            return {"query": text, "results": [], "did_you_mean": [], "total": 0}
        bare = text.split(":", 1)[-1].strip().casefold()
        folded = text.casefold()
        candidates = self._candidates(wanted, folded, bare)
        # Every candidate matches; a cheap key picks the best few out of many (a common
        # word can be in 100,000 names), and the exact rank orders those.
        entries = self.entries

        def rough(i: int) -> tuple[int, int, str]:
            entry = entries[i]
            name = entry.folded[0] if entry.folded else ""
            best = 0 if i in ids else 1 if name == wanted else 2 if name.startswith(wanted) \
                else 4
            return best, _KIND_ORDER.get(entry.kind, 99), entry.name.casefold()

        ids = set(self._ids.get(folded, ())) | set(self._ids.get(bare, ()))
        pool = heapq.nsmallest(limit * 4 + 10, candidates, key=rough)
        scored = []
        for i in pool:
            entry = entries[i]
            found = self._rank(entry, wanted, folded, bare)
            if found is not None:
                scored.append((found[0], _KIND_ORDER.get(entry.kind, 99), entry.name.casefold(),
                               found[1], entry))
        scored.sort(key=lambda item: item[:3])
        results = [{"id": e.id, "kind": e.kind, "name": e.name, "municipality": e.place,
                    "matched": how} for _, _, _, how, e in scored[:limit]]
        close = []
        if not scored or scored[0][0] > 2:
            close = self._close(text, {r["id"] for r in results})
        return {"query": text, "results": results, "did_you_mean": close,
                "total": len(candidates)}

    def _candidates(self, wanted: str, folded: str, bare: str) -> set[int]:
        """The entries that may match: by id, by a name or alias holding the text, by place.

        :meth:`_rank` decides; this only keeps it from looking at every entry.
        """
        from bisect import bisect_right

        found = set(self._ids.get(folded, ())) | set(self._ids.get(bare, ()))
        found.update(self._exact.get(wanted, ()))
        if len(wanted) >= 2:
            blob, starts, at = self._blob, self._starts, 0
            while (at := blob.find(wanted, at)) >= 0:
                form = bisect_right(starts, at) - 1
                found.add(self._owner[form])
                at = starts[form + 1] if form + 1 < len(starts) else len(blob)
        if len(wanted) >= 3:
            found.update(self._places.get(wanted, ()))
        return found - self._dead if self._dead else found

    @staticmethod
    def _rank(entry: _Entry, wanted: str, folded: str, bare: str) -> tuple[int, str] | None:
        """How well an entry matches (lower is better) and by what; ``None``: no match."""
        name, aliases = (entry.folded[0], entry.folded[1:]) if entry.folded else ("", ())
        if entry.id.casefold() == folded or entry.id.split(":", 1)[-1].casefold() == bare:
            return 0, "id"  # an id, a KvK number, a BRIN code
        if name == wanted:
            return 1, "name"
        if wanted in aliases:
            return 1, "alias"
        if len(wanted) < 2:
            return None
        if name.startswith(wanted):
            return 2, "name"
        if any(a.startswith(wanted) for a in aliases):
            return 3, "alias"
        if wanted in name:
            return 4, "name"
        if any(wanted in a for a in aliases):
            return 5, "alias"
        if len(wanted) >= 3 and entry.place and compact(entry.place) == wanted:
            return 6, "municipality"
        return None

    def _close(self, text: str, taken: set[str], n: int = 3) -> list[dict[str, str]]:
        from rapidfuzz import fuzz, process

        # The folded forms, compared as wholes: fast enough for 100,000 names (C), and
        # "Tatastel" is still close to "Tata Steel".
        best = process.extract(compact(text), self._forms, scorer=fuzz.ratio, processor=None,
                               limit=3 * (n + len(taken)), score_cutoff=75)
        out = []
        for _, _, form in best:
            if self._owner[form] in self._dead:
                continue
            entry = self.entries[self._owner[form]]
            if any(o["id"] == entry.id for o in out):
                continue
            if entry.id not in taken and len(out) < n:
                out.append({"id": entry.id, "name": entry.name, "kind": entry.kind})
        return out


def ecosystem_counts(store: Store) -> list[dict[str, Any]]:
    """The sub-regional ecosystems with the number of organisations of each kind.

    Examples
    --------
    >>> import tempfile, os
    >>> from stakeholder_graph import api
    >>> db = os.path.join(tempfile.mkdtemp(), "demo.db")
    >>> _ = api.demo(db)
    >>> with api.open_store(db) as store:
    ...     rows = ecosystem_counts(store)
    >>> rows[0]["ecosystem"], rows[0]["organisations"] > 10
    ('Groot Amsterdam', True)
    """
    from .analysis.network import ecosystems

    graph = store.to_networkx(provenance=False)
    counts: dict[str | None, Counter[str]] = {}
    for node, eco in ecosystems(graph).items():
        counts.setdefault(eco, Counter())[graph.nodes[node]["kind"]] += 1
    rows = [{"ecosystem": eco, "organisations": sum(c.values()), "kinds": dict(c)}
            for eco, c in counts.items()]
    rows.sort(key=lambda r: (r["ecosystem"] is None, -r["organisations"], r["ecosystem"] or ""))
    return rows


def latest_introductions(store: Store, limit: int = 10) -> list[dict[str, Any]]:
    """The latest recorded introductions, newest first (by date, then by when recorded).

    Each row: ``a``, ``a_name``, ``b``, ``b_name``, ``status``, ``date``, ``note``.

    Examples
    --------
    >>> import tempfile, os
    >>> from stakeholder_graph import api
    >>> db = os.path.join(tempfile.mkdtemp(), "demo.db")
    >>> _ = api.demo(db)
    >>> _ = api.introduce("Tata Steel", "Vattenfall", "made", db, date="2026-05-01")
    >>> with api.open_store(db) as store:
    ...     latest_introductions(store, 1)[0]["b_name"]
    'Vattenfall'
    """
    edges = list(store.edges("INTRODUCED"))
    if not edges:
        return []
    names = dict.fromkeys({e["start"] for e in edges} | {e["end"] for e in edges}, "")
    for node_id, _, name, _ in store.name_index():
        if node_id in names:
            names[node_id] = name

    def recorded(edge: dict[str, Any]) -> str:
        return max((s.get("loaded", "") for s in edge.get("sources", [])), default="")

    edges.sort(key=lambda e: (str(e.get("date") or ""), recorded(e)), reverse=True)
    return [{"a": e["start"], "a_name": names.get(e["start"], ""), "b": e["end"],
             "b_name": names.get(e["end"], ""), "status": e.get("status", ""),
             "date": str(e.get("date") or ""), "note": e.get("note") or ""}
            for e in edges[:limit]]


def contacts(store: Store, org_id: str) -> list[dict[str, Any]]:
    """The contact persons working at an organisation (personal data: show only on request).

    Examples
    --------
    >>> import tempfile, os
    >>> from stakeholder_graph import api
    >>> db = os.path.join(tempfile.mkdtemp(), "demo.db")
    >>> _ = api.demo(db)
    >>> with api.open_store(db) as store:
    ...     contacts(store, "slug:klm")
    []
    """
    people = [e for e in store.edges("WORKS_AT") if e["end"] == org_id]
    if not people:
        return []
    wanted = {e["start"]: e for e in people}
    out = []
    for node in store.nodes("Person"):
        if node["id"] in wanted:
            out.append({"id": node["id"], "name": node.get("name", ""),
                        "role": wanted[node["id"]].get("role") or node.get("role") or "",
                        "email": node.get("email") or "", "phone": node.get("phone") or ""})
    return sorted(out, key=lambda p: p["name"])
