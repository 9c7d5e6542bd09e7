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
           "target": "Naar", "source_doc": "Bron"},
    "en": {"name": "Name", "aliases": "Also known as", "sector": "Sector", "kvk": "KvK number",
           "brin": "BRIN", "level": "Level", "programmes": "Programmes",
           "labour_demand": "Labour demand", "subtype": "Kind", "source": "Source",
           "note": "Note", "website": "Website", "cbs_code": "CBS code", "type": "Type",
           "date": "Date", "number": "Number", "role": "Role", "email": "E-mail",
           "phone": "Phone", "programme": "Programme", "count": "Number", "since": "Since",
           "until": "Until", "status": "Status", "weight": "Weight", "id": "Id",
           "kind": "Kind", "municipality": "Municipality", "themes": "Themes",
           "campuses": "Campuses", "place": "Place", "province": "Province",
           "target": "To", "source_doc": "Source"},
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
        "preview": "Voorbeeld: de eerste rijen zoals ze worden opgeslagen",
        "problems": "Problemen in het bestand", "problem": "Probleem",
        "suggestion": "Suggestie", "value": "Waarde", "file": "Bestand", "row": "Rij",
        "no_problems": "Geen problemen gevonden.", "load_all": "Alles laden",
        "load_none": "Er is niets geladen: de opslag is ongewijzigd.",
        "loaded": "Geladen", "records": "records", "nodes_tbl": "organisaties en andere knopen",
        "edges_tbl": "relaties",
        "duplicates_title": "Dubbelen", "duplicates_help": "Organisaties die waarschijnlijk "
                            "dezelfde zijn. Samenvoegen kan altijd ongedaan worden gemaakt.",
        "no_duplicates": "Geen waarschijnlijke dubbelen.", "merge": "Samenvoegen",
        "keep_apart": "Niet samenvoegen", "reason": "Reden", "recent_merges":
        "Recent samengevoegd", "merged_into": "samengevoegd met",
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
        "error_title": "Er ging iets mis", "back": "Terug naar zoeken",
        "not_found": "Deze pagina bestaat niet.", "forbidden": "U mag dit niet doen.",
        "csrf": "Het formulier is verlopen of niet van deze site. Laad de pagina opnieuw en "
                "probeer het nog eens.",
        "bad_request": "Het verzoek klopt niet", "internal": "Er ging iets mis aan onze kant. "
                    "De fout is vastgelegd; er is niets half opgeslagen.",
        "store_busy": "De opslag is langer bezig dan verwacht. Probeer het over een minuut "
                      "opnieuw; er is niets opgeslagen.",
        "too_big": "Het bestand is te groot", "view": "Bekijk", "actions": "Acties",
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
        "mapping": "Column mapping", "mapping_help": "Choose for each column of your file "
                   "what it holds.", "table_kind": "The sheet holds", "column": "Column",
        "field": "Field", "not_loaded": "(do not load)", "check_again": "Check again",
        "preview": "Preview: the first rows as they will be stored",
        "problems": "Problems in the file", "problem": "Problem", "suggestion": "Suggestion",
        "value": "Value", "file": "File", "row": "Row", "no_problems": "No problems found.",
        "load_all": "Load everything", "load_none": "Nothing was loaded: the store is "
                    "unchanged.", "loaded": "Loaded", "records": "records",
        "nodes_tbl": "organisations and other nodes", "edges_tbl": "relationships",
        "duplicates_title": "Duplicates", "duplicates_help": "Organisations that are probably "
                            "the same. A merge can always be undone.",
        "no_duplicates": "No likely duplicates.", "merge": "Merge", "keep_apart": "Keep apart",
        "reason": "Reason", "recent_merges": "Recently merged", "merged_into": "merged into",
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
        "error_title": "Something went wrong", "back": "Back to search",
        "not_found": "This page does not exist.", "forbidden": "You may not do this.",
        "csrf": "The form has expired or is not from this site. Reload the page and try again.",
        "bad_request": "The request is not right", "internal": "Something went wrong on our "
                       "side. It was logged; nothing was half saved.",
        "store_busy": "The store is busy for longer than expected. Try again in a minute; "
                      "nothing was saved.",
        "too_big": "The file is too large", "view": "View", "actions": "Actions",
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
