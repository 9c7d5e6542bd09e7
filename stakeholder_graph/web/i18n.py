"""The web app's words in Dutch (the default) and English, and ties written as sentences.

Examples
--------
>>> tie_phrase({"type": "HOSTS_INTERNS_FROM", "direction": "out",
...             "properties": {"programme": "luchtvaarttechniek"}}, "nl")
'neemt stagiairs aan van'
>>> tie_phrase({"type": "HOSTS_INTERNS_FROM", "direction": "in", "properties": {}}, "en")
'sends interns to'
"""

from __future__ import annotations

from typing import Any

__all__ = ["LANGS", "TEXT", "text", "tie_phrase", "tie_group", "kind_label", "prop_label",
           "ERRORS", "error_text", "invalid_field", "words_list",
           "status_label", "STATUS_WORDS"]

LANGS = ("nl", "en")

STATUS_WORDS = {"proposed": "voorgesteld", "made": "gelegd", "declined": "afgewezen"}
"""The werkambassadeur's words for an introduction's status."""

_KINDS = {
    "nl": {"Company": "Bedrijf", "School": "Onderwijsinstelling",
           "PublicBody": "Publieke organisatie", "Municipality": "Gemeente",
           "Campus": "Campus / PPS", "Region": "Regio", "Theme": "Thema",
           "Programme": "Programma", "Event": "Bijeenkomst", "Person": "Persoon"},
    "en": {"Company": "Company", "School": "School", "PublicBody": "Public body",
           "Municipality": "Municipality", "Campus": "Campus / PPP", "Region": "Region",
           "Theme": "Theme", "Programme": "Programme", "Event": "Event", "Person": "Person"},
}

_PROPS = {
    "nl": {"name": "Naam", "aliases": "Ook bekend als", "sector": "Sector", "kvk": "KvK-nummer",
           "brin": "BRIN", "level": "Niveau", "programmes": "Opleidingen",
           "labour_demand": "Personeelsvraag", "subtype": "Soort", "source": "Bron",
           "note": "Toelichting", "website": "Website", "cbs_code": "CBS-code", "type": "Type",
           "date": "Datum", "number": "Nummer", "role": "Rol", "email": "E-mail",
           "phone": "Telefoon", "programme": "Opleiding", "count": "Aantal", "since": "Sinds",
           "until": "Tot", "status": "Status", "weight": "Gewicht", "id": "Id",
           "kind": "Soort", "municipality": "Gemeente", "themes": "Thema's",
           "campuses": "Campussen", "place": "Plaats", "province": "Provincie",
           "target": "Naar", "source_doc": "Bron", "parent": "Onderdeel van",
           "name_2": "Naam (tweede regel)", "town": "Woonplaats"},
    "en": {"name": "Name", "aliases": "Also known as", "sector": "Sector", "kvk": "KvK number",
           "brin": "BRIN", "level": "Level", "programmes": "Programmes",
           "labour_demand": "Labour demand", "subtype": "Kind", "source": "Source",
           "note": "Note", "website": "Website", "cbs_code": "CBS code", "type": "Type",
           "date": "Date", "number": "Number", "role": "Role", "email": "E-mail",
           "phone": "Phone", "programme": "Programme", "count": "Number", "since": "Since",
           "until": "Until", "status": "Status", "weight": "Weight", "id": "Id",
           "kind": "Kind", "municipality": "Municipality", "themes": "Themes",
           "campuses": "Campuses", "place": "Place", "province": "Province",
           "target": "To", "source_doc": "Source", "parent": "Part of",
           "name_2": "Name (second line)", "town": "Town"},
}

# relationship type -> (heading, phrase out, phrase in), per language
_TIES = {
    "nl": {
        "HOSTS_INTERNS_FROM": ("Stages", "neemt stagiairs aan van", "levert stagiairs aan"),
        "MEMBER_OF": ("Campussen en samenwerkingsverbanden", "is lid van", "heeft als lid"),
        "PARTNERS_WITH": ("Samenwerking", "werkt samen met", "werkt samen met"),
        "INTRODUCED": ("Introducties", "is in contact gebracht met",
                       "is in contact gebracht met"),
        "LOCATED_IN": ("Vestiging", "is gevestigd in", "is vestigingsplaats van"),
        "IN_REGION": ("Regio", "ligt in", "omvat"),
        "WORKS_ON": ("Thema's", "werkt aan", "wordt opgepakt door"),
        "FUNDED_BY": ("Financiering", "wordt gefinancierd door", "financiert"),
        "SIGNED": ("Ondertekend", "heeft ondertekend", "is ondertekend door"),
        "SERVES": ("Werkgebied", "bedient", "wordt bediend door"),
        "ATTENDED": ("Bijeenkomsten", "nam deel aan", "had als deelnemer"),
        "WORKS_AT": ("Contactpersonen", "werkt bij", "heeft als contactpersoon"),
    },
    "en": {
        "HOSTS_INTERNS_FROM": ("Internships", "takes interns from", "sends interns to"),
        "MEMBER_OF": ("Campuses and partnerships", "is a member of", "has as member"),
        "PARTNERS_WITH": ("Working together", "works with", "works with"),
        "INTRODUCED": ("Introductions", "was introduced to", "was introduced to"),
        "LOCATED_IN": ("Location", "is located in", "is home to"),
        "IN_REGION": ("Region", "lies in", "includes"),
        "WORKS_ON": ("Themes", "works on", "is worked on by"),
        "FUNDED_BY": ("Funding", "is funded by", "funds"),
        "SIGNED": ("Signed", "signed", "was signed by"),
        "SERVES": ("Area served", "serves", "is served by"),
        "ATTENDED": ("Events", "took part in", "had as participant"),
        "WORKS_AT": ("Contact persons", "works at", "has as contact person"),
    },
}
_INTRODUCED = {
    "nl": {"proposed": "is voorgesteld aan", "made": "is in contact gebracht met",
           "declined": "werd niet in contact gebracht met (afgewezen)"},
    "en": {"proposed": "was proposed to", "made": "was introduced to",
           "declined": "was not introduced to (declined)"},
}
_TIE_ORDER = tuple(_TIES["nl"])


def kind_label(kind: str, lang: str = "nl") -> str:
    """A node kind in words.

    Examples
    --------
    >>> kind_label("PublicBody")
    'Publieke organisatie'
    """
    return _KINDS.get(lang, _KINDS["nl"]).get(kind, kind)


def prop_label(prop: str, lang: str = "nl") -> str:
    """A property's name in words.

    Examples
    --------
    >>> prop_label("labour_demand", "en")
    'Labour demand'
    """
    return _PROPS.get(lang, _PROPS["nl"]).get(prop, prop.replace("_", " "))


def status_label(status: str, lang: str = "nl") -> str:
    """An introduction's status in the user's words.

    Examples
    --------
    >>> status_label("made"), status_label("made", "en")
    ('gelegd', 'made')
    """
    return STATUS_WORDS.get(status, status) if lang == "nl" else status


def tie_group(rel_type: str, lang: str = "nl") -> tuple[int, str]:
    """The heading a tie is listed under, with its place in the page's order.

    Examples
    --------
    >>> tie_group("HOSTS_INTERNS_FROM")
    (0, 'Stages')
    """
    table = _TIES.get(lang, _TIES["nl"])
    if rel_type not in table:
        return len(_TIE_ORDER), rel_type
    return _TIE_ORDER.index(rel_type), table[rel_type][0]


def tie_phrase(tie: dict[str, Any], lang: str = "nl") -> str:
    """The words between an organisation and the other end of one of its ties.

    The direction counts: a company *takes interns from* a school, a school *sends interns
    to* a company.
    """
    table = _TIES.get(lang, _TIES["nl"])
    if tie["type"] == "INTRODUCED":
        status = (tie.get("properties") or {}).get("status", "made")
        return _INTRODUCED.get(lang, _INTRODUCED["nl"]).get(status, status)
    if tie["type"] not in table:
        return tie["type"]
    _, out, back = table[tie["type"]]
    return out if tie.get("direction", "out") == "out" else back


TEXT: dict[str, dict[str, str]] = {
    "nl": {
        "app": "Netwerk werkambassadeur", "skip": "Naar de inhoud", "nav": "Hoofdmenu",
        "nav_search": "Zoeken", "nav_suggestions": "Suggesties", "nav_map": "Kaart",
        "nav_import": "Importeren", "nav_duplicates": "Dubbelen", "nav_history": "Geschiedenis",
        "switch_lang": "English", "switch_lang_label": "Switch to English",
        "logout": "Uitloggen", "login": "Inloggen", "user": "Gebruiker",
        "password": "Wachtwoord", "login_failed": "Naam of wachtwoord klopt niet.",
        "login_intro": "Deze server is bereikbaar vanaf het netwerk: log in met uw account.",
        "busy": "Er loopt een import. Wijzigingen wachten tot die klaar is; u hoeft niets "
                "opnieuw te doen.",
        "wait": "Bezig… even geduld. Als er een import loopt, wacht uw wijziging daarop.",
        "as_of_banner": "U bekijkt het netwerk zoals het was op",
        "as_of_clear": "Terug naar nu", "viewer_note": "U kunt kijken, niet wijzigen.",
        "search_title": "Zoeken", "search_label": "Zoek een organisatie, KvK- of BRIN-nummer "
                        "of gemeente", "search_button": "Zoeken",
        "search_none": "Niets gevonden voor", "did_you_mean": "Bedoelde u",
        "results": "Resultaten", "result_count": "gevonden",
        "matched_alias": "via andere naam", "matched_id": "via nummer",
        "matched_municipality": "gevestigd in deze gemeente",
        "ecosystems": "Ecosystemen", "ecosystem": "Ecosysteem", "organisations": "Organisaties",
        "ecosystems_counting": "De organisaties per ecosysteem worden geteld; kijk zo nog eens.",
        "no_ecosystem": "(geen ecosysteem bekend)", "latest_intros": "Laatste introducties",
        "no_intros": "Nog geen introducties vastgelegd.", "date": "Datum", "status": "Status",
        "note": "Notitie", "between": "Tussen", "and": "en",
        "facts": "Gegevens", "sources": "Bron", "ties": "Relaties", "no_ties": "Geen relaties.",
        "ended": "beëindigd", "merged": "Samengevoegde namen", "undo": "Ongedaan maken",
        "suggested_intros": "Voorgestelde introducties",
        "suggestions_heading": "Suggesties",
        "suggestions_computing": "Suggesties worden berekend…",
        "suggestions_ready": "Suggesties berekend.",
        "suggestions_open": "Suggesties openen (op een eigen pagina)",
        "back_to_org": "terug naar de organisatie",
        "suggested_memberships": "Voorgesteld lidmaatschap", "why": "Waarom",
        "no_suggestions": "Geen suggesties.", "record": "Vastleggen",
        "record_intro": "Introductie vastleggen met", "proposed": "voorgesteld",
        "made": "gelegd", "declined": "afgewezen", "recorded": "Vastgelegd",
        "belkaart": "Belkaart", "print": "Afdrukken", "call_who": "Wie bellen, en waarom",
        "contacts": "Contactpersonen", "show_personal": "Persoonsgegevens tonen",
        "hide_personal": "Persoonsgegevens verbergen",
        "personal_hidden": "Contactpersonen en hun gegevens zijn verborgen.",
        "kind": "Soort", "score": "Score", "rank": "Nr.", "group": "Groep",
        "suggestions_title": "Suggesties", "what": "Wat", "introductions": "Introducties",
        "memberships": "Lidmaatschappen", "from_ecosystem": "Vanuit ecosysteem",
        "to_ecosystem": "Naar ecosysteem", "theme": "Thema", "any": "(alle)",
        "top": "Aantal", "filter": "Toon", "download_xlsx": "Download als Excel",
        "org_a": "Organisatie", "org_b": "Voorgesteld contact", "org": "Organisatie",
        "map_title": "Kaart", "map_frame": "Interactieve netwerkkaart",
        "around": "Rond organisatie", "download_png": "Download PNG",
        "download_pptx": "Download PowerPoint", "with_suggestions": "Met suggesties",
        "import_title": "Importeren", "import_file": "Bestand (CSV of Excel)",
        "import_help": "Een blad met organisaties of met relaties.",
        "import_limits": "Hoogstens", "import_rows": "rijen", "upload": "Controleren",
        "mapping": "Koppeling van kolommen", "mapping_help": "Kies voor elke kolom van uw "
                   "bestand welk gegeven erin staat.",
        "table_kind": "Het blad bevat", "column": "Kolom", "field": "Gegeven",
        "not_loaded": "(niet laden)", "check_again": "Opnieuw controleren",
        "kind_words": "Woorden voor de soort organisatie",
        "kind_words_help": "Deze woorden in de kolom met de soort zijn geen soort "
                           "organisatie die het programma kent. Kies wat ze betekenen (‘geen "
                           "soort’ voor een woord dat niets over de soort zegt); een woord "
                           "zonder keuze geeft een probleem in zijn rijen.",
        "kind_word_hint": "Kies hieronder, bij ‘Woorden voor de soort organisatie’, wat "
                          "dit woord betekent.",
        "default_kind_hint": "Kies hieronder, bij ‘Soort voor rijen zonder soort’, een soort "
                             "voor deze rijen.",
        "kind_word_none": "(geen keuze)",
        "place_words": "Plaatsen die het programma niet kent",
        "place_words_help": "Deze plaatsen in de kolom met de gemeente staan in geen "
                            "tabel, maar lijken op een plaats die er wel in staat (een "
                            "tikfout?). Kies welke plaats bedoeld is; het bestand zelf "
                            "blijft zoals het is.",
        "place_word_hint": "Kies hieronder, bij ‘Plaatsen die het programma niet kent’, "
                           "welke plaats bedoeld is.",
        "kind_word_no_kind": "geen soort: als een rij zonder soort",
        "default_kind": "Soort voor rijen zonder soort",
        "default_kind_none": "(geen: elke rij moet een soort hebben)",
        "default_kind_help": "Voor rijen waarin de soort leeg is, of als geen kolom de "
                             "soort geeft.",
        "preview": "Voorbeeld: de eerste rijen zoals ze worden opgeslagen",
        "problems": "Problemen in het bestand", "problem": "Probleem",
        "suggestion": "Suggestie", "value": "Waarde", "file": "Bestand", "row": "Rij",
        "no_problems": "Geen problemen gevonden.", "load_all": "Alles laden",
        "warnings": "Let op",
        "load_none": "Er is niets geladen: de opslag is ongewijzigd.",
        "loaded": "Geladen", "records": "records", "nodes_tbl": "organisaties en andere knopen",
        "edges_tbl": "relaties",
        "duplicates_title": "Dubbelen", "duplicates_help": "Organisaties die waarschijnlijk "
                            "dezelfde zijn. Samenvoegen kan altijd ongedaan worden gemaakt.",
        "no_duplicates": "Geen waarschijnlijke dubbelen.", "merge": "Samenvoegen",
        "keep_apart": "Niet samenvoegen", "reason": "Reden", "recent_merges":
        "Recent samengevoegd", "merged_into": "samengevoegd met",
        "conflicts": "Tegenstrijdige gegevens om na te kijken", "conflicts_help": "Rijen die "
        "over dezelfde organisatie iets anders zeggen. De eerste waarde is gehouden; verbeter "
        "de bron als die niet klopt en importeer opnieuw.", "found_in": "Gevonden in",
        "org_name": "Naam",
        "history_title": "Geschiedenis", "loads": "Ladingen", "load_nr": "Nr.",
        "when": "Wanneer", "files": "Bestanden", "summary": "Resultaat", "who": "Wie",
        "changes": "Wat veranderde", "added": "toegevoegd", "removed": "verwijderd",
        "changed": "gewijzigd", "web_changes": "Wijzigingen in de webapp",
        "as_of_label": "Peildatum voor de andere pagina's", "as_of_set": "Instellen",
        "show_changes": "Toon wijzigingen", "no_loads": "Nog niets geladen.",
        "report_title": "Voortgangsrapport voor de Technologietafel",
        "report_hint": "Wat er veranderde, welke introducties werden gelegd en wat eruit "
                       "voortkwam, en waar de gaten zitten. Leeg gelaten: van de lading vóór "
                       "de laatste tot de laatste.",
        "report_since": "Vanaf", "report_until": "Tot en met",
        "report_pptx": "Rapport als PowerPoint", "report_html": "Rapport als printpagina",
        "back": "Terug naar zoeken",
        "back_previous": "Terug naar de vorige pagina", "meant": "Naar de pagina van",
        "technical": "Melding van het programma (Engels, voor wie de server beheert)",
        "view": "Bekijk", "actions": "Acties",
        "nodes": "knopen", "relationships": "relaties",
    },
    "en": {
        "app": "Werkambassadeur network", "skip": "Skip to content", "nav": "Main menu",
        "nav_search": "Search", "nav_suggestions": "Suggestions", "nav_map": "Map",
        "nav_import": "Import", "nav_duplicates": "Duplicates", "nav_history": "History",
        "switch_lang": "Nederlands", "switch_lang_label": "Naar het Nederlands",
        "logout": "Log out", "login": "Log in", "user": "User", "password": "Password",
        "login_failed": "Name or password is wrong.",
        "login_intro": "This server can be reached from the network: log in with your account.",
        "busy": "An import is running. Changes wait until it is done; you need not repeat them.",
        "wait": "Working… please wait. If an import is running, your change waits for it.",
        "as_of_banner": "You are looking at the network as it was on",
        "as_of_clear": "Back to now", "viewer_note": "You can look, not change.",
        "search_title": "Search", "search_label": "Find an organisation, KvK or BRIN number "
                        "or municipality", "search_button": "Search",
        "search_none": "Nothing found for", "did_you_mean": "Did you mean",
        "results": "Results", "result_count": "found", "matched_alias": "by another name",
        "matched_id": "by number", "matched_municipality": "located in this municipality",
        "ecosystems": "Ecosystems", "ecosystem": "Ecosystem", "organisations": "Organisations",
        "ecosystems_counting": "The organisations per ecosystem are being counted; look again soon.",
        "no_ecosystem": "(no known ecosystem)", "latest_intros": "Latest introductions",
        "no_intros": "No introductions recorded yet.", "date": "Date", "status": "Status",
        "note": "Note", "between": "Between", "and": "and",
        "facts": "Facts", "sources": "Source", "ties": "Ties", "no_ties": "No ties.",
        "ended": "ended", "merged": "Merged names", "undo": "Undo",
        "suggested_intros": "Suggested introductions",
        "suggestions_heading": "Suggestions",
        "suggestions_computing": "Working out suggestions…",
        "suggestions_ready": "Suggestions ready.",
        "suggestions_open": "Open the suggestions (on a page of their own)",
        "back_to_org": "back to the organisation",
        "suggested_memberships": "Suggested memberships", "why": "Why",
        "no_suggestions": "No suggestions.", "record": "Record",
        "record_intro": "Record an introduction with", "proposed": "proposed",
        "made": "made", "declined": "declined", "recorded": "Recorded",
        "belkaart": "Call sheet", "print": "Print", "call_who": "Whom to call, and why",
        "contacts": "Contact persons", "show_personal": "Show personal data",
        "hide_personal": "Hide personal data",
        "personal_hidden": "Contact persons and their details are hidden.",
        "kind": "Kind", "score": "Score", "rank": "No.", "group": "Group",
        "suggestions_title": "Suggestions", "what": "What", "introductions": "Introductions",
        "memberships": "Memberships", "from_ecosystem": "From ecosystem",
        "to_ecosystem": "To ecosystem", "theme": "Theme", "any": "(any)", "top": "How many",
        "filter": "Show", "download_xlsx": "Download as Excel", "org_a": "Organisation",
        "org_b": "Suggested contact", "org": "Organisation",
        "map_title": "Map", "map_frame": "Interactive network map", "around": "Around",
        "download_png": "Download PNG", "download_pptx": "Download PowerPoint",
        "with_suggestions": "With suggestions",
        "import_title": "Import", "import_file": "File (CSV or Excel)",
        "import_help": "A sheet of organisations or of relationships.",
        "import_limits": "At most", "import_rows": "rows", "upload": "Check",
        "kind_words": "Words for the kind of organisation",
        "kind_words_help": "These words in the kind column are no kind of organisation the "
                           "program knows. Choose what they mean (‘no kind’ for a word that "
                           "says nothing about the kind); a word without a choice is a "
                           "problem in its rows.",
        "kind_word_hint": "Choose below, under ‘Words for the kind of organisation’, what "
                          "this word means.",
        "default_kind_hint": "Choose below, under ‘Kind of a row without one’, a kind for "
                             "these rows.",
        "kind_word_none": "(no choice)",
        "place_words": "Places the program does not know",
        "place_words_help": "These places in the municipality column are in no table, but "
                            "look like one that is (a typo?). Choose the place they mean; "
                            "the file itself stays as it is.",
        "place_word_hint": "Choose below, under ‘Places the program does not know’, the "
                           "place it means.",
        "kind_word_no_kind": "no kind: as a row without one",
        "default_kind": "Kind of a row without one",
        "default_kind_none": "(none: every row needs a kind)",
        "default_kind_help": "For rows whose kind is empty, or when no column gives the "
                             "kind.",
        "mapping": "Column mapping", "mapping_help": "Choose for each column of your file "
                   "what it holds.", "table_kind": "The sheet holds", "column": "Column",
        "field": "Field", "not_loaded": "(do not load)", "check_again": "Check again",
        "preview": "Preview: the first rows as they will be stored",
        "problems": "Problems in the file", "problem": "Problem", "suggestion": "Suggestion",
        "value": "Value", "file": "File", "row": "Row", "no_problems": "No problems found.", "warnings": "Please note",
        "load_all": "Load everything", "load_none": "Nothing was loaded: the store is "
                    "unchanged.", "loaded": "Loaded", "records": "records",
        "nodes_tbl": "organisations and other nodes", "edges_tbl": "relationships",
        "duplicates_title": "Duplicates", "duplicates_help": "Organisations that are probably "
                            "the same. A merge can always be undone.",
        "no_duplicates": "No likely duplicates.", "merge": "Merge", "keep_apart": "Keep apart",
        "reason": "Reason", "recent_merges": "Recently merged", "merged_into": "merged into",
        "conflicts": "Conflicting facts to check", "conflicts_help": "Rows that say something "
        "else about the same organisation. The first value is kept; correct the source if it "
        "is wrong and import it again.", "found_in": "Found in", "org_name": "Name",
        "history_title": "History", "loads": "Loads", "load_nr": "No.", "when": "When",
        "files": "Files", "summary": "Result", "who": "Who", "changes": "What changed",
        "added": "added", "removed": "removed", "changed": "changed",
        "web_changes": "Changes made in the web app",
        "as_of_label": "As-of date for the other pages", "as_of_set": "Set",
        "show_changes": "Show changes", "no_loads": "Nothing loaded yet.",
        "report_title": "Progress report for the Technologietafel",
        "report_hint": "What changed, which introductions were made and what came of them, "
                       "and where the gaps are. Left empty: from the load before the latest "
                       "to the latest.",
        "report_since": "From", "report_until": "Up to and including",
        "report_pptx": "Report as PowerPoint", "report_html": "Report as a print page",
        "back": "Back to search",
        "back_previous": "Back to the previous page", "meant": "Go to the page of",
        "technical": "The program's message (for whoever runs the server)",
        "view": "View", "actions": "Actions",
        "nodes": "nodes", "relationships": "relationships",
    },
}


def text(key: str, lang: str = "nl") -> str:
    """One of the app's texts in a language (Dutch when it has no translation).

    Examples
    --------
    >>> text("nav_search"), text("nav_search", "en")
    ('Zoeken', 'Search')
    """
    return TEXT.get(lang, TEXT["nl"]).get(key) or TEXT["nl"].get(key, key)


# -- errors: what went wrong and what to do, keyed by the error's code ----------------------
#
# Each entry is (title, text) per language; ``{name}`` parts come from the error's details
# (:attr:`stakeholder_graph.errors.StakeholderGraphError.details`), lists joined in words.
# The English of the library's own messages stays on the command line and in the Python
# API; the web app says each problem with these texts, in the page's language.

ERRORS: dict[str, dict[str, tuple[str, str]]] = {
    "unknown_organisation": {
        "nl": ("Organisatie niet gevonden",
               "“{ref}” staat niet in het netwerk.{did_you_mean} Zoek de organisatie op via "
               "Zoeken: op naam, KvK- of BRIN-nummer of gemeente."),
        "en": ("Organisation not found",
               "“{ref}” is not in the network.{did_you_mean} Look the organisation up under "
               "Search: by name, KvK or BRIN number or municipality.")},
    "ambiguous_organisation": {
        "nl": ("Meer dan één organisatie",
               "“{ref}” past bij meer dan één organisatie: {found}. Kies de juiste via "
               "Zoeken, of vul haar nummer in (zoals {example})."),
        "en": ("More than one organisation",
               "“{ref}” fits more than one organisation: {found}. Choose the right one under "
               "Search, or give its number (such as {example}).")},
    "not_yet_then": {
        "nl": ("Toen nog niet in het netwerk",
               "“{ref}” stond op {as_of} nog niet in het netwerk, dus voor die peildatum zijn "
               "er geen suggesties. Kies een latere peildatum op de pagina Geschiedenis, of ga "
               "terug naar nu."),
        "en": ("Not yet in the network then",
               "“{ref}” was not yet in the network on {as_of}, so there are no suggestions for "
               "that as-of date. Choose a later as-of date on the History page, or go back to "
               "now.")},
    "unknown_ecosystem": {
        "nl": ("Onbekend ecosysteem",
               "Het ecosysteem “{name}” bestaat niet in dit netwerk. Kies er een uit de "
               "lijst: {choices}."),
        "en": ("Unknown ecosystem",
               "There is no ecosystem “{name}” in this network. Choose one from the list: "
               "{choices}.")},
    "unknown_theme": {
        "nl": ("Onbekend thema",
               "Het thema “{name}” komt in dit netwerk niet voor. Kies er een uit de lijst: "
               "{choices}."),
        "en": ("Unknown theme",
               "The theme “{name}” does not occur in this network. Choose one from the list: "
               "{choices}.")},
    "bad_status": {
        "nl": ("Onbekende status",
               "“{status}” is geen status van een introductie. Kies voorgesteld, gelegd of "
               "afgewezen."),
        "en": ("Unknown status",
               "“{status}” is not a status of an introduction. Choose proposed, made or "
               "declined.")},
    "bad_date": {
        "nl": ("Geen datum",
               "“{value}” is geen datum. Schrijf de datum als jaar-maand-dag, bijvoorbeeld "
               "2026-05-01."),
        "en": ("Not a date",
               "“{value}” is not a date. Write the date as year-month-day, for example "
               "2026-05-01.")},
    "not_an_organisation": {
        "nl": ("Geen organisatie",
               "“{ref}” is een {kind}, geen organisatie: een introductie is tussen twee "
               "organisaties. Kies een bedrijf, onderwijsinstelling, gemeente, publieke "
               "organisatie of campus."),
        "en": ("Not an organisation",
               "“{ref}” is a {kind}, not an organisation: an introduction is between two "
               "organisations. Choose a company, school, municipality, public body or "
               "campus.")},
    "self_introduction": {
        "nl": ("Twee keer dezelfde organisatie",
               "Een organisatie kan niet aan zichzelf worden voorgesteld. Kies voor de "
               "introductie een andere organisatie."),
        "en": ("The same organisation twice",
               "An organisation cannot be introduced to itself. Choose another organisation "
               "for the introduction.")},
    "merge_same": {
        "nl": ("Twee keer dezelfde organisatie",
               "“{ref}” kan niet met zichzelf worden samengevoegd. Kies op de pagina Dubbelen "
               "een paar van twee verschillende organisaties."),
        "en": ("The same organisation twice",
               "“{ref}” cannot be merged with itself. Choose a pair of two different "
               "organisations on the Duplicates page.")},
    "merge_unknown": {
        "nl": ("Niet (meer) in het netwerk",
               "“{ref}” staat niet (meer) in het netwerk: misschien is het paar intussen al "
               "samengevoegd of ongedaan gemaakt. Laad de pagina Dubbelen opnieuw en kijk of "
               "het paar er nog staat."),
        "en": ("Not (or no longer) in the network",
               "“{ref}” is not (or no longer) in the network: the pair may have been merged "
               "or undone in the meantime. Reload the Duplicates page and see whether the "
               "pair is still there.")},
    "merge_kinds_differ": {
        "nl": ("Verschillende soorten",
               "“{a}” is een {kind_a} en “{b}” een {kind_b}: alleen bedrijven, "
               "onderwijsinstellingen, publieke organisaties en campussen kunnen met elkaar "
               "worden samengevoegd. Zijn het twee verschillende organisaties, kies dan Niet "
               "samenvoegen."),
        "en": ("Different kinds",
               "“{a}” is a {kind_a} and “{b}” a {kind_b}: only companies, schools, public "
               "bodies and campuses can be merged with one another. If they are two different "
               "organisations, choose Keep apart.")},
    "merge_ties_kind": {
        "nl": ("Past niet bij de soort",
               "“{a}” is een {kind_a} en kan geen deel worden van “{b}”, een {kind_b}: de "
               "relatie {type} met “{other}” kan een {kind_b} niet hebben. Zijn het twee "
               "organisaties, kies dan Niet samenvoegen; anders: verbeter de soort in de bron."),
        "en": ("Does not fit the kind",
               "“{a}” is a {kind_a} and cannot become part of “{b}”, a {kind_b}: a {kind_b} "
               "cannot have its relationship {type} with “{other}”. If they are two "
               "organisations, choose Keep apart; otherwise correct the kind in the source.")},
    "merge_kind": {
        "nl": ("Kan niet worden samengevoegd",
               "“{ref}” is een {kind}; alleen een {kinds} kan worden samengevoegd."),
        "en": ("Cannot be merged",
               "“{ref}” is a {kind}; only a {kinds} can be merged.")},
    "undo_nothing": {
        "nl": ("Niets ongedaan te maken",
               "Er is niets samengevoegd onder “{ref}”, dus er valt niets ongedaan te maken. "
               "Misschien is de samenvoeging al ongedaan gemaakt: laad de pagina Dubbelen "
               "opnieuw."),
        "en": ("Nothing to undo",
               "Nothing was merged under “{ref}”, so there is nothing to undo. The merge may "
               "have been undone already: reload the Duplicates page.")},
    "undo_own": {
        "nl": ("Niets ongedaan te maken",
               "“{ref}” is een organisatie op zichzelf en is niet samengevoegd: er valt niets "
               "ongedaan te maken."),
        "en": ("Nothing to undo",
               "“{ref}” is an organisation of its own and was not merged: there is nothing to "
               "undo.")},
    "bad_decision": {
        "nl": ("Onbekend besluit",
               "“{decision}” is geen besluit over een dubbele organisatie. Kies Samenvoegen "
               "of Niet samenvoegen (accept of reject)."),
        "en": ("Unknown decision",
               "“{decision}” is not a decision on a duplicate. Choose Merge or Keep apart "
               "(accept or reject).")},
    "no_load": {
        "nl": ("Die lading bestaat niet",
               "Lading {number} bestaat niet: de ladingen zijn genummerd van 1 tot en met "
               "{last}. Kies een nummer uit de lijst op de pagina Geschiedenis, of een datum."),
        "en": ("No such load",
               "There is no load {number}: the loads are numbered 1 to {last}. Choose a number "
               "from the list on the History page, or a date.")},
    "period_reversed": {
        "nl": ("Begin na het einde",
               "Het begin ({since}) ligt na het einde ({until}). Kies een begin vóór het "
               "einde, of laat het begin leeg."),
        "en": ("Start after the end",
               "The start ({since}) lies after the end ({until}). Choose a start before the "
               "end, or leave the start empty.")},
    "no_loads": {
        "nl": ("Nog niets geladen",
               "Er is nog niets in het netwerk geladen, dus er is niets te vergelijken. "
               "Importeer eerst een bestand."),
        "en": ("Nothing loaded yet",
               "Nothing has been loaded into the network yet, so there is nothing to compare. "
               "Import a file first.")},
    "not_a_sheet": {
        "nl": ("Geen CSV- of Excelbestand",
               "“{name}” is geen CSV- of Excelbestand. Sla het blad op als CSV (UTF-8) of als "
               "Excel-werkmap (.xlsx) en upload het opnieuw."),
        "en": ("Not a CSV or Excel file",
               "“{name}” is not a CSV or Excel file. Save the sheet as CSV (UTF-8) or as an "
               "Excel workbook (.xlsx) and upload it again.")},
    "no_file": {
        "nl": ("Geen bestand gekozen",
               "Kies eerst een bestand om te uploaden: een CSV- of Excelbestand."),
        "en": ("No file chosen", "Choose a file to upload first: a CSV or Excel file.")},
    "file_too_large": {
        "nl": ("Bestand te groot",
               "“{name}” is groter dan {mb} MB, meer dan hier kan worden geüpload. Splits het "
               "blad in delen, of laat het laden met stakeholder-graph load."),
        "en": ("File too large",
               "“{name}” is larger than {mb} MB, more than can be uploaded here. Split the "
               "sheet into parts, or have it loaded with stakeholder-graph load.")},
    "upload_gone": {
        "nl": ("Bestand niet meer op de server",
               "Dit geüploade bestand is niet meer op de server: het is al geladen, of de "
               "server is intussen opnieuw gestart. Upload het bestand opnieuw."),
        "en": ("File no longer on the server",
               "This uploaded file is no longer on the server: it was loaded already, or the "
               "server was restarted since. Upload the file again.")},
    "bad_mapping": {
        "nl": ("Koppeling onleesbaar",
               "De koppeling van kolommen (mapping) is geen geldige JSON. Laat het veld leeg "
               "om de koppeling te laten raden, of geef een JSON-object zoals "
               "{{\"table\": \"organisations\", \"columns\": {{\"name\": \"Naam\"}}}}."),
        "en": ("Mapping unreadable",
               "The column mapping is not valid JSON. Leave it empty to have the mapping "
               "guessed, or give a JSON object such as "
               "{{\"table\": \"organisations\", \"columns\": {{\"name\": \"Naam\"}}}}.")},
    "not_found": {
        "nl": ("Niet gevonden", "Deze pagina bestaat niet. Zoek wat u nodig hebt via Zoeken."),
        "en": ("Not found", "This page does not exist. Find what you need under Search.")},
    "forbidden": {
        "nl": ("Niet toegestaan",
               "U mag dit niet doen: uw account kan kijken, niet wijzigen. Vraag wie de "
               "server beheert om een account dat mag wijzigen."),
        "en": ("Not allowed",
               "You may not do this: your account can look, not change. Ask whoever runs the "
               "server for an account that may change.")},
    "csrf": {
        "nl": ("Formulier verlopen",
               "Het formulier is verlopen of niet van deze site. Laad de pagina opnieuw en "
               "probeer het nog eens."),
        "en": ("Form expired",
               "The form has expired or is not from this site. Reload the page and try "
               "again.")},
    "login_needed": {
        "nl": ("Eerst inloggen", "Log eerst in (POST /inloggen)."),
        "en": ("Log in first", "Log in first (POST /inloggen).")},
    "method_not_allowed": {
        "nl": ("Zo niet te openen",
               "Dit adres is niet bedoeld om zo te openen. Gebruik de knoppen en formulieren "
               "op de pagina's."),
        "en": ("Not to be opened like this",
               "This address is not meant to be opened like this. Use the buttons and forms "
               "on the pages.")},
    "bad_request": {
        "nl": ("Het verzoek klopt niet",
               "Het formulier of het verzoek klopt niet: {problems}. Controleer wat u invulde "
               "en probeer het opnieuw."),
        "en": ("The request is not right",
               "The form or the request is not right: {problems}. Check what you entered and "
               "try again.")},
    "store_busy": {
        "nl": ("Even geduld",
               "De opslag is langer bezig dan verwacht. Probeer het over een minuut opnieuw; "
               "er is niets opgeslagen."),
        "en": ("Please wait",
               "The store is busy for longer than expected. Try again in a minute; nothing "
               "was saved.")},
    "store_unavailable": {
        "nl": ("Gegevens niet bereikbaar",
               "De gegevens van het netwerk zijn nu niet bereikbaar. Probeer het over een paar "
               "minuten opnieuw; blijft het zo, vraag dan wie deze server beheert de database "
               "na te kijken. Er is niets opgeslagen."),
        "en": ("Data not reachable",
               "The network's data cannot be reached now. Try again in a few minutes; if it "
               "stays so, ask whoever runs this server to look at the database. Nothing was "
               "saved.")},
    "load_problem": {
        "nl": ("Niet vastgelegd",
               "Dit kon niet worden vastgelegd: {problem}{more}. Er is niets opgeslagen."),
        "en": ("Not recorded",
               "This could not be recorded: {problem}{more}. Nothing was saved.")},
    "internal": {
        "nl": ("Er ging iets mis",
               "Er ging iets mis aan onze kant. De fout is vastgelegd; er is niets half "
               "opgeslagen."),
        "en": ("Something went wrong",
               "Something went wrong on our side. It was logged; nothing was half saved.")},
    "other": {
        "nl": ("Dit lukte niet",
               "Dit lukte niet; er is niets half opgeslagen. Controleer wat u invulde en "
               "probeer het opnieuw. Blijft het misgaan, geef dan de melding hieronder door "
               "aan wie deze server beheert."),
        "en": ("That did not work",
               "That did not work; nothing was half saved. Check what you entered and try "
               "again. If it keeps failing, pass the message below on to whoever runs this "
               "server.")},
}
"""The web app's error texts: code → language → (title, text)."""

_WORDS = {"nl": {"or": "of", "did_you_mean": " Bedoelde u {closest}?",
                 "latest_load": "de laatste lading", "start": "het begin",
                 "more_one": " (en nog 1 probleem)", "more": " (en nog {n} problemen)"},
          "en": {"or": "or", "did_you_mean": " Did you mean {closest}?",
                 "latest_load": "the latest load", "start": "the start",
                 "more_one": " (and 1 more problem)", "more": " (and {n} more problems)"}}

# Form and query fields as the pages name them (for "Het verzoek klopt niet").
_FIELDS = {
    "nl": {"top": "Aantal", "limit": "Aantal", "suggestions": "Met suggesties",
           "lading": "Lading", "other": "Organisatie", "a": "Organisatie",
           "b": "Andere organisatie", "status": "Status", "date": "Datum",
           "variant": "Organisatie", "target": "Kandidaat", "decision": "Besluit",
           "q": "Zoekvraag", "name": "Naam", "password": "Wachtwoord", "file": "Bestand",
           "what": "Wat", "load": "Laden", "mapping": "Koppeling", "body": "De gegevens"},
    "en": {"top": "How many", "limit": "How many", "suggestions": "With suggestions",
           "lading": "Load", "other": "Organisation", "a": "Organisation",
           "b": "Other organisation", "status": "Status", "date": "Date",
           "variant": "Organisation", "target": "Candidate", "decision": "Decision",
           "q": "Search", "name": "Name", "password": "Password", "file": "File",
           "what": "What", "load": "Load", "mapping": "Mapping", "body": "The data"},
}

# pydantic's error types → a problem with one field, in words.
_INVALID = {
    "nl": {"missing": "{field} ontbreekt", "int_parsing": "{field} moet een heel getal zijn, "
           "niet “{input}”", "int_from_float": "{field} moet een heel getal zijn, niet "
           "“{input}”", "int_type": "{field} moet een heel getal zijn",
           "bool_parsing": "{field} moet ja of nee zijn, niet “{input}”",
           "literal_error": "{field} moet een van {expected} zijn, niet “{input}”",
           "string_type": "{field} moet tekst zijn", "json_invalid": "de gegevens zijn geen "
           "geldige JSON", "model_attributes_type": "de gegevens moeten een JSON-object zijn",
           "dict_type": "de gegevens moeten een JSON-object zijn",
           "other": "{field} klopt niet"},
    "en": {"missing": "{field} is missing", "int_parsing": "{field} must be a whole number, "
           "not “{input}”", "int_from_float": "{field} must be a whole number, not “{input}”",
           "int_type": "{field} must be a whole number",
           "bool_parsing": "{field} must be yes or no, not “{input}”",
           "literal_error": "{field} must be one of {expected}, not “{input}”",
           "string_type": "{field} must be text", "json_invalid": "the data is not valid JSON",
           "model_attributes_type": "the data must be a JSON object",
           "dict_type": "the data must be a JSON object", "other": "{field} is not right"},
}


def words_list(items: Any, lang: str = "nl", quote: bool = True) -> str:
    """Items joined as a sentence says them: “a”, “b” of “c”.

    Examples
    --------
    >>> words_list(["Groot Amsterdam", "Zaanstreek/Waterland"])
    '“Groot Amsterdam” of “Zaanstreek/Waterland”'
    >>> words_list(["a"], "en", quote=False)
    'a'
    """
    items = [f"“{i}”" if quote else str(i) for i in items]
    if len(items) <= 1:
        return "".join(items)
    word = _WORDS.get(lang, _WORDS["nl"])["or"]
    return ", ".join(items[:-1]) + f" {word} " + items[-1]


class _Blank(dict):
    def __missing__(self, key: str) -> str:
        return ""


def error_text(code: str, lang: str = "nl", **details: Any) -> tuple[str, str]:
    """An error's title and text in a language, its details filled in.

    Examples
    --------
    >>> error_text("unknown_organisation", ref="Tatas", closest=["Tata Steel"])[1]
    '“Tatas” staat niet in het netwerk. Bedoelde u “Tata Steel”? Zoek de organisatie op via Zoeken: op naam, KvK- of BRIN-nummer of gemeente.'
    >>> error_text("no_load", "en", number="9", last=4)
    ('No such load', 'There is no load 9: the loads are numbered 1 to 4. Choose a number from the list on the History page, or a date.')
    """
    entry = ERRORS.get(code) or ERRORS["other"]
    title, template = entry.get(lang) or entry["nl"]
    words = _WORDS.get(lang, _WORDS["nl"])
    values = _Blank()
    for key, value in details.items():
        if key in ("kind", "kind_a", "kind_b"):
            value = kind_label(str(value), lang).lower()
        elif key == "type":
            from ..output import REL_LABELS

            value = f"“{REL_LABELS.get(str(value), (value, value))[lang != 'nl']}”"
        elif key == "kinds":
            value = words_list([kind_label(k, lang).lower() for k in value], lang, quote=False)
        elif isinstance(value, (list, tuple)):
            value = words_list(value, lang)
        values[key] = "" if value is None else str(value)
    if details.get("closest"):
        values["did_you_mean"] = words["did_you_mean"].format(closest=values["closest"])
    if code == "ambiguous_organisation" and details.get("found"):
        values["example"] = str(details["found"][0])
    if code == "period_reversed":
        values["since"] = values["since"] or words["start"]
        values["until"] = values["until"] or words["latest_load"]
    if code == "load_problem" and details.get("count", 1) > 1:
        n = int(details["count"]) - 1
        values["more"] = words["more_one"] if n == 1 else words["more"].format(n=n)
    return title, template.format_map(values)


def invalid_field(error: dict[str, Any], lang: str = "nl") -> str:
    """One of pydantic's validation errors (a request's field) in words.

    Examples
    --------
    >>> invalid_field({"type": "int_parsing", "loc": ("query", "top"), "input": "abc"})
    'Aantal moet een heel getal zijn, niet “abc”'
    """
    table = _INVALID.get(lang, _INVALID["nl"])
    loc = [str(p) for p in error.get("loc", ())[1:]]
    name = loc[-1] if loc else "body"
    field = _FIELDS.get(lang, _FIELDS["nl"]).get(name, f"“{name}”")
    kind = str(error.get("type", "other"))
    expected = (error.get("ctx") or {}).get("expected", "")
    given = error.get("input")
    given = "" if isinstance(given, (dict, list)) or given is None else str(given)[:80]
    template = table.get(kind) or table["other"]
    return template.format(field=field, input=given, expected=expected)
