"""Errors that reach the user as one clear line.

Every error a user can cause with bad input is a :class:`StakeholderGraphError`; the CLI
prints its message and exits non-zero, never a traceback.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Sequence

__all__ = [
    "StakeholderGraphError",
    "InputError",
    "StoreError",
    "LoadProblems",
    "PROBLEM_COLUMNS",
    "did_you_mean",
    "closest",
]


class StakeholderGraphError(Exception):
    """Base class of every error the tool reports to its user.

    The message is English, for the command line and the Python API. ``code`` (optional)
    names the problem and ``details`` hold its parts (names, ids, dates), so a face in
    another language can say it in its own words: the web app's texts are keyed by these
    codes (:data:`stakeholder_graph.web.i18n.ERRORS`).

    Examples
    --------
    >>> str(StakeholderGraphError("store is read-only"))
    'store is read-only'
    >>> err = StakeholderGraphError("no load 9: the loads are 1 to 4", code="no_load",
    ...                             number="9", last=4)
    >>> err.code, err.details
    ('no_load', {'number': '9', 'last': 4})
    """

    def __init__(self, *args: object, code: str | None = None, **details: object) -> None:
        super().__init__(*args)
        self.code = code
        self.details = details


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
        value: object = None,
        suggestion: str | None = None,
        code: str | None = None,
        details: dict[str, object] | None = None,
    ) -> None:
        self.message = message
        self.file = file
        self.sheet = sheet
        self.row = row
        self.column = column
        self.value = value
        self.suggestion = suggestion
        super().__init__(self.__str__(), code=code, **(details or {}))

    def located(self, **where: object) -> InputError:
        """Return a copy with missing location parts filled in from ``where``.

        Examples
        --------
        >>> str(InputError("bad date", column="Sinds").located(file="a.csv", row=2))
        "a.csv, row 2, column 'Sinds': bad date"
        """
        fields = {k: getattr(self, k)
                  for k in ("file", "sheet", "row", "column", "value", "suggestion")}
        for key, value in where.items():
            if fields.get(key) is None:
                fields[key] = value
        return InputError(self.message, code=self.code, details=self.details,
                          **fields)  # type: ignore[arg-type]

    def problem(self, lang: str = "nl") -> dict[str, object]:
        """Return the error as one row of an error report (see :class:`LoadProblems`).

        The suggestion is the error's own, else the "did you mean" part of its message.
        ``problem`` and ``suggestion`` are in ``lang`` (Dutch by default), ``code`` names
        the problem, ``problem_en`` and ``suggestion_en`` keep the English (see
        :mod:`stakeholder_graph.loaders.messages`).

        Examples
        --------
        >>> row = InputError("unknown kind 'Bedrjf' (did you mean 'Bedrijf'?); expected one "
        ...                  "of Company, School", file="a.csv", row=3, column="Soort",
        ...                  value="Bedrjf").problem()
        >>> row["code"], row["suggestion"], row["problem"]
        ('unknown_kind', "'Bedrijf'", "onbekende soort 'Bedrjf' (bedoelde u 'Bedrijf'?); verwacht een van bedrijf of onderwijsinstelling")
        """
        suggestion = self.suggestion
        if suggestion is None:
            found = re.search(r"\(did you mean (.*)\?\)", self.message)
            suggestion = found.group(1) if found else ""
        file = f"{self.file} [{self.sheet}]" if self.file and self.sheet else self.file
        from .loaders.messages import localise

        return localise({"file": file or "", "row": self.row, "column": self.column or "",
                         "value": "" if self.value is None else self.value,
                         "problem": self.message, "suggestion": suggestion}, lang)

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


PROBLEM_COLUMNS = ("file", "row", "column", "value", "problem", "suggestion", "code")
"""The keys of each problem of :class:`LoadProblems`, and the columns of an error report
(each problem also keeps its English text in ``problem_en`` and ``suggestion_en``)."""


class LoadProblems(InputError):  # noqa: N818 - the name the import page uses
    """Every problem a load found in its input, at once; nothing was written.

    ``problems`` lists them in the order found, each a dict with the keys of
    :data:`PROBLEM_COLUMNS` (``file``, ``row``, ``column``, ``value``, ``problem``,
    ``suggestion`` — in Dutch by default —, ``code``). The message is the first problem's
    line, in English, and the count.

    Examples
    --------
    >>> err = LoadProblems([InputError("unknown kind 'X'", file="a.csv", row=2).problem(),
    ...                     InputError("no name", file="a.csv", row=5).problem()])
    >>> str(err)
    "a.csv, row 2: unknown kind 'X' (and 1 more problem: 2 in all)"
    >>> len(err.problems)
    2
    """

    def __init__(self, problems: list[dict[str, object]]) -> None:
        self.problems = list(problems)
        first = self.problems[0] if self.problems else {"problem": "no problems"}
        super().__init__(str(first.get("problem_en") or first["problem"]), file=str(first.get("file") or "") or None,
                         row=first.get("row"),  # type: ignore[arg-type]
                         column=str(first.get("column") or "") or None)

    def __str__(self) -> str:
        text = super().__str__()
        more = len(getattr(self, "problems", ())) - 1
        if more > 0:
            text += f" (and {more} more problem{'s' if more > 1 else ''}: {more + 1} in all)"
        return text

    @staticmethod
    def line(problem: dict[str, object], lang: str | None = None) -> str:
        """Return one problem as the one line a user reads: as the row has it, or in
        ``lang`` (``"nl"``: "rij 3, kolom 'Soort'").

        Examples
        --------
        >>> LoadProblems.line({"file": "a.csv", "row": 3, "column": "Soort",
        ...                    "value": "Bedrjf", "problem": "unknown kind 'Bedrjf'"})
        "a.csv, row 3, column 'Soort': unknown kind 'Bedrjf'"
        >>> LoadProblems.line({"file": "a.csv", "row": 3, "column": "Soort",
        ...                    "problem": "unknown kind 'Bedrjf'"}, "nl")
        "a.csv, rij 3, kolom 'Soort': onbekende soort 'Bedrjf'"
        """
        if lang is not None:
            from .loaders.messages import localise

            problem = localise(problem, lang)
        text = str(InputError(str(problem["problem"]), file=str(problem.get("file") or "")
                              or None, row=problem.get("row"),  # type: ignore[arg-type]
                              column=str(problem.get("column") or "") or None))
        if lang == "nl":
            where, sep, what = text.partition(": ")
            if sep and ("row " in where or "column '" in where):
                where = re.sub(r"(^|, )row (\d+)", r"\1rij \2", where)
                where = where.replace(", column '", ", kolom '")
                where = re.sub(r"^column '", "kolom '", where)
                text = f"{where}: {what}"
        return text


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
    >>> print(did_you_mean("t Haantje", ["'t Haantje"]))  # a name with an apostrophe
     (did you mean "'t Haantje"?)
    """
    close = closest(word, choices, n)
    if not close:
        return ""
    return " (did you mean " + " or ".join(quoted(c) for c in close) + "?)"


DUTCH_KEYS = {
    "kolommen": "columns", "kolom": "columns", "velden": "columns", "waarden": "values",
    "waarde": "values", "standaard": "defaults", "standaardwaarden": "defaults",
    "tabel": "table", "blad": "sheet", "werkblad": "sheet", "tabblad": "sheet",
    "bron": "source_name", "bronnaam": "source_name", "provincie": "province",
    "datum": "date", "peildatum": "date", "naam": "name", "titel": "title",
    "beschrijving": "description", "omschrijving": "description", "referentie": "reference",
    "bestanden": "files", "aliassen": "aliases", "vroegere_namen": "former_names"}
"""The keys of a mapping or a dataset.yaml as a Dutch user may write them ("kolommen:",
"bestanden:"): the error names the key meant; the files keep the English keys the docs and
examples write."""


def key_hint(key: object, keys: Sequence[str]) -> str:
    """What to say after "unknown key 'x'" in a YAML file: the key meant, or all the keys.

    A key written in Dutch (:data:`DUTCH_KEYS`) is told the English one, when the file has
    it; a key close to no key is answered with the list of keys.

    Examples
    --------
    >>> key_hint("colums", ["table", "columns"])
    " (did you mean 'columns'?)"
    >>> key_hint("kolommen", ["table", "columns"])
    " (did you mean 'columns'?)"
    >>> key_hint("xyz", ["table", "columns"])
    "; the keys are 'table', 'columns'"
    """
    meant = DUTCH_KEYS.get(str(key).strip().casefold())
    if meant in keys:
        return f" (did you mean {quoted(meant)}?)"
    return did_you_mean(str(key), keys) or "; the keys are " + ", ".join(map(quoted, keys))


def quoted(name: str) -> str:
    """A name between single quotes, or double ones when it holds a single quote.

    Examples
    --------
    >>> print(quoted("Hoorn"), quoted("'t Haantje"))
    'Hoorn' "'t Haantje"
    """
    return f'"{name}"' if "'" in name else f"'{name}'"


def closest(word: str, choices: Iterable[str], n: int = 3) -> list[str]:
    """Return the choices closest to ``word``: the best and those nearly as good, as
    :func:`did_you_mean` names them.

    Examples
    --------
    >>> closest("Harlem", ["Haarlem", "Haarle", "Hoorn"])
    ['Haarlem', 'Haarle']
    """
    pool = {c.casefold(): c for c in choices}
    close = difflib.get_close_matches(word.casefold(), list(pool), n=n, cutoff=0.6)
    # Only the best match and those nearly as good: a far second guess misleads.
    score = {c: difflib.SequenceMatcher(None, word.casefold(), c).ratio() for c in close}
    return [pool[c] for c in close if score[c] >= score[close[0]] - 0.1]
