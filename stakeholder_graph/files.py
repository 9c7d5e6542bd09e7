"""Write output files whole or not at all; read input files within limits."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

import yaml

from .errors import InputError, StakeholderGraphError

__all__ = ["atomic_path", "Limits", "LimitError", "limits", "check_regular_file",
           "read_bounded", "read_yaml"]


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike[str], suffix: str = ".tmp") -> Iterator[Path]:
    """Yield a temporary path beside ``path``; on success it replaces ``path``.

    A failed write never leaves half a file, and the file gets the usual permissions
    (``0666`` less the umask), not those of a private temporary file.

    Examples
    --------
    >>> import tempfile, os
    >>> target = os.path.join(tempfile.mkdtemp(), "out.txt")
    >>> with atomic_path(target) as tmp:
    ...     _ = tmp.write_text("klaar")
    >>> open(target).read()
    'klaar'
    """
    path = Path(path)
    if not path.parent.exists():
        raise StakeholderGraphError(f"cannot write {path}: folder {path.parent} does not exist")
    fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=suffix)
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


# --------------------------------------------------------------------------- bounded reading
#
# Input files come from users and other tools, and may be hostile or broken: a tiny XLSX
# that claims a million rows, a YAML "billion laughs", /dev/zero linked as a CSV. Every
# reader goes through the limits below, so each such file is one clear line naming the
# limit, within seconds and well under a gigabyte of memory (see docs/security.md).


class LimitError(InputError):
    """An input file exceeds one of the reading limits (:class:`Limits`)."""


@dataclass(frozen=True)
class Limits:
    """Upper bounds on what one input file may hold.

    Each limit can be set through an environment variable (shown in brackets); the
    defaults are far above what a real stakeholder sheet holds, and the large ones above a
    load of a million organisations.

    Attributes
    ----------
    max_bytes : int
        Bytes of one CSV file, or uncompressed bytes of one XLSX workbook
        (``STAKEHOLDER_GRAPH_MAX_BYTES``, 1 GiB).
    max_rows : int
        Rows of one sheet (``STAKEHOLDER_GRAPH_MAX_ROWS``, 5,000,000).
    max_columns : int
        Columns of one sheet (``STAKEHOLDER_GRAPH_MAX_COLUMNS``, 500).
    max_cells : int
        Rows × columns of one XLSX sheet's extent (``STAKEHOLDER_GRAPH_MAX_CELLS``,
        50,000,000).
    max_cell_chars : int
        Characters in one cell (``STAKEHOLDER_GRAPH_MAX_CELL_CHARS``, 100,000).
    max_yaml_bytes : int
        Bytes of one mapping or ``dataset.yaml`` (``STAKEHOLDER_GRAPH_MAX_YAML_BYTES``, 1 MiB).
    max_yaml_nodes : int
        Values in one YAML document, aliases counted as often as they are used
        (``STAKEHOLDER_GRAPH_MAX_YAML_NODES``, 100,000).
    max_yaml_aliases : int
        Alias uses (``*name``) in one YAML document (``STAKEHOLDER_GRAPH_MAX_YAML_ALIASES``,
        100).
    max_yaml_depth : int
        Nesting depth of one YAML document (``STAKEHOLDER_GRAPH_MAX_YAML_DEPTH``, 20).

    Examples
    --------
    >>> Limits().max_columns
    500
    >>> Limits.from_env({"STAKEHOLDER_GRAPH_MAX_ROWS": "10"}).max_rows
    10
    """

    max_bytes: int = 1 << 30
    max_rows: int = 5_000_000
    max_columns: int = 500
    max_cells: int = 50_000_000
    max_cell_chars: int = 100_000
    max_yaml_bytes: int = 1 << 20
    max_yaml_nodes: int = 100_000
    max_yaml_aliases: int = 100
    max_yaml_depth: int = 20

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Limits:
        """Return the limits with any ``STAKEHOLDER_GRAPH_MAX_*`` variable applied.

        Raises
        ------
        StakeholderGraphError
            When a variable is not a positive whole number.
        """
        environ = os.environ if environ is None else environ
        values: dict[str, int] = {}
        for item in fields(cls):
            name = "STAKEHOLDER_GRAPH_" + item.name.upper()
            text = environ.get(name)
            if text is None or not text.strip():
                continue
            try:
                value = int(text.replace("_", "").strip())
            except ValueError:
                value = 0
            if value <= 0:
                raise StakeholderGraphError(f"{name}={text!r}: expected a positive whole number")
            values[item.name] = value
        return cls(**values)


def limits() -> Limits:
    """Return the reading limits in force (defaults, or set from the environment).

    Examples
    --------
    >>> limits().max_cell_chars >= 1000
    True
    """
    return Limits.from_env()


def check_regular_file(path: str | os.PathLike[str], label: str | None = None) -> Path:
    """Return ``path`` when it is a regular file; refuse devices, pipes, sockets, folders.

    A symbolic link is followed: a link to ``/dev/zero`` named ``x.csv`` is refused.

    Raises
    ------
    InputError
        When the path does not exist or is not a regular file.

    Examples
    --------
    >>> check_regular_file("/dev/zero", "x.csv")
    Traceback (most recent call last):
    ...
    stakeholder_graph.errors.InputError: x.csv: not a regular file (a character device): only files on disk can be read
    """
    path = Path(path)
    label = label or str(path)
    try:
        info = path.stat()
    except FileNotFoundError:
        raise InputError("no such file", file=label) from None
    except OSError as exc:
        raise InputError(f"cannot read the file: {exc.strerror}", file=label) from None
    if stat.S_ISDIR(info.st_mode):
        raise InputError("is a folder, not a file (a dataset folder needs a dataset.yaml)",
                         file=label)
    if not stat.S_ISREG(info.st_mode):
        what = ("a character device" if stat.S_ISCHR(info.st_mode) else
                "a block device" if stat.S_ISBLK(info.st_mode) else
                "a pipe" if stat.S_ISFIFO(info.st_mode) else
                "a socket" if stat.S_ISSOCK(info.st_mode) else "a special file")
        raise InputError(f"not a regular file ({what}): only files on disk can be read",
                         file=label)
    return path


def read_bounded(path: str | os.PathLike[str], label: str | None = None,
                 max_bytes: int | None = None, what: str = "STAKEHOLDER_GRAPH_MAX_BYTES"
                 ) -> bytes:
    """Read a regular file's bytes, refusing one bigger than ``max_bytes``.

    The size is checked before reading and again while reading (a file that grows is
    cut off at the limit, never read without end).

    Raises
    ------
    LimitError
        When the file is bigger than the limit.

    Examples
    --------
    >>> import tempfile, os
    >>> p = os.path.join(tempfile.mkdtemp(), "a.csv")
    >>> _ = open(p, "w").write("Naam\\nKLM\\n")
    >>> read_bounded(p, max_bytes=100)
    b'Naam\\nKLM\\n'
    """
    path = check_regular_file(path, label)
    label = label or str(path)
    limit = limits().max_bytes if max_bytes is None else max_bytes
    size = path.stat().st_size
    if size > limit:
        raise LimitError(f"the file has {size:,} bytes, more than the limit of {limit:,} "
                         f"(set {what} to allow more)", file=label)
    with open(path, "rb") as fh:
        data = fh.read(limit + 1)
    if len(data) > limit:
        raise LimitError(f"the file has more than {limit:,} bytes, the limit "
                         f"(set {what} to allow more)", file=label)
    return data


class _BoundedYAMLLoader(yaml.SafeLoader):
    """PyYAML's safe loader with budgets on aliases, size and depth, refusing duplicate keys."""

    def __init__(self, stream: str, label: str, bounds: Limits) -> None:
        super().__init__(stream)
        self._label, self._bounds = label, bounds
        self._aliases = self._depth = 0
        self._sizes: dict[int, int] = {}

    def _refuse(self, message: str, mark: Any) -> LimitError:
        row = mark.line + 1 if mark is not None else None
        return LimitError(message, file=self._label, row=row)

    def compose_node(self, parent: Any, index: Any) -> Any:  # noqa: D102
        bounds = self._bounds
        if self.check_event(yaml.AliasEvent):
            self._aliases += 1
            if self._aliases > bounds.max_yaml_aliases:
                raise self._refuse(f"more than {bounds.max_yaml_aliases} aliases (*name): "
                                   "the YAML limit (STAKEHOLDER_GRAPH_MAX_YAML_ALIASES)",
                                   self.peek_event().start_mark)
        self._depth += 1
        try:
            if self._depth > bounds.max_yaml_depth:
                raise self._refuse(f"nested more than {bounds.max_yaml_depth} levels deep: "
                                   "the YAML limit (STAKEHOLDER_GRAPH_MAX_YAML_DEPTH)",
                                   self.peek_event().start_mark)
            node = super().compose_node(parent, index)
        finally:
            self._depth -= 1
        size = self._sizes.get(id(node))
        if size is None:  # a new node; an alias reuses its node and its size
            size = 1
            if isinstance(node, yaml.SequenceNode):
                size += sum(self._sizes.get(id(child), 1) for child in node.value)
            elif isinstance(node, yaml.MappingNode):
                size += sum(self._sizes.get(id(k), 1) + self._sizes.get(id(v), 1)
                            for k, v in node.value)
            self._sizes[id(node)] = size
        if size > bounds.max_yaml_nodes:
            raise self._refuse(f"the YAML expands to more than {bounds.max_yaml_nodes:,} "
                               "values (aliases counted each time they are used): the limit "
                               "(STAKEHOLDER_GRAPH_MAX_YAML_NODES)", node.start_mark)
        return node

    def construct_mapping(self, node: Any, deep: bool = False) -> Any:  # noqa: D102
        if isinstance(node, yaml.MappingNode):
            seen: dict[Any, int] = {}
            for key_node, _ in node.value:
                if key_node.tag == "tag:yaml.org,2002:merge":
                    continue
                key = self.construct_object(key_node, deep=True)
                try:
                    hash(key)
                except TypeError:
                    raise self._refuse("a mapping key must be plain text",
                                       key_node.start_mark) from None
                line = key_node.start_mark.line + 1
                if key in seen:
                    raise self._refuse(f"duplicate key {key!r} (also on line {seen[key]}): "
                                       "only one of them would count", key_node.start_mark)
                seen[key] = line
        return super().construct_mapping(node, deep=deep)


_BoundedYAMLLoader.add_constructor("tag:yaml.org,2002:map",
                                   _BoundedYAMLLoader.construct_yaml_map)


def _yaml_problem(exc: yaml.YAMLError) -> str:
    """A YAML error as one line, with the line it is on and, for a key or value YAML reads
    as its own syntax ("* myContacts", "A ::: B"), that quotes are what it needs.

    Examples
    --------
    >>> try:
    ...     yaml.safe_load("values:\\n  kind:\\n    * myContacts: bedrijf\\n")
    ... except yaml.YAMLError as exc:
    ...     print(_yaml_problem(exc))
    invalid YAML at line 3: while scanning an alias: expected alphabetic or numeric character, but found ' ' (a key or value that begins with '*', '&', '!' or holds ': ' needs quotes: "* myContacts")
    """
    mark = getattr(exc, "problem_mark", None)
    where = f" at line {mark.line + 1}" if mark is not None else ""
    what = ": ".join(p for p in (getattr(exc, "context", None), getattr(exc, "problem", None))
                     if p) or str(exc).splitlines()[0]
    hint = ""
    if any(w in what for w in ("alias", "anchor", "tag", "mapping values are not allowed")):
        hint = " (a key or value that begins with '*', '&', '!' or holds ': ' needs quotes: " \
               "\"* myContacts\")"
    return f"invalid YAML{where}: {what}{hint}"


def read_yaml(path: str | os.PathLike[str], label: str | None = None) -> Any:
    """Read a YAML file safely: bounded size, aliases, expansion and depth; no duplicate keys.

    PyYAML's safe loader alone builds no objects from tags, but it follows any number of
    aliases (a 700-byte "billion laughs" grows to gigabytes in the code that walks it),
    recurses without bound on deep nesting, and silently keeps the last of two equal keys.

    Raises
    ------
    InputError
        For a missing file, invalid YAML, or a limit exceeded (:class:`LimitError`), as one
        line naming the file and line.

    Examples
    --------
    >>> import tempfile, os
    >>> p = os.path.join(tempfile.mkdtemp(), "m.yaml")
    >>> _ = open(p, "w").write("a: &x [1, 2]\\nb: *x\\n")
    >>> read_yaml(p)
    {'a': [1, 2], 'b': [1, 2]}
    >>> _ = open(p, "w").write("table: organisations\\ntable: relationships\\n")
    >>> read_yaml(p, "m.yaml")
    Traceback (most recent call last):
    ...
    stakeholder_graph.files.LimitError: m.yaml, row 2: duplicate key 'table' (also on line 1): only one of them would count
    """
    label = label or str(path)
    bounds = limits()
    raw = read_bounded(path, label, bounds.max_yaml_bytes, "STAKEHOLDER_GRAPH_MAX_YAML_BYTES")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"invalid YAML: not UTF-8 text (byte 0x{raw[exc.start]:02X})",
                         file=label) from None
    loader = _BoundedYAMLLoader(text, label, bounds)
    try:
        return loader.get_single_data()
    except yaml.YAMLError as exc:
        raise InputError(_yaml_problem(exc), file=label) from None
    except RecursionError:  # pragma: no cover - the depth limit stops it first
        raise LimitError("nested too deep", file=label) from None
    finally:
        loader.dispose()
