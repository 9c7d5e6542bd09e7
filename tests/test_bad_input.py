"""Bad input: one clear line naming file, row and column, a non-zero exit, and a store file
whose bytes are unchanged. Driven through the CLI, as a user meets it."""

import hashlib
from pathlib import Path

import pytest
from click.testing import CliRunner

from stakeholder_graph.cli import cli

ORG_HEADER = "Naam organisatie;Soort;KvK-nummer;Gemeente;Sinds\r\n"
MAPPING = """table: organisations
columns: {name: Naam organisatie, kind: Soort, kvk: KvK-nummer, municipality: Gemeente}
values: {kind: {Bedrijf: Company}}
"""
REL_MAPPING = """table: relationships
columns: {source: Van, target: Naar, type: Relatie, since: Sinds}
"""

# name: (file name, file bytes, mapping text or None, expected fragments of the error line)
CASES = {
    "missing required column": (
        "orgs.csv", b"Soort;Gemeente\r\nBedrijf;Alkmaar\r\n", None,
        ["orgs.csv", "row 1", "no column for the organisation's name"]),
    "unknown kind": (
        "orgs.csv", (ORG_HEADER + "Windpark BV;Bedrjf;12345678;Alkmaar;\r\n").encode("cp1252"),
        MAPPING, ["orgs.csv", "row 2", "column 'Soort'", "unknown kind 'Bedrjf'",
                  "did you mean 'bedrijf'"]),
    "same id with conflicting data": (
        "orgs.csv", (ORG_HEADER + "Windpark BV;Bedrijf;12345678;Alkmaar;\r\n"
                     "Windpark Noord BV;Bedrijf;12345678;Alkmaar;\r\n").encode("cp1252"),
        MAPPING, ["orgs.csv", "row 3", "column 'name'", "conflicting data for 'kvk:12345678'",
                  "row 2"]),
    "relationship to unknown id": (
        "rels.csv", b"Van;Naar;Relatie;Sinds\r\nslug:klm;slug:windpark-x;Partner;2020\r\n",
        REL_MAPPING, ["rels.csv", "row 2", "column 'Naar'", "unknown id 'slug:windpark-x'"]),
    "unparseable date": (
        "rels.csv", b"Van;Naar;Relatie;Sinds\r\nslug:klm;slug:tata-steel;Partner;mei 2020\r\n",
        REL_MAPPING, ["rels.csv", "row 2", "column 'Sinds'",
                                 "unparseable date 'mei 2020'"]),
    "unknown municipality": (
        "orgs.csv", (ORG_HEADER + "Windpark BV;Bedrijf;12345678;Alkmar;\r\n").encode("cp1252"),
        MAPPING, ["orgs.csv", "row 2", "column 'Gemeente'", "unknown municipality 'Alkmar'",
                  "did you mean 'Alkmaar'"]),
    "undecodable bytes": (
        "orgs.csv", ORG_HEADER.encode() + b"Windpark \x81 BV;Bedrijf;12345678;Alkmaar;\r\n",
        MAPPING, ["orgs.csv", "row 2", "undecodable byte 0x81"]),
    "empty file": ("orgs.csv", b"", MAPPING, ["orgs.csv", "the file is empty"]),
    "mapping names a column the sheet lacks": (
        "orgs.csv", b"Naam;Soort\r\nWindpark BV;Bedrijf\r\n", MAPPING,
        ["orgs.csv", "row 1", "names column 'Naam organisatie', which the sheet lacks",
         "its columns are: 'Naam', 'Soort'"]),
    "relationship type between the wrong kinds": (
        "rels.csv", b"Van;Naar;Relatie;Sinds\r\nslug:klm;Energietransitie;Partner;2020\r\n",
        REL_MAPPING, ["rels.csv", "row 2", "column 'Naar'",
                                 "PARTNERS_WITH goes from", "not from Company to Theme"]),
    "self-tie": (
        "rels.csv", b"Van;Naar;Relatie;Sinds\r\nKLM;slug:klm;Partner;2020\r\n",
        REL_MAPPING, ["rels.csv", "row 2", "to itself"]),
}


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def loaded_store(tmp_path_factory, example) -> Path:
    db = tmp_path_factory.mktemp("store") / "store.db"
    result = CliRunner().invoke(cli, ["--store", str(db), "load", str(example)])
    assert result.exit_code == 0, result.output
    return db


@pytest.mark.parametrize("case", list(CASES))
def test_bad_input_is_one_clear_line_and_store_unchanged(case, loaded_store, tmp_path):
    name, content, mapping, fragments = CASES[case]
    data = tmp_path / name
    data.write_bytes(content)
    args = ["--store", str(loaded_store), "load", str(data)]
    if mapping is not None:
        (tmp_path / "mapping.yaml").write_text(mapping, encoding="utf-8")
        args += ["--mapping", str(tmp_path / "mapping.yaml")]
    before = _sha(loaded_store)
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    line = lines[0]
    assert line.startswith("Error: ")
    for fragment in fragments:
        assert fragment in line, f"{fragment!r} not in {line!r}"
    assert _sha(loaded_store) == before
    assert not Path(str(loaded_store) + "-wal").exists() or (
        Path(str(loaded_store) + "-wal").stat().st_size == 0)
