"""Write the bad-input corpus: realistic mistakes in stakeholder sheets, one file each.

Run ``python tests/data/bad/make_corpus.py`` to rebuild the files; ``cases.yaml`` lists each
file with its mapping and the fragments its one-line error must contain. The files are
committed, so the tests read them as a user's files would be read.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import yaml

HERE = Path(__file__).parent
ORG = "organisations.yaml"
REL = "relationships.yaml"
HEAD = "Naam organisatie;Soort;KvK-nummer;Gemeente;Aliassen;Personeelsvraag\r\n"
RHEAD = "Van;Naar;Relatie;Sinds;Aantal\r\n"

CASES: list[dict] = []


def case(name: str, file: str, content: bytes | None, mapping: str | None, expect: list[str],
         why: str) -> None:
    if content is not None:
        (HERE / file).write_bytes(content)
    CASES.append({"name": name, "file": file, "mapping": mapping, "expect": expect, "why": why})


def org(*rows: str, encoding: str = "utf-8") -> bytes:
    return (HEAD + "".join(r + "\r\n" for r in rows)).encode(encoding)


def rel(*rows: str) -> bytes:
    return (RHEAD + "".join(r + "\r\n" for r in rows)).encode("utf-8")


def xlsx(file: str, sheets: dict[str, list[list]], merge: str | None = None,
         formula: bool = False) -> None:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        ws = book.create_sheet(title)
        for row in rows:
            ws.append(row)
        if merge:
            ws.merge_cells(merge)
        if formula:
            ws["A3"] = "=CONCATENATE(A2, \" BV\")"
    book.save(HERE / file)


def main() -> None:
    (HERE / ORG).write_text(
        "table: organisations\ncolumns: {name: Naam organisatie, kind: Soort, kvk: KvK-nummer,"
        " municipality: Gemeente, aliases: Aliassen, labour_demand: Personeelsvraag}\n"
        "values: {kind: {Bedrijf: Company, School: School}}\n", encoding="utf-8")
    (HERE / REL).write_text(
        "table: relationships\ncolumns: {source: Van, target: Naar, type: Relatie, since: Sinds,"
        " count: Aantal}\n", encoding="utf-8")
    (HERE / "organisations-sheet.yaml").write_text(
        "table: organisations\nsheet: Organisaties\ncolumns: {name: Naam organisatie, "
        "kind: Soort, municipality: Gemeente}\nvalues: {kind: {Bedrijf: Company}}\n",
        encoding="utf-8")
    (HERE / "relationships-sheet.yaml").write_text(
        "table: relationships\nsheet: Relaties\ncolumns: {source: Van, target: Naar, "
        "type: Relatie, since: Sinds}\n", encoding="utf-8")
    (HERE / "mapping-unknown-field.yaml").write_text(
        "table: organisations\ncolumns: {name: Naam organisatie, soort: Soort}\n",
        encoding="utf-8")
    (HERE / "mapping-broken.yaml").write_text("table: organisations\ncolumns: [Naam\n",
                                              encoding="utf-8")

    case("wrong delimiter", "pipe-delimited.csv",
         b"Naam organisatie|Soort|Gemeente\r\nWindpark BV|Bedrijf|Alkmaar\r\n", ORG,
         ["pipe-delimited.csv", "row 1", "names column", "which the sheet lacks"],
         "a | separated export: read as one column")
    case("no header", "no-header.csv", b"Windpark BV;Bedrijf;12345678;Alkmaar;;\r\n", ORG,
         ["no-header.csv", "row 1", "no data rows", "add a header row"],
         "the first row is data")
    case("duplicated headers", "duplicated-headers.csv",
         b"Naam organisatie;Soort;Gemeente;Gemeente\r\nWindpark BV;Bedrijf;Alkmaar;Hoorn\r\n",
         ORG, ["duplicated-headers.csv", "row 1", "duplicated header 'Gemeente'"],
         "two columns with one header")
    case("blank and ragged rows", "ragged.csv",
         org("Windpark BV;Bedrijf;12345678;Alkmaar;;", ";;;;;", "",
             "Zonnepark BV;Bedrijf;23456789;Hoorn;;;extra"), ORG,
         ["ragged.csv", "row 5", "row has 7 cells but the header has 6 columns"],
         "blank rows are skipped; a row with an extra cell is not")
    case("id with stray spaces", "id-spaces.csv",
         b"id;name;kind\r\nkvk:1234 56789;Techport;Company\r\n", None,
         ["id-spaces.csv", "row 2", "invalid id 'kvk:123456789'"],
         "spaces in an id are ignored, but this KvK number has 9 digits")
    case("unknown kind", "unknown-kind.csv", org("Windpark BV;Bedrjf;12345678;Alkmaar;;"), ORG,
         ["unknown-kind.csv", "row 2", "column 'Soort'", "unknown kind 'Bedrjf'"],
         "a typo in the kind")
    case("self-tie", "self-tie.csv", rel("KLM;slug:klm;Partner;2020;"), REL,
         ["self-tie.csv", "row 2", "to itself"], "an organisation tied to itself")
    case("tie to unknown id", "unknown-id.csv", rel("slug:klm;slug:windpark-x;Partner;2020;"),
         REL, ["unknown-id.csv", "row 2", "column 'Naar'", "unknown id 'slug:windpark-x'"],
         "a relationship to nothing")
    case("tie to unknown name", "unknown-name.csv", rel("KLM;Tata Stel;Partner;2020;"), REL,
         ["unknown-name.csv", "row 2", "column 'Naar'", "unknown organisation 'Tata Stel'",
          "did you mean 'Tata Steel'"], "a misspelt name")
    case("alias cycle", "alias-cycle.csv",
         org("Noordwind BV;Bedrijf;12345678;Alkmaar;Zuidwind BV;",
             "Zuidwind BV;Bedrijf;23456789;Alkmaar;;"), ORG,
         ["alias-cycle.csv", "row 2", "alias 'Zuidwind BV'", "is the name of"],
         "an organisation with another's name as its alias")
    case("huge field", "huge-field.csv", org("Windpark BV;Bedrijf;12345678;Alkmaar;"
                                             + "x" * 150_000 + ";"), ORG,
         ["huge-field.csv", "row 2", "column 'Aliassen'", "too large"], "a 150,000-char cell")
    case("NUL bytes", "nul-bytes.csv", org("Windpark\x00BV;Bedrijf;12345678;Alkmaar;;"), ORG,
         ["nul-bytes.csv", "row 2", "NUL bytes"], "binary junk in a text file")
    case("UTF-16 file", "utf16.csv", HEAD.encode("utf-16"), ORG,
         ["utf16.csv", "NUL bytes", "UTF-16"], "Excel's 'Unicode text' export")
    xlsx("merged-cells.xlsx", {"Organisaties": [["Naam organisatie", "Soort", "Gemeente"],
                                                ["Windpark BV", "Bedrijf", "Alkmaar"],
                                                ["Zonnepark BV", None, "Hoorn"]]}, merge="B2:B3")
    case("merged cells", "merged-cells.xlsx", None, "organisations-sheet.yaml",
         ["merged-cells.xlsx [Organisaties]", "row 2", "merged cells (B2:B3)"],
         "one kind cell merged over two rows")
    xlsx("several-sheets.xlsx", {"Organisaties": [["Naam organisatie", "Soort", "Gemeente"],
                                                  ["Windpark BV", "Bedrijf", "Alkmaar"]],
                                 "Relaties": [["Van", "Naar", "Relatie"],
                                              ["Windpark BV", "KLM", "Partner"]]})
    case("several sheets", "several-sheets.xlsx", None, ORG,
         ["several-sheets.xlsx", "several sheets (Organisaties, Relaties)", "sheet:"],
         "which sheet is meant?")
    xlsx("date-as-number.xlsx", {"Relaties": [["Van", "Naar", "Relatie", "Sinds"],
                                              ["KLM", "Tata Steel", "Partner", 44328]]})
    case("date stored as a number", "date-as-number.xlsx", None, "relationships-sheet.yaml",
         ["date-as-number.xlsx [Relaties]", "row 2", "column 'Sinds'",
          "date stored as the number 44328"], "a date cell formatted as a number")
    xlsx("formula.xlsx", {"Organisaties": [["Naam organisatie", "Soort", "Gemeente"],
                                           ["Windpark", "Bedrijf", "Alkmaar"],
                                           [None, "Bedrijf", "Hoorn"]]}, formula=True)
    case("formula without a value", "formula.xlsx", None, "organisations-sheet.yaml",
         ["formula.xlsx [Organisaties]", "row 3", "column 'Naam organisatie'",
          "has no computed value"], "a formula saved by a tool that does not compute it")
    case("missing required column", "missing-column.csv", b"Soort;Gemeente\r\nBedrijf;Hoorn\r\n",
         None, ["missing-column.csv", "row 1", "no column for the organisation's name"],
         "no name column at all")
    # (Two kinds of organisation for one id are one organisation: the first kind is kept
    # and the conflict goes to the review file. A theme and a company cannot be one.)
    case("conflicting data for one id", "conflict.csv",
         b"id;name;kind\r\nslug:windenergie;Windenergie;Theme\r\n"
         b"slug:windenergie;Windenergie BV;Company\r\n", None,
         ["conflict.csv", "row 3", "conflicting data for 'slug:windenergie'",
          "a Company here but a Theme"],
         "one id for a theme and a company")
    case("id of another kind in the store", "kind-clash.csv",
         b"id;name;kind\r\nslug:klm;KLM;Theme\r\n", None,
         ["kind-clash.csv", "row 2", "a Theme here but a Company in the store"],
         "an id the store holds as a company, given to a theme")
    case("unparseable date", "bad-date.csv", rel("KLM;Tata Steel;Partner;mei 2020;"), REL,
         ["bad-date.csv", "row 2", "column 'Sinds'", "unparseable date 'mei 2020'"],
         "a date in words")
    case("impossible date", "impossible-date.csv", rel("KLM;Tata Steel;Partner;31-02-2021;"),
         REL, ["impossible-date.csv", "row 2", "unparseable date '31-02-2021'"], "31 February")
    case("unknown municipality", "bad-municipality.csv",
         org("Windpark BV;Bedrijf;12345678;Alkmar;;"), ORG,
         ["bad-municipality.csv", "row 2", "column 'Gemeente'", "did you mean 'Alkmaar'"],
         "a misspelt municipality")
    case("ambiguous municipality", "ambiguous-municipality.csv",
         org("Windpark BV;Bedrijf;12345678;Bergen;;"), ORG,
         ["ambiguous-municipality.csv", "row 2", "ambiguous municipality 'Bergen'"],
         "Bergen (L.) or Bergen (NH.)?")
    case("undecodable bytes", "undecodable.csv",
         HEAD.encode() + b"Windpark \x81 BV;Bedrijf;;;;\r\n",
         ORG, ["undecodable.csv", "row 2", "undecodable byte 0x81"], "a byte no encoding has")
    case("empty file", "empty.csv", b"", ORG, ["empty.csv", "the file is empty"], "0 bytes")
    case("header only", "header-only.csv", HEAD.encode(), ORG,
         ["header-only.csv", "no data rows"], "nothing under the header")
    case("mapping names a missing column", "missing-mapped-column.csv",
         b"Naam;Soort\r\nWindpark BV;Bedrijf\r\n", ORG,
         ["missing-mapped-column.csv", "names column 'Naam organisatie', which the sheet lacks"],
         "the mapping is for another sheet")
    case("mapping with an unknown field", "unknown-kind.csv", None, "mapping-unknown-field.yaml",
         ["mapping-unknown-field.yaml", "'soort' is not a field", "did you mean 'kind'"],
         "a Dutch word where a model field belongs")
    case("broken mapping YAML", "unknown-kind.csv", None, "mapping-broken.yaml",
         ["mapping-broken.yaml", "invalid YAML"], "unbalanced brackets")
    case("relationship between wrong kinds", "wrong-kinds.csv",
         rel("slug:klm;Energietransitie;Partner;2020;"), REL,
         ["wrong-kinds.csv", "row 2", "PARTNERS_WITH goes from", "not from Company to Theme"],
         "a partnership with a theme")
    case("unknown relationship type", "unknown-type.csv", rel("KLM;Tata Steel;Vriend;2020;"), REL,
         ["unknown-type.csv", "row 2", "column 'Relatie'", "unknown relationship type 'Vriend'"],
         "a word the model does not know")
    case("bad enum value", "bad-enum.csv", org("Windpark BV;Bedrijf;12345678;Alkmaar;;veel"), ORG,
         ["bad-enum.csv", "row 2", "column 'Personeelsvraag'", "is not one of shortage, surplus"],
         "labour demand in free text")
    case("bad number", "bad-number.csv", rel("KLM;brin:25PZ;Stage;2021;vijf"), REL,
         ["bad-number.csv", "row 2", "column 'Aantal'", "expected a number"], "a count in words")
    case("negative count", "negative-count.csv", rel("KLM;brin:25PZ;Stage;2021;-5"), REL,
         ["negative-count.csv", "row 2", "column 'Aantal'", "a count cannot be negative"],
         "a minus sign from a formula")
    (HERE / "mapping-duplicate-key.yaml").write_text(
        "table: organisations\ncolumns:\n  name: Naam organisatie\n  kind: Soort\n"
        "  name: Gemeente\nvalues: {kind: {Bedrijf: Company}}\n", encoding="utf-8")
    case("duplicate key in a mapping", "unknown-kind.csv", None, "mapping-duplicate-key.yaml",
         ["mapping-duplicate-key.yaml", "row 5", "duplicate key 'name' (also on line 3)"],
         "a field mapped twice: YAML would keep the last silently")
    case("ambiguous name", "ambiguous-name.csv", rel("ROC van Amsterdam;KLM;Partner;2021;"), REL,
         ["ambiguous-name.csv", "row 2", "column 'Van'", "ambiguous name 'ROC van Amsterdam'"],
         "two registered schools share the name")
    case("invalid id namespace", "bad-namespace.csv",
         b"id;name;kind\r\nkvc:12345678;Windpark BV;Company\r\n", None,
         ["bad-namespace.csv", "row 2", "unknown namespace 'kvc'", "did you mean 'kvk'"],
         "a typo in the namespace")
    case("old Excel format", "old-format.xls", b"\xd0\xcf\x11\xe0" + b"\x00" * 60, None,
         ["old-format.xls", "old .xls workbooks are not supported"], "Excel 97-2003")
    (HERE / "cases.yaml").write_text(
        "# The bad-input corpus: file, mapping, and what its one-line error must say.\n"
        "# Rebuild the files with: python tests/data/bad/make_corpus.py\n"
        + yaml.safe_dump(CASES, allow_unicode=True, sort_keys=False, width=100),
        encoding="utf-8")
    print(f"{len(CASES)} cases")


if __name__ == "__main__":
    main()
