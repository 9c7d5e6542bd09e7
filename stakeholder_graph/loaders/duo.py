"""DUO register of education institutions (fixed-width, cp1252), with level inference.

The register (``Dec_instellingscode.asc``) lists every institution code with name, 4-digit
postcode and place; ``Dec_postcodecijfers_2024.asc`` maps the postcode to the municipality.
Both ship with the package (Bron: DUO; see ``data/duo-instellingen/SOURCE.md``). The
register has no sector column, so the level is inferred from the name (see
:func:`infer_level`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from ..errors import InputError
from ..graph.model import Batch, Provenance, build_edge, build_node
from .cbs import geography, municipality_batch

__all__ = ["DuoInstitution", "read_institutions", "infer_level", "load_duo"]

DATA = "duo-instellingen"
DUO_SOURCE = "DUO, register onderwijsinstellingen (1CijferHO-decodeerbestanden 2024)"

# 1-based (start, length) as in DUO's Bestandsbeschrijving.
_INSTELLING = {"brin": (1, 4), "name": (5, 30), "pc4": (35, 4), "place": (39, 24),
               "founded": (63, 8), "closed": (71, 8)}
_POSTCODE = {"pc4": (1, 4), "pobox": (5, 1), "gemeente": (6, 4)}

_LEVEL_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("MBO", re.compile(r"\b(ROC|MBO|AOC|Vakschool)\b", re.I)),
    ("HBO", re.compile(r"\b(Hogeschool|Hogesch\.?|HS|Hs)\b|\bAcademie\b.*\b(Kunst|Rietveld)|"
                       r"Rietveld Academie|Conservatorium", re.I)),
    ("WO", re.compile(r"\b(Universiteit|University|Univ\.)\b", re.I)),
    ("VO", re.compile(r"\b(Lyceum|Gymnasium|Atheneum|Scholengemeenschap|SG|SGM|VMBO|"
                      r"Praktijkonderwijs|Praktijkcollege|Mavo|Havo)\b", re.I)),
    ("PO", re.compile(r"\b(Basisschool|Bs|OBS|CBS|RKBS|PCBS|Kindcentrum|IKC|SBO|"
                      r"Speciaal Basisonderwijs)\b", re.I)),
)


@dataclass(frozen=True)
class DuoInstitution:
    """One record of DUO's institution register."""

    brin: str
    name: str
    pc4: str
    place: str
    founded: str
    closed: str
    line: int

    @property
    def active(self) -> bool:
        """Whether the institution has no closing date."""
        return not self.closed


def infer_level(name: str) -> str:
    """Infer the education level from an institution's name.

    DUO's register has no sector column; the name is the best evidence it holds. Names
    that say nothing (many VO schools are just "… College") give ``"other"``.

    Examples
    --------
    >>> infer_level("ROC van Amsterdam")
    'MBO'
    >>> infer_level("Hogeschool van Amsterdam")
    'HBO'
    >>> infer_level("Vrije Universiteit Amsterdam")
    'WO'
    >>> infer_level("Bonhoeffer College")
    'other'
    """
    for level, pattern in _LEVEL_RULES:
        if pattern.search(name):
            return level
    return "other"


def _fields(line: str, layout: dict[str, tuple[int, int]]) -> dict[str, str]:
    width = max(s + n - 1 for s, n in layout.values())
    line = line.rstrip("\r\n").ljust(width)
    return {k: line[s - 1:s - 1 + n].strip() for k, (s, n) in layout.items()}


def _read_lines(path: Path | None, default: str) -> tuple[str, Iterator[str]]:
    if path is None:
        res = resources.files("stakeholder_graph") / "data" / DATA / default
        label = f"{DATA}/{default}"
        raw = res.read_bytes()
    else:
        label = str(path)
        raw = Path(path).read_bytes()
    try:
        text = raw.decode("cp1252")
    except UnicodeDecodeError as exc:
        line = raw[:exc.start].count(b"\n") + 1
        raise InputError(f"byte 0x{raw[exc.start]:02X} is not cp1252 text", file=label,
                         row=line) from None
    return label, iter(text.splitlines())


def read_institutions(path: str | Path | None = None) -> Iterator[DuoInstitution]:
    """Read DUO's institution register (the shipped copy unless ``path`` is given).

    Examples
    --------
    >>> roc = next(i for i in read_institutions() if i.brin == "25PZ")
    >>> roc.name, roc.place, roc.active
    ('ROC van Amsterdam', 'AMSTERDAM', True)
    """
    label, lines = _read_lines(Path(path) if path else None, "Dec_instellingscode.asc")
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        f = _fields(line, _INSTELLING)
        if not re.fullmatch(r"[0-9]{2}[A-Z0-9]{2}", f["brin"]):
            raise InputError(f"expected a 4-character institution code, got {f['brin']!r}",
                             file=label, row=number, column="Instellingscode (1-4)")
        yield DuoInstitution(f["brin"], f["name"], f["pc4"], f["place"], f["founded"],
                             f["closed"], number)


def _postcodes(path: str | Path | None = None) -> dict[str, str]:
    _, lines = _read_lines(Path(path) if path else None, "Dec_postcodecijfers_2024.asc")
    table = {}
    for line in lines:
        f = _fields(line, _POSTCODE)
        if f["pc4"] and f["gemeente"].isdigit():
            table[f["pc4"]] = "GM" + f["gemeente"]
    return table


def load_duo(province: str | None = None, levels: Iterable[str] | None = ("MBO", "HBO", "WO"),
             register: str | Path | None = None, postcodes: str | Path | None = None) -> Batch:
    """Load active schools from DUO's register, placed in their municipality.

    Parameters
    ----------
    province : str, optional
        Keep only schools whose postcode lies in this province.
    levels : iterable of str, optional
        Keep only these inferred levels (``PO``, ``VO``, ``MBO``, ``HBO``, ``WO``,
        ``other``); all when ``None``. Default: MBO, HBO and WO.
    register, postcodes : path, optional
        Other copies of the two DUO files; the shipped ones by default.

    Returns
    -------
    Batch
        School nodes (``brin:`` ids) with LOCATED_IN relationships, and the municipalities
        and regions they point at.

    Examples
    --------
    >>> b = load_duo("Noord-Holland", levels=["MBO"])
    >>> "ROC van Amsterdam" in {n.name for n in b.nodes if n.kind == "School"}
    True
    """
    wanted_levels = {lv.upper() if lv.lower() != "other" else "other" for lv in levels or ()}
    geo = geography()
    pc = _postcodes(postcodes)
    allowed = {m.code for m in geo.in_province(province)} if province else None
    label = str(register) if register else f"{DATA}/Dec_instellingscode.asc"
    batch = Batch(files=[label])
    used: set[str] = set()
    for inst in read_institutions(register):
        if not inst.active:
            continue
        level = infer_level(inst.name)
        if levels is not None and level not in wanted_levels:
            continue
        code = pc.get(inst.pc4)
        if code is None or code not in geo.municipalities:
            continue
        if allowed is not None and code not in allowed:
            continue
        origin = Provenance(label, None, inst.line)
        place = inst.place.title() if inst.place else None
        node = build_node(f"brin:{inst.brin}", "School",
                          {"name": inst.name, "level": level, "place": place,
                           "source": DUO_SOURCE}, origin)
        batch.add_node(node)
        batch.add_edge(build_edge("LOCATED_IN", node.id, f"cbs:{code}",
                                  {"source": DUO_SOURCE}, origin))
        used.add(code)
    refs = municipality_batch(used)
    batch.nodes[:0] = refs.nodes
    batch.edges[:0] = refs.edges
    return batch

