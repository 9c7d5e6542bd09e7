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
from typing import Any

import click

from . import __version__, api
from .errors import StakeholderGraphError
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


def _format_stats(counts: dict[str, Any]) -> str:
    kinds = [(k, n) for k, n in counts["nodes"].items() if n]
    types = [(t, n) for t, n in counts["relationships"].items() if n]
    return (_table(kinds + [("total", counts["total_nodes"])], ("kind", "nodes")) + "\n\n"
            + _table(types + [("total", counts["total_relationships"])],
                     ("relationship", "count")))


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


def _store_location(ctx: click.Context) -> str:
    return ctx.obj["store"]


def pass_store(func: Callable[..., Any]) -> Callable[..., Any]:
    """Pass the ``--store`` location of the group as the ``store`` argument."""

    @functools.wraps(func)
    @click.pass_context
    def wrapper(ctx: click.Context, *args: Any, **kwargs: Any) -> Any:
        return ctx.invoke(func, _store_location(ctx), *args, **kwargs)

    return wrapper


def format_option(*choices: str, default: str = "table") -> Callable[..., Any]:
    """The shared ``--format`` option."""
    return click.option("--format", "fmt", type=click.Choice(choices), default=default,
                        show_default=True, help="Output format.")


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--store", envvar="STAKEHOLDER_GRAPH_STORE", default=DEFAULT_STORE,
              show_default=True, metavar="PATH|URI",
              help="The store: a file path (embedded SQLite store) or a bolt://, neo4j:// or "
                   "neo4j+s:// URI (Neo4j). Environment: STAKEHOLDER_GRAPH_STORE.")
@click.version_option(__version__, prog_name="stakeholder-graph")
@click.pass_context
def cli(ctx: click.Context, store: str) -> None:
    """Map who works with whom in a region's labour market and education, and whom to
    connect next.

    \b
    Start with the Noord-Holland example:
        stakeholder-graph demo
    Load your own sheets and look at what the store holds:
        stakeholder-graph load stakeholders.xlsx --mapping mapping.yaml
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
@click.option("--quiet", is_flag=True, help="Print nothing on success.")
@pass_store
def load(store: str, paths: tuple[str, ...], mapping: str | None, quiet: bool) -> None:
    """Load CSV/XLSX files and dataset folders into the store, as one transaction.

    A bad row stops the load with its file, row and column, and the store is left as it
    was. Loading the same input again changes nothing.

    \b
    Examples:
        stakeholder-graph load examples/noord-holland
        stakeholder-graph load organisaties.csv --mapping organisaties.yaml
        stakeholder-graph --store team.db load partners.xlsx relaties.csv
    """
    result = api.load(paths, store, mapping, progress=not quiet)
    if not quiet:
        click.echo(f"Loaded into {display_location(store)}: {result.summary()}")


@cli.command()
@format_option("table", "json")
@pass_store
def stats(store: str, fmt: str) -> None:
    """Count nodes per kind and relationships per type.

    \b
    Examples:
        stakeholder-graph stats
        stakeholder-graph --store stakeholder-graph-demo.db stats --format json
    """
    counts = api.stats(store)
    if fmt == "json":
        click.echo(json.dumps(counts, indent=2, sort_keys=True))
    else:
        click.echo(_format_stats(counts))


@cli.command()
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False),
              help="The file to write.")
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), default=None,
              help="graphml, gexf or json (node-link); from the file's extension by default.")
@click.option("--include-personal-data", is_flag=True,
              help="Keep Person nodes and contact details (left out by default).")
@pass_store
def export(store: str, output: str, fmt: str | None, include_personal_data: bool) -> None:
    """Export the graph for Gephi, yEd, Cytoscape or your own code.

    \b
    Examples:
        stakeholder-graph export -o netwerk.graphml
        stakeholder-graph export --format json -o netwerk.json
    """
    path = api.export(output, store, fmt, include_personal_data)
    click.echo(f"Wrote {path}")


def _params(pairs: tuple[str, ...]) -> dict[str, str]:
    params: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise click.BadParameter(f"expected key=value, got {pair!r}", param_hint="--param")
        params[key.strip()] = value
    return params


def _emit(frame: Any, fmt: str, output: str | None) -> None:
    from .output import format_frame, write_frame

    if output:
        path = write_frame(frame, fmt if fmt != "table" else _format_from(output), output)
        click.echo(f"Wrote {len(frame)} rows to {path}", err=True)
    else:
        click.echo(format_frame(frame, fmt), nl=False)


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
        stakeholder-graph query internship-hosts --param school="ROC van Amsterdam"
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
    _emit(frame, fmt, output)


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
        stakeholder-graph --store stakeholder-graph-demo.db push --to neo4j+s://team.example.org
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
        stakeholder-graph --store offline.db pull --from neo4j://team-server:7687
    """
    result = api.copy(origin, store, progress=True)
    click.echo(f"Copied {display_location(origin)} into {display_location(store)}: {result.summary()}")


@cli.command()
@click.option("--to", "path", default=api.DEMO_STORE, show_default=True,
              type=click.Path(dir_okay=False),
              help="The demo store to (re)create; your own store is never touched.")
def demo(path: str) -> None:
    """Load the Noord-Holland example into a demo store of its own and show what it holds.

    The example is the network the werkambassadeur's letter of 12 May 2021 describes, on
    the CBS and DUO registers; rows added only for illustration say so in their source.

    \b
    Examples:
        stakeholder-graph demo
        stakeholder-graph --store stakeholder-graph-demo.db stats
    """
    counts = api.demo(path)
    click.echo(f"Noord-Holland example loaded into {path}\n")
    click.echo(_format_stats(counts))
    click.echo(f"\nNext: stakeholder-graph --store {path} stats --format json")


def main(argv: list[str] | None = None) -> None:
    """Run the CLI (the ``stakeholder-graph`` console script)."""
    cli.main(args=argv, prog_name="stakeholder-graph")


if __name__ == "__main__":  # pragma: no cover
    main(sys.argv[1:])
