"""Loaders turn sources into validated records (a :class:`~stakeholder_graph.graph.model.Batch`).

They never touch a store. :func:`read_path` picks the loader for a path: a dataset folder
(with ``dataset.yaml``), or one CSV/XLSX sheet with an optional mapping.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import InputError
from ..graph.model import Batch, paused_gc
from .cbs import geography, load_cbs
from .dataset import DATASET_FILE, load_dataset
from .duo import load_duo
from .social import load_social_domain
from .tabular import load_table, read_mapping

__all__ = [
    "read_path",
    "load_cbs",
    "load_duo",
    "load_social_domain",
    "load_table",
    "load_dataset",
    "read_mapping",
    "geography",
]


def read_path(path: str | Path, mapping: str | Path | None = None,
              progress: bool = False, keep_problems: bool = False,
              at: str | None = None) -> Batch:
    """Read a dataset folder, a ``dataset.yaml``, or one CSV/XLSX file into a batch.

    Every row is checked. A bad row raises :class:`~stakeholder_graph.errors.LoadProblems`
    listing every problem at once; with ``keep_problems`` the good rows come back and the
    problems are in ``batch.problems`` (a file that cannot be read at all is one problem).
    ``at`` is the date of the data: an old municipality name is the municipality of that
    day (see :meth:`~stakeholder_graph.loaders.cbs.Geography.resolve`).

    Examples
    --------
    >>> from stakeholder_graph.examples import example_path
    >>> batch = read_path(example_path())
    >>> len(batch.nodes) > 100
    True
    """
    path = Path(path)
    with paused_gc():
        if path.is_dir() or path.name == DATASET_FILE:
            folder = path if path.is_dir() else path.parent
            return load_dataset(folder, progress=progress, keep_problems=keep_problems, at=at)
        if not keep_problems:
            return load_table(path, mapping, progress=progress, at=at)
        try:
            return load_table(path, mapping, progress=progress, keep_problems=True, at=at)
        except InputError as exc:
            batch = Batch()
            batch.problems.append(exc.located(file=str(path)).problem())
            return batch
