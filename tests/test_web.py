"""The web app through FastAPI's TestClient: every route, its status, escaping, security."""

import html
import io
import re
import shutil

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from stakeholder_graph import api
from stakeholder_graph.cli import cli
from stakeholder_graph.graph.model import Batch, build_edge, build_node
from stakeholder_graph.web import create_app
from stakeholder_graph.web.auth import add_user, users_path

XSS = "<img src=x onerror=alert(1)>"


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    """The demo store with an organisation named like an XSS payload, and a contact person."""
    db = tmp_path_factory.mktemp("web") / "demo.db"
    api.demo(db)
    with api.open_store(db) as store:
        batch = Batch(nodes=[build_node("slug:xss", "Company", {"name": XSS}),
                             build_node("slug:contact-klm", "Person",
                                        {"name": "Contactpersoon Illustratief",
                                         "email": "contact@example.org",
                                         "source": "illustratief"})])
        batch.add_edge(build_edge("PARTNERS_WITH", "slug:xss", "slug:klm", {}))
        batch.add_edge(build_edge("WORKS_AT", "slug:contact-klm", "slug:klm", {}))
        store.load(batch)
    return db


@pytest.fixture
def db(demo_db, tmp_path):
    """A copy of the demo store a test may change."""
    copy = tmp_path / "store.db"
    shutil.copy(demo_db, copy)
    return copy


@pytest.fixture(scope="module")
def reader(demo_db):
    return TestClient(create_app(demo_db))


@pytest.fixture
def client(db):
    return TestClient(create_app(db))


def token(client, page="/"):
    """The CSRF token of the client's session, as a page carries it."""
    html = client.get(page).text
    return re.search(r'name="csrf_token" value="([^"]+)"', html).group(1) if \
        'name="csrf_token"' in html else client.get("/api/session").json()["csrf_token"]


PAGES = ["/", "/?q=tata", "/organisatie/slug:tata-steel", "/organisatie/slug:tata-steel/belkaart",
         "/organisatie/slug:tata-steel/suggesties",
         "/suggesties", "/suggesties?what=memberships", "/kaart", "/importeren", "/dubbelen",
         "/geschiedenis", "/inloggen", "/zoeken/resultaten?q=roc", "/api/docs"]


@pytest.mark.parametrize("path", PAGES)
def test_every_page_answers_in_dutch(reader, path):
    page = reader.get(path)
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    if not path.startswith(("/zoeken/", "/api/")):
        assert '<html lang="nl">' in page.text and "Zoeken" in page.text


JSON_READS = ["/api/session", "/api/search?q=tata", "/api/ecosystems",
              "/api/organisations/slug:tata-steel", "/api/organisations/slug:tata-steel/"
              "suggestions", "/api/suggestions?what=memberships", "/api/introductions",
              "/api/duplicates", "/api/history", "/api/diff", "/api/openapi.json"]


@pytest.mark.parametrize("path", JSON_READS)
def test_every_json_read_answers(reader, path):
    answer = reader.get(path)
    assert answer.status_code == 200
    assert answer.headers["content-type"] == "application/json"


def test_openapi_lists_the_writes(reader):
    paths = reader.get("/api/openapi.json").json()["paths"]
    for path in ("/api/introductions", "/api/duplicates", "/api/duplicates/undo",
                 "/api/import"):
        assert "post" in paths[path]


def test_search_is_forgiving(reader):
    assert reader.get("/api/search", params={"q": "tatasteel"}).json()["results"][0]["id"] == \
        "slug:tata-steel"
    page = reader.get("/", params={"q": "Tatastel"}).text
    assert "Bedoelde u" in page and 'href="/organisatie/slug:tata-steel"' in page


@pytest.mark.parametrize("query,expected", [("25PZ", "brin:25PZ"), ("velsen", "slug:tata-steel"),
                                            ("Tata Steel IJmuiden", "slug:tata-steel")])
def test_search_by_number_municipality_and_alias(reader, query, expected):
    ids = [r["id"] for r in reader.get("/api/search", params={"q": query}).json()["results"]]
    assert expected in ids


def test_front_page_shows_ecosystems_and_latest_introductions(client):
    client.app.state.live.ecosystems()  # counted (a started app counts them at start-up)
    page = client.get("/").text
    assert '<a href="/suggesties?from_ecosystem=Groot%20Amsterdam">Groot Amsterdam</a>' in page
    assert "Laatste introducties" in page and "gelegd" in page


def test_front_page_does_not_wait_for_the_ecosystem_counts(client):
    import threading

    live = client.app.state.live
    hold = threading.Event()
    live.submit("hold", lambda: hold.wait(30))  # the background worker is busy
    try:
        page = client.get("/", params={"q": "tata"}).text
        assert "worden geteld" in page and "from_ecosystem=" not in page
        assert 'href="/organisatie/slug:tata-steel"' in page  # the search answers
    finally:
        hold.set()
    assert live.wait(60)
    assert "from_ecosystem=Groot%20Amsterdam" in client.get("/").text


def test_english_switch(reader):
    client = TestClient(reader.app)
    page = client.get("/taal/en", params={"next": "/suggesties"})
    assert page.status_code == 200 and '<html lang="en">' in page.text
    assert "Suggestions" in page.text and "Download as Excel" in page.text


def test_language_switch_never_leaves_the_site(reader):
    answer = TestClient(reader.app).get("/taal/en", params={"next": "//evil.example"},
                                        follow_redirects=False)
    assert answer.headers["location"] == "/"


def test_ties_are_sentences_in_the_right_direction(reader):
    company = reader.get("/organisatie/slug:tata-steel").text
    assert "neemt stagiairs aan van" in company and "ROC van Amsterdam</a>, luchtvaarttechniek" \
        in company
    school = reader.get("/organisatie/brin:25PZ").text
    assert "levert stagiairs aan" in school


HX = {"HX-Request": "true"}


def test_organisation_page_shows_facts_at_once_and_fetches_its_suggestions(reader):
    page = reader.get("/organisatie/slug:tata-steel").text
    assert "Bron: noord-holland/organisaties.csv, rij 18" in page and "neemt stagiairs" in page
    assert "Waarom:" not in page  # the suggestions come as a fragment
    body = re.search(r'<div id="sug-body"([^>]*)>(.*?)</div>', page, re.S)
    assert 'hx-get="/organisatie/slug:tata-steel/suggesties"' in body.group(1)
    assert 'hx-trigger="load"' in body.group(1)
    assert 'href="/organisatie/slug:tata-steel/suggesties"' in body.group(2)  # without JS
    assert re.search(r'<p id="sug-status"[^>]*role="status"[^>]*>Suggesties worden berekend',
                     page)


def test_suggestions_fragment_lists_suggestions_with_record_buttons(reader):
    fragment = reader.get("/organisatie/slug:tata-steel/suggesties", headers=HX).text
    assert "<html" not in fragment and "Voorgestelde introducties" in fragment
    assert "Waarom:" in fragment and fragment.count('value="gelegd"') >= 1
    assert 'name="csrf_token"' in fragment
    assert re.search(r'<div id="sug-status" hx-swap-oob="innerHTML">Suggesties berekend',
                     fragment)


def test_suggestions_without_javascript_are_a_page_of_their_own(reader):
    page = reader.get("/organisatie/slug:tata-steel/suggesties").text
    assert '<html lang="nl">' in page and "<h1>Tata Steel</h1>" in page
    assert "Waarom:" in page and 'value="gelegd"' in page
    assert 'href="/organisatie/slug:tata-steel"' in page


def test_recording_without_javascript_returns_to_the_suggestions_page(client):
    page = client.get("/organisatie/slug:tata-steel/suggesties").text
    other = re.search(r'name="other" value="([^"]+)"', page).group(1)
    answer = client.post("/organisatie/slug:tata-steel/introductie", data={
        "csrf_token": token(client), "other": other, "status": "afgewezen",
        "terug": "suggesties"})
    assert str(answer.url).split("?")[0].endswith("/organisatie/slug:tata-steel/suggesties")
    assert "Vastgelegd" in answer.text and f'name="other" value="{other}"' not in answer.text


def test_suggestions_fragment_waits_while_the_engine_warms(client):
    import threading

    live = client.app.state.live
    hold, running = threading.Event(), threading.Event()
    live.submit("hold", lambda: running.set() or hold.wait(30))  # the worker is busy…
    assert running.wait(30)  # (a warm-up queued before the hold started would go first)
    warmed = live.warm()  # …so the warm-up waits behind it
    try:
        fragment = client.get("/organisatie/slug:tata-steel/suggesties", headers=HX).text
        assert "Waarom:" not in fragment and 'hx-trigger="load delay:1s"' in fragment
        assert "Suggesties worden berekend" in fragment
    finally:
        hold.set()
    assert warmed.result(60)["organisations"] > 0 and not live.warming
    fragment = client.get("/organisatie/slug:tata-steel/suggesties", headers=HX).text
    assert "Waarom:" in fragment


def test_background_work_puts_the_engine_first_and_each_job_once(db):
    import threading

    from stakeholder_graph.web.live import Live

    live = Live(str(db))
    order, hold = [], threading.Event()
    live.submit("hold", lambda: hold.wait(30))
    live.submit("counts", lambda: order.append("counts"))
    live.submit("index", lambda: order.append("index"))
    live.submit("warm", lambda: order.append("warm"), first=True)
    live.submit("counts", lambda: order.append("counts again"))  # waits already
    hold.set()
    assert live.wait(30) and order == ["warm", "counts", "index"]
    live.close()


def test_a_started_app_warms_the_engine_and_builds_the_index(db):
    with TestClient(create_app(db)) as client:
        live = client.app.state.live
        assert live.wait(120)
        assert live.warmed["organisations"] > 0
        index = live.index(False)
        client.get("/api/search", params={"q": "tata"})
        assert live.index(False) is index  # built at start-up, not on the first search


def test_unknown_page_is_a_dutch_404(reader):
    page = reader.get("/bestaat/niet")
    assert page.status_code == 404 and "Deze pagina bestaat niet" in page.text


def test_json_errors_are_json(reader):
    answer = reader.get("/api/organisations/slug:bestaat-niet")
    assert answer.status_code == 404 and "error" in answer.json()
    assert reader.get("/api/search").status_code == 422
    assert "error" in reader.get("/api/search").json()


@pytest.mark.parametrize("path", ["/?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E",
                                  "/organisatie/slug:xss", "/organisatie/slug:klm",
                                  "/geschiedenis?lading=2", "/zoeken/resultaten?q=img"])
def test_names_and_queries_are_escaped(reader, path):
    page = reader.get(path).text
    assert XSS not in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page


def test_internal_error_is_a_page_without_traceback(db):
    app = create_app(db)

    @app.get("/kapot")
    def broken() -> None:
        raise RuntimeError("secret detail")

    page = TestClient(app, raise_server_exceptions=False).get("/kapot")
    assert page.status_code == 500 and "Er ging iets mis" in page.text
    assert "secret detail" not in page.text and "Traceback" not in page.text


def test_security_headers(reader):
    headers = reader.get("/").headers
    assert "script-src 'self'" in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"


def test_session_cookie_is_httponly_and_samesite(db):
    answer = TestClient(create_app(db)).get("/")
    cookie = answer.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie


# -- writes


def test_recording_made_removes_the_pair_from_the_suggestions(client):
    first = client.get("/api/organisations/slug:tata-steel/suggestions").json()[0]
    other = first["b_id"] if first["a_id"] == "slug:tata-steel" else first["a_id"]
    answer = client.post("/organisatie/slug:tata-steel/introductie",
                         data={"csrf_token": token(client), "other": other, "status": "gelegd",
                               "date": "2026-06-01", "note": "gebeld"})
    assert answer.status_code == 200 and "Vastgelegd" in answer.text
    after = client.get("/api/organisations/slug:tata-steel/suggestions").json()
    assert other not in {r["a_id"] for r in after} | {r["b_id"] for r in after}
    intro = client.get("/api/introductions", params={"limit": 1}).json()[0]
    assert (intro["status"], intro["date"], intro["note"]) == ("made", "2026-06-01", "gebeld")


def test_a_proposed_introduction_stays_suggested_and_shows_who(client):
    first = client.get("/api/organisations/slug:tata-steel/suggestions").json()[0]
    other = first["b_id"]
    client.post("/api/introductions", json={"a": "slug:tata-steel", "b": other,
                                            "status": "voorgesteld"},
                headers={"X-CSRF-Token": token(client)})
    history = client.get("/api/history").json()
    assert history[0]["who"] == "lokaal"
    assert "lokaal" in client.get("/geschiedenis").text


@pytest.mark.parametrize("status,date", [("misschien", "2026-01-01"), ("gelegd", "gisteren")])
def test_a_bad_introduction_is_refused_with_a_message(client, status, date):
    before = client.get("/api/history").json()
    answer = client.post("/organisatie/slug:tata-steel/introductie",
                         data={"csrf_token": token(client), "other": "slug:vattenfall",
                               "status": status, "date": date})
    assert answer.status_code == 422 and "Traceback" not in answer.text
    assert client.get("/api/history").json() == before


@pytest.mark.parametrize("path,data", [
    ("/organisatie/slug:tata-steel/introductie", {"other": "slug:vattenfall",
                                                  "status": "gelegd"}),
    ("/dubbelen/besluit", {"variant": "slug:klm", "target": "slug:tata-steel",
                           "decision": "reject"}),
    ("/dubbelen/ongedaan", {"variant": "slug:klm"}),
    ("/persoonsgegevens", {"show": "1"}),
])
def test_a_form_without_its_csrf_token_is_refused(client, path, data):
    before = client.get("/api/history").json()
    answer = client.post(path, data=data)
    assert answer.status_code == 403 and "verlopen" in answer.text
    answer = client.post(path, data={**data, "csrf_token": "wrong"})
    assert answer.status_code == 403
    assert client.get("/api/history").json() == before


def test_json_write_without_csrf_header_is_refused(client):
    answer = client.post("/api/introductions", json={"a": "slug:tata-steel",
                                                     "b": "slug:vattenfall", "status": "made"})
    assert answer.status_code == 403 and answer.json()["error"]


def test_personal_data_is_hidden_until_an_editor_turns_it_on(client):
    assert "Contactpersoon Illustratief" not in client.get("/organisatie/slug:klm").text
    assert client.get("/api/search", params={"q": "Contactpersoon"}).json()["results"] == []
    assert client.get("/organisatie/slug:contact-klm").status_code == 404
    client.post("/persoonsgegevens", data={"csrf_token": token(client), "show": "1",
                                           "next": "/organisatie/slug:klm"})
    page = client.get("/organisatie/slug:klm").text
    assert "Contactpersoon Illustratief" in page and "contact@example.org" in page
    assert client.get("/organisatie/slug:contact-klm").status_code == 200


# -- import


def upload(client, name, content, **extra):
    return client.post("/importeren", data={"csrf_token": token(client)},
                       files={"file": (name, io.BytesIO(content), "text/csv")}, **extra)


GOOD = b"Naam;Soort;Gemeente\nWindpark Illustratief;Bedrijf;Den Helder\n"
BAD = (b"Naam;Soort;Gemeente\nA Illustratief;Bedrjf;Alkmaar\nB Illustratief;Schoool;Alkmaar\n"
       b"C Illustratief;Gemeentje;Alkmaar\n")


def test_import_previews_then_loads_everything(client):
    page = upload(client, "nieuw.csv", GOOD)
    assert page.status_code == 200 and "Windpark Illustratief" in page.text
    assert "Geen problemen gevonden" in page.text
    action = re.search(r'formaction="(/importeren/[^"]+/laden)"', page.text).group(1)
    form = {"csrf_token": token(client), "table": "organisations", "col_0": "name",
            "col_1": "kind", "col_2": "municipality"}
    done = client.post(action, data=form)
    assert done.status_code == 200 and "Geladen: nieuw.csv" in done.text
    assert client.get("/api/search", params={"q": "windpark"}).json()["results"]
    history = client.get("/api/history").json()[0]
    assert history["who"] == "lokaal" and history["files"] == ["nieuw.csv (geüpload door lokaal)"]


HUBSPOT = (b"Record ID,Company name,Type,Industry,City\n"
           b"1,Windpark Illustratief,Prospect,Utilities,Den Helder\n"
           b"2,Hogeschool Illustratief,Partner,Higher Education,Alkmaar\n"
           b"3,Veiligheidsregio Illustratief,Partner,Government Administration,Hoorn\n"
           b"4,Werkplaats Illustratief,Other,,Hoorn\n")


def test_a_crm_export_imports_with_the_kinds_the_guess_read(client):
    # HubSpot's "Type" is the stage of the relationship: the kind comes from "Industry", a
    # row without one is a company. The page says so; loading what the page proposes keeps
    # the words the guess read (the form posts columns only).
    page = upload(client, "hubspot.csv", HUBSPOT)
    assert page.status_code == 200 and "Geen problemen gevonden" in page.text
    assert "kolom 'Type' niet gelezen als de soort" in html.unescape(page.text)
    action = re.search(r'formaction="(/importeren/[^"]+/laden)"', page.text).group(1)
    form = {"csrf_token": token(client), "table": "organisations", "col_1": "name",
            "col_3": "kind", "col_4": "municipality"}
    done = client.post(action, data=form)
    assert done.status_code == 200 and "Geladen: hubspot.csv" in done.text
    assert "soort organisatie genomen uit kolom 'Industry'" in html.unescape(done.text)
    kinds = {r["name"]: r["kind"] for r in client.get(
        "/api/search", params={"q": "illustratief"}).json()["results"]}
    assert kinds == {"Windpark Illustratief": "Company", "Hogeschool Illustratief": "School",
                     "Veiligheidsregio Illustratief": "PublicBody",
                     "Werkplaats Illustratief": "Company"}


def test_an_import_shows_its_conflicting_facts_in_dutch(client):
    # Two rows with one KvK number and two kinds: one organisation, and the conflict on the
    # page that says what was loaded (the duplicates page lists pairs to decide only).
    page = upload(client, "sbb.csv", b"Naam;Soort;KvK;Gemeente\nSBB Illustratief;Overheid;"
                  b"99999999;Zoetermeer\nSBB Illustratief;School;99999999;Zoetermeer\n")
    action = re.search(r'formaction="(/importeren/[^"]+/laden)"', page.text).group(1)
    form = {"csrf_token": token(client), "table": "organisations", "col_0": "name",
            "col_1": "kind", "col_2": "kvk", "col_3": "municipality"}
    done = client.post(action, data=form)
    assert done.status_code == 200 and "Geladen: sbb.csv" in done.text
    assert "Tegenstrijdige gegevens om na te kijken (1)" in done.text
    assert "andere soort: een publieke organisatie in sbb.csv (geüpload door lokaal) rij 2, " \
           "een onderwijsinstelling in sbb.csv (geüpload door lokaal) rij 3" in done.text
    assert 'href="/dubbelen"' not in done.text.split("</nav>", 1)[1]  # no pair to decide
    assert client.get("/api/organisations/kvk:99999999").json()["kind"] == "PublicBody"


def test_an_import_matching_names_in_a_second_process_loads_from_the_web(client, monkeypatch):
    # A big import forks a second process to match its names while the server's thread
    # resolves and writes (here forced for a small file): it loads, and the name variant
    # written twice ("Windpark Illustratief B.V.") merges as it would in turn.
    import stakeholder_graph.resolve as module

    monkeypatch.setattr(module, "PARALLEL_MATCHING", 1)
    sent = []
    from stakeholder_graph.forked import Forked

    result = Forked.result
    monkeypatch.setattr(Forked, "result", lambda job: sent.append(result(job)) or sent[-1])
    content = GOOD + b"Windpark Illustratief B.V.;Bedrijf;Den Helder\n"
    page = upload(client, "nieuw.csv", content)
    action = re.search(r'formaction="(/importeren/[^"]+/laden)"', page.text).group(1)
    form = {"csrf_token": token(client), "table": "organisations", "col_0": "name",
            "col_1": "kind", "col_2": "municipality"}
    done = client.post(action, data=form)
    assert done.status_code == 200 and "Geladen: nieuw.csv" in done.text
    assert sent and sent[-1] is not None and len(sent[-1].merged) == 1
    found = client.get("/api/search", params={"q": "windpark"}).json()["results"]
    assert len([r for r in found if "Windpark" in r["name"]]) == 1, found


def test_import_lists_the_problems_and_changes_nothing(client, db):
    with api.open_store(db) as store:
        before = store.content_checksum()
    page = upload(client, "fout.csv", BAD)
    rows = re.findall(r'<td class="num">(\d+)</td>',
                      page.text.split('class="wide problems"')[1].split("</table>")[0])
    # Every problem the loader reports is listed: today's loader stops at the first bad
    # row; one that reports all (an error with ``problems``) lists rows 2, 3 and 4.
    expected = [str(p["row"]) for p in api.check_import(
        _write(db.parent / "fout.csv", BAD), label="fout.csv (geüpload door lokaal)")["problems"]]
    assert rows[:len(expected)] == expected and "2" in rows and set(rows) <= {"2", "3", "4"}
    assert "laden" not in re.findall(r'formaction="([^"]+)"', page.text).__str__()
    with api.open_store(db) as store:
        assert store.content_checksum() == before


def _write(path, content):
    path.write_bytes(content)
    return path


def test_chosen_mapping_is_used(client):
    content = b"Organisatienaam;Wat\nHaven Illustratief;Bedrijf\n"
    page = upload(client, "eigen.csv", content)
    token_path = re.search(r'action="(/importeren/[^"]+)/controleren"', page.text).group(1)
    again = client.post(token_path + "/controleren", data={
        "csrf_token": token(client), "table": "organisations", "col_0": "name", "col_1": "kind"})
    assert "Geen problemen gevonden" in again.text and "Haven Illustratief" in again.text


def test_mapping_headers_are_escaped(client):
    page = upload(client, "x.csv", f"Naam;{XSS}\nA;b\n".encode())
    assert XSS not in page.text and "&lt;img" in page.text


def test_upload_larger_than_the_limit_is_refused(db):
    client = TestClient(create_app(db, max_upload_bytes=1024))
    page = upload(client, "groot.csv", b"Naam\n" + b"x" * 2000)
    assert page.status_code == 413 and "groter dan" in page.text


def test_upload_with_too_many_rows_is_refused(db):
    client = TestClient(create_app(db, max_rows=2))
    page = upload(client, "lang.csv", b"Naam;Soort\n" + b"A;Bedrijf\n" * 3)
    assert "hier kunnen er hoogstens 2 tegelijk worden geïmporteerd" in page.text
    assert "at most 2" not in page.text and "formaction" not in page.text


def test_upload_name_never_chooses_a_server_path(client, tmp_path):
    page = upload(client, "../../../../tmp/boos.csv", GOOD)
    assert page.status_code == 200 and "boos.csv" in page.text
    assert not (tmp_path / "boos.csv").exists()
    assert "/tmp/" not in page.text.split("<main")[1]


def test_only_the_uploader_may_load_an_upload(db):
    path = users_path(str(db))
    add_user(path, "anna", "een-goed-wachtwoord", "editor")
    add_user(path, "bram", "een-ander-wachtwoord", "editor")
    app = create_app(db, require_login=True)
    one, two = TestClient(app), TestClient(app)
    for client, name, password in ((one, "anna", "een-goed-wachtwoord"),
                                   (two, "bram", "een-ander-wachtwoord")):
        client.post("/inloggen", data={"csrf_token": token(client, "/inloggen"), "name": name,
                                       "password": password})
    page = upload(one, "a.csv", GOOD)
    action = re.search(r'formaction="(/importeren/[^"]+/laden)"', page.text).group(1)
    answer = two.post(action, data={"csrf_token": token(two, "/importeren"),
                                    "table": "organisations", "col_0": "name"})
    assert answer.status_code == 404
    assert one.post(action, data={"csrf_token": token(one, "/importeren"),
                                  "table": "organisations", "col_0": "name", "col_1": "kind",
                                  "col_2": "municipality"}).status_code == 200


# -- duplicates


def test_a_proposed_pair_says_why_in_the_pages_language(client, db):
    api.load([_write(db.parent / "dubbel.csv",
                     b"Naam;Soort;Gemeente\nVattenfal;Bedrijf;Amsterdam\n")], db)
    assert "namen lijken op elkaar" in client.get("/dubbelen").text
    english = client.get("/taal/en", params={"next": "/dubbelen"}).text
    assert "similar name" in english and "namen lijken op elkaar" not in english


def test_merge_a_duplicate_and_undo_it(client, db):
    api.load([_write(db.parent / "dubbel.csv",
                     b"Naam;Soort;Gemeente\nVattenfal;Bedrijf;Amsterdam\n")], db)
    page = client.get("/dubbelen").text
    assert "Vattenfal" in page and "Samenvoegen" in page
    client.post("/dubbelen/besluit", data={"csrf_token": token(client),
                                           "variant": "slug:vattenfal",
                                           "target": "slug:vattenfall", "decision": "accept"})
    assert client.get("/api/search", params={"q": "Vattenfal"}).json()["results"][0][
        "id"] == "slug:vattenfall"
    assert "Vattenfal" in client.get("/organisatie/slug:vattenfall").text
    assert "Vattenfal" not in client.get("/dubbelen").text.split("Recent samengevoegd")[0]
    client.post("/dubbelen/ongedaan", data={"csrf_token": token(client),
                                            "variant": "slug:vattenfal"})
    assert client.get("/organisatie/slug:vattenfal").status_code == 200
    assert "merge" in client.get("/geschiedenis").text


def test_a_merge_updates_the_search_index_in_place(client, db):
    api.load([_write(db.parent / "dubbel.csv",
                     b"Naam;Soort;Gemeente\nVattenfal;Bedrijf;Amsterdam\n")], db)
    live = client.app.state.live
    before = live.index(False)
    assert [r["id"] for r in before.search("Vattenfal")["results"]][:1] == ["slug:vattenfal"]
    client.post("/dubbelen/besluit", data={"csrf_token": token(client),
                                           "variant": "slug:vattenfal",
                                           "target": "slug:vattenfall", "decision": "accept"})
    after = live.index(False)
    assert after is not before and len(after) == len(before) - 1  # updated, not rebuilt
    hits = client.get("/api/search", params={"q": "Vattenfal"}).json()["results"]
    assert [(h["id"], h["matched"]) for h in hits] == [("slug:vattenfall", "alias")]
    client.post("/dubbelen/ongedaan", data={"csrf_token": token(client),
                                            "variant": "slug:vattenfal"})
    hits = client.get("/api/search", params={"q": "Vattenfal"}).json()["results"]
    assert hits[0]["id"] == "slug:vattenfal" and len(live.index(False)) == len(before)


def test_an_introduction_keeps_the_search_index(client):
    live = client.app.state.live
    before = live.index(False)
    client.post("/api/introductions", json={"a": "Tata Steel", "b": "Vattenfall",
                                            "status": "gelegd"},
                headers={"X-CSRF-Token": token(client)})
    assert live.index(False) is before
    assert client.get("/api/search", params={"q": "tata"}).json()["results"]


def test_an_import_rebuilds_the_index_while_the_old_one_answers(client):
    live = client.app.state.live
    before = live.index(False)
    page = upload(client, "nieuw.csv", GOOD)
    action = re.search(r'formaction="(/importeren/[^"]+/laden)"', page.text).group(1)
    client.post(action, data={"csrf_token": token(client), "table": "organisations",
                              "col_0": "name", "col_1": "kind", "col_2": "municipality"})
    assert live.wait(60)
    assert live.index(False) is not before and len(live.index(False)) == len(before) + 1
    assert client.get("/api/search", params={"q": "windpark"}).json()["results"][0][
        "name"] == "Windpark Illustratief"


def test_history_names_the_web_user_for_a_merge_and_its_undo(db):
    api.load([_write(db.parent / "dubbel.csv",
                     b"Naam;Soort;Gemeente\nVattenfal;Bedrijf;Amsterdam\n")], db)
    add_user(users_path(str(db)), "anna", "een-goed-wachtwoord", "editor")
    client = TestClient(create_app(db, require_login=True))
    client.post("/inloggen", data={"csrf_token": token(client, "/inloggen"), "name": "anna",
                                   "password": "een-goed-wachtwoord"})
    client.post("/dubbelen/besluit", data={"csrf_token": token(client),
                                           "variant": "slug:vattenfal",
                                           "target": "slug:vattenfall", "decision": "accept"})
    client.post("/dubbelen/ongedaan", data={"csrf_token": token(client),
                                            "variant": "slug:vattenfal"})
    merge, undo = api.history(db)[-2:]
    assert (merge["event"], merge["by"]) == ("accept", "anna")
    assert (undo["event"], undo["by"]) == ("undo", "anna")
    page = client.get("/geschiedenis").text
    rows = re.findall(r"<tr[^>]*><td class=\"num\"><a [^>]*>(\d+)</a></td>\s*<td>[^<]*</td>"
                      r"<td>([^<]*)</td>", page)
    assert (str(merge["id"]), "anna") in rows and (str(undo["id"]), "anna") in rows
    changes = api.diff(db, since=str(merge["id"] - 1), until=str(undo["id"]))["decisions"]
    assert {d["by"] for d in changes} == {"anna"}


def test_keep_apart_stops_proposing_the_pair(client, db):
    api.load([_write(db.parent / "dubbel.csv",
                     b"Naam;Soort;Gemeente\nVattenfal;Bedrijf;Amsterdam\n")], db)
    client.post("/api/duplicates", json={"variant": "slug:vattenfal",
                                         "target": "slug:vattenfall", "decision": "reject"},
                headers={"X-CSRF-Token": token(client)})
    assert client.get("/api/duplicates").json() == []


# -- history, suggestions, map


def test_history_shows_what_a_load_changed(reader):
    page = reader.get("/geschiedenis", params={"lading": 1}).text
    assert "134 toegevoegd" in page and "ROC van Amsterdam" in page


def test_as_of_date_applies_to_other_pages(client):
    client.post("/geschiedenis/peildatum", data={"csrf_token": token(client),
                                                 "as_of": "2000-01-01"})
    page = client.get("/suggesties").text
    assert "zoals het was op" in page and "Geen suggesties" in page
    client.post("/geschiedenis/peildatum", data={"csrf_token": token(client), "as_of": ""})
    assert "Geen suggesties" not in client.get("/suggesties").text


def test_suggestions_filters(reader):
    rows = reader.get("/api/suggestions", params={"from_ecosystem": "Groot Amsterdam",
                                                  "top": 50}).json()
    assert rows and all("Groot Amsterdam" in (r["a_ecosystem"], r["b_ecosystem"]) for r in rows)


def test_suggestions_excel_has_dutch_headers(reader):
    from openpyxl import load_workbook

    answer = reader.get("/suggesties.xlsx", params={"top": 5})
    assert answer.status_code == 200
    sheet = load_workbook(io.BytesIO(answer.content)).active
    assert [c.value for c in sheet[1]] == ["Nr.", "Organisatie", "Ecosysteem",
                                           "Voorgesteld contact", "Ecosysteem contact", "Score",
                                           "Waarom"]
    assert sheet.max_row == 6


def test_map_page_embeds_the_map_and_offers_downloads(reader):
    page = reader.get("/kaart").text
    assert 'src="/kaart/kaart.html"' in page and 'sandbox="allow-scripts"' in page
    html = reader.get("/kaart/kaart.html", params={"ecosystem": "Groot Amsterdam"})
    assert html.status_code == 200 and "sgNetwork" in html.text


@pytest.mark.parametrize("fmt,magic", [("png", b"\x89PNG"), ("pptx", b"PK")])
def test_map_downloads(reader, fmt, magic):
    answer = reader.get(f"/kaart/kaart.{fmt}", params={"suggestions": 3})
    assert answer.status_code == 200 and answer.content[:len(magic)] == magic


# -- accounts


def test_login_is_required_off_loopback_and_viewers_cannot_write(db):
    add_user(users_path(str(db)), "bram", "kijken-mag", "viewer")
    client = TestClient(create_app(db, require_login=True))
    answer = client.get("/organisatie/slug:tata-steel", follow_redirects=False)
    assert answer.status_code == 303 and answer.headers["location"].startswith("/inloggen")
    assert client.get("/api/search?q=tata").status_code == 401
    wrong = client.post("/inloggen", data={"csrf_token": token(client, "/inloggen"),
                                           "name": "bram", "password": "fout-fout"})
    assert wrong.status_code == 401 and "klopt niet" in wrong.text
    client.post("/inloggen", data={"csrf_token": token(client, "/inloggen"), "name": "bram",
                                   "password": "kijken-mag"})
    page = client.get("/organisatie/slug:tata-steel").text
    assert "Tata Steel" in page
    fragment = client.get("/organisatie/slug:tata-steel/suggesties", headers=HX).text
    assert "Waarom:" in fragment and 'value="gelegd"' not in fragment
    answer = client.post("/organisatie/slug:tata-steel/introductie", data={
        "csrf_token": token(client), "other": "slug:vattenfall", "status": "gelegd"})
    assert answer.status_code == 403 and "U mag dit niet doen" in answer.text


def test_an_editor_write_records_the_user(db):
    add_user(users_path(str(db)), "anna", "een-goed-wachtwoord", "editor")
    client = TestClient(create_app(db, require_login=True))
    client.post("/inloggen", data={"csrf_token": token(client, "/inloggen"), "name": "anna",
                                   "password": "een-goed-wachtwoord"})
    answer = client.post("/api/introductions", json={"a": "Tata Steel", "b": "Vattenfall",
                                                     "status": "gelegd"},
                         headers={"X-CSRF-Token": client.get("/api/session").json()[
                             "csrf_token"]})
    assert answer.status_code == 200 and answer.json()["by"] == "anna"
    assert client.get("/api/history").json()[0]["who"] == "anna"


def test_no_accounts_no_network_server(db):
    from stakeholder_graph.errors import StakeholderGraphError

    with pytest.raises(StakeholderGraphError, match="users add"):
        create_app(db, require_login=True)
    result = CliRunner().invoke(cli, ["--store", str(db), "serve", "--host", "0.0.0.0"])
    assert result.exit_code == 1 and "users add" in result.output


def test_users_add_stores_a_salted_hash(db):
    runner = CliRunner()
    for _ in range(2):
        result = runner.invoke(cli, ["--store", str(db), "users", "add", "anna", "--role",
                                     "editor"], input="een-goed-wachtwoord\n"
                                                      "een-goed-wachtwoord\n")
        assert result.exit_code == 0, result.output
    text = users_path(str(db)).read_text()
    assert "een-goed-wachtwoord" not in text and "$argon2id$" in text
    assert "anna" in runner.invoke(cli, ["--store", str(db), "users", "list"]).output


def test_users_add_refuses_a_short_password(db):
    result = CliRunner().invoke(cli, ["--store", str(db), "users", "add", "x", "--password",
                                      "kort"])
    assert result.exit_code == 1 and "too short" in result.output


def test_serve_refuses_a_missing_store(tmp_path):
    result = CliRunner().invoke(cli, ["--store", str(tmp_path / "geen.db"), "serve"])
    assert result.exit_code == 1 and "no store" in result.output


def test_writes_wait_for_a_running_import(client):
    import threading
    import time

    app = client.app
    app.state.write_lock.acquire()
    app.state.busy = "import test.csv"
    try:
        assert "Er loopt een import" in client.get("/").text
        result = {}

        def write():
            result["answer"] = client.post(
                "/api/introductions", json={"a": "Tata Steel", "b": "Vattenfall",
                                            "status": "gelegd"},
                headers={"X-CSRF-Token": token(client)})

        thread = threading.Thread(target=write)
        thread.start()
        time.sleep(0.5)
        assert thread.is_alive()  # waiting, not failed
    finally:
        app.state.busy = None
        app.state.write_lock.release()
    thread.join(30)
    assert result["answer"].status_code == 200


def test_every_listed_problem_of_a_failed_load_becomes_a_row():
    from stakeholder_graph.errors import InputError

    class ProblemsError(InputError):  # the shape of an error that lists every problem
        def __init__(self, problems):
            super().__init__(problems[0]["problem"])
            self.problems = problems

    listed = [{"file": "a.csv", "row": r, "column": "Soort", "value": v,
               "problem": f"unknown kind '{v}'", "suggestion": s}
              for r, v, s in ((2, "Bedrjf", "Bedrijf"), (3, "Schoool", "School"),
                              (4, "Gemeentje", None))]
    assert api.load_problems(ProblemsError(listed), lang="en") == [
        {**p, "code": "unknown_kind"} for p in listed]
    one = api.load_problems(InputError("no name", file="a.csv", row=5, column="Naam"),
                            lang="en")
    assert one == [{"file": "a.csv", "row": 5, "column": "Naam", "value": None,
                    "problem": "no name", "suggestion": None, "code": "other"}]


def test_json_import_checks_then_loads(client):
    headers = {"X-CSRF-Token": token(client)}
    checked = client.post("/api/import", headers=headers,
                          files={"file": ("fout.csv", io.BytesIO(BAD), "text/csv")}).json()
    assert checked["loaded"] is False and checked["problems"][0]["row"] == 2
    done = client.post("/api/import", headers=headers, data={"load": "true"},
                       files={"file": ("nieuw.csv", io.BytesIO(GOOD), "text/csv")}).json()
    assert done["loaded"] is True and done["nodes_added"] == 1


def test_json_merge_and_undo(client, db):
    api.load([_write(db.parent / "dubbel.csv",
                     b"Naam;Soort;Gemeente\nVattenfal;Bedrijf;Amsterdam\n")], db)
    headers = {"X-CSRF-Token": token(client)}
    merged = client.post("/api/duplicates", headers=headers, json={
        "variant": "slug:vattenfal", "target": "slug:vattenfall", "decision": "accept"}).json()
    assert (merged["merged"], merged["into"]) == ("slug:vattenfal", "slug:vattenfall")
    undone = client.post("/api/duplicates/undo", headers=headers,
                         json={"variant": "slug:vattenfal"}).json()
    assert undone["was_in"] == "slug:vattenfall"
    assert client.get("/api/organisations/slug:vattenfal").status_code == 200


def test_logout_ends_the_session(db):
    add_user(users_path(str(db)), "anna", "een-goed-wachtwoord", "editor")
    client = TestClient(create_app(db, require_login=True))
    client.post("/inloggen", data={"csrf_token": token(client, "/inloggen"), "name": "anna",
                                   "password": "een-goed-wachtwoord"})
    assert client.get("/api/session").json()["user"] == "anna"
    client.post("/uitloggen", data={"csrf_token": token(client, "/")})
    assert client.get("/api/session").status_code == 401


# -- the progress report from the history page


def test_the_history_page_offers_the_progress_report(reader):
    page = reader.get("/geschiedenis").text
    assert 'action="/geschiedenis/voortgang.pptx"' in page
    assert 'formaction="/geschiedenis/voortgang.html"' in page
    for field in ("report_since", "report_until", "report_ecosystem"):
        assert f'<label for="{field}">' in page and f'id="{field}"' in page
    assert "Voortgangsrapport voor de Technologietafel" in page
    assert "<option>Groot Amsterdam</option>" in page


def _slide_texts(deck: bytes) -> list[str]:
    import io

    from pptx import Presentation

    return [" ".join(shape.text_frame.text for shape in slide.shapes if shape.has_text_frame)
            for slide in Presentation(io.BytesIO(deck)).slides]


def test_the_progress_report_is_the_reports_deck(reader, demo_db):
    answer = reader.get("/geschiedenis/voortgang.pptx")
    assert answer.status_code == 200
    assert answer.headers["content-disposition"] == 'attachment; filename="voortgang.pptx"'
    texts = _slide_texts(answer.content)
    assert texts[0].startswith("Voortgang van het netwerk")
    assert any(t.startswith("Introducties") for t in texts)
    made = api.report(demo_db)["introductions"]["counts"]["made"]
    intro = next(t for t in texts if t.startswith("Introducties"))
    assert str(made) in intro


def test_the_progress_report_as_a_print_page_of_one_ecosystem(reader):
    answer = reader.get("/geschiedenis/voortgang.html",
                        params={"ecosystem": "Groot Amsterdam", "since": "", "until": ""})
    assert answer.status_code == 200 and "Groot Amsterdam" in answer.text
    assert "script-src" not in answer.headers["content-security-policy"]
    assert "<script" not in answer.text.lower()


def test_a_report_in_another_format_does_not_exist(reader):
    assert reader.get("/geschiedenis/voortgang.pdf").status_code == 404


def test_the_history_says_what_a_load_did_in_the_pages_language(reader):
    dutch = reader.get("/geschiedenis").text
    assert "134 organisaties en andere knopen nieuw; 303 relaties nieuw" in dutch
    assert "nodes: 134 new" not in dutch
    english = TestClient(reader.app).get("/taal/en", params={"next": "/geschiedenis"}).text
    assert "134 organisations and other nodes new; 303 relationships new" in english


def test_the_progress_report_in_english(reader):
    client = TestClient(reader.app)
    client.get("/taal/en", params={"next": "/geschiedenis"})
    answer = client.get("/geschiedenis/voortgang.pptx")
    assert answer.headers["content-disposition"] == 'attachment; filename="progress.pptx"'
    assert _slide_texts(answer.content)[0].startswith("Progress")


LABELS = (b"Organization - Name,Organization - Labels,Organization - City/town/village/locality "
          b"of Address\n"
          b'Haven Illustratief,"Werkgever, Warm lead",Velsen\n'
          b'School Illustratief,"Onderwijs, Netwerkpartner",Haarlem\n'
          b"Bouw Illustratief,Werkgever,Velsen\n"
          b"Netwerk Illustratief,Netwerkpartner,Haarlem\n"
          b"Partner Illustratief,Netwerkpartner,Heemstede\n"
          b"Oud Illustratief,,Haarlem\n")


def test_import_asks_what_the_kind_words_mean_and_the_kind_of_a_row_without_one(client):
    # A Pipedrive export: labels, two rows of a label that is no kind, one row without.
    page = upload(client, "organizations-1-1.csv", LABELS)
    assert "Woorden voor de soort organisatie" in page.text
    assert re.search(r'<label for="kindword_0">Netwerkpartner</label></th><td class="num">2'
                     r"</td>", page.text)
    assert "formaction" not in page.text  # problems: nothing can be loaded yet
    # The problem says where on the page to give the kind, not how to write a mapping.
    assert "Kies hieronder, bij ‘Woorden voor de soort organisatie’, wat dit woord " \
           "betekent." in page.text and "values: kind:" not in page.text
    assert '<td class="num">5, 6 (2 rijen)</td>' in page.text  # one line for both rows
    token_path = re.search(r'action="(/importeren/[^"]+)/controleren"', page.text).group(1)
    form = {"csrf_token": token(client), "table": "organisations", "col_0": "name",
            "col_1": "kind", "col_2": "municipality", "kindtext_0": "Netwerkpartner",
            "kindword_0": "PublicBody", "default_kind": "Company"}
    again = client.post(token_path + "/controleren", data=form)
    assert re.search(r'<option value="PublicBody" selected>', again.text)  # kept as chosen
    assert re.search(r'name="default_kind".*?<option value="Company" selected>', again.text,
                     re.DOTALL)
    # A network partner is a public body now, so "Onderwijs, Netwerkpartner" names two
    # kinds: the cell is asked about too.
    assert "labels van meerdere soorten in één cel" in again.text
    assert re.search(r'<label for="kindword_1">Onderwijs, Netwerkpartner</label>', again.text)
    form |= {"kindtext_1": "Onderwijs, Netwerkpartner", "kindword_1": "School"}
    assert "Geen problemen gevonden" in client.post(token_path + "/controleren", data=form).text
    loaded = client.post(token_path + "/laden", data=form)
    assert loaded.status_code == 200 and "Geladen" in loaded.text
    with api.open_store(str(client.app.state.settings.store)) as store:
        kinds = {n["name"]: n["kind"] for n in store.nodes() if "Illustratief" in n["name"]
                 and n["kind"] != "Person"}  # the demo store's illustrative contact
    assert kinds == {"Haven Illustratief": "Company", "School Illustratief": "School",
                     "Bouw Illustratief": "Company", "Netwerk Illustratief": "PublicBody",
                     "Partner Illustratief": "PublicBody", "Oud Illustratief": "Company"}


PLACES = (b"Naam;Soort;Plaats\n"
          b"Haven Illustratief;Bedrijf;IJmuiden\n"
          b"Zorg Illustratief;Bedrijf;Harlem\n"
          b"School Illustratief;Onderwijs;Harlem\n")


def test_import_asks_which_place_a_misspelt_one_means(client):
    # "Harlem" in two rows: the page offers the places it may mean, the file stays as it is.
    page = upload(client, "relaties.csv", PLACES)
    assert "Plaatsen die het programma niet kent" in page.text
    assert re.search(r'<label for="placeword_0">Harlem</label></th><td class="num">2</td>',
                     page.text)
    assert '<option value="Haarlem">Haarlem</option>' in page.text
    assert "Kies hieronder, bij ‘Plaatsen die het programma niet kent’, welke plaats " \
           "bedoeld is." in page.text and "values: municipality:" not in page.text
    assert "formaction" not in page.text
    token_path = re.search(r'action="(/importeren/[^"]+)/controleren"', page.text).group(1)
    form = {"csrf_token": token(client), "table": "organisations", "col_0": "name",
            "col_1": "kind", "col_2": "municipality", "placetext_0": "Harlem",
            "placeword_0": "Haarlem"}
    again = client.post(token_path + "/controleren", data=form)
    assert "Geen problemen gevonden" in again.text
    assert '<option value="Haarlem" selected>Haarlem</option>' in again.text  # as chosen
    assert client.post(token_path + "/laden", data=form).status_code == 200
    with api.open_store(str(client.app.state.settings.store)) as store:
        located = {e["start"]: e["end"] for e in store.edges("LOCATED_IN")}
    assert located["slug:zorg-illustratief"] == located["slug:school-illustratief"] == \
        "cbs:GM0392"  # Haarlem


def test_import_lets_a_kind_word_mean_no_kind(client):
    # A CRM's tag that says nothing about the kind ("Netwerkpartner" here): "geen soort"
    # gives its rows the kind of a row without one.
    page = upload(client, "organizations-1-1.csv", LABELS)
    assert '<option value="none">geen soort: als een rij zonder soort</option>' in page.text
    assert "‘geen soort’ voor een woord dat niets over de soort zegt" in page.text
    token_path = re.search(r'action="(/importeren/[^"]+)/controleren"', page.text).group(1)
    form = {"csrf_token": token(client), "table": "organisations", "col_0": "name",
            "col_1": "kind", "col_2": "municipality", "kindtext_0": "Netwerkpartner",
            "kindword_0": "none", "default_kind": "PublicBody"}
    again = client.post(token_path + "/controleren", data=form)
    assert '<option value="none" selected>' in again.text  # kept as chosen
    assert "Geen problemen gevonden" in again.text
    assert client.post(token_path + "/laden", data=form).status_code == 200
    with api.open_store(str(client.app.state.settings.store)) as store:
        kinds = {n["name"]: n["kind"] for n in store.nodes() if "Illustratief" in n["name"]
                 and n["kind"] != "Person"}
    # "Onderwijs, Netwerkpartner": the school; a network partner and no label: the default.
    assert kinds == {"Haven Illustratief": "Company", "School Illustratief": "School",
                     "Bouw Illustratief": "Company", "Netwerk Illustratief": "PublicBody",
                     "Partner Illustratief": "PublicBody", "Oud Illustratief": "PublicBody"}
