"""A blog engine's template around a post, on small pages of our own (trial 17: a Romanian Blogger
post saved as text was kept whole, blog name to footer; in HTML its title was the blog's name and
its byline kept "Publicat de"), and reader comments and guest books beside an article in HTML
and in plain text (a Czech discussion post and an obituary's guest-book entries kept)."""

from __future__ import annotations


import pytest

from indexer import blogchrome
from indexer.models import BODY, INDEXED_KINDS
from tests.conftest import CORPUS
from tests.helpers import html_document, parse_blocks

# A travel post of our own on a Blogger blog in German, its template's strings around it.
POST = (
    "Am Samstag sind wir früh in Garmisch losgefahren, weil für den Nachmittag Gewitter angesagt waren "
    "und wir den Grat vor dem Regen hinter uns haben wollten.",
    "Der Weg durch die Klamm war nach den Regenfällen der letzten Woche nass und rutschig, aber die "
    "Stahlseile sind neu und gut gespannt, sodass wir nie Angst hatten.",
    "Oben auf der Hütte gab es Kaiserschmarrn und einen Blick bis zur Zugspitze, bevor die ersten "
    "Wolken über den Kamm zogen und wir uns auf den Rückweg machten.",
)
GERMAN_BLOG = (
    "Bergfreunde unterwegs: Über die Partnachklamm zur Hütte",
    "Bergfreunde unterwegs",
    "Wandern, Klettern und Hütten in den Alpen",
    "Samstag, 4. Oktober 2025",
    "Über die Partnachklamm zur Hütte",
    *POST,
    "Eingestellt von Franz Huber um 18:40 2 Kommentare:",
    "Diesen Post per E-Mail versenden BlogThis! In Facebook freigeben Auf Pinterest teilen",
    "Labels: Alpen, Wandern",
    "Neuerer Post Älterer Post Startseite",
    "Abonnieren Kommentare zum Post (Atom)",
    "Über mich",
    "Ich bin Franz, Lehrer aus Rosenheim, und schreibe hier seit zwölf Jahren über meine Touren in den Bergen.",
    "Mein Profil vollständig anzeigen",
    "Blog-Archiv",
    "► 2025 (9)\n► 2024 (17)",
    "Design: Einfach. Powered by Blogger.",
)


def test_blog_template_in_german_is_chrome_around_the_post() -> None:
    art = parse_blocks(*GERMAN_BLOG)
    kept = [p.text for p in art.paragraphs if p.kind in INDEXED_KINDS and p.kind != "title"]
    assert [p.text for p in art.paragraphs if p.kind == BODY] == list(POST)
    assert not any("Franz, Lehrer" in t or "Startseite" in t or "Labels" in t for t in kept)
    assert art.title == "Über die Partnachklamm zur Hütte"
    assert art.byline == "Franz Huber"  # the post footer names the author


@pytest.mark.parametrize(
    ("line", "part"),
    [
        ("Publicat de Ioana Pop la 09:12 3 comentarii", "post footer"),
        ("Posted by Jane Miller at 7:05 PM No comments:", "post footer"),
        ("Upplagd av Karin Lind kl. 21:14", "post footer"),
        ("Közzétette: Kovács Anna dátum: 10:30", "post footer"),
        ("Postare mai nouă Postare mai veche Pagina de pornire", "pager"),
        ("Newer Post Older Post Home", "pager"),
        ("Nyere indlæg Ældre indlæg Startside", "pager"),
        ("Email This BlogThis! Share to X Share to Facebook Share to Pinterest", "pager, share"),
        ("Etichete: munte, toamnă", "labels"),
        ("Subscribe to: Post Comments (Atom)", "labels or feed"),
        ("12 comentarii:", "comment count"),
        ("Δεν υπάρχουν σχόλια:", "comment count"),
        ("► 2025 (12)\n► 2024 (30)", "archive"),
        ("Blogarchívum", "gadget"),
        ("Vizualizați profilul meu complet", "gadget"),
        ("Tema Simplă. Imaginile temei: A. Popescu. Susținut de Blogger.", "attribution"),
        (
            "This site uses cookies from Google to deliver its services and to analyze traffic. Learn more Got it",
            "cookie",
        ),
    ],
)
def test_blog_template_strings_in_many_languages(line: str, part: str) -> None:
    assert part in blogchrome.blog_chrome(line)


@pytest.mark.parametrize(
    "text",
    [
        "Home",  # (a menu's word: chrome anyway, but no prose)
        "The minister went home at 18:00 after the vote, posted by her party as a victory.",
        "Posted by the council at the entrance, the notice was read by hundreds.",
        "Google said on Tuesday it would keep third-party cookies in Chrome after all.",
        "Labels on food must show where the meat comes from, the ministry said.",
    ],
)
def test_prose_is_no_blog_template(text: str) -> None:
    reason = blogchrome.blog_chrome(text)
    assert reason == "" or text == "Home"


def test_post_footer_name() -> None:
    # (the "Posted by" label of an author field: tests/test_meta_author_labels.py)
    assert blogchrome.post_footer_name("Publicat de Ioana Pop la 09:12 3 comentarii") == "Ioana Pop"
    assert blogchrome.post_footer_name("The report was posted by Ana at 9:00.") == ""


@pytest.mark.linear
@pytest.mark.parametrize("text", [" " * 3000, "a " * 1500, "A" * 3000, "1" * 3000, "Posted by " + "a " * 1500])
def test_blog_patterns_take_linear_time(text: str) -> None:
    for _ in range(3):
        blogchrome.blog_chrome(text[:300])
        blogchrome.post_footer_name(text)


BLOGGER_HTML = """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">
<title>Bergfreunde unterwegs: Über die Partnachklamm zur Hütte</title></head><body>
<div class="header"><h1 class="title"><a href="/">Bergfreunde unterwegs</a></h1>
<p class="description">Wandern, Klettern und Hütten in den Alpen</p></div>
<div class="main"><h2 class="date-header"><span>Samstag, 4. Oktober 2025</span></h2>
<div class="post hentry"><h3 class="post-title entry-title">Über die Partnachklamm zur Hütte</h3>
<div class="post-body entry-content">{body}</div>
<div class="post-footer"><span class="post-author vcard">Eingestellt von <span class="fn">Franz Huber</span></span>
<span class="post-timestamp">um <a class="timestamp-link">18:40</a></span></div></div></div>
</body></html>"""


def test_blogger_html_title_is_the_post_not_the_blog() -> None:
    from indexer import segment

    body = "".join(f"<p>{p}</p>" for p in POST)
    art = segment.segment(html_document(BLOGGER_HTML.format(body=body).encode()))
    assert art.title == "Über die Partnachklamm zur Hütte"
    assert art.byline == "Franz Huber"


def test_title_that_only_continues_the_h1_is_kept() -> None:
    """A <title> "H1: more" with no heading of its own for "more" is no "SITE: POST" title."""
    from indexer import segment

    body = "".join(f"<p>{p}</p>" for p in POST)
    page = (
        "<html><head><title>Partnachklamm: Über die Klamm zur Hütte</title></head><body>"
        f"<article><h1>Partnachklamm</h1>{body}</article></body></html>"
    )
    art = segment.segment(html_document(page.encode()))
    assert art.title != "Über die Klamm zur Hütte"


NEWS = (
    "Die Stadt erhöht ab Januar die Preise für Busse und Bahnen um fünf Prozent, wie der Stadtrat am "
    "Dienstag nach langer Debatte beschlossen hat.",
    "Die Verkehrsbetriebe begründen den Schritt mit höheren Kosten für Energie und Personal, die sich "
    "seit dem vergangenen Jahr deutlich erhöht hätten.",
    "Die Opposition kritisiert den Zeitpunkt und verlangt, dass die Monatskarte für Schüler und "
    "Rentner vom Aufschlag ausgenommen bleibt.",
    "Der Aufschlag soll der Stadt im kommenden Jahr rund vier Millionen Euro zusätzlich einbringen, "
    "die vollständig in neue Straßenbahnen fließen sollen.",
)


@pytest.mark.parametrize("box", ["diskuse", "guestbook", "discussion"])
def test_html_reader_posts_in_a_named_box_are_chrome(box: str) -> None:
    """trafilatura put the first post of a discussion box before the article's text."""
    from indexer import segment

    body = "".join(f"<p>{p}</p>" for p in NEWS)
    page = (
        "<html><head><title>Fahrpreise steigen</title></head><body><div class='wrap'>"
        f"<div class='art'><h1>Fahrpreise steigen ab Januar um fünf Prozent</h1><div class='text'>{body}</div></div>"
        f"<div class='{box}'><h3>Leserbeiträge</h3>"
        "<div class='post'><span class='nick'>Pendler77</span><p>Fünf Prozent mehr für "
        "denselben vollen Bus, das ist doch ein schlechter Witz der Stadt.</p></div></div>"
        "</div></body></html>"
    )
    art = segment.segment(html_document(page.encode()))
    kept = [p.text for p in art.paragraphs if p.kind == BODY]
    assert kept == list(NEWS)


def test_text_guest_book_under_an_obituary_is_a_thread() -> None:
    obituary = (
        "Helga Brandt",
        "Helga Brandt, 91, of Millbrook, died peacefully on Sunday at her home, surrounded by her "
        "children and grandchildren, after a short illness.",
        "She taught music at the Millbrook primary school for thirty years and led the church choir "
        "until she was well into her eighties.",
        "She is survived by her two sons, five grandchildren and a great-grandson, who was born in "
        "the spring of this year.",
        "A funeral service will be held on Friday at eleven o'clock at St Mary's Church, followed by "
        "a reception at the village hall.",
        "Guest Book",
        "Mrs Brandt taught me the recorder in 1975 and I still play it for my own grandchildren.",
        "— Peter Olsen, Leeds · March 3, 2025",
        "A wonderful lady who will be missed by the whole choir. Our thoughts are with the family.",
        "— Mary Cole · March 4, 2025",
    )
    art = parse_blocks(*obituary)
    kept = [p.text for p in art.paragraphs if p.kind == BODY]
    assert kept == list(obituary[1:5])


# A music blog's sidebar of our own after a Blogger post: its archive widget, each line a block,
# among the titles of the posts it lists (a wild tuning page's shape: the block model took the
# last lines, "► 2009 (1)", "► March (1)", back as text among the titles).
ARCHIVE_BLOG = (
    "Lyrics corner: the week's new songs",
    *POST,
    "Posted by Mei at 21:04 No comments:",
    "Blog Archive",
    "▼ 2010 (31)",
    "▼ July (12)",
    "Star song - Deng Fu Ru (Xing Kong)",
    "Good friends are only friends - Yisa Yu",
    "Between us - Twins (Wo Men Zhi Jian)",
    "► June (38)",
    "► May (37)",
    "► 2009 (1)",
    "► March (1)",
    "Awesome Inc. theme. Powered by Blogger.",
)


def test_every_line_of_a_blogs_archive_is_chrome() -> None:
    art = parse_blocks(*ARCHIVE_BLOG)
    archive = [p for p in art.paragraphs if p.text.startswith(("►", "▼"))]
    assert len(archive) == 6 and all(p.kind not in INDEXED_KINDS for p in archive)
    assert blogchrome.BLOG_ARCHIVE_REASON == "blog template (archive)"


WILD_BLOG = CORPUS / "extraction-wild" / "pages_txt" / "020d0ccd36d141cc.txt"  # a tuning page (eval.extraction)


@pytest.mark.skipif(not WILD_BLOG.is_file(), reason="needs ../shared/corpus/extraction-wild")
def test_the_archive_is_the_rules_decision_not_the_models() -> None:
    # the block model took 9 of a music blog's archive lines back as text ("► 2009 (1)"); the
    # archive is rule-final now (segment.captions._RULE_FINAL)
    from indexer.models import Document
    from indexer.segment import segment

    text = WILD_BLOG.read_text(encoding="utf-8")
    art = segment(Document(id="b", path=str(WILD_BLOG), content_hash="h", text=text))
    archive = [p for p in art.paragraphs if p.text.startswith(("► ", "▼ "))]
    assert len(archive) >= 9 and all(p.kind not in INDEXED_KINDS for p in archive)
