"""The twenty-ninth held-out list: the registration report of a Zoom webinar, downloaded as
CSV ("Registration Report", the report's time and the webinar's topic, ID and start above
an empty line, then one row per registrant with Zoom's standard questions, "Registration
Time", "Approval Status" and the webinar's custom questions "Soort organisatie" and
"Gemeente"), each registrant typing their organisation's name and municipality, several
registrants per organisation, some twice (tests/data/messy/crm-twentyninth/maak_export.py
writes it). Made and measured before the matching was read or changed for it.

The report as Zoom writes it does not load, with or without a mapping: the five lines above
the header stop it. The matching is measured on the copy a user makes next, the same file
with those five lines deleted (made here in a temporary folder, with truth.csv's rows
moved up by five); every test that opens a store runs on the embedded SQLite store and the
real Neo4j server.
"""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

from stakeholder_graph import api
from stakeholder_graph.errors import LoadProblems

TWENTYNINTH = Path(__file__).parent / "data" / "messy" / "crm-twentyninth"
CSV = "Kansen in de techniek - Registration Report.csv"
ABOVE = 5  # lines above the header: title, report time, webinar header and values, empty
PAIRS = 135  # the row pairs that are one organisation
ORGS = ("Company", "School", "PublicBody", "Campus")  # a municipality's source is CBS


def _found(organisations: int, pairs: int, wrong: int) -> dict[str, float]:
    return {"organisations": organisations,
            "precision": pytest.approx(pairs / (pairs + wrong)),
            "recall": pytest.approx(pairs / PAIRS)}


def _users_copy(tmp_path: Path) -> Path:
    """The list's folder with the report as a user saves it after the load refused it:
    the lines above the header deleted (nothing else changed: the byte-order mark, CRLF
    and every registrant's row as Zoom wrote them), and truth.csv's rows moved up."""
    folder = tmp_path / "crm-twentyninth"
    (folder / "mappings").mkdir(parents=True)
    raw = (TWENTYNINTH / CSV).read_bytes()
    bom = b"\xef\xbb\xbf"
    assert raw.startswith(bom)
    lines = raw[len(bom):].split(b"\r\n")
    (folder / CSV).write_bytes(bom + b"\r\n".join(lines[ABOVE:]))
    with (TWENTYNINTH / "truth.csv").open(encoding="utf-8", newline="") as fh:
        rows = [(int(r["row"]) - ABOVE, r["organisation"]) for r in csv.DictReader(fh)]
    with (folder / "truth.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["row", "organisation"])
        writer.writerows(rows)
    for name in ("dataset.yaml", "mappings/registraties.yaml"):
        shutil.copy(TWENTYNINTH / name, folder / name)
    return folder


def test_the_twentyninth_held_out_list_gives_the_organisations_it_can(location, quality,
                                                                      tmp_path):
    with api.open_store(location) as store:
        figures = quality.measure(store, _users_copy(tmp_path))
    # 116 registrations; 113 name 43 organisations, 3 name none ("zzp", "n.v.t.",
    # "particulier": not in the truth, not loaded).
    assert figures["truth"] == {"organisations": 43, "rows": 113}
    # Measured before any change for this list (mappings/registraties.yaml, on the user's
    # copy): 76 of the 135 row pairs that are one organisation found at the load, 115 after
    # the review, none that is not. Missed after the review (rows as in the report as Zoom
    # writes it): "Stadsdeel Nieuw-West" (row 111, kind "Gemeente") loaded as a public
    # body in Amsterdam, not the municipality, and not proposed with it; "ROC A'dam" (67)
    # and "ROC van Amsterdam, MBO College Airport" (84, in Haarlemmermeer) apart from the
    # ROC van Amsterdam; "Amsterdam ArenA" (74, the former name) apart from the Johan
    # Cruijff ArenA; "HMC vakschool" (119) apart from the "Hout- en Meubileringscollege"
    # (50); "AFC Ajax N.V." (106) apart from "Ajax" (60). The review: 25 pairs, 2 not one
    # organisation, no conflicts of facts.
    assert figures["after_load"] == _found(71, 76, 0)
    assert figures["after_review"] == _found(49, 115, 0)
    assert figures["review"] == {"pairs": 25, "accepted": 23, "rejected": 2, "conflicts": 0}


def test_the_twentyninth_list_keeps_its_look_alikes_apart(location, quality, tmp_path):
    with api.open_store(location) as store:
        held = quality.held_together(store, _users_copy(tmp_path))
    for a, b in [("klm", "afklm"), ("klm", "klm-cityhopper"), ("klm", "transavia"),
                 ("afklm", "klm-cityhopper"), ("heineken", "heineken-nl"),
                 ("liander", "alliander"), ("waternet", "agv"), ("amsterdam", "gvb"),
                 ("amsterdam", "mra"), ("amsterdam", "wsp-ga"), ("amsterdam", "waternet"),
                 ("amsterdam", "port"), ("wsp-ga", "wsp-zw"), ("wsp-ga", "uwv"),
                 ("rocva", "roc-top"), ("hva", "uva"), ("hva", "hmc"), ("vu", "amsterdam-umc"),
                 ("uva", "science-park"), ("amsterdam-umc", "olvg"),
                 ("amsterdam-umc", "zh-amstelland"), ("olvg", "boven-ij"),
                 ("zh-amstelland", "amstelveen"), ("ajax", "arena"),
                 ("amstelveen", "amstelveen-college"), ("amstelveen-college", "hwc"),
                 ("aalsmeer", "floraholland"), ("uithoorn", "alkwin"), ("diemen", "inholland"),
                 ("amsterdam", "abbott"), ("pnh", "mra"), ("aeb", "amsterdam")]:
        assert not any({a, b} <= orgs for orgs in held.values()), (a, b)


def test_the_twentyninth_review_names_its_wrong_pairs(location, quality, tmp_path):
    folder = _users_copy(tmp_path)
    result = api.load([folder], location, lang="en")
    with api.open_store(location) as store:
        decided = quality.decide(result.review, store, quality.truth(folder))
    rejected = {frozenset((r["name"], r["candidate_name"])) for r in decided
                if r.get("decision") == "reject"}
    assert rejected == {frozenset(("WSP GA", "Werkgeversservicepunt Zaanstreek/Waterland")),
                        frozenset(("HMC vakschool", "Hogeschool van Amsterdam"))}


def test_the_twentyninth_report_as_zoom_writes_it_does_not_load(tmp_path):
    # The report as downloaded, without a mapping and with it (the list's folder): its
    # first line "Registration Report" is read as a header of one column, and the second
    # ("Report generated time" and the time) stops the load as a ragged row; nothing is
    # written. The mapping has no key to say where the header is.
    for target in (TWENTYNINTH / CSV, TWENTYNINTH):
        with pytest.raises(LoadProblems) as caught:
            api.load([target], tmp_path / "s.db", lang="en")
        problems = caught.value.problems
        assert [(p["code"], p["row"]) for p in problems] == [("ragged_row", 2)]
        assert problems[0]["problem"] == ("row has 2 cells but the header has 1 columns "
                                          "(extra value 'Nov 26, 2026 17:04:09'); check "
                                          "the delimiter or quoting")
    with api.open_store(str(tmp_path / "s.db")) as store:  # nothing half-written
        assert list(store.nodes()) == []


def test_the_twentyninth_users_copy_alone_reads_other_columns(tmp_path):
    # The user's copy without a mapping loads, but reads "City" as the municipality and
    # "Industry" as the sector and the kind, and leaves "Soort organisatie" out.
    result = api.load([_users_copy(tmp_path) / CSV], tmp_path / "s.db", lang="en")
    warnings = "\n".join(result.warnings)
    assert "columns read by their headers: email: 'Email', municipality: 'City', name: " \
        "'Organization', sector: 'Industry', kind: 'Industry'" in warnings
    assert "column 'Soort organisatie' not read as the kind" in warnings


def test_the_twentyninth_list_names_what_it_leaves_out(location, tmp_path):
    result = api.load([_users_copy(tmp_path)], location, lang="en")
    assert result.problems == []
    left_out = {d["column"]: d["personal"] for d in result.dropped_columns}
    assert {c for c, p in left_out.items() if p} == {"First Name", "Last Name", "Email"}
    assert {"City", "Country/Region", "Job Title", "Industry", "Registration Time",
            "Approval Status"} <= set(left_out)
    assert not {"Organization", "Soort organisatie", "Gemeente"} & set(left_out)
    warnings = "\n".join(result.warnings)
    assert "3 row(s) name no organisation, not loaded: 'zzp' (row 56); 'n.v.t.' (row 75); " \
        "'particulier' (row 105)" in warnings
    assert "'Weesp' merged into Amsterdam on 2022-03-24" in warnings
    assert "'WSP Groot Amsterdam' (Amsterdam); 'Stadsdeel Nieuw-West' (Amsterdam)" in warnings
    with api.open_store(location) as store:
        nodes = list(store.nodes())
    listed = [n for n in nodes if n["kind"] in ORGS and any(s.get("row") for s in n["sources"])]
    assert listed and all(n["source"].startswith("illustratief") for n in listed)
    stored = "\n".join(map(str, nodes)).casefold()
    assert "anoniem" not in stored and "info@" not in stored  # Zoom's person columns
