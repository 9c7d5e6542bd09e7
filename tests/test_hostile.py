"""Hostile input: files and mappings built to exhaust memory or time, or to read what they
should not. Each case runs the real CLI in a child process (its peak memory measured with
``wait4``, an address-space cap and a time-out as a safety net) and must end in one clean
line naming the limit — or load correctly — with no internal error and the store unchanged.

The big files are made at test time in a temporary folder (see ``CASES``); none is committed.
The bad-input corpus of ordinary mistakes is ``tests/data/bad/`` (``test_bad_input.py``).
"""

from __future__ import annotations

import hashlib
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from stakeholder_graph.cli import cli
from stakeholder_graph.graph.neo4j_store import Neo4jStore

ROOT = Path(__file__).resolve().parents[1]
MEMORY_CAP = 3 << 30  # address space of the child: a runaway reader dies instead of the machine
PEAK_LIMIT_KB = 1 << 20  # each case: well under 1 GB resident
TIME_LIMIT = 120  # seconds; each case ends in seconds when it works

ORG_HEADER = "Naam organisatie;Soort;Gemeente\n"
ORG_MAPPING = "table: organisations\ncolumns: {name: Naam organisatie, kind: Soort, " \
              "municipality: Gemeente}\nvalues: {kind: {Bedrijf: Company}}\n"
REL_MAPPING = "table: relationships\ncolumns: {source: Van, target: Naar, type: Relatie, " \
              "count: Aantal}\n"


@dataclass
class Case:
    name: str
    make: Callable[[Path], list[str]]  # writes its files, returns the CLI arguments after load
    expect: list[str]
    env: dict[str, str] = field(default_factory=dict)
    why: str = ""


def _write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_text(text, encoding=encoding)
    return path


def far_cell(d: Path) -> list[str]:
    book = openpyxl.Workbook()
    book.active["A1"] = "Naam organisatie"
    book.active["XFD1048576"] = "x"
    book.save(d / "far-cell.xlsx")
    assert (d / "far-cell.xlsx").stat().st_size < 10_000  # a few kilobytes
    return [str(d / "far-cell.xlsx")]


def far_cell_no_dimension(d: Path) -> list[str]:
    far_cell(d)
    source, target = d / "far-cell.xlsx", d / "far-cell-no-dimension.xlsx"
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for item in zin.infolist():
            data = zin.read(item)
            if item.filename.startswith("xl/worksheets/sheet"):
                import re

                data = re.sub(rb"<dimension [^>]*/>", b"", data)
                assert b"dimension" not in data
            out.writestr(item, data)
    return [str(target)]


def zip_bomb(d: Path) -> list[str]:
    book = openpyxl.Workbook()
    book.active.append(["Naam organisatie", "Soort"])
    book.active.append(["Techport", "Campus"])
    book.save(d / "bomb.xlsx")
    with zipfile.ZipFile(d / "bomb.xlsx", "a", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/media/padding.bin", b"\0" * (8 << 20))  # 8 MB of zeros, 8 KB packed
    return [str(d / "bomb.xlsx")]


def many_rows(d: Path) -> list[str]:
    rows = "".join(f"Bedrijf {i};Bedrijf;Alkmaar\n" for i in range(500))
    return [str(_write(d / "rows.csv", ORG_HEADER + rows)), "--mapping",
            str(_write(d / "m.yaml", ORG_MAPPING))]


def wide(d: Path) -> list[str]:
    header = ";".join(f"Kolom {i}" for i in range(600)) + "\n"
    return [str(_write(d / "wide.csv", header + ";".join("x" * 600) + "\n"))]


def big_file(d: Path) -> list[str]:
    rows = "".join(f"Bedrijf {i};Bedrijf;Alkmaar\n" for i in range(2000))
    return [str(_write(d / "big.csv", ORG_HEADER + rows)), "--mapping",
            str(_write(d / "m.yaml", ORG_MAPPING))]


def dev_zero(d: Path) -> list[str]:
    (d / "zero.csv").symlink_to("/dev/zero")
    return [str(d / "zero.csv")]


def fifo(d: Path) -> list[str]:
    os.mkfifo(d / "pipe.csv")  # reading it would wait for ever
    return [str(d / "pipe.csv")]


LAUGHS = "".join(
    f"{c}: &{c} [" + ",".join([f"*{p}"] * 9 if p else ['"lol"'] * 9) + "]\n"
    for p, c in zip(["", *"abcdefgh"], "abcdefghi", strict=True))


def billion_laughs(d: Path) -> list[str]:
    mapping = _write(d / "laughs.yaml", "table: organisations\ncolumns: {name: Naam organisatie}"
                                        "\nvalues:\n  " + LAUGHS.replace("\n", "\n  ") + "\n")
    assert mapping.stat().st_size < 1000
    return [str(_write(d / "orgs.csv", ORG_HEADER + "KLM;Bedrijf;Haarlemmermeer\n")),
            "--mapping", str(mapping)]


def deep_nesting(d: Path) -> list[str]:
    mapping = _write(d / "deep.yaml", "table: organisations\ncolumns: "
                                      + "[" * 50_000 + "]" * 50_000 + "\n")
    return [str(_write(d / "orgs.csv", ORG_HEADER + "KLM;Bedrijf;Haarlemmermeer\n")),
            "--mapping", str(mapping)]


def duplicate_keys(d: Path) -> list[str]:
    mapping = _write(d / "dup.yaml", "table: organisations\ncolumns:\n  name: Naam organisatie\n"
                                     "  kind: Soort\n  name: Gemeente\n")
    return [str(_write(d / "orgs.csv", ORG_HEADER + "KLM;Company;Haarlemmermeer\n")),
            "--mapping", str(mapping)]


def _dataset(d: Path, path: str) -> list[str]:
    folder = d / "dataset"
    folder.mkdir()
    _write(folder / "dataset.yaml", f"name: vijandig\nfiles:\n  - path: {path}\n")
    return [str(folder)]


def dataset_escape(d: Path) -> list[str]:
    _write(d / "outside.csv", "name,kind\nGeheim,Company\n")
    return _dataset(d, "../outside.csv")


def dataset_absolute(d: Path) -> list[str]:
    return _dataset(d, "/etc/passwd")


def dataset_symlink(d: Path) -> list[str]:
    _write(d / "outside.csv", "name,kind\nGeheim,Company\n")
    args = _dataset(d, "link.csv")
    (d / "dataset" / "link.csv").symlink_to(d / "outside.csv")
    return args


def dataset_laughs(d: Path) -> list[str]:
    folder = d / "dataset"
    folder.mkdir()
    _write(folder / "dataset.yaml", "name: lol\ndescription:\n  " +
           LAUGHS.replace("\n", "\n  ") + "\nfiles: []\n")
    return [str(folder)]


def _count(value: str) -> Callable[[Path], list[str]]:
    def make(d: Path) -> list[str]:
        return [str(_write(d / "stages.csv", "Van;Naar;Relatie;Aantal\n"
                           f"KLM;brin:25PZ;stage;{value}\n")),
                "--mapping", str(_write(d / "r.yaml", REL_MAPPING))]
    return make


def future(at: str) -> Callable[[Path], list[str]]:
    def make(d: Path) -> list[str]:
        return [str(_write(d / "orgs.csv", ORG_HEADER + "Nieuw Bedrijf;Bedrijf;Alkmaar\n")),
                "--mapping", str(_write(d / "m.yaml", ORG_MAPPING)), "--at", at]
    return make


CASES = [
    Case("XLSX with one value at XFD1048576", far_cell, ["far-cell.xlsx", "XFD1048576",
         "16,384 columns, more than the limit of 500"],
         why="4.9 KB that full-mode openpyxl grows to 18 GB"),
    Case("XLSX whose extent is not stated", far_cell_no_dimension,
         ["row 1048576", "reaches column 16,384, more than the limit of 500"],
         why="no <dimension>: the streaming reader checks each row's width"),
    Case("XLSX zip bomb", zip_bomb, ["bomb.xlsx", "unpacks to", "more than the limit of "
                                     "4,000,000 bytes"],
         env={"STAKEHOLDER_GRAPH_MAX_BYTES": "4000000"}, why="parts that unpack to more"),
    Case("too many rows", many_rows, ["rows.csv", "more than 100 rows, the limit",
                                      "STAKEHOLDER_GRAPH_MAX_ROWS"],
         env={"STAKEHOLDER_GRAPH_MAX_ROWS": "100"}, why="a limit set in the environment"),
    Case("too many columns", wide, ["wide.csv", "row 1", "600 columns, more than the limit "
                                    "of 500"]),
    Case("too many bytes", big_file, ["big.csv", "more than the limit of 10,000",
                                      "STAKEHOLDER_GRAPH_MAX_BYTES"],
         env={"STAKEHOLDER_GRAPH_MAX_BYTES": "10000"}),
    Case("/dev/zero linked as a CSV", dev_zero, ["zero.csv", "not a regular file",
                                                  "character device"]),
    Case("a named pipe as a CSV", fifo, ["pipe.csv", "not a regular file (a pipe)"]),
    Case("billion laughs mapping", billion_laughs, ["laughs.yaml", "expands to more than "
                                                    "100,000 values"],
         why="700 bytes that reached 13 GB"),
    Case("deeply nested mapping", deep_nesting, ["deep.yaml", "row 2",
                                                 "nested more than 20 levels deep"],
         why="an internal RecursionError before"),
    Case("duplicate mapping keys", duplicate_keys, ["dup.yaml", "row 5", "duplicate key "
                                                    "'name' (also on line 3)"]),
    Case("dataset path out of the folder", dataset_escape,
         ["dataset.yaml", "'../outside.csv' leads out of the dataset's folder"]),
    Case("dataset absolute path", dataset_absolute,
         ["dataset.yaml", "'/etc/passwd' leads out of the dataset's folder"]),
    Case("dataset symbolic link out of the folder", dataset_symlink,
         ["dataset.yaml", "'link.csv' leads out of the dataset's folder"]),
    Case("billion laughs dataset.yaml", dataset_laughs, ["dataset.yaml", "expands to more than"]),
    Case("count 1e400", _count("1e400"), ["stages.csv", "row 2", "column 'Aantal'",
                                          "1e400 is too large for a whole number"],
         why="OverflowError before"),
    Case("count 1e29", _count("1e29"), ["1e29 is too large for a whole number (at most "
                                        "9223372036854775807)"],
         why="stored as 99999999999999991433150857216 before"),
    Case("count 2^63", _count(str(2 ** 63)), ["9223372036854775808 is too large"],
         why="loaded, then broke push to Neo4j"),
    Case("count with 10,000 digits", _count("9" * 10_000), ["expected a number"]),
    Case("--at 9999-12-31", future("9999-12-31"), ["--at 9999-12-31T23:59:59.999999Z lies "
                                                   "in the future"],
         why="OverflowError before"),
    Case("--at 9998-12-31", future("9998-12-31"), ["lies in the future"],
         why="poisoned every later load before"),
    Case("--at that is no date", future("31-12-9999"), ["not a date: '31-12-9999'"]),
]


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _cap_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))


def run_measured(args: list[str], env: dict[str, str] | None = None,
                 timeout: float = TIME_LIMIT) -> tuple[int, str, str, int, float]:
    """Run the CLI in a child process; return exit code, stdout, stderr, peak KB, seconds.

    The peak resident memory is the child's own (``wait4``), not that of earlier children.
    """
    child_env = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    child_env.pop("STAKEHOLDER_GRAPH_DEBUG", None)
    start = time.monotonic()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        process = subprocess.Popen([sys.executable, "-m", "stakeholder_graph", *args],
                                   stdout=out, stderr=err, env=child_env,
                                   preexec_fn=_cap_memory)
        timer = threading.Timer(timeout, process.kill)
        timer.start()
        try:
            _, status, usage = os.wait4(process.pid, 0)
        finally:
            timer.cancel()
        process.returncode = os.waitstatus_to_exitcode(status)
        seconds = time.monotonic() - start
        if seconds >= timeout:
            pytest.fail(f"{args}: still running after {timeout} s")
        out.seek(0)
        err.seek(0)
        return (process.returncode, out.read().decode(), err.read().decode(), usage.ru_maxrss,
                seconds)


@pytest.fixture(scope="module")
def loaded_store(tmp_path_factory, example) -> Path:
    db = tmp_path_factory.mktemp("hostile") / "store.db"
    assert CliRunner().invoke(cli, ["--store", str(db), "load", str(example)]).exit_code == 0
    return db


def _check_one_line(code: int, err: str, case: Case) -> str:
    assert code == 1, (case.name, err)
    lines = err.strip().splitlines()
    assert len(lines) == 1, (case.name, err)
    assert lines[0].startswith("Error: "), (case.name, lines[0])
    assert "Internal error" not in err and "Traceback" not in err
    for fragment in case.expect:
        assert fragment in lines[0], f"{case.name}: {fragment!r} not in {lines[0]!r}"
    return lines[0]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_hostile_input_is_one_line_bounded_and_changes_nothing(case, loaded_store, tmp_path):
    args = case.make(tmp_path)
    before = _sha(loaded_store)
    code, _, err, peak_kb, seconds = run_measured(["--store", str(loaded_store), "load",
                                                   "--lang", "en", *args], case.env)
    line = _check_one_line(code, err, case)
    assert peak_kb < PEAK_LIMIT_KB, f"{case.name}: peak {peak_kb / 1024:.0f} MB"
    assert _sha(loaded_store) == before
    print(f"{case.name}: {seconds:.1f} s, peak {peak_kb / 1024:.0f} MB: {line}")


def test_memory_is_measured_per_child():
    code, _, _, peak_kb, _ = run_measured(["--version"])
    assert code == 0 and 10_000 < peak_kb < 500_000


@pytest.mark.neo4j
@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_hostile_input_on_neo4j_changes_nothing(case, neo4j_uri, example, tmp_path,
                                                monkeypatch):
    with Neo4jStore(neo4j_uri) as store:
        if not store.loads():
            CliRunner().invoke(cli, ["--store", neo4j_uri, "load", str(example)])
        before = store.content_checksum()
    for key, value in case.env.items():
        monkeypatch.setenv(key, value)
    result = CliRunner().invoke(cli, ["--store", neo4j_uri, "load", "--lang", "en",
                                      *case.make(tmp_path)])
    _check_one_line(result.exit_code, result.stderr, case)
    with Neo4jStore(neo4j_uri) as store:
        assert store.content_checksum() == before


# ----------------------------------------------------------------- correct loads


@pytest.mark.neo4j
def test_largest_whole_number_loads_exactly_on_both_stores(tmp_path, neo4j_uri, example):
    args = _count(str(2 ** 63 - 1))(tmp_path)
    db = tmp_path / "store.db"
    runner = CliRunner()
    assert runner.invoke(cli, ["--store", str(db), "load", str(example)]).exit_code == 0
    result = runner.invoke(cli, ["--store", str(db), "load", *args])
    assert result.exit_code == 0, result.output
    from stakeholder_graph.graph.sqlite_store import SQLiteStore

    with SQLiteStore(db) as store:
        counts = [e["count"] for e in store.edges("HOSTS_INTERNS_FROM") if "count" in e]
    assert 2 ** 63 - 1 in counts
    with Neo4jStore(neo4j_uri) as store:
        store.clear()
    pushed = runner.invoke(cli, ["--store", str(db), "push", "--to", neo4j_uri])
    assert pushed.exit_code == 0, pushed.output
    with Neo4jStore(neo4j_uri) as store:
        assert 2 ** 63 - 1 in [e.get("count") for e in store.edges("HOSTS_INTERNS_FROM")]
        store.clear()


NAMES = {"Arabic": "شركة الطاقة المتجددة", "Greek": "Αθηναϊκή Τεχνική Σχολή",
         "Cyrillic": "Москва Энерго", "CJK": "東京電力ホールディングス",
         "Arabic too": "مدرسة النور"}


def test_names_in_any_script_load_as_distinct_organisations(tmp_path):
    rows = "".join(f"{name};Bedrijf;Alkmaar\n" for name in NAMES.values())
    sheet = _write(tmp_path / "namen.csv", ORG_HEADER + rows)
    mapping = _write(tmp_path / "m.yaml", ORG_MAPPING)
    db = str(tmp_path / "store.db")
    result = CliRunner().invoke(cli, ["--store", db, "load", str(sheet), "--mapping",
                                      str(mapping)])
    assert result.exit_code == 0, result.output
    from stakeholder_graph.graph.sqlite_store import SQLiteStore

    with SQLiteStore(db) as store:
        companies = {n["name"]: n["id"] for n in store.nodes("Company")}
    assert set(companies) == set(NAMES.values())
    assert len(set(companies.values())) == len(NAMES)  # none merged into another
    shown = CliRunner().invoke(cli, ["--store", db, "show", NAMES["Cyrillic"]])
    assert shown.exit_code == 0 and companies[NAMES["Cyrillic"]] in shown.output


def test_semicolon_file_with_quoted_quotes_and_commas_is_read_right(tmp_path):
    sheet = _write(tmp_path / "lastig.csv", ORG_HEADER
                   + '"Bedrijf ""De Zaak"", Hoorn";Bedrijf;Hoorn\n'
                   + '"Smit, Jansen & Co";Bedrijf;Alkmaar\n', encoding="cp1252")
    mapping = _write(tmp_path / "m.yaml", ORG_MAPPING)
    db = str(tmp_path / "store.db")
    result = CliRunner().invoke(cli, ["--store", db, "load", str(sheet), "--mapping",
                                      str(mapping)])
    assert result.exit_code == 0, result.output
    from stakeholder_graph.graph.sqlite_store import SQLiteStore

    with SQLiteStore(db) as store:
        names = {n["name"] for n in store.nodes("Company")}
    assert names == {'Bedrijf "De Zaak", Hoorn', "Smit, Jansen & Co"}


def test_map_title_holding_the_data_placeholder_stays_text(tmp_path, example):
    db = str(tmp_path / "store.db")
    CliRunner().invoke(cli, ["--store", db, "load", str(example)])
    html = tmp_path / "kaart.html"
    result = CliRunner().invoke(cli, ["--store", db, "map", "-o", str(html), "--title",
                                      "Kaart %%DATA%% %%VIS_JS%%"])
    assert result.exit_code == 0, result.output
    page = html.read_text(encoding="utf-8")
    title = page.split("<title>", 1)[1].split("</title>", 1)[0]
    assert title == "Kaart %%DATA%% %%VIS_JS%%"


def test_limits_are_refused_when_not_whole_numbers(tmp_path, monkeypatch):
    monkeypatch.setenv("STAKEHOLDER_GRAPH_MAX_ROWS", "veel")
    sheet = _write(tmp_path / "a.csv", "name,kind\nKLM,Company\n")
    result = CliRunner().invoke(cli, ["--store", str(tmp_path / "s.db"), "load", str(sheet)])
    assert result.exit_code == 1
    assert "STAKEHOLDER_GRAPH_MAX_ROWS='veel': expected a positive whole number" in result.stderr
