"""Write DataFrames as a text table, CSV, JSON or XLSX — readable and safe in a spreadsheet.

What people open in a spreadsheet follows one set of rules, whatever wrote it (suggestions,
analyses, query results, the review file, the network export):

- column headers in words, Dutch by default (``a_id`` → "id A", ``adamic_adar`` →
  "Adamic-Adar", ``explanation`` → "toelichting"), English with ``lang="en"``
  (:func:`label_columns`, from the one dictionary :data:`COLUMNS`);
- lists as a sentence, "a, b en c" (:func:`join_list`);
- dates as real dates (an Excel date cell; ``2021`` and ``2016-02`` as dates shown as
  ``2021`` and ``feb 2016``), ISO text in CSV.

A text cell that starts with ``=``, ``+``, ``-``, ``@`` (or a tab or carriage return) would
run as a formula when a spreadsheet opens the file (CSV/formula injection). CSV cells of
that kind get a leading apostrophe; XLSX cells are written as text, never as formulas.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import pandas as pd

from .errors import StakeholderGraphError
from .files import atomic_path

__all__ = ["FORMATS", "LANGS", "COLUMNS", "KIND_LABELS", "REL_LABELS", "neutralise",
           "format_frame", "write_frame", "write_sheets", "label_columns", "column_label",
           "column_key", "join_list", "readable", "kind_label", "rel_label", "describe_load",
           "describe_stats", "text_table", "SUGGESTION_COLUMNS", "PAIR_COLUMNS", "DATE_COLUMNS"]

FORMATS = ("table", "csv", "json", "xlsx")
LANGS = ("nl", "en")
_RISKY = ("=", "+", "-", "@", "\t", "\r")

COLUMNS: dict[str, tuple[str, str]] = {
    # identity and model properties
    "id": ("id", "id"),
    "name": ("naam", "name"),
    "kind": ("soort", "kind"),
    "type": ("type", "type"),
    "aliases": ("andere namen", "other names"),
    "source": ("bron", "source"),
    "sources": ("herkomst", "provenance"),
    "note": ("toelichting", "note"),
    "website": ("website", "website"),
    "kvk": ("KvK-nummer", "KvK number"),
    "sector": ("sector", "sector"),
    "labour_demand": ("personeelsvraag", "labour demand"),
    "brin": ("BRIN", "BRIN"),
    "level": ("niveau", "level"),
    "programmes": ("opleidingen", "programmes"),
    "programme": ("opleiding", "programme"),
    "place": ("plaats", "place"),
    "parent": ("onderdeel van", "part of"),
    "cbs_code": ("CBS-code", "CBS code"),
    "province": ("provincie", "province"),
    "subtype": ("subsoort", "subtype"),
    "number": ("nummer", "number"),
    "date": ("datum", "date"),
    "role": ("rol", "role"),
    "email": ("e-mail", "e-mail"),
    "phone": ("telefoon", "phone"),
    "since": ("sinds", "since"),
    "until": ("tot", "until"),
    "weight": ("gewicht", "weight"),
    "count": ("aantal", "count"),
    "status": ("status", "status"),
    "municipality": ("gemeente", "municipality"),
    "ecosystem": ("ecosysteem", "ecosystem"),
    "themes": ("thema's", "themes"),
    "campuses": ("campussen", "campuses"),
    "name_2": ("naam (tweede regel)", "name (second line)"),
    "town": ("woonplaats", "town"),
    "events": ("bijeenkomsten", "events"),
    "partners": ("partners", "partners"),
    "roles": ("rollen", "roles"),
    "fit": ("aansluiting opleiding–sector", "programme–sector fit"),
    # ties
    "start": ("id van", "id from"),
    "end": ("id naar", "id to"),
    "start_name": ("van", "from"),
    "end_name": ("naar", "to"),
    "relationship": ("relatie", "relationship"),
    "key": ("sleutel", "key"),
    # provenance
    "file": ("bestand", "file"),
    "sheet": ("werkblad", "sheet"),
    "row": ("rij", "row"),
    "loaded_at": ("geladen op", "loaded at"),
    "at": ("tijdstip", "at"),
    "via": ("via", "via"),
    "fact": ("gegeven", "fact"),
    "about": ("over", "about"),
    "about_id": ("id", "id"),
    # suggestions
    "rank": ("rang", "rank"),
    "a_id": ("id A", "id A"),
    "a": ("organisatie A", "organisation A"),
    "a_ecosystem": ("ecosysteem A", "ecosystem A"),
    "b_id": ("id B", "id B"),
    "b": ("organisatie B", "organisation B"),
    "b_ecosystem": ("ecosysteem B", "ecosystem B"),
    "score": ("score", "score"),
    "explanation": ("toelichting", "explanation"),
    "adamic_adar": ("Adamic-Adar", "Adamic-Adar"),
    "shared_member_of": ("samen lid van", "shared memberships"),
    "shared_signed": ("samen ondertekend", "signed together"),
    "shared_funded_by": ("zelfde financier", "same funder"),
    "shared_attended": ("samen deelgenomen", "attended together"),
    "partners_aa": ("gedeelde partners (Adamic-Adar)", "shared partners (Adamic-Adar)"),
    "interns_aa": ("gedeelde stages (Adamic-Adar)", "shared internships (Adamic-Adar)"),
    "comember_partners": ("partners van medeleden", "co-members' partners"),
    "same_ecosystem": ("zelfde ecosysteem", "same ecosystem"),
    "surplus_shortage": ("overschot en tekort", "surplus and shortage"),
    "programme_fit": ("aansluiting opleiding–sector", "programme–sector fit"),
    "activity": ("activiteit", "activity"),
    "evidence": ("onderbouwing", "evidence"),
    "relation": ("relatie", "relation"),
    "cf_aa": ("medeleden (Adamic-Adar)", "co-members (Adamic-Adar)"),
    "cf_ra": ("medeleden (resource allocation)", "co-members (resource allocation)"),
    "l3_norm": ("paden van drie stappen (L3)", "three-step paths (L3)"),
    "partners_in": ("partners al lid", "partners already in"),
    "themes_fit": ("aansluiting thema's", "themes fit"),
    "ecosystem_share": ("aandeel eigen ecosysteem", "share of own ecosystem"),
    "kind_share": ("aandeel eigen soort", "share of own kind"),
    "group_size": ("omvang groep", "group size"),
    "resource_allocation": ("resource allocation", "resource allocation"),
    "l3": ("paden van drie stappen (L3)", "three-step paths (L3)"),
    "org_id": ("id organisatie", "organisation id"),
    "org": ("organisatie", "organisation"),
    "org_ecosystem": ("ecosysteem organisatie", "organisation's ecosystem"),
    "group_id": ("id groep", "group id"),
    "group": ("groep", "group"),
    "group_kind": ("soort groep", "group kind"),
    "campus_id": ("id campus", "campus id"),
    "campus": ("campus", "campus"),
    # analyses
    "degree": ("graad", "degree"),
    "weighted_degree": ("gewogen graad", "weighted degree"),
    "betweenness": ("tussenpositie", "betweenness"),
    "betweenness_sampled": ("tussenpositie geschat", "betweenness sampled"),
    "pagerank": ("PageRank", "PageRank"),
    "eigenvector": ("eigenvectorcentraliteit", "eigenvector centrality"),
    "closeness": ("nabijheid", "closeness"),
    "rank_degree": ("rang graad", "rank degree"),
    "rank_weighted_degree": ("rang gewogen graad", "rank weighted degree"),
    "rank_betweenness": ("rang tussenpositie", "rank betweenness"),
    "rank_pagerank": ("rang PageRank", "rank PageRank"),
    "rank_eigenvector": ("rang eigenvectorcentraliteit", "rank eigenvector"),
    "rank_closeness": ("rang nabijheid", "rank closeness"),
    "community": ("gemeenschap", "community"),
    "constraint": ("beperking (Burt)", "constraint (Burt)"),
    "effective_size": ("effectieve omvang", "effective size"),
    "coordinator": ("coördinator", "coordinator"),
    "itinerant": ("tussenpersoon", "itinerant"),
    "representative": ("vertegenwoordiger", "representative"),
    "gatekeeper": ("poortwachter", "gatekeeper"),
    "liaison": ("verbinder", "liaison"),
    "brokerage": ("makelaarsrollen", "brokerage"),
    "organisations_a": ("organisaties A", "organisations A"),
    "organisations_b": ("organisaties B", "organisations B"),
    "shared_themes": ("gedeelde thema's", "shared themes"),
    "links": ("verbindingen", "links"),
    "expected": ("verwacht", "expected"),
    "gap": ("tekort aan verbindingen", "gap"),
    "ratio": ("verhouding", "ratio"),
    # named queries
    "from_ecosystem": ("ecosysteem van", "ecosystem from"),
    "from_id": ("id van", "id from"),
    "from_name": ("van", "from"),
    "to_id": ("id naar", "id to"),
    "to_name": ("naar", "to"),
    "to_ecosystem": ("ecosysteem naar", "ecosystem to"),
    "organisations": ("organisaties", "organisations"),
    "companies": ("bedrijven", "companies"),
    "schools": ("onderwijsinstellingen", "schools"),
    "public_bodies": ("publieke organisaties", "public bodies"),
    "municipalities": ("gemeenten", "municipalities"),
    "links_inside": ("verbindingen binnen", "links inside"),
    "links_outside": ("verbindingen naar buiten", "links outside"),
    "distance": ("afstand", "distance"),
    "path": ("pad", "path"),
    "hops": ("stappen", "hops"),
    "route": ("route", "route"),
    "ids": ("ids", "ids"),
    "direction": ("richting", "direction"),
    "other_id": ("id andere", "other id"),
    "other_name": ("andere organisatie", "other organisation"),
    "other_kind": ("soort andere", "other kind"),
    "surplus_id": ("id met overschot", "surplus id"),
    "surplus": ("met personeelsoverschot", "with staff surplus"),
    "school_id": ("id onderwijsinstelling", "school id"),
    "school": ("onderwijsinstelling", "school"),
    "shortage_id": ("id met tekort", "shortage id"),
    "shortage": ("met personeelstekort", "with staff shortage"),
    "school_ties": ("banden met de school", "school ties"),
    # the review file
    "decision": ("besluit", "decision"),
    "candidate_id": ("id kandidaat", "candidate id"),
    "candidate_name": ("naam kandidaat", "candidate name"),
    "candidate_municipality": ("gemeente kandidaat", "candidate municipality"),
    "reason": ("reden", "reason"),
    "found_in": ("gevonden in", "found in"),
}
"""Every known column: its key → (Dutch header, English header)."""

SUGGESTION_COLUMNS: dict[str, tuple[str, str]] = {
    "themes": ("gedeelde thema's", "shared themes"),
    "campuses": ("gedeelde campussen", "shared campuses"),
    "programmes": ("gedeelde programma's", "shared programmes"),
    "events": ("gedeelde bijeenkomsten", "shared events"),
    "partners": ("gedeelde partners", "shared partners"),
    "roles": ("aanvullende rollen", "complementary roles"),
}
"""Headers of a suggestion's evidence columns, where they mean what the two ends share."""

PAIR_COLUMNS: dict[str, tuple[str, str]] = {
    "a": ("ecosysteem A", "ecosystem A"),
    "b": ("ecosysteem B", "ecosystem B"),
}
"""Headers of ``a`` and ``b`` in a frame of ecosystem pairs (the gaps analysis)."""

VALUES: dict[str, dict[str, tuple[str, str]]] = {
    "labour_demand": {"shortage": ("tekort", "shortage"), "surplus": ("overschot", "surplus")},
    "status": {"proposed": ("voorgesteld", "proposed"), "made": ("gelegd", "made"),
               "declined": ("afgewezen", "declined")},
    "type": {"labour_market_region": ("arbeidsmarktregio", "labour-market region"),
             "corop": ("COROP-gebied", "COROP region"), "province": ("provincie", "province"),
             "custom": ("eigen indeling", "custom region")},
    "level": {"other": ("overig", "other")},
}
"""The model's coded values in words, per column: value → (Dutch, English)."""

DATE_COLUMNS = frozenset({"since", "until", "date", "loaded_at", "at"})
"""Columns whose ISO text is written as a real date (or date-time) in XLSX."""

KIND_LABELS: dict[str, tuple[str, str, str, str]] = {
    "Company": ("bedrijf", "bedrijven", "company", "companies"),
    "School": ("onderwijsinstelling", "onderwijsinstellingen", "school", "schools"),
    "Municipality": ("gemeente", "gemeenten", "municipality", "municipalities"),
    "PublicBody": ("publieke organisatie", "publieke organisaties", "public body",
                   "public bodies"),
    "Campus": ("campus of PPS", "campussen en PPS'en", "campus or PPS", "campuses and PPSs"),
    "Region": ("regio", "regio's", "region", "regions"),
    "Theme": ("thema", "thema's", "theme", "themes"),
    "Programme": ("programma", "programma's", "programme", "programmes"),
    "Event": ("bijeenkomst", "bijeenkomsten", "event", "events"),
    "Person": ("contactpersoon", "contactpersonen", "contact person", "contact persons"),
}
"""Every kind: (Dutch singular, Dutch plural, English singular, English plural)."""

VALUES["kind"] = {k: (v[0], v[2]) for k, v in KIND_LABELS.items()}
VALUES["group_kind"] = VALUES["other_kind"] = VALUES["kind"]

REL_LABELS: dict[str, tuple[str, str]] = {
    "LOCATED_IN": ("gevestigd in", "located in"),
    "IN_REGION": ("ligt in regio", "in region"),
    "MEMBER_OF": ("lid van", "member of"),
    "PARTNERS_WITH": ("werkt samen met", "partners with"),
    "HOSTS_INTERNS_FROM": ("biedt stages aan studenten van", "hosts interns from"),
    "WORKS_ON": ("werkt aan thema", "works on"),
    "FUNDED_BY": ("gefinancierd door", "funded by"),
    "SIGNED": ("ondertekende", "signed"),
    "SERVES": ("bedient", "serves"),
    "ATTENDED": ("nam deel aan", "attended"),
    "INTRODUCED": ("voorgesteld aan", "introduced to"),
    "WORKS_AT": ("werkt bij", "works at"),
}
"""Every relationship type in words: (Dutch, English)."""

VALUES["relation"] = dict(REL_LABELS)


def _check_lang(lang: str) -> str:
    if lang not in LANGS:
        raise StakeholderGraphError(f"unknown language '{lang}': use nl or en")
    return lang


def column_label(key: str, lang: str = "nl", suggestions: bool = False,
                 pairs: bool = False) -> str:
    """The header people read for a column key; an unknown key in words.

    Examples
    --------
    >>> column_label("a_id"), column_label("adamic_adar"), column_label("explanation")
    ('id A', 'Adamic-Adar', 'toelichting')
    >>> column_label("explanation", "en"), column_label("some_new_feature")
    ('explanation', 'some new feature')
    """
    labels = ((SUGGESTION_COLUMNS.get(str(key)) if suggestions else None)
              or (PAIR_COLUMNS.get(str(key)) if pairs else None) or COLUMNS.get(str(key)))
    if labels is None:
        return str(key).replace("_", " ")
    return labels[LANGS.index(_check_lang(lang))]


_KEYS: dict[str, str] = {}
for _key, _labels in COLUMNS.items():
    for _label in _labels:
        _KEYS.setdefault(_label.casefold(), _key)
    _KEYS[_key.casefold()] = _key


def column_key(header: str) -> str:
    """The column key for a header in either language (to read a written file back).

    Examples
    --------
    >>> column_key("besluit"), column_key("Candidate ID"), column_key("decision")
    ('decision', 'candidate_id', 'decision')
    """
    text = str(header).strip()
    return _KEYS.get(text.casefold(), text)


def label_columns(frame: pd.DataFrame, lang: str = "nl") -> pd.DataFrame:
    """The frame with its column keys replaced by the headers people read.

    Any frame works: known keys get their Dutch (or English) header from :data:`COLUMNS`,
    unknown ones are written in words. In a frame of suggestions (with ``a_id`` or
    ``org_id`` and ``explanation``) the evidence columns say what the two ends share; in a
    frame of ecosystem pairs (with ``organisations_a``) ``a`` and ``b`` are ecosystems. Two keys that share a header (``note`` and
    ``explanation``) keep them apart with a number.

    Examples
    --------
    >>> frame = pd.DataFrame(columns=["rank", "a_id", "adamic_adar", "explanation"])
    >>> list(label_columns(frame).columns)
    ['rang', 'id A', 'Adamic-Adar', 'toelichting']
    >>> list(label_columns(frame, "en").columns)
    ['rank', 'id A', 'Adamic-Adar', 'explanation']
    """
    suggestions = "explanation" in frame.columns and bool({"a_id", "org_id"} & set(frame.columns))
    pairs = "organisations_a" in frame.columns
    seen: dict[str, int] = {}
    labels = []
    for column in frame.columns:
        label = column_label(column, lang, suggestions, pairs)
        seen[label] = seen.get(label, 0) + 1
        labels.append(label if seen[label] == 1 else f"{label} ({seen[label]})")
    out = frame.copy()
    out.columns = labels
    return out


def join_list(items: Iterable[Any], lang: str = "nl") -> str:
    """Items as a sentence: "a, b en c" (English: "a, b and c").

    Examples
    --------
    >>> join_list(["energietransitie", "klimaat", "digitalisering"])
    'energietransitie, klimaat en digitalisering'
    >>> join_list(["a", "b"], "en"), join_list(["a"]), join_list([])
    ('a and b', 'a', '')
    """
    words = [str(i) for i in items if i is not None and str(i) != ""]
    if len(words) < 2:
        return "".join(words)
    return ", ".join(words[:-1]) + (" en " if _check_lang(lang) == "nl" else " and ") + words[-1]


def _source_text(value: Mapping[str, Any], lang: str) -> str:
    """One provenance entry in words: "organisaties.csv, rij 17"."""
    parts = [str(value.get("file", ""))]
    if value.get("sheet"):
        parts.append(f"{column_label('sheet', lang)} {value['sheet']}")
    if value.get("row") not in (None, ""):
        parts.append(f"{column_label('row', lang)} {value['row']}")
    rest = [f"{column_label(k, lang)} {v}" for k, v in value.items()
            if k not in ("file", "sheet", "row") and v not in (None, "")]
    return ", ".join(p for p in parts + rest if p)


def _cell(value: Any, lang: str) -> Any:
    if isinstance(value, Mapping):
        if "text" in value:  # a piece of evidence: its words
            return str(value["text"])
        if "file" in value:
            return _source_text(value, lang)
        return ", ".join(f"{column_label(k, lang)}: {_cell(v, lang)}" for k, v in value.items())
    if isinstance(value, list | tuple | set | frozenset):
        items = sorted(value, key=str) if isinstance(value, set | frozenset) else value
        if any(isinstance(i, Mapping) for i in items):
            return "; ".join(_cell(i, lang) for i in items)
        return join_list((_cell(i, lang) for i in items), lang)
    if hasattr(value, "tolist") and not isinstance(value, str | bytes):  # numpy arrays
        return _cell(value.tolist(), lang)
    return value


_ISO = re.compile(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?Z?")


def _as_date(value: Any) -> Any:
    """ISO text as a ``date``/``datetime`` with the Excel format that shows its precision."""
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None), "yyyy-mm-dd hh:mm"
    if isinstance(value, dt.date):
        return value, "yyyy-mm-dd"
    match = _ISO.fullmatch(str(value).strip()) if value is not None else None
    if not match:
        return None
    y, m, d, hh, mm, ss = match.groups()
    try:
        if hh is not None:
            return (dt.datetime(int(y), int(m or 1), int(d or 1), int(hh), int(mm), int(ss or 0)),
                    "yyyy-mm-dd hh:mm")
        return dt.date(int(y), int(m or 1), int(d or 1)), (
            "yyyy-mm-dd" if d else "mmm yyyy" if m else "yyyy")
    except ValueError:
        return None


def readable(frame: pd.DataFrame, lang: str = "nl") -> pd.DataFrame:
    """The frame's cells as people read them: lists as "a, b en c", provenance and coded
    values (``shortage``, ``Company``) in words.

    Column keys stay; :func:`label_columns` renames them.

    Examples
    --------
    >>> frame = pd.DataFrame({"themes": [["Energietransitie"], ["a", "b", "c"]],
    ...                       "labour_demand": ["shortage", None]})
    >>> readable(frame)["themes"].tolist()
    ['Energietransitie', 'a, b en c']
    >>> readable(frame)["labour_demand"].tolist()
    ['tekort', None]
    """
    index = LANGS.index(_check_lang(lang))
    out = _clean(frame)
    for column in out.columns:
        words = VALUES.get(str(column), {})
        out[column] = pd.Series([words[v][index] if isinstance(v, str) and v in words
                                 else _cell(v, lang) for v in out[column]],
                                index=out.index, dtype=object)
    return out


def kind_label(kind: str, lang: str = "nl", plural: bool = True) -> str:
    """A kind in words.

    Examples
    --------
    >>> kind_label("Company"), kind_label("School", "en", plural=False)
    ('bedrijven', 'school')
    """
    labels = KIND_LABELS.get(kind)
    if labels is None:
        return kind
    return labels[2 * LANGS.index(_check_lang(lang)) + (1 if plural else 0)]


def rel_label(rel_type: str, lang: str = "nl") -> str:
    """A relationship type in words.

    Examples
    --------
    >>> rel_label("MEMBER_OF"), rel_label("MEMBER_OF", "en")
    ('lid van', 'member of')
    """
    labels = REL_LABELS.get(rel_type)
    return labels[LANGS.index(_check_lang(lang))] if labels else rel_type


def _clean(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.astype(object).where(frame.notna(), None)


def _prepared(frame: pd.DataFrame, lang: str | None) -> tuple[pd.DataFrame, set[int]]:
    """The frame as written for people (or as it is, without ``lang``) and its date columns."""
    dates = {i for i, c in enumerate(frame.columns) if str(c) in DATE_COLUMNS}
    if lang is None:
        return _clean(frame), dates
    return label_columns(readable(frame, lang), lang), dates


def format_frame(frame: pd.DataFrame, fmt: str, lang: str | None = None) -> str:
    """Render a DataFrame as a text table, CSV or JSON (records).

    With ``lang`` a CSV is written for people: headers in words, lists as "a, b en c".
    JSON keeps the column keys, for programs.

    Examples
    --------
    >>> print(format_frame(pd.DataFrame({"name": ["=1+1"]}), "csv"), end="")
    name
    '=1+1
    >>> print(format_frame(pd.DataFrame({"name": ["KLM"], "themes": [["a", "b"]]}), "csv", "nl"), end="")
    naam,thema's
    KLM,a en b
    """
    if fmt == "table":
        if frame.empty:
            return "(no rows)\n"
        return _clean(frame).fillna("").to_string(index=False) + "\n"
    if fmt == "csv":
        return _prepared(frame, lang)[0].map(neutralise).to_csv(index=False)
    if fmt == "json":
        return json.dumps(_clean(frame).to_dict(orient="records"), ensure_ascii=False,
                          indent=2, default=str) + "\n"
    raise StakeholderGraphError(f"format '{fmt}' needs an output file (-o FILE.xlsx)"
                                if fmt == "xlsx" else f"unknown format '{fmt}'")


def write_frame(frame: pd.DataFrame, fmt: str, path: str | os.PathLike[str],
                sheet: str = "resultaat", lang: str | None = None) -> Path:
    """Write a DataFrame to a file (atomically: a temporary file, then renamed).

    XLSX text cells are stored as text, so none runs as a formula in Excel. With ``lang``
    (``"nl"`` or ``"en"``) the file is written for people: headers in words, lists as
    "a, b en c", dates (``since``, ``date``, …) as real Excel dates.

    Examples
    --------
    >>> import tempfile, os, openpyxl
    >>> p = os.path.join(tempfile.mkdtemp(), "x.xlsx")
    >>> _ = write_frame(pd.DataFrame({"name": ["=1+1"]}), "xlsx", p)
    >>> cell = openpyxl.load_workbook(p)["resultaat"]["A2"]
    >>> cell.value, cell.data_type
    ('=1+1', 's')
    >>> _ = write_frame(pd.DataFrame({"a_id": ["slug:klm"], "since": ["2021-06-01"]}), "xlsx", p, lang="nl")
    >>> ws = openpyxl.load_workbook(p)["resultaat"]
    >>> ws["A1"].value, ws["B1"].value, ws["B2"].value.date().isoformat(), ws["B2"].is_date
    ('id A', 'sinds', '2021-06-01', True)
    """
    if fmt == "xlsx":
        return write_sheets({sheet: frame}, path, lang)
    with atomic_path(path) as tmp:
        tmp.write_text(format_frame(frame, fmt, lang), encoding="utf-8")
    return Path(path)


def write_sheets(sheets: Mapping[str, pd.DataFrame], path: str | os.PathLike[str],
                 lang: str | None = "nl") -> Path:
    """Write DataFrames to one XLSX workbook, a sheet each, atomically.

    Headers bold and frozen, with a filter, columns wide enough to read; with ``lang``
    as :func:`write_frame` writes them for people.

    Examples
    --------
    >>> import tempfile, os, openpyxl
    >>> p = os.path.join(tempfile.mkdtemp(), "x.xlsx")
    >>> _ = write_sheets({"bedrijven": pd.DataFrame({"name": ["KLM"]}),
    ...                   "relaties": pd.DataFrame({"start": ["slug:klm"]})}, p)
    >>> openpyxl.load_workbook(p).sheetnames
    ['bedrijven', 'relaties']
    """
    with atomic_path(path) as tmp:
        import openpyxl

        book = openpyxl.Workbook()
        book.remove(book.active)
        for name, frame in sheets.items():
            _write_sheet(book, name, frame, lang)
        book.save(str(tmp))
    return Path(path)


def _write_sheet(book: Any, name: str, frame: pd.DataFrame, lang: str | None) -> None:
    from openpyxl.cell.cell import TYPE_STRING
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    data, dates = _prepared(frame, lang)
    ws = book.create_sheet(re.sub(r"[\[\]:*?/\\]", " ", name)[:31])
    ws.append([str(c) for c in data.columns])
    formats: dict[tuple[int, int], str] = {}
    for r, row in enumerate(data.itertuples(index=False), start=2):
        values = []
        for c, v in enumerate(row):
            if v is None:
                values.append(None)
            elif lang is not None and c in dates and (parsed := _as_date(v)) is not None:
                values.append(parsed[0])
                formats[(r, c + 1)] = parsed[1]
            elif isinstance(v, float) and lang is not None:
                values.append(v)
                formats[(r, c + 1)] = "0.00" if abs(v) >= 1 or v == 0 else "0.0000"
            elif isinstance(v, bool | int | float | dt.date):
                values.append(v)
            else:
                values.append(str(v))
        ws.append(values)
    widths = [len(str(c)) for c in data.columns]
    for cells in ws.iter_rows(min_row=1):
        for cell in cells:
            if isinstance(cell.value, str) and cell.value.startswith(_RISKY):
                cell.data_type = TYPE_STRING
                cell.quotePrefix = True
            if (cell.row, cell.column) in formats:
                cell.number_format = formats[(cell.row, cell.column)]
            width = 12 if cell.is_date else len(str(cell.value)) if cell.value is not None else 0
            widths[cell.column - 1] = max(widths[cell.column - 1], width)
            if lang is not None and width > 60:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    if lang is not None:
        for cell in ws[1]:
            cell.font = Font(bold=True)
        ws.freeze_panes = "A2"
        if data.shape[1]:
            ws.auto_filter.ref = ws.dimensions
        for i, width in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(i)].width = min(max(width, 6) + 2, 60)


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _warning_text(warning: Any) -> str:
    if isinstance(warning, str):
        return warning
    if isinstance(warning, Mapping):
        return str(warning.get("message") or warning.get("text") or warning)
    return str(getattr(warning, "message", warning))


def describe_load(result: Any, lang: str = "nl") -> list[str]:
    """What a load did, in plain words: the summary line, then merges and warnings.

    ``result`` is a :class:`~stakeholder_graph.graph.store.LoadResult`; its ``warnings``
    and ``dropped_columns`` are printed when it has them.

    Examples
    --------
    >>> from stakeholder_graph.graph.store import LoadResult
    >>> describe_load(LoadResult(nodes_added=12, nodes_updated=3, edges_added=40))[0]
    '12 organisaties en andere knopen nieuw, 3 gewijzigd; 40 relaties nieuw'
    >>> describe_load(LoadResult(nodes_unchanged=134, edges_unchanged=303), "en")[0]
    'nothing changed: the 134 organisations and other nodes and 303 relationships were already there'
    """
    nl = _check_lang(lang) == "nl"
    words = (("nieuw", "gewijzigd", "ongewijzigd") if nl else ("new", "changed", "unchanged"))

    def part(counts: tuple[int, int, int], one: str, many: str) -> str:
        shown = [f"{n} {w}" for n, w in zip(counts, words, strict=True) if n]
        if not shown:
            return f"{_count(0, one, many)} {words[0]}"
        first, *rest = shown
        number, word = first.split(" ", 1)
        return ", ".join([f"{_count(int(number), one, many)} {word}", *rest])

    nodes = (result.nodes_added, result.nodes_updated, result.nodes_unchanged)
    edges = (result.edges_added, result.edges_updated, result.edges_unchanged)
    node_words = (("organisatie of andere knoop", "organisaties en andere knopen") if nl
                  else ("organisation or other node", "organisations and other nodes"))
    edge_words = ("relatie", "relaties") if nl else ("relationship", "relationships")
    if not result.changed:
        total_nodes, total_edges = sum(nodes), sum(edges)
        line = (f"niets veranderd: de {_count(total_nodes, *node_words)} en "
                f"{_count(total_edges, *edge_words)} stonden er al zo in" if nl else
                f"nothing changed: the {_count(total_nodes, *node_words)} and "
                f"{_count(total_edges, *edge_words)} were already there")
    else:
        parts = [part(counts, *words_) for counts, words_ in ((nodes, node_words),
                                                              (edges, edge_words))
                 if counts[0] or counts[1]]
        if result.nodes_ended or result.edges_ended:
            parts.append(("niet meer in hun bron (met einddatum): " if nl
                          else "no longer in their source (end-dated): ")
                         + join_list([_count(n, *w) for n, w in
                                      ((result.nodes_ended, node_words),
                                       (result.edges_ended, edge_words)) if n], lang))
        line = "; ".join(parts)
    lines = [line]
    merged = getattr(result, "merged", []) or []
    if merged:
        lines.append((f"{_count(len(merged), 'naamvariant', 'naamvarianten')} samengevoegd "
                      "met een bekende organisatie:") if nl else
                     f"{_count(len(merged), 'name variant', 'name variants')} merged into "
                     "known organisations:")
        from .merges import review_reason

        for m in merged[:10]:
            lines.append(f"  {m['name']} → {m.get('target_name') or m['target']} "
                         f"({review_reason(m['reason'], lang)})")
        if len(merged) > 10:
            lines.append(f"  … {'en nog' if nl else 'and'} {len(merged) - 10} "
                         f"{'meer' if nl else 'more'} (stakeholder-graph show ORG)")
    dropped = getattr(result, "dropped_columns", None) or {}
    if isinstance(dropped, Mapping):
        records = [{"file": str(f), "column": str(c)} for f, cols in dropped.items()
                   for c in cols]
    else:  # the loader's records: {"file", "column", "personal"}, or plain names
        records = [d if isinstance(d, Mapping) else {"column": str(d)} for d in dropped]
    for record in records:
        column, personal = record.get("column", ""), bool(record.get("personal"))
        # Without a mapping the headers say what is read: a column none of them names is
        # one the tool does not know, not one a mapping left out.
        guessed, not_kind = bool(record.get("guessed")), bool(record.get("not_kind"))
        address = bool(record.get("address"))  # read only when no column gives the place
        if nl:
            why = ("persoonsgegevens: bewust niet geladen" if personal
                   else "geen soort organisatie, zie 'Let op'" if not_kind
                   else "een adres: de plaats komt uit een eigen kolom" if address
                   else "kolomnaam niet herkend" if guessed else "niet in de mapping")
            lines.append(f"Niet geladen: kolom '{column}' ({why})")
        else:
            why = ("personal data: left out on purpose" if personal
                   else "no kind of organisation, see the warning" if not_kind
                   else "an address: the place is read from a column of its own" if address
                   else "header not recognised" if guessed else "not in the mapping")
            lines.append(f"Not loaded: column '{column}' ({why})")
    for warning in getattr(result, "warnings", []) or []:
        lines.append(f"{'Let op' if nl else 'Warning'}: {_warning_text(warning)}")
    return lines


def text_table(rows: list[tuple[Any, ...]], headers: tuple[str, ...]) -> str:
    """Rows as a plain aligned text table, numbers right-aligned.

    Examples
    --------
    >>> print(text_table([("bedrijven", 12)], ("soort", "aantal")))
    soort      aantal
    ---------  ------
    bedrijven      12
    """
    cells = [tuple(str(c) for c in headers)] + [tuple(str(c) for c in r) for r in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    numeric = [all(r[i].replace(",", "").isdigit() for r in cells[1:]) for i in range(len(headers))]

    def fmt(row: tuple[str, ...]) -> str:
        return "  ".join(c.rjust(w) if num else c.ljust(w)
                         for c, w, num in zip(row, widths, numeric, strict=True)).rstrip()

    return "\n".join([fmt(cells[0]), "  ".join("-" * w for w in widths)]
                     + [fmt(r) for r in cells[1:]])


def describe_stats(counts: Mapping[str, Any], lang: str = "nl") -> str:
    """A store's counts (:func:`stakeholder_graph.api.stats`) as two tables in words.

    Examples
    --------
    >>> counts = {"nodes": {"Company": 2, "School": 0}, "relationships": {"MEMBER_OF": 1},
    ...           "total_nodes": 2, "total_relationships": 1}
    >>> print(describe_stats(counts))
    soort      aantal
    ---------  ------
    bedrijven       2
    totaal          2
    <BLANKLINE>
    relatie  aantal
    -------  ------
    lid van       1
    totaal        1
    """
    nl = _check_lang(lang) == "nl"
    total = "totaal" if nl else "total"
    kinds = [(kind_label(k, lang), n) for k, n in counts["nodes"].items() if n]
    types = [(rel_label(t, lang), n) for t, n in counts["relationships"].items() if n]
    return (text_table(kinds + [(total, counts["total_nodes"])],
                       ("soort", "aantal") if nl else ("kind", "count")) + "\n\n"
            + text_table(types + [(total, counts["total_relationships"])],
                         ("relatie", "aantal") if nl else ("relationship", "count")))


def neutralise(value: Any) -> Any:
    """Prefix a text cell that a spreadsheet would run as a formula with an apostrophe.

    Examples
    --------
    >>> neutralise("=HYPERLINK(\\"http://x\\")")
    '\\'=HYPERLINK("http://x")'
    >>> neutralise("Techport"), neutralise(-3)
    ('Techport', -3)
    """
    if isinstance(value, str) and value.startswith(_RISKY):
        return "'" + value
    return value
