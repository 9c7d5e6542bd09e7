"""Load organisations and relationships from a user's own spreadsheet, through a mapping.

A mapping (YAML) says which of the sheet's own headers holds which model field, so a sheet
with Dutch headers loads as it is::

    table: organisations          # or: relationships
    sheet: Stakeholders           # XLSX only; the first sheet by default
    columns:                      # model field: header in the sheet
      name: Naam organisatie      # or a list: [Organisatie, Card Name], the first filled
      kind: Soort
      kvk: KvK-nummer
      municipality: Gemeente
      sector: Sector
      themes: Thema's             # WORKS_ON a Theme, created when new
      campuses: Campus            # MEMBER_OF a Campus (by name or id)
    values:                       # the sheet's words for model values
      kind: {Bedrijf: Company, Onderwijs: School}
    defaults:                     # a value for every row where the cell is empty
      source: CRM-export 2021

Without a mapping, headers that are model field names (``name``, ``kind``, ``source``,
``target``, ``type``, …) or common Dutch headers ("Naam", "Soort", "Gemeente", "Van",
"Naar", "Relatie", …) are recognised. See ``docs/loading.md``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Collection, Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ..errors import InputError, LoadProblems, did_you_mean, key_hint, quoted
from ..files import read_yaml
from ..graph.model import (
    KINDS,
    REL_TYPES,
    Batch,
    EdgeRecord,
    NodeRecord,
    Provenance,
    build_edge,
    build_node,
    slugify,
)
from ..privacy import PERSONAL_KINDS, PERSONAL_PROPS
from .cbs import municipality_batch
from .messages import DEPARTMENT_HINT
from .reading import is_personal_header, might_be_mojibake, repair_text
from .tables import Table, read_table

__all__ = ["TableMapping", "parse_mapping", "read_mapping", "load_table", "guess_mapping",
           "with_guessed_columns", "with_guess", "industry_kind", "INDUSTRY_KINDS"]

ORG_SPECIAL = ("id", "kvk", "brin", "kind", "municipality", "themes", "campuses", "name_2",
               "town")
REL_SPECIAL = ("source", "target", "type")

# Words users write for kinds and relationship types (case-insensitive).
KIND_WORDS = {
    "bedrijf": "Company", "onderneming": "Company", "werkgever": "Company",
    "school": "School", "onderwijs": "School", "onderwijsinstelling": "School",
    "roc": "School", "mbo": "School", "hbo": "School", "hogeschool": "School",
    "vo": "School", "wo": "School",  # voortgezet and wetenschappelijk onderwijs
    "vmbo": "School", "havo": "School", "vwo": "School",  # the levels of a vo school
    "universiteit": "School",
    "gemeente": "Municipality",
    "overheid": "PublicBody", "publiek": "PublicBody", "publieke organisatie": "PublicBody",
    "uwv": "PublicBody", "wsp": "PublicBody", "provincie": "PublicBody",
    "campus": "Campus", "pps": "Campus", "ecosysteem": "Campus",
    "regio": "Region", "thema": "Theme", "programma": "Programme", "fonds": "Programme",
    "manifest": "Programme", "actielijn": "Programme",
    "evenement": "Event", "bijeenkomst": "Event", "persoon": "Person", "contactpersoon": "Person",
    # Words of CRM option sets ("Relationship Type", "Relatietype"), Dutch and English.
    "kennisinstelling": "School", "opleider": "School", "mbo-instelling": "School",
    "hbo-instelling": "School", "university": "School", "education": "School",
    "educational institution": "School", "overheidsinstelling": "PublicBody",
    "overheidsorganisatie": "PublicBody", "government": "PublicBody",
    "public body": "PublicBody", "employer": "Company", "samenwerkingsverband": "Campus",
    "brancheorganisatie": "Company", "branchevereniging": "Company",
    "ontwikkelingsbedrijf": "Company", "havenbedrijf": "Company",
    "leerbedrijf": "Company", "stagebedrijf": "Company",  # SBB's words for a training employer
    # Care: an employer of the network (a hospital, a care group), as the model has it.
    "zorg": "Company", "zorginstelling": "Company", "zorgorganisatie": "Company",
    "zorgaanbieder": "Company", "ziekenhuis": "Company", "healthcare": "Company",
    "hospital": "Company", "woningcorporatie": "Company",
    # Small and medium-sized firms: a company (not "mbo", a level of school).
    "mkb": "Company", "mkb-bedrijf": "Company", "mkb bedrijf": "Company", "sme": "Company",
    "industry association": "Company", "trade association": "Company",
    "business association": "Company",  # a brancheorganisatie in an English choice list
    # The choices of sign-up forms ("Overheid / semi-overheid", "Zorg en welzijn").
    "semi-overheid": "PublicBody", "overheid / semi-overheid": "PublicBody",
    "overheid/semi-overheid": "PublicBody", "(semi-)overheid": "PublicBody",
    "waterschap": "PublicBody", "hoogheemraadschap": "PublicBody",
    "werkgeversservicepunt": "PublicBody", "zorg en welzijn": "Company",
    "zorg & welzijn": "Company", "welzijn": "Company", "welzijnsorganisatie": "Company",
    "drinkwaterbedrijf": "Company", "nutsbedrijf": "Company", "energiebedrijf": "Company",
}
_OTHER_WORDS = frozenset({"anders", "other", "overig", "overige", "overigen", "diversen",
                          "misc", "miscellaneous", "rest"})
"""A choice list's "other": no kind, and close to none by meaning ("Anders" is no typo of
"onderwijs"), so the message suggests no kind."""
TYPE_WORDS = {
    "gevestigd in": "LOCATED_IN", "ligt in": "IN_REGION", "lid van": "MEMBER_OF",
    "deelnemer": "MEMBER_OF", "partner": "PARTNERS_WITH", "samenwerking": "PARTNERS_WITH",
    "stage": "HOSTS_INTERNS_FROM", "stageplaatsen": "HOSTS_INTERNS_FROM",
    "werkt aan": "WORKS_ON", "gefinancierd door": "FUNDED_BY", "ondertekend": "SIGNED",
    "ondertekenaar": "SIGNED", "bedient": "SERVES", "nam deel aan": "ATTENDED",
    "aanwezig": "ATTENDED", "introductie": "INTRODUCED", "werkt bij": "WORKS_AT",
}
HEADER_WORDS = {
    "organisations": {
        "naam": "name", "naam organisatie": "name", "organisatie": "name",
        "soort": "kind", "type": "kind", "categorie": "kind",
        "kvk": "kvk", "kvk-nummer": "kvk", "kvk nummer": "kvk", "brin": "brin",
        "gemeente": "municipality", "plaats": "municipality", "vestigingsplaats": "municipality",
        "thema": "themes", "thema's": "themes", "themas": "themes", "campus": "campuses",
        "bron": "source", "opmerking": "note", "toelichting": "note", "sector": "sector",
        "website": "website", "alias": "aliases", "aliassen": "aliases",
        # The headers of common CRM exports (Dynamics, Salesforce, HubSpot, Dutch CRMs),
        # compared as _header_key writes them.
        "organisatienaam": "name", "bedrijfsnaam": "name", "naam bedrijf": "name",
        "relatienaam": "name", "account name": "name", "account": "name",
        "title": "name", "titel": "name",  # a SharePoint list's (Microsoft Lists) item name
        # A Dutch CRM's second name line (PerfectView, AFAS, Exact): the rest of a long name,
        # or a department or an addressee (see continued_name).
        "naam 2": "name_2", "naam2": "name_2", "name 2": "name_2", "naam regel 2": "name_2",
        "naam vervolg": "name_2", "tweede naamregel": "name_2",
        "company name": "name", "company": "name", "organisation": "name",
        # SBB's recognised work-placement companies, a school's placement lists
        "naam leerbedrijf": "name", "leerbedrijf": "name", "naam stagebedrijf": "name",
        "stagebedrijf": "name", "naam werkgever": "name",
        # Google Contacts' first organisation and website
        "organization 1 name": "name", "website 1 value": "website",
        # LinkedIn's company pages ("Den Helder, North Holland, Netherlands")
        "company headquarters": "municipality", "headquarters": "municipality",
        "hq location": "municipality",
        # Outlook's contacts, in English and in Dutch (its "Categories" are the user's own
        # words, left for a mapping)
        "business city": "municipality", "web page": "website", "plaats werk": "municipality",
        "webpagina": "website",
        "organization": "name", "organisation name": "name", "organization name": "name",
        "relatietype": "kind", "type relatie": "kind", "soort organisatie": "kind",
        "relatiesoort": "kind", "soort relatie": "kind",  # PerfectView, AFAS
        "type organisatie": "kind", "organisatietype": "kind", "relationship type": "kind",
        "account type": "kind", "company type": "kind", "category": "kind",
        "kvknummer": "kvk", "kvk nr": "kvk", "kamer van koophandel": "kvk",
        "kamer van koophandel nummer": "kvk", "kvk number": "kvk",
        "chamber of commerce": "kvk", "chamber of commerce number": "kvk",
        "brin nummer": "brin", "brinnummer": "brin", "brin code": "brin",
        "stad": "municipality", "woonplaats": "municipality", "city": "municipality",
        "town": "municipality", "address 1 city": "municipality",
        "billing city": "municipality", "address city": "municipality",
        "bezoekadres plaats": "municipality", "plaats vestiging": "municipality",
        "web": "website", "url": "website", "website url": "website", "webadres": "website",
        "company domain name": "website", "domain": "website", "domein": "website",
        "homepage": "website", "internet": "website",
        "omschrijving": "note", "beschrijving": "note", "description": "note",
        "notes": "note", "notities": "note", "opmerkingen": "note", "branche": "sector", "bedrijfstak": "sector", "industry": "sector",
        "ook bekend als": "aliases", "andere namen": "aliases",
        # The organisation a row is part of: Dynamics' and Salesforce's "Parent Account",
        # HubSpot's "Parent Company".
        "parent account": "parent", "parent company": "parent", "parent": "parent",
        "parent organisation": "parent", "parent organization": "parent",
        "moederorganisatie": "parent", "moederbedrijf": "parent", "onderdeel van": "parent",
        "hoofdorganisatie": "parent", "bovenliggend account": "parent",
        "bovenliggende organisatie": "parent", "bovenliggend bedrijf": "parent",
        # Odoo's contacts: a child record's "Gerelateerd bedrijf" ("Related Company").
        "gerelateerd bedrijf": "parent", "related company": "parent",
        "hoofdrelatie": "parent",  # Exact Online's
        # A link to the organisation above in a base of one's own (Airtable, a sheet).
        "hoort bij": "parent", "valt onder": "parent", "maakt deel uit van": "parent",
        "part of": "parent", "belongs to": "parent",
        # Pipedrive: "Organization - Labels", the address's "City/town/village/locality".
        "labels": "kind", "label": "kind", "city town village locality": "municipality",
        "city town village locality of address": "municipality",
        # A contact person's (a row of kind Person); on a sheet without people, left out
        # as personal data (see guess_mapping).
        "e-mail": "email", "e-mailadres": "email", "emailadres": "email",
        "email address": "email", "telefoon": "phone", "telefoonnummer": "phone",
    },
    "relationships": {
        "van": "source", "naar": "target", "relatie": "type", "soort relatie": "type",
        "sinds": "since", "vanaf": "since", "tot": "until", "gewicht": "weight",
        "bron": "source_doc", "opmerking": "note", "toelichting": "note",
        "opleiding": "programme", "aantal": "count", "datum": "date", "status": "status",
        "rol": "role",
    },
}


@dataclass
class TableMapping:
    """How one sheet maps to the model. See the module docstring for the YAML form.

    Examples
    --------
    >>> m = TableMapping("organisations", columns={"name": "Naam"})
    >>> m.header_of("name")
    'Naam'
    """

    table: str
    columns: dict[str, str] = field(default_factory=dict)
    values: dict[str, dict[str, str]] = field(default_factory=dict)
    defaults: dict[str, Any] = field(default_factory=dict)
    sheet: str | None = None
    origin: str | None = None
    source_name: str | None = None
    """The source's stable name (``source_name: crm``): next month's export under another
    file name replaces this one's facts."""
    date: str | None = None
    """The date of the data (``date: 2020-06-30``): an old municipality name is the one
    that existed that day (``--at`` goes first; today by default)."""
    province: str | None = None
    """The province the sheet is about: an ambiguous municipality ("Bergen") is the one in
    it, and a municipality outside it is a warning."""
    notes: list[str] = field(default_factory=list)
    """What a guessed mapping chose and why (a CRM "Type" not read as the kind, the kind
    from an industry): said once in the load's warnings, after the file's name."""
    not_kinds: tuple[str, ...] = ()
    """Headers a guessed mapping did not read as the kind, though they say kind (a CRM's
    "Relationship Type" of stages): not "headers not recognised" in the load's summary."""
    fallbacks: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Headers read for a field where its column (``columns``) is empty, in order: a mapping
    that names a list (``name: [Organisatie, Name]``: a board's custom field, else the
    task's name)."""

    def header_of(self, model_field: str) -> str | None:
        """Return the sheet header mapped to a model field, if any."""
        return self.columns.get(model_field)



_PART_FIELDS = dict.fromkeys(
    ("department", "afdeling", "location", "locatie", "vestiging", "branch", "division",
     "divisie"),
    f" {DEPARTMENT_HINT}")
"""Fields a user may look for to read a CRM's "Afdeling" (SuperOffice's department or
location beside the company's name): not 'parent', which names another organisation."""


_A_REGION = "a region of several municipalities"


def _mapping_error(message: str, origin: str | None) -> InputError:
    return InputError(message, file=origin)


def parse_mapping(data: Any, origin: str | None = None) -> TableMapping:
    """Validate a mapping read from YAML (a dict) and return a :class:`TableMapping`.

    Examples
    --------
    >>> parse_mapping({"table": "relationships", "columns": {"source": "Van",
    ...                "target": "Naar", "type": "Relatie"}}).table
    'relationships'
    """
    if not isinstance(data, dict):
        raise _mapping_error("a mapping must be a YAML mapping with 'table' and 'columns'", origin)
    keys = ["table", "columns", "values", "defaults", "sheet", "source_name", "province",
            "date"]
    unknown = set(data) - set(keys)
    if unknown:
        key = sorted(unknown)[0]
        raise _mapping_error(f"unknown mapping key '{key}'"
                             f"{key_hint(key, keys)}", origin)
    table = data.get("table", "organisations")
    if table not in ("organisations", "relationships"):
        raise _mapping_error(f"table must be 'organisations' or 'relationships', not {table!r}",
                             origin)
    columns = data.get("columns") or {}
    values = data.get("values") or {}
    defaults = data.get("defaults") or {}
    for name, part in (("columns", columns), ("values", values), ("defaults", defaults)):
        if not isinstance(part, dict):
            raise _mapping_error(f"'{name}' must be a mapping", origin)
    fields = allowed_fields(table)
    for model_field, header in columns.items():
        if model_field not in fields:
            dutch = HEADER_WORDS[table].get(str(model_field).casefold())
            hint = f" (did you mean '{dutch}'?)" if dutch else _PART_FIELDS.get(
                str(model_field).casefold()) or did_you_mean(model_field, fields)
            raise _mapping_error(f"columns: '{model_field}' is not a field of {table}{hint}; "
                                 "the left side names the model's field, the right side "
                                 "your header", origin)
        headers = header if isinstance(header, list) else [header]
        if not headers or not all(isinstance(h, str | int) and str(h).strip()
                                  for h in headers):
            raise _mapping_error(f"columns: '{model_field}' must name a header, or a list of "
                                 "headers read in order where the first is empty", origin)
        if isinstance(header, list) and table != "organisations":
            raise _mapping_error(f"columns: '{model_field}': a list of headers is read for "
                                 "organisations only; name one header", origin)
    for model_field in defaults:
        if model_field not in fields:
            raise _mapping_error(f"defaults: '{model_field}' is not a field of {table}"
                                 f"{did_you_mean(model_field, fields)}", origin)
    for key in ("source_name", "province"):
        if data.get(key) is not None and not isinstance(data[key], str):
            raise _mapping_error(f"'{key}' must be a name, not {data[key]!r}", origin)
    if data.get("province"):
        from .cbs import geography

        geography().in_province(data["province"])  # an unknown province fails here
    lists = {k: [str(h).strip() for h in (v if isinstance(v, list) else [v])]
             for k, v in columns.items()}
    return TableMapping(table, {k: v[0] for k, v in lists.items()},
                        {k: {str(a).casefold(): "" if b is None else str(b)
                             for a, b in (v or {}).items()}
                         for k, v in values.items()},
                        dict(defaults), data.get("sheet"), origin,
                        (data.get("source_name") or "").strip() or None,
                        data_date(data.get("date"), origin),
                        (data.get("province") or "").strip() or None,
                        fallbacks={k: tuple(v[1:]) for k, v in lists.items() if len(v) > 1})


def data_date(value: Any, origin: str | None = None) -> str | None:
    """Check a mapping's or dataset's ``date:`` (the date of the data) and return it as
    ``YYYY-MM-DD``; ``None`` when absent.

    Examples
    --------
    >>> import datetime
    >>> data_date("2020-06-30"), data_date(datetime.date(2020, 6, 30)), data_date(None)
    ('2020-06-30', '2020-06-30', None)
    """
    import datetime

    if value in (None, ""):
        return None
    if isinstance(value, datetime.datetime):
        value = value.date()
    if isinstance(value, datetime.date):
        return value.isoformat()
    try:
        return datetime.date.fromisoformat(str(value).strip()).isoformat()
    except ValueError:
        raise InputError(f"date: {value!r} is not a date; write it as YYYY-MM-DD "
                         "(the date of the data)", file=origin) from None


def allowed_fields(table: str) -> list[str]:
    """The model fields a mapping may name for a sheet of ``"organisations"`` or ties.

    Examples
    --------
    >>> "source_doc" in allowed_fields("relationships")
    True
    """
    if table == "organisations":
        props = {p for k in KINDS.values() for p in k.all_props}
        return [*ORG_SPECIAL, *sorted(props)]
    props = {p for r in REL_TYPES.values() for p in r.all_props}
    # On relationships, "source" is the endpoint; the citation is "source_doc".
    return [*REL_SPECIAL, "source_doc", *sorted(props - {"source"})]


def read_mapping(path: str | Path) -> TableMapping:
    """Read a mapping YAML file.

    Raises
    ------
    InputError
        For a missing file, invalid YAML, or unknown fields.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "m.yaml"
    >>> _ = p.write_text("table: organisations\\ncolumns: {name: Naam organisatie}\\n")
    >>> read_mapping(p).columns
    {'name': 'Naam organisatie'}
    """
    path = Path(path)
    if not path.exists():
        raise InputError("no such mapping file", file=str(path))
    # Bounded: size, aliases, depth; duplicate keys refused (see files.read_yaml).
    return parse_mapping(read_yaml(path), str(path))


def _header_key(header: str) -> str:
    """A header as :data:`HEADER_WORDS` writes it: small letters, words apart ("Address 1:
    City" → "address 1 city", "KvK-nummer" → "kvk nummer", "BRIN_code" → "brin code").

    Examples
    --------
    >>> _header_key(" Address 1: City "), _header_key("KvK-nummer"), _header_key("thema's")
    ('address 1 city', 'kvk nummer', "thema's")
    """
    return " ".join(re.sub(r"[:_\-/.()]+", " ", header.casefold()).split())


_HEADER_KEYS = {table: {_header_key(k): v for k, v in words.items()}
                for table, words in HEADER_WORDS.items()}


_MUNICIPALITY_HEADERS = frozenset({"gemeente", "municipality"})
"""Headers that name the municipality, not a town or village in it ("Woonplaats")."""
_ENTITY = re.compile(r"^(?:organi[sz]ation|company|account|org|organisatie|bedrijf|relatie) ")
"""The record type some CRMs put before every header ("Organization - Name",
"Organization - Website": Pipedrive), left out when the header is not known with it."""
_ADDRESS_HEADERS = frozenset({"address", "adres", "bezoekadres", "vestigingsadres",
                              "full address", "volledig adres", "postal address"})
"""Headers of a whole address in one cell: the place column when the sheet has no other."""
_ADDRESS_PLACE = re.compile(
    r"^(?:(?P<visit>bezoek|vestigings?|visiting|office|primary)|(?P<post>post|postal|"
    r"correspondentie|factuur|billing|shipping|mailing|invoice))?\s?(?:adres|address)"
    r"(?: \d)? (?:plaats|woonplaats|stad|city|town)$")
"""A place header of one kind of address ("Postadres - Plaats": SuperOffice's,
"Bezoekadres plaats", "Mailing Address City"): the place when the sheet has no column of
its own for it, a visiting address's before any, a postal address's after."""


def _address_place_rank(low: str) -> int | None:
    """How good a place an address's place header (as :func:`_header_key` writes it) gives:
    0 a visiting address's, 1 an address's, 2 a postal or billing address's; ``None`` for
    any other header.

    Examples
    --------
    >>> [_address_place_rank(h) for h in ("postadres plaats", "bezoekadres plaats",
    ...                                   "adres plaats", "mailing address city", "plaats")]
    [2, 0, 1, 2, None]
    """
    found = _ADDRESS_PLACE.match(low)
    if found is None:
        return None
    return 0 if found["visit"] is not None else 2 if found["post"] is not None else 1


def _header_target(low: str, fields: Mapping[str, str], words: Mapping[str, str]) -> str | None:
    """The model field a header (as :func:`_header_key` writes it) names, if any; a CRM's
    record type in front is left out ("organization website"), but its record id is not
    the organisation's id."""
    target = fields.get(low) or words.get(low)
    if target is None and _ENTITY.match(low):
        rest = _ENTITY.sub("", low)
        target = None if rest == "id" else fields.get(rest) or words.get(rest)
    return target


def guess_mapping(table: Table, kinds: Mapping[str, str] | None = None) -> TableMapping:
    """Build a mapping from a sheet's headers (and the words in its kind column) when the
    user gives none.

    Headers that are model field names, common Dutch headers, or the headers of common CRM
    exports ("Account Name", "Company name", "Address 1: City", "Relatietype") are
    recognised, whatever their case or punctuation. A sheet with source/target (van/naar)
    columns holds relationships; any other, organisations.

    The kind column is chosen by its words too: a column whose header says kind ("Soort",
    "Type", "Account Type", "Relatietype") but whose filled cells are mostly no kind of
    organisation (HubSpot's Prospect, Partner, Vendor; Salesforce's Customer - Direct,
    Channel Partner / Reseller: the stage of the relationship) is not read, and the
    mapping's ``notes`` say why. Without a usable kind column, a CRM's "Industry"
    ("Branche", "Sector") gives the kind where its label says it ("Government
    Administration", "Higher Education"; see :data:`INDUSTRY_KINDS`), and a row is a
    Company (the usual kind of a CRM account) otherwise. ``kinds`` are the user's own words
    for kinds (a mapping's ``values: kind:``), counted as kinds.

    Examples
    --------
    >>> guess_mapping(Table("a.csv", None, ["Van", "Naar", "Relatie"])).columns
    {'source': 'Van', 'target': 'Naar', 'type': 'Relatie'}
    >>> guess_mapping(Table("accounts.csv", None, ["Account Name", "Relationship Type",
    ...                                            "Address 1: City", "Website"])).columns
    {'name': 'Account Name', 'kind': 'Relationship Type', 'municipality': 'Address 1: City', \
'website': 'Website'}
    >>> hubspot = guess_mapping(Table("companies.csv", None, ["Company name", "Type", "Industry"],
    ...     [(2, ["Gemeente Hoorn", "Partner", "Government Administration"]),
    ...      (3, ["KLM", "Prospect", "Airlines/Aviation"])]))
    >>> hubspot.columns, hubspot.values["kind"], hubspot.defaults
    ({'name': 'Company name', 'sector': 'Industry', 'kind': 'Industry'}, \
{'government administration': 'PublicBody', 'airlines/aviation': 'Company'}, {'kind': 'Company'})
    """
    folded = {_header_key(h): h for h in reversed(table.headers)}  # the first of a key wins
    folded = dict(reversed(folded.items()))
    rel_words = _HEADER_KEYS["relationships"]
    is_rel = any(rel_words.get(h) == "source" or h == "source" for h in folded) and any(
        rel_words.get(h) == "target" or h == "target" for h in folded)
    kind = "relationships" if is_rel else "organisations"
    fields = {_header_key(f): f for f in allowed_fields(kind)}  # "source_doc" as "source doc"
    columns: dict[str, str] = {}
    candidates: list[str] = []  # the headers that may hold the kind, in order
    address = None  # a whole address in one cell, the place if nothing else says it
    places: list[tuple[int, str]] = []  # an address's place column, with its rank
    # On a sheet of people (an Outlook or Google address book) "Title" is a person's
    # ("Dhr.", "Mevr."), not a SharePoint item's name.
    people = _of_people(table)
    for low, header in folded.items():
        target = _header_target(low, fields, _HEADER_KEYS[kind])
        if people and low in ("title", "titel"):
            continue
        if kind == "organisations" and target == "municipality" and "municipality" in columns:
            # "Woonplaats" and "Gemeente" both (an Access table): the municipality's column
            # is read as the municipality, the town's where that is empty.
            if low in _MUNICIPALITY_HEADERS and _header_key(
                    columns["municipality"]) not in _MUNICIPALITY_HEADERS:
                columns["town"], columns["municipality"] = columns["municipality"], header
            elif _MUNICIPALITY_HEADERS.intersection((low, _header_key(columns["municipality"]))):
                columns.setdefault("town", header)
            continue
        rank = _address_place_rank(_ENTITY.sub("", low)) if target is None else None
        if kind == "organisations" and rank is not None:
            places.append((rank, header))
        if kind == "organisations" and target is None and address is None and \
                _ENTITY.sub("", low) in _ADDRESS_HEADERS:
            address = header
        if kind == "organisations" and target == "kind":
            candidates.append(header)
        elif target and target not in columns:
            columns[target] = header
    if kind == "relationships":
        return TableMapping(kind, columns, origin=None)
    if places and "municipality" not in columns:  # the best, the first of equals
        columns["municipality"] = min(places, key=lambda p: p[0])[1]
    if address is not None and "municipality" not in columns:
        columns["municipality"] = address
    if "type" in columns:
        candidates.append(columns["type"])  # a CRM's "Type": the kind (a region's type aside)
    notes: list[str] = []
    not_kinds: list[str] = []
    values: dict[str, dict[str, str]] = {}
    defaults: dict[str, Any] = {}
    for header in candidates:
        filled, found = _kind_share(table, header, kinds)
        # Mostly kinds (or typos of kinds); or a column named as the model names it ("kind"):
        # its words are meant as kinds, and each one that is not is a problem of its row.
        if not filled or found * 2 >= len(filled) or _header_key(header) == "kind":
            columns["kind"] = header
            if header == columns.get("type"):
                del columns["type"]
            break
        named = {c: _is_kind_word(c, kinds) for c in set(filled)}  # each text once
        others = [c for c in filled if not named[c]]
        if header == columns.get("type"):
            del columns["type"]
        not_kinds.append(header)
        notes.append(f"column '{header}' not read as the kind: {len(filled) - found} of its "
                     f"{len(filled)} filled cells ({_examples(others)}) are no kind of "
                     "organisation (the stage of the relationship, it seems); to read it, "
                     "map it under columns: kind: and its words under values: kind:")
    if "kind" not in columns:  # a CRM's accounts, a list of names and places: companies
        values, defaults, note = _kind_from_industry(table, columns.get("sector"))
        if values:
            columns["kind"] = columns["sector"]
        notes.append(note)
    if not _names_people(table, columns.get("kind"), values.get("kind"), kinds):
        # A person's e-mail or phone on a sheet of organisations (a registration report's
        # "Email" beside "First Name"): no organisation has them, so the column is left
        # out as personal data rather than read and then dropped for every kind.
        columns = {f: h for f, h in columns.items() if f not in PERSONAL_PROPS}
    notes.extend(_no_ids_nor_names(table, columns))
    place = {h: i for i, h in enumerate(table.headers)}
    columns = dict(sorted(columns.items(), key=lambda item: place.get(item[1], 0)))
    return TableMapping(kind, columns, values, defaults, origin=None, notes=notes,
                        not_kinds=tuple(not_kinds))


def _names_people(table: Table, header: str | None, values: Mapping[str, str] | None,
                  words: Mapping[str, str] | None) -> bool:
    """Whether a kind column says of any row that it is a person ("Contactpersoon"), as
    read with the guessed ``values`` or the user's ``words`` for kinds."""
    if header is None:
        return False
    named = {**(words or {}), **(values or {})}
    return any(_one_kind(str(cell).strip().casefold(), named) in PERSONAL_KINDS
               for cell in set(_raw_cells(table, header)))


def read_by_headers(mapping: TableMapping) -> str:
    """What a guessed mapping reads, in a mapping's words: the line a load without a mapping
    says, so the user sees which header gave the name, the kind and the place.

    Examples
    --------
    >>> read_by_headers(TableMapping("organisations", {"name": "Bedrijfsnaam",
    ...                                                "municipality": "Postadres - Plaats"}))
    "columns read by their headers: name: 'Bedrijfsnaam', municipality: 'Postadres - \
Plaats' (to read another, name it under columns: in a mapping)"
    """
    read = ", ".join(f"{f}: {quoted(h)}" for f, h in mapping.columns.items())
    return (f"columns read by their headers: {read} (to read another, name it under "
            "columns: in a mapping)")


def with_guessed_columns(mapping: TableMapping, table: Table) -> TableMapping:
    """A mapping that names no columns (only ``sheet:``, ``values:``, ``defaults:``,
    ``source_name:`` …) with the columns :func:`guess_mapping` reads from the headers; the
    mapping's own values and defaults go first.

    Examples
    --------
    >>> m = TableMapping("organisations", values={"kind": {"customer": "Company"}},
    ...                  sheet="Accounts", source_name="dynamics")
    >>> t = Table("a.xlsx", "Accounts", ["Account Name", "Relationship Type"],
    ...           [(2, ["KLM", "Customer"]), (3, ["Nova College", "Onderwijs"])])
    >>> g = with_guessed_columns(m, t)
    >>> g.columns, g.values["kind"]["customer"], g.sheet, g.source_name
    ({'name': 'Account Name', 'kind': 'Relationship Type'}, 'Company', 'Accounts', 'dynamics')
    """
    guess = guess_mapping(table, mapping.values.get("kind"))
    return with_guess(replace(mapping, table="relationships" if mapping.table ==
                              "relationships" else guess.table, columns=guess.columns), guess)


def with_guess(mapping: TableMapping, guess: TableMapping) -> TableMapping:
    """``mapping`` with what :func:`guess_mapping` knew beside its columns, for each column
    the mapping reads as the guess does: its words (a HubSpot "Industry" read as the kind;
    the mapping's own go first), its default (the kind of a row without one, unless the
    mapping gives one) and why it read the kind so (its notes; not that every row is a
    company where the mapping says otherwise).

    Examples
    --------
    >>> guess = TableMapping("organisations", {"name": "Naam"}, defaults={"kind": "Company"},
    ...                      notes=["no column says the kind of organisation: …"])
    >>> mine = TableMapping("organisations", {"name": "Naam"}, defaults={"kind": "School"})
    >>> with_guess(mine, guess).defaults, with_guess(mine, guess).notes
    ({'kind': 'School'}, [])
    """
    same = [f for f in {*guess.values, *guess.defaults, "kind"}
            if mapping.columns.get(f) == guess.columns.get(f)]
    values = {**mapping.values, **{f: {**guess.values[f], **mapping.values.get(f, {})}
                                   for f in same if f in guess.values}}
    defaults = {**{f: guess.defaults[f] for f in same if f in guess.defaults},
                **mapping.defaults}
    if "kind" not in same:
        return replace(mapping, values=values, defaults=defaults)
    notes = [n for n in guess.notes if "kind" not in mapping.defaults
             or not n.startswith("no column says the kind")]
    return replace(mapping, values=values, defaults=defaults,
                   notes=[*mapping.notes, *notes], not_kinds=guess.not_kinds)


INDUSTRY_KINDS = {
    # HubSpot's and LinkedIn's industry labels (and HubSpot's internal values, as
    # _header_key writes "GOVERNMENT_ADMINISTRATION"), compared as _header_key writes them.
    "government administration": "PublicBody", "public safety": "PublicBody",
    "public policy": "PublicBody", "law enforcement": "PublicBody", "military": "PublicBody",
    "international affairs": "PublicBody", "armed forces": "PublicBody",
    "public administration": "PublicBody", "administration of justice": "PublicBody",
    "legislative offices": "PublicBody", "executive offices": "PublicBody",
    "higher education": "School", "education management": "School",
    "primary secondary education": "School", "primary and secondary education": "School",
    "education administration programs": "School",
    # Dutch industry words (Branche, Sector; the SBI's sections O and P).
    "openbaar bestuur": "PublicBody", "openbaar bestuur en overheidsdiensten": "PublicBody",
    "overheidsdiensten": "PublicBody", "defensie": "PublicBody", "politie": "PublicBody",
    "hoger onderwijs": "School", "beroepsonderwijs": "School",
    "middelbaar beroepsonderwijs": "School", "wetenschappelijk onderwijs": "School",
    "basisonderwijs": "School", "voortgezet onderwijs": "School",
}
"""Industry labels that say the kind of organisation (beside :data:`KIND_WORDS`'s
"Overheid", "Onderwijs", "Government", "Education"). Not here, so a Company: "Government
Relations" (public-affairs and lobbying firms), "Research" (research institutes and R&D
firms are no schools), "E-Learning" (mostly companies that sell courses)."""

_INDUSTRY_KINDS = {_header_key(k): v for k, v in INDUSTRY_KINDS.items()}
_KIND_NAMES = {k.casefold(): k for k in KINDS}


def industry_kind(label: Any) -> str | None:
    """The kind of organisation an industry label ("Branche", HubSpot's "Industry") says,
    if it says one: a PublicBody, School, Municipality or Company; else ``None``.

    Examples
    --------
    >>> industry_kind("Government Administration"), industry_kind("HIGHER_EDUCATION")
    ('PublicBody', 'School')
    >>> industry_kind("Onderwijs"), industry_kind("Airlines/Aviation"), industry_kind("Research")
    ('School', None, None)
    """
    text = str(label).strip()
    found = _INDUSTRY_KINDS.get(_header_key(text))
    if found is None:
        found = KIND_WORDS.get(text.casefold()) or _KIND_NAMES.get(text.casefold())
    return found if found in ("Company", "School", "PublicBody", "Municipality") else None


def _is_kind_word(text: str, words: Mapping[str, str] | None = None) -> bool:
    """Whether a cell names a kind: a model kind, a word of :data:`KIND_WORDS` or of the
    mapping's ``values: kind:``, or one letter or two off one (a typo: "Bedrjf")."""
    import difflib

    folded = text.strip().casefold()
    if folded in _KIND_NAMES or folded in KIND_WORDS or (words and folded in words):
        return True
    if _LABELS.search(folded):  # "Werkgever, Warm lead": labels, one of them a kind
        return listed_kind(folded, words) is not None
    pool = [*_KIND_NAMES, *KIND_WORDS, *(words or ())]
    return bool(difflib.get_close_matches(folded, pool, n=1, cutoff=0.8))


def _raw_cells(table: Table, header: str) -> list[Any]:
    """A column's filled cells, as read."""
    at = table.headers.index(header)
    return [cells[at] for _, cells in table.rows
            if at < len(cells) and cells[at] not in (None, "") and str(cells[at]).strip()]


_NO_ANSWERS = frozenset({
    "nvt", "n v t", "niet van toepassing", "geen", "geen organisatie", "onbekend", "none",
    "unknown", "n a", "zzp", "zzper", "zzp er", "eigen bedrijf", "eigen bedrijf zzp",
    "particulier", "nee", "freelance", "freelancer", "zelfstandige", "zelfstandig ondernemer",
    "eigen onderneming", "eigen onderneming zzp", "test", "nog invullen", "nog in te vullen",
    "in te vullen", "tbd", "nieuw item", "new item", "n n b", "nnb", "nog niet bekend",
    "student zoekt zelf", "zoekt zelf", "nog opzoeken", "opzoeken", "nog uitzoeken",
    # A bookkeeping package's catch-all contacts: sales and invoices to no one in particular.
    "diverse debiteuren", "diverse crediteuren", "diverse klanten", "diverse relaties",
    "diversen", "div debiteuren", "debiteuren diversen", "kasverkopen", "kassaverkopen",
    "kassa verkopen", "kassa evenementen", "contante verkopen", "eenmalige klant",
    "eenmalige klanten", "eenmalige debiteur", "eenmalige debiteuren", "particulieren",
})
"""What a respondent writes where the organisation is asked when there is none ("n.v.t.",
"geen", "zzp", "Eigen bedrijf (zzp)", "Freelance"), what a list holds in a row kept for
one ("test", "nog invullen"), and a bookkeeping package's contacts for no one in particular
("Diverse debiteuren", "Kassa evenementen"), in the form :func:`no_organisation` compares."""


_GOES_ON = re.compile(r"^(?:en|van|voor|de|der|den|het|in|op|aan|&|\+)\s", re.IGNORECASE)


def continued_name(name: str, second: str) -> str:
    """The name a CRM's two name lines make ("Naam", "Naam 2"): the first with the second
    where the second goes on with it, after a word broken with a hyphen or with a word like
    "en" or "van"; else the first alone (the second names a department or an addressee).

    Examples
    --------
    >>> continued_name("Uitvoeringsinstituut Werknemers-", "verzekeringen (UWV)")
    'Uitvoeringsinstituut Werknemersverzekeringen (UWV)'
    >>> continued_name("Werkgeversservicepunt Zuid-Kennemerland", "en IJmond")
    'Werkgeversservicepunt Zuid-Kennemerland en IJmond'
    >>> continued_name("Gemeente Haarlemmermeer", "t.a.v. afdeling Economische Zaken")
    'Gemeente Haarlemmermeer'
    >>> continued_name("KLM", "Afdeling HR")
    'KLM'
    """
    first, rest = name.rstrip(), second.strip()
    if first.endswith("-") and not first.endswith(" -") and rest[:1].islower():
        return first[:-1] + rest
    if _GOES_ON.match(rest):
        return f"{first} {rest}"
    return name


def no_organisation(name: str) -> bool:
    """Whether a name cell says there is no organisation: "n.v.t.", "geen", "onbekend",
    "zzp" (a self-employed person, no organisation of the network), parts of such answers
    ("Onbekend / nog invullen"), a bookkeeper's catch-all ("Diverse debiteuren"), or a test
    record marked not to be used ("TEST - niet gebruiken", "Testrelatie (niet gebruiken)").

    Examples
    --------
    >>> [no_organisation(n) for n in ("n.v.t.", "Eigen bedrijf (zzp)", "ZZP Nederland",
    ...                               "Geen", "Tata Steel", "nog invullen", "Test B.V.", "-")]
    [True, True, False, True, False, True, False, True]
    >>> [no_organisation(n) for n in ("Onbekend / nog invullen", "TEST BPV-bureau - niet "
    ...     "gebruiken", "Zaans Medisch Centrum (niet gebruiken)", "Testlab Haarlem")]
    [True, True, False, False]
    >>> [no_organisation(n) for n in ("Diverse debiteuren", "Kassa evenementen", "Kassa")]
    [True, True, False]
    """
    if len(name) > 60:  # most names: longer than any of the answers
        return False
    if name.strip() and not any(c.isalnum() for c in name):  # "-", "?", "…": a dash for none
        return True
    parts = [words for part in _ANSWER_PARTS.split(name.casefold())
             if (words := " ".join(re.findall(r"[a-z]+", part)))]
    if not parts:  # "0", a name in another script
        return False
    if all(part in _NO_ANSWERS for part in parts):
        return True
    # A test record: a first word that says so, and a part that says not to use it.
    return parts[0].split()[0] in _TEST_WORDS and any(p in _NOT_TO_USE for p in parts[1:])


_ANSWER_PARTS = re.compile(r"\s+[-–/|]\s+|\s*[/|()\[\]]\s*")
"""What parts of a name cell are written apart with: "Onbekend / nog invullen", "TEST -
niet gebruiken", "Testrelatie (niet gebruiken)"."""
_TEST_WORDS = frozenset({"test", "testrelatie", "testbedrijf", "testaccount", "testrecord",
                         "testorganisatie", "dummy", "proef", "voorbeeld"})
_NOT_TO_USE = frozenset({"niet gebruiken", "niet meer gebruiken", "niet verwijderen",
                         "do not use", "dont use", "don t use", "test"})


_ANONYMOUS = frozenset({"anonymous", "anoniem"})
"""What a form writes for the name of a respondent it does not know."""


def _no_ids_nor_names(table: Table, columns: dict[str, str]) -> list[str]:
    """Leave out of a guessed mapping an id column none of whose cells is an id (a form's or
    an export's own record numbers: "ID" 1, 2, 3) and a name column whose cells all say an
    anonymous respondent (Microsoft Forms' "Naam" of an anonymous form: "Anonymous"), and
    say why.

    Examples
    --------
    >>> columns = {"id": "ID", "name": "Naam"}
    >>> _no_ids_nor_names(Table("f.xlsx", None, ["ID", "Naam"], [(2, [1, "Anonymous"]),
    ...     (3, [2, "Anonymous"]), (4, [3, "Anonymous"])]), columns)[0]
    "column 'ID' not read as the id: none of its 3 filled cells is an id (1, 2, 3: the export's own numbers, it seems); to read it, write its ids as namespace:key and map it under columns: id:"
    >>> columns
    {}
    """
    notes = []
    header = columns.get("id")
    if header is not None:
        filled = [str(c).strip() for c in _raw_cells(table, header)]
        if filled and not any(":" in c for c in filled):  # an id is namespace:key
            notes.append(f"column {quoted(header)} not read as the id: none of its "
                         f"{len(filled)} filled cells is an id ({_examples(filled, 3)}: the "
                         "export's own numbers, it seems); to read it, write its ids as "
                         "namespace:key and map it under columns: id:")
            del columns["id"]
    header = columns.get("name")
    if header is not None:
        filled = [str(c).strip() for c in _raw_cells(table, header)]
        if len(filled) > 2 and {c.casefold() for c in filled} <= _ANONYMOUS:
            notes.append(f"column {quoted(header)} not read as the name: all its "
                         f"{len(filled)} filled cells are {quoted(filled[0])} (a form's "
                         "anonymous respondent, it seems); name the column that holds the "
                         "organisation's name under columns: name:")
            del columns["name"]
    return notes


def _kind_share(table: Table, header: str,
                words: Mapping[str, str] | None = None) -> tuple[list[str], int]:
    """A column's filled cells (repaired) and how many of them name a kind."""
    raw = _raw_cells(table, header)
    # A kind column holds a few words many times: each is repaired and looked up once
    # (every load of organisations asks, a million rows at the big end).
    text = {value: repair_text(str(value)).strip() for value in set(raw)}
    kind = {t: _is_kind_word(t, words) for t in set(text.values())}
    filled = [text[value] for value in raw]
    return filled, sum(kind[t] for t in filled)


def _examples(cells: list[str], n: int = 5) -> str:
    """A column's most common words, most common first ("Partner, Prospect, Other, …")."""
    from collections import Counter

    common = [w for w, _ in Counter(cells).most_common()]
    return ", ".join(common[:n]) + (", …" if len(common) > n else "")


def _kind_from_industry(table: Table, header: str | None
                        ) -> tuple[dict[str, dict[str, str]], dict[str, Any], str]:
    """The ``values``, ``defaults`` and note of a guessed mapping whose kind comes from an
    industry column (or, with none, is Company for every row)."""
    rows = len(table.rows)
    if header is None:
        return {}, {"kind": "Company"}, (
            f"no column says the kind of organisation: all {rows} row(s) loaded as a Company "
            "(the usual kind of a CRM account); map a kind column, or give defaults: kind:")
    at = table.headers.index(header)
    words: dict[str, str] = {}
    said: dict[str, list[str]] = {}
    plain = 0
    for _, cells in table.rows:
        value = cells[at] if at < len(cells) else None
        text = repair_text(str(value)).strip() if value not in (None, "") else ""
        found = industry_kind(text) if text else None
        if text and text.casefold() not in words:
            words[text.casefold()] = found or "Company"
            if found:
                said.setdefault(found, []).append(text)
        plain += found is None
    if not said:
        return {}, {"kind": "Company"}, (
            f"no column says the kind of organisation (nor does '{header}'): all {rows} "
            "row(s) loaded as a Company (the usual kind of a CRM account); map a kind column, "
            "or give defaults: kind:")
    clues = "; ".join(f"{', '.join(labels)} → {kind}" for kind, labels in said.items())
    return {"kind": words}, {"kind": "Company"}, (
        f"the kind of organisation taken from column '{header}' where it says it ({clues}); "
        f"the other {plain} row(s) loaded as a Company (the usual kind of a CRM account); "
        "map a kind column, or give values: kind:, to say otherwise")


MAP_THE_PLACE = ("; correct the cell, or write the place it means under values: "
                 "municipality: in the mapping")
"""What a problem of an unknown place in a municipality column adds ("Harlem": Haarlem)."""


NOT_A_KIND_COLUMN = ("map its words under values: kind:, or leave the column out and give "
                     "defaults: kind: (e.g. Company)")
"""The suggestion for a row of a kind column whose words are mostly no kind."""


_LABELS = re.compile(r"\s*(?:[,;|]|:::)\s*")
"""What labels in one cell are written apart with: commas, semicolons, bars, and Google
Contacts' " ::: "."""
_SYSTEM_LABELS = re.compile(r"^\s*\*\s")
"""A label an address book gives itself, not the user ("* myContacts", "* starred": Google
Contacts'): it names nothing."""


def _without_system_labels(text: str) -> str:
    """A cell of labels without an address book's own ("* myContacts").

    Examples
    --------
    >>> _without_system_labels("Werkgevers ::: * myContacts ::: * starred")
    'Werkgevers'
    >>> _without_system_labels("* myContacts"), _without_system_labels("Onderwijs")
    ('', 'Onderwijs')
    """
    if "*" not in text:
        return text
    kept = [label for label in _LABELS.split(text) if label and not _SYSTEM_LABELS.match(label)]
    return " ::: ".join(kept) if ":::" in text else ", ".join(kept)


def _one_kind(folded: str, words: Mapping[str, str] | None) -> str | None:
    """The model kind one word names (the mapping's word for it, the kind's name, a word of
    :data:`KIND_WORDS`), else ``None``."""
    if words and folded in words:
        folded = words[folded].casefold()
    for k in KINDS:
        if k.casefold() == folded:
            return k
    return KIND_WORDS.get(folded)


def listed_kind(text: str, words: Mapping[str, str] | None = None) -> str | None:
    """The kind in a cell of several labels (a Pipedrive "Labels" or HubSpot tags cell:
    "Werkgever, Warm lead"): the one kind its labels name; a company label ("Werkgever")
    gives way to another kind ("Overheid, Werkgever": a public body that employs), and a
    public body to a municipality ("Gemeente, Overheid"). ``None`` for one label, no kind,
    or two kinds besides those.

    Examples
    --------
    >>> listed_kind("Werkgever, Warm lead"), listed_kind("Overheid, Werkgever")
    ('Company', 'PublicBody')
    >>> listed_kind("Gemeente; Overheid"), listed_kind("Onderwijs, Overheid"), listed_kind("Hot lead")
    ('Municipality', None, None)
    """
    kinds = _label_kinds(text, words)
    return kinds[0] if len(kinds) == 1 else None


def _label_kinds(text: str, words: Mapping[str, str] | None) -> list[str]:
    """The kinds a cell of several labels names, as :func:`listed_kind` weighs them."""
    labels = _LABELS.split(_without_system_labels(str(text)).strip().casefold())
    if len(labels) < 2:
        return []
    kinds = {k for k in (_one_kind(label, words) for label in labels if label) if k}
    if len(kinds) > 1:
        kinds.discard("Company")
    if kinds == {"Municipality", "PublicBody"}:
        kinds = {"Municipality"}
    return sorted(kinds)


_TAG = re.compile(r"</?[A-Za-z][^<>]*>")


def html_text(value: str) -> str:
    """The text of a cell written as HTML (a CRM's rich-text note), its tags gone and its
    entities read; any other text as it is.

    Examples
    --------
    >>> html_text("<p>per 2019 <b>Haarlemmermeer</b></p><p>zie &amp; lees</p>")
    'per 2019 Haarlemmermeer zie & lees'
    >>> html_text("a < b, and c > d")
    'a < b, and c > d'
    """
    if not _TAG.search(value):
        return value
    from html.parser import HTMLParser

    parts: list[str] = []

    class _Text(HTMLParser):
        def handle_data(self, data: str) -> None:
            parts.append(data)

        def handle_starttag(self, tag: str, attrs: Any) -> None:
            parts.append(" ")  # "<p>a</p><p>b</p>": two words

        def handle_endtag(self, tag: str) -> None:
            parts.append(" ")

    reader = _Text(convert_charrefs=True)
    reader.feed(value)
    reader.close()
    return " ".join("".join(parts).split())


def _names_no_kind(text: str, mapping: TableMapping) -> bool:
    """Whether a kind cell says the row has no kind: the mapping maps it to nothing
    ("import-2019": ), or each of its labels ("Techniek,BBL" with both mapped to nothing).

    Examples
    --------
    >>> m = TableMapping("organisations", values={"kind": {"techniek": "", "bbl": ""}})
    >>> _names_no_kind("Techniek, BBL", m), _names_no_kind("Techniek, Onderwijs", m)
    (True, False)
    """
    words = mapping.values.get("kind", {})
    if not words:
        return False
    folded = text.strip().casefold()
    if folded in words:
        return words[folded] == ""
    labels = [label for label in _LABELS.split(folded) if label]
    return len(labels) > 1 and all(words.get(label) == "" for label in labels)


def _kind_of(text: Any, mapping: TableMapping, listed: dict[str, str] | None = None) -> str:
    word = str(text).strip()
    folded = word.casefold()
    if folded in mapping.values.get("kind", {}):
        word = mapping.values["kind"][folded]
        folded = word.casefold()
    for k, model in KINDS.items():
        # The kind's name, or its Dutch one as the messages list it ("campus / PPS").
        if folded in (k.casefold(), model.dutch.casefold()):
            return k
    if folded in KIND_WORDS:
        return KIND_WORDS[folded]
    found = _label_kinds(word, mapping.values.get("kind"))
    if len(found) == 1:
        if listed is not None:
            listed.setdefault(word, found[0])
        return found[0]
    if found:
        kinds = ", ".join(found[:-1]) + " and " + found[-1]
        raise InputError(f"labels of several kinds in one cell {word!r}: {kinds}; say which "
                         f"under values: kind: (for example '{word}': {found[0]})")
    labels = [label for label in _LABELS.split(word) if label.strip()]
    if len(labels) > 1:  # "partner, SROI": which words are meant
        raise InputError(f"no kind in the labels {word!r}: none of "
                         f"{', '.join(repr(label) for label in labels)} names a kind of "
                         "organisation; map one of them under values: kind:")
    close = "" if folded.strip() in _OTHER_WORDS else did_you_mean(word, [*KINDS, *KIND_WORDS])
    # A word like no kind's ("import-2019", a CRM's tag): it may say that the row has none;
    # so may one only somewhat like a kind's ("Veiligheid", a theme, is not "overheid"
    # mistyped), not a typo ("Bedrjf").
    import difflib

    from .cbs import TYPO

    typo = bool(close) and bool(difflib.get_close_matches(folded, [k.casefold() for k in (*KINDS, *KIND_WORDS)],
                                          n=1, cutoff=TYPO))
    empty = "" if typo else f", with nothing after it when it names no kind: '{word}':"
    raise InputError(f"unknown kind {word!r}{close}; expected one of {', '.join(KINDS)} "
                     f"(or map it under values: kind:{empty})")


def _type_of(text: Any, mapping: TableMapping) -> str:
    word = str(text).strip()
    folded = word.casefold()
    if folded in mapping.values.get("type", {}):
        word = mapping.values["type"][folded]
        folded = word.casefold()
    normal = re.sub(r"[\s-]+", "_", folded).upper()
    if normal in REL_TYPES:
        return normal
    if folded in TYPE_WORDS:
        return TYPE_WORDS[folded]
    raise InputError(f"unknown relationship type {word!r}"
                     f"{did_you_mean(word, [*REL_TYPES, *TYPE_WORDS])}; "
                     f"expected one of {', '.join(REL_TYPES)} (or map it under values: type:)")


_Plan = tuple[tuple[str, "str | None", Any, "dict[str, str] | None"], ...]


def _plan(mapping: TableMapping, fields: tuple[str, ...]) -> _Plan:
    """What a field's value is read from, worked out once per sheet: the field,
    its header, its default and its value map (``None`` for kind and type, which map
    their own words)."""
    return tuple((f, mapping.columns.get(f) or None, mapping.defaults.get(f),
                  mapping.values[f] if f in mapping.values and f not in ("kind", "type")
                  else None) for f in fields)


def _values(plan: _Plan, record: Mapping[str, Any]) -> dict[str, Any]:
    """The fields of a row (one pass over a :func:`_plan`): the cell, else the default when
    it is empty, its words mapped (not for kind and type, which map their own)."""
    out = {}
    get = record.get
    for model_field, header, default, words in plan:
        value = get(header) if header else None
        if value is None or (isinstance(value, str) and not value.strip()):
            value = default
        if words is not None and isinstance(value, str):
            value = words.get(value.strip().casefold(), value)
        out[model_field] = value
    return out


def _list_of(value: Any) -> list[str]:
    if value in (None, ""):
        return []
    if isinstance(value, list | tuple):
        return [str(v) for v in value]
    return [v.strip() for v in re.split(r"[|;\n]", str(value)) if v.strip()]


_PUNCT = re.compile(r"[\s.\-]")


def normal_id(text: str) -> str:
    """Write an id as the model does, so ids that differ only in case, spaces or
    punctuation are one: ``slug:Tech@Connect`` and ``slug:tech-connect`` are
    ``slug:tech-connect``, ``KVK: 3400 2518`` is ``kvk:34002518``.

    An id in no known namespace is returned as written (the model's check names it).

    Examples
    --------
    >>> normal_id("slug:Tech @ Connect"), normal_id("KvK:3400.2518"), normal_id("brin: 25pz")
    ('slug:tech-connect', 'kvk:34002518', 'brin:25PZ')
    """
    text = str(text).strip()
    ns, sep, key = text.partition(":")
    ns = ns.strip().casefold()
    if not sep:
        return text
    if ns == "slug":
        slug = slugify(key)
        return f"slug:{slug}" if slug else text
    if ns == "kvk":
        digits = _PUNCT.sub("", key)
        return f"kvk:{digits.zfill(8) if digits.isdigit() else digits}"
    if ns in ("brin", "cbs"):
        return f"{ns}:{_PUNCT.sub('', key).upper()}"
    return text


def _register_id(kvk: Any, brin: Any) -> str | None:
    if kvk not in (None, ""):
        digits = re.sub(r"[\s.]", "", str(kvk))
        if isinstance(kvk, float) and kvk.is_integer():
            digits = str(int(kvk))
        if digits.isdigit() and len(digits) < 8:
            digits = digits.zfill(8)  # spreadsheets drop leading zeros
        return f"kvk:{digits}"
    if brin not in (None, ""):
        return f"brin:{_PUNCT.sub('', str(brin)).upper()}"
    return None


_FORMERLY = re.compile(r"\s*[(\[]\s*(?:voorheen|vroeger|v/h|vh\.?|formerly|previously|was|ex)"
                       r"[:.]?\s+([^()\[\]]+?)\s*[)\]]\s*$", re.IGNORECASE)


def split_formerly(name: str) -> tuple[str, str | None]:
    """Split "Techlands (voorheen Zaancampus)" into the name and the former name.

    Examples
    --------
    >>> split_formerly("Techlands (voorheen Zaancampus)")
    ('Techlands', 'Zaancampus')
    >>> split_formerly("ROC Nova College (v/h ROC ID College)")
    ('ROC Nova College', 'ROC ID College')
    >>> split_formerly("Campus (Den Helder)")
    ('Campus (Den Helder)', None)
    """
    if ")" not in name and "]" not in name:  # most names: the pattern cannot match
        return name, None
    found = _FORMERLY.search(name)
    if not found or not name[:found.start()].strip():
        return name, None
    return name[:found.start()].strip(), found.group(1).strip()


_LINK = re.compile(r"\s*\(\s*https?://[^()\s]+\s*\)")


def linked_names(cell: str) -> list[str]:
    """The names in a cell that links to other records, without the links' addresses.

    Notion writes a relation as "Name (https://www.notion.so/Name-1f2e…?pvs=21)", several
    separated by commas; a cell without such an address is one name.

    Examples
    --------
    >>> linked_names("ROC van Amsterdam (https://www.notion.so/ROC-van-Amsterdam-1f2e?pvs=21)")
    ['ROC van Amsterdam']
    >>> linked_names("UWV (https://www.notion.so/UWV-3a), Regio Gooi, Vecht "
    ...              "(https://www.notion.so/Regio-4b)")
    ['UWV', 'Regio Gooi, Vecht']
    >>> linked_names("Gemeente Velsen, afd. Economie")
    ['Gemeente Velsen, afd. Economie']
    """
    if "://" not in cell:
        return [cell.strip()]
    names = (part.strip().removeprefix(",").strip() for part in _LINK.split(cell))
    return [name for name in names if name]


_ABBREVIATED = re.compile(r"^(.*\S)\s*\(\s*([A-Za-z][A-Za-z&.\-]{1,9})\s*\)\s*$")


def split_abbreviation(name: str) -> tuple[str, str | None]:
    """Split "Nederlandse Spoorwegen (NS)", or "KLM Koninklijke Luchtvaart Maatschappij"
    (an acronym before the words it is made of), into the name and its abbreviation.

    Examples
    --------
    >>> split_abbreviation("Universiteit van Amsterdam (UvA)")
    ('Universiteit van Amsterdam', 'UvA')
    >>> split_abbreviation("KLM Koninklijke Luchtvaart Maatschappij N.V.")
    ('Koninklijke Luchtvaart Maatschappij N.V.', 'KLM')
    >>> split_abbreviation("Campus (Den Helder)"), split_abbreviation("ROC TOP")
    (('Campus (Den Helder)', None), ('ROC TOP', None))
    >>> split_abbreviation("CZSK - Commando Zeestrijdkrachten")
    ('Commando Zeestrijdkrachten', 'CZSK')
    >>> split_abbreviation("CZSK (Commando Zeestrijdkrachten)")
    ('Commando Zeestrijdkrachten', 'CZSK')
    >>> split_abbreviation("Gemeente Bergen (NH)")  # the province, no abbreviation
    ('Gemeente Bergen (NH)', None)
    """
    first, _, rest = name.strip().partition(" ")
    rest = rest.strip().lstrip("-–—:/").strip()  # "CZSK - Commando Zeestrijdkrachten"
    if rest.startswith("(") and rest.endswith(")") and "(" not in rest[1:]:
        rest = rest[1:-1].strip()  # "CZSK (Commando Zeestrijdkrachten)"
    if rest and 2 <= len(first) <= 6 and sum(c.isupper() for c in first) >= 2:
        from ..matching import acronym, spells

        short = acronym(first)
        if short and spells(short, rest):
            return rest, first
    if ")" not in name:  # most names: the pattern cannot match
        return name, None
    found = _ABBREVIATED.match(name)
    if not found or sum(c.isupper() for c in found.group(2)) < 2 or \
            re.sub(r"\W", "", found.group(2)).casefold() in _PROVINCE_SUFFIXES:
        return name, None
    return found.group(1).strip(), found.group(2)


_PROVINCE_SUFFIXES = frozenset({"nh", "zh", "nb", "gld", "ov", "fr", "dr", "gr", "ut", "fl"})
"""The provinces as a municipality's name has them after it ("Bergen (NH)", CBS's
"Bergen (NH.)"): a place's province, not the abbreviation of a name."""


def without_remark(name: str) -> str | None:
    """A name without the remark in brackets at its end ("OFI Koog a/d Zaan (deZaan)": a
    brand; "Texel (Den Burg)": a place), where what is left still names something; else
    ``None``. Matched as another name of the row: the remark may be anything.

    Examples
    --------
    >>> without_remark("OFI Koog a/d Zaan (deZaan)"), without_remark("Campus (Den Helder)")
    ('OFI Koog a/d Zaan', None)
    >>> without_remark("Tata Steel"), without_remark("(leeg)")
    (None, None)
    """
    from ..matching import DESCRIPTORS, bare_name, normalise_org_name

    found = _REMARK.fullmatch(name) if name.endswith(")") else None
    if not found or bare_name(name) != name:  # "(niet gebruiken)": read as that mark
        return None
    words = normalise_org_name(found.group(1)).split()
    if not any(w not in DESCRIPTORS and len(w) >= 3 for w in words):
        return None
    return found.group(1).strip()


_REMARK = re.compile(r"\s*(\S.*?)\s*\(([^()]*)\)\s*")
"""A name and the remark in brackets at its end (a brand, a place, a department)."""
_PART = re.compile(r"^(?P<whole>\S+(?:\s+\S+)+?)\s+[-–—]\s+(?P<part>\S.*)$")
_SLASHED = re.compile(r"^(?P<whole>\S.*?)\s+/\s+(?P<part>\S.*)$")


_NO_PART = frozenset({"locatie", "vestiging", "afdeling", "afd", "team", "dienst", "sector",
                      "cluster", "directie", "location", "department", "site", "campus"})


def named_part(name: str) -> str | None:
    """The part a name names after a dash, where it may be an organisation's name of its
    own ("ROC van Amsterdam - MBO College Airport": MBO College Airport): two words or
    more, not a place, a location or a department ("Tata Steel - IJmuiden", "Nova College -
    locatie Hoofddorp"); else ``None``.

    Examples
    --------
    >>> named_part("ROC van Amsterdam - MBO College Airport")
    'MBO College Airport'
    >>> named_part("Tata Steel – IJmuiden"), named_part("Nova College - locatie Hoofddorp")
    (None, None)
    >>> named_part("Spaarne Gasthuis - Haarlem Zuid"), named_part("KLM - 2 afdelingen")
    (None, None)
    """
    found = _PART.match(name.strip()) if organisation_of_part(name) else None
    return _as_part(found.group("part").strip() if found else "")


def slashed_part(name: str) -> str | None:
    """The organisation a name names after a slash between spaces, where the body before
    it is the one it belongs to ("Defensie / Koninklijke Marine": Koninklijke Marine), as
    :func:`named_part` reads it; else ``None`` ("Zaanstreek/Waterland", "Gooi / Vechtstreek").

    Examples
    --------
    >>> slashed_part("Defensie / Koninklijke Marine")
    'Koninklijke Marine'
    >>> slashed_part("WSP Zaanstreek/Waterland"), slashed_part("Regio Gooi / Vechtstreek")
    (None, None)
    """
    if " /" not in name:  # most names
        return None
    found = _SLASHED.match(name.strip())
    return _as_part(found.group("part").strip()) if found else None


def _as_part(part: str) -> str | None:
    """``part`` if it may be an organisation's name of its own (see :func:`named_part`)."""
    from ..matching import _place_codes, normalise_org_name

    words = re.findall(r"\w+", part.casefold())
    if len(words) < 2 or words[0] in _NO_PART or words[0].isdigit():
        return None
    norm = normalise_org_name(part).split()
    if not norm or "".join(norm) in _place_codes() or norm[0] in _place_codes():
        return None  # a place ("Velsen-Noord", "Haarlem Zuid")
    return part


def organisation_of_part(name: str) -> str | None:
    """The organisation a name of one of its parts names before a dash ("ROC van Amsterdam
    - MBO College Airport": a college of the ROC; "Tata Steel – IJmuiden"), if it is two
    words or more, or one the alias list knows ("Defensie - Marinebasis"); else ``None``.

    Examples
    --------
    >>> organisation_of_part("ROC van Amsterdam - MBO College Airport")
    'ROC van Amsterdam'
    >>> organisation_of_part("Noord-Holland Noord"), organisation_of_part("Nova - Haarlem")
    (None, None)
    >>> organisation_of_part("NIET GEBRUIKEN - Damen Shipyards")  # a mark, not a name
    >>> organisation_of_part("Defensie - Marinebasis Nieuwe Haven")  # the alias list's
    'Defensie'
    """
    if " -" not in name and "–" not in name and "—" not in name:  # most names
        return None
    from ..matching import bare_name

    bare = bare_name(name)
    if bare != name.strip() and not (" -" in bare or "–" in bare or "—" in bare):
        return None  # "DUPLICAAT - Gemeente Haarlem": the dash follows a record's mark
    found = _PART.match(bare)
    if found:
        return found.group("whole")
    one = _ONE_WORD_PART.match(bare)  # "Defensie - Marinebasis Nieuwe Haven", "KLM - E&M"
    if one:
        from ..matching import in_alias_list

        if in_alias_list(one.group("whole")):
            return one.group("whole")
    return None


_ONE_WORD_PART = re.compile(r"^(?P<whole>\w[\w&@.]*)\s+[-–—]\s+(?P<part>\S.*)$")
"""One word before a dash: the organisation of the part when the alias list knows it
("Defensie", "KLM", "UWV"); another word ("Nova - Haarlem") may be a place's name."""


_POSTCODE = re.compile(r"\b[1-9]\d{3}\s?(?!SA|SD|SS)[A-Za-z]{2}\s+(?P<place>\D+?)\s*$")
_COUNTRIES = frozenset({"nederland", "netherlands", "the netherlands", "nl", "nld",
                        "holland", "pays-bas", "niederlande"})


def place_in_address(text: str) -> str | None:
    """The place in an address written in one cell ("Stationsplein 1, 2131 AB Hoofddorp,
    Nederland": Hoofddorp; "IJmuiden, Nederland": IJmuiden); ``None`` for a cell that is no
    address (one place, a typo).

    Examples
    --------
    >>> place_in_address("Stationsplein 1, 2131 AB Hoofddorp, Nederland")
    'Hoofddorp'
    >>> place_in_address("Wenckebachstraat 1, 1951 JZ Velsen-Noord")
    'Velsen-Noord'
    >>> place_in_address("IJmuiden, Nederland"), place_in_address("Damrak 1, Amsterdam")
    ('IJmuiden', 'Amsterdam')
    >>> place_in_address("Amsterdm"), place_in_address("Damrak 1")
    (None, None)
    >>> place_in_address("Amsterdam, Haarlem") is None  # two places: no address
    True
    """
    parts = [p.strip() for p in re.split(r"[,\n]", str(text)) if p.strip()]
    country = False
    while len(parts) > 1 and parts[-1].casefold().rstrip(".") in _COUNTRIES:
        parts.pop()
        country = True
    for part in reversed(parts):
        found = _POSTCODE.search(part)
        if found:
            return found.group("place").strip()
    if not parts or any(c.isdigit() for c in parts[-1]):
        return None
    if len(parts) == 1:  # "IJmuiden, Nederland"
        return parts[0] if country else None
    # "Dam 1, Amsterdam": a street and its number before the place; not two places
    # ("Amsterdam, Haarlem": a problem, as it was).
    return parts[-1] if any(c.isdigit() for c in " ".join(parts[:-1])) else None


# "Gemeente Alkmaar", "Gem. Alkmaar", "Gemeente Alkmaar - team Economie" (a department),
# "Alkmaar, gemeente" and "Haarlemmermeer (gemeente)" as a sorted list writes them; and a
# department in brackets ("gemeente Hilversum (afdeling Werk en Inkomen)").
_DEPARTMENT_WORD = r"(?:(?:afdeling|team|dienst|sector|cluster|directie)\b|afd\b\.?)"
"""A word that begins the name of a department ("afdeling", "afd.", "team", "dienst", …)."""
_A_DEPARTMENT = rf"(?:\s+[-–]\s+.+|\s*,\s+.+|\s*\({_DEPARTMENT_WORD}.*\))?"
_MUNICIPAL = re.compile(rf"\s*(?:gemeente|gem\.?)\s+(.+?){_A_DEPARTMENT}\s*"
                        rf"|\s*(.+?)\s*(?:,\s*|\(\s*|\s)(?:gemeente|gem\.?)\s*\)?"
                        rf"(?:{_A_DEPARTMENT}|\s*\(.+\))\s*"
                        r"|\s*(?:the\s+)?(?:city|municipality)\s+of\s+(.+?)\s*", re.IGNORECASE)
"""A municipality's government as a name writes it: "Gemeente Den Helder", "Gem. Alkmaar -
EZ", "Alkmaar, gemeente", "Texel gemeente (afd. Economie)", "Hoorn gemeente - buitendienst",
"Velsen, gemeente (Werk & Inkomen)", "City of Amsterdam", "Municipality of Haarlem"."""
_DEPARTMENT_NAMED = re.compile(rf"\s*(?:[-–—,(]\s*|\s){_DEPARTMENT_WORD}", re.IGNORECASE)
"""A department word after a municipality's name ("Hollands Kroon, team Economische
Zaken", "Den Helder afdeling Werk"): a public body's row named so is the municipality."""


_DEPARTMENT = re.compile(rf"\s+[-–—]\s+|\s*[,(]\s*|\s+(?:{_DEPARTMENT_WORD}|locatie\b)",
                         re.IGNORECASE)
"""Where a municipality's name ends and the department of it a name goes on with begins
("Alkmaar - Economische Zaken", "Den Helder, afd. Werk")."""


_BOROUGH = re.compile(r"\s*stadsdeel\s+\S", re.IGNORECASE)
"""A borough of a municipality ("Stadsdeel Nieuw-West", "stadsdeel Zuidoost"): part of its
government, as Amsterdam's stadsdelen are."""


def _names_municipality(name: str, muni: Any, empty: bool = True) -> bool:
    """Whether the name of a row of kind gemeente names the municipality it lies in: as
    its government ("Gemeente Alkmaar", "Castricum gemeente", "Gem. Alkmaar - Economische
    Zaken"), or by the name of the municipality or of a place in it, today or before a
    merger ("Den Helder", "Heerhugowaard", "Julianadorp"), a department after it or not.
    An empty name names it, unless ``empty`` is false.

    Examples
    --------
    >>> from stakeholder_graph.loaders.cbs import geography
    >>> alkmaar = geography().municipalities["GM0361"]
    >>> [_names_municipality(n, alkmaar) for n in ("Gemeente Alkmaar", "Alkmaar - Werk",
    ...  "Gem. Alkmaar, afd. EZ", "Oudorp", "WSP Regio Alkmaar", "Regio Alkmaar")]
    [True, True, True, True, False, False]
    >>> _names_municipality("Dijk & Waard", geography().municipalities["GM1980"])
    True
    >>> _names_municipality("Stadsdeel Nieuw-West", geography().municipalities["GM0363"])
    True
    """
    from .cbs import geography, normalise_place

    found, text = _municipal_name(name)
    if found or not text.strip():
        return found is not None or empty
    if _BOROUGH.match(text):  # "Stadsdeel Nieuw-West" in Amsterdam: its borough
        return True
    text = text.replace("&", " en ")
    keys = geography().place_keys(muni.code)
    head = _DEPARTMENT.split(text.strip(), maxsplit=1)[0]
    return normalise_place(text) in keys or normalise_place(head) in keys


def _municipal_name(name: str) -> tuple[re.Match[str] | None, str]:
    """How a name may name a municipality: its match as a municipality's government
    ("Gemeente Den Helder", "Alkmaar, gemeente") or ``None``, and the municipality's name
    in it ("Den Helder"; the name itself for another), without an addressee line or the
    mark of a record no longer used."""
    from ..matching import bare_name, remarkless

    bare = remarkless(bare_name(name))  # "Laren – ondernemersontbijt": Laren
    found = _MUNICIPAL.fullmatch(bare)
    return found, (found.group(1) or found.group(2) or found.group(3)) if found else bare


def _organisation_row(mapping: TableMapping, record: dict[str, Any], origin: Provenance,
                      batch: Batch, places: set[str], fields: tuple[_Plan, _Plan],
                      ctx: _Context) -> None:
    column = mapping.header_of
    special = _values(fields[1], record)  # id, kind, municipality … as _value gives them
    if isinstance(special["name"], str) and no_organisation(special["name"]) and not any(
            special[k] not in (None, "") for k in ("id", "kvk", "brin")):
        # A survey's "zzp" or "n.v.t." where the organisation was asked: no organisation.
        ctx.no_answers.append(f"'{special['name'].strip()}' (row {origin.row})")
        return
    if ctx.people and (special["name"] is None or not str(special["name"]).strip()) and \
            not any(special[k] not in (None, "") for k in ("id", "kvk", "brin")):
        # An address book's contact with no organisation (a private one): none to load.
        ctx.no_answers.append(f"'' (row {origin.row})")
        return
    for key in ("kvk", "brin"):
        cell = special[key]
        if isinstance(cell, str) and cell.strip() and not any(c.isdigit() for c in cell):
            # "nvt", "volgt", "onbekend", "-" in a KvK or BRIN column: no number yet.
            ctx.no_numbers.setdefault((column(key) or key, cell.strip()), []).append(
                origin.row)
            special[key] = None
    kind_text = special["kind"]
    if isinstance(kind_text, str) and "*" in kind_text and kind_text.strip().casefold() \
            not in mapping.values.get("kind", {}):  # Google's "* myContacts", not mapped
        kind_text = _without_system_labels(kind_text)
    no_kind = kind_text is not None and (not _LABELS.sub("", str(kind_text)).strip() or
                                         _names_no_kind(str(kind_text), mapping))
    if ctx.sections:
        cell = record.get(column("kind")) if column("kind") else None
        if no_kind or cell is None or not str(cell).strip():  # the default may fill it
            found = ctx.section_kind(origin.row)  # "ONDERWIJS" above it: a school
            if found is not None:
                kind_text, no_kind = found, False
    if no_kind:  # ", ,", or a word the mapping says is no kind ("import-2019": )
        kind_text = mapping.defaults.get("kind")
    if kind_text is None:
        if no_kind and special["kind"] is not None and str(special["kind"]).strip(" ,;"):
            # The cell is filled; the mapping says its word names no kind.
            raise InputError(f"'{str(special['kind']).strip()}' in column "
                             f"'{column('kind')}' names no kind according to values: kind:; "
                             "give defaults: kind: for its rows, or write the kind it "
                             "means after it under values: kind:", column=column("kind"))
        if column("kind"):  # the column is there, this row's cell is empty
            raise InputError(f"no kind in this row: fill in its '{column('kind')}' cell, or "
                             "give defaults: kind: for the rows without one",
                             column=column("kind"))
        raise InputError("no kind: map a 'kind' column or give defaults: kind:")
    try:
        kind = _kind_of(kind_text, mapping, ctx.listed_kinds)
    except InputError as exc:
        if ctx.not_kinds is not None and not _is_kind_word(str(kind_text),
                                                            mapping.values.get("kind")):
            others, filled = ctx.not_kinds  # a typo ("Bedrjf") keeps its "did you mean"
            raise InputError(
                f"unknown kind {str(kind_text).strip()!r}: column '{column('kind')}' does not "
                f"look like a kind of organisation ({others} of its {filled} filled cells are "
                "no kind)", column=column("kind"), suggestion=NOT_A_KIND_COLUMN) from None
        raise exc.located(column=column("kind")) from None
    name = special["name"]
    municipality = special["municipality"]
    if municipality in (None, "") or not str(municipality).strip():
        municipality = special["town"]  # the town where the municipality's cell is empty
    muni = succession = None
    if municipality not in (None, ""):
        try:
            muni, succession = ctx.municipality(str(municipality))
        except InputError as exc:
            from ..matching import names_a_region

            if exc.code == "unknown_municipality" and names_a_region(str(municipality)):
                # "IJmond", "Zaanstreek-Waterland": a region of several municipalities, no
                # typo of "Wichmond"; the row is kept without one, and the load says so.
                ctx.unplaced(str(municipality).strip(), _A_REGION, origin.row)
            elif exc.code == "unknown_municipality" and exc.details.get("typo") and \
                    column("municipality"):
                # A typo ("Harlem") in a column: say how to give the place without
                # editing the file.
                raise InputError(f"{exc.message}{MAP_THE_PLACE}", column=column(
                    "municipality"), value=municipality, code=exc.code,
                    details=exc.details) from None
            elif exc.code != "unknown_municipality" or exc.details.get("typo"):
                raise exc.located(column=column("municipality"), value=municipality) from None
            else:
                # A place the tables lack ("'t Horntje", a hamlet; "Brussel"), not a typo
                # of a known one: the row is kept without a municipality, and said.
                ctx.unplaced(str(municipality).strip(), exc.message, origin.row)
    props = _values(fields[0], record)
    second = special["name_2"]
    if isinstance(props.get("name"), str) and isinstance(second, str) and second.strip():
        whole = continued_name(props["name"], second)
        ctx.second_column = column("name_2")
        if whole != props["name"]:  # "Uitvoeringsinstituut Werknemers-" "verzekeringen (UWV)"
            ctx.continued.append(f"'{whole}' (row {origin.row})")
            props["name"] = special["name"] = name = whole
        else:  # a department or an addressee ("t.a.v. HR"): not the organisation's name
            ctx.second_lines += 1
    if isinstance(props.get("note"), str) and "<" in props["note"]:
        text = html_text(props["note"])  # Odoo's notes: "<p>per 2019 Haarlemmermeer</p>"
        if text != props["note"]:
            props["note"] = text
            ctx.html += 1
    named_parts: list[str] = []
    if isinstance(props.get("name"), str):
        if not props["name"].isprintable() or "  " in props["name"]:
            # "Clusius College⏎locatie Hoorn": a line break (or tab, or run of spaces) in
            # a name cell is a space; a name is one line.
            props["name"] = " ".join(props["name"].split())
        props["name"], former = split_formerly(props["name"])
        if former:  # "Techlands (voorheen Zaancampus)": Zaancampus points here too
            props["aliases"] = [*_list_of(props.get("aliases")), former]
        props["name"], short = split_abbreviation(props["name"])
        if short:  # "Nederlandse Spoorwegen (NS)": NS points here too
            props["aliases"] = [*_list_of(props.get("aliases")), short]
        elif (bare := without_remark(props["name"])):  # "OFI Koog a/d Zaan (deZaan)"
            props["aliases"] = [*_list_of(props.get("aliases")), bare]
        whole = organisation_of_part(props["name"])
        if whole:  # "ROC van Amsterdam - MBO College Airport": a part of the ROC
            props["aliases"] = [*_list_of(props.get("aliases")), whole]
            part = named_part(props["name"])
            if part:  # and "MBO College Airport" on a row of its own: a pair to review
                named_parts.append(part)
        elif (part := slashed_part(props["name"])):  # "Defensie / Koninklijke Marine"
            named_parts.append(part)
        later = ctx.successor(props["name"], muni.code if muni is not None else None) \
            if kind != "Municipality" else None
        if later:  # "Clusius College" in 2024 is Vonk; the name as given is an alias
            props["aliases"] = [*_list_of(props.get("aliases")), props["name"]]
            props["name"] = later
        name = props["name"]
        if isinstance(props.get("parent"), str):
            # A parent under its later name; a parent that is the row's own organisation
            # ("Clusius College Hoorn", parent Clusius College: both Vonk) is none.
            from ..matching import match_key

            code = muni.code if muni is not None else None
            linked = linked_names(props["parent"])
            if len(linked) > 1:  # a relation to several records: the first is the parent
                ctx.several_parents.append(", ".join(repr(n) for n in linked))
            written = linked[0] if linked else ""
            parent = ctx.successor(written, code) or written
            if not parent or match_key(parent, code) == match_key(str(name), code):
                del props["parent"]
            else:
                props["parent"] = parent
    node_id = special["id"]
    kind_cell = record.get(column("kind")) if column("kind") else None
    defaulted = no_kind or kind_cell is None or not str(kind_cell).strip()  # the default
    if (kind == "PublicBody" or kind == "Company" and (
            defaulted or _municipal_name(str(name or ""))[0])) \
            and node_id in (None, "") and not _register_id(special["kvk"], special["brin"]) \
            and name:
        # "Gemeente Den Helder" or "Hollands Kroon" as a public body in Den Helder, or
        # Hollands Kroon: the municipality itself; and "Gemeente Den Helder" as a company,
        # or "Den Helder" as a company only because the row says no kind (a sheet's
        # default kind for a row without one).
        found = ctx.named_municipality(str(name), muni)
        if found is not None:
            ctx.companies_municipal += kind == "Company"
            kind, muni = "Municipality", found
    elif kind == "Municipality" and muni is not None and name and node_id in (None, "") \
            and not _register_id(special["kvk"], special["brin"]) \
            and not _names_municipality(str(name), muni) \
            and not _names_municipality(str(props.get("parent") or ""), muni, empty=False):
        # "WSP Regio Alkmaar" of kind gemeente in Alkmaar: a body of the municipality or of
        # the region, not the municipality itself; a public body there, and said. (A
        # department named for itself under its municipality, "Economische Zaken" with
        # parent "Gemeente Haarlemmermeer", is the municipality, as its parent says.)
        ctx.not_municipal.append(f"'{str(name).strip()}' ({muni.name})")
        kind = "PublicBody"
    elif kind == "Municipality" and muni is None and name and node_id in (None, ""):
        # "gemeente Heemstede" of kind gemeente with no place: the name says which one.
        muni = ctx.named_municipality(str(name), None)
        if muni is None:  # "Gemeente Bergen": say why (an ambiguous or unknown name)
            try:
                ctx.unnamed_municipality(str(name), column("name"))
            except InputError as exc:
                if exc.code != "unknown_municipality" or exc.details.get("typo") or \
                        _municipal_name(str(name))[0]:
                    raise
                # "Werkorganisatie BEL Combinatie" in a contact's category "Gemeente": no
                # municipality's name nor a typo of one; a public body, and said.
                ctx.not_municipal.append(f"'{str(name).strip()}' (no place)")
                kind = "PublicBody"
    allowed = KINDS[kind].all_props
    if kind == "Municipality" and muni is not None and isinstance(props.get("parent"), str):
        from .cbs import geography

        # "Gemeente Alkmaar - afd. Economie" under "Gemeente Alkmaar": the department is
        # loaded as the municipality, and the parent it names is that one: nothing is lost.
        if geography().named(_municipal_name(props["parent"])[1], ctx.province) == muni:
            del props["parent"]
    for model_field in [f for f in props if f not in allowed]:
        # A sheet of many kinds: a School has no sector. Left out for this row, and said
        # (not when the cell gave the kind: "Higher Education" was read, as the kind).
        if props.pop(model_field) not in (None, "") and (
                column(model_field) is None or column(model_field) != column("kind")):
            ctx.left_out(kind, model_field, column(model_field) or model_field)
    if node_id not in (None, ""):
        node_id = normal_id(str(node_id))
    else:
        node_id = _register_id(special["kvk"], special["brin"])
    if not node_id:
        if kind == "Municipality" and muni is not None:
            node_id = f"cbs:{muni.code}"
        elif name in (None, "") or not slugify(str(name)):
            other = next((h for h in ctx.name_headers if record.get(h) not in (None, "")
                          and str(record[h]).strip()), None)
            # "Organisatie" empty where the task's "Name" says it: a list reads both.
            hint = f"; '{other}' is filled in this row: to read it where '{column('name')}' " \
                f"is empty, name both under columns: name: [{column('name')}, {other}]" \
                if other and column("name") else ""
            raise InputError("no name and no id: every row needs a name" + hint,
                             column=column("name") or column("id"))
        elif slugify(str(name)) in ctx.shared and props.get("parent"):
            # "Crediteurenadministratie" under KLM and under Gemeente Amstelveen: a name
            # under two parents is two organisations, one under each.
            node_id = "slug:" + slugify(f"{props['parent']} {name}")
            ctx.apart(str(name).strip(), str(props["parent"]).strip())
        else:
            node_id = f"slug:{slugify(str(name))}"
    if kind == "Municipality" and muni is not None and node_id == f"cbs:{muni.code}":
        # A municipality keeps its CBS name; the sheet's own name becomes an alias.
        own = str(props.get("name") or "").strip()
        props["name"] = muni.name
        # and so do its other names ("Gemeente Bennebroek", a former name the user gave)
        aliases = [a for a in dict.fromkeys([own, *_list_of(props.get("aliases"))])
                   if a and a != muni.name]
        if aliases:
            props["aliases"] = aliases
        places.add(muni.code)
    elif succession is not None and muni is not None:
        # An old name (Weesp): today's municipality keeps the name as given as an alias.
        batch.add_node(build_node(f"cbs:{muni.code}", "Municipality",
                                  {"name": muni.name, "aliases": [str(municipality).strip()]},
                                  origin))
    try:
        node = build_node(node_id, kind, props, origin)
    except InputError as exc:
        header = column(exc.column) if exc.column else column("id") or column("kvk")
        raise InputError(exc.message, column=header or exc.column) from None
    batch.add_node(node)
    if named_parts:
        batch.parts.setdefault(node.id, []).extend(
            p for p in named_parts if p not in batch.parts.get(node.id, []))
    parent = str(node.props.get("parent") or "").strip()  # not its own organisation (above)
    if parent:
        # "Amaris Gooizicht", parent account "Amaris Zorggroep": one organisation or a
        # holding's company, for the user to decide (see resolve: never merged by itself).
        have = batch.parents.setdefault(node.id, [])
        if parent not in have:
            have.append(parent)
    if muni is not None and kind != "Municipality":
        places.add(muni.code)
        batch.add_edge(_edge("LOCATED_IN", node.id, f"cbs:{muni.code}", node, origin))
    for theme in _list(special["themes"]):
        theme_id = f"slug:{slugify(theme)}"
        batch.weak_nodes.append(build_node(theme_id, "Theme", {"name": theme}, origin))
        batch.add_edge(_edge("WORKS_ON", node.id, theme_id, node, origin))
    for campus in _list(special["campuses"]):
        edge = _edge("MEMBER_OF", node.id, campus, node, origin)
        edge.target_column = column("campuses")
        batch.add_edge(edge)


def _holdings(batch: Batch, file: str) -> None:
    """Leave out of the parents the ones more than
    :data:`~stakeholder_graph.matching.MAX_PARTS` rows name, and say so."""
    from collections import Counter

    from ..matching import MAX_PARTS

    counts = Counter(p for names in batch.parents.values() for p in names)
    many = {p: n for p, n in counts.items() if n > MAX_PARTS}
    if not many:
        return
    for node_id in list(batch.parents):
        batch.parents[node_id] = [p for p in batch.parents[node_id] if p not in many]
        if not batch.parents[node_id]:
            del batch.parents[node_id]
    named = "; ".join(f"{p!r} ({n} rows)" for p, n in sorted(many.items()))
    batch.warnings.append(f"{file}: parents of many rows, a holding or a board it seems, not "
                          f"proposed as duplicates of their rows: {named}")


def _edge(rel_type: str, source: str, target: str, node: NodeRecord,
          origin: Provenance) -> EdgeRecord:
    props = _edge_props(rel_type, node.props.get("source"))
    return EdgeRecord(rel_type, source, target, props, origin)


@functools.lru_cache(maxsize=4096)
def _edge_props(rel_type: str, citation: str | None) -> dict[str, Any]:
    """The validated properties of a tie an organisation's row implies (its citation).

    Remembered: a big sheet's rows share a few citations, and their ties share the dict
    (nothing changes it in place).
    """
    return build_edge(rel_type, "", "", {"source": citation} if citation else {}).props


def _list(value: Any) -> list[str]:
    if value in (None, ""):
        return []
    return [v.strip() for v in re.split(r"[|;,\n]", str(value)) if v.strip()]


def _relationship_row(mapping: TableMapping, record: dict[str, Any], origin: Provenance,
                      batch: Batch, memo: dict[tuple[Any, ...], tuple[str, dict[str, Any]]],
                      others: tuple[str, ...], plan: _Plan) -> None:
    column = mapping.header_of
    ends = _values(plan, record)  # source, target and type
    for end, value in ends.items():
        if value in (None, ""):
            raise InputError(f"no {end}: every relationship needs a source, target and type",
                             column=column(end))
        ends[end] = str(value).strip()
    # Type and properties repeat from row to row (a big sheet has a few dozen combinations
    # of type, year and citation): validate each combination once, and let the rows share
    # its properties (they are never changed in place).
    key = (ends["type"], *map(record.get, others))
    known = memo.get(key)
    if known is None:
        try:
            rel_type = _type_of(ends["type"], mapping)
        except InputError as exc:
            raise exc.located(column=column("type")) from None
        fields = tuple(f for f in set(mapping.columns) | set(mapping.defaults)
                       if f not in REL_SPECIAL)
        props = {"source" if f == "source_doc" else f: value
                 for f, value in _values(_plan(mapping, fields), record).items()}
        try:
            edge = build_edge(rel_type, ends["source"], ends["target"], props, origin)
        except InputError as exc:
            field_ = "source_doc" if exc.column == "source" else exc.column
            raise InputError(exc.message, column=column(field_) if field_ else None) from None
        memo[key] = known = (edge.type, edge.props)
    edge = EdgeRecord(known[0], ends["source"], ends["target"], known[1], origin,
                      column("source"), column("target"))
    batch.add_edge(edge)


def _quick_tie(table: Table, mapping: TableMapping, ends: _Plan, others: tuple[str, ...],
               memo: dict[tuple[Any, ...], tuple[str, dict[str, Any]]],
               ) -> Callable[[list[Any], Provenance], EdgeRecord | None] | None:
    """The usual relationship row, read straight from its cells: what
    :func:`_relationship_row` makes of it, or ``None`` for any other row (that function
    then reads it, and says what is wrong).

    The usual row has source, target and type written out, no words mapped for them, and
    a type and properties seen before in the sheet (``memo``: validated once). Most rows
    of a big sheet are such rows; reading them without a dict of the row is most of
    the time a relationship sheet takes.
    """
    if [f for f, _, _, _ in ends] != ["source", "target", "type"] or any(
            header is None or words is not None for _, header, _, words in ends):
        return None
    index = {header: i for i, header in enumerate(table.headers)}  # the last, as a dict
    if any(header not in index for header in (*others, *(e[1] for e in ends))):
        return None
    at_source, at_target, at_type = (index[header] for _, header, _, _ in ends)
    at_others = [index[header] for header in others]
    width = len(table.headers)
    columns = mapping.header_of("source"), mapping.header_of("target")

    def quick(values: list[Any], origin: Provenance) -> EdgeRecord | None:
        if len(values) != width:
            return None
        source, target, kind = values[at_source], values[at_target], values[at_type]
        if type(source) is not str or type(target) is not str or type(kind) is not str:
            return None
        source, target, kind = source.strip(), target.strip(), kind.strip()
        if not (source and target and kind):
            return None
        known = memo.get((kind, *[values[i] for i in at_others]))
        if known is None:
            return None
        return EdgeRecord(known[0], source, target, known[1], origin, *columns)

    return quick


def load_table(path: str | Path, mapping: TableMapping | str | Path | None = None,
               label: str | None = None, progress: bool = False, *,
               keep_problems: bool = False, province: str | None = None,
               source_name: str | None = None, at: str | None = None,
               source_date: str | None = None, given_places: Collection[str] = ()) -> Batch:
    """Read one CSV/XLSX sheet of organisations or relationships into a :class:`Batch`.

    Every row is checked: a bad row is left out and its problem kept (file, row, column,
    value, problem, suggestion).

    Parameters
    ----------
    path : path
        The CSV or XLSX file.
    mapping : TableMapping or path, optional
        The mapping (or its YAML file); guessed from the headers when omitted.
    label : str, optional
        The file's name in provenance and errors; the path as given by default.
    progress : bool
        Show a progress bar on stderr for sheets of more than a few thousand rows.
    keep_problems : bool
        Return the good rows with the problems in ``batch.problems`` instead of raising.
    province, source_name : str, optional
        The dataset's province and source name, unless the mapping names its own.
    at : str, optional
        The date of the data (``--at``): an old municipality name is the municipality
        that existed that day. Before the mapping's ``date:``, then ``source_date``
        (the dataset's ``date:``), then today.
    source_date : str, optional
        The dataset's date of the data, unless the mapping names its own.
    given_places : collection of str, optional
        CBS codes whose municipality records the caller has already (a dataset's ``cbs``
        reference gives them): not repeated in the batch.

    Raises
    ------
    LoadProblems
        Listing every bad row (unless ``keep_problems``); nothing is returned then.
    InputError
        For a file that cannot be read at all.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "orgs.csv").write_bytes(
    ...     "Naam organisatie;Soort;Gemeente\\nKLM;Bedrijf;Haarlemmermeer\\n".encode("cp1252"))
    >>> b = load_table(d / "orgs.csv", label="orgs.csv")
    >>> [(n.id, n.kind) for n in b.nodes if n.kind == "Company"]
    [('slug:klm', 'Company')]
    """
    if mapping is not None and not isinstance(mapping, TableMapping):
        mapping = read_mapping(mapping)
    table = read_table(path, sheet=mapping.sheet if mapping else None, label=label)
    guessed = mapping is None or not mapping.columns  # the headers say what is read
    if mapping is None:
        mapping = guess_mapping(table)
    elif not mapping.columns:  # "sheet: Accounts" and nothing else: the headers are read
        mapping = with_guessed_columns(mapping, table)
    what = f"mapping {mapping.origin}" if mapping.origin else "the mapping"
    for header in (*mapping.columns.values(), *(h for hs in mapping.fallbacks.values()
                                                 for h in hs)):
        table.require(header, what)
    if mapping.table == "organisations" and "name" not in mapping.columns and (
            "id" not in mapping.columns):
        named = None if guessed else guess_mapping(table).columns.get("name")
        # A mapping that names some columns reads only those: say which header the tool
        # would read as the name, and how to have it read the rest.
        hint = f"; '{named}' looks like it: a mapping that names columns reads only those " \
               "(leave columns: out to have the headers read)" if named else ""
        why = [n for n in mapping.notes if " not read as the name: " in n] if guessed else []
        hint += f"; {why[0]}" if why else ""  # Forms' "Naam": all "Anonymous"
        raise InputError(f"no column for the organisation's name: map one under columns: name: "
                         f"(the sheet's columns are: {', '.join(table.headers)}){hint}",
                         file=table.file, sheet=table.sheet, row=1)
    if mapping.table == "organisations" and not guessed and "kind" not in mapping.columns \
            and mapping.defaults.get("kind") is None:
        said = guess_mapping(table).columns.get("kind")
        if said:  # "Industry" says the kind in some rows, read so only without columns:
            raise InputError(f"no kind: map a 'kind' column or give defaults: kind:; '{said}' "
                             "says the kind in some rows: a mapping that names columns reads "
                             "only those (map it under columns: kind:, or leave columns: "
                             "out to have the headers read)",
                             file=table.file, sheet=table.sheet, row=1)
        # No column says a kind, read by the headers or not: every row a Company, as when
        # the headers are read, and said (not a problem at every row).
        _, defaults, note = _kind_from_industry(table, None)
        mapping = replace(mapping, defaults={**mapping.defaults, **defaults},
                          notes=[*mapping.notes, note])
    batch = Batch(files=[table.file], checksums={table.file: _sha256(path)})
    ctx = _Context(mapping.province or province,
                   (str(at)[:10] if at else None) or mapping.date or source_date)
    name = mapping.source_name or source_name
    if name:
        batch.sources[table.file] = name
    if table.sheet_note:
        batch.warnings.append(f"{table.file}: {table.sheet_note}")
    if table.title_rows:
        batch.warnings.append(f"{table.file}: {table.title_rows} title row(s) above the header "
                              f"skipped (the header is row {table.title_rows + 1})")
    if table.footer:
        first, last = table.footer[0][0], table.footer[-1][0]
        batch.warnings.append(f"{table.file}: {len(table.footer)} footer row(s) below the data "
                              f"left out (rows {first}-{last}: '{table.footer[0][1]}', …)")
    batch.warnings.extend(f"{table.file}: {said}" for said in layout_said(table))
    ctx.sections = [(n, text) for n, what, text in table.layout if what == "section"]
    _repair(table, batch)
    _dropped(table, mapping, batch, guessed)
    if guessed and mapping.columns:
        batch.warnings.append(f"{table.file}: {read_by_headers(mapping)}")
    _archived(table, mapping, batch)
    notes = len(batch.warnings)
    batch.warnings.extend(f"{table.file}: {note}" for note in mapping.notes)
    if mapping.table == "organisations" and mapping.header_of("kind"):
        # A kind column of mostly other words (a CRM's relationship stage): each row's
        # problem says so, not "did you mean 'Theme'?" for "Other".
        filled, kinds = _kind_share(table, mapping.columns["kind"], mapping.values.get("kind"))
        if filled and kinds * 2 < len(filled):
            ctx.not_kinds = (len(filled) - kinds, len(filled))
    if mapping.table == "organisations":
        ctx.shared = _names_of_several_parents(table, mapping)
        ctx.name_headers = _name_headers(table, mapping)
        ctx.people = _of_people(table)
    places: set[str] = set()
    iterator = _progress(iter(table.rows), len(table.rows), table.file, progress)
    fields = (_plan(mapping, tuple(f for f in set(mapping.columns) | set(mapping.defaults)
                                   if f not in ORG_SPECIAL)),  # an organisation's properties
              _plan(mapping, (*ORG_SPECIAL, "name")))  # and what else its row says
    memo: dict[tuple[Any, ...], tuple[str, dict[str, Any]]] = {}
    # The columns a relationship's type and properties are read from.
    others = tuple(sorted({h for f, h in mapping.columns.items() if f not in ("source",
                                                                             "target")}))
    ends = _plan(mapping, REL_SPECIAL)
    quick = None if mapping.table == "organisations" else _quick_tie(table, mapping, ends,
                                                                     others, memo)
    headers, file, sheet = table.headers, table.file, table.sheet
    for number, values in iterator:
        origin = Provenance(file, sheet, number)
        if quick is not None:
            edge = quick(values, origin)
            if edge is not None:
                batch.edges.append(edge)
                continue
        record = dict(zip(headers, values, strict=False))
        for model_field, extra in mapping.fallbacks.items():
            _fall_back(record, mapping.columns[model_field], extra)
        sizes = len(batch.nodes), len(batch.edges), len(batch.weak_nodes)
        try:
            if mapping.table == "organisations":
                _organisation_row(mapping, record, origin, batch, places, fields, ctx)
            else:
                _relationship_row(mapping, record, origin, batch, memo, others, ends)
        except InputError as exc:
            # The row is left out whole: none of its records stay in the batch.
            del batch.nodes[sizes[0]:], batch.edges[sizes[1]:], batch.weak_nodes[sizes[2]:]
            ctx.forget_section_row(number)
            if mapping.table == "organisations" and not any(
                    record.get(h) is not None and str(record.get(h)).strip()
                    for h in mapping.columns.values()):
                # Nothing the mapping reads is filled (a Notion page left untitled: only
                # its times and its unticked checkbox): no record, left out and said.
                ctx.empty_records.append(number)
                continue
            value = exc.value if exc.value is not None or not exc.column else \
                record.get(exc.column)
            batch.problems.append(exc.located(**origin.where(), value=value).problem())
    if mapping.table == "organisations" and ctx.no_answers and \
            len(ctx.no_answers) + len(ctx.empty_records) >= len(table.rows):
        # Every row "names no organisation": the name was read from the wrong column (a
        # person's title), not a list of no-answers; a load of nothing is no success.
        batch.problems.append(InputError(
            f"none of the {len(table.rows)} rows names an organisation in column "
            f"'{mapping.header_of('name')}': map the organisation's column under columns: "
            f"name: (the sheet's columns are: {', '.join(table.headers)})",
            column=mapping.header_of("name")).located(
                file=table.file, sheet=table.sheet, row=1).problem())
    _holdings(batch, table.file)
    if ctx.companies_municipal or ctx.no_answers:  # "all 100 row(s) loaded as a Company":
        batch.warnings[notes:notes + len(mapping.notes)] = [  # 23 were not, 2 not loaded
            _named_municipal(note, ctx.companies_municipal, len(ctx.no_answers))
            for note in batch.warnings[notes:notes + len(mapping.notes)]]
    batch.warnings.extend(ctx.warnings(table.file))
    places.difference_update(given_places)
    if places:
        refs = municipality_batch(places)
        batch.nodes[:0] = refs.nodes
        batch.edges[:0] = refs.edges
    if batch.problems and not keep_problems:
        raise LoadProblems(batch.problems)
    return batch


def _fall_back(record: dict[str, Any], header: str, others: tuple[str, ...]) -> None:
    """Fill an empty cell of ``header`` with the first filled one of ``others`` (a
    mapping's list of headers for one field).

    Examples
    --------
    >>> row = {"Organisatie": "", "Name": "Gesprek met Baanstede"}
    >>> _fall_back(row, "Organisatie", ("Name",)); row["Organisatie"]
    'Gesprek met Baanstede'
    """
    if record.get(header) in (None, "") or not str(record[header]).strip():
        for other in others:
            cell = record.get(other)
            if cell not in (None, "") and str(cell).strip():
                record[header] = cell
                return


_AS_COMPANY = re.compile(r"(?P<all>all|the other) (?P<n>\d+) row\(s\) loaded as a Company "
                         r"\(the usual kind of a CRM account\)")


def _named_municipal(note: str, rows: int, none: int = 0) -> str:
    """A note that all rows (or all other rows) loaded as a Company, with the ``rows`` of
    them that loaded as the municipality they name taken out, and the ``none`` that name
    no organisation (not loaded).

    Examples
    --------
    >>> _named_municipal("x.csv: no column says the kind of organisation: all 100 row(s) "
    ...                  "loaded as a Company (the usual kind of a CRM account); map …", 23)
    'x.csv: no column says the kind of organisation: 77 of the 100 row(s) loaded as a \
Company (the usual kind of a CRM account), 23 as the municipality they name; map …'
    >>> _named_municipal("x.csv: …: all 100 row(s) loaded as a Company (the usual kind of a "
    ...                  "CRM account); map …", 0, 2)
    'x.csv: …: all 98 row(s) loaded as a Company (the usual kind of a CRM account); map …'
    """
    def fewer(found: re.Match[str]) -> str:
        n = int(found["n"]) - none
        if not rows:
            return f"{found['all']} {n} row(s) loaded as a Company (the usual kind of a CRM " \
                "account)"
        some = f"{n - rows} of the {n}" if found["all"] == "all" else f"the other {n - rows}"
        return (f"{some} row(s) loaded as a Company (the usual kind of a CRM account), "
                f"{rows} as the municipality {'it names' if rows == 1 else 'they name'}")
    return _AS_COMPANY.sub(fewer, note, count=1)


_PERSON_NAME = re.compile(r"^(?:first|last|given|family|middle) ?name$|^voornaam$|^achternaam$",
                          re.IGNORECASE)
"""Headers of a person's name: a sheet with them is of people (an address book, a sign-up
list), each row a person, whose organisation may be empty."""


def _of_people(table: Table) -> bool:
    """Whether a sheet is of people: it has a person's name columns (:data:`_PERSON_NAME`).

    Examples
    --------
    >>> _of_people(Table("a.csv", None, ["First Name", "Company"])), _of_people(
    ...     Table("b.csv", None, ["Naam", "Plaats"]))
    (True, False)
    """
    return any(_PERSON_NAME.search(h) for h in table.headers)


def _name_headers(table: Table, mapping: TableMapping) -> tuple[str, ...]:
    """The sheet's headers other than the mapping's that look like an organisation's or a
    record's name ("Name", "Card Name", "Bedrijfsnaam"), not a person's: where the
    mapping's name is empty, the problem says that one is filled.

    Examples
    --------
    >>> _name_headers(Table("a.csv", None, ["Name", "Organisatie", "First Name", "Notes"]),
    ...               TableMapping("organisations", {"name": "Organisatie"}))
    ('Name',)
    """
    words = _HEADER_KEYS["organisations"]
    read = {mapping.header_of("name"), *mapping.fallbacks.get("name", ())}
    return tuple(h for h in table.headers if h not in read and not is_personal_header(h) and (
        words.get(key := _header_key(h)) == "name" or key == "name" or
        key.endswith((" name", " naam"))))


def _names_of_several_parents(table: Table, mapping: TableMapping) -> frozenset[str]:
    """The names (as slugs) that rows give under two parents or more: a department or
    location named only for itself ("Crediteurenadministratie", "Locatie Hoofddorp") under
    two organisations."""
    name, parent = mapping.header_of("name"), mapping.header_of("parent")
    if not name or not parent or parent not in table.headers or name not in table.headers:
        return frozenset()
    at, up = table.headers.index(name), table.headers.index(parent)
    seen: dict[str, set[str]] = {}
    for _, cells in table.rows:
        if max(at, up) < len(cells) and cells[at] not in (None, "") and \
                cells[up] not in (None, "") and str(cells[up]).strip():
            linked = linked_names(str(cells[up]))
            if linked:
                seen.setdefault(slugify(str(cells[at])), set()).add(slugify(linked[0]))
    return frozenset(k for k, parents in seen.items() if len(parents) > 1 and k)


class _Context:
    """What a sheet's rows share: the province, the date of the data, and what to warn
    about once per file."""

    def __init__(self, province: str | None, day: str | None = None) -> None:
        from datetime import date

        self.province = province
        self.day = day or date.today().isoformat()
        self.shared: frozenset[str] = frozenset()  # names under several parents (slugs)
        self.name_headers: tuple[str, ...] = ()  # other headers that look like a name
        self.people = False  # a sheet of people (an address book): a row each
        self.companies_municipal = 0  # rows of kind Company loaded as a municipality
        self.html = 0  # notes written as HTML, read as their text
        self._apart: dict[str, list[str]] = {}
        self.outside: list[str] = []
        self.renamed: dict[str, str] = {}
        self.former: dict[str, str] = {}
        self.municipal: list[str] = []
        self.not_municipal: list[str] = []  # rows of kind gemeente named for another body
        self.no_answers: list[str] = []  # "n.v.t.", "zzp": rows of no organisation
        self.dropped: dict[tuple[str, str, str], int] = {}
        self.not_kinds: tuple[int, int] | None = None  # a kind column of other words
        self._munis: dict[str, Any] = {}
        self._unplaced: dict[str, tuple[list[int], str]] = {}
        self._renamed_orgs: list[str] = []
        self.addresses: list[str] = []  # places read from an address in the place column
        self.listed_kinds: dict[str, str] = {}  # kinds read from a cell of several labels
        self.several_parents: list[str] = []  # parent cells that link several records
        self.sections: list[tuple[int, str]] = []  # the rows of a section's name, in order
        self.empty_records: list[int] = []  # rows with no cell the mapping reads filled
        self.continued: list[str] = []  # names whose second line goes on with them
        self.second_lines = 0  # second name lines that name a department or an addressee
        self.second_column: str | None = None
        # (column, cell) → rows: a register column's words without a digit ("nvt", "volgt")
        self.no_numbers: dict[tuple[str, str], list[int | None]] = {}
        self.section_kinds: dict[str, list[int]] = {}  # "ONDERWIJS → School": the rows

    def forget_section_row(self, row: int) -> None:
        """Leave a row that was not loaded out of what the sections' kinds say."""
        for rows in self.section_kinds.values():
            if rows and rows[-1] == row:
                rows.pop()
        self.section_kinds = {k: v for k, v in self.section_kinds.items() if v}

    def section_kind(self, row: int) -> str | None:
        """The kind the name of the section above ``row`` says ("ONDERWIJS", "Bedrijven",
        "Overige partners": none), if the sheet has sections."""
        import bisect

        at = bisect.bisect_left(self.sections, (row, "")) - 1
        if at < 0:
            return None
        name = self.sections[at][1]
        kind = section_kind(name)
        if kind is not None:
            self.section_kinds.setdefault(f"'{name}' → {kind}", []).append(row)
        return kind

    def municipality(self, text: str) -> Any:
        # A sheet names a few hundred municipalities at most: each looked up (and warned
        # about) once; a second look-up of the same text would change nothing. So is an
        # unknown one: its "did you mean" compares it with every place.
        known = self._munis.get(text)
        if known is None:
            try:
                known = self._munis[text] = self._municipality(text)
            except InputError as exc:
                known = self._munis[text] = exc
                place = place_in_address(text) if exc.code == "unknown_municipality" else None
                if place is not None:  # "Stationsplein 1, 2131 AB Hoofddorp, Nederland"
                    try:
                        known = self._munis[text] = self._municipality(place)
                        self.addresses.append(f"{text!r} → {place}")
                    except InputError:
                        pass  # the address's place is unknown too: the first error stands
        if isinstance(known, InputError):
            raise known
        return known

    def successor(self, name: str, municipality: str | None = None) -> str | None:
        """The organisation's name on the date of the data, when ``name`` (in
        ``municipality``, a CBS code) is an earlier one
        (:func:`~stakeholder_graph.matching.successor`); said once per name. Not remembered
        per name: a sheet may hold a million, and the look-up is quick."""
        from ..matching import successor

        found = successor(name, self.day, municipality)
        if found is None:
            return None
        said = f"'{name}' → {found[0]} (since {found[1]})"
        if said not in self._renamed_orgs:
            self._renamed_orgs.append(said)
        return found[0]

    def apart(self, name: str, parent: str) -> None:
        """Remember a name loaded as one organisation under each of its parents."""
        have = self._apart.setdefault(name, [])
        if parent not in have:
            have.append(parent)

    def unplaced(self, text: str, message: str, row: int | None) -> None:
        """Remember a place no table knows, kept without a municipality in ``row``."""
        rows = self._unplaced.setdefault(text, ([], message))[0]
        if row is not None:
            rows.append(row)

    def _municipality(self, text: str) -> Any:
        from .cbs import geography, normalise_place

        muni, succession = geography().lookup(text, self.province, at=self.day)
        if succession is not None and text.casefold() not in self.renamed:  # ANDIJK, Andijk
            how = {"merger": "merged into", "split": "split, in part to",
                   "rename": "renamed"}.get(succession["how"], "became")
            via = f" (via {succession['via']})" if succession.get("via") else ""
            self.renamed[text.casefold()] = (f"'{text}' {how} {muni.name}{via} on "
                                  f"{succession['date']}")
        elif muni.until and muni.name not in self.former:
            now = " or ".join(m.name for m in geography()._finals(muni.code, muni.name))
            # A place (Broek op Langedijk) in the municipality of that day says so.
            place = "" if normalise_place(text) == normalise_place(muni.name) else f"'{text}' → "
            self.former[muni.name] = f"{place}{muni.name} (until {muni.until}, now {now})"
        if self.province and muni.province.casefold() != self.province.casefold():
            entry = f"{muni.name} ({muni.province})"
            if entry not in self.outside:
                self.outside.append(entry)
        return muni, succession

    def named_municipality(self, name: str, where: Any) -> Any:
        """The municipality a public body's name names ("Gemeente Den Helder", "Hollands
        Kroon"; "Gemeente Heerhugowaard", a municipality before a merger, its successor at
        the date of the data), when the row lies there or nowhere; else ``None``. An
        addressee line ("Gemeente Oostzaan t.a.v. afd. EZ") is not part of the name, and a
        place of the municipality may follow it in brackets ("Wormerland (Wormer)")."""
        from .cbs import geography, normalise_place

        found, text = _municipal_name(name)
        muni = geography().named(text, self.province)
        if muni is None and (department := _DEPARTMENT_NAMED.search(text)):
            # "Hollands Kroon, team Economische Zaken", "Gemeente Heemskerk afdeling
            # Sociaal Domein": a department of the municipality.
            muni = geography().named(text[:department.start()], self.province)
        if muni is None and found and "(" not in text:
            # "Gem. Haarlem Werk en Inkomen": the government's name, then its department
            # without a word or a mark between; the longest beginning that names one (a
            # place in brackets is weighed below: "Gemeente Hoorn (Texel)" names none).
            words = text.split()
            for end in range(len(words) - 1, 0, -1):
                if (muni := geography().named(" ".join(words[:end]), self.province)):
                    break
        # A place of it in brackets: "Wormerland (Wormer)", "Gemeente Ouder-Amstel
        # (Duivendrecht)".
        bracket = None if muni is not None else _REMARK.fullmatch(text)
        if bracket:
            muni = geography().named(bracket.group(1), self.province)
            if muni is not None and normalise_place(bracket.group(2)) not in \
                    geography().place_keys(muni.code):
                muni = None  # "Bergen (L)": not a place of Bergen (NH.)
        if muni is None and found:
            try:
                then, succession = geography().lookup(text, self.province, at=self.day)
            except InputError:  # not a municipality's name at all
                then, succession = None, None
            if succession is not None or (then is not None and normalise_place(then.name)
                                          == normalise_place(text)):
                # An old name, not a place in one ("Hoofddorp"); or the name as CBS
                # writes it but for its dots ("Bergen (NH)" for "Bergen (NH.)").
                muni = then
        if muni is None or (where is not None and where.code != muni.code):
            return None
        entry = f"'{name.strip()}' → {muni.name}"
        if entry not in self.municipal:
            self.municipal.append(entry)
        return muni

    def unnamed_municipality(self, name: str, column: str | None) -> None:
        """Raise the problem of a municipality's row whose name names none: an ambiguous
        name ("Gemeente Bergen" without a place or a province: Bergen (L.) or Bergen (NH.))
        or an unknown one; return for a name that names a place, not a municipality."""
        from .cbs import geography

        text = _municipal_name(name)[1]
        try:
            geography().lookup(text.strip(), self.province, at=self.day)
        except InputError as exc:
            raise InputError(str(exc), column=column, code=exc.code, details=exc.details) from None

    def left_out(self, kind: str, model_field: str, header: str) -> None:
        key = (kind, model_field, header)
        self.dropped[key] = self.dropped.get(key, 0) + 1

    def warnings(self, file: str) -> list[str]:
        out = []
        if self.html:
            out.append(f"{file}: {self.html} note(s) written as HTML read as their text")
        if self.several_parents:
            out.append(f"{file}: {len(self.several_parents)} row(s) name several organisations "
                       "as their parent; only the first is read: "
                       + "; ".join(self.several_parents[:5])
                       + ("; …" if len(self.several_parents) > 5 else ""))
        if self._apart:
            out.append(f"{file}: a name under several parents loaded as one organisation "
                       "under each: " + "; ".join(f"'{name}' ({', '.join(parents)})"
                                                  for name, parents in self._apart.items()))
        if self.municipal:
            out.append(f"{file}: rows named as a municipality loaded as that "
                       "municipality: " + "; ".join(self.municipal))
        if self.no_answers:
            out.append(f"{file}: {len(self.no_answers)} row(s) name no organisation, not "
                       "loaded: " + "; ".join(self.no_answers[:5])
                       + ("; …" if len(self.no_answers) > 5 else ""))
        if self.not_municipal:
            out.append(f"{file}: {len(self.not_municipal)} row(s) of kind municipality whose "
                       "name names no municipality loaded as a public body there: "
                       + "; ".join(self.not_municipal[:5])
                       + ("; …" if len(self.not_municipal) > 5 else "")
                       + " (write the kind it is in its cell, or the municipality's name)")
        if self.empty_records:
            out.append(f"{file}: {len(self.empty_records)} row(s) with no cell filled that the "
                       f"mapping reads left out (an untitled page, an empty record: "
                       f"{_rows_of(self.empty_records)})")
        if self.continued or self.second_lines:
            column = self.second_column
            out.append(f"{file}: the second name line{f' {column!r}' if column else ''} "
                       f"read with the name where it goes on with it ({len(self.continued)} "
                       "row(s)" + (": " + "; ".join(self.continued[:5]) +
                                   ("; …" if len(self.continued) > 5 else "")
                                   if self.continued else "")
                       + f"); {self.second_lines} other(s), a department or an addressee, "
                       "not loaded")
        if self.no_numbers:
            out.append(f"{file}: register cell(s) without a number read as empty: " + "; ".join(
                f"'{cell}' in column '{col}' ({_rows_of(rows)})"
                for (col, cell), rows in self.no_numbers.items()))
        if self.section_kinds:
            out.append(f"{file}: the kind of rows without one read from the name of their "
                       "section: " + "; ".join(f"{said} ({_rows_of(rows)})"
                                               for said, rows in self.section_kinds.items()))
        if self.addresses:
            out.append(f"{file}: {len(self.addresses)} place(s) read from an address: "
                       + "; ".join(self.addresses[:5]) + ("; …" if len(self.addresses) > 5
                                                          else ""))
        if self.listed_kinds:
            items = [f"{cell!r} → {kind}" for cell, kind in list(self.listed_kinds.items())[:5]]
            out.append(f"{file}: the kind read from cells of several labels: "
                       + "; ".join(items) + ("; …" if len(self.listed_kinds) > 5 else "")
                       + " (where two labels name a kind, the company's gives way)")
        for (kind, model_field, header), count in self.dropped.items():
            out.append(f"{file}: column '{header}' left out in {count} row(s) of kind {kind}: "
                       f"a {kind} has no property '{model_field}'")
        if self.renamed:
            out.append(f"{file}: old municipality names loaded as the municipality of "
                       f"{self.day}: " + "; ".join(self.renamed.values()))
        if self.former:
            out.append(f"{file}: municipalities that existed on {self.day}, the date of the "
                       "data, loaded as they were: " + "; ".join(self.former.values()))
        if self._renamed_orgs:
            out.append(f"{file}: earlier names of organisations loaded under their name of "
                       f"{self.day}: " + "; ".join(self._renamed_orgs) + " (the earlier "
                       "name is kept as an alias; sources in data/names/former_names.csv)")
        if self._unplaced:
            items = []
            for text, (rows, message) in self._unplaced.items():
                where = ", ".join(map(str, rows[:3])) + (", …" if len(rows) > 3 else "")
                close = re.search(r"\((did you mean .*\?)\)$", message)
                hint = message if message == _A_REGION else close.group(1) if close else ""
                where = "; ".join(filter(None, [
                    f"row{'s' if len(rows) > 1 else ''} {where}" if rows else "", hint]))
                items.append(f"{text!r}" + (f" ({where})" if where else ""))
            out.append(f"{file}: {len(items)} place(s) the municipality table does not know, "
                       "loaded without a municipality: " + ", ".join(items) + "; to place "
                       "them, write their municipality in the file or under values: "
                       "municipality: in a mapping")
        if self.outside:
            out.append(f"{file}: {len(self.outside)} municipalit"
                       f"{'y' if len(self.outside) == 1 else 'ies'} outside {self.province}: "
                       + ", ".join(self.outside))
        return out


def _repair(table: Table, batch: Batch) -> None:
    """Repair mojibake in the sheet's cells, and say so."""
    examples: list[str] = []
    count = 0
    for _, cells in table.rows:
        try:  # one check per row: most rows are plain ASCII, or have no tell-tale signs
            if not might_be_mojibake("".join(cells)):
                continue
        except TypeError:  # an XLSX row with numbers or dates: checked cell by cell
            pass
        for i, value in enumerate(cells):
            if isinstance(value, str) and not value.isascii():
                fixed = repair_text(value)
                if fixed != value:
                    cells[i] = fixed
                    count += 1
                    if len(examples) < 2:
                        examples.append(f"{value!r} → {fixed!r}")
    if count:
        batch.warnings.append(f"{table.file}: repaired {count} cell(s) of garbled text "
                              f"(UTF-8 read as Windows-1252), e.g. {', '.join(examples)}")


def _dropped(table: Table, mapping: TableMapping, batch: Batch, guessed: bool = False) -> None:
    """Name the sheet's columns that nothing reads (a personal-data column as left out;
    ``guessed``: no mapping was given, the headers were not recognised)."""
    used = {*mapping.columns.values(), *(h for hs in mapping.fallbacks.values() for h in hs)}
    for header in table.headers:
        if header not in used:
            batch.dropped_columns.append({"file": table.file, "column": header,
                                          "personal": is_personal_header(header),
                                          **({"guessed": True} if guessed else {}),
                                          **({"not_kind": True} if header in mapping.not_kinds
                                             else {}),
                                          **({"address": True} if _ENTITY.sub(
                                              "", _header_key(header)) in _ADDRESS_HEADERS
                                             else {})})


_ACTIVE = {"actief": True, "active": True, "is active": True, "gearchiveerd": False,
           "archived": False, "inactief": False, "inactive": False, "geblokkeerd": False,
           "blocked": False, "stoppen": False, "stop": False}
"""Headers of a record's state: whether it is active (Odoo's "Actief"), or not (SuperOffice's
"Stoppen", "Stop" in English: a company no longer used)."""
_YES = {"true", "waar", "ja", "yes", "1", "x", "checked"}
_NO = {"false", "onwaar", "nee", "no", "0"}


_PLURALS = (("instellingen", "instelling"), ("overheden", "overheid"), ("scholen", "school"),
            ("gemeenten", "gemeente"), ("gemeentes", "gemeente"), ("ven", "f"), ("s", ""),
            ("en", ""))


_SECTION_FILLERS = frozenset({"en", "of", "overige", "overig", "andere", "and", "other"})
"""Words of a section's name that say no kind and take none away ("Overige bedrijven")."""
_SECTION_KINDS = {"bedrijfsleven": "Company", "semipubliek": "PublicBody",
                  "semipublieke": "PublicBody"}


def section_kind(name: str) -> str | None:
    """The kind a section's name says, if one: every word of it a kind's, singular or
    plural, and of one kind ("ONDERWIJS", "Bedrijven (MKB)", "Gemeenten", "Overige
    bedrijven"), or the whole name an industry label; ``None`` for one that says none
    ("Overige partners", "Archief") or several ("Onderwijs en bedrijfsleven", "Zorg &
    Onderwijs"), or has other words ("Team Gemeente").

    Examples
    --------
    >>> [section_kind(n) for n in ("ONDERWIJS", "Bedrijven (MKB)", "Gemeenten",
    ...                            "Overheid & semipubliek", "Overige partners", "Archief")]
    ['School', 'Company', 'Municipality', 'PublicBody', None, None]
    >>> [section_kind(n) for n in ("Onderwijs en bedrijfsleven", "Zorg & Onderwijs",
    ...                            "Team Gemeente", "Overige bedrijven")]
    [None, None, None, 'Company']
    """
    found = industry_kind(name)
    if found is not None:
        return found
    kinds = set()
    for word in re.findall(r"[^\W\d_]+", name.casefold()):
        if word in _SECTION_FILLERS:
            continue
        kind = _SECTION_KINDS.get(word)
        for plural, singular in ((word, word), *_PLURALS):
            if kind is None and word.endswith(plural):
                kind = industry_kind(word[:len(word) - len(plural)] + singular)
        if kind is None:
            return None  # "partners", "team": a word that says no kind
        kinds.add(kind)
    return kinds.pop() if len(kinds) == 1 else None


def _rows_of(numbers: list[int]) -> str:
    """``rows 2, 3, …`` (eight at most), or ``row 2``."""
    shown = ", ".join(map(str, numbers[:8])) + (", …" if len(numbers) > 8 else "")
    return f"row{'s' if len(numbers) > 1 else ''} {shown}"


def layout_said(table: Table) -> list[str]:
    """What the load says of the rows of a sheet's layout it left out (see
    :func:`~stakeholder_graph.loaders.tables.read_table`): the sections' names, the
    repeated headers, a board's subitems.

    Examples
    --------
    >>> t = Table("b.xlsx", "Bord", ["Name", "Type", "Plaats"],
    ...           layout=[(50, "section", "Onderwijs"), (51, "header", "Name")])
    >>> layout_said(t)  # doctest: +NORMALIZE_WHITESPACE
    ["1 section row(s) left out (a group's or section's name alone in its row): 'Onderwijs'
      (row 50)", '1 repeated header row(s) left out (row 51)']
    """
    rows = _rows_of
    out = []
    sections = [(n, text) for n, what, text in table.layout if what == "section"]
    if sections:
        out.append(f"{len(sections)} section row(s) left out (a group's or section's name "
                   "alone in its row): " + ", ".join(f"'{t}' (row {n})" for n, t in sections[:5])
                   + (", …" if len(sections) > 5 else ""))
    headers = [n for n, what, _ in table.layout if what == "header"]
    if headers:
        out.append(f"{len(headers)} repeated header row(s) left out ({rows(headers)})")
    subs = [n for n, what, _ in table.layout if what == "subitem"]
    subheaders = [n for n, what, _ in table.layout if what == "subheader"]
    if subheaders:
        out.append(f"{len(subs)} subitem row(s) left out with their {len(subheaders)} header "
                   f"row(s) (a table of its own under an item: {rows(sorted(subheaders + subs))})")
    return out


def _archived(table: Table, mapping: TableMapping, batch: Batch) -> None:
    """Say how many rows a column nothing reads marks as records no longer active (Odoo's
    "Actief" FALSE, an archived record in the export): they load as the others do."""
    used = set(mapping.columns.values())
    for at, header in enumerate(table.headers):
        active = _ACTIVE.get(_header_key(header))
        if header in used or active is None:
            continue
        cells = [str(c[at] if at < len(c) and c[at] is not None else "").strip().casefold()
                 for _, c in table.rows]
        # Airtable's checkbox: "checked", or an empty cell for one not ticked.
        ticks = active and "checked" in cells and set(cells) <= {"checked", ""}
        off = {""} if ticks else _NO if active else _YES
        rows = sum(1 for cell in cells if cell in off)
        if rows:
            batch.warnings.append(
                f"{table.file}: column '{header}' says {rows} row(s) are records no longer "
                "active (archived); they are loaded as the others are (leave them out of the "
                "export to leave them out)")


def _sha256(path: str | Path) -> str:
    import hashlib

    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _progress(rows: Iterator, total: int, label: str, enabled: bool):  # noqa: ANN202
    if not enabled or total < 2000:
        return rows
    from tqdm import tqdm

    return tqdm(rows, total=total, desc=f"reading {Path(label).name}", unit=" rows",
                leave=False)
