"""CBS reference data: municipalities, their regions, and municipality-name resolution.

The tables ship with the package (``stakeholder_graph/data/nl-gemeenten-regio``, Bron: CBS;
see its ``SOURCE.md``). :func:`geography` reads them once; :func:`load_cbs` turns them into
Municipality and Region nodes with IN_REGION relationships.
"""

from __future__ import annotations

import csv
import functools
import re
import unicodedata
from dataclasses import dataclass
from importlib import resources

from ..errors import InputError, did_you_mean
from ..graph.model import Batch, Provenance, build_edge, build_node

__all__ = ["Municipality", "Geography", "geography", "load_cbs", "normalise_place"]

DATA = "nl-gemeenten-regio"
CBS_SOURCE = "CBS, Gebieden in Nederland 2026 (StatLine)"

REGION_TYPES = {
    "region": "labour_market_region",
    "corop": "corop",
    "province": "province",
}


@dataclass(frozen=True)
class Municipality:
    """A current municipality with the regions it belongs to."""

    code: str
    name: str
    corop_code: str
    corop: str
    region_code: str
    region: str
    province_code: str
    province: str


def normalise_place(name: str) -> str:
    """Normalise a place name for matching: case, accents, punctuation, CBS suffixes.

    Examples
    --------
    >>> normalise_place("  's-Gravenhage ")
    'sgravenhage'
    >>> normalise_place("Laren (NH.)") == normalise_place("laren nh")
    True
    """
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    text = text.casefold().replace("gemeente ", "")
    return re.sub(r"[^a-z0-9]+", "", text)


class Geography:
    """The current municipalities, their regions, and every name that points at them.

    Names resolve in this order: a current municipality name (with or without the CBS
    suffix such as "(NH.)"); an old name of a municipality that merged or was renamed
    (Weesp → Amsterdam, Heerhugowaard → Dijk en Waard); a place (woonplaats) that lies in
    exactly one municipality (Hoofddorp → Haarlemmermeer).

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
        for r in rows:
            if r["year"] == "2026":
                self.municipalities[r["code"]] = Municipality(
                    r["code"], r["name"], r["corop_code"], r["corop"], r["region_code"],
                    r["region"], r["province_code"], r["province"])
        self._names: dict[str, set[str]] = {}
        for m in self.municipalities.values():
            self._add(m.name, m.code)
            self._add(re.sub(r"\s*\(.*\)$", "", m.name), m.code)
        self._old: dict[str, set[str]] = {}
        self.successions: dict[str, list[dict[str, str]]] = {}
        """Rows of ``successions.csv`` by normalised old name: what each became, and when."""
        with (root / "successions.csv").open(encoding="utf-8", newline="") as fh:
            for r in csv.DictReader(fh):
                key = normalise_place(r["old_name"])
                self._old.setdefault(key, set()).add(r["new_code"])
                self.successions.setdefault(key, []).append(r)
        with (root / "corop.generated.csv").open(encoding="utf-8", newline="") as fh:
            self._places: dict[str, set[str]] = {}
            for r in csv.DictReader(fh):
                key = normalise_place(r["Woonplaats"])
                self._places.setdefault(key, set()).add("GM" + r["Gemeentecode"])

    def _add(self, name: str, code: str) -> None:
        self._names.setdefault(normalise_place(name), set()).add(code)

    def resolve(self, name: str, province: str | None = None) -> Municipality:
        """Return the current municipality a name, old name, place or code points at.

        Parameters
        ----------
        name : str
            A current or old municipality name, a place (woonplaats) or a CBS code.
        province : str, optional
            The province the data is about: a name that fits several municipalities
            ("Bergen") is the one in this province.

        Raises
        ------
        InputError
            When nothing matches (with the closest names), or the name is ambiguous (with
            its choices).

        Examples
        --------
        >>> geography().resolve("Hoofddorp").name
        'Haarlemmermeer'
        >>> geography().resolve("Bergen", province="Limburg").name
        'Bergen (L.)'
        >>> geography().resolve("Amsterdm")
        Traceback (most recent call last):
        ...
        stakeholder_graph.errors.InputError: unknown municipality 'Amsterdm' (did you mean 'Amsterdam'?)
        """
        return self.lookup(name, province)[0]

    def lookup(self, name: str, province: str | None = None) -> tuple[Municipality,
                                                                      dict[str, str] | None]:
        """Like :meth:`resolve`, and the succession that led there (``None`` for a current
        name, place or code): a row of ``successions.csv`` with ``old_name``, ``date``
        (when the change took effect) and ``how`` (merger, split or rename).

        Examples
        --------
        >>> m, succession = geography().lookup("Weesp")
        >>> m.name, succession["date"], succession["how"]
        ('Amsterdam', '2022-03-24', 'merger')
        """
        text = str(name).strip()
        code = text.upper()
        if code.startswith("CBS:"):
            code = code[4:]
        if re.fullmatch(r"\d{4}", code):
            code = "GM" + code
        if code in self.municipalities:
            return self.municipalities[code], None
        key = normalise_place(text)
        for table in (self._names, self._old, self._places):
            codes = table.get(key)
            if not codes:
                continue
            if len(codes) > 1 and province:
                wanted = normalise_place(province)
                inside = {c for c in codes
                          if normalise_place(self.municipalities[c].province) == wanted}
                codes = inside or codes
            if len(codes) == 1:
                found = next(iter(codes))
                succession = None
                if table is self._old:
                    succession = next(r for r in self.successions[key] if r["new_code"] == found)
                return self.municipalities[found], succession
            options = " or ".join(sorted(f"'{self.municipalities[c].name}'" for c in codes))
            if table is self._old:
                row = self.successions[key][0]
                raise InputError(f"ambiguous municipality {text!r} (until {row['date']}): its "
                                 f"area is now in {options}; write the current municipality",
                                 value=text, suggestion=options)
            raise InputError(f"ambiguous municipality {text!r}: {options}; write the name "
                             "with its province suffix, or give the dataset's province",
                             value=text, suggestion=options)
        names = [m.name for m in self.municipalities.values()]
        raise InputError(f"unknown municipality {text!r}{did_you_mean(text, names)}",
                         value=text)

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
    geo = geography()
    origin = origin or Provenance(f"{DATA}/municipalities.csv")
    batch = Batch()
    regions: dict[str, tuple[str, str]] = {}
    for code in sorted(set(codes)):
        m = geo.municipalities[code]
        batch.add_node(build_node(f"cbs:{m.code}", "Municipality",
                                  {"name": m.name, "province": m.province,
                                   "source": CBS_SOURCE}, origin))
        for kind, rcode, rname in (("region", m.region_code, m.region),
                                   ("corop", m.corop_code, m.corop),
                                   ("province", m.province_code, m.province)):
            if not rcode:
                continue
            regions[rcode] = (rname, REGION_TYPES[kind])
            batch.add_edge(build_edge("IN_REGION", f"cbs:{m.code}", f"cbs:{rcode}",
                                      {"source": CBS_SOURCE}, origin))
    for rcode, (rname, rtype) in sorted(regions.items()):
        batch.add_node(build_node(f"cbs:{rcode}", "Region",
                                  {"name": rname, "type": rtype, "source": CBS_SOURCE}, origin))
    return batch


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
