"""The weights of the features: learned per store, or documented defaults on tiny stores.

A score is a weighted sum of a pair's features (see :mod:`.features`). The weights come
from a logistic regression fitted on the store's own links:

1. hide a seeded 20 % of the links of the question (ties between organisations for
   introductions, memberships for memberships);
2. compute the features on what is left, for the hidden links of at most
   :data:`FIT_ROWS` organisations (positives) and for five times as many non-links of
   theirs (negatives: most among the candidates the engine would rank, the rest from all
   columns);
3. add the recorded introductions: *made* is a positive, *declined* a negative;
4. fit a logistic regression with weights ≥ 0 (:func:`logistic_regression`) on
   standardised features with balanced classes; the weights are its coefficients on the
   original scale. Every feature is evidence for a link, never against it.

A store with fewer than :data:`MIN_LINKS` links of the question is too small to learn from
and uses :data:`DEFAULT_WEIGHTS`. The model never sees the links an evaluation hides: an
evaluation calls the engine on its own training graph, which fits there.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from .context import Context
from .features import (
    INTRODUCTION_FEATURES,
    MEMBERSHIP_FEATURES,
    features_at,
    introduction_block,
    membership_block,
)

__all__ = ["DEFAULT_WEIGHTS", "Model", "fit_model", "check_weights", "MIN_LINKS", "QUESTIONS"]

QUESTIONS: tuple[str, ...] = ("introductions", "memberships")

DEFAULT_WEIGHTS: dict[str, dict[str, float]] = {
    "introductions": {
        "shared_member_of": 1.0, "shared_signed": 0.5, "shared_funded_by": 0.5,
        "shared_attended": 0.5, "shared_themes": 0.5, "partners_aa": 2.0, "interns_aa": 1.0,
        "l3": 1.0, "comember_partners": 1.0, "same_ecosystem": 0.0, "surplus_shortage": 1.0,
        "programme_fit": 1.0, "activity": 0.0,
    },
    "memberships": {
        "cf_aa": 0.0, "cf_ra": 1.0, "l3_norm": 0.0, "partners_in": 0.3, "themes_fit": 0.0,
        "ecosystem_share": 0.2, "kind_share": 0.3, "group_size": 0.01, "activity": 0.0,
    },
}
"""Weights for stores too small to learn from. Introductions: shared small groups and
common partners count most, three-step paths and complementary roles less, a shared theme
half. Memberships: co-members weighted by resource allocation (the best baseline on the
example and on Davis's southern women, where these defaults were chosen), then partners
in the group, the share of its members of one's kind and ecosystem, and a little for its
size."""

MIN_LINKS = 100
"""Fewer links of a question than this, and the defaults are used."""

HOLDOUT = 0.2
NEGATIVES_PER_POSITIVE = 5
MAX_POSITIVES = 2000
FIT_ROWS = 150
CANDIDATE_SHARE = 0.8  # of the negatives, the share drawn from the engine's candidates


_DUTCH_WHY = {f"fewer than {MIN_LINKS} links to learn from":
              f"minder dan {MIN_LINKS} links om van te leren",
              "no negatives to learn from": "geen negatieve voorbeelden om van te leren"}


@dataclass
class Model:
    """The weights one question uses, and what they were fitted on."""

    question: str
    weights: dict[str, float]
    fitted_on: dict[str, Any] = field(default_factory=dict)

    @property
    def learned(self) -> bool:
        """Whether the weights were fitted on the store (not defaults or given)."""
        return str(self.fitted_on.get("method", "")).startswith("logistic regression")

    def describe(self, lang: str = "en") -> str:
        """The weights and their origin in words, for ``suggest --explain-model``.

        Examples
        --------
        >>> print(Model("memberships", {"cf_aa": 1.0}, {"method": "defaults"}).describe())
        memberships: weights from defaults
          cf_aa   1.0000
        """
        how = str(self.fitted_on.get("method", "?"))
        details = {k: v for k, v in self.fitted_on.items() if k not in ("method", "why")}
        why = self.fitted_on.get("why")
        if lang == "nl":
            question = {"introductions": "introducties", "memberships": "lidmaatschappen"}
            method = {"defaults": "standaardgewichten", "given weights": "opgegeven gewichten",
                      "logistic regression (weights ≥ 0)": "logistische regressie op de eigen "
                      "links van deze store (gewichten ≥ 0)"}.get(how, how)
            words = {"links": "links", "hidden": "verborgen", "positives": "positief",
                     "negatives": "negatief", "introductions_made": "introducties gelegd",
                     "introductions_declined": "introducties afgewezen", "seed": "seed"}
            head = f"{question[self.question]}: {method}"
            if why:
                head += f" — {_DUTCH_WHY.get(why, why)}"
            parts = [f"{words.get(k, k)} {v}" for k, v in details.items()]
        else:
            head = f"{self.question}: weights from {how}" + (f" — {why}" if why else "")
            parts = [f"{k}={v}" for k, v in details.items()]
        lines = [head + (f" ({', '.join(parts)})" if parts else "")]
        width = max(len(k) for k in self.weights) if self.weights else 0
        lines += [f"  {k:<{width}}  {v:7.4f}" for k, v in self.weights.items()]
        return "\n".join(lines)


def check_weights(question: str, weights: Mapping[str, Any]) -> dict[str, float]:
    """Validate user-given weights: known names, finite numbers; the rest default.

    Examples
    --------
    >>> check_weights("memberships", {"cf_aa": 2})["cf_aa"]
    2.0
    >>> check_weights("memberships", {"cf": 2})
    Traceback (most recent call last):
    ...
    ValueError: unknown weight 'cf' for memberships; weights: cf_aa, cf_ra, l3_norm, partners_in, themes_fit, ecosystem_share, kind_share, group_size, activity
    """
    known = DEFAULT_WEIGHTS[question]
    out = dict(known)
    for name, value in weights.items():
        if name not in known:
            raise ValueError(f"unknown weight {name!r} for {question}; weights: "
                             f"{', '.join(known)}")
        try:
            number = float(value)
        except (TypeError, ValueError):
            raise ValueError(f"weight {name!r} must be a number, not {value!r}") from None
        if not np.isfinite(number):
            raise ValueError(f"weight {name!r} must be a finite number, not {value!r}")
        out[name] = number
    return out


def _links(ctx: Context, question: str) -> np.ndarray:
    """The links of a question as (row, column) pairs, each once."""
    if question == "introductions":
        ties = ctx.ties.tocoo()
        keep = (ties.row < ties.col) & ctx.endpoints[ties.row] & ctx.endpoints[ties.col]
        return np.c_[ties.row[keep], ties.col[keep]].astype(np.int64)
    m = ctx.membership.tocoo()
    keep = ~ctx.own[m.row]
    return np.c_[m.row[keep], m.col[keep]].astype(np.int64)


def _training_features(ctx: Context, question: str, positives: np.ndarray,
                       negatives: int, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Features of the positive pairs and of ``negatives`` non-links from the same rows:
    :data:`CANDIDATE_SHARE` among the candidates the engine would rank (to tell them apart),
    the rest from all columns (to tell a path from no path). One block of features serves
    all of them."""
    rows = np.unique(positives[:, 0])
    block = (introduction_block(ctx, rows) if question == "introductions"
             else membership_block(ctx, rows))
    u = block.row_ids[block.rows]
    width = max(block.width, 1)
    links = ctx.ties if question == "introductions" else ctx.membership
    keys = u * width + block.cols
    taken = np.isin(keys, positives[:, 0] * width + positives[:, 1])
    if question == "introductions":
        taken |= (u == block.cols) | ~ctx.endpoints[block.cols]
    existing = np.asarray(links[u, block.cols]).ravel() if len(u) else np.zeros(0)
    candidates = np.flatnonzero(~taken & (existing == 0))
    half = min(len(candidates), int(negatives * CANDIDATE_SHARE))
    chosen = candidates[rng.choice(len(candidates), half, replace=False)]
    sampled = np.c_[u[chosen], block.cols[chosen]]
    count = negatives - half
    random_pairs = np.c_[rng.choice(rows, 2 * count), rng.integers(0, width, 2 * count)]
    random_pairs = random_pairs[np.asarray(links[random_pairs[:, 0], random_pairs[:, 1]]
                                           ).ravel() == 0] if count else random_pairs[:0]
    if question == "introductions":
        random_pairs = random_pairs[(random_pairs[:, 0] != random_pairs[:, 1])
                                    & ctx.endpoints[random_pairs[:, 1]]]
    pairs = np.vstack([sampled, random_pairs[:count]])
    return (features_at(ctx, question, positives, block),
            features_at(ctx, question, pairs, block))


def logistic_regression(x: np.ndarray, y: np.ndarray, c: float = 1.0) -> np.ndarray:
    """Weights ≥ 0 of an L2-regularised logistic regression with balanced classes.

    Minimises the class-balanced mean log-loss plus ``‖w‖² / (2 c n)`` over weights that
    are never negative (the intercept is free), with SciPy's L-BFGS-B: every feature is a
    count of paths or a fit of roles, evidence for a link and never against it, so a
    weight below 0 would only say two features overlap. The same objective as
    scikit-learn's ``LogisticRegression(C=c, class_weight="balanced")`` with bounds,
    which scikit-learn does not offer.

    Examples
    --------
    >>> x = np.array([[0.0, 1.0], [1.0, 1.0], [2.0, 0.0], [3.0, 0.0]])
    >>> w = logistic_regression(x, np.array([0.0, 0.0, 1.0, 1.0]))
    >>> bool(w[0] > 0), float(w[1])
    (True, 0.0)
    """
    from scipy.optimize import minimize

    n, p = x.shape
    positive = y > 0
    weight = np.where(positive, n / (2.0 * max(positive.sum(), 1)),
                      n / (2.0 * max((~positive).sum(), 1)))

    def loss(theta: np.ndarray) -> tuple[float, np.ndarray]:
        w, b = theta[:p], theta[p]
        z = x @ w + b
        # log(1 + e^-z) for positives, log(1 + e^z) for negatives, stably
        signed = np.where(positive, -z, z)
        value = np.logaddexp(0.0, signed)
        grad_z = np.where(positive, -1.0, 1.0) / (1.0 + np.exp(-signed)) * weight / n
        total = float((weight * value).sum() / n + (w @ w) / (2 * c * n))
        return total, np.r_[x.T @ grad_z + w / (c * n), grad_z.sum()]

    start = np.zeros(p + 1)
    found = minimize(loss, start, jac=True, method="L-BFGS-B",
                     bounds=[(0.0, None)] * p + [(None, None)])
    return found.x[:p]


def fit_model(ctx: Context, question: str = "introductions", seed: int = 0) -> Model:
    """Fit the weights of one question on a store's own links (see the module's text).

    Examples
    --------
    >>> import networkx as nx
    >>> from .context import context
    >>> fit_model(context(nx.MultiDiGraph(), fit={})).fitted_on["method"]
    'defaults'
    """
    if question not in QUESTIONS:
        raise ValueError(f"unknown question {question!r}; choose {' or '.join(QUESTIONS)}")
    links = _links(ctx, question)
    names = INTRODUCTION_FEATURES if question == "introductions" else MEMBERSHIP_FEATURES
    if len(links) < MIN_LINKS:
        return Model(question, dict(DEFAULT_WEIGHTS[question]),
                     {"method": "defaults", "links": int(len(links)),
                      "why": f"fewer than {MIN_LINKS} links to learn from"})
    rng = np.random.default_rng(seed)
    n_hide = max(1, int(round(HOLDOUT * len(links))))
    hidden = links[rng.choice(len(links), n_hide, replace=False)]
    train = (ctx.without_ties(map(tuple, hidden)) if question == "introductions"
             else ctx.without_memberships(map(tuple, hidden)))
    # Positives from at most FIT_ROWS organisations: their features cost a block of rows.
    rows = np.unique(hidden[:, 0])
    if len(rows) > FIT_ROWS:
        rows = rng.choice(rows, FIT_ROWS, replace=False)
    positives = hidden[np.isin(hidden[:, 0], rows)][:MAX_POSITIVES]
    x_pos, x_neg = _training_features(train, question, positives,
                                      NEGATIVES_PER_POSITIVE * len(positives), rng)
    n_neg = len(x_neg)
    x_parts, y_parts = [x_pos, x_neg], [np.ones(len(x_pos)), np.zeros(len(x_neg))]
    made = declined = 0
    if question == "introductions" and ctx.introductions:
        pairs = np.array([(a, b) for a, b, s in ctx.introductions if s in ("made", "declined")],
                         dtype=np.int64).reshape(-1, 2)
        labels = np.array([s == "made" for _, _, s in ctx.introductions
                           if s in ("made", "declined")], dtype=float)
        if len(pairs):
            x_intro = features_at(ctx, question, pairs)
            x_parts.append(x_intro)
            y_parts.append(labels)
            made, declined = int(labels.sum()), int(len(labels) - labels.sum())
    x, y = np.vstack(x_parts), np.concatenate(y_parts)
    if len(np.unique(y)) < 2:
        return Model(question, dict(DEFAULT_WEIGHTS[question]),
                     {"method": "defaults", "links": int(len(links)),
                      "why": "no negatives to learn from"})
    scale = x.std(axis=0)
    constant = scale < 1e-9 * np.maximum(1.0, np.abs(x).max(axis=0))
    scale[constant] = 1.0
    x = x / scale
    x[:, constant] = 0.0  # a feature that never varies here teaches nothing: weight 0
    coef = logistic_regression(x, y) / scale
    weights = {n: round(float(c), 6) for n, c in zip(names, coef, strict=True)}
    return Model(question, weights, {
        "method": "logistic regression (weights ≥ 0)", "links": int(len(links)), "hidden": int(n_hide),
        "positives": int(len(x_pos)), "negatives": int(n_neg),
        "introductions_made": made, "introductions_declined": declined, "seed": seed})
