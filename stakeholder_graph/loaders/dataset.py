"""A dataset folder: a ``dataset.yaml`` that lists reference data, files and mappings.

One command loads the whole folder as one load (one transaction)::

    name: noord-holland
    title: Werkambassadeur Noord-Holland
    reference:                 # shipped registers, each optional
      cbs: {province: Noord-Holland}
      duo: {province: Noord-Holland, levels: [MBO, HBO, WO]}
      social_domain: {province: Noord-Holland}
    source_name: crm           # optional: the source's stable name (see docs/loading.md)
    province: Noord-Holland    # optional: the province the data is about
    date: 2020-06-30           # optional: the date of the data (old municipality names are
                               # the municipality of that day; --at goes first, else today)
    aliases: aliases.csv       # optional: your own alias list (name, alias, source)
    former_names: namen.csv    # optional: your own former names (name, former, since, source)
    files:                     # in load order; paths relative to the folder
      - path: organisaties.csv
        mapping: mappings/organisaties.yaml
      - path: relaties.xlsx
        mapping: mappings/relaties.yaml
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..errors import InputError, LoadProblems, did_you_mean, key_hint
from ..files import read_yaml
from ..forked import Forked
from ..graph.model import Batch, pack_batch, unpack_batch
from .cbs import CBS_ORIGIN, load_cbs
from .duo import load_duo
from .social import load_social_domain
from .tabular import load_table, read_mapping

__all__ = ["load_dataset", "read_dataset_spec", "DATASET_FILE", "inside"]

DATASET_FILE = "dataset.yaml"
_REFERENCES = {"cbs": load_cbs, "duo": load_duo, "social_domain": load_social_domain}


def read_dataset_spec(folder: str | Path) -> dict[str, Any]:
    """Read and check a folder's ``dataset.yaml``.

    Raises
    ------
    InputError
        When the file is missing, not YAML, or names unknown keys or missing files.

    Examples
    --------
    >>> from stakeholder_graph.examples import example_path
    >>> read_dataset_spec(example_path())["name"]
    'noord-holland'
    """
    folder = Path(folder)
    spec_file = folder / DATASET_FILE
    label = str(spec_file)
    if not spec_file.is_file():
        raise InputError(f"no {DATASET_FILE} in this folder: a dataset folder lists its files "
                         "there", file=str(folder))
    spec = read_yaml(spec_file, label)  # bounded; duplicate keys refused
    if not isinstance(spec, dict):
        raise InputError("expected a mapping with 'files' (and optionally 'reference')",
                         file=label)
    keys = ["name", "title", "description", "reference", "files", "source_name", "province",
            "aliases", "former_names", "date"]
    unknown = set(spec) - set(keys)
    if unknown:
        key = sorted(unknown)[0]
        raise InputError(f"unknown key '{key}'{key_hint(key, keys)}",
                         file=label)
    for name, options in (spec.get("reference") or {}).items():
        if name not in _REFERENCES:
            raise InputError(f"unknown reference '{name}'{did_you_mean(name, _REFERENCES)}; "
                             f"expected {', '.join(_REFERENCES)}", file=label)
        if options is not None and not isinstance(options, dict):
            raise InputError(f"reference '{name}' takes a mapping of options", file=label)
    files = spec.get("files") or []
    if not isinstance(files, list):
        raise InputError("'files' must be a list", file=label)
    for i, entry in enumerate(files, start=1):
        if not isinstance(entry, dict) or "path" not in entry:
            raise InputError(f"files entry {i} needs a 'path'", file=label)
        for key in ("path", "mapping"):
            if key in entry:
                inside(folder, entry[key], f"files entry {i}: {key}", label)
                if not (folder / entry[key]).is_file():
                    raise InputError(f"files entry {i}: no such {key} '{entry[key]}'",
                                     file=label)
        unknown = set(entry) - {"path", "mapping", "source_name"}
        if unknown:
            raise InputError(f"files entry {i}: unknown key '{sorted(unknown)[0]}'; an entry "
                             "has path, mapping and source_name", file=label)
    for key in ("aliases", "former_names"):
        if spec.get(key):
            inside(folder, spec[key], key, label)
            if not (folder / spec[key]).is_file():
                raise InputError(f"{key}: no such file '{spec[key]}'", file=label)
    from .tabular import data_date

    spec["date"] = data_date(spec.get("date"), label)
    spec.setdefault("name", folder.name)
    if spec.get("province") is None:  # the province of the CBS reference, if one
        spec["province"] = ((spec.get("reference") or {}).get("cbs") or {}).get("province")
    return spec


def inside(folder: str | Path, relative: object, what: str, label: str) -> Path:
    """Return ``folder / relative`` when it lies inside the folder, else raise.

    A dataset lists its own files: an absolute path, ``..`` or a symbolic link that leads
    out of the folder is refused, so a shared dataset cannot make a load read other files.

    Examples
    --------
    >>> import tempfile
    >>> d = tempfile.mkdtemp()
    >>> inside(d, "../../etc/passwd", "files entry 1: path", "dataset.yaml")
    Traceback (most recent call last):
    ...
    stakeholder_graph.errors.InputError: dataset.yaml: files entry 1: path '../../etc/passwd' leads out of the dataset's folder: list only files inside it
    """
    if not isinstance(relative, str) or not relative.strip():
        raise InputError(f"{what} must be a file name", file=label)
    base = Path(folder).resolve()
    target = (base / relative).resolve()
    if Path(relative).is_absolute() or not target.is_relative_to(base):
        raise InputError(f"{what} '{relative}' leads out of the dataset's folder: list only "
                         "files inside it", file=label)
    return target


ASIDE_BYTES = 1_000_000
"""A dataset of several files, all but the biggest of which hold at least this many bytes
together, reads those files in a second process (on Linux) while this one reads the
biggest (see :mod:`stakeholder_graph.forked`): a big organisation sheet beside its
relationships takes about half the time."""


def _read_aside(folder: Path, entries: list[tuple[int, dict[str, Any]]]
                ) -> list[tuple[int, dict[str, Any]]]:
    """The files to read in a second process: all but the biggest, if big enough."""
    if len(entries) < 2:
        return []
    try:
        sizes = {i: (folder / entry["path"]).stat().st_size for i, entry in entries}
    except (OSError, KeyError, TypeError):  # reading them says what is wrong
        return []
    biggest = max(sizes, key=sizes.__getitem__)
    if sum(sizes.values()) - sizes[biggest] < ASIDE_BYTES:
        return []
    return [(i, entry) for i, entry in entries if i != biggest]


def _read_packed(folder: Path, spec: dict[str, Any], entries: list[tuple[int, dict[str, Any]]],
                 at: str | None, given: frozenset[str]) -> dict[int, tuple[Any, ...]]:
    """Read files in the second process, each as :func:`pack_batch` packs it."""
    return {i: pack_batch(_read_entry(folder, spec, i, entry, False, at, given))
            for i, entry in entries}


def _read_entry(folder: Path, spec: dict[str, Any], i: int, entry: dict[str, Any],
                progress: bool, at: str | None, given: frozenset[str] = frozenset()) -> Batch:
    """Read one file of a dataset; a file that cannot be read at all is one problem."""
    label = f"{spec['name']}/{entry['path']}"
    source = entry.get("source_name") or spec.get("source_name")
    if source and len(spec.get("files") or []) > 1 and not entry.get("source_name"):
        source = f"{source}/{i}"  # each file of the source is a source of its own
    try:
        mapping = read_mapping(folder / entry["mapping"]) if entry.get("mapping") else None
        return load_table(folder / entry["path"], mapping, label=label, progress=progress,
                          keep_problems=True, province=spec.get("province"),
                          source_name=source, at=at, source_date=spec.get("date"),
                          given_places=given)
    except InputError as exc:
        batch = Batch()
        batch.problems.append(exc.located(file=label).problem())
        return batch


def load_dataset(folder: str | Path, progress: bool = False,
                 keep_problems: bool = False, at: str | None = None) -> Batch:
    """Read every reference table and file a dataset folder lists into one batch.

    Provenance names files relative to the folder, prefixed with the dataset name
    (``noord-holland/organisaties.csv``), so it does not depend on where the folder lies.
    Every file is read, whatever the problems of the one before. ``at`` is the date of
    the data (``--at``), before the dataset's own ``date:``.

    Raises
    ------
    LoadProblems
        Every problem of every file (unless ``keep_problems``: then the good rows are
        returned, the problems in ``batch.problems``).

    Examples
    --------
    >>> from stakeholder_graph.examples import example_path
    >>> b = load_dataset(example_path())
    >>> any(n.name == "Techport" for n in b.nodes)
    True
    """
    from ..matching import former_names_in_use, read_former_names

    folder = Path(folder)
    try:
        spec = read_dataset_spec(folder)
        former = read_former_names(folder / spec["former_names"]) \
            if spec.get("former_names") else ()
    except InputError as exc:  # the folder's own file: nothing of it read, one problem
        if not keep_problems:
            raise LoadProblems([exc.problem()]) from None
        batch = Batch()
        batch.problems.append(exc.problem())
        return batch
    with former_names_in_use(former):
        batch = _load_dataset(folder, spec, progress, keep_problems, at)
    batch.former.extend(f for f in former if f not in batch.former)
    return batch


def _load_dataset(folder: Path, spec: dict[str, Any], progress: bool, keep_problems: bool,
                  at: str | None) -> Batch:
    """:func:`load_dataset`'s work, with the dataset's former names in use."""
    from ..matching import read_aliases

    batch = Batch()
    if spec.get("aliases"):
        batch.aliases.extend(read_aliases(folder / spec["aliases"]))
    for name, options in (spec.get("reference") or {}).items():
        try:
            batch.extend(_REFERENCES[name](**(options or {})))
        except TypeError as exc:
            raise InputError(f"reference '{name}': {exc}", file=str(folder / DATASET_FILE)) \
                from None
    # The municipalities the CBS reference gives: a sheet's places do not repeat them.
    given = frozenset(n.id[4:] for n in batch.nodes if n.kind == "Municipality"
                      and n.origin == CBS_ORIGIN)
    entries = list(enumerate(spec.get("files") or [], start=1))
    aside = _read_aside(folder, entries)
    job = Forked.start(_read_packed, folder, spec, aside, at, given) if aside else None
    try:
        read = {i: _read_entry(folder, spec, i, entry, progress, at, given)
                for i, entry in entries if job is None or (i, entry) not in aside}
    except BaseException:
        if job is not None:
            job.result()  # the second process ends too
        raise
    if job is not None:  # the other files, read meanwhile by a second process
        packed = job.result() or {}
        for i, entry in aside:
            read[i] = unpack_batch(packed[i]) if i in packed else \
                _read_entry(folder, spec, i, entry, progress, at, given)
    for i, _ in entries:
        batch.extend(read[i])
    if batch.problems and not keep_problems:
        raise LoadProblems(batch.problems)
    return batch
