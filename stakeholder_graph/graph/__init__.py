"""The graph model and the stores (embedded SQLite and Neo4j)."""

from .model import KINDS, ORGANISATION_KINDS, REL_TYPES, Batch, EdgeRecord, NodeRecord
from .store import LoadResult, Store, open_store

__all__ = [
    "KINDS",
    "ORGANISATION_KINDS",
    "REL_TYPES",
    "Batch",
    "EdgeRecord",
    "NodeRecord",
    "LoadResult",
    "Store",
    "open_store",
]
