"""The glossary (/glossary) and "Your practice" (/my-practice) pages: they answer, carry the
security headers, and have the anchors and headings that the rest of the site links to."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from dialogue.codes import LABELS, Code, Roadblock
from tests.app.test_headers import assert_secured

IDS = re.compile(r'\bid="([^"]+)"')
# Every term the brief lists, by the anchor other pages (and people) link to.
TERMS = [
    "simple-reflection",
    "complex-reflection",
    "open-question",
    "closed-question",
    "affirmation",
    "seeking-collaboration",
    "emphasising-autonomy",
    "giving-information",
    "persuading-with-permission",
    "persuading",
    "persuading-without-permission",
    "confronting",
    "summary",
    "other",
    "rq-ratio",
    "percent-complex-reflections",
    "percent-open-questions",
    "percent-mi-adherent",
    "mi-adherent",
    "mi-non-adherent",
    "roadblocks",
    "change-talk",
    "sustain-talk",
    "discord",
    "rapport",
    "resistance",
    "fair",
    "good",
]


def test_the_glossary_has_an_anchor_for_every_term_and_code(client: TestClient) -> None:
    response = client.get("/glossary")
    assert response.status_code == 200
    assert_secured(response)
    page = response.text
    ids = IDS.findall(page)
    assert len(ids) == len(set(ids)), "an id is used twice"
    for term in TERMS:
        assert term in ids, term
    for code in Code:  # every code the coder gives, under its own label, with the code beside it
        anchor = LABELS[code].replace(" ", "-")
        assert anchor in ids, code
        assert re.search(rf'id="{anchor}-name">[^<]*<span class="tag code">{code.value}</span>', page), code
    for link in set(re.findall(r'href="#([^"]+)"', page)):
        assert link in ids, f"#{link} points nowhere"
    text = " ".join(page.split())
    assert text.count("In plain words.") == text.count("In MITI terms.") >= len(TERMS) - 1
    assert "fair 1:1, good 2:1" in text  # the bands come from the summary itself
    assert "fair 40%, good 50%" in text and "fair 50%, good 70%" in text and "fair 90%, good 100%" in text
    for roadblock in Roadblock:
        assert roadblock.value in text


def test_your_practice_is_a_shell_for_the_list_in_this_browser(client: TestClient) -> None:
    response = client.get("/my-practice")
    assert response.status_code == 200
    assert_secured(response)
    page = response.text
    assert "<h1>Your practice</h1>" in page
    assert "This list lives only in this browser" in page
    ids = set(IDS.findall(page))
    for needed in ("status", "progress", "empty", "list-section", "conversations", "conversation-template"):
        assert needed in ids, needed
    assert re.search(r'<script type="module" src="[^"]*/static/my_practice\.js"></script>', page)
    assert "<noscript>" in page and re.search(r'href="[^"]*/scenarios"', page)  # the empty state's way in
    assert "<script>" not in page and " onclick=" not in page  # the CSP allows neither


def test_every_page_links_to_your_practice_and_the_glossary(client: TestClient) -> None:
    for path in ("/", "/scenarios", "/privacy", "/glossary", "/practice/abc/scorecard"):
        page = client.get(path).text
        assert re.search(r'<a href="[^"]*/my-practice">Your practice</a>', page), path
        assert re.search(r'href="[^"]*/glossary"', page), path


def test_the_scripts_are_served(client: TestClient) -> None:
    for path in ("/static/my_practice.js", "/static/my_practice/words.js", "/static/chat/remember.js"):
        response = client.get(path)
        assert response.status_code == 200, path
        assert "javascript" in response.headers["content-type"], path
    assert "forgetConversation" in client.get("/static/scorecard.js").text
