"""Every kind of error the web app answers, through TestClient with a logged-in editor: the
status, the Dutch text (what went wrong, what to do), never the library's English message,
a traceback or a path of the server; and the same error in English with the English UI."""

import io
import re
import shutil

import pytest
from fastapi.testclient import TestClient

from stakeholder_graph import api
from stakeholder_graph.errors import StakeholderGraphError
from stakeholder_graph.web import create_app
from stakeholder_graph.web.auth import add_user, users_path

EDITOR, VIEWER = ("anna", "een-goed-wachtwoord"), ("bram", "een-ander-wachtwoord")


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("web-errors") / "demo.db"
    api.demo(db)
    add_user(users_path(str(db)), *EDITOR, "editor")
    add_user(users_path(str(db)), *VIEWER, "viewer")
    return db


@pytest.fixture(scope="module")
def app(demo_db):
    return create_app(demo_db, require_login=True, warm=False)


def token(client, page="/"):
    html = client.get(page).text
    found = re.search(r'name="csrf_token" value="([^"]+)"', html)
    return found.group(1) if found else client.get("/api/session").json()["csrf_token"]


def logged_in(app, lang="nl", who=EDITOR):
    """A client logged in as the existing web tests log in, its pages in ``lang``."""
    client = TestClient(app, raise_server_exceptions=False)
    if lang == "en":
        client.get("/taal/en")
    name, password = who
    answer = client.post("/inloggen", data={"csrf_token": token(client, "/inloggen"),
                                            "name": name, "password": password})
    assert answer.status_code == 200 and client.get("/api/session").json()["user"] == name
    return client


@pytest.fixture(scope="module")
def dutch(app):
    return logged_in(app, "nl")


@pytest.fixture(scope="module")
def english(app):
    return logged_in(app, "en")


def ask(client, method, path, data=None):
    if method == "GET":
        return client.get(path)
    return client.post(path, data={**(data or {}), "csrf_token": token(client)})


def message(page):
    """The error's own words on the page (title and text), unescaped."""
    import html

    main = page.text.split('<main', 1)[-1]  # a fragment has no <main>
    return html.unescape(re.sub(r"<[^>]+>", " ", main))


# (id, method, path, form, status, Dutch words, English words, the library's English
# message — never on the Dutch page)
CASES = [
    ("unknown organisation", "GET", "/organisatie/slug:bestaat-niet", None, 404,
     "“slug:bestaat-niet” staat niet in het netwerk", "“slug:bestaat-niet” is not in the "
     "network", "no organisation"),
    ("misspelt organisation", "GET", "/organisatie/Tatas", None, 404,
     "Bedoelde u “Tata Steel”? Zoek de organisatie op via Zoeken",
     "Did you mean “Tata Steel”? Look the organisation up under Search", "did you mean"),
    ("unknown organisation's call sheet", "GET", "/organisatie/slug:bestaat-niet/belkaart",
     None, 404, "staat niet in het netwerk", "is not in the network", "no organisation"),
    ("unknown ecosystem", "GET", "/suggesties?from_ecosystem=Atlantis", None, 422,
     "Het ecosysteem “Atlantis” bestaat niet in dit netwerk. Kies er een uit de lijst: "
     "“Gooi en Vechtstreek”, “Groot Amsterdam”", "There is no ecosystem “Atlantis” in this "
     "network. Choose one from the list", "no ecosystem"),
    ("unknown theme", "GET", "/suggesties.xlsx?theme=Ruimtevaart", None, 422,
     "Het thema “Ruimtevaart” komt in dit netwerk niet voor", "The theme “Ruimtevaart” does "
     "not occur in this network", "no theme"),
    ("not a number", "GET", "/suggesties?top=veel", None, 422,
     "Aantal moet een heel getal zijn, niet “veel”", "How many must be a whole number, "
     "not “veel”", "Input should be"),
    ("map of an unknown ecosystem", "GET", "/kaart?ecosystem=Atlantis", None, 422,
     "Het ecosysteem “Atlantis” bestaat niet", "There is no ecosystem “Atlantis”",
     "no organisations in ecosystem"),
    ("map around a misspelt name", "GET", "/kaart/kaart.png?around=Tatas", None, 404,
     "“Tatas” staat niet in het netwerk. Bedoelde u “Tata Steel”?", "“Tatas” is not in the "
     "network. Did you mean “Tata Steel”?", "--around"),
    ("report from a word", "GET", "/geschiedenis/voortgang.pptx?since=gisteren", None, 422,
     "“gisteren” is geen datum. Schrijf de datum als jaar-maand-dag, bijvoorbeeld 2026-05-01",
     "“gisteren” is not a date. Write the date as year-month-day", "not a date:"),
    ("report from a load that does not exist", "GET", "/geschiedenis/voortgang.html?since=99",
     None, 422, "Lading 99 bestaat niet: de ladingen zijn genummerd van 1 tot en met 1",
     "There is no load 99: the loads are numbered 1 to 1", "no load 99"),
    ("report ending before it starts", "GET",
     "/geschiedenis/voortgang.html?since=2026-05-01&until=2020-01-01", None, 422,
     "Het begin (2026-05-01) ligt na het einde (2020-01-01)",
     "The start (2026-05-01) lies after the end (2020-01-01)", "lies after"),
    ("report of an unknown ecosystem", "GET", "/geschiedenis/voortgang.pptx?ecosystem=Atlantis",
     None, 422, "Het ecosysteem “Atlantis” bestaat niet", "There is no ecosystem “Atlantis”",
     "unknown ecosystem"),
    ("as-of date that is no date", "POST", "/geschiedenis/peildatum", {"as_of": "31-12-2025"},
     422, "“31-12-2025” is geen datum", "“31-12-2025” is not a date", "not a date:"),
    ("introduction to an unknown organisation", "POST",
     "/organisatie/slug:tata-steel/introductie", {"other": "slug:bestaat-niet",
                                                  "status": "gelegd"}, 404,
     "“slug:bestaat-niet” staat niet in het netwerk", "“slug:bestaat-niet” is not in the "
     "network", "relationship to unknown id"),
    ("introduction to itself", "POST", "/organisatie/slug:tata-steel/introductie",
     {"other": "Tata Steel", "status": "gelegd"}, 422,
     "Een organisatie kan niet aan zichzelf worden voorgesteld",
     "An organisation cannot be introduced to itself", "to itself"),
    ("introduction to a theme", "POST", "/organisatie/slug:tata-steel/introductie",
     {"other": "Energietransitie", "status": "gelegd"}, 422,
     "“slug:energietransitie” is een thema, geen organisatie: een introductie is tussen twee "
     "organisaties", "“slug:energietransitie” is a theme, not an organisation",
     "not an organisation: an introduction"),
    ("introduction with an unknown status", "POST", "/organisatie/slug:tata-steel/introductie",
     {"other": "slug:klm", "status": "misschien"}, 422,
     "“misschien” is geen status van een introductie. Kies voorgesteld, gelegd of afgewezen",
     "“misschien” is not a status of an introduction", "choose voorgesteld"),
    ("introduction on a word for a date", "POST", "/organisatie/slug:tata-steel/introductie",
     {"other": "slug:klm", "status": "gelegd", "date": "gisteren"}, 422,
     "“gisteren” is geen datum", "“gisteren” is not a date", "write a date as"),
    ("introduction without the other side", "POST", "/organisatie/slug:tata-steel/introductie",
     {"status": "gelegd"}, 422, "Organisatie ontbreekt", "Organisation is missing",
     "Field required"),
    ("merge of what is not (or no longer) there", "POST", "/dubbelen/besluit",
     {"variant": "slug:bestaat-niet", "target": "slug:klm", "decision": "accept"}, 422,
     "“slug:bestaat-niet” staat niet (meer) in het netwerk: misschien is het paar intussen al "
     "samengevoegd", "“slug:bestaat-niet” is not (or no longer) in the network",
     "in the store"),
    ("merge with itself", "POST", "/dubbelen/besluit",
     {"variant": "slug:klm", "target": "slug:klm", "decision": "accept"}, 422,
     "“slug:klm” kan niet met zichzelf worden samengevoegd", "“slug:klm” cannot be merged "
     "with itself", "cannot be merged with itself"),
    ("merge of two kinds", "POST", "/dubbelen/besluit",
     {"variant": "slug:klm", "target": "cbs:GM0363", "decision": "accept"}, 422,
     "“slug:klm” is een bedrijf en “cbs:GM0363” een gemeente: alleen bedrijven, "
     "onderwijsinstellingen, publieke organisaties en campussen", "“slug:klm” is a company "
     "and “cbs:GM0363” a municipality: only companies, schools, public bodies and campuses",
     "only Company, School, PublicBody and Campus merge"),
    ("merge into a kind that cannot hold the ties", "POST", "/dubbelen/besluit",
     {"variant": "slug:tata-steel", "target": "brin:25PZ", "decision": "accept"}, 422,
     "“slug:tata-steel” is een bedrijf en kan geen deel worden van “brin:25PZ”, een "
     "onderwijsinstelling: de relatie “biedt stages aan studenten van” met “brin:25PX”",
     "“slug:tata-steel” is a company and cannot become part of “brin:25PZ”, a school: a "
     "school cannot have its relationship “hosts interns from” with “brin:25PX”",
     "its relationship HOSTS_INTERNS_FROM with 'brin:25PX'"),
    ("merge of municipalities", "POST", "/dubbelen/besluit",
     {"variant": "cbs:GM0363", "target": "cbs:GM0453", "decision": "accept"}, 422,
     "“cbs:GM0363” is een gemeente; alleen een bedrijf, onderwijsinstelling",
     "“cbs:GM0363” is a municipality; only a company, school", "only Company"),
    ("decision that is neither", "POST", "/dubbelen/besluit",
     {"variant": "slug:klm", "target": "slug:tata-steel", "decision": "misschien"}, 422,
     "“misschien” is geen besluit over een dubbele organisatie", "“misschien” is not a "
     "decision on a duplicate", "choose accept or reject"),
    ("undo of what was never merged", "POST", "/dubbelen/ongedaan",
     {"variant": "slug:bestaat-niet"}, 422, "Er is niets samengevoegd onder "
     "“slug:bestaat-niet”, dus er valt niets ongedaan te maken", "Nothing was merged under "
     "“slug:bestaat-niet”, so there is nothing to undo", "holds facts merged from"),
    ("undo of an organisation of its own", "POST", "/dubbelen/ongedaan", {"variant": "slug:klm"},
     422, "“slug:klm” is een organisatie op zichzelf", "“slug:klm” is an organisation of its "
     "own", "there is no merge to undo"),
    ("upload without a file", "POST", "/importeren", {}, 422,
     "Kies eerst een bestand om te uploaden", "Choose a file to upload first",
     "choose a file"),
    ("load of an upload the server no longer has", "POST", "/importeren/weg/laden", {}, 404,
     "Dit geüploade bestand is niet meer op de server", "This uploaded file is no longer on "
     "the server", "Not Found"),
    ("page that does not exist", "GET", "/bestaat/niet", None, 404,
     "Deze pagina bestaat niet", "This page does not exist", "Not Found"),
    ("form address opened as a page", "GET", "/dubbelen/besluit", None, 405,
     "Dit adres is niet bedoeld om zo te openen", "This address is not meant to be opened",
     "Method Not Allowed"),
]


def _check_dutch(page, status, words, library):
    assert page.status_code == status, message(page)
    assert '<html lang="nl">' in page.text
    said = message(page)
    assert words in said, said
    assert library not in said, said
    assert "Traceback" not in page.text and "/tmp/" not in page.text and ".py" not in said


@pytest.mark.parametrize("method,path,data,status,dutch_words,english_words,library",
                         [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_an_error_is_said_in_dutch(dutch, method, path, data, status, dutch_words,
                                   english_words, library):
    _check_dutch(ask(dutch, method, path, data), status, dutch_words, library)


@pytest.mark.parametrize("method,path,data,status,dutch_words,english_words,library",
                         [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_an_error_is_said_in_english_with_the_english_ui(english, method, path, data, status,
                                                         dutch_words, english_words, library):
    page = ask(english, method, path, data)
    assert page.status_code == status
    said = message(page)
    assert '<html lang="en">' in page.text and english_words in said, said
    assert dutch_words not in said


def test_no_error_changed_the_store(dutch, demo_db):
    with api.open_store(demo_db) as store:
        before = store.content_checksum()
    for _, method, path, data, *_ in CASES:
        ask(dutch, method, path, data)
    with api.open_store(demo_db) as store:
        assert store.content_checksum() == before


@pytest.mark.parametrize("path,status,code,dutch_words,english_words", [
    ("/api/organisations/slug:bestaat-niet", 404, "unknown_organisation",
     "“slug:bestaat-niet” staat niet in het netwerk", "is not in the network"),
    ("/api/organisations/Tatas/suggestions", 404, "unknown_organisation",
     "Bedoelde u “Tata Steel”?", "Did you mean “Tata Steel”?"),
    ("/api/suggestions?from_ecosystem=Atlantis", 422, "unknown_ecosystem",
     "Het ecosysteem “Atlantis” bestaat niet", "There is no ecosystem “Atlantis”"),
    ("/api/diff?since=gisteren", 422, "bad_date", "“gisteren” is geen datum",
     "“gisteren” is not a date"),
    ("/api/diff?since=99", 422, "no_load", "Lading 99 bestaat niet", "There is no load 99"),
    ("/api/search", 422, "bad_request", "Zoekvraag ontbreekt", "Search is missing"),
    ("/api/bestaat-niet", 404, "not_found", "Deze pagina bestaat niet",
     "This page does not exist"),
])
def test_json_errors_carry_a_code_and_the_sessions_language(dutch, english, path, status, code,
                                                             dutch_words, english_words):
    for client, words in ((dutch, dutch_words), (english, english_words)):
        answer = client.get(path)
        assert answer.status_code == status
        body = answer.json()
        assert body["code"] == code and body["status"] == status and words in body["error"]
        assert body["title"]


@pytest.mark.parametrize("path,body,status,code,words", [
    ("/api/duplicates", {"variant": "slug:klm", "target": "slug:klm", "decision": "accept"},
     422, "merge_same", "kan niet met zichzelf worden samengevoegd"),
    ("/api/duplicates/undo", {"variant": "slug:klm"}, 422, "undo_own",
     "is een organisatie op zichzelf"),
    ("/api/introductions", {"a": "Tata Steel", "b": "Tatas", "status": "made"}, 404,
     "unknown_organisation", "Bedoelde u “Tata Steel”?"),
    ("/api/introductions", {"a": "Tata Steel", "b": "KLM", "status": "misschien"}, 422,
     "bad_request", "Status moet een van"),
])
def test_json_writes_refused_in_dutch(dutch, path, body, status, code, words):
    answer = dutch.post(path, json=body, headers={"X-CSRF-Token": token(dutch)})
    assert answer.status_code == status
    assert answer.json()["code"] == code and words in answer.json()["error"]


def test_a_bad_mapping_for_the_json_import_is_said_in_dutch(dutch):
    answer = dutch.post("/api/import", headers={"X-CSRF-Token": token(dutch)},
                        data={"mapping": "{kapot"},
                        files={"file": ("a.csv", io.BytesIO(b"Naam\nA\n"), "text/csv")})
    assert answer.status_code == 422 and answer.json()["code"] == "bad_mapping"
    assert "geen geldige JSON" in answer.json()["error"]


@pytest.mark.parametrize("lang,words,english", [
    ("nl", "“notulen.pdf” is geen CSV- of Excelbestand. Sla het blad op als CSV (UTF-8)",
     "upload a CSV"),
    ("en", "“notulen.pdf” is not a CSV or Excel file. Save the sheet as CSV (UTF-8)",
     "geen CSV"),
])
def test_an_upload_that_is_no_sheet(app, lang, words, english):
    client = logged_in(app, lang)
    page = client.post("/importeren", data={"csrf_token": token(client)},
                       files={"file": ("notulen.pdf", io.BytesIO(b"%PDF-1.4"), "text/csv")})
    assert page.status_code == 422 and words in message(page)
    assert english not in message(page)


@pytest.mark.parametrize("lang,words", [
    ("nl", "“groot.csv” is groter dan 1 MB, meer dan hier kan worden geüpload. Splits het "
           "blad"),
    ("en", "“groot.csv” is larger than 1 MB, more than can be uploaded here. Split the sheet"),
])
def test_an_upload_over_the_size_limit(demo_db, lang, words):
    client = logged_in(create_app(demo_db, require_login=True, warm=False,
                                  max_upload_bytes=1024 * 1024), lang)
    page = client.post("/importeren", data={"csrf_token": token(client)},
                       files={"file": ("groot.csv", io.BytesIO(b"x" * (1024 * 1024 + 10)),
                                       "text/csv")})
    assert page.status_code == 413 and words in message(page)


@pytest.mark.parametrize("lang,words,english", [
    ("nl", "het blad heeft 3 rijen; hier kunnen er hoogstens 2 tegelijk worden geïmporteerd",
     "at most 2"),
    ("en", "the sheet has 3 rows; at most 2 can be imported here", "hoogstens"),
])
def test_an_upload_over_the_row_limit_lists_it_as_a_problem(demo_db, lang, words, english):
    client = logged_in(create_app(demo_db, require_login=True, warm=False, max_rows=2), lang)
    page = client.post("/importeren", data={"csrf_token": token(client)},
                       files={"file": ("lang.csv", io.BytesIO(b"Naam;Soort\n" +
                                                              b"A;Bedrijf\n" * 3), "text/csv")})
    assert page.status_code == 200 and words in message(page)
    assert english not in message(page)


@pytest.mark.parametrize("lang,words", [
    ("nl", "U mag dit niet doen: uw account kan kijken, niet wijzigen"),
    ("en", "You may not do this: your account can look, not change"),
])
def test_a_viewer_who_writes_is_told_why_not(app, lang, words):
    client = logged_in(app, lang, VIEWER)
    page = ask(client, "POST", "/dubbelen/ongedaan", {"variant": "slug:klm"})
    assert page.status_code == 403 and words in message(page)


def test_undoing_a_merge_twice_says_there_is_nothing_left_to_undo(demo_db, tmp_path):
    db = tmp_path / "store.db"
    shutil.copy(demo_db, db)
    shutil.copy(users_path(str(demo_db)), users_path(str(db)))
    client = logged_in(create_app(db, require_login=True, warm=False))
    sheet = tmp_path / "dubbel.csv"
    sheet.write_bytes(b"Naam;Soort;Gemeente\nVattenfal;Bedrijf;Amsterdam\n")
    api.load([sheet], db)
    assert ask(client, "POST", "/dubbelen/besluit", {
        "variant": "slug:vattenfal", "target": "slug:vattenfall",
        "decision": "accept"}).status_code == 200
    assert ask(client, "POST", "/dubbelen/ongedaan",
               {"variant": "slug:vattenfal"}).status_code == 200
    again = ask(client, "POST", "/dubbelen/ongedaan", {"variant": "slug:vattenfal"})
    _check_dutch(again, 422, "“slug:vattenfal” is een organisatie op zichzelf",
                 "is an organisation of its own")


def test_keeping_a_pair_apart_from_the_page_answers_with_the_page(demo_db, tmp_path):
    db = tmp_path / "store.db"
    shutil.copy(demo_db, db)
    client = TestClient(create_app(db, warm=False))
    page = ask(client, "POST", "/dubbelen/besluit", {"variant": "slug:klm",
                                                     "target": "slug:tata-steel",
                                                     "decision": "reject"})
    assert page.status_code == 200 and "Vastgelegd: slug:klm" in page.text


@pytest.mark.parametrize("lang,words", [
    ("nl", "De gegevens van het netwerk zijn nu niet bereikbaar. Probeer het over een paar "
           "minuten opnieuw"),
    ("en", "The network's data cannot be reached now. Try again in a few minutes"),
])
def test_a_store_that_cannot_be_read_is_said_without_its_path(demo_db, tmp_path, lang, words):
    db = tmp_path / "store.db"
    shutil.copy(demo_db, db)
    client = TestClient(create_app(db, warm=False), raise_server_exceptions=False)
    client.get(f"/taal/{lang}")
    db.write_bytes(b"not a database at all" * 100)
    page = client.get("/organisatie/slug:klm")
    assert page.status_code == 503 and words in message(page)
    assert str(tmp_path) not in page.text and "store.db" not in page.text
    assert "cannot open" not in page.text


def test_an_error_the_app_has_no_words_for_is_general_and_keeps_no_path(demo_db):
    app = create_app(demo_db, warm=False)

    @app.get("/vreemd")
    def odd() -> None:
        raise StakeholderGraphError("cannot read /srv/geheim/sleutel.csv: it is odd")

    page = TestClient(app).get("/vreemd")
    said = message(page)
    assert page.status_code == 422 and "Dit lukte niet; er is niets half opgeslagen" in said
    assert "/srv/geheim" not in page.text and "sleutel.csv: it is odd" in said


@pytest.mark.parametrize("lang,words,english", [
    ("nl", "Dit kon niet worden vastgelegd: onbekende soort 'Bedrjf' (en nog 1 probleem). Er "
           "is niets opgeslagen.", "unknown kind"),
    ("en", "This could not be recorded: unknown kind 'Bedrjf' (and 1 more problem). Nothing "
           "was saved.", "onbekende soort"),
])
def test_a_load_problem_met_while_recording_is_the_loaders_own_text(demo_db, lang, words,
                                                                    english):
    from stakeholder_graph.errors import InputError, LoadProblems

    app = create_app(demo_db, warm=False)

    @app.get("/vastleggen")
    def record() -> None:
        raise LoadProblems([InputError(f"unknown kind '{v}'", file="/srv/x/a.csv", row=r,
                                       column="Soort", value=v).problem()
                            for r, v in ((2, "Bedrjf"), (3, "Schoool"))])

    client = TestClient(app)
    client.get(f"/taal/{lang}")
    page = client.get("/vastleggen")
    assert page.status_code == 422 and words in message(page)
    assert english not in message(page) and "/srv/x" not in page.text


def test_an_error_page_links_back_to_the_form_it_came_from(dutch):
    page = dutch.get("/suggesties?from_ecosystem=Atlantis",
                     headers={"referer": "http://testserver/suggesties?what=introductions"})
    assert 'href="/suggesties?what=introductions">Terug naar de vorige pagina' in page.text
    away = dutch.get("/suggesties?from_ecosystem=Atlantis",
                     headers={"referer": "http://elders.example/x"})
    assert "Terug naar de vorige pagina" not in away.text


def test_the_map_page_says_a_bad_filter_above_the_form(dutch):
    page = dutch.get("/kaart", params={"around": "Tatas"})
    assert page.status_code == 404 and "<iframe" not in page.text
    assert 'value="Tatas"' in page.text and "Bedoelde u “Tata Steel”?" in message(page)
    assert page.text.index('role="alert"') < page.text.index('action="/kaart"')  # on a phone too


@pytest.mark.parametrize("path,link", [
    ("/organisatie/Tatas", '<a href="/organisatie/slug:tata-steel">Tata Steel</a>'),
    ("/organisatie/slug:tata-stel", '<a href="/organisatie/slug:tata-steel">slug:tata-steel</a>'),
])
def test_an_unknown_organisation_links_to_the_one_meant(dutch, path, link):
    page = dutch.get(path)
    assert page.status_code == 404 and f"Naar de pagina van: {link}" in page.text


@pytest.mark.parametrize("lang,words", [
    ("nl", "“slug:tata-steel” stond op 1800-01-01 nog niet in het netwerk, dus voor die "
           "peildatum zijn er geen suggesties"),
    ("en", "“slug:tata-steel” was not yet in the network on 1800-01-01, so there are no "
           "suggestions for that as-of date"),
])
def test_suggestions_at_a_date_before_the_organisation_say_so_in_place(app, lang, words):
    client = logged_in(app, lang)
    ask(client, "POST", "/geschiedenis/peildatum", {"as_of": "1800-01-01"})
    fragment = client.get("/organisatie/slug:tata-steel/suggesties",
                          headers={"hx-request": "true"})
    assert fragment.status_code == 200 and words in message(fragment)
    assert "not an organisation in the" not in fragment.text
