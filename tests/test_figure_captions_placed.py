"""Photo captions that were lost, each a kind (helper captions, trial 23): a feature image's
<figcaption> in the article's own <header> (under its <h1>), a <figure> a page builder wraps in
boxes that hold nothing else, a Blogger caption set in a table beside its picture (kept by the
extractor but dropped as "in a box named 'caption'"), and, in a plain-text dump, a caption with
its credit ("WW photo / NAME") printed under a byline and a share bar without a blank line. Each
is indexed once, as a caption; a site header's, a teaser card's and a related post's captions
stay out. Each page is our own."""

from __future__ import annotations

import pytest

from indexer import segment
from indexer.models import CAPTION, Article
from tests.helpers import PROSE, html_document, parse_blocks

pytest.importorskip("trafilatura")

DE_PROSE = [
    "Im Sommer haben wir in unserem Büro etwas ausprobiert, worüber viele Firmen in der Schweiz sprechen: "
    "Wir haben die Viertagewoche eingeführt, bei vollem Lohn und für alle Mitarbeitenden.",
    "Nach zwölf Monaten haben wir das Experiment beendet. In diesem Beitrag möchte ich offen erzählen, "
    "warum wir diesen Schritt gegangen sind und was wir dabei gelernt haben.",
    "Die Kundschaft hat den freien Freitag kaum bemerkt, das Team dagegen sehr wohl, und nicht immer "
    "so, wie wir es uns vorgestellt hatten, als wir im Frühling damit anfingen.",
]
NO_PROSE = [
    "I fire år startet hver sprint hos oss med det samme ritualet: to timer rundt et bord der vi gjettet "
    "hvor mange timer hver oppgave ville ta, og så lovet vi kunden en dato.",
    "Problemet var ikke at vi var dårlige til å estimere. Problemet var at estimatene ga et inntrykk av "
    "presisjon som ikke fantes, og at alle visste det.",
    "Nå deler vi arbeidet opp i små, like store biter og teller dem. Prognosene ble ikke perfekte, men de "
    "ble ærligere, og kunden har sluttet å spørre om timer.",
]
PL_PROSE = [
    "W sierpniu na Tarnicy bywa jak na Krupówkach. Postanowiliśmy to obejść w najprostszy sposób: wyjść, "
    "zanim reszta świata zje śniadanie, i być na szczycie przed szóstą.",
    "Pierwsza godzina to spokojne podejście lasem bukowym, po ciemku i przy czołówkach. Szlak niebieski "
    "jest dobrze oznakowany, ale kilka razy i tak szukaliśmy znaków.",
    "Na wierzchołku byliśmy o 5:55. Przez dwadzieścia minut mieliśmy Tarnicę tylko dla siebie, nie licząc "
    "jednego pana z psem, który, jak się okazało, robi to co tydzień.",
]
HR_PROSE = [
    "Bakina šivaća mašina iz 1954. godine stajala je dvadeset godina u podrumu, umotana u stari stolnjak. "
    "Kad sam je prvi put okrenula rukom, kotač se jedva pomaknuo.",
    "Nakon tri vikenda čišćenja, podmazivanja i jednog novog remena mašina ponovno šije, i to ravnije od "
    "moje nove elektronske. Ukupni trošak bio je manji nego što sam mislila.",
    "Najviše vremena otišlo je na krom: stara prljavština skidala se sloj po sloj, a ispod nje sjaj kakav "
    "nisam očekivala na stvari koja je pola stoljeća stajala u vlazi.",
]


def _page(body: str, title: str, lang: str, before: str = "", after: str = "") -> Article:
    page = (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head>'
        f"<body>{before}<main>{body}</main>{after}</body></html>"
    )
    return segment.segment(html_document(page.encode()))


def _paras(texts: list[str]) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


def _captions(art: Article) -> list[str]:
    return [p.text for p in art.paragraphs if p.kind == CAPTION]


HEADER_CASES = [
    ("en", "Living with a heat pump", "A 7kW unit tucked beside the kitchen extension of a terrace.", PROSE),
    ("de", "Die Viertagewoche", "Unser Büro in Winterthur an einem Freitag, meist menschenleer.", DE_PROSE),
    ("no", "Hvorfor vi sluttet med timer", "Sprinttavla vår i Bergen, uten et eneste tall på lappene.", NO_PROSE),
]


@pytest.mark.parametrize(("lang", "title", "caption", "texts"), HEADER_CASES)
def test_a_feature_image_caption_in_the_articles_header_is_a_caption(
    lang: str, title: str, caption: str, texts: list[str]
) -> None:
    site = '<header class="site-header"><a href="/">Home</a><nav><a href="/a">About</a></nav></header>'
    body = (
        f'<article><header class="article-header"><h1>{title}</h1><div class="byline"><time>2 Mar 2022</time>'
        f'</div><figure class="article-image"><img src="a.jpg" alt=""><figcaption>{caption}</figcaption>'
        f'</figure></header><section class="content">{_paras(texts)}</section></article>'
    )
    art = _page(body, title, lang, before=site)
    assert _captions(art) == [caption]
    kinds = [p.kind for p in art.paragraphs]
    assert kinds.index(CAPTION) < kinds.index("body")  # in its place, over the text


@pytest.mark.parametrize(
    ("lang", "title", "texts"), [("en", HEADER_CASES[0][1], PROSE), ("de", "Die Viertagewoche", DE_PROSE)]
)
def test_a_site_headers_captioned_picture_stays_out(lang: str, title: str, texts: list[str]) -> None:
    # no headline in it: the page's header, not the article's
    site = (
        '<header class="site-header"><figure><img src="logo.jpg" alt=""><figcaption>Our newsroom team on the '
        'harbour front</figcaption></figure><nav><a href="/a">About</a></nav></header>'
    )
    art = _page(f"<article><h1>{title}</h1>{_paras(texts)}</article>", title, lang, before=site)
    assert _captions(art) == []
    assert not any("newsroom team" in p.text for p in art.paragraphs if p.indexed)


def _builder_figure(caption: str) -> str:
    # a page builder's blocks: the figure four boxes down, each holding nothing else
    return (
        '<div class="sqs-block image-block"><div class="sqs-block-content"><div class="image-block-outer-wrapper">'
        f'<figure class="image-figure"><img src="m.jpg" alt=""><figcaption class="image-caption-wrapper">'
        f'<div class="image-caption"><p>{caption}</p></div></figcaption></figure></div></div></div>'
    )


@pytest.mark.parametrize(
    ("lang", "title", "caption", "texts"),
    [
        (
            "hr",
            "Kako sam obnovila staru šivaću mašinu",
            "Mašina nakon obnove, s novim remenom i očišćenim kromom.",
            HR_PROSE,
        ),
        ("en", "Living with a heat pump", "The outdoor unit after its first winter, still quiet.", PROSE),
    ],
)
def test_a_figure_wrapped_by_a_page_builder_is_a_caption(lang: str, title: str, caption: str, texts: list[str]) -> None:
    def block(ps: list[str]) -> str:
        return f'<div class="sqs-block html-block"><div class="sqs-block-content">{_paras(ps)}</div></div>'

    col = f'<div class="col">{block(texts[:2])}{_builder_figure(caption)}{block(texts[2:])}</div>'
    art = _page(f"<article><h1>{title}</h1><div class='row'>{col}</div></article>", title, lang)
    assert _captions(art) == [caption]


def test_a_related_posts_wrapped_figure_stays_out() -> None:
    related = (
        '<div class="related-posts"><h3>More from the blog</h3><div class="post">'
        + _builder_figure("Our garden shed after the storm last winter")
        + '<p><a href="/shed">Rebuilding the garden shed</a></p></div></div>'
    )
    title = "Living with a heat pump"
    art = _page(f"<article><h1>{title}</h1>{_paras(PROSE)}{related}</article>", title, "en")
    assert _captions(art) == []


def _blogger_table(caption: str, image_in_table: bool) -> str:
    img = '<a href="big.jpg"><img src="s.jpg" width="640"></a>'
    if image_in_table:  # Blogger's usual form: the picture in the table's first row
        return (
            f'<table class="tr-caption-container"><tbody><tr><td>{img}</td></tr>'
            f'<tr><td class="tr-caption">{caption}</td></tr></tbody></table>'
        )
    return (
        f'<div class="separator">{img}</div><table class="tr-caption-container"><tbody><tr>'
        f'<td class="tr-caption">{caption}</td></tr></tbody></table>'
    )


@pytest.mark.parametrize("image_in_table", [False, True])
@pytest.mark.parametrize(
    ("lang", "title", "caption", "texts"),
    [
        ("pl", "Tarnica o świcie z Wołosatego", "Wschód słońca z przełęczy pod Tarnicą, godzina 5:48", PL_PROSE),
        ("en", "Living with a heat pump", "The outdoor unit on a frosty morning in January", PROSE),
    ],
)
def test_a_blogger_table_caption_is_a_caption(
    lang: str, title: str, caption: str, texts: list[str], image_in_table: bool
) -> None:
    # a Blogger post: text and <br>s, no <p>, the caption in a table beside its picture
    body = "<br /><br />".join(texts[:2]) + _blogger_table(caption, image_in_table) + "<h4>Na szczycie</h4>" + texts[2]
    post = (
        f'<div class="post"><h3 class="post-title">{title}</h3><div class="post-body entry-content">{body}</div></div>'
    )
    art = _page(post, title, lang)
    assert _captions(art) == [caption]
    # once, and in no other paragraph either: the extractor ran the post's <br> paragraphs and
    # the caption's table into one paragraph, which kept the caption among its lines
    assert " ".join(p.text for p in art.paragraphs if p.indexed).count(caption) == 1
    # and the text after the <h4> is kept, its heading apart
    assert [p.text for p in art.paragraphs if p.indexed][-1] == texts[2]


def test_a_table_caption_in_a_teaser_box_stays_out() -> None:
    title = "Tarnica o świcie z Wołosatego"
    teasers = '<aside class="related">' + _blogger_table("Połonina Wetlińska w październiku, widok z chatki", False)
    art = _page(f"<article><h1>{title}</h1>{_paras(PL_PROSE)}</article>", title, "pl", after=teasers + "</aside>")
    assert not any("Połonina" in p.text for p in art.paragraphs if p.indexed)


# Plain text: a caption with its credit set under the byline and the share bar, no blank line
# between them (html-text's layout of <div>s), the credit a label and a slash ("WW photo / NAME").
GLUED = [
    (
        "Lagos opens three new ferry routes",
        "By Chinedu Okonkwo Published: 13/08/2018 14:26",
        "Passengers board a ferry at the Ebute-Ero jetty on Monday. WW photo / Yemisi Adeyemi",
        "Passengers board a ferry at the Ebute-Ero jetty on Monday.",
    ),
    (
        "Neue Fährlinien über den See",
        "Von Anna Berg | 13.08.2018, 14:26 Uhr",
        "Fahrgäste steigen am Montag am Anleger in Romanshorn ein. Foto: Jonas Keller",
        "Fahrgäste steigen am Montag am Anleger in Romanshorn ein.",
    ),
    (
        "Nowe linie promowe na zalewie",
        "Autor: Jan Kowalski, 13.08.2018 14:26",
        "Pasażerowie wsiadają na prom w porcie w poniedziałek rano. PAP foto / Anna Nowak",
        "Pasażerowie wsiadają na prom w porcie w poniedziałek rano.",
    ),
]


@pytest.mark.parametrize(("title", "meta", "caption", "kept"), GLUED)
def test_a_caption_glued_under_the_share_bar_is_a_caption(title: str, meta: str, caption: str, kept: str) -> None:
    lead = (
        "The city government on Monday opened three new commercial ferry routes across the lagoon, in a bid "
        "to take pressure off the bridge ahead of planned repairs later this month."
    )
    art = parse_blocks(title, f"{meta}\nFacebook Twitter WhatsApp Print\n{caption}", lead, PROSE[1], PROSE[2])
    assert _captions(art) == [kept]


def test_a_shop_banners_caption_box_stays_out() -> None:
    # a theme's banner: its picture, and its offer in a box classed "caption"
    banner = (
        '<section class="banner full-width"><div class="image-element__wrap"><img src="abo.jpg" alt=""></div>'
        '<div class="position-left caption"><div class="caption-content"><div class="pretext"><p>Jetzt mit 10% '
        'Rabatt</p></div><h2 class="headline">Mit dem Kaffee-Abo</h2><div class="subtitle"><p>Mehr als 450 aktive '
        "Nutzer jeden Monat</p></div></div></div></section>"
    )
    title = "Die Viertagewoche"
    art = _page(f"<article><h1>{title}</h1>{_paras(DE_PROSE)}{banner}</article>", title, "de")
    assert _captions(art) == []
    assert not any("Kaffee-Abo" in p.text or "Rabatt" in p.text for p in art.paragraphs if p.indexed)


@pytest.mark.parametrize(
    ("lang", "title", "caption", "texts"),
    [
        ("en", "Living with a heat pump", "The outdoor unit on a frosty morning in January", PROSE),
        ("de", "Die Viertagewoche", "Das Team beim letzten Freitagsmeeting im Juni", DE_PROSE),
        ("pl", "Tarnica o świcie z Wołosatego", "Wschód słońca z przełęczy pod Tarnicą, godzina 5:48", PL_PROSE),
    ],
)
@pytest.mark.parametrize(
    "form",
    [
        '<figure><img src="a.jpg" alt=""><div class="caption">{}</div></figure>',  # no <figcaption>
        '<p><img src="a.jpg" alt=""></p><p class="image-caption"><em>{}</em></p>',  # among the paragraphs
    ],
)
def test_a_caption_box_in_a_figure_or_among_the_paragraphs_is_a_caption(
    lang: str, title: str, caption: str, texts: list[str], form: str
) -> None:
    body = f"<article><h1>{title}</h1>{_paras(texts[:1])}{form.format(caption)}{_paras(texts[1:])}</article>"
    art = _page(body, title, lang)
    assert _captions(art) == [caption]
