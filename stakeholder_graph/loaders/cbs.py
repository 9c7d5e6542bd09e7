"""CBS reference data: municipalities, their regions, and municipality-name resolution.

The tables ship with the package (``stakeholder_graph/data/nl-gemeenten-regio``, Bron: CBS;
see its ``SOURCE.md``). :func:`geography` reads them once; :func:`load_cbs` turns them into
Municipality and Region nodes with IN_REGION relationships.
"""

from __future__ import annotations

import csv
import difflib
import functools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from typing import Any

from ..errors import InputError, closest, did_you_mean
from ..graph.model import Batch, EdgeRecord, NodeRecord, Provenance, build_edge, build_node

__all__ = ["Municipality", "Geography", "geography", "load_cbs", "normalise_place"]

DATA = "nl-gemeenten-regio"
CBS_SOURCE = "CBS, Gebieden in Nederland 2026 (StatLine)"
CBS_ORIGIN = Provenance(f"{DATA}/municipalities.csv")
"""Where the records of the shipped municipalities and regions come from."""
TYPO = 0.85
"""How alike (difflib's ratio) an unknown place and a known name are when the one is a typo
of the other: "Amsterdm" and Amsterdam 0.94, "Hoofdorp" and Hoofddorp 0.94; "Brussel" and
Borssele 0.8, "London" and Loon 0.8."""

REGION_TYPES = {
    "region": "labour_market_region",
    "corop": "corop",
    "province": "province",
}


@dataclass(frozen=True)
class Municipality:
    """A municipality with the regions it belongs to.

    ``until`` is empty for a current municipality; for one that merged, split or was
    renamed under a new code since 2010, the day it ceased (its regions are those of its
    last year).
    """

    code: str
    name: str
    corop_code: str
    corop: str
    region_code: str
    region: str
    province_code: str
    province: str
    until: str = ""


def normalise_place(name: str) -> str:
    """Normalise a place name for matching: case, accents, punctuation, CBS suffixes.

    Examples
    --------
    >>> normalise_place("  's-Gravenhage ")
    'sgravenhage'
    >>> normalise_place("Laren (NH.)") == normalise_place("laren nh")
    True
    >>> normalise_place("Koog a/d Zaan") == normalise_place("Koog aan de Zaan")
    True
    >>> normalise_place("Dijk & Waard") == normalise_place("Dijk en Waard")
    True
    """
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"\ba/d\b", "aande", text.casefold().replace("gemeente ", ""))
    return re.sub(r"[^a-z0-9]+", "", text.replace("&", " en "))


class Geography:
    """The current municipalities, their regions, and every name that points at them.

    Names resolve in this order: a current municipality name (with or without the CBS
    suffix such as "(NH.)"); an old name of a municipality that merged or was renamed
    (Weesp → Amsterdam, Heerhugowaard → Dijk en Waard); a place (woonplaats) that lies in
    exactly one municipality (Hoofddorp → Haarlemmermeer). Each at the date of the data:
    a place in a municipality formed or enlarged after that date is the predecessor it is
    named after (Broek op Langedijk → Langedijk in 2021), else its choices are listed.

    Examples
    --------
    >>> geo = geography()
    >>> geo.resolve("Weesp").name
    'Amsterdam'
    >>> geo.resolve("GM0361").name
    'Alkmaar'
    """

    def __init__(self) -> None:
        root = resources.files("stakeholder_graph") / "data" / DATA
        with (root / "municipalities.csv").open(encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
        self.municipalities: dict[str, Municipality] = {}
        """The current municipalities by CBS code."""
        for r in rows:
            if r["year"] == "2026":
                self.municipalities[r["code"]] = Municipality(
                    r["code"], r["name"], r["corop_code"], r["corop"], r["region_code"],
                    r["region"], r["province_code"], r["province"])
        self._names: dict[str, set[str]] = {}
        for m in self.municipalities.values():
            self._add(m.name, m.code)
            self._add(re.sub(r"\s*\(.*\)$", "", m.name), m.code)
        self.successions: dict[str, list[dict[str, str]]] = {}
        """Rows of ``successions.csv`` by normalised old name: what each became, and when."""
        self._next: dict[tuple[str, str], list[dict[str, str]]] = {}
        self._into: dict[tuple[str, str], list[dict[str, str]]] = {}
        with (root / "successions.csv").open(encoding="utf-8", newline="") as fh:
            for r in csv.DictReader(fh):
                self.successions.setdefault(normalise_place(r["old_name"]), []).append(r)
                self._next.setdefault((r["old_code"], r["old_name"]), []).append(r)
                self._into.setdefault((r["new_code"], r["new_name"]), []).append(r)
        self._old = {key: {r["new_code"] for r in found}
                     for key, found in self.successions.items()}
        self.former: dict[str, Municipality] = {}
        """Municipalities that ceased since 2010 under a code of their own (Heerhugowaard,
        Molenwaard), by code, with the day they ceased (``until``)."""
        old_rows = {r["code"]: r for r in rows
                    if r["year"] != "2026" and r["code"] not in self.municipalities}
        for code, r in old_rows.items():
            until = self._next[(code, r["name"])][0]["date"]
            region_code, region = r["region_code"], r["region"]
            if not region_code:  # 2010-2013 rows lack it: the successors' region, if one
                found = {(m.region_code, m.region) for m in self._finals(code, r["name"])}
                region_code, region = next(iter(found)) if len(found) == 1 else ("", "")
            self.former[code] = Municipality(code, r["name"], r["corop_code"], r["corop"],
                                             region_code, region, r["province_code"],
                                             r["province"], until)
        with (root / "corop.generated.csv").open(encoding="utf-8", newline="") as fh:
            self._places: dict[str, set[str]] = {}
            self._place_names: set[str] = set()  # as CBS writes them, for "did you mean"
            suffixed: dict[str, set[str]] = {}
            for r in csv.DictReader(fh):
                key = normalise_place(r["Woonplaats"])
                self._places.setdefault(key, set()).add("GM" + r["Gemeentecode"])
                self._place_names.add(r["Woonplaats"])
                if (plain := _PROVINCE_SUFFIX.sub("", r["Woonplaats"])) != r["Woonplaats"]:
                    suffixed.setdefault(normalise_place(plain), set()).add(
                        "GM" + r["Gemeentecode"])
            # A place CBS writes with its province ("Driehuis NH", as there is a Driehuis
            # in Gelderland's tables of old) is found as written without it, where no
            # place has that name alone.
            for key, codes in suffixed.items():
                self._places.setdefault(key, codes)
        # Names people write that CBS does not list: "Den Haag" ('s-Gravenhage), "A'dam",
        # Amsterdam's stadsdelen ("Amsterdam-Noord") as places in it.
        with (root / "place_names.csv").open(encoding="utf-8", newline="") as fh:
            for r in csv.DictReader(fh):
                if r["kind"] == "name":
                    self._add(r["name"], r["code"])
                else:
                    self._places.setdefault(normalise_place(r["name"]), set()).add(r["code"])

    def _add(self, name: str, code: str) -> None:
        self._names.setdefault(normalise_place(name), set()).add(code)

    def named(self, name: str, province: str | None = None) -> Municipality | None:
        """The current municipality of exactly this name (with or without its province
        suffix), in the province when several; ``None`` for anything else (a place, an old
        name, an unknown or an ambiguous name).

        Examples
        --------
        >>> geography().named("den helder").name, geography().named("Hoofddorp")
        ('Den Helder', None)
        """
        codes = self._names.get(normalise_place(str(name)), set())
        if len(codes) > 1 and province:
            codes = {c for c in codes if normalise_place(self.municipalities[c].province)
                     == normalise_place(province)}
        return self.municipalities[next(iter(codes))] if len(codes) == 1 else None

    def get(self, code: str) -> Municipality:
        """Return a current or former municipality by its CBS code.

        Examples
        --------
        >>> geography().get("GM0398").name, geography().get("GM0398").until
        ('Heerhugowaard', '2022-01-01')
        """
        return self.municipalities.get(code) or self.former[code]

    def _finals(self, code: str, name: str) -> list[Municipality]:
        """The current municipalities a former one's area is in (a chain followed)."""
        out: list[Municipality] = []
        for r in self._next.get((code, name), ()):
            if r["new_code"] in self.municipalities:
                out.append(self.municipalities[r["new_code"]])
            else:
                out.extend(self._finals(r["new_code"], r["new_name"]))
        return list(dict.fromkeys(out))

    def at(self, code: str, name: str, day: str) -> list[tuple[Municipality, list[dict[str, str]]]]:
        """The municipalities that held a municipality's area on a day, each with the
        successions that led there (empty when it still existed that day).

        Parameters
        ----------
        code, name : str
            The municipality as in ``successions.csv`` (``old_code``, ``old_name``); a
            current one is returned as it is.
        day : str
            An ISO date (``YYYY-MM-DD``).

        Examples
        --------
        >>> [(m.name, len(path)) for m, path in geography().at("GM0693", "Graafstroom",
        ...                                                      "2015-06-01")]
        [('Molenwaard', 1)]
        >>> [m.name for m, _ in geography().at("GM0693", "Graafstroom", "2020-06-01")]
        ['Molenlanden']
        >>> [m.name for m, _ in geography().at("GM0693", "Graafstroom", "2012-06-01")]
        ['Graafstroom']
        """
        if code in self.municipalities:
            return [(self.municipalities[code], [])]
        steps = self._next.get((code, name), [])
        if code in self.former and (not steps or day < steps[0]["date"]):
            return [(self.former[code], [])]
        # A municipality gone on 1 January 2010 has no row of its own (the tables start
        # then): before that day too, its successor is the nearest the tables know.
        out: list[tuple[Municipality, list[dict[str, str]]]] = []
        for r in steps:
            for m, path in self.at(r["new_code"], r["new_name"], day):
                if all(m.code != o.code for o, _ in out):
                    out.append((m, [r, *path]))
        return out

    def held_by(self, code: str, name: str, day: str) -> list[Municipality]:
        """The municipalities of a day whose areas make up one municipality's area: the
        municipality itself when nothing merged into it after that day.

        A merger after ``day`` that formed the municipality (Dijk en Waard, 2022) gives the
        ones it was formed from; one that it took in under its own code (Amsterdam took
        Weesp) gives both; a chain is followed back (Molenlanden → Molenwaard → Graafstroom).

        Parameters
        ----------
        code, name : str
            The municipality (current, or as in ``successions.csv``).
        day : str
            An ISO date (``YYYY-MM-DD``).

        Examples
        --------
        >>> [m.name for m in geography().held_by("GM1980", "Dijk en Waard", "2021-12-31")]
        ['Heerhugowaard', 'Langedijk']
        >>> [m.name for m in geography().held_by("GM0363", "Amsterdam", "2021-06-01")]
        ['Amsterdam', 'Weesp']
        >>> [m.name for m in geography().held_by("GM1980", "Dijk en Waard", "2022-01-01")]
        ['Dijk en Waard']
        """
        itself = self.get(code)
        later = [r for r in self._into.get((code, name), ()) if r["date"] > day]
        if not later:
            return [itself]
        first = min(later, key=lambda r: r["date"])
        out = [itself] if first["new_kept_code"] == "yes" else []
        for r in later:
            # A same-code rename is this municipality; a merger of 1 January 2010 has no
            # row of its own (the tables start then).
            if r["old_code"] and r["old_code"] != code and r["old_code"] in self.former:
                out.extend(m for m in self.held_by(r["old_code"], r["old_name"], day)
                           if m not in out)
        return out or [itself]

    def _place_on_day(self, text: str, codes: set[str],
                      day: str) -> tuple[Municipality, dict[str, str] | None]:
        """The municipality of ``day`` that held a place (woonplaats) of today's table.

        The table says where a place lies today. When today's municipality was formed or
        took others in after ``day``, the place was in one of the municipalities of that
        day it came from: the one it is named after (Broek op Langedijk → Langedijk), else
        the choices are listed (the table cannot tell which held it)."""
        found: list[Municipality] = []
        now: list[str] = []
        dates: set[str] = set()
        for c in sorted(codes):
            m = self.municipalities[c]
            held = self.held_by(c, m.name, day)
            if held != [m]:
                now.append(m.name)
                dates.update(r["date"] for r in self._into[(c, m.name)] if r["date"] > day)
                held = _named_after(text, held) or held
            found.extend(h for h in held if h not in found)
        if len(found) == 1:
            return found[0], None
        options = _choices(m.name for m in found)
        if not now:  # "Den Hoorn": a place in Midden-Delfland and one on Texel
            raise InputError(f"ambiguous place {text!r}: there is one in {options}; write "
                             "the municipality, or give the dataset's province",
                             value=text, suggestion=options)
        raise InputError(f"ambiguous place {text!r}: on {day} it lay in {options} (now in "
                         f"{' and '.join(now)}, after the change of "
                         f"{' and '.join(sorted(dates))}); the place table is today's and "
                         "cannot tell which: write the municipality of that day",
                         value=text, suggestion=options)

    def resolve(self, name: str, province: str | None = None,
                at: str | None = None) -> Municipality:
        """Return the municipality a name, old name, place or code points at, on a day.

        Parameters
        ----------
        name : str
            A current or old municipality name, a place (woonplaats) or a CBS code.
        province : str, optional
            The province the data is about: a name that fits several municipalities
            ("Bergen") is the one in this province.
        at : str, optional
            The date of the data (``YYYY-MM-DD``; today by default). An old name is the
            municipality that existed that day: Heerhugowaard itself in 2020, Dijk en Waard
            (into which it merged in 2022) in 2024. A place is in the municipality of
            that day (see :meth:`held_by`).

        Raises
        ------
        InputError
            When nothing matches (with the closest names), or the name is ambiguous (with
            its choices), for instance a municipality split among several, or a place
            whose municipality of that day the place table cannot tell.

        Examples
        --------
        >>> geography().resolve("Hoofddorp").name
        'Haarlemmermeer'
        >>> geography().resolve("Bergen", province="Limburg").name
        'Bergen (L.)'
        >>> geography().resolve("Heerhugowaard", at="2020-05-01").name
        'Heerhugowaard'
        >>> geography().resolve("Heerhugowaard", at="2024-05-01").name
        'Dijk en Waard'
        >>> geography().resolve("Amsterdm")
        Traceback (most recent call last):
        ...
        stakeholder_graph.errors.InputError: unknown municipality 'Amsterdm' (did you mean 'Amsterdam'?)
        """
        return self.lookup(name, province, at)[0]

    def lookup(self, name: str, province: str | None = None,
               at: str | None = None) -> tuple[Municipality, dict[str, str] | None]:
        """Like :meth:`resolve`, and the succession that led there (``None`` for a name,
        place or code of a municipality that existed on the day): a row of
        ``successions.csv`` with ``old_name``, ``date`` (when the change took effect),
        ``how`` (merger, split or rename) and, for a chain, ``via`` (the municipalities in
        between, joined by " → ").

        Examples
        --------
        >>> m, succession = geography().lookup("Weesp")
        >>> m.name, succession["date"], succession["how"]
        ('Amsterdam', '2022-03-24', 'merger')
        >>> m, succession = geography().lookup("Graafstroom", at="2024-01-01")
        >>> m.name, succession["via"]
        ('Molenlanden', 'Molenwaard')
        """
        from datetime import date as _date

        day = str(at)[:10] if at else _date.today().isoformat()
        text = str(name).strip()
        code = text.upper()
        if code.startswith("CBS:"):
            code = code[4:]
        if re.fullmatch(r"\d{4}", code):
            code = "GM" + code
        if code in self.municipalities:
            return self.municipalities[code], None
        if code in self.former:
            return self._on_day(text, [self._row_of(code)], day)
        key = normalise_place(text)
        for table in (self._names, self._old, self._places):
            codes = table.get(key)
            if not codes:
                continue
            if table is self._old:
                rows = list({(r["old_code"], r["old_name"]): r
                             for r in self.successions[key]}.values())
                if len(rows) > 1 and province:
                    wanted = normalise_place(province)
                    rows = [r for r in rows
                            if normalise_place(r["old_province"]) == wanted] or rows
                return self._on_day(text, rows, day)
            if len(codes) > 1 and province:
                wanted = normalise_place(province)
                inside = {c for c in codes
                          if normalise_place(self.municipalities[c].province) == wanted}
                codes = inside or codes
            if table is self._places:
                return self._place_on_day(text, codes, day)
            if len(codes) == 1:
                return self.municipalities[next(iter(codes))], None
            raise _ambiguous(text, _choices(self.municipalities[c].name for c in codes))
        head, comma, rest = text.partition(",")
        if comma and head.strip() and not any(c.isdigit() for c in head) and \
                _PROVINCE_OR_COUNTRY.search(rest):  # not an address: "Straat 1, 1951 JZ …"
            # LinkedIn's "Den Helder, North Holland, Netherlands": the place first, in the
            # province it names ("Den Hoorn, North Holland": Texel's).
            named = next((p for p, words in _PROVINCE_NAMES.items() if words.search(rest)),
                         None)
            return self.lookup(head.strip(), named or province, at)
        quarter = _QUARTER.fullmatch(text)
        if quarter:  # "Hoofddorp-Noord", "Den Helder Zuid": a part of the place
            try:
                return self.lookup(quarter.group(1), province, at)
            except InputError as exc:
                if exc.code != "unknown_municipality":
                    raise
        # The closest municipalities and places ("Hoofdorp": Hoofddorp). ``typo`` when one
        # is nearly the same word: a place the tables lack ("'t Horntje", "Brussel") is
        # not a typo of a far one (see :func:`~stakeholder_graph.loaders.tabular`).
        names = self._all_names()
        typo = bool(difflib.get_close_matches(text.casefold(), [n.casefold() for n in names],
                                              n=1, cutoff=TYPO))
        raise InputError(f"unknown municipality {text!r}{did_you_mean(text, names)}",
                         value=text, code="unknown_municipality", details={"typo": typo})

    def _all_names(self) -> set[str]:
        return {m.name for m in self.municipalities.values()} | self._place_names

    def close_names(self, text: str) -> list[str]:
        """Return the municipalities and places whose names are closest to ``text``, as
        an unknown municipality's "did you mean" names them.

        Examples
        --------
        >>> geography().close_names("Harlem")
        ['Haarlem', 'Haarle']
        """
        return closest(text, self._all_names())

    def _row_of(self, code: str) -> dict[str, str]:
        m = self.former[code]
        return {"old_code": code, "old_name": m.name}

    def _on_day(self, text: str, rows: list[dict[str, str]],
                day: str) -> tuple[Municipality, dict[str, str] | None]:
        """The one municipality that held the area of the old municipality ``rows`` name
        on ``day``; an error listing the choices when it was split among several."""
        found: list[tuple[Municipality, list[dict[str, str]]]] = []
        for r in rows:
            for m, path in self.at(r["old_code"], r["old_name"], day):
                if all(m.code != o.code for o, _ in found):
                    found.append((m, path))
        if len(found) == 1:
            m, path = found[0]
            if not path:
                return m, None
            succession = dict(path[0])
            if any(step["how"] == "split" for step in path):
                succession["how"] = "split"
            succession["via"] = " → ".join(step["new_name"] for step in path[:-1])
            return m, succession
        options = _choices(m.name for m, _ in found)
        if len(rows) > 1:  # two old municipalities of this name (in two provinces)
            raise _ambiguous(text, options)
        until = found[0][1][0]["date"] if found and found[0][1] else ""
        raise InputError(f"ambiguous municipality {text!r} (until {until}): its area was "
                         f"in {options} on {day}; write the municipality of that day",
                         value=text, suggestion=options)

    def place_keys(self, code: str) -> frozenset[str]:
        """Return the normalised names that point at one municipality: its own names, old
        names and the places (woonplaatsen) in it.

        Examples
        --------
        >>> "ijmuiden" in geography().place_keys("GM0453")
        True
        """
        if not hasattr(self, "_by_code"):
            by_code: dict[str, set[str]] = {}
            for table in (self._names, self._old, self._places):
                for key, codes in table.items():
                    for c in codes:
                        by_code.setdefault(c, set()).add(key)
            for m in self.former.values():
                by_code.setdefault(m.code, set()).add(normalise_place(m.name))
            self._by_code = {c: frozenset(keys) for c, keys in by_code.items()}
        return self._by_code.get(code, frozenset())

    def in_province(self, province: str | None) -> list[Municipality]:
        """Return the current municipalities of a province (all when ``None``).

        Examples
        --------
        >>> len(geography().in_province("Noord-Holland"))
        44
        """
        if province is None:
            return list(self.municipalities.values())
        wanted = normalise_place(province)
        found = [m for m in self.municipalities.values() if normalise_place(m.province) == wanted]
        if not found:
            provinces = sorted({m.province for m in self.municipalities.values()})
            raise InputError(f"unknown province {province!r}{did_you_mean(province, provinces)}")
        return found


_PROVINCE_WORDS = {
    "Noord-Holland": r"(?:noord|north)[- ]holland", "Zuid-Holland": r"(?:zuid|south)[- ]holland",
    "Noord-Brabant": r"(?:noord-|north )?brabant", "Utrecht": "utrecht",
    "Flevoland": "flevoland", "Gelderland": "gelderland", "Overijssel": "overijssel",
    "Drenthe": "drenthe", "Groningen": "groningen", "Fryslân": "friesland|frysl[aâ]n",
    "Zeeland": "zeeland", "Limburg": "limburg"}
_PROVINCE_NAMES = {province: re.compile(rf"\b(?:{words})\b", re.IGNORECASE)
                   for province, words in _PROVINCE_WORDS.items()}
"""The provinces as a place's province after a comma may write them, in Dutch or English."""
_PROVINCE_OR_COUNTRY = re.compile(
    rf"\b(?:(?:the )?netherlands|nederland|nl|holland|{'|'.join(_PROVINCE_WORDS.values())})\b",
    re.IGNORECASE)
"""A province or the country after a place and a comma ("Den Helder, North Holland,
Netherlands", as LinkedIn writes a headquarters)."""
_PROVINCE_SUFFIX = re.compile(r"\s+(?:NH|ZH|NB|Gld|L|Ut|Ov|Fr|Gr|Dr|Z|Fl)$")
"""The province CBS writes after a place's name where two places share it ("Driehuis NH",
"Loo Gld")."""
_QUARTER = re.compile(r"(.+?)[\s-]+(?:noord|oost|zuid|west|noordoost|noordwest|zuidoost|"
                      r"zuidwest|centrum|aan\s+zee)", re.IGNORECASE)
"""A place with a part of town after it, as a CRM's city field often has it, or the sea
a place lies at where the tables do not list it so ("Zandvoort aan Zee"; "Egmond aan Zee"
and "Wijk aan Zee" are places of their own, found before this is tried)."""


def _choices(names: Iterable[str]) -> str:
    """The municipalities a name may mean, as an error lists them: ``'A' or 'B'``."""
    return " or ".join(sorted(f"'{name}'" for name in names))


def _ambiguous(text: str, options: str) -> InputError:
    """The error for a name that fits several municipalities (``options``, see
    :func:`_choices`); :mod:`~stakeholder_graph.loaders.messages` reads it as
    ``ambiguous_municipality``."""
    return InputError(f"ambiguous municipality {text!r}: {options}; write the name with its "
                      "province suffix, or give the dataset's province",
                      value=text, suggestion=options)


def _words(text: str) -> list[str]:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.findall(r"[a-z0-9]+", plain.casefold())


def _named_after(place: str, municipalities: list[Municipality]) -> list[Municipality]:
    """The municipalities a place is named after: whose whole name is words of the place's
    name (Broek op Langedijk, Loenen aan de Vecht, Nieuwe Niedorp), or whose name joins
    two places and this is one of them (Graft-De Rijp: Graft, De Rijp).

    Examples
    --------
    >>> geo = geography()
    >>> [m.name for m in _named_after("Broek op Langedijk",
    ...                               [geo.get("GM0398"), geo.get("GM0416")])]
    ['Langedijk']
    >>> [m.name for m in _named_after("Zuid-Scharwoude", [geo.get("GM0398"), geo.get("GM0416")])]
    []
    """
    words = _words(place)
    out = []
    for m in municipalities:
        name = re.sub(r"\s*\(.*\)$", "", m.name)
        whole = _words(name)
        parts = [_words(p) for p in re.split(r"\s+en\s+|-|,\s*", name)]
        if any(words[i:i + len(whole)] == whole for i in range(len(words))) or (
                len(parts) > 1 and words in parts):
            out.append(m)
    return out


@functools.cache
def geography() -> Geography:
    """Return the shared :class:`Geography`, read from the shipped CBS tables once.

    Examples
    --------
    >>> geography() is geography()
    True
    """
    return Geography()


def municipality_batch(codes: list[str] | set[str], origin: Provenance | None = None) -> Batch:
    """Return Municipality and Region nodes and IN_REGION edges for the given codes.

    Each municipality is tied to its labour-market region (arbeidsmarktregio), COROP region
    and province.

    Examples
    --------
    >>> b = municipality_batch(["GM0363"])
    >>> sorted(n.id for n in b.nodes)
    ['cbs:AM18', 'cbs:CR23', 'cbs:GM0363', 'cbs:PV27']
    """
    origin = origin or CBS_ORIGIN
    batch = Batch()
    regions: dict[str, dict[str, Any]] = {}
    for code in sorted(set(codes)):
        node_id, props, ties = _reference(code)
        # Each load gets its own properties (a record's may change in place); the ties'
        # are shared, as a sheet's ties share theirs (nothing changes those).
        batch.nodes.append(NodeRecord(node_id, "Municipality", dict(props), origin))
        for region_id, region_props, tie_props in ties:
            regions[region_id] = region_props
            batch.edges.append(EdgeRecord("IN_REGION", node_id, region_id, tie_props, origin))
    for region_id, region_props in sorted(regions.items()):
        batch.nodes.append(NodeRecord(region_id, "Region", dict(region_props), origin))
    return batch


@functools.cache
def _reference(code: str) -> tuple[str, dict[str, Any],
                                   tuple[tuple[str, dict[str, Any], dict[str, Any]], ...]]:
    """A municipality's node and its ties to its regions, validated once (the shipped
    tables do not change while the program runs; every load names the same ones):
    its id and properties, and per region its id, properties and the tie's properties."""
    geo = geography()
    m = geo.get(code)
    props = {"name": m.name, "province": m.province, "source": CBS_SOURCE}
    if m.until:
        now = " of ".join(f.name for f in geo._finals(m.code, m.name))
        props["note"] = f"opgeheven op {m.until}; het gebied ligt nu in {now}"
    node = build_node(f"cbs:{m.code}", "Municipality", props)
    ties = []
    for kind, rcode, rname in (("region", m.region_code, m.region),
                               ("corop", m.corop_code, m.corop),
                               ("province", m.province_code, m.province)):
        if not rcode:
            continue
        region = build_node(f"cbs:{rcode}", "Region",
                            {"name": rname, "type": REGION_TYPES[kind], "source": CBS_SOURCE})
        tie = build_edge("IN_REGION", node.id, region.id, {"source": CBS_SOURCE})
        ties.append((region.id, region.props, tie.props))
    return node.id, node.props, tuple(ties)


def load_cbs(province: str | None = None) -> Batch:
    """Load the current municipalities (of one province, or all) with their regions.

    Parameters
    ----------
    province : str, optional
        A province name such as ``"Noord-Holland"``; all 342 municipalities when omitted.

    Returns
    -------
    Batch
        Municipality nodes, Region nodes (labour-market region, COROP, province) and
        IN_REGION relationships.

    Examples
    --------
    >>> b = load_cbs("Noord-Holland")
    >>> sum(n.kind == "Municipality" for n in b.nodes)
    44
    >>> sorted(n.name for n in b.nodes if n.props.get("type") == "labour_market_region")
    ['Gooi en Vechtstreek', 'Groot Amsterdam', 'Noord-Holland Noord', 'Zaanstreek/Waterland', 'Zuid-Kennemerland en IJmond']
    """
    munis = geography().in_province(province)
    batch = municipality_batch([m.code for m in munis])
    batch.files.append(f"{DATA}/municipalities.csv")
    return batch
