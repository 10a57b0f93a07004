"""The article's title, byline and date against four kinds of page furniture (trial 23), in
several languages, on pages of our own:
- a header's sign-in or cart link read as the author (trafilatura's class test "author" holds
  a shop's "authorization-link"): no byline (`chromewords.UI_ACCOUNT`, `is_account_link`);
- a user's handle the extractor rewrote as a name ("m.weber" -> "M Weber", "gartenfreund_77" ->
  "Gartenfreund"): the handle as the page writes it (`htmlpage.author_as_written`);
- phpBB 3.0's <title> "Forum • View topic - Topic" under an <h1> of the forum's name: the topic's
  heading is the title (`htmlpage._post_title_after_site_name`);
- an event's date, time and venue under its headline ("Sa, 20. April 2013, 19:30 Uhr · Halle"):
  no byline (the venue), no publication date, kept as text (`chromewords.is_venue`,
  `textblocks.event_place`), and the headline that goes on from the <title>'s other part over
  the site's name on a line of its own (`head._other_part_goes_on`)."""

from __future__ import annotations

import pytest

from indexer import chromewords, htmlpage, segment
from indexer.givennames import is_dotted_handle
from indexer.models import BODY
from tests.helpers import FOOTER, PROSE, html_document, kind_and_reason, parse_blocks


def test_every_language_has_account_links_and_venues() -> None:
    for table in (chromewords.UI_ACCOUNT, chromewords.VENUE_NOUNS):
        assert sorted(table) == sorted(chromewords.LANGUAGES)
        assert all(table.values())


@pytest.mark.parametrize(
    "link",
    [
        "Anmelden",
        "LOG IN",
        "Sign in",
        "Mon compte",
        "Zaloguj się",
        "Iniciar sesión",
        "Inloggen",
        "Warenkorb",
        "Войти",
        "Logga in",
        "Giriş yap",
        "ログイン",
        "Kirjaudu sisään",
        "Accedi",
    ],
)
def test_an_account_link_is_no_author(link: str) -> None:
    assert chromewords.is_account_link(link)
    assert htmlpage.plausible_authors(link, f"Home {link} Shop", "de") == ""


@pytest.mark.parametrize("name", ["Anna Weber", "Jonas Berg", "Log in to comment", "Anmelden zum Kurs"])
def test_a_name_or_a_sentence_is_no_account_link(name: str) -> None:
    assert not chromewords.is_account_link(name)


def test_a_login_link_in_an_author_class_gives_no_byline() -> None:
    body = "".join(f"<p>{p}</p>" for p in PROSE)
    header = (
        '<ul class="header links"><li class="link authorization-link"><a href="/account/login/">Sign In</a></li></ul>'
    )
    page = (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbour bridge repairs</title></head>'
        f"<body>{header}<article><h1>Harbour bridge repairs</h1>{body}</article><footer>{FOOTER}</footer></body></html>"
    )
    art = segment.segment(html_document(page.encode()))
    assert art.byline == ""


@pytest.mark.parametrize(
    ("author", "seen", "written"),
    [
        ("M Weber", "Posted by m.weber 3 March 2021", "m.weber"),
        ("Anna K Lind", "anna.k.lind wrote:", "anna.k.lind"),
        ("Gartenfreund", "von gartenfreund_77 » Di 13. Okt", "gartenfreund_77"),
        ("Stol It", "stol.it / Suedtirol Online", "Stol It"),  # a site's address: no handle
        ("Anna Weber", "By Anna Weber", "Anna Weber"),
    ],
)
def test_a_handle_is_kept_as_the_page_writes_it(author: str, seen: str, written: str) -> None:
    assert htmlpage.author_as_written(author, seen) == written


@pytest.mark.parametrize(
    ("token", "handle"),
    [
        ("m.weber", True),
        ("anna.k.lind", True),
        ("e.g", False),
        ("z.b", False),
        ("news.com", False),
        ("M.Weber", False),
        ("stol.it", False),
    ],
)
def test_a_dotted_handle(token: str, handle: bool) -> None:
    assert is_dotted_handle(token) is handle


@pytest.mark.parametrize(
    ("forum", "label", "topic"),
    [
        ("Bastelecke", "Thema anzeigen", "Alte Wanduhr reparieren – wo fange ich an?"),
        ("Atelier Horloges", "Voir le sujet", "Comment réparer une vieille pendule murale"),
        ("Clock Corner", "View topic", "Repairing an old wall clock: where to start?"),
    ],
)
def test_a_phpbb_topic_under_the_forums_name(forum: str, label: str, topic: str) -> None:
    body = "".join(f"<p>{p}</p>" for p in PROSE)
    page = (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{forum} &bull; {label} - {topic}</title></head>'
        f'<body><div id="page-header"><h1>{forum}</h1><p>Clocks and watches</p></div>'
        f'<div id="page-body"><h2><a href="./viewtopic.php?t=12">{topic}</a></h2>'
        f'<div class="post"><h3>{topic}</h3><div class="content">{body}</div></div></div></body></html>'
    )
    assert htmlpage.extract(page.encode(), "t.html").meta["title"] == topic


@pytest.mark.parametrize(
    "text",
    ["Stadthalle Oberhain", "Théâtre du Port", "Teatro Municipal", "Konserthallen", "Sporthal De Brug", "国家大剧院"],
)
def test_a_venue(text: str) -> None:
    assert chromewords.is_venue(text)


@pytest.mark.parametrize("text", ["Anna Neuhaus", "Mia Hall", "Hala Nasser", "Jonas Uusitalo", "Redaktion"])
def test_a_person_is_no_venue(text: str) -> None:
    assert not chromewords.is_venue(text)


_CONCERT = (
    "The choir invites friends and families to its spring concert, with folk songs and new arrangements "
    "sung together with the women's choir from the next town.",
    "Tickets cost eight euros in advance and ten at the door; children under sixteen go free, and the doors "
    "open at half past six.",
)


@pytest.mark.parametrize(
    ("site", "headline", "event"),
    [
        (
            "Harmonie Chor Tal e.V.",
            "Frühjahrskonzert 2024: Lieder vom Frühling",
            "Samstag, 4. Mai 2024, 19:30 Uhr · Stadthalle Oberhain",
        ),
        (
            "Valley Choral Society",
            "Spring Concert 2024: Songs of May",
            "Saturday, 4 May 2024, 7:30 pm · Town Theatre Riverside",
        ),
        (
            "Chorale du Val",
            "Concert de printemps 2024 : Chansons de mai",
            "Samedi 4 mai 2024, 19h30 · Salle Jean Moulin",
        ),
    ],
)
def test_an_events_date_and_place_under_its_headline(site: str, headline: str, event: str) -> None:
    first = headline.split(":")[0].strip()
    art = parse_blocks(f"{first} - {site}", site, "Home\nConcerts\nContact", headline, event, *_CONCERT, FOOTER)
    assert art.title == headline
    assert art.byline == ""
    assert art.published == ""
    assert kind_and_reason(art, event)[0] == BODY


def test_a_name_beside_a_date_is_still_the_byline() -> None:
    art = parse_blocks("Harbour bridge repairs", "Samstag, 4. Mai 2024, 09:30 Uhr · Anna Weber", *PROSE, FOOTER)
    assert art.byline == "Anna Weber"
    assert art.published == "2024-05-04"


@pytest.mark.parametrize("thread", ['class="commententry"', 'class="comment-body"', 'id="kommentare"'])
def test_a_comments_date_is_no_page_date(thread: str) -> None:
    body = "".join(f"<p>{p}</p>" for p in PROSE)
    comment = (
        f'<div {thread}><div class="com-meta"><strong>Mia</strong> <span class="com-date">(Sunday, 12 May 2024 '
        "10:02)</span></div><p>Lovely evening, thank you all for coming.</p></div>"
    )
    page = (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Spring concert</title></head>'
        f"<body><article><h1>Spring concert</h1>{body}</article>{comment}<footer>{FOOTER}</footer></body></html>"
    )
    assert segment.segment(html_document(page.encode())).published == ""


def test_the_pages_own_date_beside_comments_stays() -> None:
    body = "".join(f"<p>{p}</p>" for p in PROSE)
    head = '<meta property="article:published_time" content="2024-05-12T08:00:00Z">'
    comment = '<div class="comment"><span class="date">12 May 2024</span><p>Lovely evening.</p></div>'
    page = (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Spring concert</title>{head}</head>'
        f"<body><article><h1>Spring concert</h1>{body}</article>{comment}</body></html>"
    )
    assert segment.segment(html_document(page.encode())).published == "2024-05-12"
