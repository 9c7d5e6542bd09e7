"""The ``stakeholder-graph`` command line: a thin layer over :mod:`stakeholder_graph.api`.

Every command parses its options, calls the library and prints. Errors a user can cause
print as one line on stderr with a non-zero exit, never as a traceback (set
``STAKEHOLDER_GRAPH_DEBUG=1`` to see one for an unexpected error).
"""

from __future__ import annotations

import functools
import json
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click
from click.core import ParameterSource

from . import __version__, api
from .errors import InputError, LoadProblems, StakeholderGraphError
from .export import EXPORT_FORMATS
from .graph.store import DEFAULT_STORE, default_location, display_location

__all__ = ["cli", "main"]


def _table(rows: list[tuple[Any, ...]], headers: tuple[str, ...]) -> str:
    """Format rows as a plain aligned text table."""
    cells = [tuple(str(c) for c in headers)] + [tuple(str(c) for c in r) for r in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    numeric = [all(r[i].replace(",", "").isdigit() for r in cells[1:]) for i in range(len(headers))]

    def fmt(row: tuple[str, ...]) -> str:
        return "  ".join(c.rjust(w) if num else c.ljust(w)
                         for c, w, num in zip(row, widths, numeric, strict=True)).rstrip()

    lines = [fmt(cells[0]), "  ".join("-" * w for w in widths)]
    lines += [fmt(r) for r in cells[1:]]
    return "\n".join(lines)


class _Group(click.Group):
    """A group that turns every :class:`StakeholderGraphError` into one clear line."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except StakeholderGraphError as exc:
            click.echo(f"Error: {exc}", err=True)
            ctx.exit(1)
        except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException):
            raise
        except KeyboardInterrupt:
            click.echo("Interrupted: nothing was written by the unfinished step.", err=True)
            ctx.exit(130)
        except Exception as exc:  # noqa: BLE001 - last line of defence for users
            if os.environ.get("STAKEHOLDER_GRAPH_DEBUG"):
                raise
            click.echo(f"Internal error: {exc.__class__.__name__}: {exc} "
                       "(set STAKEHOLDER_GRAPH_DEBUG=1 for details and please report it)",
                       err=True)
            ctx.exit(2)


_STORE_HELP = ("The store: a file path (embedded SQLite store) or a bolt://, neo4j:// or "
               "neo4j+s:// URI (Neo4j). Environment: STAKEHOLDER_GRAPH_STORE.")
# The name the command's own --store is passed under: not ``store``, which is the location
# pass_store hands the command as its first argument.
_STORE_AFTER = "store_after_command"


def _store_location(ctx: click.Context) -> str:
    return ctx.obj["store"]


def pass_store(func: Callable[..., Any]) -> Callable[..., Any]:
    """Pass the store location as the ``store`` argument, and take ``--store`` after the command.

    ``--store`` works before the command (an option of the group, with the
    ``STAKEHOLDER_GRAPH_STORE`` environment variable and the default) and after it (an
    option of the command, with the same help). Given after the command it wins, also over
    one before it: the last one typed counts, as for any option given twice.

    Parameters
    ----------
    func : Callable[..., Any]
        The command's function; its first parameter receives the store location.

    Returns
    -------
    Callable[..., Any]
        The function to decorate with ``@cli.command()`` and the command's own options.
    """

    @functools.wraps(func)
    @click.option("--store", _STORE_AFTER, default=DEFAULT_STORE, show_default=True,
                  metavar="PATH|URI", help=_STORE_HELP)
    @click.pass_context
    def wrapper(ctx: click.Context, *args: Any, **kwargs: Any) -> Any:
        after = kwargs.pop(_STORE_AFTER)
        # Only a --store typed after the command counts here; its default is for --help
        # alone (the group's --store, environment variable and default apply otherwise).
        if ctx.get_parameter_source(_STORE_AFTER) is ParameterSource.COMMANDLINE:
            ctx.obj["store"] = after or default_location()
        return ctx.invoke(func, _store_location(ctx), *args, **kwargs)

    return wrapper


as_of_option = click.option(
    "--as-of", "as_of", metavar="DATE",
    help="The network as it was on this date (2026-05-01: the end of that day) or at this "
         "time (2026-05-01T14:30, UTC).")


def format_option(*choices: str, default: str = "table") -> Callable[..., Any]:
    """The shared ``--format`` option."""
    return click.option("--format", "fmt", type=click.Choice(choices), default=default,
                        show_default=True, help="Output format.")


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--store", envvar="STAKEHOLDER_GRAPH_STORE", default=DEFAULT_STORE,
              show_default=True, metavar="PATH|URI", help=_STORE_HELP)
@click.version_option(__version__, prog_name="stakeholder-graph")
@click.pass_context
def cli(ctx: click.Context, store: str) -> None:
    """Map who works with whom in a region's labour market and education, and whom to
    connect next.

    \b
    Start with the Noord-Holland example (in ./stakeholder-graph.db):
        stakeholder-graph demo
    Load your own sheets and look at what the store holds:
        stakeholder-graph load examples/eigen-lijst/stakeholders.xlsx \\
            --mapping examples/eigen-lijst/stakeholders.yaml
        stakeholder-graph stats
    """
    ctx.ensure_object(dict)
    ctx.obj["store"] = store or default_location()
    if not os.environ.get("STAKEHOLDER_GRAPH_DEBUG"):
        # The driver logs each retry and dropped connection; the CLI reports the outcome
        # as one line instead.
        logging.getLogger("neo4j").setLevel(logging.CRITICAL)


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--mapping", type=click.Path(), default=None,
              help="Mapping YAML from the sheet's headers to the model (for CSV/XLSX files).")
@click.option("--at", "at", metavar="DATE",
              help="When the data was valid (a date or date-time; without a zone, UTC), for an "
                   "older export; not before the latest load, not more than a day ahead. "
                   "Default: now.")
@click.option("--review", "review_file", type=click.Path(dir_okay=False), metavar="FILE",
              help="Where to write likely duplicates for review (CSV or XLSX). Default: "
                   "<store>-review.csv beside a store file, else ./stakeholder-graph-review.csv.")
@click.option("--error-report", "error_report", type=click.Path(dir_okay=False),
              metavar="FILE", help="Where to write every problem found (CSV). Default: "
              "<store>-errors.csv beside a store file, else ./stakeholder-graph-errors.csv.")
@click.option("--skip-bad-rows", is_flag=True,
              help="Load the good rows and leave the bad ones out (listed in the error "
                   "report). Without it, one bad row means nothing is loaded.")
@click.option("--aliases", type=click.Path(dir_okay=False), metavar="FILE",
              help="Your own alias list (CSV: name, alias, source), added to the shipped one.")
@click.option("--former-names", "former_names", type=click.Path(dir_okay=False),
              metavar="FILE", help="Your own former names (CSV: name, former, since, source), "
              "beside the shipped ones: a row under a former name loads under the later one.")
@click.option("--quiet", is_flag=True, help="Print nothing on success.")
@click.option("--lang", type=click.Choice(["nl", "en"]), default="nl", show_default=True,
              help="Language of the summary, the problems and the error report.")
@pass_store
def load(store: str, paths: tuple[str, ...], mapping: str | None, at: str | None,
         review_file: str | None, error_report: str | None, skip_bad_rows: bool,
         aliases: str | None, former_names: str | None, quiet: bool, lang: str) -> None:
    """Load CSV/XLSX files and dataset folders into the store, as one transaction.

    Every row is checked: all problems are listed at once (the first 20 on screen, all of
    them in the error report), and the store is left as it was — unless --skip-bad-rows.
    Loading the same input again changes nothing; a fact that a file (or the next export
    of the same source_name) no longer holds is end-dated (see `diff` and `--as-of`). Name
    variants of one organisation ("Tata Steel IJmuiden B.V." in Velsen and "Tata Steel")
    merge; likely ones are written to a review file for you to accept or reject (see
    `resolve`).

    Files are read within limits on size, rows, columns and cells (STAKEHOLDER_GRAPH_MAX_*
    variables; see docs/security.md). While another load writes, this one waits (up to
    30 minutes; STAKEHOLDER_GRAPH_LOCK_TIMEOUT in seconds).

    \b
    Examples:
        stakeholder-graph load examples/eigen-lijst/stakeholders.xlsx \\
            --mapping examples/eigen-lijst/stakeholders.yaml
        stakeholder-graph --store team.db load examples/noord-holland
        stakeholder-graph load examples/eigen-lijst/stakeholders.xlsx \\
            --mapping examples/eigen-lijst/stakeholders.yaml --lang en
        stakeholder-graph load crm-export.csv --skip-bad-rows --error-report fouten.csv
        stakeholder-graph load examples/eigen-lijst/stakeholders.xlsx \\
            --mapping examples/eigen-lijst/stakeholders.yaml \\
            --former-names examples/eigen-lijst/eerdere-namen.csv
    """
    from .errors import LoadProblems

    report = error_report or api.error_report_path(store)
    try:
        result = api.load(paths, store, mapping, progress=not quiet, at=at,
                          skip_bad_rows=skip_bad_rows, aliases=aliases, lang=lang,
                          former_names=former_names)
    except LoadProblems as exc:
        api.write_error_report(exc.problems, report)
        _print_problems(exc.problems, report, loaded=False, lang=lang)
        raise click.exceptions.Exit(1) from None
    if result.problems:
        api.write_error_report(result.problems, report)
    if quiet:
        return
    from .output import describe_load

    nl = lang == "nl"
    first, *rest = describe_load(result, lang)
    click.echo(f"{'Geladen in' if nl else 'Loaded into'} {display_location(store)}: {first}")
    if result.problems:
        _print_problems(result.problems, report, loaded=True, lang=lang)
    for line in rest:
        click.echo(line)
    if result.review:
        path = review_file or api.review_path(store)
        api.write_review(result.review, path, lang)
        click.echo(_review_told(result.review, path, nl))


_REVIEW_TOLD = {
    "nl": ("{} mogelijke dubbele organisatie(s) niet samengevoegd",
           "{} tegenstrijdig(e) gegeven(s) om na te kijken", " en ", "; ze staan in {}.",
           " Zet ja of nee in de kolom 'besluit' en voer dan uit:\n  "
           "stakeholder-graph resolve --apply {}", " Verbeter de bron als een waarde niet klopt."),
    "en": ("{} likely duplicate(s) were not merged", "{} conflicting fact(s) to check",
           " and ", "; they are in {}.", " Write accept or reject in its decision column, then "
           "run:\n  stakeholder-graph resolve --apply {}",
           " Correct the source where a value is wrong."),
}


def _review_told(review: list[dict[str, Any]], path: Any, nl: bool) -> str:
    """What the load says about its review file: the pairs to decide, and the conflicting
    facts (a row whose organisation is its own candidate), which need no decision."""
    from .merges import is_conflict

    pairs_said, conflicts_said, joined, where, apply, correct = _REVIEW_TOLD["nl" if nl else "en"]
    conflicts = sum(map(is_conflict, review))
    pairs = len(review) - conflicts
    said = ([pairs_said.format(pairs)] if pairs else []) + (
        [conflicts_said.format(conflicts)] if conflicts else [])
    return joined.join(said) + where.format(path) + (apply.format(path) if pairs else correct)


def _print_problems(problems: list[dict[str, Any]], report: str, loaded: bool,
                    lang: str = "nl") -> None:
    """The first 20 problems, one line each, the count and where all of them are."""
    from .errors import LoadProblems

    n = len(problems)
    nl = lang == "nl"
    if n == 1 and not loaded:
        click.echo(f"Fout: {LoadProblems.line(problems[0], lang)} (niets geladen; rapport: "
                   f"{report})" if nl else
                   f"Error: {LoadProblems.line(problems[0], lang)} (nothing was loaded; "
                   f"report: {report})", err=True)
        return
    if nl:
        head = (f"{n} foute rij(en) weggelaten; de andere rijen zijn geladen." if loaded else
                f"Fout: {n} problemen in de invoer; niets geladen.")
    else:
        head = (f"Left out {n} bad row(s); the other rows were loaded." if loaded else
                f"Error: {n} problems in the input; nothing was loaded.")
    click.echo(head, err=True)
    from .loaders.reading import problem_groups, problem_lines

    # One line for a problem that repeats over many rows ("Partner" in column Type of 33
    # rows): the first 20 lines, each of one problem or of one repeated over its rows.
    groups = problem_groups(problems)
    for line in problem_lines(problems, lang)[:20]:
        click.echo(f"  {line}", err=True)
    if len(groups) > 20:
        rest = sum(len(group) for group in groups[20:])
        click.echo(f"  … {'en nog' if nl else 'and'} {rest} {'meer' if nl else 'more'}",
                   err=True)
    if nl:
        click.echo(f"Alle {n} staan in {report}" + ("" if loaded else
                   " (of laad de goede rijen met --skip-bad-rows)"), err=True)
    else:
        click.echo(f"All {n} are in {report}" + ("" if loaded else
                   " (or load the good rows with --skip-bad-rows)"), err=True)


@cli.command()
@format_option("table", "json")
@as_of_option
@click.option("--lang", type=click.Choice(["nl", "en"]), default="nl", show_default=True,
              help="Language of the table.")
@pass_store
def stats(store: str, fmt: str, as_of: str | None, lang: str) -> None:
    """Count organisations and other nodes per kind, and relationships per type (now, or as
    of a date).

    \b
    Examples:
        stakeholder-graph stats
        stakeholder-graph stats --format json
        stakeholder-graph stats --as-of 2026-01-31
        stakeholder-graph stats --lang en
    """
    from .output import describe_stats

    counts = api.stats(store, as_of=as_of)
    if fmt == "json":
        click.echo(json.dumps(counts, indent=2, sort_keys=True))
        return
    if as_of:
        from .graph.history import parse_moment

        loads = api.history(store)
        if not loads or parse_moment(as_of) < loads[0]["at"]:
            first = loads[0]["at"][:10] if loads else None
            nl = lang == "nl"
            click.echo((f"Op {as_of} bestond {display_location(store)} nog niet"
                        + (f": de eerste load is van {first}." if first else ": er is nog niets "
                           "geladen.")) if nl else
                       (f"On {as_of} {display_location(store)} did not exist yet"
                        + (f": its first load is of {first}." if first else ": nothing has been "
                           "loaded yet.")))
            return
    click.echo(describe_stats(counts, lang))


@cli.command()
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False),
              help="The file to write.")
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), default=None,
              help="xlsx (Excel: a sheet per kind, ties, sources), graphml, gexf or json "
                   "(node-link); from the file's extension by default.")
@click.option("--include-personal-data", is_flag=True,
              help="Keep Person nodes and contact details (left out by default).")
@click.option("--lang", type=click.Choice(["nl", "en"]), default="nl", show_default=True,
              help="Language of the Excel workbook's sheets and headers.")
@pass_store
def export(store: str, output: str, fmt: str | None, include_personal_data: bool,
           lang: str) -> None:
    """Export the whole network: to Excel, or for Gephi, yEd, Cytoscape or your own code.

    The Excel workbook has a sheet per kind (bedrijven, onderwijsinstellingen, gemeenten,
    …), a sheet of ties (relaties) and one of sources (bronnen): Dutch headers, lists as
    "a, b en c", dates as dates.

    \b
    Examples:
        stakeholder-graph export -o netwerk.xlsx
        stakeholder-graph export -o network.xlsx --lang en
        stakeholder-graph export -o netwerk.graphml
        stakeholder-graph export --format json -o netwerk.json
    """
    path = api.export(output, store, fmt, include_personal_data, lang)
    click.echo(f"{'Geschreven' if lang == 'nl' else 'Wrote'}: {path}")


def _params(pairs: tuple[str, ...]) -> dict[str, str]:
    params: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise click.BadParameter(f"expected key=value, got {pair!r}", param_hint="--param")
        params[key.strip()] = value
    return params


def _emit(frame: Any, fmt: str, output: str | None, for_people: bool = True) -> None:
    """Print a frame or write it to a file.

    CSV and XLSX are written for people (headers in words, lists as "a, b en c", dates as
    dates; see :mod:`stakeholder_graph.output`) in the command's ``--lang`` (Dutch when
    it has none); JSON keeps the column keys.
    """
    from .output import format_frame, write_frame

    lang = None
    if for_people:
        ctx = click.get_current_context(silent=True)
        lang = (ctx.params.get("lang") if ctx else None) or "nl"
    if output:
        path = write_frame(frame, fmt if fmt != "table" else _format_from(output), output,
                           lang=lang)
        click.echo(f"Wrote {len(frame)} rows to {path}", err=True)
    else:
        click.echo(format_frame(frame, fmt, lang), nl=False)


def _format_from(path: str) -> str:
    suffix = path.rsplit(".", 1)[-1].lower()
    return {"xlsx": "xlsx", "csv": "csv", "json": "json"}.get(suffix, "table")


param_option = click.option("--param", "-p", "params", multiple=True, metavar="KEY=VALUE",
                            help="A query parameter; repeat for more.")
output_option = click.option("-o", "--output", type=click.Path(dir_okay=False), default=None,
                             help="Write to this file instead of the screen (needed for xlsx).")


@cli.command("queries")
def list_queries_command() -> None:
    """List the named queries with their purpose and parameters.

    \b
    Examples:
        stakeholder-graph queries
        stakeholder-graph query internship-hosts --param school=brin:25PZ
    """
    from .queries import list_queries

    for spec in list_queries():
        click.echo(f"{spec.name}\n  {spec.purpose}")
        for param in spec.params:
            click.echo(f"    --param {param.describe()}")


@cli.command()
@click.argument("name")
@param_option
@format_option("table", "csv", "json", "xlsx")
@output_option
@click.option("--include-personal-data", is_flag=True,
              help="Keep rows about contact persons (left out by default).")
@pass_store
def query(store: str, name: str, params: tuple[str, ...], fmt: str, output: str | None,
          include_personal_data: bool) -> None:
    """Run a named query (Cypher on Neo4j, NetworkX on the embedded store).

    \b
    Examples:
        stakeholder-graph query ecosystem-overview
        stakeholder-graph query intro-path -p from=Vattenfall -p to=Tech@Connect
        stakeholder-graph query internship-hosts -p school=brin:25PZ --format xlsx -o stages.xlsx
    """
    from .queries import run_query

    if fmt == "xlsx" and not output:
        raise click.UsageError("--format xlsx needs -o FILE.xlsx")
    with api.open_store(store, create=False) as opened:
        frame = run_query(opened, name, include_personal_data=include_personal_data,
                          **_params(params))
    _emit(frame, fmt, output)


@cli.command()
@click.argument("statement")
@param_option
@click.option("--write", is_flag=True, help="Allow the statement to write (read-only otherwise).")
@format_option("table", "csv", "json", "xlsx")
@output_option
@pass_store
def cypher(store: str, statement: str, params: tuple[str, ...], write: bool, fmt: str,
           output: str | None) -> None:
    """Run ad-hoc Cypher on a Neo4j store, read-only unless --write is given.

    Parameters are passed as Cypher parameters ($name), never pasted into the text.

    \b
    Examples:
        stakeholder-graph --store bolt://localhost:7687 cypher "MATCH (c:Campus) RETURN c.name"
        stakeholder-graph --store bolt://localhost:7687 cypher \\
            "MATCH (n:SGNode {id: $id})--(m) RETURN m.name" -p id=slug:techport
    """
    from .queries import run_cypher

    if fmt == "xlsx" and not output:
        raise click.UsageError("--format xlsx needs -o FILE.xlsx")
    with api.open_store(store, create=False) as opened:
        frame = run_cypher(opened, statement, write=write, **_params(params))
    _emit(frame, fmt, output, for_people=False)  # the user's own column names


SUGGESTION_COLUMNS = ["rank", "a", "a_ecosystem", "b", "b_ecosystem", "score", "explanation"]
MEMBERSHIP_TABLE = ["rank", "org", "org_ecosystem", "group", "group_kind", "score", "explanation"]
lang_option = click.option("--lang", type=click.Choice(["nl", "en"]), default="nl",
                           show_default=True, help="Language of explanations.")


def _suggestion_table(frame: Any, fmt: str) -> Any:
    """Fewer, rounded columns on screen; everything in files and machine formats."""
    if fmt != "table":
        return frame
    columns = (SUGGESTION_COLUMNS if "a" in frame.columns
               else MEMBERSHIP_TABLE if "group" in frame.columns else list(frame.columns))
    shown = frame[columns].copy()
    shown["score"] = shown["score"].astype(float).round(2)
    return shown


def _top(value: str) -> int | None:
    """``--top``: a positive number, or ``all`` for every scored candidate."""
    if value.casefold() == "all":
        return None
    try:
        number = int(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a number or 'all'",
                                 param_hint="--top") from None
    if number < 1:
        raise click.BadParameter(f"{value} is not at least 1", param_hint="--top")
    return number


@cli.command()
@click.option("--memberships", is_flag=True,
              help="Suggest memberships (organisation → campus, programme, fund, manifest or "
                   "event) instead of introductions.")
@click.option("--group", metavar="GROUP",
              help="With --memberships: only this group (id, name or alias).")
@click.option("--for", "for_org", metavar="ORG", help="Only suggestions for this organisation "
              "(id or name).")
@click.option("--from", "from_ecosystem", metavar="ECOSYSTEM",
              help="One side in this ecosystem (labour-market region).")
@click.option("--to", "to_ecosystem", metavar="ECOSYSTEM",
              help="The other side in this ecosystem.")
@click.option("--kind", "kinds", multiple=True, metavar="KIND",
              help="Introductions: a side of this kind (repeatable), e.g. Company, School. "
                   "Memberships: groups of this kind, e.g. Campus, Programme, Event.")
@click.option("--theme", metavar="THEME", help="Only organisations that work on this theme.")
@click.option("--top", default="10", show_default=True, metavar="N|all",
              help="How many; 'all' gives every scored candidate.")
@click.option("--weight", "weights", multiple=True, metavar="NAME=VALUE",
              help="Use these weights instead of fitting them (see --explain-model for the "
                   "names).")
@click.option("--all-ecosystems", is_flag=True,
              help="Also suggest pairs within one ecosystem (across ecosystems only by default).")
@click.option("--explain-model", is_flag=True,
              help="Print the weights the score uses and what they were fitted on, and stop.")
@click.option("--campuses", is_flag=True, hidden=True)
@lang_option
@format_option("table", "csv", "json", "xlsx")
@output_option
@as_of_option
@pass_store
def suggest(store: str, memberships: bool, group: str | None, for_org: str | None,
            from_ecosystem: str | None, to_ecosystem: str | None, kinds: tuple[str, ...],
            theme: str | None, top: str, weights: tuple[str, ...], all_ecosystems: bool,
            explain_model: bool, campuses: bool, lang: str, fmt: str, output: str | None,
            as_of: str | None) -> None:
    """Who to connect next: ranked introductions or memberships, each with its reason.

    The score adds up typed paths between the two ends (shared groups, common partners,
    three-step paths, co-members' ties, complementary roles), weighted by a model fitted on
    this store's own links and recorded introductions (defaults on a tiny store). Every
    explanation names the paths that carried the score. Introductions recorded as made or
    declined are not suggested again.

    \b
    Examples:
        stakeholder-graph suggest
        stakeholder-graph suggest --for "Tata Steel" --lang en
        stakeholder-graph suggest --from "Groot Amsterdam" --to "Noord-Holland Noord" --top 5
        stakeholder-graph suggest --memberships --group Techport
        stakeholder-graph suggest --memberships --for "Port of Amsterdam"
        stakeholder-graph suggest --explain-model
    """
    what = "memberships" if memberships or campuses else "introductions"
    if group and what != "memberships":
        raise click.UsageError("--group goes with --memberships")
    if fmt == "xlsx" and not output:
        raise click.UsageError("--format xlsx needs -o FILE.xlsx")
    parsed: dict[str, float] = {}
    for key, value in _params(weights).items():
        try:
            parsed[key] = float(value)
        except ValueError:
            raise click.BadParameter(f"{key}={value}: a weight is a number",
                                     param_hint="--weight") from None
    if explain_model:
        model = api.suggestion_model(store, what, parsed or None, as_of=as_of)
        click.echo(model.describe(lang))
        return
    frame = api.suggest(store, what=what, group=group, for_org=for_org,
                        from_ecosystem=from_ecosystem, to_ecosystem=to_ecosystem,
                        kinds=kinds or None, theme=theme, top=_top(top), weights=parsed or None,
                        cross_ecosystem=not all_ecosystems, lang=lang, as_of=as_of)
    if frame.empty:
        click.echo("No suggestions with these filters.", err=True)
    _emit(_suggestion_table(frame, fmt), fmt, output)


@cli.command()
@click.argument("a")
@click.argument("b")
@click.option("--status", type=click.Choice(["proposed", "made", "declined"]), required=True,
              help="Where the introduction stands.")
@click.option("--date", help="When (YYYY-MM-DD; today by default).")
@click.option("--note", help="A short note.")
@pass_store
def introduce(store: str, a: str, b: str, status: str, date: str | None,
              note: str | None) -> None:
    """Record an introduction between two organisations (names or ids).

    Introductions recorded as made or declined are not suggested again.

    \b
    Examples:
        stakeholder-graph introduce "Port of Amsterdam" "Port of Den Helder" --status proposed
        stakeholder-graph introduce KLM Vattenfall --status made --date 2021-06-01
    """
    from .output import describe_load

    result = api.introduce(a, b, status, store, date, note)
    click.echo(f"Vastgelegd: {a} — {b} ({status}); {describe_load(result)[0]}")


@cli.command()
@click.argument("what", type=click.Choice(["centrality", "communities", "brokers", "gaps"]))
@click.option("--between", nargs=2, metavar="A B",
              help="With brokers: betweenness on the paths between two ecosystems.")
@click.option("--top", type=click.IntRange(1), default=None, help="Show only the first N rows.")
@format_option("table", "csv", "json", "xlsx")
@output_option
@pass_store
def analyze(store: str, what: str, between: tuple[str, str] | None, top: int | None, fmt: str,
            output: str | None) -> None:
    """Network measures: centrality, communities, brokers or gaps between ecosystems.

    \b
    Examples:
        stakeholder-graph analyze centrality --top 10
        stakeholder-graph analyze communities
        stakeholder-graph analyze brokers --between "Groot Amsterdam" "Noord-Holland Noord"
        stakeholder-graph analyze gaps --format xlsx -o gaten.xlsx
    """
    if fmt == "xlsx" and not output:
        raise click.UsageError("--format xlsx needs -o FILE.xlsx")
    result = api.analyze(what, store, between=between or None)
    if what == "communities":
        frame, summary = result
        click.echo(f"{summary['communities']} communities, modularity "
                   f"{summary['modularity']:.3f}; agreement with the ecosystems: adjusted Rand "
                   f"{summary['adjusted_rand_index']:.3f}, NMI {summary['nmi']:.3f}", err=True)
        for span in summary["spanning"]:
            click.echo(f"community {span['community']} ({span['size']} organisations) spans "
                       + ", ".join(span["ecosystems"]), err=True)
    else:
        frame = result
    if top:
        frame = frame.head(top)
    if fmt == "table":
        frame = frame.round(4)
    _emit(frame, fmt, output)


@cli.command()
@click.option("--memberships", is_flag=True,
              help="Evaluate membership suggestions instead of introductions.")
@click.option("--holdout", type=click.FloatRange(0, 1, min_open=True, max_open=True),
              default=0.1, show_default=True, help="Fraction of links to hide.")
@click.option("--seed", type=int, default=0, show_default=True)
@click.option("--seeds", type=click.IntRange(1), default=1, show_default=True,
              help="Repeat over this many seeds (from --seed on) and print mean ± sd.")
@click.option("-k", "k", type=click.IntRange(1), default=20, show_default=True,
              help="Cut-off of precision@k and recall@k.")
@format_option("table", "json")
@pass_store
def evaluate(store: str, memberships: bool, holdout: float, seed: int, seeds: int, k: int,
             fmt: str) -> None:
    """Hide links, suggest again, and compare the engine with baselines that fit the question.

    The newest links are hidden where enough are dated, else a random sample; the engine
    fits its weights on what is left. Introductions are compared with random, preferential
    attachment, common neighbours, Adamic–Adar, resource allocation and L3; memberships with
    random, preferential attachment, Adamic–Adar and resource-allocation collaborative
    filtering, L3 and normalised L3. Reports AUC, precision@k and recall@k and the winner.

    \b
    Examples:
        stakeholder-graph evaluate
        stakeholder-graph evaluate --memberships --seeds 5
        stakeholder-graph evaluate --holdout 0.2 --seed 3 --format json
    """
    from .analysis.evaluate import summarise

    what = "memberships" if memberships else "introductions"
    runs = [api.evaluate(store, what=what, holdout=holdout, seed=s, k=k)
            for s in range(seed, seed + seeds)]
    summary = summarise(runs)
    if fmt == "json":
        click.echo(json.dumps(runs[0] if seeds == 1 else {"runs": runs, "summary": summary},
                              indent=2, default=float))
        return
    split = runs[0]["split"]
    click.echo(f"{what}: {split['hidden']} of {split['links']} links hidden "
               f"({split['method']}), {split['candidates']:,} candidates, "
               f"seed{'s' if seeds > 1 else ''} {seed}" + (f"–{seed + seeds - 1}" if seeds > 1
                                                          else ""))

    def cell(mean: float, sd: float) -> str:
        return f"{mean:.3f}" + (f" ± {sd:.3f}" if seeds > 1 else "")

    rows = [(name, *(cell(*m[x]) for x in ("auc", "precision_at_k", "recall_at_k")))
            for name, m in summary["methods"].items()]
    click.echo(_table(rows, ("method", "AUC", f"precision@{k}", f"recall@{k}")))
    click.echo(f"best AUC: {summary['winner']['auc']}; best precision@{k}: "
               f"{summary['winner']['precision_at_k']}")
    if split["hidden"] < 10:
        click.echo(f"only {split['hidden']} links hidden: these figures are noise", err=True)


@cli.command("map")
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None,
              help="The interactive HTML map (one file that works offline).")
@click.option("--png", type=click.Path(dir_okay=False), help="Also a PNG for a slide.")
@click.option("--svg", type=click.Path(dir_okay=False), help="Also an SVG.")
@click.option("--pptx", type=click.Path(dir_okay=False),
              help="Also a 16:9 PowerPoint slide with the map and the top suggestions.")
@click.option("--ecosystem", metavar="NAME", help="Only this ecosystem (and its direct partners).")
@click.option("--around", metavar="ORG", help="Only organisations near this one (id or name).")
@click.option("--depth", type=click.IntRange(1, 6), default=1, show_default=True,
              help="How many links away from --around.")
@click.option("--theme", metavar="THEME", help="Only organisations working on this theme.")
@click.option("--with-suggestions", type=click.IntRange(0), default=0, show_default=True,
              metavar="N", help="Draw the top N suggested introductions as dashed lines.")
@click.option("--title", help="The map's title.")
@click.option("--size", default="1920x1080", show_default=True, metavar="WxH",
              help="Pixel size of the PNG/SVG.")
@click.option("--handout", is_flag=True,
              help="In the PowerPoint file, also one slide per ecosystem.")
@click.option("--renderer", type=click.Choice(api.MAP_RENDERERS), default="auto",
              show_default=True,
              help="HTML drawing: sigma.js (WebGL) above 3000 organisations, else vis-network.")
@click.option("--new-since", "new_since", metavar="DATE",
              help="Draw the ties that began after this date (or time) thick in magenta: "
                   "those diff --since DATE lists as added.")
@lang_option
@as_of_option
@pass_store
def map_command(store: str, output: str | None, png: str | None, svg: str | None,
                pptx: str | None, ecosystem: str | None, around: str | None, depth: int,
                theme: str | None, with_suggestions: int, title: str | None, size: str,
                handout: bool, renderer: str, new_since: str | None, lang: str,
                as_of: str | None) -> None:
    """Draw the network: an offline HTML map, a PNG/SVG for slides, PowerPoint slides.

    Each ecosystem is a round area with its organisations inside, placed roughly as the
    regions lie in the province; links across ecosystems stand out. Colour and shape show
    the kind, size the centrality. The HTML map has a legend, a search box (names and
    aliases), filters and a panel of the suggested introductions, and works offline.

    \b
    Examples:
        stakeholder-graph map -o kaart.html --with-suggestions 10
        stakeholder-graph map -o ijmond.html --ecosystem "Zuid-Kennemerland en IJmond"
        stakeholder-graph map --around brin:25PZ --depth 2 -o roc.html --png roc.png
        stakeholder-graph map --pptx dia.pptx --with-suggestions 8 --lang en
        stakeholder-graph map --pptx hand-out.pptx --handout --with-suggestions 10
        stakeholder-graph map -o kaart-januari.html --as-of 2026-01-31
        stakeholder-graph map --png nieuw.png --new-since 2026-09-01
    """
    from .viz.static import parse_size

    if not any((output, png, svg, pptx)):
        raise click.UsageError("say what to write: -o FILE.html, --png, --svg or --pptx")
    try:
        pixels = parse_size(size)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--size") from None
    view = api.draw_map(store, output, png=png, svg=svg, pptx=pptx, ecosystem=ecosystem,
                        around=around, depth=depth, theme=theme,
                        with_suggestions=with_suggestions, lang=lang, title=title, size=pixels,
                        as_of=as_of, handout=handout, renderer=renderer,
                        new_since=new_since)
    new = f", {view.new_ties} new ties" if new_since else ""
    for label, target in (("map", output), ("image", png), ("image", svg), ("slide", pptx)):
        if target:
            click.echo(f"Wrote {label} {target} ({len(view.nodes)} organisations, "
                       f"{len(view.edges)} lines{new})")


@cli.command("resolve")
@click.option("--apply", "apply_file", type=click.Path(dir_okay=False), metavar="FILE",
              help="Apply the accept/reject decisions of a review file.")
@click.option("--review", "review_file", type=click.Path(dir_okay=False), metavar="FILE",
              help="Write every likely duplicate in the store that nobody decided on yet.")
@click.option("--undo", "undo", metavar="ID",
              help="Split a merged name variant (its old id) off its organisation again.")
@click.option("--list", "list_decisions", is_flag=True, help="List the decisions made so far.")
@click.option("--lang", type=click.Choice(["nl", "en"]), default="nl", show_default=True,
              help="Language of what it says and of the review file's headers.")
@pass_store
def resolve_command(store: str, apply_file: str | None, review_file: str | None,
                    undo: str | None, list_decisions: bool, lang: str) -> None:
    """Decide on likely duplicate organisations: merge them, keep them apart, or undo.

    A load merges sure matches (same name after removing legal forms and place names,
    same municipality) and writes likely ones (similar names, or the same name in another
    municipality) to a review file. Write accept or reject in its decision column (ja/nee
    work too) and apply it. Decisions are kept: later loads merge or separate the same way.

    \b
    Examples:
        stakeholder-graph load examples/eigen-lijst/stakeholders.xlsx \\
            --mapping examples/eigen-lijst/stakeholders.yaml
        stakeholder-graph resolve --apply examples/eigen-lijst/beoordeling.csv
        stakeholder-graph resolve --review duplicates.xlsx
        stakeholder-graph resolve --undo slug:tatasteel
        stakeholder-graph resolve --list
        stakeholder-graph resolve --list --lang en
    """
    from .output import column_label

    nl = lang == "nl"
    chosen = [x for x in (apply_file, review_file, undo, list_decisions) if x]
    if len(chosen) != 1:
        raise click.UsageError("give one of --apply FILE, --review FILE, --undo ID or --list")
    if apply_file:
        try:
            counts = api.apply_review(apply_file, store)
        except InputError as exc:  # a row of the file the user wrote: said in its language
            if not nl:
                raise
            click.echo(f"Fout: {LoadProblems.line(exc.problem('nl'), 'nl')} (niets "
                       "toegepast)", err=True)
            raise click.exceptions.Exit(1) from None
        if nl:
            click.echo(f"{counts['merged']} samengevoegd, {counts['rejected']} apart gehouden"
                       + (f", {counts['already']} eerder besloten" if counts["already"] else "")
                       + ". Latere ladingen volgen deze besluiten.")
        else:
            click.echo(f"Merged {counts['merged']}, kept apart {counts['rejected']}"
                       + (f", {counts['already']} decided before" if counts["already"] else "")
                       + ". Later loads follow these decisions.")
    elif review_file:
        rows = api.review(store)
        api.write_review(rows, review_file, lang)
        click.echo(f"{len(rows)} mogelijke dubbele organisatie(s) geschreven naar {review_file}."
                   if nl else f"Wrote {len(rows)} likely duplicate(s) to {review_file}.")
    elif undo:
        target = api.undo_merge(undo, store)
        click.echo(f"{undo} weer losgemaakt van {target}; latere ladingen houden ze apart."
                   if nl else f"Split {undo} off {target} again; later loads keep them apart.")
    else:
        words = {"accept": "samengevoegd", "reject": "apart gehouden", "sure": "zeker",
                 "undo": "ongedaan gemaakt"}
        with api.open_store(store, create=False) as opened:
            rows = [(d["at"][:19].replace("T", " "),
                     words.get(d["decision"], d["decision"]) if nl else d["decision"],
                     d["variant"], d["target"]) for d in opened.decisions()]
        headers = tuple(column_label(k, lang) for k in ("at", "decision", "variant", "org"))
        click.echo(_table(rows, headers) if rows else
                   ("Nog geen besluiten." if nl else "No decisions yet."))


personal_option = click.option("--include-personal-data", is_flag=True,
                               help="Include contact persons and their details (left out by "
                                    "default).")


@cli.command()
@click.argument("org")
@format_option("text", "json", default="text")
@personal_option
@click.option("--lang", type=click.Choice(["nl", "en"]), default="nl", show_default=True,
              help="Language of the text.")
@pass_store
def show(store: str, org: str, fmt: str, include_personal_data: bool, lang: str) -> None:
    """Show an organisation's facts, ties and merged name variants, each with its sources.

    Every fact names the file, sheet and row it came from and when it was loaded; ties
    that their source no longer holds are shown with the date they ended.

    \b
    Examples:
        stakeholder-graph show "Tata Steel"
        stakeholder-graph show brin:25PZ --format json
        stakeholder-graph show "Tata Steel" --lang en
    """
    from .facts import format_description

    info = api.show(org, store, include_personal_data=include_personal_data)
    click.echo(json.dumps(info, indent=2, ensure_ascii=False, default=str) if fmt == "json"
               else format_description(info, lang))


@cli.command()
@click.option("--since", metavar="LOAD|DATE", help="From this load number or date "
              "(default: the previous load).")
@click.option("--until", metavar="LOAD|DATE", help="To this load number or date "
              "(default: the latest load).")
@format_option("text", "json", default="text")
@personal_option
@click.option("--lang", type=click.Choice(["nl", "en"]), default="nl", show_default=True,
              help="Language of the text.")
@pass_store
def diff(store: str, since: str | None, until: str | None, fmt: str,
         include_personal_data: bool, lang: str) -> None:
    """What changed: organisations and ties added, removed (end-dated) and changed.

    \b
    Examples:
        stakeholder-graph diff
        stakeholder-graph diff --since 1
        stakeholder-graph diff --since 2026-01-01 --format json
        stakeholder-graph diff --lang en
    """
    result = api.diff(store, since, until, include_personal_data=include_personal_data)
    if fmt == "json":
        click.echo(json.dumps(result, indent=2, ensure_ascii=False, default=str))
    else:
        click.echo(_format_diff(result, lang))


_DIFF_WORDS = {
    "the start": "het begin", "Changes from": "Veranderingen van", "to": "tot",
    "decisions on duplicates": "besluiten over dubbelen", "unknown": "onbekend",
    "organisations and other nodes": "organisaties en andere knopen",
    "relationships": "relaties", "added": "nieuw", "removed": "verwijderd",
    "changed": "gewijzigd", "merge": "samengevoegd", "accept": "samengevoegd",
    "reject": "apart gehouden", "undo": "ongedaan gemaakt",
}


def _format_diff(result: dict[str, Any], lang: str = "nl") -> str:
    def say(text: str) -> str:
        return _DIFF_WORDS.get(text, text) if lang == "nl" else text

    def stamp(text: str) -> str:
        return text[:19].replace("T", " ") if not text.startswith("0001") else say("the start")

    lines = [f"{say('Changes from')} {stamp(result['since'])} {say('to')} "
             f"{stamp(result['until'])}:"]
    decisions = result.get("decisions") or []
    if decisions:
        lines.append(f"\n{say('decisions on duplicates')}: {len(decisions)}")
        for d in decisions:
            lines.append(f"  {say(d['event'])} {d['variant']} → {d['target']} "
                         f"({stamp(d['at'])}, {d['by'] or say('unknown')})")
    for part, label in (("nodes", "organisations and other nodes"),
                        ("relationships", "relationships")):
        changes = result[part]
        counts = ", ".join(f"{len(changes[k])} {say(k)}" for k in ("added", "removed",
                                                                    "changed"))
        lines.append(f"\n{say(label)}: {counts}")
        for k, sign in (("added", "+"), ("removed", "-")):
            for item in changes[k]:
                lines.append(f"  {sign} {_describe_item(item)}")
        for item in changes["changed"]:
            what = "; ".join(f"{p}: {a!r} → {b!r}" for p, (a, b) in item["changes"].items())
            key = item["key"] if isinstance(item["key"], str) else " ".join(item["key"][:3])
            lines.append(f"  ~ {item.get('name') or key}: {what}")
    return "\n".join(lines)


def _describe_item(item: dict[str, Any]) -> str:
    if "id" in item:
        return f"{item.get('name', '')} ({item['id']}, {item['kind']})"
    return f"{item['type']} {item['start']} → {item['end']}" + (
        f" [{item['key']}]" if item.get("key") else "")


@cli.command()
@format_option("table", "json")
@pass_store
def history(store: str, fmt: str) -> None:
    """List the loads and decisions on duplicates: when, who, which files (with SHA-256
    checksums) and what each changed.

    \b
    Examples:
        stakeholder-graph history
        stakeholder-graph history --format json
    """
    loads = api.history(store)
    if fmt == "json":
        click.echo(json.dumps(loads, indent=2, ensure_ascii=False))
        return
    rows = []
    for entry in loads:
        files = ", ".join(f"{f} ({entry['checksums'][f][:12]})" if f in entry["checksums"]
                          else f for f in entry["files"])
        rows.append((entry["id"], entry["at"][:19].replace("T", " "), entry.get("event", "load"),
                     entry.get("by", ""), entry["summary"], files))
    click.echo(_table(rows, ("#", "at (UTC)", "event", "by", "what changed", "files")) if rows
               else "No loads yet.")


@cli.command()
@click.option("--to", "target", required=True, metavar="URI",
              help="The Neo4j store (or another file) to copy into.")
@pass_store
def push(store: str, target: str) -> None:
    """Copy the store (normally the embedded one) into a Neo4j database.

    Nodes, relationships and provenance are upserted in one transaction; credentials come
    from NEO4J_USERNAME, NEO4J_PASSWORD and NEO4J_DATABASE.

    \b
    Examples:
        stakeholder-graph push --to bolt://localhost:7687
    """
    result = api.copy(store, target, progress=True)
    click.echo(f"Copied {display_location(store)} into {display_location(target)}: {result.summary()}")


@cli.command()
@click.option("--from", "origin", required=True, metavar="URI",
              help="The Neo4j store (or another file) to copy from.")
@pass_store
def pull(store: str, origin: str) -> None:
    """Copy a Neo4j database into the store (normally the embedded one).

    \b
    Examples:
        stakeholder-graph pull --from bolt://localhost:7687
        stakeholder-graph --store offline.db pull --from bolt://localhost:7687
    """
    result = api.copy(origin, store, progress=True)
    click.echo(f"Copied {display_location(origin)} into {display_location(store)}: {result.summary()}")


@cli.command()
@click.option("--to", "path", default=None, type=click.Path(dir_okay=False), metavar="FILE",
              help="Build the example in this file instead of the store (--store).")
@click.option("--lang", type=click.Choice(["nl", "en"]), default="nl", show_default=True,
              help="Language of what it prints.")
@pass_store
def demo(store: str, path: str | None, lang: str) -> None:
    """Load the Noord-Holland example into the store, show what it holds and whom to
    connect next.

    The example is the network the werkambassadeur's letter of 12 May 2021 describes, on
    the CBS and DUO registers; rows added only for illustration say so in their source.
    It goes into the store every other command uses (./stakeholder-graph.db, or --store),
    rebuilt from scratch; a store that holds your own loads or introductions is left alone.

    \b
    Examples:
        stakeholder-graph demo
        stakeholder-graph stats
        stakeholder-graph demo --store voorbeeld.db --lang en
    """
    target = path or store
    counts = api.demo(target)
    nl = lang == "nl"
    from .output import describe_stats

    click.echo((f"Het Noord-Holland-voorbeeld staat in {target}:" if nl else
                f"The Noord-Holland example is in {target}:") + "\n")
    click.echo(describe_stats(counts, lang))
    click.echo("\n" + ("Wie nu met wie verbinden (de 10 beste introducties tussen ecosystemen):"
                       if nl else "Who to connect next (top 10 introductions across "
                       "ecosystems):") + "\n")
    frame = api.suggest(target, top=10, lang=lang)
    for row in frame.itertuples(index=False):
        click.echo(f"{row.rank:>2}. {row.a} ({row.a_ecosystem}) — {row.b} ({row.b_ecosystem})")
        click.echo(f"    {row.explanation}")
    html = str(Path(target).with_suffix(".html"))
    api.draw_map(target, html, with_suggestions=10, lang=lang)
    click.echo("\n" + (f"Kaart met deze suggesties: {html} (open hem in een browser; werkt "
                       "offline)" if nl else f"Map with these suggestions: {html} (open it in "
                       "a browser; works offline)"))
    default = os.path.abspath(target) == os.path.abspath(default_location())
    prefix = "stakeholder-graph" + ("" if default else f" --store {target}")
    click.echo("Verder, bijvoorbeeld:" if nl else "Next, for example:")
    click.echo(f'  {prefix} suggest --for "Tata Steel"')
    click.echo(f'  {prefix} show "Tata Steel"')
    click.echo(f"  {prefix} export -o netwerk.xlsx")


@cli.command("report")
@click.option("--since", metavar="LOAD|DATE", help="From this load number or date "
              "(default: the load before the latest one).")
@click.option("--until", metavar="LOAD|DATE", help="Up to this load number or date "
              "(default: the latest load).")
@click.option("--ecosystem", metavar="NAME", help="Only this ecosystem (labour-market region).")
@click.option("--top", type=click.IntRange(1, 20), default=5, show_default=True,
              help="How many suggested introductions and memberships.")
@click.option("--include-personal-data", is_flag=True,
              help="Name contact persons and show notes (left out by default).")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False),
              help="voortgang.pptx (a 16:9 deck) or voortgang.html (a page to print on A4 "
                   "landscape).")
@click.option("--progress/--no-progress", default=None,
              help="Show on stderr which step the report is on (default: when stderr is a "
                   "terminal).")
@lang_option
@pass_store
def report_command(store: str, since: str | None, until: str | None, ecosystem: str | None,
                   top: int, include_personal_data: bool, output: str, progress: bool | None,
                   lang: str) -> None:
    """A progress report for the Technologietafel: the network then and now, the
    introductions and what came of them, the gaps, suggestions, a map and the sources.

    Built only from the store; every number says which dates it covers. Dutch by default.
    The map shows the period's new ties thick in magenta. On a terminal it shows which
    step it is on ("Netwerk tellen…", "Kaart tekenen…").

    \b
    Examples:
        stakeholder-graph report -o voortgang.pptx
        stakeholder-graph report --since 2026-01-01 -o voortgang.html
        stakeholder-graph report --ecosystem "Noord-Holland Noord" --lang en -o progress.pptx
    """
    if progress is None:
        progress = click.get_text_stream("stderr").isatty()
    figures = api.report(store, since=since, until=until, ecosystem=ecosystem, lang=lang,
                         output=output, include_personal_data=include_personal_data, top=top,
                         progress=progress)
    net, intro = figures["network"], figures["introductions"]
    click.echo(f"Wrote {output}: {len(net['new_organisations'])} new organisations, "
               f"{len(net['new_ties'])} new and {len(net['ended_ties'])} ended ties, "
               f"{intro['counts']['made']} introductions made "
               f"({intro['follow_through']['followed']} followed by a tie)")


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="The address to listen on. Any other than 127.0.0.1 needs accounts "
                   "(stakeholder-graph users add).")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535),
              help="The port to listen on.")
@click.option("--open", "open_browser", is_flag=True, help="Open the app in a browser.")
@pass_store
def serve(store: str, host: str, port: int, open_browser: bool) -> None:
    """Start the web app: search, organisation pages, suggestions, map, import, history.

    In Dutch by default (English by a switch on every page). Bound to 127.0.0.1 it needs
    no login; on any other address everyone logs in with an account from the users file
    beside the store, and viewers cannot change anything. At start-up, and after an import
    or a merge, it prepares the search index and the suggestions in the background; an
    organisation's page shows its facts at once and its suggestions when they are ready.
    Stop it with Ctrl+C.

    \b
    Examples:
        stakeholder-graph serve --open
        stakeholder-graph --store team.db serve --host 0.0.0.0 --port 8080
    """
    import threading
    import webbrowser

    import uvicorn

    from .web import create_app
    from .web.auth import is_loopback

    local = is_loopback(host)
    hosts = None if not local else [host, "127.0.0.1", "localhost", "[::1]"]
    app = create_app(store, require_login=not local, allowed_hosts=hosts)
    url = f"http://{'127.0.0.1' if host in ('0.0.0.0', '::') else host}:{port}/"
    click.echo(f"Serving {display_location(store)} on {url} (Ctrl+C to stop)"
               + ("" if local else "; everyone logs in"))
    if open_browser:
        threading.Timer(1.0, webbrowser.open, (url,)).start()
    uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False)


@cli.group()
def users() -> None:
    """Accounts of the web app (needed when `serve` listens on the network).

    \b
    Examples:
        stakeholder-graph --store team.db users add anna --role editor
        stakeholder-graph --store team.db users list
    """


@users.command("add")
@click.argument("name")
@click.option("--role", type=click.Choice(("viewer", "editor")), default="viewer",
              show_default=True, help="Viewers look; editors also record and import.")
@click.password_option("--password", envvar="STAKEHOLDER_GRAPH_PASSWORD",
                       help="The password (asked for when omitted; at least 8 characters).")
@click.pass_context
def users_add(ctx: click.Context, name: str, role: str, password: str) -> None:
    """Add an account (or change its password and role), with a salted argon2 hash.

    \b
    Examples:
        stakeholder-graph users add anna --role editor
        stakeholder-graph --store team.db users add bram
    """
    from .web.auth import add_user, users_path

    path = users_path(ctx.find_root().obj["store"])
    add_user(path, name, password, role)
    click.echo(f"User {name} ({role}) saved in {path}")


@users.command("list")
@click.pass_context
def users_list(ctx: click.Context) -> None:
    """List the accounts and their roles (never the passwords).

    \b
    Examples:
        stakeholder-graph --store team.db users list
    """
    from .web.auth import read_users, users_path

    path = users_path(ctx.find_root().obj["store"])
    data = read_users(path)
    if not data["users"]:
        click.echo(f"No accounts in {path}")
        return
    click.echo(_table([(n, u.get("role", "viewer")) for n, u in sorted(data["users"].items())],
                      ("user", "role")))


def main(argv: list[str] | None = None) -> None:
    """Run the CLI (the ``stakeholder-graph`` console script)."""
    cli.main(args=argv, prog_name="stakeholder-graph")


if __name__ == "__main__":  # pragma: no cover
    main(sys.argv[1:])
