"""Read CSV and XLSX files into plain tables, detecting the CSV dialect and encoding.

Dutch Excel writes CSV with ``;`` and cp1252; other tools write ``,`` or tab and UTF-8, with
or without a byte-order mark. :func:`read_table` handles all of them and reports problems
with file, row and column.
"""

from __future__ import annotations

import csv
import datetime as _dt
import io
import itertools
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from typing import Any

from ..errors import InputError, did_you_mean
from ..files import LimitError, Limits, check_regular_file, limits, read_bounded

__all__ = ["Table", "read_table", "decode", "sniff_delimiter"]

MAX_CELL = Limits().max_cell_chars  # the default; limits() has the one in force
# The csv module's own limit only stops a runaway field; the cell limit is checked per row.
csv.field_size_limit(max(csv.field_size_limit(), 1 << 30))


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
    title_rows: int = 0
    """Rows above the header that hold a title only (a hand-kept list's), skipped."""

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
        # Valid UTF-8 sequences next to bytes that are not (a Windows-1252 export holding
        # text once pasted from UTF-8) are read as Windows-1252: the UTF-8 parts then read
        # as garbled text ("CoÃ¶peratie"), which the loader repairs with a notice.
        return text, encoding
    bad = last.start
    row = raw[:bad].count(b"\n") + 1
    raise InputError(f"undecodable byte 0x{raw[bad]:02X}: expected UTF-8 or Windows-1252 text",
                     file=label, row=row)


def sniff_delimiter(text: str) -> str:
    """Guess the delimiter of CSV text: ``,``, ``;`` or tab.

    Each candidate parses the first rows as CSV (quotes and ``""`` inside quoted cells
    honoured); the one that splits the header into most columns with the most rows of
    the header's width wins. (:class:`csv.Sniffer` guesses from characters next to quotes
    and takes a ``;`` file with a quoted ``"a ""b"", c"`` cell for a ``,`` file.)

    Examples
    --------
    >>> sniff_delimiter("Naam;Gemeente\\nKLM;Haarlemmermeer\\n")
    ';'
    >>> sniff_delimiter("name\\tkind\\n")
    '\\t'
    >>> sniff_delimiter('Naam;Soort\\n"Bedrijf ""De Zaak"", Hoorn";Bedrijf\\n')
    ';'
    """
    sample = text[:20_000]
    lines = sample.splitlines(keepends=True)
    if len(text) > len(sample) and len(lines) > 1:
        lines = lines[:-1]  # the last line may be cut off
    sample = "".join(lines)
    best, best_score = ",", (0, 0.0, 0)
    strip = str.strip
    for delimiter in (",", ";", "\t"):
        if delimiter not in sample:  # every row one cell: it cannot win
            continue
        try:  # rows with a cell that is not blank (checked in C: this runs on every load)
            rows = [r for r in csv.reader(io.StringIO(sample), delimiter=delimiter)
                    if any(map(strip, r))]
        except csv.Error:
            continue
        if not rows or len(rows[0]) < 2:
            continue
        width = len(rows[0])
        body = rows[1:] or rows
        score = (1, list(map(len, body)).count(width) / len(body), width)
        if score > best_score:
            best, best_score = delimiter, score
    return best


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


def _add_row(table: Table, number: int, values: list[Any], most: int | None = None) -> None:
    if all(v is None or (isinstance(v, str) and not v.strip()) for v in values):
        return  # blank row
    width = len(table.headers)
    extra = [v for v in values[width:] if v is not None and str(v).strip()]
    if extra:
        raise InputError(f"row has {len(values)} cells but the header has {width} columns "
                         f"(extra value {str(extra[0])[:40]!r}); check the delimiter or quoting",
                         file=table.file, sheet=table.sheet, row=number)
    cells = list(values[:width]) + [None] * (width - len(values))
    most = limits().max_cell_chars if most is None else most
    for header, value in zip(table.headers, cells, strict=True):
        if isinstance(value, str) and len(value) > most:
            raise LimitError(f"cell of {len(value):,} characters is too large "
                             f"(at most {most:,}; set STAKEHOLDER_GRAPH_MAX_CELL_CHARS to "
                             "allow more)", file=table.file, sheet=table.sheet,
                             row=number, column=header)
    # Cells repeat (kinds, places, citations): one string object each saves a lot of
    # memory on big sheets.
    table.rows.append((number, [_intern(v.strip()) if isinstance(v, str) else v
                                for v in cells]))


def _intern(text: str) -> str:
    return sys.intern(text) if len(text) <= 120 else text


def _check_width(headers: list[str], label: str, sheet: str | None, bounds: Limits) -> None:
    if len(headers) > bounds.max_columns:
        raise LimitError(f"the header has {len(headers):,} columns, more than the limit of "
                         f"{bounds.max_columns:,} (set STAKEHOLDER_GRAPH_MAX_COLUMNS to allow "
                         "more)", file=label, sheet=sheet, row=1)


def _too_many_rows(label: str, sheet: str | None, bounds: Limits) -> LimitError:
    return LimitError(f"the sheet has more than {bounds.max_rows:,} rows, the limit (set "
                      "STAKEHOLDER_GRAPH_MAX_ROWS to allow more)", file=label, sheet=sheet)


AT_ONCE_BYTES = 8 << 20
"""A CSV file of at most this many bytes is parsed whole, its rows checked together (see
:func:`_csv_at_once`); a bigger one row by row, so that its text and rows are never all
in memory twice."""


def _read_csv(path: Path, label: str) -> Table:
    bounds = limits()
    raw = read_bounded(path, label, bounds.max_bytes)
    if not raw or raw.isspace():
        raise InputError("the file is empty", file=label)
    text, encoding = decode(raw, label)
    if not text or text.isspace():
        raise InputError("the file is empty", file=label)
    delimiter = sniff_delimiter(text)
    if len(raw) <= AT_ONCE_BYTES:
        table = _csv_at_once(text, label, encoding, delimiter, bounds)
        if table is not None:
            return table
    del text  # read again as a stream: a StringIO of a big file would take four times its size
    stream = io.TextIOWrapper(io.BytesIO(raw), encoding=encoding, newline="")
    reader = csv.reader(stream, delimiter=delimiter, strict=True)
    try:
        header = next(reader)
        table = Table(label, None, _clean_headers(header, label, None), encoding=encoding,
                      delimiter=delimiter)
        _check_width(table.headers, label, None, bounds)
        width, rows, intern, strip = len(table.headers), table.rows, sys.intern, str.strip
        max_cell, max_rows = bounds.max_cell_chars, bounds.max_rows
        for values in reader:
            if len(rows) >= max_rows:
                raise _too_many_rows(label, None, bounds)
            # The usual row, stripped, interned and checked in C (cells repeat: kinds,
            # places, citations, ids; one string object each saves a lot of memory on big
            # sheets). csv.reader counts physical lines; a quoted cell may span lines.
            cells = list(map(intern, map(strip, values)))
            if len(cells) == width and any(cells) and max(map(len, cells)) <= max_cell:
                rows.append((reader.line_num, cells))
            else:  # blank, ragged or oversized: the general check says what is wrong
                _add_row(table, reader.line_num, values, max_cell)
    except csv.Error as exc:
        raise InputError(f"malformed CSV: {exc}", file=label, row=reader.line_num) from None
    _check_rows(table)
    return table


def _check_rows(table: Table) -> None:
    if not table.rows:
        raise InputError("the file has a header but no data rows (if row 1 is data, add a "
                         "header row above it)", file=table.file, row=1)


def _csv_at_once(text: str, label: str, encoding: str, delimiter: str,
                 bounds: Limits) -> Table | None:
    """Read a small CSV text as :func:`_read_csv` reads it row by row, with the checks of
    every row made together; ``None`` when the rows need that reading after all.

    Parsed whole, each row's number is its place in the file when every row is one line;
    then the usual table (rows of the header's width, none blank, no cell too long) needs
    no look at its rows one by one (1k organisations, two files of 6,000 rows: 9.5 ms
    row by row, 5 ms at once). Cells are not interned here: a small file's repeats cost
    little memory, and interning them costs a third of the time. A quoted cell over several
    lines, malformed text or more rows than the limit: ``None``, and the row-by-row reading
    says where.
    """
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        values = list(reader)
    except csv.Error:
        return None
    if not values or reader.line_num != len(values):
        return None
    table = Table(label, None, _clean_headers(values[0], label, None), encoding=encoding,
                  delimiter=delimiter)
    _check_width(table.headers, label, None, bounds)
    del values[0]
    if len(values) > bounds.max_rows:
        return None
    width, max_cell, strip = len(table.headers), bounds.max_cell_chars, str.strip
    cells = [list(map(strip, row)) for row in values]
    # The longest line bounds the longest cell (every row is one line).
    if set(map(len, cells)) <= {width} and all(map(any, cells)) and (
            max(map(len, text.split("\n"))) <= max_cell
            or max(map(len, chain.from_iterable(cells)), default=0) <= max_cell):
        table.rows = list(zip(range(2, len(cells) + 2), cells, strict=True))
    else:
        rows = table.rows
        for number, (row, stripped) in enumerate(zip(values, cells, strict=True), start=2):
            if len(stripped) == width and any(stripped) and max(map(len, stripped)) <= max_cell:
                rows.append((number, stripped))
            else:  # blank, ragged or oversized: the general check says what is wrong
                _add_row(table, number, row, max_cell)
    _check_rows(table)
    return table


def _cell(value: Any) -> Any:
    if isinstance(value, _dt.datetime) and value.time() == _dt.time():
        return value.date()
    return value


_SHEET_TAGS = re.compile(rb'<(?:\w+:)?f[\s>/]|<(?:\w+:)?mergeCell\s[^>]*?ref="([A-Z]+[0-9]+:[A-Z]+[0-9]+)"')


def _check_archive(path: Path, label: str, bounds: Limits) -> None:
    """Refuse a workbook whose parts unpack to more than the byte limit (a zip bomb)."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            total = sum(info.file_size for info in archive.infolist())
            count = len(archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise InputError(f"not a readable XLSX workbook ({exc.__class__.__name__}: {exc})",
                         file=label) from None
    if total > bounds.max_bytes or count > 10_000:
        raise LimitError(f"the workbook unpacks to {total:,} bytes in {count:,} parts, more "
                         f"than the limit of {bounds.max_bytes:,} bytes (set "
                         "STAKEHOLDER_GRAPH_MAX_BYTES to allow more)", file=label)


def _scan_sheet(ws: Any) -> tuple[list[str], bool]:
    """Stream a sheet's XML once: its merged ranges, and whether it holds formulas.

    The read-only (streaming) reader sees neither; the scan holds one block at a time.
    """
    merged: list[str] = []
    formulas = False
    tail = b""
    with ws.parent._archive.open(ws._worksheet_path) as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            data = tail + block
            for match in _SHEET_TAGS.finditer(data):
                if match.group(1):
                    merged.append(match.group(1).decode("ascii"))
                else:
                    formulas = True
            tail = data[-300:]
            # A tag cut by the block edge is found again in the tail; one found twice is
            # harmless (merged ranges are de-duplicated below).
    return sorted(set(merged), key=_range_order), formulas


def _range_order(ref: str) -> tuple[int, int]:
    from openpyxl.utils.cell import range_boundaries

    min_col, min_row, _, _ = range_boundaries(ref)
    return min_row, min_col


def _check_extent(ws: Any, label: str, bounds: Limits) -> int | None:
    """Check the sheet's stated extent (its dimension) against the limits, before reading.

    Returns the number of columns to read (``None`` when the sheet states no extent).
    """
    from openpyxl.utils import get_column_letter

    rows, columns = ws.max_row, ws.max_column
    if not rows or not columns:
        return None
    where = f"the sheet reaches cell {get_column_letter(columns)}{rows}"
    if columns > bounds.max_columns:
        raise LimitError(f"{where}: {columns:,} columns, more than the limit of "
                         f"{bounds.max_columns:,} (set STAKEHOLDER_GRAPH_MAX_COLUMNS to allow "
                         "more, or delete the stray cells)", file=label, sheet=ws.title)
    if rows > bounds.max_rows + 1:
        raise LimitError(f"{where}: {rows:,} rows, more than the limit of {bounds.max_rows:,} "
                         "(set STAKEHOLDER_GRAPH_MAX_ROWS to allow more, or delete the stray "
                         "cells)", file=label, sheet=ws.title)
    if rows * columns > bounds.max_cells:
        raise LimitError(f"{where}: {rows * columns:,} cells, more than the limit of "
                         f"{bounds.max_cells:,} (set STAKEHOLDER_GRAPH_MAX_CELLS to allow "
                         "more, or delete the stray cells)", file=label, sheet=ws.title)
    return columns


def _read_xlsx(path: Path, label: str, sheet: str | None) -> Table:
    import zipfile

    import openpyxl

    bounds = limits()
    _check_archive(path, label, bounds)

    def open_book(data_only: bool) -> Any:
        # Read-only: the sheet is streamed row by row, never built as cells in memory.
        try:
            return openpyxl.load_workbook(path, read_only=True, data_only=data_only)
        except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError) as exc:
            raise InputError(f"not a readable XLSX workbook ({exc.__class__.__name__}: {exc})",
                             file=label) from None

    book = open_book(data_only=True)  # the values, formulas' computed ones included
    formula_book = None
    try:
        if sheet is None:
            filled = [ws.title for ws in book.worksheets
                      if not ws.max_row or not ws.max_column or ws.max_row > 1
                      or ws.max_column > 1]
            if len(filled) > 1:
                raise InputError(f"the workbook has several sheets ({', '.join(filled)}): name "
                                 "the one to load with sheet: in the mapping", file=label)
            ws = book[filled[0]] if filled else book.worksheets[0]
        elif sheet in book.sheetnames:
            ws = book[sheet]
        else:
            raise InputError(f"no sheet named '{sheet}'{did_you_mean(sheet, book.sheetnames)}; "
                             f"sheets: {', '.join(book.sheetnames)}", file=label)
        if not hasattr(ws, "_worksheet_path"):
            raise InputError(f"'{ws.title}' is a chart sheet, not a sheet of data", file=label)
        columns = _check_extent(ws, label, bounds)
        merged, has_formulas = _scan_sheet(ws)
        # The stated extent may be wrong; rows beyond it are read (and counted) as well.
        ws.reset_dimensions()
        width = columns  # None: each row as wide as its last cell, checked below
        rows = ws.iter_rows(max_col=width, values_only=True)
        formula_rows: Any = None
        if has_formulas:
            # Only a sheet with formulas is read a second time, alongside, to tell a formula
            # without a computed value from an empty cell.
            formula_book = open_book(data_only=False)
            formula_ws = formula_book[ws.title]
            formula_ws.reset_dimensions()
            formula_rows = formula_ws.iter_rows(max_col=width)
        first_rows = list(itertools.islice(rows, TITLE_ROWS + 1))
        if not first_rows:
            raise InputError("the sheet is empty", file=label, sheet=ws.title)
        titles = _title_rows(first_rows)
        header, rows = first_rows[titles], itertools.chain(first_rows[titles + 1:], rows)
        header_cells = None
        if formula_rows is not None:
            for _ in range(titles):
                next(formula_rows, None)
            header_cells = next(formula_rows, None)
        _check_merged(merged, titles, label, ws.title)
        table = Table(label, ws.title, _clean_headers(list(header), label, ws.title),
                      title_rows=titles)
        _check_width(table.headers, label, ws.title, bounds)
        if header_cells is not None:
            _check_formulas(header_cells, header, table, titles + 1)
        for number, values in enumerate(rows, start=titles + 2):
            if number > bounds.max_rows + 1:
                raise _too_many_rows(label, ws.title, bounds)
            if len(values) > bounds.max_columns:
                raise LimitError(f"the row reaches column {len(values):,}, more than the limit "
                                 f"of {bounds.max_columns:,} (set STAKEHOLDER_GRAPH_MAX_COLUMNS"
                                 " to allow more, or delete the stray cells)", file=label,
                                 sheet=ws.title, row=number)
            if formula_rows is not None:
                _check_formulas(next(formula_rows, ()), values, table, number)
            _add_row(table, number, [_cell(v) for v in values], bounds.max_cell_chars)
    finally:
        book.close()
        if formula_book is not None:
            formula_book.close()
    if not table.rows:
        raise InputError("the sheet has a header but no data rows", file=label, sheet=ws.title)
    return table


TITLE_ROWS = 5
"""At most this many rows above a sheet's header may hold a title (one cell each)."""


def _title_rows(first: list[Any]) -> int:
    """How many of a sheet's first rows are a title above its header: rows of one filled
    cell at most ("Netwerklijst werkambassadeur", a date), before the first row of two or
    more; 0 when there is no such row (a sheet of one column has no title to skip).

    Examples
    --------
    >>> _title_rows([("Netwerklijst", None), (None, None), ("Naam", "Plaats"), ("A", "B")])
    2
    >>> _title_rows([("Naam",), ("Techport",)]), _title_rows([("Naam", "Plaats")])
    (0, 0)
    """
    for i, row in enumerate(first[:TITLE_ROWS + 1]):
        if sum(v not in (None, "") and str(v).strip() != "" for v in row) >= 2:
            return i
    return 0


def _check_merged(merged: list[str], titles: int, label: str, sheet: str) -> None:
    """Refuse merged cells below the title rows: they hide values from every row but the
    first (a merged title above the header hides nothing)."""
    from openpyxl.utils.cell import range_boundaries

    for cells in merged:
        top = range_boundaries(cells)[1]
        if top > titles:
            raise InputError(f"merged cells ({cells}) hide values from every row but the "
                             "first; unmerge them and fill each row", file=label, sheet=sheet,
                             row=top)


def _check_formulas(cells: Any, values: Any, table: Table, number: int) -> None:
    for index, cell in enumerate(cells):
        if getattr(cell, "data_type", None) == "f" and (
                index >= len(values) or values[index] is None):
            header = table.headers[index] if index < len(table.headers) else \
                getattr(cell, "column_letter", str(index + 1))
            raise InputError(f"formula {cell.value} has no computed value: open and "
                             "save the file in Excel, or paste the values",
                             file=table.file, sheet=table.sheet, row=number, column=header)


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
    check_regular_file(path, label)  # a device, pipe or socket named .csv is refused
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
