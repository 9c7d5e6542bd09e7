"""Find an organisation by id, name, alias or a forgiving spelling of its name."""

from __future__ import annotations

from typing import Any

from ..errors import quoted

__all__ = ["find_organisation", "closest", "closest_names"]


def find_organisation(store: Any, text: str, param: str = "ORG") -> str:
    """Return the id of the live node a user means, given an id, a name or an alias.

    Tried in order: the id as written, and written as the model writes ids
    (``slug:Tech@Connect`` → ``slug:tech-connect``); a name or alias (case and spaces do
    not matter); the name without legal forms, accents and punctuation ("Tata Steel
    IJmuiden B.V." → Tata Steel, "inholland" → Hogeschool Inholland) and the shipped and
    user alias lists ("Havenbedrijf Amsterdam" → Port of Amsterdam). A name that fits
    several nodes is an error listing them.

    Parameters
    ----------
    store : Store
        The store to look in.
    text : str
        What the user typed.
    param : str
        How the value is named in errors (``ORG``, ``--for``, …).

    Raises
    ------
    QueryError
        Nothing fits (with "did you mean" and the closest names; code
        ``unknown_organisation``, details ``ref``, ``closest`` and their ids
        ``closest_ids``), or several nodes do
        (code ``ambiguous_organisation``, details ``ref`` and ``found``).

    Examples
    --------
    >>> from stakeholder_graph import api
    >>> import tempfile, os
    >>> db = os.path.join(tempfile.mkdtemp(), "demo.db")
    >>> _ = api.demo(db)
    >>> with api.open_store(db) as s:
    ...     find_organisation(s, "tatasteel"), find_organisation(s, "Tata Steel B.V.")
    ('slug:tata-steel', 'slug:tata-steel')
    """
    from ..loaders.tabular import normal_id
    from ..matching import known_aliases, match_key
    from ..queries import QueryError
    from ..resolve import normalise_name

    text = str(text).strip()
    for candidate in dict.fromkeys((text, normal_id(text))):
        if store.kinds_of([candidate]):
            return candidate
    index = list(store.name_index())
    wanted = normalise_name(text)
    found = sorted({node_id for node_id, _, name, aliases in index
                    if wanted in {normalise_name(n) for n in (name, *aliases)}})
    if not found:
        keys = {match_key(text)} | {match_key(a) for a in known_aliases().get(match_key(text),
                                                                               ())}
        keys.discard("")
        found = sorted({node_id for node_id, _, name, aliases in index
                        if keys & {match_key(n) for n in (name, *aliases)}})
    if len(found) == 1:
        return found[0]
    if len(found) > 1:
        raise QueryError(f"{param}: '{text}' names several organisations ({', '.join(found)}); "
                         "give the id", code="ambiguous_organisation", ref=text, found=found)
    if ":" in text:  # an id: its key against the keys, so "slug:" alone matches nothing
        keys = {i.partition(":")[2]: i for i, _, _, _ in index}
        near = near_ids = [keys[k] for k in closest_names(text.partition(":")[2], list(keys))]
    else:
        by_name: dict[str, str] = {}
        for node_id, _, name, _ in index:
            by_name.setdefault(name, node_id)
        near = closest_names(text, list(by_name))
        near_ids = [by_name[n] for n in near]
    raise QueryError(f"{param}: no organisation '{text}'{_did_you_mean(near)}",
                     code="unknown_organisation", ref=text, closest=near,
                     closest_ids=near_ids)


def closest(text: str, names: list[str]) -> str:
    """Return ``" (did you mean 'x' or 'y'?)"`` for the closest of ``names`` (rapidfuzz's
    WRatio, at least 70), or an empty string.

    Examples
    --------
    >>> closest("Tata Stel", ["Tata Steel", "KLM"])
    " (did you mean 'Tata Steel'?)"
    """
    return _did_you_mean(closest_names(text, names))


def _did_you_mean(names: list[str]) -> str:
    return " (did you mean " + " or ".join(quoted(n) for n in names) + "?)" if names else ""


def closest_names(text: str, names: list[str]) -> list[str]:
    """The up to three of ``names`` closest to ``text`` (rapidfuzz's WRatio, at least 70).

    Examples
    --------
    >>> closest_names("Tata Stel", ["Tata Steel", "KLM"])
    ['Tata Steel']
    """
    from rapidfuzz import fuzz, process

    best = process.extract(text, names, scorer=fuzz.WRatio, limit=3, score_cutoff=70)
    return [name for name, _, _ in best]
