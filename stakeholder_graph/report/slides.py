"""The report's slides in words: titles, sentences, tables, in Dutch or English.

:func:`build_slides` turns the figures of :func:`~.figures.report_figures` into a list of
:class:`Slide` that both renderers (:mod:`.pptx` and :mod:`.html`) draw, so the deck and the
print page say the same. Every slide's subtitle names the dates its numbers cover.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .figures import START

__all__ = ["Slide", "Block", "build_slides", "format_moment", "TEXT"]

MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
}

TEXT: dict[str, dict[str, Any]] = {
    "nl": {
        "start": "het begin", "start_short": "begin",
        "at_time": "{date}, {time} UTC",
        "title": "Voortgang van het netwerk",
        "subtitle": "Terugkoppeling voor de Technologietafel",
        "period": "Periode: van {since} tot en met {until}",
        "scope_all": "Alle ecosystemen",
        "scope_one": "Ecosysteem: {eco}",
        "made_from": "Opgesteld op {date} uit de opslag {store}",
        "summary": "In het kort",
        "orgs_line": "Organisaties: {a} → {b} ({since} → {until})",
        "ties_line": "Banden tussen organisaties: {a} → {b} ({since} → {until})",
        "intro_line": "Introducties gedateerd in de periode: {p} voorgesteld, {m} gelegd, "
                      "{d} afgewezen",
        "follow_line": "Na {f} van de {m} gelegde introducties volgde een band (tot {until})",
        "nothing": "Tussen {since} en {until} is er niets veranderd in het netwerk: geen "
                   "nieuwe of verdwenen organisaties, geen nieuwe of beëindigde banden.",
        "net_title": "Het netwerk nu en toen",
        "net_sub": "Toen: {since} · nu: {until}",
        "eco": "Ecosysteem", "orgs": "Organisaties", "ties": "Banden",
        "across": "Over grenzen", "unknown_eco": "(geen ecosysteem bekend)", "total": "Totaal",
        "new_orgs": "Nieuwe organisaties: {n}", "ended_orgs": "Verdwenen organisaties: {n}",
        "new_ties": "Nieuwe banden: {n}", "ended_ties": "Beëindigde banden: {n}",
        "gained_head": "Meer verbindingen tussen ecosystemen",
        "gained_none": "Geen ecosystemen kregen er verbindingen met elkaar bij.",
        "tie_def": "Banden: samenwerking, stages en lidmaatschap van een campus of PPS.",
        "changes_title": "Wat is er veranderd",
        "changes_sub": "Van {since} tot en met {until} (zoals stakeholder-graph diff)",
        "none": "geen",
        "more": "… en {n} meer",
        "types": {"PARTNERS_WITH": "samenwerking", "HOSTS_INTERNS_FROM": "stages",
                  "MEMBER_OF": "lid van"},
        "kinds": {"Company": "bedrijf", "School": "onderwijs", "PublicBody": "publiek",
                  "Municipality": "gemeente", "Campus": "campus/PPS"},
        "added": "Erbij", "removed": "Beëindigd",
        "intro_title": "Introducties",
        "intro_sub": "Gedateerd van {since} tot en met {until}; banden zoals op {until}",
        "proposed": "voorgesteld", "made": "gelegd", "declined": "afgewezen",
        "counts": "{p} voorgesteld, {m} gelegd, {d} afgewezen",
        "no_intros": "In deze periode zijn geen introducties vastgelegd.",
        "undated": "{n} introductie(s) zonder datum zijn niet meegeteld.",
        "per_theme": "Per actielijn of thema (beide kanten werken eraan)",
        "no_theme": "zonder gedeeld thema in de gegevens",
        "follow": "Gevolgd door een band: {f} van {m} gelegde introducties ({rate})",
        "follow_none": "Geen gelegde introducties in deze periode: geen opvolging te meten.",
        "follow_parts": "Band bestond al: {b}; band zonder datum: {u}; nog geen band: {n}.",
        "pair": "Introductie", "date": "Datum", "outcome": "Band daarna",
        "outcomes": {"followed": "ja, {type} ({when})", "before": "bestond al ({type}, {when})",
                     "unknown": "{type}, moment onbekend", "none": "nog niet"},
        "contacts": "Contactpersonen",
        "gaps_title": "Waar de gaten zitten",
        "gaps_sub": "Verbindingen tussen ecosystemen op {until}, vergeleken met {since}",
        "pair_eco": "Ecosystemen", "links": "Verbindingen", "expected": "Verwacht",
        "gap": "Tekort", "move": "Verschil tekort",
        "gaps_def": "Verbindingen: samenwerking, stages, lidmaatschap, gelegde introducties. "
                    "Tekort = verwacht − aanwezig (naar grootte en gedeelde thema's).",
        "no_gaps": "Er zijn nog geen twee ecosystemen met organisaties: geen gaten te meten.",
        "sugg_title": "Voorgestelde introducties",
        "sugg_sub": "Voor de volgende periode, op het netwerk van {until} (zoals "
                    "stakeholder-graph suggest)",
        "memb_title": "Voorgestelde lidmaatschappen",
        "why": "Waarom", "org": "Organisatie", "group": "Campus / programma",
        "no_sugg": "Er zijn geen voorstellen op het netwerk van {until}.",
        "map_title": "Kaart",
        "map_sub": "Het netwerk op {until}; kleur en vorm: soort, plaats: ecosysteem",
        "map_note": "Nieuwe banden in deze periode: {n}; ze staan op de dia ‘Wat is er "
                    "veranderd’.",
        "map_new": "Nieuwe banden in deze periode: {n}, op de kaart in magenta; ze staan ook "
                   "op de dia ‘Wat is er veranderd’.",
        "map_only": "Getekend: de {k} organisaties met een nieuwe band in de periode (van de "
                    "{m}).",
        "sources_title": "Bronnen",
        "sources_sub": "De feiten op {until}",
        "cited": "Bronnen van de feiten",
        "illustrative": "Illustratief: {m} van de {n} feiten",
        "illustrative_none": "Geen feiten zijn als illustratief gemarkeerd.",
        "loads": "Ladingen in de periode",
        "loads_none": "Geen nieuwe ladingen in de periode.",
        "recorded": "{n} keer een introductie vastgelegd (stakeholder-graph introduce)",
        "facts": "{n} feiten",
        "no_personal": "Zonder persoonsgegevens (alleen met --include-personal-data).",
    },
    "en": {
        "start": "the start", "start_short": "start",
        "at_time": "{date}, {time} UTC",
        "title": "Progress of the network",
        "subtitle": "Feedback for the Technologietafel",
        "period": "Period: from {since} to {until}",
        "scope_all": "All ecosystems",
        "scope_one": "Ecosystem: {eco}",
        "made_from": "Made on {date} from the store {store}",
        "summary": "In short",
        "orgs_line": "Organisations: {a} → {b} ({since} → {until})",
        "ties_line": "Ties between organisations: {a} → {b} ({since} → {until})",
        "intro_line": "Introductions dated in the period: {p} proposed, {m} made, "
                      "{d} declined",
        "follow_line": "A tie followed {f} of the {m} introductions made (up to {until})",
        "nothing": "Between {since} and {until} nothing changed in the network: no new or "
                   "vanished organisations, no new or ended ties.",
        "net_title": "The network now and then",
        "net_sub": "Then: {since} · now: {until}",
        "eco": "Ecosystem", "orgs": "Organisations", "ties": "Ties",
        "across": "Across", "unknown_eco": "(no known ecosystem)", "total": "Total",
        "new_orgs": "New organisations: {n}", "ended_orgs": "Vanished organisations: {n}",
        "new_ties": "New ties: {n}", "ended_ties": "Ended ties: {n}",
        "gained_head": "More links between ecosystems",
        "gained_none": "No ecosystems gained links with each other.",
        "tie_def": "Ties: partnerships, internships and membership of a campus or PPP.",
        "changes_title": "What changed",
        "changes_sub": "From {since} to {until} (as stakeholder-graph diff)",
        "none": "none",
        "more": "… and {n} more",
        "types": {"PARTNERS_WITH": "partnership", "HOSTS_INTERNS_FROM": "internships",
                  "MEMBER_OF": "member of"},
        "kinds": {"Company": "company", "School": "school", "PublicBody": "public",
                  "Municipality": "municipality", "Campus": "campus/PPP"},
        "added": "Added", "removed": "Ended",
        "intro_title": "Introductions",
        "intro_sub": "Dated from {since} to {until}; ties as on {until}",
        "proposed": "proposed", "made": "made", "declined": "declined",
        "counts": "{p} proposed, {m} made, {d} declined",
        "no_intros": "No introductions were recorded in this period.",
        "undated": "{n} introduction(s) without a date are not counted.",
        "per_theme": "Per action line or theme (both sides work on it)",
        "no_theme": "no shared theme in the data",
        "follow": "Followed by a tie: {f} of {m} introductions made ({rate})",
        "follow_none": "No introductions made in this period: no follow-through to measure.",
        "follow_parts": "Tie existed before: {b}; tie without a date: {u}; no tie yet: {n}.",
        "pair": "Introduction", "date": "Date", "outcome": "Tie afterwards",
        "outcomes": {"followed": "yes, {type} ({when})", "before": "existed ({type}, {when})",
                     "unknown": "{type}, moment unknown", "none": "not yet"},
        "contacts": "Contacts",
        "gaps_title": "Where the gaps are",
        "gaps_sub": "Links between ecosystems on {until}, compared with {since}",
        "pair_eco": "Ecosystems", "links": "Links", "expected": "Expected",
        "gap": "Gap", "move": "Change in gap",
        "gaps_def": "Links: partnerships, internships, memberships, introductions made. "
                    "Gap = expected − present (by size and shared themes).",
        "no_gaps": "There are not yet two ecosystems with organisations: no gaps to measure.",
        "sugg_title": "Suggested introductions",
        "sugg_sub": "For the next period, on the network of {until} (as stakeholder-graph "
                    "suggest)",
        "memb_title": "Suggested memberships",
        "why": "Why", "org": "Organisation", "group": "Campus / programme",
        "no_sugg": "There are no suggestions on the network of {until}.",
        "map_title": "Map",
        "map_sub": "The network on {until}; colour and shape: kind, position: ecosystem",
        "map_note": "New ties in this period: {n}; they are listed on the slide ‘What "
                    "changed’.",
        "map_new": "New ties in this period: {n}, in magenta on the map; they are also "
                   "listed on the slide ‘What changed’.",
        "map_only": "Drawn: the {k} organisations with a new tie in the period (of {m}).",
        "sources_title": "Sources",
        "sources_sub": "The facts on {until}",
        "cited": "Where the facts come from",
        "illustrative": "Illustrative: {m} of the {n} facts",
        "illustrative_none": "No facts are marked as illustrative.",
        "loads": "Loads in the period",
        "loads_none": "No new loads in the period.",
        "recorded": "{n} introduction(s) recorded (stakeholder-graph introduce)",
        "facts": "{n} facts",
        "no_personal": "Without personal data (only with --include-personal-data).",
    },
}


@dataclass
class Block:
    """One piece of a slide: ``heading``, ``bullets``, ``text``, ``table`` or ``image``.

    A table has ``header``, ``rows`` and ``widths`` (shares of the column's width); a list
    or table may be shortened to fit, ending with ``more`` ("… and N more") for the rest.
    """

    kind: str
    items: list[Any] = field(default_factory=list)
    header: list[str] = field(default_factory=list)
    widths: list[float] = field(default_factory=list)
    more: str = ""
    path: str = ""
    hidden: int = 0


@dataclass
class Slide:
    """A slide: a title, a subtitle with the dates, and one or two columns of blocks."""

    title: str
    subtitle: str
    columns: list[list[Block]] = field(default_factory=list)
    name: str = ""
    shares: list[float] = field(default_factory=list)  # the columns' relative widths


def format_moment(moment: str, lang: str = "nl", short: bool = False) -> str:
    """A moment as people write it: the date, and the time when it is not a day's end.

    Examples
    --------
    >>> format_moment("2026-01-31T23:59:59.999999Z")
    '31 januari 2026'
    >>> format_moment("2026-12-01T19:41:45.352744Z", "en")
    '1 December 2026, 19:41 UTC'
    >>> format_moment("2026-03-05T23:59:59.999999Z", short=True)
    '5 mrt 2026'
    """
    text = TEXT[lang]
    if moment == START:
        return text["start"]
    year, month, day = int(moment[:4]), int(moment[5:7]), int(moment[8:10])
    name = MONTHS[lang][month - 1]
    if short:
        name = {"maart": "mrt", "mei": "mei", "juni": "jun", "juli": "jul"}.get(name, name[:3])
    date = f"{day} {name} {year}"
    if short or moment[10:].startswith("T23:59:59.999"):
        return date
    return text["at_time"].format(date=date, time=moment[11:16])


def _date(value: str, lang: str) -> str:
    """A date property (``2021``, ``2021-06`` or ``2021-06-01``) as people write it."""
    value = str(value)
    if len(value) >= 10 and value[4] == "-":
        return format_moment(value[:10] + "T23:59:59.999999Z", lang, short=True)
    if len(value) == 7 and value[4] == "-":
        return f"{MONTHS[lang][int(value[5:7]) - 1]} {value[:4]}"
    return value


def _percent(share: float | None) -> str:
    return "–" if share is None else f"{round(100 * share)}%"


def _number(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}"


def build_slides(figures: dict[str, Any], *, map_image: str | None = None,
                 store_name: str = "") -> list[Slide]:
    """Turn the report's figures into slides (title, network, changes, introductions, gaps,
    suggestions, map, sources).

    Examples
    --------
    >>> import tempfile, os
    >>> from stakeholder_graph import api
    >>> from stakeholder_graph.report.figures import report_figures
    >>> db = os.path.join(tempfile.mkdtemp(), "demo.db")
    >>> _ = api.demo(db)
    >>> with api.open_store(db) as s:
    ...     slides = build_slides(report_figures(s))
    >>> [s.name for s in slides]
    ['title', 'network', 'changes', 'introductions', 'gaps', 'introductions_next', 'memberships_next', 'sources']
    """
    lang = figures["scope"]["lang"]
    t = TEXT[lang]
    period = figures["period"]
    since, until = (format_moment(period["since"], lang), format_moment(period["until"], lang))
    short = {"since": format_moment(period["since"], lang, short=True),
             "until": format_moment(period["until"], lang, short=True)}
    if period["since"] == START:
        short["since"] = t["start_short"]
    slides = [
        _title(figures, t, since, until, store_name),
        _network(figures, t, since, until, short),
        _changes(figures, t, since, until, lang),
        _introductions(figures, t, since, until, lang),
        _gaps(figures, t, since, until, short),
        _suggested(figures, t, until, "introductions"),
        _suggested(figures, t, until, "memberships"),
    ]
    if map_image:
        net, drawn = figures["network"], figures.get("map", {})
        note = t["map_new"] if drawn.get("new_ties") else t["map_note"]
        notes = [note.format(n=len(net["new_ties"]))]
        if drawn.get("only_new"):
            notes.append(t["map_only"].format(k=drawn["organisations"], m=drawn["of"]))
        slides.append(Slide(t["map_title"], t["map_sub"].format(until=until),
                            [[Block("image", path=map_image), Block("text", [" ".join(notes)])]],
                            name="map"))
    slides.append(_sources(figures, t, since, until, lang))
    return slides


def _no_change(figures: dict[str, Any]) -> bool:
    net = figures["network"]
    return not any((net["new_organisations"], net["ended_organisations"], net["new_ties"],
                    net["ended_ties"]))


def _title(figures: dict[str, Any], t: dict[str, Any], since: str, until: str,
           store_name: str) -> Slide:
    net, intro = figures["network"], figures["introductions"]
    scope = figures["scope"]
    counts = intro["counts"]
    follow = intro["follow_through"]
    then, now = net["then"], net["now"]
    if scope["ecosystem"]:  # that ecosystem's own row
        empty = {"organisations": 0, "ties": 0}
        then = then["per_ecosystem"].get(scope["ecosystem"], empty)
        now = now["per_ecosystem"].get(scope["ecosystem"], empty)
    lines = [t["orgs_line"].format(a=then["organisations"], b=now["organisations"],
                                   since=since, until=until),
             t["ties_line"].format(a=then["ties"], b=now["ties"], since=since, until=until),
             t["intro_line"].format(p=counts["proposed"], m=counts["made"],
                                    d=counts["declined"])]
    if follow["made"]:
        lines.append(t["follow_line"].format(f=follow["followed"], m=follow["made"],
                                             until=until))
    if _no_change(figures):
        lines.append(t["nothing"].format(since=since, until=until))
    generated = format_moment(figures["sources"]["generated"][:10] + "T23:59:59.999999Z",
                              scope["lang"])
    about = [t["period"].format(since=since, until=until),
             t["scope_one"].format(eco=scope["ecosystem"]) if scope["ecosystem"]
             else t["scope_all"],
             t["made_from"].format(date=generated, store=store_name or "")]
    return Slide(t["title"], t["subtitle"],
                 [[Block("text", about), Block("heading", [t["summary"]]),
                   Block("bullets", lines)]], name="title")


def _network(figures: dict[str, Any], t: dict[str, Any], since: str, until: str,
             short: dict[str, str]) -> Slide:
    net = figures["network"]
    then, now = net["then"], net["now"]
    names = sorted(set(then["per_ecosystem"]) | set(now["per_ecosystem"]),
                   key=lambda e: (e == "", e))
    empty = {"organisations": 0, "ties": 0, "across": 0}
    rows = []
    for name in names:
        a, b = then["per_ecosystem"].get(name, empty), now["per_ecosystem"].get(name, empty)
        rows.append([name or t["unknown_eco"], f"{a['organisations']} → {b['organisations']}",
                     f"{a['ties']} → {b['ties']}", f"{a['across']} → {b['across']}"])
    if not figures["scope"]["ecosystem"]:
        rows.append([t["total"], f"{then['organisations']} → {now['organisations']}",
                     f"{then['ties']} → {now['ties']}", f"{then['across']} → {now['across']}"])
    arrow = f"{short['since']} → {short['until']}"
    header = [t["eco"], f"{t['orgs']} {arrow}", f"{t['ties']} {arrow}",
              f"{t['across']} {arrow}"]
    table = Block("table", rows, header=header, widths=[2.4, 1.6, 1.5, 1.5])
    gained = figures["gaps"]["gained"]
    lines = [t["new_orgs"].format(n=len(net["new_organisations"])),
             t["ended_orgs"].format(n=len(net["ended_organisations"])),
             t["new_ties"].format(n=len(net["new_ties"])),
             t["ended_ties"].format(n=len(net["ended_ties"]))]
    if _no_change(figures):
        lines = [t["nothing"].format(since=since, until=until)]
    right = [Block("bullets", lines), Block("heading", [t["gained_head"]])]
    right.append(Block("bullets", [f"{r['a']} – {r['b']}: {r['links_then']} → {r['links_now']}"
                                   for r in gained], more=t["more"]) if gained
                 else Block("text", [t["gained_none"]]))
    right.append(Block("text", [t["tie_def"]]))
    return Slide(t["net_title"], t["net_sub"].format(since=since, until=until),
                 [[table], right], name="network", shares=[1.35, 1.0])


def _changes(figures: dict[str, Any], t: dict[str, Any], since: str, until: str,
             lang: str) -> Slide:
    net = figures["network"]
    sub = t["changes_sub"].format(since=since, until=until)
    if _no_change(figures):
        return Slide(t["changes_title"], sub,
                     [[Block("text", [t["nothing"].format(since=since, until=until)])]],
                     name="changes")

    def org(o: dict[str, Any]) -> str:
        return f"{o['name']} ({t['kinds'].get(o['kind'], o['kind'])}, " \
               f"{o['ecosystem'] or t['unknown_eco']})"

    def tie(e: dict[str, Any]) -> str:
        return f"{e['start_name']} — {e['end_name']} ({t['types'].get(e['type'], e['type'])})"

    left = [Block("heading", [t["new_orgs"].format(n=len(net["new_organisations"]))]),
            Block("bullets", [org(o) for o in net["new_organisations"]] or [t["none"]],
                  more=t["more"])]
    if net["ended_organisations"]:
        left += [Block("heading", [t["ended_orgs"].format(n=len(net["ended_organisations"]))]),
                 Block("bullets", [org(o) for o in net["ended_organisations"]],
                       more=t["more"])]
    right = [Block("heading", [t["new_ties"].format(n=len(net["new_ties"]))]),
             Block("bullets", [tie(e) for e in net["new_ties"]] or [t["none"]],
                   more=t["more"]),
             Block("heading", [t["ended_ties"].format(n=len(net["ended_ties"]))]),
             Block("bullets", [tie(e) for e in net["ended_ties"]] or [t["none"]],
                   more=t["more"])]
    return Slide(t["changes_title"], sub, [left, right], name="changes")


def _introductions(figures: dict[str, Any], t: dict[str, Any], since: str, until: str,
                   lang: str) -> Slide:
    intro = figures["introductions"]
    sub = t["intro_sub"].format(since=since, until=until)
    counts = intro["counts"]
    left: list[Block] = []
    if not intro["rows"]:
        left.append(Block("text", [t["no_intros"]]))
    else:
        left.append(Block("bullets", [t["counts"].format(p=counts["proposed"],
                                                         m=counts["made"],
                                                         d=counts["declined"])]))
        follow = intro["follow_through"]
        if follow["made"]:
            left.append(Block("bullets", [
                t["follow"].format(f=follow["followed"], m=follow["made"],
                                   rate=_percent(follow["rate"])),
                t["follow_parts"].format(b=follow["before"], u=follow["unknown"],
                                         n=follow["none"])]))
        else:
            left.append(Block("bullets", [t["follow_none"]]))
        themes = [f"{r['label'] or t['no_theme']}: "
                  + t["counts"].format(p=r["proposed"], m=r["made"], d=r["declined"])
                  for r in intro["by_theme"]]
        left += [Block("heading", [t["per_theme"]]), Block("bullets", themes, more=t["more"])]
    if intro["undated"]:
        left.append(Block("text", [t["undated"].format(n=intro["undated"])]))
    columns = [left]
    made = [r for r in intro["rows"] if r["status"] == "made"]
    if made:
        rows = []
        for r in made:
            f = r["follow_up"]
            tie = f["tie"] or {}
            kind = t["types"].get(tie.get("type", ""), tie.get("type", ""))
            if tie.get("group"):
                kind = f"{kind} {tie['group']}"
            outcome = t["outcomes"][f["outcome"]].format(
                type=kind, when=_date(f["when"], lang) if f["when"] else "")
            pair = f"{r['a']} — {r['b']}"
            if "contacts" in r:
                people = ", ".join([*r["contacts"]["a"], *r["contacts"]["b"]])
                if people:
                    pair += f" ({t['contacts']}: {people})"
            rows.append([pair, _date(r["date"], lang), outcome])
        columns.append([Block("table", rows, header=[t["pair"], t["date"], t["outcome"]],
                              widths=[2.6, 1.0, 2.4], more=t["more"])])
    return Slide(t["intro_title"], sub, columns, name="introductions",
                 shares=[1.0, 1.3] if len(columns) == 2 else [])


def _gaps(figures: dict[str, Any], t: dict[str, Any], since: str, until: str,
          short: dict[str, str]) -> Slide:
    gaps = figures["gaps"]
    sub = t["gaps_sub"].format(since=since, until=until)
    if not gaps["rows"]:
        return Slide(t["gaps_title"], sub, [[Block("text", [t["no_gaps"]])]], name="gaps")
    rows = []
    for r in gaps["rows"]:
        move = (None if r["gap_then"] is None or r["gap_now"] is None
                else r["gap_now"] - r["gap_then"])
        rows.append([f"{r['a']} – {r['b']}", f"{r['links_then']} → {r['links_now']}",
                     _number(r["expected_now"]), _number(r["gap_now"]),
                     "–" if move is None else f"{move:+.1f}"])
    header = [t["pair_eco"], f"{t['links']} {short['since']} → {short['until']}",
              f"{t['expected']} {short['until']}", f"{t['gap']} {short['until']}", t["move"]]
    return Slide(t["gaps_title"], sub,
                 [[Block("table", rows, header=header, widths=[5.0, 2.2, 1.4, 1.4, 1.6],
                         more=t["more"]),
                   Block("text", [t["gaps_def"]])]], name="gaps")


def _suggested(figures: dict[str, Any], t: dict[str, Any], until: str, what: str) -> Slide:
    rows_in = figures["suggestions"][what]
    title = t["sugg_title"] if what == "introductions" else t["memb_title"]
    sub = t["sugg_sub"].format(until=until)
    name = f"{what}_next"
    if not rows_in:
        return Slide(title, sub, [[Block("text", [t["no_sugg"].format(until=until)])]],
                     name=name)
    if what == "introductions":
        rows = [[str(r["rank"]), f"{r['a']} ({r['a_ecosystem']}) — {r['b']} ({r['b_ecosystem']})",
                 r["explanation"]] for r in rows_in]
        header = ["#", t["pair"], t["why"]]
    else:
        rows = [[str(r["rank"]), f"{r['org']} → {r['group']}", r["explanation"]]
                for r in rows_in]
        header = ["#", f"{t['org']} → {t['group']}", t["why"]]
    return Slide(title, sub, [[Block("table", rows, header=header, widths=[0.5, 3.6, 6.4],
                                     more=t["more"])]], name=name)


def _sources(figures: dict[str, Any], t: dict[str, Any], since: str, until: str,
             lang: str) -> Slide:
    src = figures["sources"]
    cited = [f"{c['source']}: {t['facts'].format(n=c['facts'])}" for c in src["cited"]]
    left = [Block("heading", [t["cited"]]), Block("bullets", cited or [t["none"]],
                                                  more=t["more"])]
    recorded = [e for e in figures["period"]["loads"]
                if e["files"] == ["stakeholder-graph introduce"]]
    loads = [f"{format_moment(e['at'], lang)}: {', '.join(e['files'])}"
             for e in figures["period"]["loads"] if e not in recorded]
    if recorded:
        loads.append(t["recorded"].format(n=len(recorded)))
    left += [Block("heading", [t["loads"]]),
             Block("bullets", loads or [t["loads_none"]], more=t["more"])]
    if src["illustrative_facts"]:
        right = [Block("heading", [t["illustrative"].format(m=src["illustrative_facts"],
                                                            n=src["facts"])]),
                 Block("bullets", [f"{r['reason']} ({r['facts']})"
                                   for r in src["illustrative"]], more=t["more"])]
    else:
        right = [Block("text", [t["illustrative_none"]])]
    if not figures["scope"]["include_personal_data"]:
        right.append(Block("text", [t["no_personal"]]))
    return Slide(t["sources_title"], t["sources_sub"].format(until=until), [left, right],
                 name="sources")
