"""Read CSV and XLSX files into plain tables, detecting the CSV dialect and encoding.

Dutch Excel writes CSV with ``;`` and cp1252; other tools write ``,`` or tab and UTF-8, with
or without a byte-order mark. :func:`read_table` handles all of them and reports problems
with file, row and column.
"""

from __future__ import annotations

import csv
import datetime as _dt
import io
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InputError, did_you_mean

__all__ = ["Table", "read_table", "decode", "sniff_delimiter"]

MAX_CELL = 100_000  # characters; a bigger cell is almost always a broken file
csv.field_size_limit(max(csv.field_size_limit(), 50 * MAX_CELL))  # we check MAX_CELL ourselves
_MULTIBYTE_UTF8 = re.compile(rb"[\xc3\xc2\xc5\xe2][\x80-\xbf]")


@dataclass
class Table:
    """A sheet of data: headers and rows, each row with its number as a spreadsheet shows it.

    Examples
    --------
    >>> t = Table("a.csv", None, ["Naam"], [(2, ["Techport"])])
    >>> t.records()
    [(2, {'Naam': 'Techport'})]
    """

    file: str
    sheet: str | None
    headers: list[str]
    rows: list[tuple[int, list[Any]]] = field(default_factory=list)
    encoding: str | None = None
    delimiter: str | None = None

    def records(self) -> list[tuple[int, dict[str, Any]]]:
        """Return ``(row number, {header: value})`` for every row."""
        return list(self.iter_records())

    def iter_records(self) -> Iterator[tuple[int, dict[str, Any]]]:
        """Yield ``(row number, {header: value})`` row by row (a big sheet's rows as dicts
        all at once would take gigabytes)."""
        headers = self.headers
        for n, values in self.rows:
            yield n, dict(zip(headers, values, strict=False))

    def require(self, column: str, what: str) -> None:
        """Raise :class:`InputError` when the table lacks ``column``."""
        if column not in self.headers:
            raise InputError(
                f"{what} names column '{column}', which the sheet lacks"
                f"{did_you_mean(column, self.headers)}; its columns are: "
                + ", ".join(f"'{h}'" for h in self.headers),
                file=self.file, sheet=self.sheet, row=1)


def decode(raw: bytes, label: str) -> tuple[str, str]:
    """Decode CSV bytes: UTF-8 with or without BOM, else cp1252 (Dutch Excel).

    Returns the text and the encoding used.

    Raises
    ------
    InputError
        For bytes that are neither, or NUL bytes, naming the row.

    Examples
    --------
    >>> decode("Naam;Plaats\\nCafé;Zaandam".encode("cp1252"), "x.csv")[1]
    'cp1252'
    >>> decode(b"\\xef\\xbb\\xbfNaam", "x.csv")
    ('Naam', 'utf-8-sig')
    """
    if b"\x00" in raw:
        at = raw.index(b"\x00")
        raise InputError("the file holds NUL bytes: it is binary or UTF-16, not CSV text "
                         "(save it as CSV UTF-8)", file=label, row=raw[:at].count(b"\n") + 1)
    encodings = ("utf-8-sig",) if raw.startswith(b"\xef\xbb\xbf") else ("utf-8", "cp1252")
    for encoding in encodings:
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError as exc:
            last = exc
            continue
        if encoding == "cp1252" and _MULTIBYTE_UTF8.search(raw):
            # Valid UTF-8 sequences next to bytes that are not: two encodings in one file.
            try:
                raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                row = raw[:exc.start].count(b"\n") + 1
                raise InputError("mixed encodings: the file holds UTF-8 text and also byte "
                                 f"0x{raw[exc.start]:02X}, which is not UTF-8 (save the whole "
                                 "file in one encoding, e.g. CSV UTF-8)", file=label,
                                 row=row) from None
        return text, encoding
    bad = last.start
    row = raw[:bad].count(b"\n") + 1
    raise InputError(f"undecodable byte 0x{raw[bad]:02X}: expected UTF-8 or Windows-1252 text",
                     file=label, row=row)


def sniff_delimiter(text: str) -> str:
    """Guess the delimiter of CSV text: ``,``, ``;`` or tab.

    Examples
    --------
    >>> sniff_delimiter("Naam;Gemeente\\nKLM;Haarlemmermeer\\n")
    ';'
    >>> sniff_delimiter("name\\tkind\\n")
    '\\t'
    """
    sample = text[:20_000]
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t").delimiter
    except csv.Error:
        header = sample.splitlines()[0] if sample else ""
        counts = {d: header.count(d) for d in (";", ",", "\t")}
        best = max(counts, key=lambda d: counts[d])
        return best if counts[best] else ","


def _clean_headers(raw: list[Any], label: str, sheet: str | None) -> list[str]:
    headers = ["" if h is None else str(h).strip() for h in raw]
    while headers and not headers[-1]:
        headers.pop()
    if not any(headers):
        raise InputError("no header row: the first row is empty", file=label, sheet=sheet, row=1)
    seen: dict[str, int] = {}
    for i, h in enumerate(headers, start=1):
        if not h:
            raise InputError(f"column {i} has no header", file=label, sheet=sheet, row=1)
        key = h.casefold()
        if key in seen:
            raise InputError(f"duplicated header '{h}' (columns {seen[key]} and {i})",
                             file=label, sheet=sheet, row=1, column=h)
        seen[key] = i
    return headers


def _add_row(table: Table, number: int, values: list[Any]) -> None:
    if all(v is None or (isinstance(v, str) and not v.strip()) for v in values):
        return  # blank row
    width = len(table.headers)
    extra = [v for v in values[width:] if v is not None and str(v).strip()]
    if extra:
        raise InputError(f"row has {len(values)} cells but the header has {width} columns "
                         f"(extra value {str(extra[0])[:40]!r}); check the delimiter or quoting",
                         file=table.file, sheet=table.sheet, row=number)
    cells = list(values[:width]) + [None] * (width - len(values))
    for header, value in zip(table.headers, cells, strict=True):
        if isinstance(value, str) and len(value) > MAX_CELL:
            raise InputError(f"cell of {len(value):,} characters is too large "
                             f"(at most {MAX_CELL:,})", file=table.file, sheet=table.sheet,
                             row=number, column=header)
    # Cells repeat (kinds, places, citations): one string object each saves a lot of
    # memory on big sheets.
    table.rows.append((number, [_intern(v.strip()) if isinstance(v, str) else v
                                for v in cells]))


def _intern(text: str) -> str:
    return sys.intern(text) if len(text) <= 120 else text


def _read_csv(path: Path, label: str) -> Table:
    raw = path.read_bytes()
    if not raw or raw.isspace():
        raise InputError("the file is empty", file=label)
    text, encoding = decode(raw, label)
    if not text or text.isspace():
        raise InputError("the file is empty", file=label)
    delimiter = sniff_delimiter(text)
    del text  # read again as a stream: a StringIO of a big file would take four times its size
    stream = io.TextIOWrapper(io.BytesIO(raw), encoding=encoding, newline="")
    reader = csv.reader(stream, delimiter=delimiter, strict=True)
    try:
        header = next(reader)
        table = Table(label, None, _clean_headers(header, label, None), encoding=encoding,
                      delimiter=delimiter)
        width, rows, intern = len(table.headers), table.rows, sys.intern
        for values in reader:
            # csv.reader counts physical lines; a quoted cell may span lines.
            cells = list(map(str.strip, values))
            if len(cells) == width and any(cells) and max(map(len, cells)) <= MAX_CELL:
                # The usual row, checked and interned in C (cells repeat: kinds, places,
                # citations; one string object each saves a lot of memory on big sheets).
                rows.append((reader.line_num, list(map(intern, cells))))
            else:  # blank, ragged or oversized: the general check says what is wrong
                _add_row(table, reader.line_num, values)
    except csv.Error as exc:
        raise InputError(f"malformed CSV: {exc}", file=label, row=reader.line_num) from None
    if not table.rows:
        raise InputError("the file has a header but no data rows (if row 1 is data, add a "
                         "header row above it)", file=label, row=1)
    return table


def _cell(value: Any) -> Any:
    if isinstance(value, _dt.datetime) and value.time() == _dt.time():
        return value.date()
    return value


def _read_xlsx(path: Path, label: str, sheet: str | None) -> Table:
    import zipfile

    import openpyxl

    def open_book(data_only: bool) -> Any:
        try:
            return openpyxl.load_workbook(path, data_only=data_only)
        except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
            raise InputError(f"not a readable XLSX workbook ({exc.__class__.__name__}: {exc})",
                             file=label) from None

    book = open_book(data_only=False)  # formulas as written; their values are read below
    try:
        if sheet is None:
            filled = [ws.title for ws in book.worksheets if ws.max_row > 1 or ws.max_column > 1]
            if len(filled) > 1:
                raise InputError(f"the workbook has several sheets ({', '.join(filled)}): name "
                                 "the one to load with sheet: in the mapping", file=label)
            ws = book[filled[0]] if filled else book.worksheets[0]
        elif sheet in book.sheetnames:
            ws = book[sheet]
        else:
            raise InputError(f"no sheet named '{sheet}'{did_you_mean(sheet, book.sheetnames)}; "
                             f"sheets: {', '.join(book.sheetnames)}", file=label)
        if ws.merged_cells.ranges:
            first = min(ws.merged_cells.ranges, key=lambda r: (r.min_row, r.min_col))
            raise InputError(f"merged cells ({first}) hide values from every row but the first; "
                             "unmerge them and fill each row", file=label, sheet=ws.title,
                             row=first.min_row)
        formulas = [cell for cells in ws.iter_rows() for cell in cells if cell.data_type == "f"]
        if formulas:
            # Only a workbook with formulas is read a second time, for their computed values.
            values = open_book(data_only=True)
            book.close()
            book, ws = values, values[ws.title]
            for cell in formulas:
                if ws[cell.coordinate].value is None:
                    raise InputError(f"formula {cell.value} has no computed value: open and "
                                     "save the file in Excel, or paste the values",
                                     file=label, sheet=ws.title, row=cell.row,
                                     column=str(ws.cell(1, cell.column).value or
                                                cell.column_letter))
        rows = ws.iter_rows(values_only=True)
        header = next(rows, None)
        if header is None:
            raise InputError("the sheet is empty", file=label, sheet=ws.title)
        table = Table(label, ws.title, _clean_headers(list(header), label, ws.title))
        for number, values in enumerate(rows, start=2):
            _add_row(table, number, [_cell(v) for v in values])
    finally:
        book.close()
    if not table.rows:
        raise InputError("the sheet has a header but no data rows", file=label, sheet=ws.title)
    return table


def read_table(path: str | Path, sheet: str | None = None, label: str | None = None) -> Table:
    """Read a CSV or XLSX file into a :class:`Table`.

    Parameters
    ----------
    path : path
        A ``.csv``/``.tsv``/``.txt`` or ``.xlsx``/``.xlsm`` file.
    sheet : str, optional
        The worksheet of an XLSX file; the first one by default.
    label : str, optional
        How the file is named in errors and provenance; the path as given by default.

    Raises
    ------
    InputError
        Empty file, undecodable bytes, no or duplicated headers, ragged rows, merged cells,
        an unknown sheet, a malformed file.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "orgs.csv"
    >>> _ = p.write_bytes("Naam organisatie;Gemeente\\nKLM;Haarlemmermeer\\n".encode("cp1252"))
    >>> t = read_table(p, label="orgs.csv")
    >>> t.headers, t.delimiter, t.rows
    (['Naam organisatie', 'Gemeente'], ';', [(2, ['KLM', 'Haarlemmermeer'])])
    """
    path = Path(path)
    label = label or str(path)
    if not path.exists():
        raise InputError("no such file", file=label)
    if path.is_dir():
        raise InputError("is a folder, not a file (a dataset folder needs a dataset.yaml)",
                         file=label)
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(path, label, sheet)
    if suffix in (".csv", ".tsv", ".txt"):
        if sheet is not None:
            raise InputError(f"a CSV file has no sheets (mapping asks for sheet '{sheet}')",
                             file=label)
        return _read_csv(path, label)
    if suffix == ".xls":
        raise InputError("old .xls workbooks are not supported: save as .xlsx or CSV", file=label)
    raise InputError(f"unsupported file type '{suffix}': expected .csv, .tsv, .txt or .xlsx",
                     file=label)
