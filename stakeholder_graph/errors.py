"""Errors that reach the user as one clear line.

Every error a user can cause with bad input is a :class:`StakeholderGraphError`; the CLI
prints its message and exits non-zero, never a traceback.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable

__all__ = [
    "StakeholderGraphError",
    "InputError",
    "StoreError",
    "did_you_mean",
]


class StakeholderGraphError(Exception):
    """Base class of every error the tool reports to its user.

    Examples
    --------
    >>> str(StakeholderGraphError("store is read-only"))
    'store is read-only'
    """


class InputError(StakeholderGraphError):
    """A problem in an input file, located by file, sheet, row and column.

    Parameters
    ----------
    message : str
        What is wrong and what was expected.
    file, sheet : str, optional
        The file (and worksheet) the problem is in.
    row : int, optional
        The row as the user sees it in a spreadsheet program (the header is row 1).
    column : str, optional
        The column header as written in the file.

    Examples
    --------
    >>> str(InputError("unknown kind 'Bedrjf'", file="orgs.csv", row=3, column="Soort"))
    "orgs.csv, row 3, column 'Soort': unknown kind 'Bedrjf'"
    """

    def __init__(
        self,
        message: str,
        *,
        file: str | None = None,
        sheet: str | None = None,
        row: int | None = None,
        column: str | None = None,
    ) -> None:
        self.message = message
        self.file = file
        self.sheet = sheet
        self.row = row
        self.column = column
        super().__init__(self.__str__())

    def located(self, **where: object) -> InputError:
        """Return a copy with missing location parts filled in from ``where``.

        Examples
        --------
        >>> str(InputError("bad date", column="Sinds").located(file="a.csv", row=2))
        "a.csv, row 2, column 'Sinds': bad date"
        """
        fields = {k: getattr(self, k) for k in ("file", "sheet", "row", "column")}
        for key, value in where.items():
            if fields.get(key) is None:
                fields[key] = value
        return InputError(self.message, **fields)  # type: ignore[arg-type]

    def __str__(self) -> str:
        parts = []
        if self.file:
            parts.append(f"{self.file} [{self.sheet}]" if self.sheet else self.file)
        if self.row is not None:
            parts.append(f"row {self.row}")
        if self.column is not None:
            parts.append(f"column '{self.column}'")
        where = ", ".join(parts)
        return f"{where}: {self.message}" if where else self.message


class StoreError(StakeholderGraphError):
    """A store cannot be opened, read or written (server down, read-only file, ...).

    Examples
    --------
    >>> str(StoreError("cannot write ./x.db: read-only file system"))
    'cannot write ./x.db: read-only file system'
    """


def did_you_mean(word: str, choices: Iterable[str], n: int = 3) -> str:
    """Return ``" (did you mean 'x'?)"`` for the closest choices, or an empty string.

    Examples
    --------
    >>> did_you_mean("Amsterdm", ["Amsterdam", "Amstelveen", "Zaanstad"])
    " (did you mean 'Amsterdam'?)"
    >>> did_you_mean("xyz", ["Amsterdam"])
    ''
    """
    pool = {c.casefold(): c for c in choices}
    close = difflib.get_close_matches(word.casefold(), list(pool), n=n, cutoff=0.6)
    if not close:
        return ""
    # Only the best match and those nearly as good: a far second guess misleads.
    score = {c: difflib.SequenceMatcher(None, word.casefold(), c).ratio() for c in close}
    close = [c for c in close if score[c] >= score[close[0]] - 0.1]
    return " (did you mean " + " or ".join(f"'{pool[c]}'" for c in close) + "?)"
