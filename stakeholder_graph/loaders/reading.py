"""Honest reading: repaired mojibake, personal-data columns, the error report.

(Mappings and ``dataset.yaml`` are read by :func:`stakeholder_graph.files.read_yaml`, which
refuses a key written twice.)

- :func:`repair_text` repairs text that was UTF-8 read as Windows-1252 ("SÃºdwest-FryslÃ¢n"
  → "Súdwest-Fryslân") with ftfy; the loaders say how many cells they repaired.
- :func:`write_error_report` writes every problem of a load to a CSV file, as
  ``neo4j-admin import`` writes its report file.
"""

from __future__ import annotations

import csv
import os
import re
from pathlib import Path
from typing import Any

from ..errors import PROBLEM_COLUMNS

__all__ = ["repair_text", "write_error_report", "PERSONAL_HEADERS",
           "is_personal_header", "might_be_mojibake"]

PERSONAL_HEADERS = re.compile(
    r"(contact|persoon|personen|e-?mail|telefoon|tel\.?$|mobiel|gsm|phone|voornaam|"
    r"achternaam|geboorte|bsn|adres van|woonadres|linkedin)", re.IGNORECASE)
"""Headers of columns that hold personal data: such a column is left out, and said so."""

# Characters that UTF-8 read as cp1252 leaves behind: Ã (é, ü, …), Â (nbsp, °), â€ (’, –).
_MOJIBAKE_HINT = re.compile("[ÃÂÅÄ]|â€|Ã")


def is_personal_header(header: str) -> bool:
    """Whether a column header names personal data (a contact person, e-mail, phone).

    Examples
    --------
    >>> is_personal_header("Contactpersoon"), is_personal_header("E-mail"), is_personal_header("Sector")
    (True, True, False)
    """
    return bool(PERSONAL_HEADERS.search(str(header)))


def might_be_mojibake(text: str) -> bool:
    """Whether text has the tell-tale characters of UTF-8 read as Windows-1252 (a quick
    check before :func:`repair_text`).

    Examples
    --------
    >>> might_be_mojibake("SÃºdwest"), might_be_mojibake("Súdwest"), might_be_mojibake("KLM")
    (True, False, False)
    """
    return not text.isascii() and _MOJIBAKE_HINT.search(text) is not None


def repair_text(text: str) -> str:
    """Return text with mojibake repaired (UTF-8 that was read as Windows-1252), else as is.

    Only text with the tell-tale characters is given to ftfy, and ftfy changes only what it
    is sure of, so correct Dutch text ("Súdwest-Fryslân", "Coöperatie") stays as it is.

    Examples
    --------
    >>> repair_text("SÃºdwest-FryslÃ¢n")
    'Súdwest-Fryslân'
    >>> repair_text("Coöperatie Súdwest")
    'Coöperatie Súdwest'
    """
    if not might_be_mojibake(text):
        return text
    import ftfy

    return ftfy.fix_encoding(text)


def write_error_report(problems: list[dict[str, Any]], path: str | os.PathLike[str]) -> Path:
    """Write a load's problems to a CSV error report (UTF-8 with BOM, for Excel).

    Columns: ``file``, ``row``, ``column``, ``value``, ``problem``, ``suggestion``,
    ``code`` (the texts as the problems have them: Dutch by default).

    Examples
    --------
    >>> import tempfile, os
    >>> p = write_error_report([{"file": "a.csv", "row": 2, "column": "Soort",
    ...                          "value": "Bedrjf", "problem": "unknown kind",
    ...                          "suggestion": "'Bedrijf'"}],
    ...                        os.path.join(tempfile.mkdtemp(), "errors.csv"))
    >>> p.read_text(encoding="utf-8-sig").splitlines()[0]
    'file,row,column,value,problem,suggestion,code'
    """
    from ..files import atomic_path

    path = Path(path)
    with atomic_path(path) as tmp, tmp.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(PROBLEM_COLUMNS), extrasaction="ignore")
        writer.writeheader()
        for problem in problems:
            writer.writerow({k: "" if problem.get(k) is None else problem.get(k)
                             for k in PROBLEM_COLUMNS})
    return path
