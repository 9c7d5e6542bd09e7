"""Who to connect next: one engine for two questions.

*Introductions* join two organisations (across ecosystems by default); *memberships* bring
an organisation into a group it is not in (a campus/PPS, programme, fund, manifest or
event). Both are scored from typed paths between the two ends, counted with SciPy sparse
matrices (:mod:`.features`), weighted by a model fitted on the store's own links
(:mod:`.model`), and explained by the path instances that carried the score
(:mod:`.explain`). :func:`suggest` is the pipeline (:mod:`.engine`); ``docs/suggestions.md``
explains score, model and evaluation for an analyst.
"""

from .context import ENDPOINT_KINDS, MEMBERSHIP_TYPES, TIE_TYPES, Context, context
from .engine import (
    INTRODUCTION_COLUMNS,
    MEMBERSHIP_COLUMNS,
    Filters,
    model_for,
    rank,
    selection,
    suggest,
    to_frame,
)
from .explain import Fact, introduction_facts, membership_facts, sentence
from .features import INTRODUCTION_FEATURES, MEMBERSHIP_FEATURES
from .model import DEFAULT_WEIGHTS, QUESTIONS, Model, check_weights, fit_model

__all__ = ["suggest", "suggest_memberships", "suggest_campuses", "Filters", "Context", "context", "Model",
           "fit_model", "model_for", "check_weights", "DEFAULT_WEIGHTS", "QUESTIONS",
           "selection", "rank", "to_frame", "Fact", "introduction_facts", "membership_facts",
           "sentence", "INTRODUCTION_FEATURES", "MEMBERSHIP_FEATURES", "INTRODUCTION_COLUMNS",
           "MEMBERSHIP_COLUMNS", "TIE_TYPES", "MEMBERSHIP_TYPES", "ENDPOINT_KINDS"]


def suggest_campuses(graph, **options):  # noqa: ANN001, ANN003, ANN201
    """The old name of :func:`suggest_memberships`, limited to campuses.

    Examples
    --------
    >>> import networkx as nx
    >>> g = nx.MultiDiGraph()
    >>> for n in "ab": g.add_node(n, kind="Company", name=n.upper())
    >>> g.add_node("c", kind="Campus", name="C")
    >>> _ = g.add_edge("a", "b", type="PARTNERS_WITH"); _ = g.add_edge("b", "c", type="MEMBER_OF")
    >>> suggest_campuses(g)[["org", "group"]].values.tolist()
    [['A', 'C']]
    """
    return suggest(graph, what="memberships", kinds=("Campus",), **options)


def suggest_memberships(graph, **options):  # noqa: ANN001, ANN003, ANN201
    """Suggest memberships: :func:`suggest` with ``what="memberships"``.

    Examples
    --------
    >>> import networkx as nx
    >>> suggest_memberships(nx.MultiDiGraph(), for_org=None)
    Traceback (most recent call last):
    ...
    ValueError: there is nothing to suggest memberships for: the store holds no group (campus, programme, fund, manifest or event) that organisations are MEMBER_OF, SIGNED, FUNDED_BY or ATTENDED
    """
    return suggest(graph, what="memberships", **options)
