"""Entity resolution by name: one organisation, one node.

Records with a register key (KvK, BRIN, CBS) are identified by it. An organisation known
only by its name gets a ``slug:`` id, and the same organisation often arrives under several
names: "Tata Steel", "Tatasteel", "Tata Steel IJmuiden B.V.". Resolution compares a new
organisation with the organisations of the store and of the same load, of the same kind:

1. **Sure** — the *match key* is equal and the municipality is the same (both known). The
   match key is the name (or an alias) with legal forms (B.V., N.V., Stichting, Gemeente,
   …), case, accents, punctuation, spaces and small words after the first ("van", "en")
   removed, common abbreviations written out ("v." → "van", "RMT" → "regionaal
   mobiliteitsteam"), and place names of the organisation's own municipality at the end
   dropped ("Tata Steel IJmuiden" in Velsen → "tatasteel"). Sure matches merge; the
   variant name becomes an alias.
2. **Likely** — a fuzzy score of at least :data:`THRESHOLD` (rapidfuzz: the higher of
   ``token_sort_ratio`` and, when both names have two or more words and share one that is
   not a place name, ``token_set_ratio``, on the normalised names) with the same numbers in
   both names ("Bedrijf 12" is not "Bedrijf 13"), or an equal key in another or an unknown
   municipality; in one municipality also one name beginning or ending the other
   ("TenneT" / "TenneT TSO", "Flora Holland" / "Bloemenveiling FloraHolland"), and an
   acronym and a name it abbreviates ("TESO", "NWZ" / "Noordwest Ziekenhuisgroep"; "ONHN"
   also where a municipality is unknown). Fuzzy candidates
   share a word (its first four letters) that fewer than 2,000 organisations of the kind
   share; a name made of common words only is matched by key alone. Likely
   matches are not merged: they go to a review file that the user marks ``accept`` or
   ``reject`` (``stakeholder-graph resolve --apply FILE``).
3. Anything else stays a separate organisation. Two different register keys never merge.

Decisions are kept in the store: an accepted variant id is redirected to its organisation
in every later load, a rejected pair is not proposed again.
"""

from __future__ import annotations

import bisect
import contextlib
import contextvars
import functools
import itertools
import os
import re
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from .graph.model import plain_letters

__all__ = [
    "THRESHOLD",
    "LEGAL_FORMS",
    "DESCRIPTORS",
    "known_aliases",
    "successor",
    "read_aliases",
    "read_former_names",
    "former_names_in_use",
    "normalise_org_name",
    "match_key",
    "similarity",
    "Candidate",
    "kept_kind",
    "Match",
    "Matcher",
    "REVIEW_COLUMNS",
    "MATCH_KINDS",
    "MAX_PARTS",
]

THRESHOLD = float(os.environ.get("STAKEHOLDER_GRAPH_MATCH_THRESHOLD", "90"))
"""Fuzzy score (0–100) from which two names are proposed for review."""

MATCH_KINDS = ("Company", "School", "PublicBody", "Campus")
"""Kinds that are matched by name (municipalities resolve through CBS)."""

MAX_PARTS = 5
"""A parent named by more organisations than this is a holding or a board ("Ahold
Delhaize" above 300 shops, a school board above its schools): they are no pairs to review
with it."""

LEGAL_FORMS = frozenset({
    "bv", "nv", "vof", "cv", "ua", "wa", "ltd", "gmbh", "inc", "plc", "sa", "ag", "llc",
    "bvba", "se", "co",
})
"""Legal forms, left out of a name for matching wherever they stand."""
_LAST_FORMS = frozenset({
    "limited", "corporation", "corp", "incorporated", "kg", "ab", "as", "asa", "aps",
    "oy", "oyj", "spa", "srl", "sarl", "sas", "sprl", "pty", "pte", "llp", "lp", "kft", "sro",
})
"""Legal forms of other countries, left out only as a name's last word (a name may also
begin with "AS" or "Spa")."""
_BRANCH_WORDS = frozenset({"locatie", "vestiging", "location", "site", "afdeling",
                           "distributiecentrum", "hoofdkantoor"})
"""Words for a part of an organisation at a place ("Dijklander Ziekenhuis locatie
Purmerend", "AH distributiecentrum Zaandam"): left out at the end of a name, where its
place went."""
_QUARTERS = frozenset({"noord", "oost", "zuid", "west", "centrum", "noordoost", "noordwest",
                       "zuidoost", "zuidwest"})
"""Words after a place that name a part of it ("Haarlem Zuid", "Amsterdam-Noord"): left out
with the place at the end of a name."""
_BRANCH_HEADS = frozenset({"locatie", "vestiging", "afdeling", "afd"})
"""Words after which a name says which location or department of the organisation before
them it is ("Hogeschool van Amsterdam locatie Amstelcampus", "Gemeente Alkmaar, afdeling
Werk en Inkomen"): the name is matched as what comes before."""
_ADDRESSEE = re.compile(r"(?<=\w)[\s,;]+(?:t\.\s?a\.\s?v\b\.?|ter\s+attentie\s+van\b|attn\b\.?:?)"
                        r".*$", re.DOTALL | re.IGNORECASE)
"""The addressee line a CRM keeps in a name ("Gemeente Oostzaan t.a.v. afd. Economische
Zaken", "…, attn. HR"): not part of the name."""
_BILLING = re.compile(
    r"(?<=[\w.)])\s*,\s*(?:[\w.&-]+\s+){0,3}?(?:(?:financi[eë]le\s+|crediteuren|debiteuren)?"
    r"administratie|crediteuren|debiteuren|facturatie|facturen|inkoop|afdeling|afd\b\.?)(?!\w).*$",
    re.DOTALL | re.IGNORECASE)
"""A department a bookkeeper kept after a comma in a name ("Hogeschool INHOLLAND, Centrale
Financiële Administratie", "KLM, afd. Inkoop"): where the invoices go, not the name."""
_LEGAL_END = re.compile(r"\b(?:b\.?\s?v|n\.?\s?v|v\.?o\.?f|c\.?v)\b\.?\s*$", re.IGNORECASE)
_UNUSED = r"vervallen|inactief|opgeheven|niet\s+(?:meer\s+)?gebruiken|duplicaat|dubbel"
_MARKED = re.compile(rf"^\s*(?:{_UNUSED}|zz+|xx+)\s*[:\-–]?\s+(?=\w)"
                     rf"|\s*[(\[]\s*(?:{_UNUSED}|oud)\s*[)\]]\s*$"
                     r"|(?<=\w)\s+(?:zz+|xx+)\s*$", re.IGNORECASE)
"""The mark of a record no longer used, or kept as a duplicate, before or after its name
("VERVALLEN Gemini Ziekenhuis", "ZZ Gemeente Beemster", "DUPLICAAT - Gemeente Haarlem",
"Heemstede zz", "Zaans Medisch Centrum (niet gebruiken)", "Corus (oud)")."""
_MARK_HINTS = ("vervallen", "inactief", "opgeheven", "gebruiken", "duplicaat", "dubbel",
               "zz", "xx", "oud")
"""A word one of :data:`_MARKED`'s marks has: a name without any has none."""
DESCRIPTORS = frozenset({
    "stichting", "vereniging", "cooperatie", "cooperatieve", "gemeente", "koninklijke",
    "royal", "hogeschool", "roc", "foundation", "association", "municipality", "the", "de",
    "het", "campus", "holding", "hoogheemraadschap", "waterschap",
})
"""Words that say what kind of body a name is ("Stichting", "Gemeente", "Koninklijke",
"Royal", "Hogeschool", "ROC", "Campus", "Holding", "Hoogheemraadschap"), left out when what
remains still names something: "Hogeschool Inholland" is Inholland, "Campus Terra Technica"
Terra Technica, "GVB Holding" GVB and "Hoogheemraadschap Hollands Noorderkwartier"
Hollands Noorderkwartier, but
"Hogeschool van Amsterdam" stays apart from "ROC van Amsterdam"."""
_NAMED_BY_PLACE = frozenset({"havenbedrijf"})
"""Words after which a place is the name ("Havenbedrijf Amsterdam" and "Havenbedrijf Den
Helder" are two port authorities, as "Port of Amsterdam" and "Port of Den Helder" are): the
place is kept in the municipality it names."""
_KIND_WORDS = {"roc": "School", "hogeschool": "School", "gemeente": "Municipality",
               "municipality": "Municipality", "hoogheemraadschap": "PublicBody",
               "waterschap": "PublicBody"}
"""The words of :data:`DESCRIPTORS` that say a kind of organisation."""
_ABBREVIATIONS = [  # (text each pattern needs, pattern, replacement)
    ("v.", re.compile(r"(?<![\w.])v\.\s*(?!\w\.)"), "van "),  # "v." but not b.v.'s v
    # "v" alone between two words, "Hogeschool v Amsterdam"; not the v of "B V".
    (" v ", re.compile(r"(?<=\w\w )v (?=\w\w)"), "van "),
    ("st.", re.compile(r"(?<![\w.])st\.\s*"), "sint "),
    ("kon.", re.compile(r"(?<![\w.])kon\.\s*"), "koninklijke "),
    ("gem.", re.compile(r"(?<![\w.])gem\.\s*"), "gemeente "),
    ("min.", re.compile(r"(?<![\w.])min\.\s*"), "ministerie "),
    ("prov.", re.compile(r"(?<![\w.])prov\.\s*"), "provincie "),
    ("a/d", re.compile(r"\ba/d\b"), "aan de"),  # "Koog a/d Zaan", "Alphen a/d Rijn"
    ("a/s", re.compile(r"\ba/s\b"), "as"),  # Danish and Norwegian: "Ørsted A/S"
    ("&", re.compile(r"&"), " en "),
    ("n-h", re.compile(r"(?<![\w-])n\s?-\s?h(?![\w-])"), "noord-holland"),  # "Prov. N-H"
    ("regionaal", re.compile(r"\bregionaal\s+opleidingen\s*centrum\b"), "roc"),
    ("zkh", re.compile(r"(?<![\w.])zkh\b\.?\s*"), "ziekenhuis "),  # "Zkh. Amstelland", "Zkh"
    # "A'dam", "R'dam": Amsterdam and Rotterdam as people write them short.
    ("dam", re.compile(r"(?<!\w)a'dam\b"), "amsterdam"),
    ("dam", re.compile(r"(?<!\w)r'dam\b"), "rotterdam"),
    # A brand that is its web address: "Booking.com" is "Booking", "Bol.com" "Bol".
    (".com", re.compile(r"(?<=[a-z0-9])\.com(?![\w.])"), ""),
    (".nl", re.compile(r"(?<=[a-z0-9])\.nl(?![\w.])"), ""),
]
_WORD_GAPS = re.compile(r"[\W_]+")
_ACRONYM = re.compile(r"[A-Za-z]{2,6}")
_COMMON = 2000
_PREPOSITIONS = frozenset({"van", "of", "de", "der", "den", "aan", "in", "op", "bij", "voor",
                           "en", "and"})
REVIEW_COLUMNS = ("decision", "score", "kind", "id", "name", "municipality", "candidate_id",
                  "candidate_name", "candidate_municipality", "reason", "found_in")
"""Columns of the review file, in order."""


@functools.lru_cache(maxsize=4096)  # a name is normalised, then its initials taken
def _plain(text: str) -> str:
    # Latin letters without accents; the letters of other scripts kept (an Arabic or Greek
    # name must not fold to nothing and match every other such name).
    return plain_letters(str(text)).casefold()


def normalise_org_name(name: str, municipality: str | None = None) -> str:
    """Normalise an organisation's name for matching.

    Parameters
    ----------
    name : str
        The name as written.
    municipality : str, optional
        The CBS code (``GM0453``) of the organisation's municipality: place names of it at
        the end of the name are dropped.

    Returns
    -------
    str
        Lower-case words without accents, punctuation or legal forms.

    Examples
    --------
    >>> normalise_org_name("Tata Steel IJmuiden B.V. ", "GM0453")
    'tata steel'
    >>> normalise_org_name("ROC v. Amsterdam – Hoofddorp", "GM0394")
    'roc van amsterdam'
    >>> normalise_org_name("Stichting Techport")
    'techport'
    """
    words = _branch_head(_written_words(name))
    if municipality:
        places = _place_keys(municipality)
        seat = _municipal_government(words, places, municipality)
        if seat:
            return seat
        if len(words) > 2 and words[-1] in _QUARTERS and any(
                "".join(words[-1 - size:-1]) in places for size in (1, 2, 3)):
            words.pop()  # "Spaarne Gasthuis Haarlem Zuid": a part of the place
        changed = True
        while changed and len(words) > 1:
            changed = False
            for size in (4, 3, 2, 1):  # "Koog aan de Zaan": four words
                # "ROC van Amsterdam", "Port of Amsterdam": the place is part of the name;
                # and "Bibliotheek Haarlem" keeps it, as only a word like "Stichting" is left.
                if len(words) > size and "".join(words[-size:]) in places and \
                        words[-size - 1] not in _PREPOSITIONS and \
                        words[-size - 1] not in _NAMED_BY_PLACE and \
                        not DESCRIPTORS.issuperset(words[:-size]):
                    del words[-size:]
                    changed = True
                    break
    while len(words) > 1 and words[-1] in _BRANCH_WORDS:  # its place gone before it
        words.pop()
    kept = [w for w in words if w not in DESCRIPTORS]
    if any(w not in place_words() and w not in _PLACES_ANYWHERE() and not _near_place(w)
           for w in kept):
        words = kept
    return " ".join(words)


def _branch_head(words: list[str]) -> list[str]:
    """A name's words before the word that names one of its locations or departments
    (see :data:`_BRANCH_HEADS`), if those say more than what kind of body it is.

    Examples
    --------
    >>> _branch_head(["hogeschool", "van", "amsterdam", "locatie", "amstelcampus"])
    ['hogeschool', 'van', 'amsterdam']
    >>> _branch_head(["stichting", "locatie", "zuid"]), _branch_head(["afdeling", "zuid"])
    (['stichting', 'locatie', 'zuid'], ['afdeling', 'zuid'])
    """
    if _BRANCH_HEADS.isdisjoint(words):  # most names
        return words
    for i, word in enumerate(words[1:], 1):
        if word in _BRANCH_HEADS:
            if any(w not in DESCRIPTORS and w not in _PREPOSITIONS for w in words[:i]):
                return words[:i]
            break
    return words


@functools.cache
def _place_deletes() -> frozenset[str]:
    """Every place word of seven letters or more with one letter left out, and as it is."""
    out: set[str] = set()
    for word in place_words() | _PLACES_ANYWHERE():
        if len(word) >= 7:
            out.add(word)
            out.update(word[:i] + word[i + 1:] for i in range(len(word)))
    return frozenset(out)


def _near_place(word: str) -> bool:
    """Whether a word of seven letters or more is a place's name with one letter typed
    wrong, left out or added ("amsteram"): as a place, it does not name the organisation
    on its own ("Hogeschool van Amsteram" stays the Hogeschool of that place).

    Examples
    --------
    >>> _near_place("amsteram"), _near_place("amsterdam"), _near_place("techport")
    (True, True, False)
    """
    if len(word) < 7:
        return False
    deletes = _place_deletes()
    return word in deletes or any(word[:i] + word[i + 1:] in deletes
                                  for i in range(len(word)))


def _written_words(name: str) -> list[str]:
    """A name's words as :func:`normalise_org_name` reads them, before it leaves out a
    place or a word like "Stichting".

    Examples
    --------
    >>> _written_words("ROC Amsterdam - Airport"), normalise_org_name("ROC Amsterdam - Airport")
    (['roc', 'amsterdam', 'airport'], 'amsterdam airport')
    """
    text = _expanded(_plain(remarkless(name)))  # most names have none of the abbreviations
    words = [w for w in _WORD_GAPS.split(text) if w and w not in LEGAL_FORMS]
    while len(words) > 1 and words[-1] in _LAST_FORMS:  # "Siemens AG", "Ericsson AB"
        words.pop()
    return _abbreviate(_place_after(words))


def _place_after(words: list[str]) -> list[str]:
    """A name that begins with a place's adjective, with the place at its end instead, as
    other people write it: "De Beverwijkse Bazaar" is "De Bazaar Beverwijk".

    Examples
    --------
    >>> _place_after(["de", "beverwijkse", "bazaar"]), _place_after(["nederlandse", "spoorwegen"])
    (['de', 'bazaar', 'beverwijk'], ['nederlandse', 'spoorwegen'])
    """
    at = 1 if words and words[0] in _ARTICLES else 0
    if len(words) <= at + 1 or not words[at].endswith("se"):  # most names
        return words
    place, places = words[at][:-2], _place_codes()
    # Not "Nederlandse" (Nederland is also a village), nor a place's own name that begins
    # with one ("Utrechtse Heuvelrug").
    if len(place) < 4 or place == "nederland" or place not in places or any(
            "".join(words[at:end]) in places for end in range(at + 2, min(len(words), at + 4) + 1)):
        return words
    return [*words[:at], *words[at + 1:], place]


_ARTICLES = frozenset({"de", "het", "the"})
_GOVERNMENT_WORDS = frozenset({"gemeente", "municipality"})


def _municipal_government(words: list[str], places: frozenset[str],
                          municipality: str) -> str | None:
    """The name of a municipality's own government ("Gemeente Heerhugowaard",
    "Alkmaar (gemeente)", "Municipality of Amsterdam") in the municipality it names, now or
    before a merger or by one of its places, as one form: "gemeente" and the municipality's
    name today ("gemeente dijk en waard"). ``None`` for any other name.

    Examples
    --------
    >>> normalise_org_name("Gemeente Heerhugowaard", "GM1980")
    'gemeente dijk en waard'
    >>> normalise_org_name("Alkmaar (gemeente)", "GM0361")
    'gemeente alkmaar'
    """
    if len(words) < 2:
        return None
    if words[0] in _GOVERNMENT_WORDS:
        rest = words[1:]
    elif words[-1] in _GOVERNMENT_WORDS:
        rest = words[:-1]
    else:
        return None
    while rest and rest[0] in _PREPOSITIONS:  # "Municipality of Amsterdam"
        rest = rest[1:]
    if not rest or "".join(rest) not in places:
        return None
    return " ".join(["gemeente", *_seat_words(municipality)])


@functools.cache
def _seat_words(municipality: str) -> tuple[str, ...]:
    """The words of a municipality's name today, as a normalised name has them."""
    from .loaders.cbs import geography

    found = geography().municipalities.get(municipality)
    name = found.name if found is not None else municipality
    return tuple(w for w in _WORD_GAPS.split(_plain(name).replace(".", "")) if w)


@functools.cache
def _place_keys(municipality: str) -> frozenset[str]:
    """The names that point at a municipality (see ``Geography.place_keys``), remembered:
    every name is normalised with its municipality, and an import inside the function that
    does it cost more than the rest of its work."""
    from .loaders.cbs import geography

    return geography().place_keys(municipality)


@functools.cache
def _PLACES_ANYWHERE() -> frozenset[str]:  # noqa: N802 - a cached constant
    """Every woonplaats name as one word (``hoofddorp``, ``ijmuiden``)."""
    from .loaders.cbs import geography

    return frozenset(k for keys in (geography()._places,) for k in keys)


@functools.cache
def _abbreviations() -> dict[str, tuple[str, ...]]:
    """The shipped abbreviations (``data/names/abbreviations.csv``): short → long words."""
    import csv
    from importlib import resources

    root = resources.files("stakeholder_graph") / "data" / "names"
    with (root / "abbreviations.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    out: dict[str, tuple[str, ...]] = {}
    for r in rows:  # the first long form of an abbreviation is the one it is written as
        out.setdefault(r["short"], tuple(r["long"].split()))
    return out


def _abbreviate(words: list[str]) -> list[str]:
    """Write abbreviations out, other long forms as the first one, and English parts of a
    name in Dutch: "nhn" → noord holland noord, "werkgevers servicepunt" →
    werkgeversservicepunt, "port of" → havenbedrijf.

    Examples
    --------
    >>> _abbreviate(["port", "of", "den", "helder"])
    ['havenbedrijf', 'den', 'helder']
    """
    table, longs, triggers = _abbreviation_index()
    if triggers.isdisjoint(words):  # most names: nothing to write out
        return words
    out: list[str] = []
    i = 0
    while i < len(words):
        for long, canonical in longs:
            if tuple(words[i:i + len(long)]) == long:
                out.extend(canonical)
                i += len(long)
                break
        else:
            long = table.get(words[i], (words[i],))
            if len(words[i]) <= 2 and i + 1 < len(words) and not _place_or_short(
                    words[i + 1]) and words[i + 1] not in _BRANCH_HEADS:
                # "VR NHN", "OD IJmond", "Laren NH", "Kop van NH locatie Schagen"; not
                # "VR Studio"
                long = (words[i],)
            # "Waterschap AGV": the written-out form's first word is already there.
            out.extend(long[1:] if len(long) > 1 and out and out[-1] == long[0] else long)
            i += 1
    return out


def _place_or_short(word: str) -> bool:
    """Whether a word is a place's, a region's or an abbreviation: what may follow a
    two-letter abbreviation that is written out ("VR Kennemerland", "OD NHN")."""
    return word in place_words() or word in _PLACES_ANYWHERE() or word in _abbreviations()


@functools.cache
def _abbreviation_index() -> tuple[dict[str, tuple[str, ...]],
                                   list[tuple[tuple[str, ...], tuple[str, ...]]],
                                   frozenset[str]]:
    """Abbreviations, long forms (longest first) with the form they are written as, and the
    words that start either."""
    table = _abbreviations()
    longs = sorted([*((long, table[short]) for short, long in _variants()),
                    *_translations()], key=lambda item: -len(item[0]))
    triggers = frozenset(table) | {long[0] for long, _ in longs}
    return table, longs, triggers


@functools.cache
def _translations() -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """The shipped translations (``data/names/translations.csv``): the words of an English
    name's part with the Dutch words it stands for ("port of" → havenbedrijf, "ministry of
    defence" → ministerie van defensie), each line with its source.

    Examples
    --------
    >>> dict(_translations())[("port", "of")]
    ('havenbedrijf',)
    """
    import csv
    from importlib import resources

    root = resources.files("stakeholder_graph") / "data" / "names"
    with (root / "translations.csv").open(encoding="utf-8", newline="") as fh:
        return tuple((tuple(r["english"].split()), tuple(r["dutch"].split()))
                     for r in csv.DictReader(fh))


@functools.cache
def _parts() -> dict[str, str]:
    """The shipped parts (``data/names/parts.csv``): the first word of a body's name that
    is part of the one its other first word names, the rest alike ("Brandweer
    Kennemerland" of the Veiligheidsregio Kennemerland), each line with its source.

    Examples
    --------
    >>> _parts()["brandweer"]
    'veiligheidsregio'
    """
    import csv
    from importlib import resources

    root = resources.files("stakeholder_graph") / "data" / "names"
    with (root / "parts.csv").open(encoding="utf-8", newline="") as fh:
        return {r["part"]: r["whole"] for r in csv.DictReader(fh)}


def part_of(name: str) -> tuple[str, str] | None:
    """The first word of the body a name says it is part of, and the rest of the name as
    a key: "Brandweer Amsterdam-Amstelland" is part of a Veiligheidsregio
    Amsterdam-Amstelland; ``None`` for other names.

    Examples
    --------
    >>> part_of("Brandweer Amsterdam-Amstelland")
    ('veiligheidsregio', 'amsterdamamstelland')
    >>> part_of("Brandweer"), part_of("Veiligheidsregio Kennemerland")
    (None, None)
    """
    words = _written_words(name)
    whole = _parts().get(words[0]) if len(words) > 1 else None
    return (whole, _compact_words(words[1:])) if whole else None


def _whole(name: str) -> tuple[str, str] | None:
    """A name's first word and the rest as a key, where that word names a body others are
    part of ("Veiligheidsregio Kennemerland": a Brandweer Kennemerland is part of it)."""
    words = _written_words(name)
    if len(words) > 1 and words[0] in _parts().values():
        return words[0], _compact_words(words[1:])
    return None


@functools.cache
def _variants() -> tuple[tuple[str, tuple[str, ...]], ...]:
    import csv
    from importlib import resources

    root = resources.files("stakeholder_graph") / "data" / "names"
    with (root / "abbreviations.csv").open(encoding="utf-8", newline="") as fh:
        return tuple((r["short"], tuple(r["long"].split())) for r in csv.DictReader(fh))


def read_aliases(path: str | os.PathLike[str]) -> list[tuple[str, str, str]]:
    """Read an alias list: CSV with ``name``, ``alias`` and ``source`` columns.

    Raises
    ------
    InputError
        A missing column, or a line without a source (each alias says where it is from).

    Examples
    --------
    >>> from importlib import resources
    >>> rows = read_aliases(resources.files("stakeholder_graph") / "data/names/aliases.csv")
    >>> ("Port of Amsterdam", "Havenbedrijf Amsterdam") in [(a, b) for a, b, _ in rows]
    True
    """
    from .errors import InputError
    from .loaders.tables import read_table

    table = read_table(path) if isinstance(path, str | os.PathLike) else None
    if table is None:  # a packaged resource
        import csv

        with path.open(encoding="utf-8", newline="") as fh:  # type: ignore[union-attr]
            return [(r["name"], r["alias"], r["source"]) for r in csv.DictReader(fh)]
    for column in ("name", "alias", "source"):
        table.require(column, "an alias list")
    out = []
    for number, record in table.records():
        name, alias, source = (str(record.get(k) or "").strip()
                               for k in ("name", "alias", "source"))
        if not name or not alias:
            raise InputError("an alias line needs a name and an alias", file=table.file,
                             row=number, column="name" if not name else "alias")
        if not source:
            raise InputError("an alias line needs a source (where is it from?)",
                             file=table.file, row=number, column="source")
        out.append((name, alias, source))
    return out


@functools.cache
def _shipped_aliases() -> tuple[tuple[str, str, str], ...]:
    from importlib import resources

    return tuple(read_aliases(resources.files("stakeholder_graph") / "data/names/aliases.csv"))


@functools.cache
def _former_rows() -> tuple[dict[str, str], ...]:
    """The lines of ``data/names/former_names.csv``, read once."""
    import csv
    from importlib import resources

    path = resources.files("stakeholder_graph") / "data/names/former_names.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        return tuple(csv.DictReader(fh))


class _Former(NamedTuple):
    """The former names in use, worked out once: by match key the name each became, since
    when and the source (``table``); the first five letters of every former name
    (``words``: a name that does not begin so has none to look up; five, not the whole
    word: "Waterland Ziekenhuis" is "Waterlandziekenhuis"); the acronyms of former names
    (``ahead``: "cwi" → the keys of the names they became at last, UWV's; ``back``: those
    keys → the acronyms); and the former names that end in a place (``places``: "corus" →
    the key of "Corus IJmuiden" and the municipalities the place may be in)."""

    table: dict[str, tuple[str, str, str]]
    words: frozenset[str]
    ahead: dict[str, frozenset[str]]
    back: dict[str, frozenset[str]]
    places: dict[str, tuple[str, frozenset[str]]]


def _former_index(lines: list[tuple[str, str, str, str]]) -> _Former:
    """The :class:`_Former` of lines of former names (name, former, since, source); an
    earlier line for a former name goes first (the user's before the shipped ones)."""
    table: dict[str, tuple[str, str, str]] = {}
    for name, former, since, source in lines:
        table.setdefault(match_key(former), (name, since, source))
    ahead: dict[str, set[str]] = {}
    places: dict[str, tuple[str, frozenset[str]]] = {}
    for name, former, _since, _source in lines:
        key, seen = match_key(name), set()
        while key in table and key not in seen:  # a chain: ADM Cocoa → Olam Cocoa → ofi
            seen.add(key)
            key = match_key(table[key][0])
        # An acronym may also be another's ("CWI" is also Centrum Wiskunde & Informatica),
        # so it only proposes a pair.
        for short in initials(former):
            if len(short) >= 3:
                ahead.setdefault(short, set()).add(key)
        placed = named_place(normalise_org_name(former))
        if placed:
            places.setdefault(compact(placed[0]), (match_key(former), placed[1]))
    back: dict[str, set[str]] = {}
    for short, keys in ahead.items():
        for key in keys:
            back.setdefault(key, set()).add(short)
    return _Former(table, frozenset(_first_word(f)[:5] for _, f, _, _ in lines),
                   {k: frozenset(v) for k, v in ahead.items()},
                   {k: frozenset(v) for k, v in back.items()}, places)


@functools.cache
def _shipped_former() -> _Former:
    """The :class:`_Former` of ``data/names/former_names.csv``."""
    return _former_index([(r["name"], r["former"], r["since"], r["source"])
                          for r in _former_rows()])


def _former() -> _Former:
    """The former names in use: the shipped ones, with the user's (see
    :func:`former_names_in_use`)."""
    return _USER_FORMER.get() or _shipped_former()


_SINCE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
_USER_FORMER: contextvars.ContextVar[_Former | None] = contextvars.ContextVar(
    "user_former_names", default=None)
"""The former names in use with the user's own (see :func:`former_names_in_use`); ``None``
for the shipped ones alone."""
_USER_LINES: contextvars.ContextVar[tuple[tuple[str, str, str, str], ...]] = \
    contextvars.ContextVar("user_former_lines", default=())
"""The user's own lines of former names in use."""


def read_former_names(path: str | os.PathLike[str]) -> list[tuple[str, str, str, str]]:
    """Read a list of former names: CSV or XLSX with ``name``, ``former``, ``since`` and
    ``source`` columns, as ``data/names/former_names.csv`` (the organisation's name, its
    earlier name, since when: a year, ``YYYY-MM`` or a date, and where it is from).

    Raises
    ------
    InputError
        A missing column; a line without a name, former name or source; a ``since`` that
        is no year, month or date.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "eigen.csv"
    >>> _ = p.write_text("name,former,since,source\\nDe Nieuwe Naam,Oude Naam BV,2024-03-01,"
    ...                  "KvK-uittreksel\\n", encoding="utf-8")
    >>> read_former_names(p)
    [('De Nieuwe Naam', 'Oude Naam BV', '2024-03-01', 'KvK-uittreksel')]
    """
    from .errors import InputError
    from .loaders.tables import read_table

    table = read_table(path)
    for column in ("name", "former", "since", "source"):
        table.require(column, "a list of former names")
    out = []
    for number, record in table.records():
        name, former, since, source = (str(record.get(k) or "").strip()[:10]
                                       if k == "since" else str(record.get(k) or "").strip()
                                       for k in ("name", "former", "since", "source"))
        for column, value in (("name", name), ("former", former), ("source", source)):
            if not value:
                raise InputError(f"a line of former names needs a {column}"
                                 + (" (where is it from?)" if column == "source" else ""),
                                 file=table.file, row=number, column=column)
        if not _SINCE.fullmatch(since):
            raise InputError(f"since: {since!r} is no year, month or date; write when the "
                             "name changed as 2014, 2014-09 or 2014-09-01",
                             file=table.file, row=number, column="since", value=since)
        out.append((name, former, since, source))
    return out


@contextlib.contextmanager
def former_names_in_use(lines: Iterable[tuple[str, str, str, str]]) -> Iterator[None]:
    """Use the user's own former names (:func:`read_former_names`) beside the shipped ones
    while reading files: a row under such a name loads under the later name, as with the
    shipped list; a user's line for a name the shipped list holds goes first.

    Examples
    --------
    >>> with former_names_in_use([("De Nieuwe Naam", "Oude Naam BV", "2024", "KvK")]):
    ...     successor("Oude Naam", "2025-01-01")[0]
    'De Nieuwe Naam'
    >>> successor("Oude Naam", "2025-01-01") is None
    True
    """
    mine = (*lines, *_USER_LINES.get())  # the innermost's first
    shipped = [(r["name"], r["former"], r["since"], r["source"]) for r in _former_rows()]
    index = _former_index([*mine, *shipped]) if mine else None
    token, token_lines = _USER_FORMER.set(index), _USER_LINES.set(mine)
    try:
        yield
    finally:
        _USER_FORMER.reset(token)
        _USER_LINES.reset(token_lines)


def _first_word(name: str) -> str:
    found = re.match(r"\W*(\w+)", str(name).casefold())
    return found.group(1) if found else ""


def successor(name: str, day: str, municipality: str | None = None
              ) -> tuple[str, str, str] | None:
    """The name an organisation known under ``name`` had on ``day`` (an ISO date), after a
    merger, takeover or rename the shipped list of former names holds
    (``data/names/former_names.csv``): the name, since when (a year, month or day, as the
    source gives it) and the source; ``None`` when the name was still its own that day. A
    chain is followed (ADM Cocoa → Olam Cocoa → ofi). A name with its place after it is
    found too, in ``municipality`` (a CBS code) or without one: "Clusius College Hoorn" is
    Clusius College's.

    Examples
    --------
    >>> successor("Clusius College", "2024-05-01")[:2]
    ('Vonk', '2022-08-01')
    >>> successor("Clusius College", "2021-05-01") is None
    True
    >>> successor("ADM Cocoa", "2026-01-01")[0], successor("ADM Cocoa", "2018-01-01")[0]
    ('ofi', 'Olam Cocoa')
    >>> successor("Clusius College Hoorn", "2024-01-01", "GM0405")[0]
    'Vonk'
    >>> successor("Clusius College Hoorn", "2024-01-01")[0]
    'Vonk'
    >>> successor("Clusius College Hoorn", "2024-01-01", "GM0363") is None  # not its place
    True
    """
    former = _former()
    table, words = former.table, former.words
    name = bare_name(name)  # "VERVALLEN Gemini Ziekenhuis"
    first = _first_word(name)
    if first[:5] not in words and (first not in DESCRIPTORS or _first_word(  # "Stichting
            re.sub(r"^\W*\w+", "", str(name)))[:5] not in words):  # Oude Naam": the next word
        return None  # most names: no match key worked out (a load asks for every row)
    found = None
    key, seen = match_key(name), set()
    if key not in table:  # "CWI Haarlem": the name without its place
        placed = None if municipality else named_place(normalise_org_name(name))
        key = match_key(name, municipality) if municipality else \
            compact(placed[0]) if placed else key
        here = former.places.get(key) if municipality and key not in table else None
        if here and municipality in here[1]:  # "Corus" in Velsen: "Corus IJmuiden"
            key = here[0]
    while key in table and key not in seen:
        seen.add(key)
        later, since, source = table[key]
        if str(day)[:len(since)] < since:  # "2014": any day in 2014 or later
            break
        found = (later, since, source)
        key = match_key(later)
    return found


def known_aliases(extra: Iterable[tuple[str, ...]] = ()) -> dict[str, frozenset[str]]:
    """Return, by match key, the match keys of the other names of the same organisation:
    the shipped alias list (``data/names/aliases.csv``) and ``extra`` lines.

    Examples
    --------
    >>> "luchtvaartmaatschappij" in known_aliases()[match_key("KLM")]
    True
    """
    extra = tuple(extra)
    if not extra:  # the shipped list alone, as most loads use it: worked out once
        return dict(_shipped_alias_keys())
    return _alias_keys((*_shipped_aliases(), *extra))


def in_alias_list(name: str) -> bool:
    """Whether the shipped alias list names the organisation ``name`` names (by its match
    key), without the copy :func:`known_aliases` gives.

    Examples
    --------
    >>> in_alias_list("Defensie"), in_alias_list("Nova")
    (True, False)
    """
    return match_key(name) in _shipped_alias_keys()


@functools.cache
def _shipped_alias_keys() -> dict[str, frozenset[str]]:
    return _alias_keys(_shipped_aliases())


def _alias_keys(lines: Iterable[tuple[str, ...]]) -> dict[str, frozenset[str]]:
    groups: dict[str, set[str]] = {}
    for line in lines:
        a, b = match_key(line[0]), match_key(line[1])
        if not a or not b:
            continue
        group = groups.get(a, {a}) | groups.get(b, {b})
        for key in group:
            groups[key] = group
    return {k: frozenset(v - {k}) for k, v in groups.items()}


def match_key(name: str, municipality: str | None = None) -> str:
    """Return the compact key that makes two names a sure match (with the municipality).

    The normalised name without spaces and without its small words after the first ("van",
    "of", "en"), which people leave out or put in: "Hoogheemraadschap van Rijnland" and
    "Hoogheemraadschap Rijnland" have one key.

    Examples
    --------
    >>> match_key("Tatasteel") == match_key("Tata Steel N.V.")
    True
    >>> match_key("Hoogheemraadschap van Rijnland") == match_key("Hoogheemraadschap Rijnland")
    True
    """
    return compact(normalise_org_name(name, municipality))


def compact(norm: str) -> str:
    """The compact key of a normalised name: its words joined, without the small ones
    after the first word (a first "van" is part of a name: "Van Oord" is not "Oord").

    Examples
    --------
    >>> compact("port of amsterdam"), compact("van oord"), compact("gooi en vechtstreek")
    ('portamsterdam', 'vanoord', 'gooivechtstreek')
    """
    return _compact_words(norm.split())


def _compact_words(words: list[str]) -> str:
    """:func:`compact` of a normalised name's words."""
    return "".join(words[:1] + [w for w in words[1:] if w not in _PREPOSITIONS])


def similarity(a: str, b: str) -> float:
    """Return the fuzzy score (0–100) of two normalised names.

    The higher of rapidfuzz's ``token_sort_ratio`` and, when both names have at least two
    words and share one that is not a place name, ``token_set_ratio`` (which scores
    "tata steel" in "tata steel nederland" 100); "ij" and "y" count as one letter, and two
    names that are one without their spaces score 100 ("ggz in geest", "ggz ingeest").

    Examples
    --------
    >>> similarity("vattenfal", "vattenfall") >= THRESHOLD
    True
    >>> similarity("koninklijke marechaussee", "koninklijke marine") < THRESHOLD
    True
    >>> round(similarity("uwv gooi en vechtstreek", "werkgeversservicepunt gooi en vechtstreek"), 1)
    59.4
    >>> similarity("heymans", "heijmans"), similarity("ggz in geest", "ggz ingeest")
    (100.0, 100.0)
    """
    from rapidfuzz import fuzz

    if a.replace(" ", "") == b.replace(" ", ""):
        return 100.0

    if "ij" in a or "ij" in b:  # Dutch ij is often typed y: "Heymans" is "Heijmans"
        a, b = a.replace("ij", "y"), b.replace("ij", "y")
    score = fuzz.token_sort_ratio(a, b)
    if a.count(" ") and b.count(" ") and set(a.split()) & set(b.split()) - place_words():
        score = max(score, fuzz.token_set_ratio(a, b))
    return float(score)


@functools.cache
def place_words() -> frozenset[str]:
    """Words of Dutch municipality, region and province names (and a few small words).

    Two names that share only such words ("UWV Gooi en Vechtstreek", "Werkgeversservicepunt
    Gooi en Vechtstreek") are not scored on what they share.

    Examples
    --------
    >>> {"gooi", "vechtstreek", "amsterdam"} <= place_words()
    True
    """
    from .loaders.cbs import geography

    words = set(_PREPOSITIONS)
    for m in geography().municipalities.values():
        for text in (m.name, m.corop, m.region, m.province):
            words.update(w for w in re.split(r"[^a-z0-9]+", _plain(text)) if w)
    return frozenset(words)


def _blocks(kind: str, word: str) -> tuple[tuple[str, str], ...]:
    """The blocks a word puts a name in: its first four letters and, for a longer word, its
    last four (a typo early in a word, "Aliander", still meets "Alliander")."""
    return ((kind, word[:4]), (kind, "~" + word[-4:])) if len(word) > 5 else ((kind, word[:4]),)


def _begins(a: str, b: str, acronyms: Collection[str] = ()) -> bool:
    """Whether the words of one normalised name begin the other's ("tennet", "tennet tso";
    "bejo", "bejo zaden") and the shorter is a real word (four letters or more, or one of
    ``acronyms``, a name written as one: "PWN", "PWN Waterleidingbedrijf"), not a place.

    Examples
    --------
    >>> _begins("pwn", "pwn waterleidingbedrijf"), _begins("pwn", "pwn waterleidingbedrijf", {"pwn"})
    (False, True)
    """
    short, long = sorted((a.split(), b.split()), key=len)
    return 0 < len(short) < len(long) and long[:len(short)] == short and \
        (len("".join(short)) >= 4 or " ".join(short) in acronyms) and \
        not set(short) <= place_words()


def _shortened(a: str, b: str, dotted: Collection[str] = ()) -> bool:
    """Whether one normalised name is the other with some of its words cut short to their
    beginning, the first word kept whole ("regio g en v": Regio Gooi en Vechtstreek;
    "quest int": Quest International). A word cut short is one or two letters, or one
    written with a full stop (``dotted``: "Int."): "Hotel Amstel" is not "Hotel Amstelveen".

    Examples
    --------
    >>> _shortened("regio g en v", "regio gooi en vechtstreek"), _shortened("quest int", "quest international", {"int"})
    (True, True)
    >>> _shortened("quest int", "quest international"), _shortened("hotel amstel", "hotel amstelveen")
    (False, False)
    >>> _shortened("regio g en v", "regio gooi"), _shortened("g en v", "gooi en vechtstreek")
    (False, False)
    """
    one, two = a.split(), b.split()
    if len(one) != len(two) or len(one) < 2 or one[0] != two[0] or one[0] in _PREPOSITIONS:
        return False
    cut = False
    for x, y in zip(one[1:], two[1:], strict=True):
        if x != y:
            short, long = sorted((x, y), key=len)
            if not long.startswith(short) or long.isdigit() or (
                    len(short) > 2 and short not in dotted):
                return False
            cut = True
    return cut


def _dotted(texts: Iterable[str]) -> frozenset[str]:
    """The words of names written with a full stop after them ("Quest Int. Naarden": int),
    as a normalised name has them."""
    return frozenset(_plain(w) for t in texts if "." in str(t)
                     for w in re.findall(r"(\w+)\.", str(t)))


_KIND_NOUNS = frozenset({
    "werkvoorzieningsschap", "zorggroep", "zorgorganisatie", "woningcorporatie",
    "woningstichting", "woonstichting", "uitzendbureau", "detacheringsbureau",
    "bouwbedrijf", "aannemersbedrijf", "installatiebedrijf", "transportbedrijf",
    "productiebedrijf", "ingenieursbureau", "adviesbureau", "werkbedrijf", "leerbedrijf",
    "opleidingsbedrijf", "kenniscentrum", "ziekenhuis", "mc", "zorg", "thuiszorg",
    "museum", "waterbedrijf", "drinkwaterbedrijf", "veerdienst",
})
"""Words that say what an organisation is or does, written before or after its name
("Werkvoorzieningsschap Tomin", "Vivium Zorggroep", "Bouwbedrijf Heijmans", "Dijklander
Ziekenhuis", "Tergooi MC": a medisch centrum; "Evean Zorg", "Museum Singer Laren", "TESO
veerdienst")."""


def _core(words: list[str]) -> str:
    """The compact key of a normalised name's words without those that say what kind of
    body it is, nor the small words after them ("hoogheemraadschap van rijnland":
    "rijnland"; see ``Matcher._prepare``).

    Examples
    --------
    >>> _core("hoogheemraadschap van rijnland".split()), _core(["hva"])
    ('rijnland', 'hva')
    """
    rest = [w for w in words if w not in DESCRIPTORS]
    while rest and rest[0] in _PREPOSITIONS:  # Hoogheemraadschap van Rijnland
        rest.pop(0)
    return _compact_words(rest)


def _one_adds_to_other(a: str, b: str) -> bool:
    """Whether of two normalised names with one core (see ``Matcher._prepare``) one has all
    the words like "Stichting" the other has, and maybe more: "hoogheemraadschap rijnland"
    and "rijnland", not "roc van amsterdam" and "hogeschool van amsterdam".

    Examples
    --------
    >>> _one_adds_to_other("hoogheemraadschap rijnland", "rijnland")
    True
    >>> _one_adds_to_other("roc van amsterdam", "hogeschool van amsterdam")
    False
    """
    ours, theirs = DESCRIPTORS.intersection(a.split()), DESCRIPTORS.intersection(b.split())
    return ours <= theirs or theirs <= ours


_DEPARTMENT_KEYS = frozenset({
    "ez", "economischezaken", "hr", "hrm", "po", "personeelszaken", "werkinkomen", "wi",
    "socialezaken", "sociaaldomein", "inkoop", "communicatie", "facilitairezaken",
    "administratie", "crediteurenadministratie", "financien", "secretariaat", "receptie"})
"""Keys of names that are a department's only, as a row left after its place or its
contact moment ("Overleg EZ Wormerland", "Kennismaking EZ"): no name of an organisation,
so one only with the same in the same municipality."""
_COUNTRY = ("nederland", "netherlands")


def _with_country(a: str, b: str) -> bool:
    """Whether one normalised name is the other with the country after it: the national
    organisation of a name ("randstad nederland", "randstad"), wherever each lies; the
    shorter not a place.

    Examples
    --------
    >>> _with_country("randstad nederland", "randstad"), _with_country("tata steel", "tata")
    (True, False)
    >>> _with_country("hoorn nederland", "hoorn")
    False
    """
    short, long = sorted((a, b), key=len)
    rest = long[len(short):].strip()
    return long.startswith(short + " ") and rest in _COUNTRY and \
        not set(short.split()) <= place_words()


def _other_heads(a: str, b: str) -> bool:
    """Whether two normalised names are alike only by the places they name: each has a word
    of its own, not a place, unlike any of the other's ("ggd amsterdam amstelland" and
    "brandweer amsterdam amstelland", two bodies of one region); words cut to their first
    letter ("g en v") are left to the place they stand for.

    Examples
    --------
    >>> _other_heads("ggd amsterdam amstelland", "brandweer amsterdam amstelland")
    True
    >>> _other_heads("veiligheidsregio g en v", "veiligheidsregio gooi en vechtstreek")
    False
    >>> _other_heads("werkgeversservicepunt zuid kennemerland", "werkgeverservicepunt kennemerland")
    False
    """
    places = place_words()
    mine, yours = set(a.split()), set(b.split())
    mine, yours = (mine - yours - places, yours - mine - places)
    mine = {w for w in mine if len(w) > 1}
    yours = {w for w in yours if len(w) > 1}
    if not mine or not yours:
        return False
    return all(similarity(x, y) < THRESHOLD for x in mine for y in yours)


def _kind_noun_apart(a: str, b: str) -> bool:
    """Whether one normalised name is the other with a word that says what it is before or
    after it ("werkvoorzieningsschap tomin", "tomin"), where the other is four letters or
    more and not a place.

    Examples
    --------
    >>> _kind_noun_apart("werkvoorzieningsschap tomin", "tomin"), _kind_noun_apart("vivium zorggroep", "vivium")
    (True, True)
    >>> _kind_noun_apart("zorggroep hilversum", "hilversum"), _kind_noun_apart("van dijk groep", "van dijk")
    (False, False)
    """
    short, long = sorted((a.split(), b.split()), key=len)
    if len(long) != len(short) + 1 or len("".join(short)) < 4 or \
            set(short) <= place_words() or "".join(short) in _PLACES_ANYWHERE():
        return False
    return (long[0] in _KIND_NOUNS and long[1:] == short) or \
        (long[-1] in _KIND_NOUNS and long[:-1] == short)


@functools.cache
def _place_codes() -> dict[str, frozenset[str]]:
    """Every municipality's and woonplaats' name as one word → the municipalities it may
    be (``bergen``: two)."""
    from .loaders.cbs import geography

    out: dict[str, set[str]] = {}
    for table in (geography()._names, geography()._places):
        for key, codes in table.items():
            out.setdefault(key, set()).update(codes)
    return {k: frozenset(v) for k, v in out.items()}


def named_place(norm: str) -> tuple[str, frozenset[str]] | None:
    """A normalised name that ends in a place, read without a municipality: the rest, and
    the municipalities the place may be in ("npo hilversum": "npo" in Hilversum). ``None``
    when it does not, or the place is part of the name ("port of amsterdam", "bibliotheek
    haarlem").

    Examples
    --------
    >>> named_place("npo hilversum")
    ('npo', frozenset({'GM0402'}))
    >>> named_place("port of amsterdam"), named_place("hilversum")
    (None, None)
    """
    return _ends_in(norm, _place_codes())


def named_region(norm: str) -> tuple[str, frozenset[str]] | None:
    """A normalised name that ends in a region (its COROP or labour-market region's name,
    see :func:`_region_codes`): the rest, and the municipalities of the region ("techport
    ijmond": "techport" in a municipality of the COROP region IJmond). ``None`` when it
    does not.

    Examples
    --------
    >>> named_region("techport ijmond")[0], sorted(named_region("techport ijmond")[1])
    ('techport', ['GM0375', 'GM0383', 'GM0396', 'GM0450', 'GM0453'])
    >>> named_region("ijmond werkt"), named_region("uwv zaanstreek waterland")[0]
    (None, 'uwv')
    """
    return _ends_in(norm, _region_codes())


def _ends_in(norm: str, table: dict[str, frozenset[str]]) -> tuple[str, frozenset[str]] | None:
    """The rest of a normalised name and the municipalities its last words name in
    ``table`` (one to four words: "koog aan de zaan"); not a name where they follow a
    preposition ("port of amsterdam") or only a word like "Stichting"."""
    words = norm.split()
    for size in (4, 3, 2, 1):
        if len(words) > size and words[-size - 1] not in _PREPOSITIONS and \
                not DESCRIPTORS.issuperset(words[:-size]):
            codes = table.get("".join(words[-size:]))
            if codes:
                return " ".join(words[:-size]), codes
    return None


def names_a_region(text: str) -> bool:
    """Whether a place cell names a COROP or labour-market region ("IJmond",
    "Zaanstreek/Waterland"), not a municipality or a place (see :func:`named_region`).

    Examples
    --------
    >>> names_a_region("IJmond"), names_a_region("Zaanstreek/Waterland"), names_a_region("IJmuiden")
    (True, True, False)
    """
    return "".join(_WORD_GAPS.split(_plain(text))) in _region_codes()


@functools.cache
def _region_codes() -> dict[str, frozenset[str]]:
    """Every COROP and labour-market region's name as one word → its municipalities today
    ("ijmond": Beverwijk, Castricum, Heemskerk, Uitgeest, Velsen; "zaanstreekwaterland"),
    and the regions of the shipped ``data/names/regions.csv`` (the province's regions that
    are neither: "westfriesland", "zuidkennemerland"). Not a region that is also a
    municipality's or a place's name: that is a place."""
    import csv
    from importlib import resources

    from .loaders.cbs import geography

    out: dict[str, set[str]] = {}
    for m in geography().municipalities.values():
        if m.until:
            continue
        for text in (m.corop, m.region):
            key = "".join(_WORD_GAPS.split(_plain(text or "")))
            if key:
                out.setdefault(key, set()).add(m.code)
    path = resources.files("stakeholder_graph") / "data" / "names" / "regions.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            key = "".join(_WORD_GAPS.split(_plain(row["region"])))
            for name in row["municipalities"].split(";"):
                out.setdefault(key, set()).add(geography().named(name).code)
    places = _place_codes()
    return {k: frozenset(v) for k, v in out.items() if k not in places}


def _named_places(norms: list[str]) -> list[tuple[str, frozenset[str]]]:
    """The names of ``norms`` (of a row without a municipality) that end in a place or a
    region: each rest with the municipalities it may be in."""
    return [p for norm in norms for p in (named_place(norm), named_region(norm)) if p]


def _and_regionless(norms: list[str]) -> list[str]:
    """Normalised names, and those that end in a region without it ("woonstichting
    woonschakel westfriesland": also "woonstichting woonschakel").

    Examples
    --------
    >>> _and_regionless(["woonschakel westfriesland", "tata steel"])
    ['woonschakel westfriesland', 'tata steel', 'woonschakel']
    """
    return [*norms, *(found[0] for found in map(named_region, norms) if found)]


def _regional(norms: list[str], municipality: str | None) -> list[tuple[str, frozenset[str]]]:
    """The names of ``norms`` (of a row in ``municipality``) that end in the name of a
    region it lies in: each rest with the region's municipalities."""
    if not municipality:
        return []
    return [p for p in map(named_region, norms) if p and municipality in p[1]]


def _placed_elsewhere(norms: list[str], municipality: str) -> list[tuple[str, frozenset[str]]]:
    """The names of ``norms`` (of a row in ``municipality``) that end in the name of a
    region it lies in, or of a place in another municipality ("GGD Amsterdam" in
    Amstelveen, where it has an office): each rest with the municipalities the region or
    place may be in.

    Examples
    --------
    >>> _placed_elsewhere(["ggd amsterdam"], "GM0362")
    [('ggd', frozenset({'GM0363'}))]
    >>> _placed_elsewhere(["ggd"], "GM0363"), _placed_elsewhere(["techport ijmond"], "GM0375")[0][0]
    ([], 'techport')
    """
    elsewhere = [p for p in map(named_place, norms) if p and municipality not in p[1]]
    return _regional(norms, municipality) + elsewhere


def _ends(a: str, b: str) -> bool:
    """Whether one normalised name, written as one word, is the other's last words
    ("flora holland" ends "bloemenveiling floraholland"), of eight letters or more and not
    a place: a name with a word that says what it is in front.

    Examples
    --------
    >>> _ends("flora holland", "bloemenveiling floraholland"), _ends("holland", "flora holland")
    (True, False)
    """
    one, two = "".join(a.split()), "".join(b.split())
    short, long = (one, b.split()) if len(one) < len(two) else (two, a.split())
    if len(short) < 8 or short in place_words() or short in _PLACES_ANYWHERE():
        return False
    return any("".join(long[i:]) == short for i in range(1, len(long)))


def acronym(text: str) -> str:
    """The name as an acronym, lower-case, when it is one ("NS", "HvA", "TESO"); else "".

    Examples
    --------
    >>> acronym("TESO"), acronym("HvA"), acronym("Tata Steel"), acronym("Inholland")
    ('teso', 'hva', '', '')
    """
    word = str(text).strip().replace(".", "")
    if _ACRONYM.fullmatch(word) and sum(c.isupper() for c in word) >= 2:
        return word.casefold()
    return ""


def _written_acronym(text: str) -> str:
    """The name as an acronym, without its legal form ("N.V. HVC": "hvc"); else ""."""
    words = [w for w in _WORD_GAPS.split(str(text).replace(".", "")) if w
             and w.casefold() not in LEGAL_FORMS]
    return acronym(words[0]) if len(words) == 1 else ""


def abbreviates(short: str, long: str) -> bool:
    """Whether a name is an acronym (with or without a place after it) of another name:
    its initials, or the letters of its compounds ("ZMC": Zaans Medisch Centrum, "KVK":
    Kamer van Koophandel, "RKZ Beverwijk": Rode Kruis Ziekenhuis).

    Examples
    --------
    >>> abbreviates("KVK", "Kamer van Koophandel"), abbreviates("RKZ Beverwijk", "Rode Kruis Ziekenhuis")
    (True, True)
    >>> abbreviates("Tata Steel", "TS"), abbreviates("KLM", "KLM Cityhopper")
    (False, False)
    """
    letters = acronym(short) or _acronym_at(short)
    if not letters or acronym(long) or len(long.split()) < 2:
        return False
    return letters in initials(long) or spells(letters, long)


def initials(text: str) -> set[str]:
    """The initials of a name of two words or more, with and without its small words.

    Examples
    --------
    >>> sorted(initials("Hogeschool van Amsterdam B.V."))
    ['ha', 'hva']
    >>> initials("Texels Eigen Stoomboot Onderneming"), initials("Techport")
    ({'teso'}, set())
    >>> sorted(initials("Koninklijk Nederlands Instituut voor Onderzoek der Zee"))
    ['knioz', 'nioz']
    >>> sorted(initials("Veiligheidsregio Kennemerland"))
    ['vk', 'vrk']
    """
    words = [w for w in _WORD_GAPS.split(_plain(text).replace(".", "")) if w
             and w not in LEGAL_FORMS and not w.isdigit()]
    out = set()
    if 2 <= len(words) <= 6:  # an acronym has at most six letters
        out.add("".join(w[0] for w in words))
    content = [w for w in words if w not in _PREPOSITIONS]
    if 2 <= len(content) <= 6:
        out.add("".join(w[0] for w in content))
    # "Stichting Samenwerkingsorganisatie Beroepsonderwijs Bedrijfsleven" is SBB.
    named = [w for w in content if w not in DESCRIPTORS]
    if 2 <= len(named) <= 6:
        out.add("".join(w[0] for w in named))
    # The royal predicate is often left out: "Koninklijk Nederlands Instituut voor
    # Onderzoek der Zee" is NIOZ (and "Koninklijke Luchtvaart Maatschappij" KLM).
    if content and content[0] in _ROYAL and 3 <= len(content) - 1 <= 6:
        out.add("".join(w[0] for w in content[1:]))
    # A name that begins with a body an abbreviation stands for: "Veiligheidsregio
    # Kennemerland" is VRK, "Omgevingsdienst Noord-Holland Noord" ODNHN.
    for short, long in _abbreviation_starts().get(content[0] if content else "", ()):
        rest = content[len(long):]
        if tuple(content[:len(long)]) == long and rest and len(short) + len(rest) <= 6:
            out.add(short + "".join(w[0] for w in rest))
    return out


@functools.cache
def _abbreviation_starts() -> dict[str, tuple[tuple[str, tuple[str, ...]], ...]]:
    """The shipped abbreviations of more than one letter by the first word of what they
    stand for: "veiligheidsregio" → ("vr", ("veiligheidsregio",))."""
    out: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for short, long in _variants():
        if len(short) >= 2:
            out.setdefault(long[0], []).append((short, long))
    return {k: tuple(v) for k, v in out.items()}


_ROYAL = frozenset({"koninklijk", "koninklijke", "royal"})


def _initial_words(text: str) -> list[tuple[str, ...]]:
    """The words of a name an acronym may be made of: without legal forms and numbers,
    without small words, and also without the words that say what kind of body it is."""
    words = [w for w in _WORD_GAPS.split(_plain(text).replace(".", "")) if w
             and w not in LEGAL_FORMS and not w.isdigit() and w not in _PREPOSITIONS]
    named = [w for w in words if w not in DESCRIPTORS]
    return [tuple(ws) for ws in {tuple(words), tuple(named)} if 2 <= len(ws) <= 6]


def spells(acro: str, text: str) -> bool:
    """Whether an acronym is made of a name's words in order, each word giving its first
    letter and maybe more of its own letters: Dutch compounds give two ("NWZ": Noordwest
    Ziekenhuisgroep, "KLu": Koninklijke Luchtmacht).

    Examples
    --------
    >>> spells("nwz", "Noordwest Ziekenhuisgroep"), spells("klu", "Koninklijke Luchtmacht")
    (True, True)
    >>> spells("nzw", "Noordwest Ziekenhuisgroep"), spells("nwz", "Nieuwe Zorg Westland")
    (False, False)
    """
    return any(_spelt_by(acro, words) for words in _initial_words(text))


def _spelt_by(acro: str, words: tuple[str, ...]) -> bool:
    """Whether an acronym is made of these words in order, each giving its first letter
    and maybe more of its own letters ("zh": ziekenhuis; "osg": openbare
    scholengemeenschap).

    Examples
    --------
    >>> _spelt_by("zh", ("ziekenhuis",)), _spelt_by("osg", ("openbare", "scholengemeenschap"))
    (True, True)
    >>> _spelt_by("zh", ("zorggroep",)), _spelt_by("os", ("openbare", "scholengemeenschap"))
    (False, True)
    """
    def fits(i: int, j: int) -> bool:
        if j == len(words):
            return i == len(acro)
        if i == len(acro) or acro[i] != words[j][0]:
            return False
        k, at = i + 1, 1
        while True:  # this word gives acro[i:k]; the next word the rest
            if fits(k, j + 1):
                return True
            if k == len(acro):
                return False
            at = words[j].find(acro[k], at) + 1
            if not at:
                return False
            k += 1

    return fits(0, 0)


def _head_abbreviated(short: str, long: str) -> bool:
    """Whether a name is an acronym followed by the end of another name, the acronym made of
    the other's first words (see :func:`_spelt_by`): "OSG West-Friesland" and "Openbare
    Scholengemeenschap West-Friesland", "ZH Amstelland" and "Ziekenhuis Amstelland". The
    end shared must say more than a word of two or three letters.

    Examples
    --------
    >>> _head_abbreviated("OSG West-Friesland", "Openbare Scholengemeenschap West-Friesland")
    True
    >>> _head_abbreviated("ZH Amstelland", "Ziekenhuis Amstelland")
    True
    >>> _head_abbreviated("ZH Amstelland", "Zorggroep Amstelland")
    False
    """
    first, _, rest = str(short).strip().partition(" ")
    acro = acronym(first)
    if not acro or not rest.strip():
        return False
    tail, words = _written_words(rest), _written_words(long)
    head = words[:len(words) - len(tail)]
    if not 1 <= len(head) <= 4 or words[len(head):] != tail or \
            len("".join(tail)) < 4 or acronym(long.strip().partition(" ")[0]):
        return False
    named = tuple(w for w in head if w not in _PREPOSITIONS)
    return bool(named) and _spelt_by(acro, named)


def _subsequences(acro: str) -> set[str]:
    """The shorter initials an acronym of compounds may stand for: its first letter and
    some of the others, in order ("nwz": "nw", "nz")."""
    rest = acro[1:]
    out = set()
    for mask in range(1, 2 ** len(rest) - 1):
        out.add(acro[0] + "".join(c for n, c in enumerate(rest) if mask >> n & 1))
    return out


@functools.lru_cache(maxsize=4096)
def _short_forms(text: str) -> tuple[frozenset[str], str, frozenset[str]]:
    """The :func:`initials` and :func:`acronym` of a name (the initials with those of its
    end after a first part, and the acronyms it ends in: see :func:`_ends_short`),
    remembered: a new name is matched and then added, and both ask for them."""
    ends, acronyms = _ends_short(text)
    return frozenset(initials(text)) | ends, acronym(text) or _acronym_at(text), acronyms


def _acronym_at(text: str) -> str:
    """The acronym of a name that is an acronym and a place ("AEB Amsterdam": "aeb");
    else "".

    Examples
    --------
    >>> _acronym_at("AEB Amsterdam"), _acronym_at("AEB Techniek"), _acronym_at("SG Haarlem Zuid")
    ('aeb', '', 'sg')
    """
    first, _, rest = str(text).strip().partition(" ")
    short = acronym(first)
    if not short or not rest:
        return ""
    words = [w for w in _WORD_GAPS.split(_plain(rest)) if w]
    if len(words) > 1 and words[-1] in _QUARTERS:  # "SG Haarlem Zuid"
        words.pop()
    place = "".join(words)
    return short if place in _PLACES_ANYWHERE() or place in place_words() else ""


def _ends_short(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """A name's first words with the initials of the rest, and with the acronym it ends in:
    "Ministerie van Sociale Zaken en Werkgelegenheid" gives the initials "ministerie>szw",
    "Ministerie van SZW" the acronym "ministerie>szw"; "Provincie Noord-Holland" and
    "Provincie NH" "provincie>nh".

    Examples
    --------
    >>> _ends_short("Ministerie van SZW")
    (frozenset(), frozenset({'ministerie>szw'}))
    >>> "ministerie>szw" in _ends_short("Ministerie van Sociale Zaken en Werkgelegenheid")[0]
    True
    """
    written = [w for w in _WORD_GAPS.split(str(text).replace(".", "")) if w
               and w.casefold() not in LEGAL_FORMS and not w.isdigit()]
    if len(written) < 2:
        return frozenset(), frozenset()
    # Abbreviations written out ("Min. SZW": "ministerie szw"); the last word is the same.
    words = [w for w in _WORD_GAPS.split(_expanded(_plain(text))) if w
             and w not in LEGAL_FORMS and not w.isdigit()]
    end = acronym(written[-1])
    acronyms = set()
    if end and len(words) >= 2:
        acronyms.add(f"{compact(' '.join(words[:-1]))}>{end}")
        if end[0] == words[0][0]:  # "Shell STCA": Shell Technology Centre Amsterdam
            acronyms.add(end)
    ends = set()
    for k in range(1, len(words) - 1):
        content = [w for w in words[k:] if w not in _PREPOSITIONS]
        if 2 <= len(content) <= 6:
            ends.add(f"{compact(' '.join(words[:k]))}>{''.join(w[0] for w in content)}")
    return frozenset(ends), frozenset(acronyms)


def _leading_acronym(text: str) -> str:
    """The acronym a name of more words begins with ("UWV WERKbedrijf Zaanstreek/Waterland":
    "uwv"), of three letters or more; else "".

    Examples
    --------
    >>> _leading_acronym("UWV WERKbedrijf Zaanstreek/Waterland"), _leading_acronym("UWV")
    ('uwv', '')
    >>> _leading_acronym("AH distributiecentrum"), _leading_acronym("Tata Steel")
    ('', '')
    """
    first, _, rest = str(text).strip().partition(" ")
    short = acronym(first)
    return short if len(short) >= 3 and rest.strip() else ""


def _expanded(text: str) -> str:
    """Plain text with its abbreviations written out ("min." → "ministerie") and without
    an addressee line ("t.a.v. afd. EZ")."""
    text = bare_name(text)
    for needed, pattern, replacement in _ABBREVIATIONS:
        if needed in text:
            text = pattern.sub(replacement, text)
    return text.replace(".", "")


def names_a_part(name: str) -> bool:
    """Whether a name is that of a part of an organisation, or has an addressee line in it
    ("AH distributiecentrum Zaandam", "Gemeente Oostzaan t.a.v. afd. EZ"): matched first
    with the other rows of a load, such a row would give its organisation its name.

    Examples
    --------
    >>> names_a_part("AH distributiecentrum Zaandam"), names_a_part("Albert Heijn")
    (True, False)
    """
    return bare_name(name) != name or not _BRANCH_WORDS.isdisjoint(
        _WORD_GAPS.split(_plain(name)))


def bare_name(name: str) -> str:
    """A name without the addressee line a CRM kept in it ("t.a.v.", "ter attentie van",
    "attn.": the organisation is what comes before), without a bookkeeper's department after
    a comma ("…, Crediteurenadministratie") and without the mark of a record no longer used
    ("VERVALLEN …", "ZZ …", "… (niet gebruiken)").

    Examples
    --------
    >>> bare_name("Gemeente Oostzaan t.a.v. afd. Economische Zaken")
    'Gemeente Oostzaan'
    >>> bare_name("Tata Steel, attn. HR"), bare_name("TAV Bouw")
    ('Tata Steel', 'TAV Bouw')
    >>> bare_name("VERVALLEN Gemini Ziekenhuis"), bare_name("ZZ Zaans Medisch Centrum (niet gebruiken)")
    ('Gemini Ziekenhuis', 'Zaans Medisch Centrum')
    >>> bare_name("Vervallen"), bare_name("Oud Illustratief"), bare_name("Heemstede zz")
    ('Vervallen', 'Oud Illustratief', 'Heemstede')
    >>> bare_name("DUPLICAAT - Gemeente Haarlem"), bare_name("Corus (oud)")
    ('Gemeente Haarlem', 'Corus')
    >>> bare_name("Hogeschool INHOLLAND, Centrale Financiële Administratie")
    'Hogeschool INHOLLAND'
    >>> bare_name("KLM, afd. Inkoop"), bare_name("Smit, Inkoop en Verkoop B.V.")
    ('KLM', 'Smit, Inkoop en Verkoop B.V.')

    A card or a log line named for a contact moment is the organisation it names:

    >>> bare_name("Gesprek met Tergooi MC over BBL"), bare_name("Kwartaaloverleg Regio G&V")
    ('Tergooi MC', 'Regio G&V')
    >>> bare_name("Stageplaatsen Hilverzorg"), bare_name("Banenmarkt zorg: Vivium")
    ('Hilverzorg', 'Vivium')
    """
    low = name.casefold()  # most names have neither: two cheap looks before any regex
    if ("t." in low or "attn" in low or "attentie" in low) and _ADDRESSEE.search(name):
        name = _ADDRESSEE.sub("", name)
    if "," in low and (found := _BILLING.search(name)) and not _LEGAL_END.search(found[0]):
        name = name[:found.start()]  # not "Smit, Inkoop en Verkoop B.V.": a firm's name
    if any(hint in low for hint in _MARK_HINTS) and _MARKED.search(name):
        name = _MARKED.sub("", name).strip() or name
    if low.lstrip().startswith(_CONTACT_WORDS):
        if ":" in name:  # "Banenmarkt zorg: Vivium": the organisation after the colon
            name = name.split(":", 1)[1].strip() or name
        elif found := _CONTACT.fullmatch(name):
            name = found.group("org")
    return name


def remarkless(name: str) -> str:
    """A name as written without the remark in small letters after a dash: what a card or
    a row is about, not part of the organisation's name. A part in capitals stays.

    Examples
    --------
    >>> remarkless("Amaris – leerwerkplekken VIG"), remarkless("Omring - woonzorgcentrum")
    ('Amaris', 'Omring')
    >>> remarkless("Nova - Haarlem"), remarkless("ROCvA - MBO College Airport")
    ('Nova - Haarlem', 'ROCvA - MBO College Airport')
    >>> remarkless("Meander - BBL"), remarkless("Comenius – LOB-dag")
    ('Meander', 'Comenius')
    """
    if " - " in name or "–" in name or "—" in name:
        return _DASHED_REMARK.sub("", name)
    return name


_CONTACT_WORDS = ("gesprek", "overleg", "kwartaaloverleg", "kennismaking", "afstemming",
                  "werkbezoek", "bezoek", "afspraak", "meeting", "rondleiding", "gastles",
                  "excursie", "stagebezoek", "stageplaatsen", "banenmarkt", "beroepenmarkt")
_CONTACT = re.compile(r"\s*(?:" + "|".join(_CONTACT_WORDS) + r")(?:\s+(?:met|bij|aan|van))?"
                      r"\s+(?P<org>.+?)(?:\s+(?:over|inzake|mbt|m\.b\.t\.|tbv|t\.b\.v\.|ivm|"
                      r"i\.v\.m\.)\s+.+)?\s*", re.IGNORECASE | re.DOTALL)
"""A contact moment written as a name ("Gesprek met Tergooi MC over BBL", "Overleg ROC van
Amsterdam over praktijkleren", "Kennismaking Veiligheidsregio G&V"), as a board's cards or a
CRM's log have them: the organisation is the words after the moment's word."""
_DASHED_REMARK = re.compile(r"(?<=\w)\s+[-–—]\s+(?=[a-z]|(?:BBL|BOL|LOB|BPV)\b)[^–—]*$")
"""A remark after a dash, in small letters ("Tomin – beschut werk") or an mbo's learning
path or activity ("Meander - BBL", "Comenius – LOB-dag"): see :func:`remarkless`."""


def _norm_initials(norms: list[str]) -> frozenset[str]:
    """The initials of normalised names of two to six words: of a name without the place it
    ends in ("afval energie bedrijf", in Amsterdam: "aeb")."""
    out = set()
    for norm in norms:
        words = [w for w in norm.split() if not w.isdigit()]
        if 2 <= len(words) <= 6:
            out.add("".join(w[0] for w in words))
    return frozenset(out)


def _numbers(names: list[str]) -> frozenset[str]:
    return frozenset(w for n in names for w in n.split() if w.isdigit())


_SHARED_HOSTS = frozenset({
    "linkedin.com", "nl.linkedin.com", "facebook.com", "instagram.com", "twitter.com", "x.com",
    "youtube.com", "google.com", "sites.google.com", "wixsite.com", "wordpress.com",
    "blogspot.com", "rijksoverheid.nl", "overheid.nl", "government.nl", "werk.nl", "kvk.nl",
    "defensie.nl", "linktr.ee"})
"""Hosts that many organisations share: there the path names one."""
_SHARED_ENDS = tuple(f".{h}" for h in _SHARED_HOSTS)


def website_key(url: str | None) -> str | None:
    """Return what identifies an organisation's website: its host without ``www.``, and on
    a host many share (LinkedIn, rijksoverheid.nl) the first two parts of the path too.

    Examples
    --------
    >>> website_key("https://www.s-bb.nl/"), website_key("s-bb.nl"), website_key("WWW.S-BB.NL")
    ('s-bb.nl', 's-bb.nl', 's-bb.nl')
    >>> website_key("https://www.linkedin.com/company/techport/about")
    'linkedin.com/company/techport'
    >>> website_key("http://www.rijksoverheid.nl/ministeries/ministerie-van-ocw/")
    'rijksoverheid.nl/ministeries/ministerie-van-ocw'
    >>> website_key("facebook.com/techport?ref=x"), website_key("https://www.werk.nl/")
    ('facebook.com/techport', None)
    >>> website_key("www.defensie.nl"), website_key("defensie.nl/organisatie/luchtmacht")
    (None, 'defensie.nl/organisatie/luchtmacht')
    >>> website_key(""), website_key("geen"), website_key(None)
    (None, None, None)
    """
    if not url:
        return None
    text = str(url).strip().casefold()
    text = re.sub(r"^[a-z][a-z0-9+.-]*://", "", text)
    host, _, path = text.partition("/")
    host = host.split("@")[-1].split(":")[0].removeprefix("www.").strip(".")
    if "." not in host or not re.fullmatch(r"[a-z0-9.-]+", host):
        return None  # "geen", "n.v.t.": not a website
    if host in _SHARED_HOSTS or host.endswith(_SHARED_ENDS):
        parts = [p for p in re.split(r"[?#]", path, maxsplit=1)[0].split("/") if p][:2]
        return f"{host}/{'/'.join(parts)}" if parts else None
    return host


def _another_kind(reason: str, new: Candidate, cand: Candidate) -> str:
    """The reason for a pair, said with ``cand``'s kind where it is not ``new``'s, and the
    kind of the organisation they are once accepted as one (see
    :func:`~stakeholder_graph.merges.merge`: a register key survives a slug, else the
    candidate)."""
    if cand.kind == new.kind:
        return reason
    return f"{reason}, another kind: a {cand.kind}; accepted, it is one {kept_kind(new, cand)}"


def kept_kind(new: Candidate, cand: Candidate) -> str:
    """The kind two organisations of two kinds are once accepted as one (see
    :func:`~stakeholder_graph.merges.merge`): a register key's; else not a company's, the
    kind a CRM gives a row that says none ("Prov. Noord-Holland" with no labels is the
    public body of the row that has them); else the candidate's.

    Examples
    --------
    >>> a = Candidate("slug:provincie-nh", "PublicBody", "Provincie Noord-Holland", None)
    >>> b = Candidate("slug:prov-noord-holland", "Company", "Prov. Noord-Holland", None)
    >>> kept_kind(a, b), kept_kind(b, a)
    ('PublicBody', 'PublicBody')
    """
    if new.registered != cand.registered:
        return new.kind if new.registered else cand.kind
    return new.kind if cand.kind == "Company" else cand.kind


@dataclass
class Candidate:
    """An organisation that new records are matched against."""

    id: str
    kind: str
    name: str
    municipality: str | None
    names: list[str] = field(default_factory=list)
    """The name and aliases."""
    website: str | None = None
    parent: str | None = None
    """The match key of the organisation its row names as its parent, if any."""
    places: frozenset[str] = frozenset()
    """The municipalities its rows give besides ``municipality`` (an organisation with a
    row in Blaricum and one in Hilversum lies in both)."""

    @property
    def where(self) -> frozenset[str]:
        """Every municipality it lies in: ``municipality`` and ``places``.

        Examples
        --------
        >>> sorted(Candidate("slug:x", "Company", "X", "0402", places=frozenset({"0376"})).where)
        ['0376', '0402']
        """
        return self.places | {self.municipality} if self.municipality else self.places

    @property
    def registered(self) -> bool:
        """Whether the id is a register key (KvK, BRIN, CBS) rather than a slug."""
        return not self.id.startswith("slug:")


def in_one_place(a: Candidate, b: Candidate) -> bool:
    """Whether two organisations lie in a municipality both name.

    Examples
    --------
    >>> tergooi = Candidate("slug:tergooi-mc", "Company", "Tergooi MC", "0376",
    ...                     places=frozenset({"0402"}))
    >>> in_one_place(Candidate("slug:tergooi", "Company", "Tergooi", "0402"), tergooi)
    True
    """
    return not a.where.isdisjoint(b.where)


def apart(a: Candidate, b: Candidate) -> bool:
    """Whether both organisations' municipalities are known and none is the other's.

    Examples
    --------
    >>> apart(Candidate("slug:a", "Company", "A", "0363"), Candidate("slug:b", "Company",
    ...       "B", None)), apart(Candidate("slug:a", "Company", "A", "0363"),
    ...       Candidate("slug:b", "Company", "B", "0362"))
    (False, True)
    """
    return bool(a.where) and bool(b.where) and a.where.isdisjoint(b.where)


@dataclass
class Match:
    """A proposed or applied match of a new record with a known organisation."""

    id: str
    target: str
    sure: bool
    score: float
    reason: str


class Matcher:
    """Index known organisations by kind, key and words; match new ones against them.

    Parameters
    ----------
    rejected : iterable of (variant, target)
        Pairs the user rejected; never proposed again.
    threshold : float
        The fuzzy score from which a pair is proposed.

    Examples
    --------
    >>> m = Matcher()
    >>> m.add(Candidate("kvk:24..", "Company", "Tata Steel", "GM0453", ["Tata Steel"]))
    >>> new = Candidate("slug:tatasteel", "Company", "Tatasteel", "GM0453", ["Tatasteel"])
    >>> [(x.target, x.sure) for x in m.match(new)]
    [('kvk:24..', True)]
    """

    def __init__(self, rejected: Iterable[tuple[str, str]] = (),
                 threshold: float = THRESHOLD,
                 aliases: Iterable[tuple[str, ...]] = ()) -> None:
        self.aliases = known_aliases(aliases)
        self._alias_keys = sorted(self.aliases)
        self.rejected = set(rejected)
        self.threshold = threshold
        self.by_id: dict[str, Candidate] = {}
        self._keys: dict[tuple[str, str], list[str]] = {}
        # Blocking: (kind, first four letters of a word) → the numbers in the names →
        # ids. Numbers must be equal for a fuzzy match, so only that part is searched.
        self._words: dict[tuple[str, str], dict[frozenset[str], set[str]]] = {}
        self._word_counts: dict[tuple[str, str], int] = {}
        self._norm: dict[str, list[str]] = {}
        self._own: dict[str, list[str]] = {}  # id → its names' keys, without aliases
        # What the candidate last matched worked out (see _prepare), for its add.
        self._last: tuple[Candidate, tuple[Any, ...]] | None = None
        # Abbreviations: (kind, "i:ns") → the ids whose name has those initials
        # ("Nederlandse Spoorwegen"); (kind, "a:ns") → those whose name is that acronym.
        self._short: dict[tuple[str, str], dict[str, None]] = {}
        # Cores (see _prepare): (kind, core) → the ids whose name has it.
        self._cores: dict[tuple[str, str], dict[str, None]] = {}
        self._sites: dict[str, dict[str, None]] = {}  # website_key → ids, any kind
        # Bodies by (the first word of their name, the rest's key), any kind: the wholes
        # ("Veiligheidsregio Kennemerland") and, apart, the parts that name them
        # ("Brandweer Kennemerland"). See part_of.
        self._wholes: dict[tuple[str, str], dict[str, None]] = {}
        self._parts_of: dict[tuple[str, str], dict[str, None]] = {}
        # Names without a municipality that end in a place ("npo hilversum"): (kind, the
        # key of the rest) → the ids and the municipalities the place may be in.
        self._placed: dict[tuple[str, str], dict[str, frozenset[str]]] = {}
        # The same, by id: the rest of each such name and where its place may be.
        self._rests: dict[str, list[tuple[str, frozenset[str]]]] = {}

    def add(self, cand: Candidate) -> None:
        """Add a known organisation to the index."""
        self.by_id[cand.id] = cand
        prepared = self._last[1] if self._last is not None and self._last[0] is cand \
            else self._prepare(cand)
        self._last = None
        self._norm[cand.id], self._own[cand.id] = [], []
        self._rests.pop(cand.id, None)
        self._index(cand, prepared)

    def grow(self, target: str, variant: Candidate) -> None:
        """Index the names of ``variant``, merged into the known organisation ``target``, as
        that organisation's: a later row meets them as its names ("Tata Steel" merged into
        "tatasteel" is found for "Tata Steel Nederland").

        Examples
        --------
        >>> m = Matcher()
        >>> m.add(Candidate("slug:tatasteel", "Company", "tatasteel", "GM0453"))
        >>> m.grow("slug:tatasteel", Candidate("slug:tata-steel", "Company", "Tata Steel",
        ...                                    "GM0453"))
        >>> [x.target for x in m.match(Candidate("slug:tsn", "Company", "Tata Steel Nederland",
        ...                                      "GM0453"))]
        ['slug:tatasteel']
        """
        into = self.by_id[target]
        if into.municipality:  # it lies where its variant lies too
            into.places = into.places | variant.where
        have = into.names or [into.name]
        extra = [n for n in variant.names or [variant.name] if n not in have]
        if not extra:
            return
        into.names = [*have, *extra]
        # The names as the organisation's own, read in its municipality where it has one.
        part = Candidate(target, into.kind, extra[0], into.municipality or variant.municipality,
                         extra)
        self._index(into, self._prepare(part), extra)

    def _index(self, cand: Candidate, prepared: tuple[Any, ...],
               names: list[str] | None = None) -> None:
        """Put ``names`` of ``cand`` (all of them by default), as ``prepared``, in the index."""
        norms, keys, numbers, blocks, cores, own = prepared
        for core in cores:
            self._cores.setdefault((cand.kind, core), {})[cand.id] = None
        for key in keys:
            ids = self._keys.setdefault((cand.kind, key), [])
            if cand.id not in ids:
                ids.append(cand.id)
        self._norm[cand.id].extend(norms)
        self._own[cand.id].extend(own)
        if not cand.municipality:
            rests = _named_places(norms)
            self._rests.setdefault(cand.id, []).extend(rests)
        else:  # "Techport IJmond" in Beverwijk: found for "Techport" in Velsen
            rests = _placed_elsewhere(norms, cand.municipality)
        for rest, codes in rests:
            self._placed.setdefault((cand.kind, compact(rest)), {})[cand.id] = codes
        site = website_key(cand.website)
        if site:
            self._sites.setdefault(site, {})[cand.id] = None
        names = names or cand.names or [cand.name]
        for text in names:
            if (whole := _whole(text)) is not None:
                self._wholes.setdefault(whole, {})[cand.id] = None
            elif (part := part_of(text)) is not None:
                self._parts_of.setdefault(part, {})[cand.id] = None
        for block in dict.fromkeys(blocks):
            self._words.setdefault(block, {}).setdefault(numbers, set()).add(cand.id)
            self._word_counts[block] = self._word_counts.get(block, 0) + 1
        placed = _norm_initials(norms)
        for text in names:
            inits, acro, ends = _short_forms(text)
            inits |= placed
            # "s:nz": an acronym of compounds ("NWZ") that initials "nz" may stand for.
            subs = {f"s:{s}" for s in _subsequences(acro)} if len(acro) >= 3 else set()
            lead = _leading_acronym(text)  # "UWV WERKbedrijf …": "b:uwv"
            for short in {*(f"i:{i}" for i in inits), f"a:{acro}", *subs,
                          *(f"a:{e}" for e in ends), *((f"b:{lead}",) if lead else ())}:
                if short != "a:":  # ids in a dict: in order, each once
                    self._short.setdefault((cand.kind, short), {})[cand.id] = None

    def _prepare(self, cand: Candidate) -> tuple[list[str], list[str], frozenset[str],
                                                  list[tuple[str, str]], list[str], list[str]]:
        """What matching and adding a name both work out: its normalised names, its keys
        (with those of its known aliases, sorted per name), the numbers in it, the blocks
        of its words, its cores, and its names' own keys (without aliases). ``match`` keeps
        them for the ``add`` that follows.

        A core is a name's key without the words that say what kind of body it is, where
        the name kept them because the rest is a place's name ("Hoogheemraadschap
        Rijnland": "rijnland").
        """
        norms, keys, blocks, cores, own = [], [], [], [], []
        for text in cand.names or [cand.name]:
            norm = normalise_org_name(text, cand.municipality)
            if norm:
                norms.append(norm)
                words = norm.split()
                key = _compact_words(words)
                own.append(key)
                keys.extend(sorted(self._with_aliases(key, text)))
                blocks.extend(b for w in words if not w.isdigit()
                              for b in _blocks(cand.kind, w))
                core = _core(words)
                if core and core != key:
                    cores.append(core)
        return norms, keys, _numbers(norms), blocks, cores, own

    def _with_aliases(self, key: str, text: str) -> set[str]:
        """The key and the keys of the name's known aliases (looked up with and without
        the place at the end: "Havenbedrijf Amsterdam" in Amsterdam is "havenbedrijf")."""
        keys = {key, *self.aliases.get(key, ())}
        # Place names are only dropped at the end, so the key without them starts with
        # ``key``: only then is it worth working out.
        at = bisect.bisect_left(self._alias_keys, key)
        if at < len(self._alias_keys) and self._alias_keys[at].startswith(key):
            full = match_key(text)
            if full in self.aliases:  # "VU Amsterdam" in Amsterdam is "vu", and also the
                keys.add(full)  # "vuamsterdam" the alias list knows
                keys.update(self.aliases[full])
        return keys

    def match(self, new: Candidate, likely_only: bool = False) -> list[Match]:
        """Return the sure match (alone), or the likely ones, best first.

        A registered record is only matched with slug records, never with another register
        key; a slug record is matched with both. With ``likely_only``, a sure match is one
        more likely one: the names of a row merged into ``new`` (its id), against the other
        organisations, for the user to decide.
        """
        texts = new.names or [new.name]
        prepared = self._prepare(new)
        self._last = (new, prepared)  # for the add that usually follows
        own, keys, numbers, blocks, cores, own_keys = prepared
        own_set = set(own_keys)
        # Names without a municipality that end in a place ("forbo krommenie").
        placed = [] if new.municipality else _named_places(own)
        seen: dict[str, Match] = {}
        for key in keys:
            for cid in self._keys.get((new.kind, key), []):
                if cid in seen:
                    continue
                cand = self.by_id[cid]
                if not self._allowed(new, cand):
                    continue
                # One of the names, or names the alias list says are one ("UvA").
                what = "same name" if not own_set.isdisjoint(self._own[cid]) else \
                    "a known other name"
                if in_one_place(new, cand):
                    if not likely_only:
                        return [Match(new.id, cid, True, 100.0, f"{what} and municipality")]
                    seen[cid] = Match(new.id, cid, False, 100.0, f"{what} and municipality")
                    continue
                if key in _DEPARTMENT_KEYS:  # "EZ" of two municipalities: no name of its own
                    continue
                seen[cid] = Match(new.id, cid, False, 100.0, f"{what}, "
                                  + ("other municipality" if new.municipality
                                     and cand.municipality else "municipality unknown"))
        # The same name under another kind ("SBB" a public body in one row, "Samenwerkings-
        # organisatie Beroepsonderwijs Bedrijfsleven (SBB)" a school in another): never sure,
        # for the user to decide.
        for key in keys:
            for kind in MATCH_KINDS:
                if kind == new.kind:
                    continue
                for cid in self._keys.get((kind, key), []):
                    cand = self.by_id[cid]
                    # A known other name ("Province of North Holland") is one as listed.
                    if cid not in seen and self._allowed(new, cand) and (
                            key not in own_set or key not in self._own[cid] or
                            self._as_written(new, cand)):
                        seen[cid] = Match(new.id, cid, False, self.threshold,
                                          _another_kind("same name", new, cand))
        pool: set[str] = set()
        # Words most names share ("van", "college") do not narrow the search, and numbers
        # are compared apart ("Bedrijf 12" and "Bedrijf 13" are two organisations): a name
        # of common words only gets no fuzzy match.
        for block in blocks:
            if self._word_counts.get(block, 0) <= _COMMON:
                pool |= self._words.get(block, {}).get(numbers, set())
        dotted = _dotted(texts)  # "Int.": the new name's words written cut short
        unregioned = _and_regionless(own)
        # A department's name only ("EZ" of "Overleg EZ Wormerland") is alike only in one
        # municipality.
        departmental = any(compact(a) in _DEPARTMENT_KEYS for a in own)
        for cid in pool - set(seen):
            cand = self.by_id[cid]
            if not self._allowed(new, cand):
                continue
            score = max((similarity(a, b) for a in own for b in self._norm[cid]
                         if not departmental or compact(a) not in _DEPARTMENT_KEYS
                         or in_one_place(new, cand)), default=0.0)
            elsewhere = apart(new, cand)
            if score >= self.threshold:
                seen[cid] = Match(new.id, cid, False, round(score, 1), "similar name")
            elif not elsewhere and self._cut_short(own, cand, dotted):
                seen[cid] = Match(new.id, cid, False, self.threshold,
                                  "one name is the other with words cut short")
            elif not elsewhere and any(_head_abbreviated(a, b) or _head_abbreviated(b, a)
                                   for a in texts for b in cand.names or [cand.name]):
                seen[cid] = Match(new.id, cid, False, self.threshold,
                                  "one name begins with an abbreviation of the other's "
                                  "first words")
            elif any(abs(a.count(" ") - b.count(" ")) == 1 and _kind_noun_apart(a, b)
                     for a in unregioned for b in _and_regionless(self._norm[cid])):
                # Also in two municipalities, as the same name is: "Woningcorporatie
                # Ymere" in Amsterdam and "Ymere" in Haarlem; and with a region after it:
                # "Woonstichting De Woonschakel Westfriesland" and "De Woonschakel".
                seen[cid] = Match(new.id, cid, False, self.threshold,
                                  "one name is the other with a word that says what it is")
            elif any(_with_country(a, b) for a in own for b in self._norm[cid]):
                # "Randstad Nederland" (the head office, Diemen) and "Randstad" (Beverwijk).
                seen[cid] = Match(new.id, cid, False, self.threshold,
                                  "one name is the other with the country")
            elif (pairs := self._in_one_place(new, own, placed, cand)):
                # "TenneT" and "TenneT TSO", "Flora Holland" and "Bloemenveiling
                # FloraHolland" in one municipality: for the user to decide.
                written = {_written_acronym(t) for t in (*texts, *(cand.names or [cand.name]))}
                if any(_begins(a, b, written) for a, b in pairs):
                    seen[cid] = Match(new.id, cid, False, self.threshold,
                                      "one name begins the other")
                elif any(_ends(a, b) for a, b in pairs):
                    seen[cid] = Match(new.id, cid, False, self.threshold,
                                      "one name ends the other")
        # One website ("www.s-bb.nl" and "https://s-bb.nl/"): one organisation, most likely,
        # whatever the names say; for the user to decide.
        for cid in self._sites.get(website_key(new.website) or "", {}):
            cand = self.by_id[cid]
            if cid not in seen and self._allowed(new, cand):
                seen[cid] = Match(new.id, cid, False, self.threshold,
                                  _another_kind("same website", new, cand))
        for cid in self._part_or_whole(new, texts):
            if cid not in seen:
                seen[cid] = Match(new.id, cid, False, self.threshold, _another_kind(
                    "one is part of the other, as its name says", new, self.by_id[cid]))
        for cid in self._with_place(new, placed or (
                _placed_elsewhere(own, new.municipality) if new.municipality else []),
                own_keys):
            if cid not in seen:
                seen[cid] = Match(new.id, cid, False, self.threshold, _another_kind(
                    "same name, with the place in the name", new, self.by_id[cid]))
        for cid in self._led(new, texts):
            if cid not in seen:
                seen[cid] = Match(new.id, cid, False, self.threshold, _another_kind(
                    "one name begins with the other, an abbreviation", new, self.by_id[cid]))
        # The name's own abbreviation before a former name's ("SBB" of both).
        for cid in self._abbreviated(new, texts, own):
            if cid not in seen:
                seen[cid] = Match(new.id, cid, False, self.threshold, _another_kind(
                    "an abbreviation of the name", new, self.by_id[cid]))
        for cid in self._formerly_short(new, texts, own_keys):
            if cid not in seen:
                seen[cid] = Match(new.id, cid, False, self.threshold, _another_kind(
                    "an abbreviation of a former name of the other", new, self.by_id[cid]))
        for cid in self._same_core(new, own_keys, cores, own):
            if cid not in seen:
                seen[cid] = Match(new.id, cid, False, self.threshold, _another_kind(
                    "one name is the other with a word like 'Stichting'", new,
                    self.by_id[cid]))
        for cid, reason in self._similar_elsewhere(new, own, blocks, numbers, unregioned,
                                                   seen):
            seen[cid] = Match(new.id, cid, False, self.threshold, _another_kind(
                reason, new, self.by_id[cid]))
        return sorted(seen.values(), key=lambda m: (-m.score, m.target))

    def _similar_elsewhere(self, new: Candidate, own: list[str], blocks: list[tuple[str, str]],
                           numbers: frozenset[str], unregioned: list[str],
                           seen: Mapping[str, Match]) -> list[tuple[str, str]]:
        """The ids of organisations of another kind whose name is like ``new``'s (scores
        the threshold: "Kennismaking Veiligheidsregio G&V" a company in one row, the
        Veiligheidsregio Gooi en Vechtstreek a public body in another) or is it with a
        word that says what it is ("Dijklander" and "Dijklander Ziekenhuis"): a row's kind
        is often a CRM's default, so the kinds do not keep them apart; for the user to
        decide. Each with the reason for the pair."""
        found: list[tuple[str, str]] = []
        for kind in MATCH_KINDS:
            if kind == new.kind:
                continue
            pool: set[str] = set()
            for _, word in blocks:
                block = (kind, word)
                if self._word_counts.get(block, 0) <= _COMMON:
                    pool |= self._words.get(block, {}).get(numbers, set())
            for cid in pool:
                if cid in seen or not self._allowed(new, cand := self.by_id[cid]) or \
                        apart(new, cand):
                    continue
                alike = any(similarity(a, b) >= self.threshold and not _other_heads(a, b)
                            for a in own for b in self._norm[cid])
                if alike and self._as_written(new, cand, alike=True):
                    found.append((cid, "similar name"))
                elif any(abs(a.count(" ") - b.count(" ")) == 1 and _kind_noun_apart(a, b)
                         for a in unregioned for b in _and_regionless(self._norm[cid])):
                    found.append((cid, "one name is the other with a word that says what it is"))
        return found

    def _part_or_whole(self, new: Candidate, texts: list[str]) -> list[str]:
        """The ids of the bodies ``new`` is part of, or that are part of it, as the names
        say ("Brandweer Kennemerland" and the Veiligheidsregio Kennemerland), wherever in
        the region each lies: a fire station's row in Amstelveen is the Brandweer
        Amsterdam-Amstelland's, whose Veiligheidsregio sits in Amsterdam."""
        found: dict[str, None] = {}
        for text in texts:
            if (whole := _whole(text)) is not None:
                found.update(self._parts_of.get(whole, {}))
            elif (part := part_of(text)) is not None:
                found.update(self._wholes.get(part, {}))
        return [cid for cid in found if cid != new.id and self._allowed(new, self.by_id[cid])]

    def _in_one_place(self, new: Candidate, norms: list[str],
                      placed: list[tuple[str, frozenset[str]]], cand: Candidate
                      ) -> list[tuple[str, str]]:
        """The pairs of ``new``'s and ``cand``'s normalised names where both lie in one
        municipality, said by the row or by the place a name without one ends in ("Forbo
        Krommenie": "forbo" in Zaanstad; ``placed``: ``new``'s such names, as
        :func:`named_place` reads them); none where they do not."""
        theirs = self._norm[cand.id]
        if new.municipality and cand.municipality:
            return [(a, b) for a in norms for b in theirs] if in_one_place(new, cand) else []
        if new.municipality:  # cand's name says its place, or nothing
            return [(a, rest) for a in norms for rest, codes in self._rests.get(cand.id, ())
                    if new.municipality in codes]
        if cand.municipality:
            return [(rest, b) for rest, codes in placed if cand.municipality in codes
                    for b in theirs]
        return []

    def _cut_short(self, norms: list[str], cand: Candidate, dotted: frozenset[str]) -> bool:
        """Whether one of ``norms`` is one of ``cand``'s names with words cut short (see
        :func:`_shortened`); ``dotted``: the new name's words written with a full stop."""
        pairs = [(a, b) for a in norms for b in self._norm[cand.id]
                 if a.count(" ") == b.count(" ")]
        if not pairs:  # most pairs: not as many words, nothing to work out
            return False
        dotted = dotted | _dotted(cand.names or [cand.name])
        return any(_shortened(a, b, dotted) for a, b in pairs)

    def _with_place(self, new: Candidate, placed: list[tuple[str, frozenset[str]]],
                    own_keys: list[str]) -> list[str]:
        """The ids whose name is one of ``new``'s where one of the two has no municipality
        and ends in the other's place: "npo hilversum" and "NPO" in Hilversum; or ends in
        the name of a region the other lies in: "Techport IJmond" in Beverwijk and
        "Techport" in Velsen; or in a place or region while the other lies nowhere known:
        "Werksaam Westfriesland" in Hoorn and "Werksaam" (``placed``: ``new``'s names that
        end in a place or region, and the municipalities each may be in). For the user to
        decide."""
        found: dict[str, None] = {}
        for kind in MATCH_KINDS:
            for key in own_keys:  # "Werksaam" nowhere, "Werksaam Westfriesland" in Hoorn
                found.update((cid, None) for cid, codes in
                             self._placed.get((kind, key), {}).items()
                             if new.municipality in codes or not new.municipality)
            for rest, codes in placed:
                found.update((cid, None) for cid in self._keys.get((kind, compact(rest)), [])
                             if self.by_id[cid].municipality in codes
                             or not self.by_id[cid].municipality)
        return [cid for cid in found if self._allowed(new, self.by_id[cid])]

    def named(self, text: str, municipality: str | None = None) -> list[str]:
        """The ids of the known organisations, of any kind, that ``text`` names: one of
        their names or known other names, read without a municipality and in
        ``municipality`` ("Tata Steel IJmuiden" in Velsen is Tata Steel).

        Examples
        --------
        >>> m = Matcher()
        >>> m.add(Candidate("slug:amaris-zorggroep", "Company", "Amaris Zorggroep", None))
        >>> m.named("AMARIS ZORGGROEP"), m.named("Amaris")
        (['slug:amaris-zorggroep'], [])
        """
        found: dict[str, None] = {}
        for where in dict.fromkeys((None, municipality)):
            key = match_key(text, where)
            for k in sorted(self._with_aliases(key, text)) if key else ():
                for kind in MATCH_KINDS:
                    found.update(dict.fromkeys(self._keys.get((kind, k), [])))
        return list(found)

    def parent_matches(self, child: Candidate, parents: Iterable[str],
                       final: Callable[[str], str] = str,
                       reason: str = "its source names the other as its parent") -> list[Match]:
        """The pairs of ``child`` and the organisations a file names as its parent
        ("Amaris Gooizicht", parent account "Amaris Zorggroep": a location of one
        organisation, or a holding's company). Never sure: for the user to decide.
        ``final`` gives the organisation an id was merged into; ``reason`` says why (also
        for a part a row names after a dash: "a row names the other as its part").

        Examples
        --------
        >>> m = Matcher()
        >>> m.add(Candidate("slug:amaris-zorggroep", "Company", "Amaris Zorggroep", None))
        >>> child = Candidate("slug:amaris-gooizicht", "Company", "Amaris Gooizicht", "GM0402")
        >>> [(x.target, x.sure, x.reason) for x in m.parent_matches(child, ["Amaris Zorggroep"])]
        [('slug:amaris-zorggroep', False, 'its source names the other as its parent')]
        """
        out: dict[str, Match] = {}
        for text in parents:
            for cid in map(final, self.named(text, child.municipality)):
                cand = self.by_id.get(cid)
                if cand is not None and cid not in out and self._allowed(child, cand):
                    out[cid] = Match(child.id, cid, False, self.threshold, _another_kind(
                        reason, child, cand))
        return list(out.values())

    def _same_core(self, new: Candidate, own_keys: list[str], cores: list[str],
                   norms: list[str]) -> list[str]:
        """The ids in ``new``'s municipality whose name is one of ``new``'s with or without
        the words that say what kind of body it is, where what stays is a place's name:
        "Rijnland" and "Hoogheemraadschap Rijnland" in Leiden (Rijnland is also a region's
        name, so not a sure match). Not two names that each have such a word the other has
        not: "ROC van Amsterdam" and "Hogeschool van Amsterdam" are two schools. For the
        user to decide (``norms``: ``new``'s normalised names)."""
        if not new.municipality:
            return []
        found: dict[str, None] = {}
        own_keys = list(dict.fromkeys(own_keys))
        for kind in MATCH_KINDS:  # "Rijnland" a company in one row, "Hoogheemraadschap
            for key in own_keys:  # Rijnland" a public body in the next
                found.update(self._cores.get((kind, key), {}))
            for core in cores:
                found.update(dict.fromkeys(self._keys.get((kind, core), [])))
                found.update(self._cores.get((kind, core), {}))
        return [cid for cid in found if in_one_place(new, self.by_id[cid])
                and self._allowed(new, self.by_id[cid])
                and any(_one_adds_to_other(a, b) and _core(a.split()) == _core(b.split())
                        for a in norms for b in self._norm[cid])]

    def _abbreviated(self, new: Candidate, texts: list[str], norms: list[str]) -> list[str]:
        """The ids whose name abbreviates a name of ``new``, or is abbreviated by it.

        "NS" and "Nederlandse Spoorwegen", "TESO" and "Texels Eigen Stoomboot Onderneming"
        in one municipality; also an acronym of three letters or more where a municipality
        is unknown ("ONHN", "Ontwikkelingsbedrijf Noord-Holland Noord"); and, in one
        municipality, an acronym of compounds ("NWZ", "Noordwest Ziekenhuisgroep"). For the
        user to decide; never where both municipalities are known and differ.
        """
        out: dict[str, None] = {}
        placed = _norm_initials(norms)  # without the place: "Afval Energie Bedrijf Amsterdam"
        for text in texts:
            # An acronym meets initials, and initials an acronym.
            inits, acro, ends = _short_forms(text)
            inits |= placed
            if not (inits or acro or ends):  # one word that is no acronym: nothing to meet
                continue
            wanted = {f"a:{i}": i for i in inits} | {f"i:{acro}": acro} | {
                f"i:{e}": e for e in ends}
            compounds = {f"i:{s}": acro for s in _subsequences(acro)} if len(acro) >= 3 \
                else {}
            compounds |= {f"s:{i}": i for i in inits}
            # An acronym of compounds only within one kind: between two, too loose ("KLM"
            # would spell "Koninklijke Marechaussee").
            for (short, letters), kind in (*itertools.product(wanted.items(), MATCH_KINDS),
                                           *((c, new.kind) for c in compounds.items())):
                if not letters:
                    continue
                found = self._short.get((kind, short), {})
                if len(found) > _COMMON:  # many names share: tells nothing
                    continue
                for cid in found:
                    cand = self.by_id[cid]
                    if cid in out or not self._allowed(new, cand):
                        continue
                    same = in_one_place(new, cand)
                    unknown = not new.municipality or not cand.municipality
                    if short in wanted:
                        if not (same or (unknown and len(letters) >= 3)):
                            continue
                    elif not (same or (unknown and len(letters) >= 4)) or \
                            not self._spelt(text, cand, new.municipality):
                        continue
                    out[cid] = None
        return list(out)

    def _led(self, new: Candidate, texts: list[str]) -> list[str]:
        """The ids, of any kind, whose name is an abbreviation that begins a name of
        ``new``, or whose name begins with ``new``'s abbreviation: "UWV" and "UWV
        WERKbedrijf Zaanstreek/Waterland" (a public body in one row, a company in the
        next), where both lie in one municipality or one of them in none. For the user to
        decide."""
        out: dict[str, None] = {}
        for text in texts:
            lead, acro = _leading_acronym(text), acronym(text)
            for short in ((f"a:{lead}",) if lead else ()) + ((f"b:{acro}",) if acro else ()):
                for kind in MATCH_KINDS:
                    found = self._short.get((kind, short), {})
                    if len(found) > _COMMON:  # many names share: tells nothing
                        continue
                    for cid in found:
                        cand = self.by_id[cid]
                        if cid not in out and self._allowed(new, cand) and \
                                not apart(new, cand):
                            out[cid] = None
        return list(out)

    def _formerly_short(self, new: Candidate, texts: list[str], own_keys: list[str]
                        ) -> list[str]:
        """The ids, of any kind, of the organisation a name of ``new`` abbreviates a former
        name of, or of the rows whose name abbreviates a former name of ``new``: "CWI
        Zaandam" and UWV (the Centrum voor Werk en Inkomen is UWV since 2009; "CWI" alone
        is also Centrum Wiskunde & Informatica, so never sure). In any municipality, as a
        former name is. For the user to decide."""
        ahead, back = _former().ahead, _former().back
        out: dict[str, None] = {}
        for text in texts:
            short = _short_forms(text)[1]  # its acronym, also with a place after it
            for key in ahead.get(short, ()) if short else ():
                for kind in MATCH_KINDS:
                    out.update(dict.fromkeys(self._keys.get((kind, key), [])))
        for key in own_keys:
            for short in back.get(key, ()):
                for kind in MATCH_KINDS:
                    out.update(self._short.get((kind, f"a:{short}"), {}))
        return [cid for cid in out if self._allowed(new, self.by_id[cid])]

    @staticmethod
    def _spelt(text: str, cand: Candidate, municipality: str | None = None) -> bool:
        """Whether an acronym of compounds (the new name, or a name of ``cand``) spells the
        other name, also without the place at its end ("GVB", "Gemeentelijk Vervoerbedrijf
        Amsterdam" in Amsterdam; ``municipality``: the new name's)."""
        own = acronym(text) or _short_forms(text)[1]  # "NWZ Alkmaar": its place after it
        names = cand.names or [cand.name]
        if own:  # the new name is the acronym: one of cand's names must be spelt by it
            return any(spells(own, name) or (cand.municipality and spells(
                own, normalise_org_name(name, cand.municipality))) for name in names)
        texts = [text, normalise_org_name(text, municipality)] if municipality else [text]
        return any(spells(acronym(name), t) for name in names if len(acronym(name)) >= 3
                   for t in texts)

    @staticmethod
    def _as_written(new: Candidate, cand: Candidate, alike: bool = False) -> bool:
        """Whether two names of two kinds that are one name without some words are a pair:
        not when each leaves out a word of its own and one of those says a kind the other
        is not. "ROC Amsterdam - Airport" (a school) and "Amsterdam Airport Schiphol" (a
        company) are "amsterdam airport" only without "ROC", a school's word, and
        "Schiphol", a place: never a pair. "Hogeschool Inholland" (a school) and "Inholland"
        (a company, the default kind of a CRM's rows) leave out one word, of one name, and
        "ROC Horizon College" (a company) and "Horizon College Heerhugowaard" (a school)
        leave out "ROC", a school's word, and a place: pairs to review. With ``alike``, of
        names that are alike (:func:`similarity` scores the threshold), not one."""
        for one in new.names or [new.name]:
            ours = normalise_org_name(one, new.municipality)
            for other in cand.names or [cand.name]:
                theirs = normalise_org_name(other, cand.municipality)
                if compact(ours) != compact(theirs) and not (
                        alike and similarity(ours, theirs) >= THRESHOLD):
                    continue
                written, said = set(_written_words(one)), set(_written_words(other))
                mine, yours = written - set(ours.split()) - said, \
                    said - set(theirs.split()) - written
                if not mine or not yours or not (
                        any(_KIND_WORDS.get(w, cand.kind) != cand.kind for w in mine) or
                        any(_KIND_WORDS.get(w, new.kind) != new.kind for w in yours)):
                    return True
        return False

    def _allowed(self, new: Candidate, cand: Candidate) -> bool:
        if cand.id == new.id or (new.id, cand.id) in self.rejected:
            return False
        if new.parent and cand.parent and new.parent != cand.parent and \
                cand.parent not in self.aliases.get(new.parent, ()) and \
                new.parent not in self._own.get(cand.id, ()) and \
                cand.parent != match_key(new.name):
            # Rows under two parents ("Locatie Hoofddorp" of Nova College and of Spaarne
            # Gasthuis): two organisations, each a pair with its own parent; not a row and
            # the parent it names ("AH DC Zaandam" under Albert Heijn, itself under Ahold).
            return False
        return not (new.registered and cand.registered)
