"""The Python API the CLI is a thin layer over: load, stats, export and the demo.

Examples
--------
>>> import tempfile, os
>>> from stakeholder_graph import api
>>> path = os.path.join(tempfile.mkdtemp(), "demo.db")
>>> counts = api.demo(path)
>>> counts["nodes"]["Campus"]
6
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from .examples import example_path
from .export import export_graph
from .graph.model import Batch
from .graph.store import LoadResult, Store, open_store
from .loaders import read_path
from .loaders.reading import write_error_report
from .resolution import find_organisation

__all__ = ["load", "stats", "export", "copy", "demo", "suggest", "suggestion_model", "introduce",
           "introduction_ends", "analyze",
           "evaluate", "warm", "draw_map", "show", "diff", "history", "review", "apply_review",
           "undo_merge", "write_review", "DEMO_STORE", "open_store", "ANALYSES", "report",
           "MAP_RENDERERS", "write_error_report", "find_organisation", "error_report_path",
           "review_path", "store_state"]

ANALYSES = ("centrality", "communities", "brokers", "gaps")

DEMO_STORE = "./stakeholder-graph.db"
"""Where ``demo`` writes by default: the default store every command uses (see
:func:`stakeholder_graph.graph.store.default_location`)."""
_START = "0001-01-01T00:00:00.000000Z"  # before any load: diff of the first load


@contextlib.contextmanager
def _opened(store: Store | str | os.PathLike[str] | None, create: bool = True,
            as_of: str | None = None) -> Iterator[Store]:
    """Use a given store as it is, or open one by location and close it afterwards.

    With ``as_of``, yield the network as it was then (a read-only view).
    """
    if isinstance(store, Store):
        yield store.as_of(as_of) if as_of else store
        return
    opened = open_store(store, create=create)
    try:
        yield opened.as_of(as_of) if as_of else opened
    finally:
        opened.close()


def load(paths: Iterable[str | os.PathLike[str]], store: Store | str | None = None,
         mapping: str | os.PathLike[str] | None = None, progress: bool = False,
         at: str | None = None, skip_bad_rows: bool = False,
         by: str | None = None, aliases: str | os.PathLike[str] | None = None,
         lang: str = "nl", former_names: str | os.PathLike[str] | None = None) -> LoadResult:
    """Load files and dataset folders into a store as one transaction.

    Parameters
    ----------
    paths : iterable of path
        Dataset folders (with ``dataset.yaml``) and CSV/XLSX files.
    store : Store or str, optional
        A store or its location; the default store when omitted.
    mapping : path, optional
        A mapping YAML for the CSV/XLSX files (guessed from headers when omitted).
    progress : bool
        Show progress bars on stderr for large files.
    at : str, optional
        When the data was valid (a date or date and time, not before the latest load and
        not more than a day ahead; a time without a zone is UTC); now by default. An old
        municipality name resolves to the municipality of that day, the day as written
        (``2022-01-01T00:30+01:00`` is 1 January), else of the source's ``date:``, else of
        today.
    skip_bad_rows : bool
        Load the good rows and report the bad ones in ``problems`` instead of loading
        nothing.
    by : str, optional
        Who loads, for the history (the login name by default).
    aliases : path, optional
        Your own alias list (CSV: name, alias, source), added to the shipped one.
    lang : {"nl", "en"}
        The language of the problems' texts and of the warnings (Dutch by default).
    former_names : path, optional
        Your own list of former names (CSV: name, former, since, source), beside the
        shipped one: a row under a former name loads under the later name.

    Returns
    -------
    LoadResult
        What was added, changed, left unchanged and end-dated; the name variants merged
        (``merged``), the likely matches to review (``review``), ``warnings``,
        ``dropped_columns`` and, with ``skip_bad_rows``, the ``problems`` left out.

    Raises
    ------
    LoadProblems
        Every problem of every file at once (``problems``: file, row, column, value,
        problem, suggestion); the store is left exactly as it was.

    Examples
    --------
    >>> import tempfile, os
    >>> from stakeholder_graph.examples import example_path
    >>> db = os.path.join(tempfile.mkdtemp(), "g.db")
    >>> load([example_path()], db).nodes_added > 100
    True
    >>> load([example_path()], db).changed
    False
    """
    from .graph.history import check_not_future, parse_moment

    moment = check_not_future(parse_moment(at)) if at else None  # before reading any file
    batch = Batch()
    if aliases is not None:
        from .matching import read_aliases

        batch.aliases.extend(read_aliases(aliases))
    from .matching import former_names_in_use, read_former_names

    mine = read_former_names(former_names) if former_names else []
    with former_names_in_use(mine):
        for path in paths:
            batch.extend(read_path(path, mapping, progress=progress, keep_problems=True,
                                   at=_day_of(at) if at else None))
    batch.former.extend(f for f in mine if f not in batch.former)  # after a dataset's own
    with _opened(store) as target, _in_language(lang):
        return _localised(target.load(batch, progress=progress, at=moment,
                                      skip_bad_rows=skip_bad_rows, by=by), lang)


def _day_of(at: str) -> str:
    """The day of the data as the user wrote it (``2022-01-01T00:30+01:00`` is 1 January,
    though in UTC it is still 31 December): the day an old municipality name is read on.
    ``at`` has passed :func:`~stakeholder_graph.graph.history.parse_moment` already."""
    from datetime import datetime

    value = str(at).strip()
    if len(value) == 10:
        return value
    return datetime.fromisoformat(value.replace("Z", "+00:00")).date().isoformat()


@contextlib.contextmanager
def _in_language(lang: str) -> Iterator[None]:
    """Give the problems of a failed load in ``lang``."""
    from .errors import LoadProblems
    from .loaders.messages import check_lang, localise

    check_lang(lang)
    try:
        yield
    except LoadProblems as exc:
        exc.problems[:] = [localise(p, lang) for p in exc.problems]
        raise


def _localised(result: LoadResult, lang: str) -> LoadResult:
    """A load's problems and warnings in ``lang``."""
    from .loaders.messages import localise, translate_warning

    result.problems = [localise(p, lang) for p in result.problems or []]
    result.warnings = [translate_warning(w, lang) for w in result.warnings or []]
    return result


def review_path(store: Store | str | None = None) -> str:
    """Where a load writes its review file by default: ``<store>-review.csv`` beside a store
    file, else ``./stakeholder-graph-review.csv``.

    Examples
    --------
    >>> review_path("data/team.db"), review_path("bolt://localhost:7687")
    ('data/team-review.csv', 'stakeholder-graph-review.csv')
    """
    return _beside(store, "review")


def error_report_path(store: Store | str | None = None) -> str:
    """Where a load writes its error report by default: ``<store>-errors.csv`` beside a store
    file, else ``./stakeholder-graph-errors.csv``.

    Examples
    --------
    >>> error_report_path("data/team.db")
    'data/team-errors.csv'
    """
    return _beside(store, "errors")


def _beside(store: Store | str | None, what: str) -> str:
    from .graph.store import default_location, is_neo4j_uri

    location = store.location if isinstance(store, Store) else str(store or default_location())
    if is_neo4j_uri(location) or " as of " in location:
        return f"stakeholder-graph-{what}.csv"
    base = Path(location)
    return str(base.with_name(f"{base.stem}-{what}.csv"))


def stats(store: Store | str | None = None, as_of: str | None = None) -> dict[str, Any]:
    """Count nodes per kind and relationships per type (now, or ``as_of`` a date).

    Examples
    --------
    >>> import tempfile, os
    >>> db = os.path.join(tempfile.mkdtemp(), "demo.db")
    >>> _ = demo(db)
    >>> stats(db)["nodes"]["Theme"]
    10
    """
    with _opened(store, create=False, as_of=as_of) as target:
        return target.stats()


def export(path: str | os.PathLike[str], store: Store | str | None = None,
           fmt: str | None = None, include_personal_data: bool = False,
           lang: str = "nl") -> Path:
    """Export a store as XLSX, GraphML, GEXF or JSON (no personal data unless asked for).

    The XLSX workbook (``netwerk.xlsx``) has a sheet per kind, one of ties and one of
    sources, with Dutch headers (English with ``lang="en"``); see
    :func:`stakeholder_graph.export.network_sheets`.

    Examples
    --------
    >>> import tempfile, os
    >>> d = tempfile.mkdtemp()
    >>> _ = demo(os.path.join(d, "demo.db"))
    >>> export(os.path.join(d, "g.json"), os.path.join(d, "demo.db")).name
    'g.json'
    >>> import openpyxl
    >>> book = openpyxl.load_workbook(export(os.path.join(d, "netwerk.xlsx"), os.path.join(d, "demo.db")))
    >>> book.sheetnames[:2], book.sheetnames[-2:]
    (['bedrijven', 'onderwijsinstellingen'], ['relaties', 'bronnen'])
    """
    with _opened(store, create=False) as target:
        return export_graph(target.to_networkx(), path, fmt, include_personal_data, lang)


def copy(origin: Store | str, target: Store | str, progress: bool = False) -> LoadResult:
    """Copy every node and relationship, with provenance, from one store into another.

    ``push`` (embedded → Neo4j) and ``pull`` (Neo4j → embedded) are this function. Into an
    empty store the copy is exact; into a filled one it is an upsert, like a load.

    Examples
    --------
    >>> import tempfile, os
    >>> d = tempfile.mkdtemp()
    >>> _ = demo(os.path.join(d, "demo.db"))
    >>> copy(os.path.join(d, "demo.db"), os.path.join(d, "copy.db")).nodes_added
    134
    """
    with _opened(origin, create=False) as source, _opened(target) as destination:
        return destination.copy_from(source, progress=progress)


def suggest(store: Store | str | None = None, *, what: str = "introductions",
            for_org: str | None = None, group: str | None = None,
            campuses: bool = False, as_of: str | None = None, **options: Any) -> Any:
    """Ranked, explained introductions or memberships from a store.

    ``what`` is ``"introductions"`` (organisation ↔ organisation) or ``"memberships"``
    (organisation → a group it is not in; ``group`` narrows it to one group by id, name or
    alias). ``for_org`` may be an id or a name; ``as_of`` a date to suggest on the network
    as it was then; other options are those of
    :func:`stakeholder_graph.analysis.suggest.suggest` (``top=None`` for every scored
    candidate). ``campuses=True`` is the old spelling of ``what="memberships"``.

    Examples
    --------
    >>> import tempfile, os
    >>> db = os.path.join(tempfile.mkdtemp(), "demo.db")
    >>> _ = demo(db)
    >>> suggest(db, top=2)["rank"].tolist()
    [1, 2]
    >>> suggest(db, what="memberships", group="Techport", top=1)["group"].tolist()
    ['Techport']
    """
    from .analysis.suggest import suggest as engine
    from .errors import StakeholderGraphError
    from .privacy import personal_index, redact, refuse_personal
    from .queries import _resolve_organisation

    if campuses:
        what = "memberships"
    # The store as it is now names organisations and people (as_of changes the network
    # the engine sees, not how the user names things), so a kept projection of the network
    # as it was then needs no snapshot built first.
    with _opened(store, create=False) as opened:
        people = personal_index(opened)
        if for_org:
            for_org = _resolve_organisation(opened, for_org, "--for")
            refuse_personal(people, for_org, what="--for: ")
        # Other hub or group limits make another context: projected anew, not kept.
        own_context = bool(set(options) & _CONTEXT_OPTIONS)
        inputs = (_projection(opened, as_of), None, {}) if own_context else \
            _engine_inputs(opened, as_of)
    graph, ctx, _ = inputs
    if for_org and as_of and for_org not in graph:  # it came into the network later
        raise StakeholderGraphError(f"{for_org!r} is not an organisation in the network as of "
                                    f"{as_of}", code="not_yet_then", ref=for_org, as_of=as_of)
    try:
        if not own_context:
            options["ctx"] = ctx  # the kept context, carried over recorded introductions
            if not options.get("weights") and not options.get("seed") and "model" not in options:
                options["model"] = _model(inputs, what)
        return redact(engine(graph, what=what, for_org=for_org, group=group, **options), people)
    except ValueError as exc:
        raise StakeholderGraphError(str(exc)) from None


# The projection, the engine's context and its fitted models of the last stores asked,
# kept while the store is unchanged: the web app asks for one organisation after another,
# and at 100,000 organisations projecting the store takes seconds each time. One lock
# makes a page that asks while ``warm`` is building wait for that build, not start another.
_ENGINE_CACHE: dict[tuple, tuple] = {}
_ENGINE_LOCK = threading.RLock()
_CONTEXT_OPTIONS = frozenset({"hub_limit", "group_limit"})


def _engine_inputs(store: Store, as_of: str | None) -> tuple[Any, Any, dict[str, Any]]:
    """``(projection, context, {question: model})`` of a store (as it was at ``as_of``),
    from the cache while the store is unchanged (see :func:`store_state`)."""
    from .analysis.suggest import context

    with _ENGINE_LOCK:
        key = store_state(store, as_of)
        if key is not None and key in _ENGINE_CACHE:
            return _ENGINE_CACHE[key]
        graph = _projection(store, as_of)
        inputs = (graph, context(graph), {})
        if key is not None:
            while len(_ENGINE_CACHE) >= 2:
                _ENGINE_CACHE.pop(next(iter(_ENGINE_CACHE)))
            _ENGINE_CACHE[key] = inputs
        return inputs


def _projection(store: Store, as_of: str | None) -> Any:
    """The store (as it was at ``as_of``) as the NetworkX graph the engine reads."""
    return (store.as_of(as_of) if as_of else store).to_networkx(provenance=False)


def _model(inputs: tuple[Any, Any, dict[str, Any]], what: str, seed: int = 0) -> Any:
    """The fitted model of one question, fitted once per cached context."""
    from .analysis.suggest import model_for

    with _ENGINE_LOCK:
        models = inputs[2]
        if what not in models:
            models[what] = model_for(inputs[1], what, None, seed)
        return models[what]


def warm(store: Store | str | None = None, as_of: str | None = None) -> dict[str, Any]:
    """Prepare ``suggest`` for a store ahead of its first question.

    Projects the store, builds the engine's context and fits the weights of both questions
    (what the first :func:`suggest` call would otherwise do while someone waits), and keeps
    them while the store is unchanged. Recording an introduction with :func:`introduce`
    keeps them too; a load or merge makes the next call build them again. The web app calls
    this at start-up and after each import or merge, in the background. Both stores are
    kept: a SQLite file by its state on disk, a Neo4j database by its history and counts.

    Returns
    -------
    dict
        ``organisations``, ``groups`` and ``seconds`` the preparation took.

    Examples
    --------
    >>> import tempfile, os
    >>> db = os.path.join(tempfile.mkdtemp(), "demo.db")
    >>> _ = demo(db)
    >>> warm(db)["organisations"] > 0
    True
    """
    import time

    started = time.perf_counter()
    with _opened(store, create=False) as opened:
        inputs = _engine_inputs(opened, as_of)
    from .analysis.suggest import suggest as engine

    graph, ctx, _ = inputs
    for what in ("introductions", "memberships") if ctx.n else ():
        with contextlib.suppress(ValueError):  # nothing to suggest in this store
            model = _model(inputs, what)
            # One small question builds the matrices every later one derives and reuses.
            engine(graph, what=what, for_org=ctx.orgs[0], top=1, ctx=ctx, model=model)
    return {"organisations": ctx.n, "groups": len(ctx.groups),
            "seconds": round(time.perf_counter() - started, 3)}


def _record_in_cache(store: Store | str | None, before: tuple, a: str, b: str,
                     status: str) -> None:
    """Carry the cached engine inputs of a store over an introduction just recorded (the
    store's state ``before`` it), so the next question needs no projection. The new state
    is read as ``suggest`` reads it, with the store opened again (closing the writer may
    have checkpointed its write-ahead log)."""
    with _ENGINE_LOCK:
        inputs = _ENGINE_CACHE.pop(before, None)
        with _opened(store, create=False) as opened:
            after = store_state(opened)
        if inputs is None or after is None or after[2] != before[2] + 1:
            return  # another write came in between: the next question projects again
        graph, ctx, models = inputs
        i, j = ctx.org_index.get(a), ctx.org_index.get(b)
        if i is None or j is None:
            return
        _ENGINE_CACHE[after] = (graph, ctx.with_introduction(i, j, status), models)


def store_state(store: Store, as_of: str | None = None) -> tuple | None:
    """What identifies a store's content (and a moment asked about), or None when nothing
    does cheaply: what is worked out from a store is kept while this stays the same.

    Its history: every write this tool makes to a store, from any process or machine, adds
    an entry (loads, introductions, merge decisions and their undo), and a store made anew
    starts a new one at another moment. A SQLite file adds its inode (a file put in its
    place); a Neo4j database its node and relationship counts, which the server keeps at
    hand. Not the file's modification time: closing the last connection checkpoints the
    write-ahead log and changes it without changing the content.

    Examples
    --------
    >>> import tempfile, os
    >>> db = os.path.join(tempfile.mkdtemp(), "demo.db")
    >>> _ = demo(db)
    >>> with open_store(db) as s:
    ...     before = store_state(s)
    >>> _ = introduce("Tata Steel", "Techport", "made", store=db)
    >>> with open_store(db) as s:
    ...     store_state(s) != before
    True
    """
    path = getattr(store, "path", None)
    if path is not None and Path(path).exists():
        where: tuple = (str(Path(path).resolve()), Path(path).stat().st_ino)
    elif path is None and hasattr(store, "run_cypher") and hasattr(store, "location"):
        counts = store.run_cypher("MATCH (n) WITH count(n) AS nodes "
                                  "MATCH ()-[r]->() RETURN nodes, count(r) AS ties")
        where = (f"neo4j:{store.location}", getattr(store, "database", None),
                 *counts.iloc[0].tolist())
    else:
        return None
    loads = store.loads()
    last = loads[-1] if loads else {}
    return (where, last.get("at"), len(loads), last.get("id"), as_of)


def suggestion_model(store: Store | str | None = None, what: str = "introductions",
                     weights: dict[str, float] | None = None, seed: int = 0,
                     as_of: str | None = None) -> Any:
    """The weights ``suggest`` uses on a store and what they were fitted on.

    Examples
    --------
    >>> import tempfile, os
    >>> db = os.path.join(tempfile.mkdtemp(), "demo.db")
    >>> _ = demo(db)
    >>> suggestion_model(db).question
    'introductions'
    """
    from .analysis.suggest import context, model_for
    from .errors import StakeholderGraphError

    with _opened(store, create=False, as_of=as_of) as opened:
        graph = opened.to_networkx(provenance=False)
    try:
        return model_for(context(graph), what, weights, seed)
    except ValueError as exc:
        raise StakeholderGraphError(str(exc)) from None


def introduce(a: str, b: str, status: str, store: Store | str | None = None,
              date: str | None = None, note: str | None = None,
              by: str | None = None) -> LoadResult:
    """Record that two organisations were introduced (proposed, made or declined).

    ``a`` and ``b`` are ids, names or aliases (see
    :func:`~stakeholder_graph.resolution.find_organisation`). The introduction is an
    INTRODUCED relationship, loaded like any other input (one transaction, with
    provenance); recording it again with a new status updates it. Introductions made or
    declined are not suggested again. ``by`` names who recorded it (in the load history
    and the tie's provenance).

    Raises
    ------
    QueryError
        ``a`` or ``b`` names no organisation, or several (codes ``unknown_organisation``,
        ``ambiguous_organisation``).
    InputError
        One side is not an organisation (a theme, a region, …; code
        ``not_an_organisation``, details ``ref`` and ``kind``), or both are the same one
        (code ``self_introduction``, detail ``ref``).

    Examples
    --------
    >>> import tempfile, os
    >>> db = os.path.join(tempfile.mkdtemp(), "demo.db")
    >>> _ = demo(db)
    >>> introduce("Port of Amsterdam", "Port of Den Helder", "made", db).edges_added
    1
    >>> introduce("KLM", "Energietransitie", "made", db)
    Traceback (most recent call last):
    ...
    stakeholder_graph.errors.InputError: 'slug:energietransitie' is a Theme, not an organisation: an introduction is between two organisations (Company, School, PublicBody, Municipality, Campus)
    """
    import datetime as dt

    from .graph.model import Provenance, build_edge

    origin = "stakeholder-graph introduce" + (f" (door {by})" if by else "")
    with _opened(store, create=False) as opened:
        ids = introduction_ends(a, b, opened)
        edge = build_edge("INTRODUCED", *ids, {
            "status": status, "date": date or dt.date.today().isoformat(), "note": note,
            "source": "vastgelegd met stakeholder-graph introduce"
                      + (f" door {by}" if by else "")},
            Provenance(origin))
        edge.source_column, edge.target_column = "A", "B"
        before = store_state(opened)
        result = opened.load(Batch(edges=[edge], files=[origin]))
        cached = before in _ENGINE_CACHE
    if cached:
        _record_in_cache(store, before, *ids, status)
    return result


def introduction_ends(a: str, b: str, store: Store | str | None = None) -> tuple[str, str]:
    """Return the ids of the two organisations an introduction between ``a`` and ``b``
    (ids, names or aliases) is between, or raise why there can be none.

    :func:`introduce` checks this itself; a caller that needs the ids first (to say what
    was recorded) asks here.

    Raises
    ------
    QueryError
        A name fits no organisation, or several (``unknown_organisation``,
        ``ambiguous_organisation``).
    InputError
        One side is not an organisation (``not_an_organisation``), or both are the same
        (``self_introduction``).

    Examples
    --------
    >>> import tempfile, os
    >>> db = os.path.join(tempfile.mkdtemp(), "demo.db")
    >>> _ = demo(db)
    >>> introduction_ends("Tata Steel B.V.", "klm", db)
    ('slug:tata-steel', 'slug:klm')
    >>> introduction_ends("KLM", "slug:klm", db)
    Traceback (most recent call last):
    ...
    stakeholder_graph.errors.InputError: 'slug:klm' cannot be introduced to itself: choose another organisation
    """
    from .errors import InputError
    from .graph.model import ORGANISATION_KINDS

    with _opened(store, create=False) as opened:
        ids = (find_organisation(opened, a, "A"), find_organisation(opened, b, "B"))
        kinds = opened.kinds_of(list(ids))
    for node_id in ids:
        kind = kinds.get(node_id, "")
        if kind not in ORGANISATION_KINDS:
            raise InputError(f"'{node_id}' is a {kind}, not an organisation: an introduction "
                             f"is between two organisations ({', '.join(ORGANISATION_KINDS)})",
                             code="not_an_organisation", details={"ref": node_id,
                                                                  "kind": kind})
    if ids[0] == ids[1]:
        raise InputError(f"'{ids[0]}' cannot be introduced to itself: choose another "
                         "organisation", code="self_introduction", details={"ref": ids[0]})
    return ids


def analyze(what: str, store: Store | str | None = None, between: tuple[str, str] | None = None,
            **options: Any) -> Any:
    """Run one analysis on a store's projection: centrality, communities, brokers or gaps.

    ``between=(A, B)`` with ``brokers`` gives betweenness on the paths between two
    ecosystems. ``communities`` returns ``(frame, summary)``.

    Examples
    --------
    >>> import tempfile, os
    >>> db = os.path.join(tempfile.mkdtemp(), "demo.db")
    >>> _ = demo(db)
    >>> analyze("centrality", db)["name"][0]
    'Werkambassadeur Noord-Holland'
    """
    from .analysis import brokers, centrality, communities, gaps
    from .errors import StakeholderGraphError

    if what not in ANALYSES:
        from .errors import did_you_mean

        raise StakeholderGraphError(f"unknown analysis '{what}'{did_you_mean(what, ANALYSES)}; "
                                    f"choose {', '.join(ANALYSES)}")
    from .privacy import personal_index, redact

    with _opened(store, create=False) as opened:
        people = personal_index(opened)
        graph = opened.to_networkx(provenance=False)
    if what == "centrality":
        return redact(centrality.centrality(graph, **options), people)
    if what == "communities":
        frame, summary = communities.communities(graph, **options)
        return redact(frame, people), summary
    if what == "gaps":
        return redact(gaps.ecosystem_gaps(graph), people)
    if between:
        return redact(brokers.betweenness_between(graph, *between), people)
    return redact(brokers.brokers(graph), people)


def evaluate(store: Store | str | None = None, **options: Any) -> dict[str, Any]:
    """Evaluate the suggestions against baselines on held-out links (see
    :func:`stakeholder_graph.analysis.evaluate.evaluate`; ``what="memberships"`` for the
    membership question).

    Examples
    --------
    >>> import tempfile, os
    >>> db = os.path.join(tempfile.mkdtemp(), "demo.db")
    >>> _ = demo(db)
    >>> evaluate(db, seed=3)["split"]["method"]
    'newest'
    """
    from .analysis.evaluate import evaluate as run

    with _opened(store, create=False) as opened:
        graph = opened.to_networkx(provenance=False)
    try:
        return run(graph, **options)
    except ValueError as exc:
        from .errors import StakeholderGraphError

        raise StakeholderGraphError(str(exc)) from None


MAP_RENDERERS: tuple[str, ...] = ("auto", "vis", "sigma")
"""How an HTML map can be drawn (``draw_map(renderer=...)``): see ``viz.html``."""


def draw_map(store: Store | str | None = None, html: str | os.PathLike[str] | None = None, *,
             png: str | os.PathLike[str] | None = None, svg: str | os.PathLike[str] | None = None,
             pptx: str | os.PathLike[str] | None = None, ecosystem: str | None = None,
             around: str | None = None, depth: int = 1, theme: str | None = None,
             with_suggestions: int = 0, lang: str = "nl", title: str | None = None,
             size: tuple[int, int] = (1920, 1080), as_of: str | None = None,
             handout: bool = False, renderer: str = "auto",
             new_since: str | None = None) -> Any:
    """Draw the network: an offline HTML map, and optionally a PNG/SVG and PowerPoint slides.

    With ``as_of``, the network as it was on that date. With ``new_since`` (a date or
    date-time), the ties (partnerships, internships, memberships) that are in the network
    drawn but were not at that moment — the ties ``diff --since`` lists as added — are
    drawn thick in magenta, with a legend line "nieuw sinds …: N banden"; on one
    ecosystem's map, those with an end in it. ``handout=True`` adds one slide
    per ecosystem to the PowerPoint file. ``renderer`` is ``"auto"`` (sigma.js in WebGL
    above a few thousand organisations, else vis-network), ``"vis"`` or ``"sigma"``.

    Returns the :class:`~stakeholder_graph.viz.view.MapView` (in a notebook, show the HTML
    with ``IPython.display.HTML(render_html(view))``).

    Examples
    --------
    >>> import tempfile, os
    >>> d = tempfile.mkdtemp()
    >>> _ = demo(os.path.join(d, "demo.db"))
    >>> view = draw_map(os.path.join(d, "demo.db"), os.path.join(d, "kaart.html"),
    ...                 with_suggestions=5)
    >>> len(view.suggestions)
    5
    >>> draw_map(os.path.join(d, "demo.db"), os.path.join(d, "kaart.html"),
    ...          new_since="2000-01-01").new_ties > 0
    True
    """
    from .errors import InputError, StakeholderGraphError
    from .queries import _resolve_organisation
    from .viz import map_view, write_deck, write_html, write_image
    from .viz.html import resolve_renderer

    with _opened(store, create=False) as base:
        from .graph.history import parse_moment
        from .privacy import personal_index, redact, refuse_personal

        if new_since is not None:  # a bad date is refused before any work
            since = parse_moment(new_since)
            if as_of is not None and since > parse_moment(as_of):
                raise InputError(f"--new-since ({new_since}) lies after --as-of ({as_of})")
        opened = base.as_of(as_of) if as_of else base
        people = personal_index(opened)
        if around:
            around = _resolve_organisation(opened, around, "--around")
            refuse_personal(people, around, what="--around: ")
        if ecosystem and not around and not with_suggestions and not (pptx and handout):
            # one ecosystem: read only what its map draws, not the whole store
            from .viz.part import ecosystem_part

            graph = redact(ecosystem_part(opened, ecosystem), people)
        else:
            graph = redact(opened.to_networkx(), people)  # maps and slides never show people
        rows = (suggest(opened, top=with_suggestions, lang=lang).to_dict("records")
                if with_suggestions else [])
        new: list[tuple[str, str, str, str]] = []
        label = None
        if new_since is not None:
            from .report.slides import format_moment
            from .viz.view import TEXT, TIE_TYPES, tie_key

            before = base.as_of(since)
            old = {(e["type"], e["start"], e["end"], e["key"])
                   for t in TIE_TYPES for e in before.edges(t)}
            new = [tie for u, v, k, t in graph.edges(keys=True, data="type")
                   if t in TIE_TYPES and (tie := tie_key(u, v, k)) not in old]
            if lang in TEXT:  # else map_view says which languages there are
                label = TEXT[lang]["new_since"].format(date=format_moment(since, lang))
    try:
        view = map_view(graph, ecosystem=ecosystem, around=around, depth=depth, theme=theme,
                        suggestions=rows, lang=lang, title=title, new_ties=new,
                        new_label=label)
        resolve_renderer(view, renderer)
        for target in (html, png, svg, pptx):
            if target is not None and not Path(target).parent.exists():
                raise StakeholderGraphError(f"cannot write {target}: its folder does not exist")
        if html is not None:
            write_html(view, html, renderer)
        if png is not None:
            write_image(view, png, size)
        if svg is not None:
            write_image(view, svg, size)
        if pptx is not None:
            views = [view]
            if handout:
                for area in view.ecosystems:
                    if area["name"] == view.text["unknown"]:
                        continue
                    mine = [r for r in rows if area["name"] in (r.get("a_ecosystem"),
                                                                r.get("b_ecosystem"))]
                    views.append(map_view(graph, ecosystem=area["name"], suggestions=mine,
                                          lang=lang, title=area["name"]))
            write_deck(views, pptx)
    except ValueError as exc:
        raise StakeholderGraphError(str(exc)) from None
    return view


def show(org: str, store: Store | str | None = None,
         include_personal_data: bool = False) -> dict[str, Any]:
    """An organisation's facts with their sources, its ties (ended ones too) and merges.

    ``org`` is an id, a name or an alias. See :func:`stakeholder_graph.facts.describe`.
    A contact person, and ties to people, only with ``include_personal_data``.

    Examples
    --------
    >>> import tempfile, os
    >>> db = os.path.join(tempfile.mkdtemp(), "demo.db")
    >>> _ = demo(db)
    >>> show("KLM", db)["kind"]
    'Company'
    """
    from .facts import describe, find_node
    from .privacy import personal_index, redact, refuse_personal

    with _opened(store, create=False) as opened:
        people = personal_index(opened)
        refuse_personal(people, find_node(opened, org), include_personal_data)
        return redact(describe(opened, org), people, include_personal_data)


def history(store: Store | str | None = None) -> list[dict[str, Any]]:
    """The history of a store, oldest first: loads and decisions on duplicates.

    Each entry has ``id``, ``at``, ``event`` (``load``, ``merge``, ``accept``, ``reject``,
    ``undo``), ``by`` (who), ``files``, ``checksums``, ``summary``, ``counts``,
    ``sources`` (a load's named sources) and, for a decision, ``decision`` (the pairs).

    Examples
    --------
    >>> import tempfile, os
    >>> db = os.path.join(tempfile.mkdtemp(), "demo.db")
    >>> _ = demo(db)
    >>> [entry["id"] for entry in history(db)]
    [1]
    """
    with _opened(store, create=False) as opened:
        return opened.loads()


def diff(store: Store | str | None = None, since: str | None = None,
         until: str | None = None, include_personal_data: bool = False) -> dict[str, Any]:
    """What changed between two moments: organisations and ties added, removed, changed.

    Contact persons and their ties are left out unless ``include_personal_data``.

    Parameters
    ----------
    since, until : str, optional
        A history entry's number (``3``, see :func:`history`) or a date/date-time. By
        default the entry before the latest one, and the latest.

    Returns
    -------
    dict
        ``nodes`` and ``relationships`` (``added``, ``removed``, ``changed``), ``since``,
        ``until``, and ``decisions``: the merges, accepts, rejects and undos made between
        (``at``, ``event``, ``by``, ``variant``, ``target``, ``summary``).

    Examples
    --------
    >>> import tempfile, os
    >>> db = os.path.join(tempfile.mkdtemp(), "demo.db")
    >>> _ = demo(db)
    >>> len(diff(db)["nodes"]["added"])
    134
    """
    from .errors import InputError
    from .graph.history import decision_events, diff_stores, parse_moment

    with _opened(store, create=False) as opened:
        loads = opened.loads()
        if not loads:
            raise InputError("the store has no loads yet: nothing to compare", code="no_loads")

        def moment(text: str | None, default: str) -> str:
            if text is None:
                return default
            if str(text).isdigit():
                match = [entry["at"] for entry in loads if entry["id"] == int(text)]
                if not match:
                    raise InputError(f"no load {text}: the loads are 1 to {loads[-1]['id']}",
                                     code="no_load", details={"number": str(text),
                                                              "last": loads[-1]["id"]})
                return match[0]
            return parse_moment(text)

        last = moment(until, loads[-1]["at"])
        # By default the load before: the latest one stamped before the last (a load once
        # stamped in the future with --at is passed over).
        earlier = [entry["at"] for entry in loads[:-1] if entry["at"] < last]
        first = moment(since, earlier[-1] if earlier else _START)
        from .privacy import personal_index, redact

        before, after = opened.as_of(first), opened.as_of(last)
        people = personal_index(before) | personal_index(after) | personal_index(opened)
        result = redact(diff_stores(before, after), people, include_personal_data)
        result.update({"since": first, "until": last,
                       "decisions": decision_events(loads, first, last)})
        return result


def review(store: Store | str | None = None) -> list[dict[str, Any]]:
    """Likely duplicate organisations in a store that nobody decided on yet (review rows).

    See :mod:`stakeholder_graph.merges`.

    Examples
    --------
    >>> import tempfile, os
    >>> db = os.path.join(tempfile.mkdtemp(), "demo.db")
    >>> _ = demo(db)
    >>> isinstance(review(db), list)
    True
    """
    from .merges import review_store

    with _opened(store, create=False) as opened:
        return review_store(opened)


def write_review(rows: list[dict[str, Any]], path: str | os.PathLike[str],
                 lang: str = "nl") -> Path:
    """Write review rows to a CSV or XLSX file with an empty decision (``besluit``) column.

    Headers are Dutch by default, English with ``lang="en"``; :func:`apply_review` reads
    either.

    Examples
    --------
    >>> import tempfile, os
    >>> write_review([], os.path.join(tempfile.mkdtemp(), "r.csv")).exists()
    True
    """
    from .merges import write_review as write

    return write(rows, path, lang)


def apply_review(path: str | os.PathLike[str], store: Store | str | None = None,
                 by: str | None = None) -> dict[str, int]:
    """Apply a review file's ``accept``/``reject`` decisions, in one transaction.

    Examples
    --------
    >>> import tempfile, os, pathlib
    >>> d = tempfile.mkdtemp()
    >>> _ = demo(os.path.join(d, "demo.db"))
    >>> p = pathlib.Path(d, "r.csv")
    >>> _ = p.write_text("decision,id,candidate_id\\nreject,slug:klm,slug:tata-steel\\n")
    >>> apply_review(p, os.path.join(d, "demo.db"))["rejected"]
    1
    """
    from .merges import apply_review as apply

    with _opened(store, create=False) as opened:
        return apply(opened, path, by=by)


def undo_merge(variant: str, store: Store | str | None = None, by: str | None = None) -> str:
    """Split a merged name variant off its organisation again; returns the organisation.

    Examples
    --------
    >>> import tempfile, os
    >>> db = os.path.join(tempfile.mkdtemp(), "demo.db")
    >>> _ = demo(db)
    >>> undo_merge("slug:nobody", db)
    Traceback (most recent call last):
    ...
    stakeholder_graph.errors.InputError: no organisation holds facts merged from 'slug:nobody': nothing to undo
    """
    from .merges import undo_merge as undo

    with _opened(store, create=False) as opened:
        return undo(opened, variant, by=by)


def demo(path: str | os.PathLike[str] | None = None,
         example: str = "noord-holland") -> dict[str, Any]:
    """Load the bundled example into a store file, rebuilt from scratch, and return its counts.

    The store is built in a temporary file and moved into place, so it never holds half a
    load. An existing store is rebuilt only when it holds nothing but the example: one
    that holds loads of other files (or recorded introductions) is left alone. ``path``
    is the default store (``$STAKEHOLDER_GRAPH_STORE`` or ``./stakeholder-graph.db``) when
    omitted.

    Raises
    ------
    StoreError
        When ``path`` holds data of its own, is not a store, or is a Neo4j URI.

    Examples
    --------
    >>> import tempfile, os
    >>> counts = demo(os.path.join(tempfile.mkdtemp(), "demo.db"))
    >>> counts["nodes"]["Municipality"]
    44
    """
    from .errors import StoreError
    from .graph.store import default_location, is_neo4j_uri

    path = default_location() if path is None else path
    if is_neo4j_uri(str(path)):
        raise StoreError("the demo builds an embedded store file; load it into Neo4j "
                         f"afterwards with: stakeholder-graph --store demo.db push --to {path}")
    path = Path(path)
    if not path.parent.exists():
        raise StoreError(f"cannot create {path}: folder {path.parent} does not exist")
    batch = read_path(example_path(example))
    if path.exists():
        _check_only_the_example(path, set(batch.files))
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    os.unlink(tmp)
    try:
        with open_store(tmp) as store:
            store.load(batch)
            counts = store.stats()
        for suffix in ("-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        os.replace(tmp, path)
    finally:
        for leftover in (tmp, tmp + "-wal", tmp + "-shm"):
            Path(leftover).unlink(missing_ok=True)
    return counts


def report(store: Store | str | None = None, *, since: str | None = None,
           until: str | None = None, ecosystem: str | None = None, lang: str = "nl",
           output: str | os.PathLike[str] | None = None, include_personal_data: bool = False,
           top: int = 5, progress: Any = False) -> dict[str, Any]:
    """The progress report for the Technologietafel: what changed, the introductions and
    what came of them, where the gaps are.

    Parameters
    ----------
    since, until : str, optional
        A load number or a date (the end of that day) or date-time; by default the load
        before the latest one (before the first load, with one) and the latest load.
    ecosystem : str, optional
        Only this ecosystem (labour-market region).
    lang : {"nl", "en"}
        The report's language.
    output : path, optional
        Write the report as a 16:9 deck (``.pptx``) or a print-ready A4-landscape page
        (``.html``); without it only the figures are computed.
    include_personal_data : bool
        Name contact persons and show the introductions' notes (left out by default).
    top : int
        How many suggested introductions and memberships.
    progress : bool or callable
        True shows on stderr which step the report is on ("Netwerk tellen…", "Kaart
        tekenen…"), as ``load(progress=True)`` shows its bars; a callable is told
        ``(step, number, of, text)`` as each step starts (see
        :data:`stakeholder_graph.report.REPORT_STEPS`).

    Returns
    -------
    dict
        Every figure with the moments it covers (see
        :func:`stakeholder_graph.report.figures.report_figures`); with ``output``, also
        ``map``: the new ties drawn on its map (``new_ties``) and its legend line.

    Examples
    --------
    >>> import tempfile, os
    >>> d = tempfile.mkdtemp()
    >>> _ = demo(os.path.join(d, "demo.db"))
    >>> figures = report(os.path.join(d, "demo.db"))
    >>> figures["introductions"]["counts"]
    {'proposed': 1, 'made': 4, 'declined': 0}
    """
    from .report import figures_with_progress, write_report

    with _opened(store, create=False) as opened:
        if output is None:
            return figures_with_progress(opened, since, until, ecosystem=ecosystem, lang=lang,
                                         include_personal_data=include_personal_data, top=top,
                                         progress=progress)
        return write_report(opened, output, since=since, until=until, ecosystem=ecosystem,
                            lang=lang, include_personal_data=include_personal_data, top=top,
                            progress=progress)


def _check_only_the_example(path: Path, files: set[str]) -> None:
    """Raise unless the store at ``path`` holds nothing but loads of the example."""
    from .errors import StakeholderGraphError, StoreError

    try:
        with open_store(path, create=False) as existing:
            loads = existing.loads()
    except StakeholderGraphError:
        raise StoreError(f"{path} exists and is not a store the demo made: the demo leaves it "
                         "alone; give another file, e.g. stakeholder-graph --store "
                         "voorbeeld.db demo") from None
    own = sorted({f for entry in loads for f in entry["files"]} - files)
    if own:
        raise StoreError(f"{path} holds your own data (loaded from {', '.join(own[:3])}"
                         f"{' …' if len(own) > 3 else ''}): the demo leaves it alone; give "
                         "another file, e.g. stakeholder-graph --store voorbeeld.db demo")


# -- finding, deciding and importing, one call each (the web app's reads and writes)

__all__ += ["search", "search_index", "ecosystems", "introductions", "contacts",
            "decide_duplicate", "check_import", "import_file", "import_fields",
            "load_problems", "INTRODUCTION_STATUSES", "DUPLICATE_DECISIONS"]

INTRODUCTION_STATUSES = ("proposed", "made", "declined")
DUPLICATE_DECISIONS = ("accept", "reject")


def search_index(store: Store | str | None = None, personal: bool = False,
                 as_of: str | None = None) -> Any:
    """Build a :class:`~stakeholder_graph.lookup.SearchIndex` to search a store many times.

    Examples
    --------
    >>> import tempfile, os
    >>> db = os.path.join(tempfile.mkdtemp(), "demo.db")
    >>> _ = demo(db)
    >>> search_index(db).search("tata")["results"][0]["id"]
    'slug:tata-steel'
    """
    from .lookup import SearchIndex

    with _opened(store, create=False, as_of=as_of) as opened:
        return SearchIndex(opened, personal=personal)


def search(text: str, store: Store | str | None = None, limit: int = 25,
           personal: bool = False, as_of: str | None = None) -> dict[str, Any]:
    """Find organisations by name, alias, KvK/BRIN number or municipality, forgivingly.

    ``"Tatasteel"`` and ``"tata"`` find Tata Steel; a misspelt name gets ``did_you_mean``.
    Contact persons are found only with ``personal=True``.
    See :meth:`stakeholder_graph.lookup.SearchIndex.search`.

    Examples
    --------
    >>> import tempfile, os
    >>> db = os.path.join(tempfile.mkdtemp(), "demo.db")
    >>> _ = demo(db)
    >>> [r["name"] for r in search("Velsen", db)["results"]]
    ['Velsen', 'Tata Steel', 'Techport']
    """
    return search_index(store, personal, as_of).search(text, limit)


def ecosystems(store: Store | str | None = None, as_of: str | None = None) -> list[dict[str, Any]]:
    """The sub-regional ecosystems with their organisations counted per kind, largest first.

    Examples
    --------
    >>> import tempfile, os
    >>> db = os.path.join(tempfile.mkdtemp(), "demo.db")
    >>> _ = demo(db)
    >>> len([r for r in ecosystems(db) if r["ecosystem"]])
    5
    """
    from .lookup import ecosystem_counts

    with _opened(store, create=False, as_of=as_of) as opened:
        return ecosystem_counts(opened)


def introductions(store: Store | str | None = None, limit: int = 10,
                  as_of: str | None = None) -> list[dict[str, Any]]:
    """The latest recorded introductions, newest first (see :func:`introduce`).

    Examples
    --------
    >>> import tempfile, os
    >>> db = os.path.join(tempfile.mkdtemp(), "demo.db")
    >>> _ = demo(db)
    >>> introductions(db, 1)[0]["status"]
    'made'
    """
    from .lookup import latest_introductions

    with _opened(store, create=False, as_of=as_of) as opened:
        return latest_introductions(opened, limit)


def contacts(org: str, store: Store | str | None = None) -> list[dict[str, Any]]:
    """The contact persons of an organisation, with role, e-mail and phone (personal data).

    Examples
    --------
    >>> import tempfile, os
    >>> db = os.path.join(tempfile.mkdtemp(), "demo.db")
    >>> _ = demo(db)
    >>> contacts("KLM", db)
    []
    """
    from .facts import find_node
    from .lookup import contacts as people

    with _opened(store, create=False) as opened:
        return people(opened, find_node(opened, org))


def decide_duplicate(variant: str, target: str, decision: str,
                     store: Store | str | None = None, by: str | None = None) -> dict[str, int]:
    """Carry out one decision on a likely duplicate: ``accept`` merges, ``reject`` keeps apart.

    The same as one row of a review file given to :func:`apply_review` (and undone the same
    way, with :func:`undo_merge`); ``by`` names who decided (in ``history`` and ``diff``).

    Examples
    --------
    >>> import tempfile, os
    >>> db = os.path.join(tempfile.mkdtemp(), "demo.db")
    >>> _ = demo(db)
    >>> decide_duplicate("slug:klm", "slug:tata-steel", "reject", db)["rejected"]
    1
    """
    from .errors import InputError

    if decision not in DUPLICATE_DECISIONS:
        raise InputError(f"decision {decision!r}: choose accept or reject",
                         code="bad_decision", details={"decision": decision})
    with tempfile.TemporaryDirectory(prefix="sg-decision-") as folder:
        path = write_review([{"decision": decision, "id": variant, "candidate_id": target}],
                            Path(folder, "one.csv"))
        return apply_review(path, store, by=by)


def import_fields(table: str = "organisations") -> list[str]:
    """The model fields a sheet's column can be mapped to (for a mapping chosen by hand).

    Examples
    --------
    >>> import_fields("relationships")[:3]
    ['source', 'target', 'type']
    """
    from .loaders.tabular import allowed_fields

    return list(dict.fromkeys(allowed_fields(table)))


def load_problems(exc: BaseException, lang: str = "nl") -> list[dict[str, Any]]:
    """Every problem a failed load reports, as rows: file, row, column, value, problem,
    suggestion, code.

    An error that lists its problems (``problems``) gives them all; any other gives one row
    from its message and location. ``problem`` and ``suggestion`` are in ``lang`` (Dutch
    by default, ``"en"`` for English); ``code`` names the problem (``unknown_kind``,
    ``unknown_municipality``, …; ``other`` for one the catalogue does not know, see
    :mod:`stakeholder_graph.loaders.messages`).

    Examples
    --------
    >>> from stakeholder_graph.errors import InputError
    >>> row = load_problems(InputError("unknown kind 'Bedrjf' (did you mean 'Bedrijf'?)",
    ...                                file="a.csv", row=3, column="Soort"))[0]
    >>> row["problem"], row["suggestion"], row["code"]
    ("onbekende soort 'Bedrjf'", "bedoelde u 'Bedrijf'?", 'unknown_kind')
    >>> load_problems(InputError("unknown kind 'Bedrjf'"), lang="en")[0]["problem"]
    "unknown kind 'Bedrjf'"
    """
    import re

    from .loaders.messages import localise

    keys = ("file", "row", "column", "value", "problem", "suggestion", "code")
    listed = getattr(exc, "problems", None)
    if listed:
        rows = []
        for p in listed:
            row = {k: (p.get(k) if isinstance(p, dict) else getattr(p, k, None))
                   for k in (*keys[:6], "problem_en", "suggestion_en")}
            for k in ("problem_en", "suggestion_en"):  # absent: the row's own text is English
                if k not in p if isinstance(p, dict) else not hasattr(p, k):
                    del row[k]
            rows.append(localise(row, lang))
        return [{k: row.get(k) for k in keys} for row in rows]
    message = getattr(exc, "message", None) or str(exc)
    hint = re.search(r"\((did you mean [^)]*)\)", message)
    row = localise({"file": getattr(exc, "file", None), "row": getattr(exc, "row", None),
                    "column": getattr(exc, "column", None), "value": None,
                    "problem": message.replace(f" ({hint.group(1)})", "") if hint else message,
                    "suggestion": hint.group(1) if hint else None}, lang)
    return [{k: row.get(k) for k in keys}]


def _upload_mapping(mapping: dict[str, Any] | None, table: Any) -> Any:
    """The mapping of an uploaded sheet: the guess, or the columns the user chose on the page
    with what the guess knew beside its columns, for each column the user kept as guessed:
    its words (a HubSpot "Industry" read as the kind), its default (the kind of a row
    without one) and why the guess read the kind so (its notes)."""
    from .loaders.tabular import guess_mapping, parse_mapping, with_guess

    guess = guess_mapping(table)
    if mapping is None:
        return guess
    chosen = parse_mapping(mapping, None)
    return chosen if chosen.table != guess.table else with_guess(chosen, guess)


def _kind_words(table: Any, chosen: Any, given: dict[str, Any]) -> list[dict[str, Any]]:
    """The words of an uploaded sheet's kind column that name no kind by themselves (a
    CRM's "Netwerkpartner"), most rows first, each with the kind the user gave it on the
    page (``given``: the mapping's ``values``) and its number of rows; at most 40."""
    from collections import Counter
    from dataclasses import replace

    from .errors import InputError
    from .loaders.reading import repair_text
    from .loaders.tabular import _LABELS, _kind_of

    header = chosen.columns.get("kind")
    if chosen.table != "organisations" or header not in table.headers:
        return []
    mine = {str(k).casefold(): v for k, v in (given.get("kind") or {}).items()}
    plain = replace(chosen, values={**chosen.values, "kind": {
        k: v for k, v in chosen.values.get("kind", {}).items() if k not in mine}})
    at = table.headers.index(header)
    cells = Counter(repair_text(str(cells[at])).strip() for _, cells in table.rows
                    if at < len(cells) and cells[at] not in (None, "") and str(cells[at]).strip())
    out = []
    def names_none(word: str, mapping: Any) -> bool:
        try:
            _kind_of(word, mapping)
        except InputError:
            return True
        return False

    for word, rows in cells.most_common():
        # A word the user gave a kind, or one that names none without the user's words (not
        # a cell of labels those words answer: "Netwerkpartner, Cold lead"), or a cell of
        # labels that names two kinds with them ("Onderwijs, Netwerkpartner").
        if word.casefold() in mine or names_none(word, chosen) or (
                names_none(word, plain) and not _LABELS.search(word)):
            kind = mine.get(word.casefold())  # "": the user said it names no kind
            out.append({"word": word, "rows": rows,
                        "kind": "" if kind is None and word.casefold() in mine else kind})
    return out[:40]


def _place_words(table: Any, chosen: Any, given: dict[str, Any],
                 problems: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The places of an uploaded sheet's municipality column that no table knows and look
    like a typo ("Harlem"), and those the user gave a place on the page (``given``: the
    mapping's ``values``), most rows first: each with its number of rows, the closest
    names (``choices``) and the ``place`` the user chose; at most 40."""
    from collections import Counter

    from .loaders.cbs import geography

    header = chosen.columns.get("municipality")
    if chosen.table != "organisations" or header not in table.headers:
        return []
    mine = {str(k).strip().casefold(): str(v) for k, v in
            (given.get("municipality") or {}).items() if v not in (None, "")}
    unknown = {str(p["value"]).strip().casefold() for p in problems
               if p.get("code") == "unknown_municipality" and p.get("column") == header
               and p.get("value") not in (None, "")}
    at = table.headers.index(header)
    cells = Counter(str(cells[at]).strip() for _, cells in table.rows
                    if at < len(cells) and cells[at] not in (None, ""))
    out = []
    for word, rows in cells.most_common():
        folded = word.casefold()
        if folded in unknown or folded in mine:
            out.append({"word": word, "rows": rows, "place": mine.get(folded, ""),
                        "choices": geography().close_names(word)})
            unknown.discard(folded)
            mine.pop(folded, None)
    return out[:40]


def check_import(path: str | os.PathLike[str], mapping: dict[str, Any] | None = None,
                 label: str | None = None, max_rows: int | None = None,
                 preview: int = 10, lang: str = "nl") -> dict[str, Any]:
    """Read an uploaded CSV/XLSX sheet without loading it: headers, mapping, preview, problems.

    Parameters
    ----------
    path : path
        The sheet.
    mapping : dict, optional
        A mapping as in a mapping YAML (``table``, ``columns``, …); guessed from the headers
        when omitted.
    label : str, optional
        The file's name in problems and provenance (the path by default).
    max_rows : int, optional
        Refuse sheets with more rows than this.
    preview : int
        How many records to show as they would be stored.
    lang : {"nl", "en"}
        The language of the problems' texts (Dutch by default).

    Returns
    -------
    dict
        ``file``, ``headers``, ``rows`` (data rows), ``mapping`` (``table`` and ``columns``:
        model field → header), ``preview`` (``nodes``: id, kind, name, properties, row;
        ``edges``: type, source, target, properties, row), ``counts`` (nodes, edges) and
        ``problems`` (see :func:`load_problems`; empty when the sheet can be loaded),
        ``warnings`` (what loading it would say: repaired text, old municipality names, …)
        and ``kind_words``: the words of the kind column that name no kind, each with the
        kind the user chose for it (``word``, ``kind``, ``rows``); ``place_words``: the
        places of the municipality column that are unknown and look like a typo, or that
        the user gave a place (``word``, ``rows``, ``choices``, ``place``); ``mapping``
        also gives the ``default_kind`` of a row without one.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp(), "orgs.csv")
    >>> _ = p.write_text("Naam;Soort\\nKLM;Bedrijf\\nX;Bedrjf\\n", encoding="utf-8")
    >>> result = check_import(p, label="orgs.csv")
    >>> result["mapping"]["columns"], result["problems"][0]["row"]
    ({'name': 'Naam', 'kind': 'Soort'}, 3)
    """
    from .errors import InputError, StakeholderGraphError
    from .loaders.tables import read_table
    from .loaders.tabular import load_table

    out: dict[str, Any] = {"file": label or str(path), "headers": [], "rows": 0,
                           "mapping": None, "kind_words": [], "place_words": [],
                           "preview": {"nodes": [], "edges": []},
                           "counts": {"nodes": 0, "edges": 0}, "problems": []}
    try:
        table = read_table(path, label=label)
        out["headers"], out["rows"] = list(table.headers), len(table.rows)
        if max_rows is not None and len(table.rows) > max_rows:
            raise InputError(f"the sheet has {len(table.rows)} rows; at most {max_rows} can "
                             "be imported here (split it, or use stakeholder-graph load)",
                             file=label or str(path))
        chosen = _upload_mapping(mapping, table)
        out["mapping"] = {"table": chosen.table, "columns": dict(chosen.columns),
                          "default_kind": chosen.defaults.get("kind")}
        out["kind_words"] = _kind_words(table, chosen, (mapping or {}).get("values") or {})
        given = (mapping or {}).get("values") or {}
        try:
            batch = load_table(path, chosen, label=label)
        except StakeholderGraphError as exc:  # and the places its problems name
            out["problems"] = load_problems(exc, lang)
            out["place_words"] = _place_words(table, chosen, given, out["problems"])
            return out
        out["place_words"] = _place_words(table, chosen, given, [])
    except StakeholderGraphError as exc:
        out["problems"] = load_problems(exc, lang)
        return out
    own = [n for n in batch.nodes if n.origin is not None and n.origin.file == out["file"]]
    from .loaders.messages import translate_warning

    out["warnings"] = [translate_warning(w, lang) for w in batch.warnings]
    out["counts"] = {"nodes": len(own), "edges": len(batch.edges)}
    out["preview"]["nodes"] = [
        {"id": n.id, "kind": n.kind, "name": n.props.get("name", ""),
         "properties": {k: v for k, v in n.props.items() if k != "name"},
         "row": n.origin.row if n.origin else None} for n in own[:preview]]
    out["preview"]["edges"] = [
        {"type": e.type, "source": e.source, "target": e.target, "properties": dict(e.props),
         "row": e.origin.row if e.origin else None}
        for e in batch.edges if e.origin is not None and e.origin.file == out["file"]][:preview]
    return out


def import_file(path: str | os.PathLike[str], store: Store | str | None = None,
                mapping: dict[str, Any] | None = None, label: str | None = None,
                max_rows: int | None = None, lang: str = "nl",
                by: str | None = None) -> LoadResult:
    """Load one uploaded CSV/XLSX sheet into a store, all or nothing.

    Like :func:`load` for one sheet, with the mapping as a dict and the file's name
    (``label``) in provenance instead of its path; problems and warnings in ``lang``;
    ``by`` names who loads it (history).

    Examples
    --------
    >>> import tempfile, os, pathlib
    >>> d = tempfile.mkdtemp()
    >>> _ = demo(os.path.join(d, "demo.db"))
    >>> p = pathlib.Path(d, "orgs.csv")
    >>> _ = p.write_text("Naam;Soort\\nWindpark Hollandse Kust;Bedrijf\\n", encoding="utf-8")
    >>> import_file(p, os.path.join(d, "demo.db"), label="orgs.csv").nodes_added
    1
    """
    from .errors import InputError
    from .loaders.tables import read_table
    from .loaders.tabular import load_table

    table = read_table(path, label=label)
    if max_rows is not None and len(table.rows) > max_rows:
        raise InputError(f"the sheet has {len(table.rows)} rows; at most {max_rows} can be "
                         "imported here", file=label or str(path))
    with _in_language(lang):
        batch = load_table(path, _upload_mapping(mapping, table), label=label)
        with _opened(store, create=False) as target:
            return _localised(target.load(batch, by=by), lang)
