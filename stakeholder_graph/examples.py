"""The bundled examples (``examples/`` in the repository, shipped inside the package)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

__all__ = ["example_path", "EXAMPLES"]

EXAMPLES = ("noord-holland",)


def example_path(name: str = "noord-holland") -> Path:
    """Return the folder of a bundled example dataset.

    Examples
    --------
    >>> (example_path() / "dataset.yaml").is_file()
    True
    """
    if name not in EXAMPLES:
        raise ValueError(f"no example {name!r}; examples: {', '.join(EXAMPLES)}")
    here = Path(str(resources.files("stakeholder_graph")))
    for candidate in (here / "example_data" / name, here.parent / "examples" / name):
        if (candidate / "dataset.yaml").is_file():
            return candidate
    raise FileNotFoundError(f"example {name!r} is not installed")
