"""Build ``stakeholder_graph/data/nl-gemeenten-regio/successions.csv`` (run once; the output
is shipped).

Every historical row of ``municipalities.csv`` (a municipality of the CBS classifications
2010-2025 that no longer exists in 2026) gets its successor(s) in 2026:

- ``code``: CBS kept its code (a renamed municipality: Laren -> Laren (NH.));
- ``woonplaats``: the old name is a woonplaats (town) of exactly one current municipality in
  the same province in ``corop.generated.csv`` (Weesp -> Amsterdam);
- ``cbs-overview``: written by hand from CBS's public overview of gemeentelijke
  herindelingen (Bron: CBS), for the rest, for splits, and where a woonplaats of the same
  name lies elsewhere (Haren, Loenen).

The date is the day the change took effect: 1 January of the first classification year
without the old municipality, except where CBS lists another day (Rozenburg, Weesp).

``new_kept_code`` says whether the successor had its code before the day (``yes``: it took
the old municipality in, as Amsterdam took Weesp) or was formed that day (Dijk en Waard).

Usage: python tools/build_successions.py
"""

from __future__ import annotations

import csv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1] / "stakeholder_graph" / "data" / "nl-gemeenten-regio"

# old code -> (successor names, how), from CBS's overview of gemeentelijke herindelingen.
# A split lists every municipality that took a part.
HAND: dict[str, tuple[tuple[str, ...], str]] = {
    "GM0738": (("Altena",), "merger"),                      # Aalburg 2019
    "GM0007": (("Westerwolde",), "merger"),                 # Bellingwedde 2018
    "GM0568": (("Nissewaard",), "merger"),                  # Bernisse 2015
    "GM0585": (("Hoeksche Waard",), "merger"),              # Binnenmaas 2019
    "GM0055": (("Heerenveen", "Leeuwarden", "Súdwest-Fryslân", "De Friese Meren"),
               "split"),                                    # Boarnsterhim 2014
    "GM0611": (("Hoeksche Waard",), "merger"),              # Cromstrijen 2019
    "GM1921": (("De Fryske Marren",), "rename"),            # De Friese Meren 2016
    "GM1663": (("Het Hogeland",), "merger"),                # De Marne 2019
    "GM0058": (("Noardeast-Fryslân",), "merger"),           # Dongeradeel 2019
    "GM1651": (("Het Hogeland",), "merger"),                # Eemsmond 2019
    "GM1722": (("Noardeast-Fryslân",), "merger"),           # Ferwerderadiel 2019
    "GM0070": (("Waadhoeke",), "merger"),                   # Franekeradeel 2018
    "GM0653": (("De Friese Meren",), "merger"),             # Gaasterlân-Sleat 2014
    "GM0689": (("Molenlanden",), "merger"),                 # Giessenlanden 2019
    "GM0693": (("Molenwaard",), "merger"),                  # Graafstroom 2013
    "GM0063": (("Waadhoeke",), "merger"),                   # het Bildt 2018
    "GM0018": (("Midden-Groningen",), "merger"),            # Hoogezand-Sappemeer 2018
    "GM0079": (("Noardeast-Fryslân",), "merger"),           # Kollumerland c.a. 2019
    "GM0588": (("Hoeksche Waard",), "merger"),              # Korendijk 2019
    "GM1685": (("Maashorst",), "merger"),                   # Landerd 2022
    "GM0081": (("Leeuwarden",), "merger"),                  # Leeuwarderadeel 2018
    "GM0082": (("De Friese Meren",), "merger"),             # Lemsterland 2014
    "GM0694": (("Molenwaard",), "merger"),                  # Liesveld 2013
    "GM0733": (("West Betuwe",), "merger"),                 # Lingewaal 2019
    "GM0140": (("Leeuwarden", "Súdwest-Fryslân", "Waadhoeke"), "split"),  # Littenseradiel 2018
    "GM1671": (("'s-Hertogenbosch", "Oss"), "split"),       # Maasdonk 2015
    "GM0083": (("Menameradiel",), "rename"),                # Menaldumadeel 2011
    "GM1908": (("Waadhoeke", "Leeuwarden"), "split"),       # Menameradiel 2018
    "GM1987": (("Midden-Groningen",), "merger"),            # Menterwolde 2018
    "GM0815": (("Land van Cuijk",), "merger"),              # Mill en Sint Hubert 2022
    "GM1927": (("Molenlanden",), "merger"),                 # Molenwaard 2019
    "GM0643": (("Krimpenerwaard",), "merger"),              # Nederlek 2015
    "GM0104": (("Súdwest-Fryslân",), "merger"),             # Nijefurd 2011
    "GM0881": (("Beekdaelen",), "merger"),                  # Onderbanken 2019
    "GM0580": (("Goeree-Overflakkee",), "merger"),          # Oostflakkee 2013
    "GM0644": (("Krimpenerwaard",), "merger"),              # Ouderkerk 2015
    "GM0196": (("Zevenaar",), "merger"),                    # Rijnwaarden 2018
    "GM1672": (("Alphen aan den Rijn",), "merger"),         # Rijnwoude 2014
    "GM0600": (("Rotterdam",), "merger"),                   # Rozenburg 2010-03-18
    "GM0051": (("De Friese Meren",), "merger"),             # Skarsterlân 2014
    "GM0614": (("Voorne aan Zee",), "merger"),              # Westvoorne 2023
    "GM0053": (("Het Hogeland", "Westerkwartier"), "split"),  # Winsum 2019
    "GM0710": (("Súdwest-Fryslân",), "merger"),             # Wûnseradiel 2011
    "GM0683": (("Súdwest-Fryslân",), "merger"),             # Wymbritseradiel 2011
    "GM0707": (("Vijfheerenlanden",), "merger"),            # Zederik 2019 (ZH -> Utrecht)
    "GM0545": (("Vijfheerenlanden",), "merger"),            # Leerdam 2019 (ZH -> Utrecht)
    "GM0017": (("Groningen",), "merger"),                   # Haren 2019 (not Haren in Oss)
    "GM0329": (("Stichtse Vecht",), "merger"),              # Loenen 2011 (not Loenen in
                                                            # Apeldoorn)
    "GM0788": (("Oisterwijk", "Vught", "Tilburg", "Boxtel"), "split"),  # Haaren 2021
    # Noord-Holland, from the project's earlier hand-written table (Bron: CBS).
    "GM0365": (("Alkmaar",), "merger"),                     # Graft-De Rijp 2015
    "GM0458": (("Alkmaar",), "merger"),                     # Schermer 2015
    "GM0370": (("Purmerend",), "merger"),                   # Beemster 2022
    "GM0393": (("Haarlemmermeer",), "merger"),              # Haarlemmerliede c.a. 2019
    "GM0395": (("Schagen",), "merger"),                     # Harenkarspel 2013
    "GM0476": (("Schagen",), "merger"),                     # Zijpe 2013
    "GM0412": (("Hollands Kroon",), "merger"),              # Niedorp 2012
    "GM0462": (("Hollands Kroon",), "merger"),              # Wieringen 2012
    "GM0463": (("Hollands Kroon",), "merger"),              # Wieringermeer 2012
    "GM0416": (("Dijk en Waard",), "merger"),               # Langedijk 2022
    "GM0478": (("Edam-Volendam",), "merger"),               # Zeevang 2016
    # Chains: the first successor was itself merged or renamed later.
    "GM0571": (("Molenwaard",), "merger"),                  # Nieuw-Lekkerland 2013
    "GM0265": (("Groesbeek",), "merger"),                   # Millingen aan de Rijn 2015
    "GM0282": (("Groesbeek",), "merger"),                   # Ubbergen 2015
    "GM0241": (("Berg en Dal",), "rename"),                 # Groesbeek 2016
}
# Mergers of 1 January 2010, the day of the first classification in municipalities.csv, so
# the old municipalities have no row (and no code) there: (old name, province, successor).
BEFORE_TABLE = [
    ("Reiderland", "Groningen", "Oldambt"), ("Scheemda", "Groningen", "Oldambt"),
    ("Winschoten", "Groningen", "Oldambt"),
    ("Helden", "Limburg", "Peel en Maas"), ("Kessel", "Limburg", "Peel en Maas"),
    ("Maasbree", "Limburg", "Peel en Maas"), ("Meijel", "Limburg", "Peel en Maas"),
    ("Arcen en Velden", "Limburg", "Venlo"),
    ("Moordrecht", "Zuid-Holland", "Zuidplas"),
    ("Nieuwerkerk aan den IJssel", "Zuid-Holland", "Zuidplas"),
    ("Zevenhuizen-Moerkapelle", "Zuid-Holland", "Zuidplas"),
]
DATES = {"GM0600": "2010-03-18", "GM0457": "2022-03-24"}  # Rozenburg, Weesp
# Successors that took in two or more municipalities on one day and kept their own CBS code
# (CBS's overview: the others were "toegevoegd aan" them): Groningen 2019, Leeuwarden 2018,
# Groesbeek 2015, Alkmaar 2015, Medemblik 2011, Schagen 2013, Alphen aan den Rijn 2014.
# Every other successor of two or more on one day was formed that day under a new code; a
# successor of one municipality on a day took it in (a merger needs two), and so kept its code.
KEPT_CODE = {"GM0014", "GM0080", "GM0241", "GM0361", "GM0420", "GM0441", "GM0484"}


def main() -> None:
    with (ROOT / "municipalities.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    current = {r["code"]: r for r in rows if r["year"] == "2026"}
    by_name = {r["name"]: r for r in current.values()}
    # A successor may itself be gone by 2026 (Graafstroom -> Molenwaard -> Molenlanden):
    # the table names the municipality that took over on the day, and a chain is followed.
    for r in rows:
        if r["year"] != "2026" and r["code"] not in current:
            by_name.setdefault(r["name"], r)
    places: dict[str, set[str]] = {}
    with (ROOT / "corop.generated.csv").open(encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            places.setdefault(r["Woonplaats"].casefold(), set()).add("GM" + r["Gemeentecode"])
    out = []

    def add(old: dict[str, str], new: dict[str, str], date: str, how: str, basis: str) -> None:
        out.append({"old_code": old["code"], "old_name": old["name"],
                    "old_province": old["province"], "new_code": new["code"],
                    "new_name": new["name"], "new_province": new["province"],
                    "date": date, "how": how, "basis": basis})

    for r in sorted((r for r in rows if r["year"] != "2026"), key=lambda r: r["name"]):
        date = DATES.get(r["code"], f"{int(r['year']) + 1}-01-01")
        if r["code"] in HAND:
            names, how = HAND[r["code"]]
            news, basis = [by_name[n] for n in names], "cbs-overview"
        elif r["code"] in current:
            news, how, basis = [current[r["code"]]], "rename", "code"
        else:
            found = {c for c in places.get(r["name"].casefold(), set())
                     if current[c]["province"] == r["province"]}
            if len(found) != 1:
                raise SystemExit(f"no successor for {r['name']} {r['code']}: add it to HAND")
            news, how, basis = [current[c] for c in sorted(found)], "merger", "woonplaats"
        for new in news:
            add(r, new, date, how, basis)
    for name, province, successor in BEFORE_TABLE:
        add({"code": "", "name": name, "province": province}, by_name[successor],
            "2010-01-01", "merger", "cbs-overview")
    out.sort(key=lambda o: (o["old_name"].casefold(), o["old_code"], o["new_name"]))
    _kept_code(out)
    with (ROOT / "successions.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(out[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(out)
    print(f"{len(out)} rows for {len({o['old_code'] + o['old_name'] for o in out})} old rows")


def _kept_code(out: list[dict[str, str]]) -> None:
    """Fill ``new_kept_code``: ``yes`` when the successor had its CBS code before the day
    (it took the old municipality in, or it is the old one renamed under the same code),
    empty when it was formed that day under a new code (Dijk en Waard, 2022)."""
    on_day: dict[tuple[str, str], int] = {}
    for o in out:
        on_day[(o["new_code"], o["date"])] = on_day.get((o["new_code"], o["date"]), 0) + 1
    for o in out:
        earlier = any(p["new_code"] == o["new_code"] and p["date"] < o["date"] for p in out)
        kept = (o["old_code"] == o["new_code"]  # renamed under the same code
                or (o["how"] != "rename" and (earlier or o["new_code"] in KEPT_CODE
                                              or on_day[(o["new_code"], o["date"])] == 1)))
        o["new_kept_code"] = "yes" if kept else ""


if __name__ == "__main__":
    main()
