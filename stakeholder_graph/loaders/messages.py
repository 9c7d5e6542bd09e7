"""The loader's problems and warnings in Dutch and English: a catalogue keyed by code.

Every problem a load reports (file, row, column, value, problem, suggestion) carries a
stable ``code`` (``unknown_kind``, ``unknown_municipality``, ``no_property``, …) and its
text in Dutch by default; the English text stays in ``problem_en`` and ``suggestion_en``, so
:func:`localise` gives either language. The catalogue reads the English message the code
raised (one place writes each message), so a message made anywhere in the loading code is
found by its form; one the catalogue does not know keeps its English text, with code
``other``.

Examples
--------
>>> translate("unknown kind 'Bedrjf'; expected one of Company, School")
"onbekende soort 'Bedrjf'; verwacht een van bedrijf of onderwijsinstelling"
>>> code_of("unknown municipality 'Amsterdm'")
'unknown_municipality'
>>> translate_warning("orgs.csv: 1 municipality outside Noord-Holland: Gorinchem (Zuid-Holland)")
'orgs.csv: 1 gemeente(n) buiten Noord-Holland: Gorinchem (Zuid-Holland)'
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

__all__ = ["LANGS", "code_of", "translate", "translate_suggestion", "translate_warning",
           "localise", "check_lang"]

LANGS = ("nl", "en")

_Render = Callable[[dict[str, str]], str]


def _kind(name: str) -> str:
    """A model kind in Dutch ("School" → "onderwijsinstelling"); other words as they are."""
    from ..graph.model import KINDS

    kind = KINDS.get(name)
    return kind.dutch if kind is not None else name


def _or(text: str) -> str:
    return text.replace(" or ", " of ")


def _kinds(text: str) -> str:
    """A list of model kinds in Dutch ("Company, School or Campus" → "bedrijf, …")."""
    parts = re.split(r", | or ", text)
    words = [_kind(p) for p in parts]
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " of " + words[-1]


def _end(word: str) -> str:
    return {"source": "van", "target": "naar", "type": "soort relatie"}.get(word, word)


def _where(text: str) -> str:
    return text.replace("the store", "de database").replace("row ", "rij ")


DEPARTMENT_HINT = ("(a department or location is no field: the row is the organisation its "
                   "name says; a column of departments can be read as note:)")
"""What a mapping's ``columns: department:`` is told (SuperOffice's "Afdeling"), not "did
you mean 'parent'?"; said in Dutch by :func:`_rest`."""


def _rest(text: str) -> str:
    """A trailing "(did you mean 'X'?)" in Dutch, or the hint for a department."""
    text = text.replace(DEPARTMENT_HINT, "(een afdeling of vestiging is geen veld: de rij is de "
                        "organisatie uit de naam; een kolom met afdelingen kan als note: "
                        "gelezen worden)")
    return re.sub(r"\(did you mean (.*)\?\)", lambda m: f"(bedoelde u {_or(m.group(1))}?)",
                  text)


def _as_named(g: Mapping[str, Any]) -> str:
    """", 23 als de gemeente die de naam noemt" when a note says so."""
    return f", {g['m']} als de gemeente die de naam noemt" if g.get("m") else ""


def _former_line(line: str) -> str:
    """A line of former names with its placeholders in Dutch."""
    return line.replace("<date of the merger>", "<datum van de samenvoeging>").replace(
        "<source>", "<bron>")


# (code, the English form, the Dutch text). Most specific first.
_PROBLEMS: list[tuple[str, str, _Render]] = [
    ("unknown_kind", r"unknown kind (?P<v>.+?): column '(?P<c>.+?)' does not look like a kind "
     r"of organisation \((?P<n>\d+) of its (?P<m>\d+) filled cells are no kind\)",
     lambda g: f"onbekende soort {g['v']}: kolom '{g['c']}' lijkt geen soort organisatie te "
               f"bevatten ({g['n']} van de {g['m']} gevulde cellen zijn geen soort)"),
    ("unknown_kind", r"no kind in the labels (?P<v>.+?): none of (?P<labels>.+) names a kind of "
     r"organisation; map one of them under values: kind:",
     lambda g: f"geen soort in de labels {g['v']}: geen van {g['labels']} "
               "noemt een soort organisatie; vertaal er een onder values: kind:"),
    ("unknown_kind", r"labels of several kinds in one cell (?P<v>.+?): (?P<kinds>\w+(?:, \w+)*"
     r" and \w+); say which under values: kind: \(for example (?P<ex>.+)\)",
     lambda g: f"labels van meerdere soorten in één cel {g['v']}: "
               + re.sub(r"\w+", lambda k: _kind(k.group(0)), g["kinds"].replace(" and ", " en "))
               + f"; zeg welke onder values: kind: (bijvoorbeeld {g['ex']})"),
    ("unknown_kind", r"unknown kind (?P<v>.+?)(?P<rest> \(did you mean .*\?\))?(?:; expected one "
     r"of (?P<choices>.+?)(?P<map> \(or map it under values: kind:(?:, with nothing after it "
     r"when it names no kind: (?P<empty>.+):)?\))?)?",
     lambda g: f"onbekende soort {g['v']}{_rest(g['rest'] or '')}"
               + (f"; verwacht een van {_kinds(g['choices'])}" if g["choices"] else "")
               + ((" (of vertaal het woord onder values: kind:"
                   + (f", zonder iets erachter als het geen soort noemt: {g['empty']}:"
                      if g["empty"] else "") + ")") if g["map"] else "")),
    ("unknown_type", r"unknown relationship type (?P<v>.+?)(?P<rest> \(did you mean .*\?\))?"
     r"(?:; expected one of (?P<choices>.+?)(?P<map> \(or map it under values: type:\))?)?",
     lambda g: f"onbekende soort relatie {g['v']}{_rest(g['rest'] or '')}"
               + (f"; verwacht een van {g['choices']}" if g["choices"] else "")
               + (" (of vertaal het woord onder values: type:)" if g["map"] else "")),
    ("unknown_municipality", r"unknown municipality (?P<v>.+?)(?P<rest> \(did you mean .*\))?"
     r"(?P<map>; correct the cell, or write the place it means under values: municipality: "
     r"in the mapping)?",
     lambda g: f"onbekende gemeente {g['v']}{_rest(g['rest'] or '')}"
               + ("; verbeter de cel, of schrijf de bedoelde plaats onder values: "
                  "municipality: in de mapping" if g["map"] else "")),
    ("split_municipality", r"ambiguous municipality (?P<v>.+) \(until (?P<until>[\d-]+)\): its "
     r"area was in (?P<options>.+) on (?P<day>[\d-]+); write the municipality of that day",
     lambda g: f"gemeente {g['v']} bestaat sinds {g['until']} niet meer en is opgedeeld: het "
               f"gebied lag op {g['day']} in {_or(g['options'])}; schrijf de gemeente van "
               "die dag"),
    ("ambiguous_place", r"ambiguous place (?P<v>.+?): on (?P<day>[\d-]+) it lay in "
     r"(?P<options>.+) \(now in (?P<now>.+), after the change of (?P<dates>.+)\); the place "
     r"table is today's and cannot tell which: write the municipality of that day",
     lambda g: f"plaats {g['v']} is dubbelzinnig: op {g['day']} lag die in "
               f"{_or(g['options'])} (nu in {g['now'].replace(' and ', ' en ')}, na de "
               f"herindeling van {g['dates'].replace(' and ', ' en ')}); de plaatsentabel is "
               "van vandaag en zegt niet welke: schrijf de gemeente van die dag"),
    ("ambiguous_place", r"ambiguous place (?P<v>.+?): there is one in (?P<options>.+); write "
     r"the municipality, or give the dataset's province",
     lambda g: f"plaats {g['v']} is dubbelzinnig: er is er een in {_or(g['options'])}; "
               "schrijf de gemeente, of geef de provincie van de dataset"),
    ("ambiguous_municipality", r"ambiguous municipality (?P<v>.+?): (?P<options>.+); write the "
     r"name with its province suffix, or give the dataset's province",
     lambda g: f"gemeente {g['v']} is dubbelzinnig: {_or(g['options'])}; schrijf de naam met "
               "het achtervoegsel van de provincie, of geef de provincie van de dataset"),
    ("no_kind", r"no kind: map a 'kind' column or give defaults: kind:(?:; '(?P<said>.+)' says "
     r"the kind in some rows: a mapping that names columns reads only those \(map it under "
     r"columns: kind:, or leave columns: out to have the headers read\))?",
     lambda g: "geen soort: koppel een kolom aan 'kind' of geef defaults: kind:" + (
         f"; '{g['said']}' noemt de soort in een deel van de rijen: een mapping die kolommen "
         "noemt, leest alleen die (koppel hem onder columns: kind:, of laat columns: weg om "
         "de kolomkoppen te laten lezen)" if g["said"] else "")),
    ("kind_mapped_to_nothing", r"'(?P<value>.+)' in column '(?P<column>.+)' names no kind "
     r"according to values: kind:; give defaults: kind: for its rows, or write the kind it "
     r"means after it under values: kind:",
     lambda g: f"'{g['value']}' in kolom '{g['column']}' noemt volgens values: kind: geen "
               "soort; geef defaults: kind: voor die rijen, of schrijf achter het woord "
               "onder values: kind: de soort die het is"),
    ("no_kind_in_row", r"no kind in this row: fill in its '(?P<column>.+)' cell, or give "
     r"defaults: kind: for the rows without one",
     lambda g: f"geen soort in deze rij: vul de cel in kolom '{g['column']}' in, of geef "
               "defaults: kind: voor de rijen zonder soort"),
    ("no_name", r"no name and no id: every row needs a name(?:; '(?P<other>.+)' is filled in "
     r"this row: to read it where '(?P<column>.+)' is empty, name both under columns: name: "
     r"(?P<both>\[.+\]))?",
     lambda g: "geen naam en geen id: elke rij heeft een naam nodig" + (
         f"; kolom '{g['other']}' is in deze rij wel gevuld: noem beide onder columns: name: "
         f"{g['both']} om die te lezen waar '{g['column']}' leeg is" if g["other"] else "")),
    ("no_endpoint", r"no (?P<end>source|target|type): every relationship needs a source, "
     r"target and type",
     lambda g: f"geen {_end(g['end'])}: elke relatie heeft een van, naar en soort relatie "
               "nodig"),
    ("no_organisation_in_column", r"none of the (?P<n>\d+) rows names an organisation in "
     r"column '(?P<column>.+)': map the organisation's column under columns: name: \(the "
     r"sheet's columns are: (?P<cols>.*)\)",
     lambda g: f"geen van de {g['n']} rijen noemt een organisatie in kolom '{g['column']}': "
               "koppel de kolom met de organisatie onder columns: name: (de kolommen van het "
               f"blad zijn: {g['cols']})"),
    ("no_name_column", r"no column for the organisation's name: map one under columns: name: "
     r"\(the sheet's columns are: (?P<cols>.*?)\)(?:; '(?P<named>.+)' looks like it: a mapping "
     r"that names columns reads only those \(leave columns: out to have the headers read\))?"
     r"(?:; (?P<why>column '.+' not read as the name: .+))?",
     lambda g: "geen kolom voor de naam van de organisatie: koppel er een onder columns: "
               f"name: (de kolommen van het blad zijn: {g['cols']})" + (
                   f"; '{g['named']}' lijkt het: een mapping die kolommen noemt, leest alleen "
                   "die (laat columns: weg om de kolomkoppen te laten lezen)"
                   if g["named"] else "") + (
                   f"; {translate_warning(g['why'])}" if g["why"] else "")),
    ("missing_column", r"(?P<what>.+) names column '(?P<c>.+?)', which the sheet lacks"
     r"(?P<rest>(?: \(did you mean .*\?\))?); its columns are: (?P<cols>.*)",
     lambda g: f"{g['what'].replace('the mapping', 'de mapping')} noemt kolom '{g['c']}', "
               f"maar die staat niet in het blad{_rest(g['rest'])}; de kolommen zijn: "
               f"{g['cols']}"),
    ("invalid_id", r"invalid id (?P<v>.+?): unknown namespace '(?P<ns>[^']*)'(?P<rest>.*?); "
     r"use one of (?P<choices>.+)",
     lambda g: f"ongeldig id {g['v']}: onbekende naamruimte '{g['ns']}'{_rest(g['rest'])}; "
               f"gebruik een van {g['choices']}"),
    ("invalid_id", r"invalid id (?P<v>.+?): (?P<ns>\w+) ids are (?P<what>.+)",
     lambda g: f"ongeldig id {g['v']}: {g['ns']}-ids zijn "
               + _or(g["what"]).replace("e.g.", "bijv.").replace("digits", "cijfers")
               .replace("characters", "tekens")),
    ("invalid_id", r"invalid id (?P<v>.+?): expected namespace:key, e\.g\. (?P<ex>.+)",
     lambda g: f"ongeldig id {g['v']}: verwacht naamruimte:sleutel, bijv. {_or(g['ex'])}"),
    ("id_kind", r"id (?P<v>.+?) cannot name a (?P<kind>\w+): use (?P<allowed>.+)",
     lambda g: f"id {g['v']} kan geen {_kind(g['kind'])} aanduiden: gebruik "
               f"{_or(g['allowed'])}"),
    ("date_number", r"date stored as the number (?P<n>.+?): format the cell as a date \(or "
     r"write it as YYYY-MM-DD\)",
     lambda g: f"datum opgeslagen als het getal {g['n']}: maak van de cel een datum (of "
               "schrijf JJJJ-MM-DD)"),
    ("bad_date", r"unparseable date (?P<v>.+?): expected YYYY-MM-DD, DD-MM-YYYY, YYYY-MM or "
     r"YYYY",
     lambda g: f"onleesbare datum {g['v']}: verwacht JJJJ-MM-DD, DD-MM-JJJJ, JJJJ-MM of JJJJ"),
    ("bad_date", r"date: (?P<v>.+?) is not a date; write it as YYYY-MM-DD \(the date of the "
     r"data\)",
     lambda g: f"date: {g['v']} is geen datum; schrijf JJJJ-MM-DD (de datum van de gegevens)"),
    ("not_a_choice", r"(?P<p>\w+): (?P<v>.+?) is not one of (?P<choices>.+?)(?P<rest> \(did "
     r"you mean .*\?\))?",
     lambda g: f"{g['p']}: {g['v']} is niet een van {g['choices']}{_rest(g['rest'] or '')}"),
    ("not_a_number", r"(?P<p>\w+): expected a number, got (?P<v>.+)",
     lambda g: f"{g['p']}: verwacht een getal, niet {g['v']}"),
    ("not_a_number", r"(?P<p>\w+): (?P<v>.+) is not a finite number",
     lambda g: f"{g['p']}: {g['v']} is geen eindig getal"),
    ("not_a_number", r"(?P<p>\w+): (?P<v>.+) is too large for a number",
     lambda g: f"{g['p']}: {g['v']} is te groot voor een getal"),
    ("not_whole", r"(?P<p>\w+): expected a whole number, got (?P<v>.+)",
     lambda g: f"{g['p']}: verwacht een geheel getal, niet {g['v']}"),
    ("negative_count", r"(?P<p>\w+): a count cannot be negative, got (?P<v>.+)",
     lambda g: f"{g['p']}: een aantal kan niet negatief zijn, niet {g['v']}"),
    ("out_of_range", r"(?P<p>\w+): (?P<v>.+) is too (?P<dir>large|small) for a whole number "
     r"\((?P<lim>at most|at least) (?P<n>.+)\)",
     lambda g: f"{g['p']}: {g['v']} is te {'groot' if g['dir'] == 'large' else 'klein'} voor "
               f"een geheel getal ({'hoogstens' if g['lim'] == 'at most' else 'minstens'} "
               f"{g['n']})"),
    ("rel_no_property", r"a (?P<t>\w+) relationship has no property '(?P<p>[^']*)'(?P<rest>.*)",
     lambda g: f"een {g['t']}-relatie heeft geen eigenschap '{g['p']}'{_rest(g['rest'])}"),
    ("rel_needs_property", r"a (?P<t>\w+) relationship needs '(?P<p>[^']*)'",
     lambda g: f"een {g['t']}-relatie heeft '{g['p']}' nodig"),
    ("self_tie", r"a (?P<t>\w+) relationship from (?P<v>'[^']*') to itself",
     lambda g: f"een {g['t']}-relatie van {g['v']} naar zichzelf"),
    ("no_property", r"a (?P<kind>\w+) has no property '(?P<p>[^']*)'(?P<rest>.*)",
     lambda g: f"een {_kind(g['kind'])} heeft geen eigenschap '{g['p']}'{_rest(g['rest'])}"),
    ("needs_property", r"a (?P<kind>\w+) needs '(?P<p>[^']*)'",
     lambda g: f"een {_kind(g['kind'])} heeft '{g['p']}' nodig"),
    ("conflicting_kind", r"conflicting data for (?P<id>'[^']*'): a (?P<a>\w+) here but a "
     r"(?P<b>\w+) in (?P<where>.+)",
     lambda g: f"tegenstrijdige gegevens voor {g['id']}: hier een {_kind(g['a'])}, maar een "
               f"{_kind(g['b'])} in {_where(g['where'])}"),
    ("conflicting_data", r"conflicting data for (?P<what>.+?): (?P<name>\w+) is (?P<a>.+) here "
     r"but (?P<b>.+) in (?P<where>.+)",
     lambda g: f"tegenstrijdige gegevens voor {g['what']}: {g['name']} is hier {g['a']}, maar "
               f"{g['b']} in {_where(g['where'])}"),
    ("alias_clash", r"alias (?P<a>.+?) of (?P<id>'[^']*') is the name of (?P<other>'[^']*'): "
     r"one name cannot point at two organisations",
     lambda g: f"alias {g['a']} van {g['id']} is de naam van {g['other']}: één naam kan niet "
               "naar twee organisaties wijzen"),
    ("unknown_id", r"relationship to unknown id (?P<v>'[^']*'): no node with that id in this "
     r"load or the store(?P<rest>.*)",
     lambda g: f"relatie naar onbekend id {g['v']}: geen knoop met dat id in deze lading of "
               f"de database{_rest(g['rest'])}"),
    ("unknown_organisation", r"relationship to unknown organisation (?P<v>.+?): no node with "
     r"that name in this load or the store(?P<rest>.*)",
     lambda g: f"relatie naar onbekende organisatie {g['v']}: geen knoop met die naam in deze "
               f"lading of de database{_rest(g['rest'])}"),
    ("ambiguous_name", r"ambiguous name (?P<v>.+?): it names (?P<ids>.+); write the id instead",
     lambda g: f"dubbelzinnige naam {g['v']}: die hoort bij {g['ids']}; schrijf het id"),
    ("unknown_field", r"unknown mapping key (?P<v>'[^']*'); the keys are (?P<keys>.*)",
     lambda g: f"onbekende sleutel {g['v']} in de mapping; een mapping kent de sleutels "
               f"{g['keys']}"),
    ("unknown_field", r"unknown mapping key (?P<v>'[^']*')(?P<rest>.*)",
     lambda g: f"onbekende sleutel {g['v']} in de mapping{_rest(g['rest'])}"),
    ("unknown_field", r"columns: (?P<f>'[^']*') is not a field of (?P<t>\w+)(?P<rest>.*?); the "
     r"left side names the model's field, the right side your header",
     lambda g: f"columns: {g['f']} is geen veld van {g['t']}{_rest(g['rest'])}; links staat "
               "het veld van het model, rechts uw kolomkop"),
    ("encoding", r"undecodable byte (?P<b>0x[0-9A-F]{2}): expected UTF-8 or Windows-1252 text",
     lambda g: f"onleesbare byte {g['b']}: verwacht tekst in UTF-8 of Windows-1252"),
    ("encoding", r"the file holds NUL bytes: it is binary or UTF-16, not CSV text \(save it as "
     r"CSV UTF-8\)",
     lambda g: "het bestand bevat NUL-bytes: het is binair of UTF-16, geen CSV-tekst (sla het "
               "op als CSV UTF-8)"),
    ("bad_header", r"no header row: the first row is empty",
     lambda g: "geen kopregel: de eerste rij is leeg"),
    ("bad_header", r"column (?P<i>\d+) has no header",
     lambda g: f"kolom {g['i']} heeft geen kop"),
    ("bad_header", r"duplicated header (?P<h>'[^']*') \(columns (?P<a>\d+) and (?P<b>\d+)\)",
     lambda g: f"dubbele kolomkop {g['h']} (kolommen {g['a']} en {g['b']})"),
    ("ragged_row", r"row has (?P<n>\d+) cells but the header has (?P<w>\d+) columns \(extra "
     r"value (?P<v>.+)\); check the delimiter or quoting",
     lambda g: f"de rij heeft {g['n']} cellen maar de kopregel {g['w']} kolommen (extra "
               f"waarde {g['v']}); controleer het scheidingsteken of de aanhalingstekens"),
    ("empty_file", r"the (?:file|sheet) is empty",
     lambda g: "het bestand is leeg"),
    ("no_rows", r"the (?:file|sheet) has a header but no data rows.*",
     lambda g: "het bestand heeft een kopregel maar geen rijen met gegevens (is rij 1 al "
               "gegevens, zet er dan een kopregel boven)"),
    ("no_file", r"no such (?:file|mapping file)",
     lambda g: "bestand niet gevonden"),
    ("file_type", r"unsupported file type (?P<s>'[^']*'): expected \.csv, \.tsv, \.txt or "
     r"\.xlsx",
     lambda g: f"bestandstype {g['s']} wordt niet ondersteund: verwacht .csv, .tsv, .txt of "
               ".xlsx"),
    ("file_type", r"old \.xls workbooks are not supported: save as \.xlsx or CSV",
     lambda g: "oude .xls-werkmappen worden niet ondersteund: sla op als .xlsx of CSV"),
    ("file_type", r"not a readable XLSX workbook \((?P<e>.+)\)",
     lambda g: f"geen leesbare XLSX-werkmap ({g['e']})"),
    ("file_type", r"is a folder, not a file \(a dataset folder needs a dataset\.yaml\)",
     lambda g: "is een map, geen bestand (een datasetmap heeft een dataset.yaml nodig)"),
    ("file_type", r"no dataset\.yaml in this folder: a dataset folder lists its files there",
     lambda g: "geen dataset.yaml in deze map: een datasetmap noemt daar zijn bestanden"),
    ("bad_csv", r"malformed CSV: (?P<e>.+)", lambda g: f"onjuiste CSV: {g['e']}"),
    ("cell_too_large", r"cell of (?P<n>[\d,]+) characters is too large \(at most (?P<m>[\d,]+); "
     r"set (?P<var>\w+) to allow more\)",
     lambda g: f"cel van {g['n']} tekens is te groot (hoogstens {g['m']}; zet {g['var']} "
               "hoger om meer toe te staan)"),
    ("wrong_endpoints", r"(?P<t>\w+) goes from (?P<src>.+?) to (?P<dst>.+?), not from "
     r"(?P<a>\w+) to (?P<b>\w+)",
     lambda g: f"een {g['t']}-relatie gaat van {_kinds(g['src'])} naar {_kinds(g['dst'])}, "
               f"niet van {_kind(g['a'])} naar {_kind(g['b'])}"),
    ("too_many_rows", r"the sheet has (?P<n>[\d,]+) rows; at most (?P<m>[\d,]+) can be "
     r"imported here(?P<rest> \(split it, or use stakeholder-graph load\))?",
     lambda g: f"het blad heeft {g['n']} rijen; hier kunnen er hoogstens {g['m']} tegelijk "
               "worden geïmporteerd" + (" (splits het blad, of laad het met "
                                        "stakeholder-graph load)" if g["rest"] else "")),
    ("limit", r"(?P<what>.*more than (?:the limit of )?[\d,]+.*)",
     lambda g: _limit(g["what"])),
    ("merged_cells", r"merged cells \((?P<r>[^)]+)\) hide values from every row but the "
     r"first; unmerge them and fill each row",
     lambda g: f"samengevoegde cellen ({g['r']}) verbergen waarden voor elke rij behalve de "
               "eerste; maak ze los en vul elke rij"),
    ("sheets", r"the workbook has several sheets \((?P<s>.+)\): name the one to load with "
     r"sheet: in the mapping",
     lambda g: f"de werkmap heeft meerdere bladen ({g['s']}): noem het blad dat geladen moet "
               "worden met sheet: in de mapping"),
    ("sheets", r"no sheet named (?P<s>'[^']*')(?P<rest>.*?); sheets: (?P<all>.+)",
     lambda g: f"geen blad met de naam {g['s']}{_rest(g['rest'])}; bladen: {g['all']}"),
    ("sheets", r"(?P<s>'.+') is a chart sheet, not a sheet of data",
     lambda g: f"{g['s']} is een grafiekblad, geen blad met gegevens"),
    ("sheets", r"a CSV file has no sheets \(mapping asks for sheet (?P<s>'[^']*')\)",
     lambda g: f"een CSV-bestand heeft geen bladen (de mapping vraagt om blad {g['s']})"),
    ("formula", r"formula (?P<f>.+) has no computed value: open and save the file in Excel, "
     r"or paste the values",
     lambda g: f"formule {g['f']} heeft geen berekende waarde: open en bewaar het bestand in "
               "Excel, of plak de waarden"),
    ("bad_yaml", r"duplicate key (?P<k>.+?) \(also on line (?P<l>\d+)\): only one of them "
     r"would count",
     lambda g: f"dubbele sleutel {g['k']} (ook op regel {g['l']}): maar één ervan zou tellen"),
    ("bad_yaml", r"invalid YAML(?: at line (?P<line>\d+))?: (?P<e>.+?)(?P<hint> \(a key or "
     r"value that begins with '\*', '&', '!' or holds ': ' needs quotes: \"\* myContacts\"\))?",
     lambda g: "ongeldige YAML" + (f" op regel {g['line']}" if g["line"] else "")
     + f": {g['e']}" + (" (een sleutel of waarde die begint met '*', '&', '!' of ': ' "
                        "bevat, hoort tussen aanhalingstekens: \"* myContacts\")"
                        if g["hint"] else "")),
    ("unknown_field", r"unknown key (?P<k>'[^']*'); the keys are (?P<keys>.*)",
     lambda g: f"onbekende sleutel {g['k']}; de sleutels zijn {g['keys']}"),
    ("unknown_field", r"unknown key (?P<k>'[^']*')(?P<rest>.*)",
     lambda g: f"onbekende sleutel {g['k']}{_rest(g['rest'])}"),
    ("history", r"cannot load as of (?P<at>\S+): the store already has a load of (?P<last>\S+), "
     r"and history only moves forward",
     lambda g: f"kan niet laden per {g['at']}: de database heeft al een lading van "
               f"{g['last']}, en de geschiedenis gaat alleen vooruit"),
    # A review file's decisions (stakeholder-graph resolve --apply).
    ("review_decision", r"decision (?P<d>'.*'): write accept or reject",
     lambda g: f"besluit {g['d']}: schrijf ja of nee (of accept of reject)"),
    ("review_two_keys", r"'(?P<v>[^']+)' is accepted as (?P<a>\S+) in row (?P<r>\d+) and as "
     r"(?P<b>\S+) here: two register keys are two organisations; accept one",
     lambda g: f"'{g['v']}' krijgt in rij {g['r']} ja bij {g['a']} en hier ja bij {g['b']}: "
               "twee registernummers (KvK, BRIN) zijn twee organisaties; zet bij één van de "
               "twee ja"),
    ("review_two_keys", r"accepting (?P<v>\S+) as (?P<t>\S+) here would, with the accepts "
     r"above, make (?P<a>\S+) and (?P<b>\S+) one: two register keys are two organisations; "
     r"accept one",
     lambda g: f"ja bij {g['v']} en {g['t']} maakt hier, met de ja's erboven, {g['a']} en "
               f"{g['b']} tot één organisatie: twee registernummers (KvK, BRIN) zijn twee "
               "organisaties; zet bij één van de twee ja"),
    ("merge_unknown", r"no organisation '(?P<ref>[^']+)' in the store",
     lambda g: f"geen organisatie '{g['ref']}' in de database (al samengevoegd of ongedaan "
               "gemaakt?)"),
    ("merge_kinds_differ", r"'(?P<a>[^']+)' is a (?P<ka>\w+) and '(?P<b>[^']+)' a (?P<kb>\w+): "
     r"only (?P<ks>.+) merge",
     lambda g: f"'{g['a']}' is een {_kind(g['ka'])} en '{g['b']}' een {_kind(g['kb'])}: "
               f"alleen een {_kinds(g['ks'].replace(' and ', ' or '))} kan worden "
               "samengevoegd; zet nee als het twee organisaties zijn"),
    ("merge_kind", r"'(?P<a>[^']+)' is a (?P<k>\w+): only (?P<ks>.+) merge",
     lambda g: f"'{g['a']}' is een {_kind(g['k'])}: alleen een "
               f"{_kinds(g['ks'].replace(' and ', ' or '))} kan worden samengevoegd"),
    ("merge_ties_kind", r"'(?P<a>[^']+)' \(a (?P<ka>\w+)\) cannot become part of '(?P<b>[^']+)' "
     r"\(a (?P<kb>\w+)\): its relationship (?P<t>\w+) with '(?P<o>[^']+)' cannot be a \w+'s; "
     r"keep them apart, or correct the kind in the source",
     lambda g: f"'{g['a']}' ({_kind(g['ka'])}) kan geen deel worden van '{g['b']}' "
               f"({_kind(g['kb'])}): zijn relatie {g['t']} met '{g['o']}' kan een "
               f"{_kind(g['kb'])} niet hebben; zet nee, of verbeter de soort in de bron"),
]


_LIMIT_WORDS = [
    ("the file has", "het bestand heeft"), ("the header has", "de kopregel heeft"),
    ("the sheet has", "het blad heeft"), ("the sheet reaches cell", "het blad reikt tot cel"),
    ("the row reaches column", "de rij reikt tot kolom"),
    ("more than the limit of", "meer dan de grens van"), ("more than", "meer dan"),
    (", the limit", ", de grens"), ("set ", "zet "), (" to allow more", " hoger om meer toe "
                                                       "te staan"),
    (" columns", " kolommen"), (" rows", " rijen"), (" cells", " cellen"),
    (" values", " waarden"), ("aliases counted each time they are used",
                              "aliassen elke keer geteld dat ze gebruikt worden"),
]


def _limit(text: str) -> str:
    """A reading limit's message ("the file has 12 bytes, more than the limit of …")."""
    for english, dutch in _LIMIT_WORDS:
        text = text.replace(english, dutch)
    return text
_COMPILED = [(code, re.compile(form, re.DOTALL), render) for code, form, render in _PROBLEMS]

_WARNINGS: list[tuple[str, _Render]] = [
    (r"old municipality names loaded as the municipality of (?P<day>[\d-]+): (?P<items>.+)",
     lambda g: f"oude gemeentenamen geladen als de gemeente van {g['day']}: "
               + re.sub(r" on (\d{4}-\d\d-\d\d)", r" op \1", g["items"])
               .replace(" merged into ", " opgegaan in ")
               .replace(" split, in part to ", " opgedeeld, deels naar ")
               .replace(" renamed ", " hernoemd tot ").replace(" became ", " werd ")),
    (r"municipalities that existed on (?P<day>[\d-]+), the date of the data, loaded as they "
     r"were: (?P<items>.+)",
     lambda g: f"gemeenten die op {g['day']} (de datum van de gegevens) bestonden, geladen "
               "zoals ze toen waren: "
               + _or(re.sub(r"\(until ([\d-]+), now ", r"(tot \1, nu ", g["items"]))),
    (r"earlier names of organisations loaded under their name of (?P<day>[\d-]+): "
     r"(?P<items>.+) \(the earlier name is kept as an alias; sources in "
     r"data/names/former_names.csv\)",
     lambda g: f"eerdere namen van organisaties geladen onder hun naam van {g['day']}: "
               + g["items"].replace("(since ", "(sinds ") + " (de eerdere naam blijft "
               "bewaard als alias; bronnen in data/names/former_names.csv)"),
    (r"(?P<n>\d+) place\(s\) the municipality table does not know, loaded without a "
     r"municipality: (?P<items>.+); to place them, write their municipality in the file or "
     r"under values: municipality: in a mapping",
     lambda g: f"{g['n']} plaats(en) die de gemeentetabel niet kent, geladen zonder gemeente: "
               + re.sub(r"\brow ", "rij ", g["items"].replace("rows ", "rijen "))
               .replace(" or ", " of ").replace("did you mean ", "bedoelde u ")
               .replace("a region of several municipalities", "een regio van meerdere "
                        "gemeenten")
               + "; schrijf hun gemeente in het bestand of onder values: municipality: in "
               "een mapping om ze te plaatsen"),
    (r"(?P<n>\d+) municipalit(?:y|ies) outside (?P<p>.+?): (?P<items>.+)",
     lambda g: f"{g['n']} gemeente(n) buiten {g['p']}: {g['items']}"),
    (r"(?P<n>\d+) footer row\(s\) below the data left out \(rows (?P<a>\d+)-(?P<b>\d+): "
     r"(?P<first>.*)\)",
     lambda g: f"{g['n']} voetregel(s) onder de gegevens weggelaten (rijen {g['a']}-{g['b']}: "
               f"{g['first']})"),
    (r"the workbook has several sheets \((?P<all>.+)\); '(?P<one>.+)' loaded, the only one "
     r"with a table \(the others hold text in one column; name another with sheet: in a "
     r"mapping\)",
     lambda g: f"de werkmap heeft meerdere bladen ({g['all']}); '{g['one']}' geladen, het "
               "enige met een tabel (de andere bevatten tekst in één kolom; noem een ander "
               "met sheet: in een mapping)"),
    (r"(?P<n>\d+) section row\(s\) left out \(a group's or section's name alone in its "
     r"row\): (?P<items>.+)",
     lambda g: f"{g['n']} tussenkopje(s) weggelaten (de naam van een groep of deel, alleen "
               "op zijn rij): " + re.sub(r"\(row (\d+)\)", r"(rij \1)", g["items"])),
    (r"the kind of rows without one read from the name of their section: (?P<items>.+)",
     lambda g: "de soort van rijen zonder soort gelezen uit hun tussenkopje: "
               + re.sub(r"→ (\w+)", lambda m: f"→ {_kind(m.group(1))}",
                        g["items"].replace("rows ", "rijen ").replace("row ", "rij "))),
    (r"(?P<n>\d+) row\(s\) with no cell filled that the mapping reads left out \(an "
     r"untitled page, an empty record: rows? (?P<rows>.+)\)",
     lambda g: f"{g['n']} rij(en) zonder gevulde cel die de mapping leest weggelaten (een "
               f"pagina zonder titel, een leeg record: rij{'en' if ',' in g['rows'] else ''} "
               f"{g['rows']})"),
    (r"(?P<n>\d+) repeated header row\(s\) left out \(rows? (?P<rows>.+)\)",
     lambda g: f"{g['n']} herhaalde kopregel(s) weggelaten (rij{'en' if ',' in g['rows'] else ''}"
               f" {g['rows']})"),
    (r"(?P<n>\d+) subitem row\(s\) left out with their (?P<h>\d+) header row\(s\) \(a table "
     r"of its own under an item: rows? (?P<rows>.+)\)",
     lambda g: f"{g['n']} subitem-rij(en) weggelaten met hun {g['h']} kopregel(s) (een eigen "
               f"tabel onder een item: rij{'en' if ',' in g['rows'] else ''} {g['rows']})"),
    (r"(?P<n>\d+) title row\(s\) above the header skipped \(the header is row (?P<r>\d+)\)",
     lambda g: f"{g['n']} titelregel(s) boven de kop overgeslagen (de kop is rij {g['r']})"),
    (r"the second name line(?P<c> '[^']*')? read with the name where it goes on with it "
     r"\((?P<n>\d+) row\(s\)(?P<items>: .+?)?\); (?P<o>\d+) other\(s\), a department or "
     r"an addressee, not loaded",
     lambda g: f"de tweede naamregel{g['c'] or ''} gelezen met de naam waar die erop "
               f"doorgaat ({g['n']} rij(en)"
               + re.sub(r"\(row (\d+)\)", r"(rij \1)", g["items"] or "")
               + f"); {g['o']} andere (een afdeling of een t.a.v.) niet geladen"),
    (r"register cell\(s\) without a number read as empty: (?P<items>.+)",
     lambda g: "cel(len) zonder nummer in een KvK- of BRIN-kolom als leeg gelezen: "
               + re.sub(r"\(rows? ", lambda m: "(rijen " if "s" in m.group(0) else "(rij ",
                        g["items"]).replace("' in column '", "' in kolom '")),
    (r"(?P<n>\d+) row\(s\) name no organisation, not loaded: (?P<items>.+)",
     lambda g: f"{g['n']} rij(en) noemen geen organisatie, niet geladen: "
               + re.sub(r"\(row (\d+)\)", r"(rij \1)", g["items"])),
    (r"(?P<n>\d+) row\(s\) of kind municipality whose name names no municipality loaded "
     r"as a public body there: (?P<items>.+) \(write the kind it is in its cell, or the "
     r"municipality's name\)",
     lambda g: f"{g['n']} rij(en) van soort gemeente waarvan de naam geen gemeente noemt, "
               f"geladen als publieke organisatie in die gemeente: {g['items']} (schrijf in "
               "de cel de soort die het is, of de naam van de gemeente)"),
    (r"rows named as a municipality loaded as that municipality: (?P<items>.+)",
     lambda g: f"rijen met de naam van een gemeente geladen als die gemeente: {g['items']}"),
    (r"columns read by their headers: (?P<items>.+) \(to read another, name it under "
     r"columns: in a mapping\)",
     lambda g: f"gelezen volgens de kolomkoppen: {g['items']} (noem een andere kolom onder "
               "columns: in een mapping om die te lezen)"),
    (r"(?P<n>\d+) place\(s\) read from an address: (?P<items>.+)",
     lambda g: f"{g['n']} plaats(en) uit een adres gelezen: {g['items']}"),
    (r"the kind read from cells of several labels: (?P<items>.+) \(where two labels name a "
     r"kind, the company's gives way\)",
     lambda g: "de soort gelezen uit cellen met meerdere labels: " + re.sub(
         r"→ (\w+)", lambda k: f"→ {_kind(k.group(1))}", g["items"])
         + " (noemen twee labels een soort, dan telt de andere soort, niet ‘bedrijf’)"),
    (r"parents of many rows, a holding or a board it seems, not proposed as duplicates of "
     r"their rows: (?P<items>.+)",
     lambda g: "moederorganisaties van veel rijen, een holding of een bestuur zo te zien, niet "
               "voorgesteld als dubbelen van hun rijen: "
               + g["items"].replace(" rows)", " rijen)")),
    (r"column (?P<h>'.+?') left out in (?P<n>\d+) row\(s\) of kind (?P<k>\w+): a (?P=k) has "
     r"no property '(?P<p>[^']+)'",
     lambda g: f"kolom {g['h']} weggelaten in {g['n']} rij(en) van soort {g['k']}: een "
               f"{_kind(g['k'])} heeft geen eigenschap '{g['p']}'"),
    (r"column (?P<h>'.+?') not read as the id: none of its (?P<n>\d+) filled cells is an id "
     r"\((?P<ex>.+)\: the export's own numbers, it seems\); to read it, write its ids as "
     r"namespace:key and map it under columns: id:",
     lambda g: f"kolom {g['h']} niet gelezen als id: geen van de {g['n']} gevulde cellen is "
               f"een id ({g['ex']}: de eigen nummers van de export, zo lijkt het); schrijf de "
               "ids als naamruimte:sleutel en noem de kolom onder columns: id: om hem te "
               "lezen"),
    (r"column (?P<h>'.+?') not read as the name: all its (?P<n>\d+) filled cells are "
     r"(?P<v>'.*?') \(a form's anonymous respondent, it seems\); name the column that holds "
     r"the organisation's name under columns: name:",
     lambda g: f"kolom {g['h']} niet gelezen als de naam: alle {g['n']} gevulde cellen zijn "
               f"{g['v']} (een anonieme invuller van een formulier, zo lijkt het); noem de "
               "kolom met de naam van de organisatie onder columns: name:"),
    (r"column (?P<h>'.+?') not read as the kind: (?P<n>\d+) of its (?P<m>\d+) filled cells "
     r"\((?P<ex>.+)\) are no kind of organisation \(the stage of the relationship, it "
     r"seems\); to read it, map it under columns: kind: and its words under values: kind:",
     lambda g: f"kolom {g['h']} niet gelezen als de soort: {g['n']} van de {g['m']} gevulde "
               f"cellen ({g['ex']}) zijn geen soort organisatie (het lijkt de stand van de "
               "relatie); om hem toch te lezen: koppel hem onder columns: kind: en vertaal "
               "zijn woorden onder values: kind:"),
    (r"the kind of organisation taken from column (?P<h>'.+?') where it says it "
     r"\((?P<clues>.+)\); the other (?P<n>\d+) row\(s\) loaded as a Company \(the usual kind "
     r"of a CRM account\)(?:, (?P<m>\d+) as the municipality (?:it names|they name))?; map a kind column, "
     r"or give values: kind:, to say otherwise",
     lambda g: f"soort organisatie genomen uit kolom {g['h']} waar die het zegt "
               + "(" + re.sub(r"→ (\w+)", lambda m: f"→ {_kind(m.group(1))}", g["clues"])
               + "); "
               f"de andere {g['n']} rij(en) geladen als bedrijf (de gewone soort van een "
               "CRM-account)" + _as_named(g) + "; koppel een kolom aan kind, of geef values: "
               "kind:, om het anders "
               "te zeggen"),
    (r"no column says the kind of organisation(?: \(nor does (?P<h>'.+?')\))?: all "
     r"(?P<n>\d+) row\(s\) loaded as a Company \(the usual kind of a CRM account\); map a "
     r"kind column, or give defaults: kind:",
     lambda g: "geen kolom zegt de soort organisatie"
               + (f" (ook {g['h']} niet)" if g["h"] else "")
               + f": alle {g['n']} rij(en) geladen als bedrijf (de gewone soort van een "
               "CRM-account); koppel een kolom aan kind, of geef defaults: kind:"),
    (r"no column says the kind of organisation(?: \(nor does (?P<h>'.+?')\))?: "
     r"(?P<n>\d+) of the (?P<all>\d+) row\(s\) loaded as a Company \(the usual kind of a CRM "
     r"account\), (?P<m>\d+) as the municipality (?:it names|they name); map a kind column, or give "
     r"defaults: kind:",
     lambda g: "geen kolom zegt de soort organisatie"
               + (f" (ook {g['h']} niet)" if g["h"] else "")
               + f": {g['n']} van de {g['all']} rij(en) geladen als bedrijf (de gewone soort "
               "van een CRM-account)" + _as_named(g) + "; koppel een kolom aan kind, of geef "
               "defaults: kind:"),
    (r"column '(?P<c>.+)' says (?P<n>\d+) row\(s\) are records no longer active \(archived\); "
     r"they are loaded as the others are \(leave them out of the export to leave them out\)",
     lambda g: f"kolom '{g['c']}' zegt dat {g['n']} rij(en) records zijn die niet meer actief "
               "zijn (gearchiveerd); ze worden geladen zoals de andere (laat ze weg uit de "
               "export om ze weg te laten)"),
    (r"(?P<n>\d+) note\(s\) written as HTML read as their text",
     lambda g: f"{g['n']} toelichting(en) in HTML gelezen als hun tekst"),
    (r"(?P<n>\d+) row\(s\) name several organisations as their parent; only the first is "
     r"read: (?P<list>.+)",
     lambda g: f"{g['n']} rij(en) noemen meer dan één organisatie waar ze onder vallen; "
               f"alleen de eerste is gelezen: {g['list']}"),
    (r"a name under several parents loaded as one organisation under each: (?P<list>.+)",
     lambda g: "een naam onder meerdere organisaties geladen als één organisatie onder elk: "
               + g["list"]),
    (r"repaired (?P<n>\d+) cell\(s\) of garbled text \(UTF-8 read as Windows-1252\), e\.g\. "
     r"(?P<ex>.+)",
     lambda g: f"{g['n']} cel(len) met verminkte tekst hersteld (UTF-8 gelezen als "
               f"Windows-1252), bijv. {g['ex']}"),
    (r"(?P<name>'.+?') \((?P<id>[^)]+)\) is a (?P<k>\w+), but the municipality (?P<m>.+?) is "
     r"(?P<code>cbs:\S+): likely one organisation twice; load it with kind Gemeente "
     r"\(Municipality\) to make it one(?:, or, if (?P<place>.+?) was a municipality merged "
     r"into (?P<into>.+?), add the line (?P<line>'.+') to your former names "
     r"\(former_names:\))?",
     lambda g: f"{g['name']} ({g['id']}) is een {_kind(g['k'])}, maar de gemeente {g['m']} "
               f"is {g['code']}: waarschijnlijk twee keer dezelfde organisatie; laad hem met "
               "soort Gemeente (Municipality) om er één van te maken" + (
                   f", of, als {g['place']} een gemeente was die opging in {g['into']}, zet "
                   f"de regel {_former_line(g['line'])} in uw eerdere namen (former_names:)"
                   if g["place"] else "")),
]
_COMPILED_WARNINGS = [(re.compile(form, re.DOTALL), render) for form, render in _WARNINGS]


def check_lang(lang: str) -> str:
    """Return ``lang`` when it is ``"nl"`` or ``"en"``, else raise ``ValueError``.

    Examples
    --------
    >>> check_lang("en")
    'en'
    """
    if lang not in LANGS:
        raise ValueError(f"lang must be 'nl' or 'en', not {lang!r}")
    return lang


def _find(message: str) -> tuple[str, _Render | None, dict[str, str]]:
    for code, form, render in _COMPILED:
        found = form.fullmatch(message)
        if found:
            return code, render, found.groupdict()
    return "other", None, {}


def code_of(message: str) -> str:
    """The stable code of a problem's English message (``other`` when unknown).

    Examples
    --------
    >>> code_of("a School has no property 'sector'")
    'no_property'
    """
    return _find(str(message))[0]


def translate(message: str, lang: str = "nl") -> str:
    """A problem's English message in ``lang`` (unknown messages stay as they are).

    Examples
    --------
    >>> translate("a School has no property 'sector'")
    "een onderwijsinstelling heeft geen eigenschap 'sector'"
    >>> translate("a School has no property 'sector'", "en")
    "a School has no property 'sector'"
    """
    if check_lang(lang) == "en":
        return message
    _, render, groups = _find(str(message))
    return render(groups) if render else message


def translate_suggestion(text: str, lang: str = "nl") -> str:
    """A suggestion ("'Bedrijf'", "'Leeuwarden' or 'Waadhoeke'", "did you mean 'X'?") in
    ``lang``.

    Examples
    --------
    >>> translate_suggestion("'Leeuwarden' or 'Waadhoeke'")
    "'Leeuwarden' of 'Waadhoeke'"
    """
    if check_lang(lang) == "en" or not text:
        return text
    known = _SUGGESTIONS.get(str(text))
    if known is not None:
        return known
    text = re.sub(r"^did you mean (.*)\?$", r"bedoelde u \1?", str(text))
    return _or(text)


_SUGGESTIONS = {
    "map its words under values: kind:, or leave the column out and give defaults: kind: "
    "(e.g. Company)": "vertaal zijn woorden onder values: kind:, of laat de kolom weg en geef "
                      "defaults: kind: (bijv. Company)",
}
"""Whole suggestions in Dutch (the others are names, or "did you mean …?")."""


def translate_warning(text: str, lang: str = "nl") -> str:
    """A load warning ("file: what") in ``lang`` (unknown warnings stay as they are).

    Examples
    --------
    >>> translate_warning("a.csv: column 'Branche' left out in 2 row(s) of kind School: a "
    ...                   "School has no property 'sector'")
    "a.csv: kolom 'Branche' weggelaten in 2 rij(en) van soort School: een onderwijsinstelling heeft geen eigenschap 'sector'"
    """
    text = str(text)
    if check_lang(lang) == "en":
        return text
    candidates = [("", text)]
    if ": " in text:
        head, body = text.split(": ", 1)
        candidates.append((head + ": ", body))
    for head, body in candidates:
        for form, render in _COMPILED_WARNINGS:
            found = form.fullmatch(body)
            if found:
                return head + render(found.groupdict())
    return text


def localise(problem: Mapping[str, Any], lang: str = "nl") -> dict[str, Any]:
    """A problem row with its ``problem`` and ``suggestion`` in ``lang`` and its ``code``.

    The English texts are kept in ``problem_en`` and ``suggestion_en`` (taken from the row
    itself the first time), so a row can be localised again into the other language.

    Examples
    --------
    >>> row = localise({"file": "a.csv", "row": 3, "problem": "unknown kind 'X'; expected "
    ...                 "one of Company, School", "suggestion": ""})
    >>> row["code"], row["problem"]
    ('unknown_kind', "onbekende soort 'X'; verwacht een van bedrijf of onderwijsinstelling")
    >>> localise(row, "en")["problem"]
    "unknown kind 'X'; expected one of Company, School"
    """
    check_lang(lang)
    out = dict(problem)
    english = str(out.get("problem_en", out.get("problem")) or "")
    suggestion = out.get("suggestion_en", out.get("suggestion"))
    suggestion = None if suggestion is None else str(suggestion)
    out["problem_en"], out["suggestion_en"] = english, suggestion
    out["code"] = code_of(english)
    out["problem"] = translate(english, lang)
    out["suggestion"] = None if suggestion is None else translate_suggestion(suggestion, lang)
    order = ("file", "row", "column", "value", "problem", "suggestion", "code", "problem_en",
             "suggestion_en")
    return {**{k: out[k] for k in order if k in out}, **out}
