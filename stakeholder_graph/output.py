"""Write DataFrames as a text table, CSV, JSON or XLSX — safe to open in a spreadsheet.

A text cell that starts with ``=``, ``+``, ``-``, ``@`` (or a tab or carriage return) would
run as a formula when a spreadsheet opens the file (CSV/formula injection). CSV cells of
that kind get a leading apostrophe; XLSX cells are written as text, never as formulas.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pandas as pd

from .errors import StakeholderGraphError
from .files import atomic_path

__all__ = ["FORMATS", "neutralise", "format_frame", "write_frame"]

FORMATS = ("table", "csv", "json", "xlsx")
_RISKY = ("=", "+", "-", "@", "\t", "\r")


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


def _clean(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.astype(object).where(frame.notna(), None)


def format_frame(frame: pd.DataFrame, fmt: str) -> str:
    """Render a DataFrame as a text table, CSV or JSON (records).

    Examples
    --------
    >>> print(format_frame(pd.DataFrame({"name": ["=1+1"]}), "csv"), end="")
    name
    '=1+1
    """
    if fmt == "table":
        if frame.empty:
            return "(no rows)\n"
        return _clean(frame).fillna("").to_string(index=False) + "\n"
    if fmt == "csv":
        return _clean(frame).map(neutralise).to_csv(index=False)
    if fmt == "json":
        return json.dumps(_clean(frame).to_dict(orient="records"), ensure_ascii=False,
                          indent=2, default=str) + "\n"
    raise StakeholderGraphError(f"format '{fmt}' needs an output file (-o FILE.xlsx)"
                                if fmt == "xlsx" else f"unknown format '{fmt}'")


def write_frame(frame: pd.DataFrame, fmt: str, path: str | os.PathLike[str],
                sheet: str = "resultaat") -> Path:
    """Write a DataFrame to a file (atomically: a temporary file, then renamed).

    XLSX text cells are stored as text, so none runs as a formula in Excel.

    Examples
    --------
    >>> import tempfile, os, openpyxl
    >>> p = os.path.join(tempfile.mkdtemp(), "x.xlsx")
    >>> _ = write_frame(pd.DataFrame({"name": ["=1+1"]}), "xlsx", p)
    >>> cell = openpyxl.load_workbook(p)["resultaat"]["A2"]
    >>> cell.value, cell.data_type
    ('=1+1', 's')
    """
    with atomic_path(path) as tmp:
        if fmt == "xlsx":
            _write_xlsx(_clean(frame), str(tmp), sheet)
        else:
            tmp.write_text(format_frame(frame, fmt), encoding="utf-8")
    return Path(path)


def _write_xlsx(frame: pd.DataFrame, path: str, sheet: str) -> None:
    import openpyxl
    from openpyxl.cell.cell import TYPE_STRING

    book = openpyxl.Workbook()
    ws = book.active
    ws.title = sheet[:31]
    ws.append([str(c) for c in frame.columns])
    for row in frame.itertuples(index=False):
        ws.append([None if v is None else (v if isinstance(v, int | float) else str(v))
                   for v in row])
    for cells in ws.iter_rows(min_row=1):
        for cell in cells:
            if isinstance(cell.value, str) and cell.value.startswith(_RISKY):
                cell.data_type = TYPE_STRING
                cell.quotePrefix = True
    book.save(path)
