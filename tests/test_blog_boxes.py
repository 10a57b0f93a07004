"""A blog post or a magazine story saved as plain text with the boxes around it kept out of the
text, in several languages (helper blogbox, trial 23): a sign-up box whose title and blurb name no
newsletter but whose form follows (and the author's bio above it), a sidebar's box about the
site ("Über diese Seite", two paragraphs), a print edition's note, the header of the author's
other stories ("Mehr von NAME"), a consent tool's cookie notice and the question over a comment
form closed to guests. The post's own paragraphs stay, its last ones about the writer's plans too.
Pages and sentences written for these tests."""

from __future__ import annotations

from typing import NamedTuple

import pytest

from indexer import chromewords
from indexer.models import Article
from indexer.segment.tail import _sent_every
from indexer.segment.textblocks import _cookie_notice_text, _measure, _print_note, split_blocks
from tests.helpers import parse_blocks


class Post(NamedTuple):
    lang: str
    title: str
    byline: str
    paragraphs: tuple[str, ...]
    author: str
    bio: str
    box_title: str
    blurb: str
    form: str


POSTS = [
    Post(
        "en",
        "Why we stopped heating the whole house",
        "Tom Ashby · 12 March 2023",
        (
            "Last winter our gas bill was higher than the rent we paid as students. We live in a drafty terraced "
            "house from 1890, and most of the rooms were warm for hours when nobody was in them.",
            "So we tried something simple: heat only the rooms we use, when we use them. Thermostatic valves on "
            "every radiator cost us less than a single month of the old bill.",
            "The result after one season is a third less gas. Next winter I will add a smart valve to the spare "
            "room and write here again about how it went, good or bad.",
        ),
        "Tom Ashby",
        "Tom is a heating engineer from Bristol who has spent fifteen years fitting boilers and heat pumps in old homes.",
        "Get the Warm House Journal by email",
        "One useful email a month about keeping older homes warm. No sales talk, and you can leave whenever you like.",
        "you@example.com\nSubscribe",
    ),
    Post(
        "de",
        "Warum wir die Heizung im Flur abgeschaltet haben",
        "Katrin Vogt · 3. Februar 2023",
        (
            "Im letzten Winter war unsere Gasrechnung so hoch wie nie. Wir wohnen in einem Altbau aus dem Jahr "
            "1905, und der lange Flur wurde den ganzen Tag beheizt, obwohl niemand sich dort aufhielt.",
            "Also haben wir etwas Einfaches versucht: Nur die Räume werden geheizt, die wir wirklich nutzen. "
            "Thermostatventile an allen Heizkörpern haben weniger gekostet als eine Monatsrechnung.",
            "Nach einer Saison verbrauchen wir ein Drittel weniger Gas. Im nächsten Jahr möchte ich auch das "
            "Gästezimmer umrüsten und werde hier wieder berichten, wie es gelaufen ist.",
        ),
        "Katrin Vogt",
        "Katrin ist Energieberaterin in Kassel und begleitet seit zehn Jahren Familien bei der Sanierung alter Häuser.",
        "Einmal im Monat Post von uns",
        "Wir schreiben über Altbauten, Heizung und Dämmung. Melde dich an und erhalte neue Beiträge direkt per E-Mail.",
        "Deine E-Mail-Adresse\nAbonnieren",
    ),
    Post(
        "hr",
        "Kako sam sašila suknju od starog kaputa",
        "Ana Kovač · 19. veljače 2017.",
        (
            "Djedov vuneni kaput godinama je visio u ormaru jer nikome nije odgovarao. Tkanina je bila odlična, "
            "debela i topla, pa sam odlučila od nje napraviti nešto što ću nositi svaki dan.",
            "Najviše vremena oduzelo je paranje šavova i glačanje dijelova. Kroj sam prilagodila tako da džepovi "
            "kaputa ostanu na istom mjestu, samo okrenuti prema naprijed.",
            "Suknja je gotova za dva vikenda i nosim je cijelu zimu. Sljedeće godine planiram od ostatka tkanine "
            "sašiti prsluk, a i o tome ću pisati ovdje.",
        ),
        "Ana Kovač",
        "Ana šije od svoje dvanaeste godine i vodi male radionice šivanja za početnike u Zagrebu.",
        "Pismo iz radionice",
        "Jednom mjesečno šaljem novi besplatni kroj i popis radionica. Bez reklama i bez spama.",
        "Prijavi se\nPrethodno",
    ),
    Post(
        "fr",
        "Pourquoi nous avons arrêté de chauffer toute la maison",
        "Claire Martin · 8 janvier 2024",
        (
            "L'hiver dernier, notre facture de gaz a dépassé tout ce que nous avions connu. Nous habitons une "
            "vieille maison de 1910, et la plupart des pièces restaient chauffées même vides.",
            "Nous avons donc essayé une idée simple : ne chauffer que les pièces occupées. Des robinets "
            "thermostatiques sur chaque radiateur ont coûté moins cher qu'un mois de facture.",
            "Après une saison, nous consommons un tiers de gaz en moins. L'an prochain, je veux équiper aussi la "
            "chambre d'amis et je raconterai ici comment cela s'est passé.",
        ),
        "Claire Martin",
        "Claire est conseillère en énergie à Lyon et accompagne depuis dix ans des familles dans la rénovation.",
        "Une lettre par mois",
        "Chaque mois, un e-mail avec nos nouveaux articles sur la rénovation des maisons anciennes. Sans publicité.",
        "Votre adresse e-mail\nJe m'inscris",
    ),
    # a newsroom's box: its field's label and button on one line (trial 30's national news page)
    Post(
        "en-news",
        "River pollution fines doubled after second spill",
        "Ruth Okafor · 3 June 2024",
        (
            "The water company that let raw sewage into the River Lenn twice in a year has been fined twice as "
            "much as last time, after magistrates heard it had ignored its own alarms.",
            "Residents downstream said the second spill killed fish along three miles of the river and closed "
            "the swimming spot that had reopened only the summer before.",
            "The company said it would appeal. The regulator said it had passed a file to prosecutors, which is "
            "considering charges against two of its managers.",
        ),
        "Ruth Okafor",
        "Ruth is our environment correspondent and has covered water and rivers in the North for a decade.",
        "Down to Earth",
        "Our environment team's weekly guide to the climate, nature and the fight over our rivers, every Tuesday.",
        "Email address Sign up",
    ),
]
IDS = [p.lang for p in POSTS]


def _indexed(art: Article) -> str:
    return "\n".join(p.text for p in art.paragraphs if p.kind in ("body", "lead", "heading", "caption"))


def _post_page(post: Post, *, form: bool = True) -> Article:
    """The post as a dump: menu, headline, byline, paragraphs, the author's bio, the sign-up box."""
    boxes = [post.author, post.bio, post.box_title, post.blurb] + ([post.form] if form else [])
    return parse_blocks(f"{post.title} | Blog", "Home Blog About", post.title, post.byline, *post.paragraphs, *boxes)


@pytest.mark.parametrize("post", POSTS, ids=IDS)
def test_mail_box_and_bio_under_the_post(post: Post) -> None:
    text = _indexed(_post_page(post))
    for paragraph in post.paragraphs:  # the last one tells the writer's plans: still the post's
        assert paragraph in text
    for box in (post.bio, post.box_title, post.blurb):
        assert box not in text, box


@pytest.mark.parametrize("post", POSTS, ids=IDS)
def test_no_form_no_mail_box(post: Post) -> None:
    """Without the form under it, a short heading and a paragraph about mail may be the post's
    own last section: the rule does not read it as a sign-up box (unless the paragraph says how
    often a letter is sent: `test_a_letters_box_that_says_how_often_it_comes_needs_no_form`)."""
    art = _post_page(post, form=False)
    assert not any(p.reason.startswith("newsletter sign-up (a title") for p in art.paragraphs)


ABOUT_SITE = [
    ("de", "Über diese Seite", "Hier dokumentiere ich seit 2005 den Bau meiner Modellbahn im Keller unseres Hauses.",
     "Ich bin kein Profi, sondern baue nach Feierabend. Fehler passieren, und auch die zeige ich hier offen."),
    ("en", "About this blog", "I have been writing here since 2009 about restoring old bicycles in my small garage.",
     "I am no professional, just someone who likes fixing things. Mistakes happen, and I show those too."),
    ("hr", "O ovom blogu", "Ovdje od 2012. pišem o obnovi starih šivaćih strojeva u maloj radionici u Zagrebu.",
     "Nisam profesionalka, samo volim popravljati stvari. Greške se događaju i njih ovdje pokazujem."),
    ("sv", "Om bloggen", "Här skriver jag sedan 2010 om hur jag renoverar gamla cyklar i mitt lilla garage.",
     "Jag är ingen proffs, bara någon som gillar att laga saker. Misstag händer, och dem visar jag också."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "label", "first", "second"), ABOUT_SITE, ids=[a[0] for a in ABOUT_SITE])
def test_about_site_box_over_the_post(lang: str, label: str, first: str, second: str) -> None:
    post = next((p for p in POSTS if p.lang == lang), POSTS[0])
    # (the dump of an old CMS's table layout: the sidebar's box between the menu and the post, whose
    # headline is the page's title line alone)
    art = parse_blocks(f"{post.title} | Blog", "Home Blog Gallery Contact", label, first, second, "Who is online",
                       "We have 3 guests online", *post.paragraphs, "Comments (2)")  # fmt: skip
    text = _indexed(art)
    for paragraph in post.paragraphs:
        assert paragraph in text
    for box in (label, first, second):
        assert box not in text, box


def test_about_site_label_covers_every_language() -> None:
    for table in (
        chromewords.ABOUT_SITE_LABEL,
        chromewords.MAIL_BLURB_KEYS,
        chromewords.PRINT_ISSUE,
        chromewords.MORE_BY,
        chromewords.COOKIE_TECH,
        chromewords.COMMENT_FORM_HEADING,
    ):
        assert set(table) == set(chromewords.LANGUAGES)


def _block(text: str):  # type: ignore[no-untyped-def]
    (b,) = split_blocks(text)
    _measure(b)
    return b


@pytest.mark.parametrize(
    "note",
    [
        "Diese Reportage ist in der Ausgabe 9/2016 von Berg & Tal erschienen. Das Heft gibt es im Handel.",
        "This story appeared in the March 2016 issue of Hill & Dale. Subscribe to get every issue.",
        "Cet article est paru dans le numéro 112 de Terres et Gens, en kiosque ce mois-ci.",
        "Este reportaje se publicó en el número 45 de Campo y Gente.",
        "Artykuł ukazał się w numerze 3/2019 miesięcznika Pola i Ludzie.",
    ],
)
def test_print_note(note: str) -> None:
    assert _print_note(_block(note))


@pytest.mark.parametrize(
    "text",
    [
        "This article was originally published by The Conversation under a Creative Commons licence.",
        "The report found that the issue of rural pear trees has been ignored by the ministry for years, "
        "and local groups now plant new ones every spring.",
        "Der Bericht zeigt, dass die Ausgaben der Gemeinden für Straßen seit Jahren steigen.",
    ],
)
def test_no_print_note(text: str) -> None:
    assert not _print_note(_block(text))


MORE_BY = [
    ("de", "Mehr von Eva Reisinger"),
    ("en", "More by Eva Reisinger"),
    ("hr", "Više od Eve Reisinger"),
    ("nl", "Meer van Eva Reisinger"),
]


@pytest.mark.parametrize(("lang", "header"), MORE_BY, ids=[m[0] for m in MORE_BY])
def test_more_by_author_list(lang: str, header: str) -> None:
    post = next((p for p in POSTS if p.lang == lang), POSTS[0])
    teasers = (
        "The last perry pear orchards",
        "Around three hundred thousand old pear trees still stand in the hills. A club fights to keep them.",
        "A summer on the high pasture",
        "A herder has spent twenty-two summers with forty cows on the same mountain meadow.",
    )
    art = parse_blocks(f"{post.title} | Magazin", post.title, post.byline, *post.paragraphs, header, *teasers, "© 2016")
    text = _indexed(art)
    for paragraph in post.paragraphs:
        assert paragraph in text
    for teaser in teasers:
        assert teaser not in text, teaser


@pytest.mark.parametrize(
    "notice",
    [
        "Pour offrir les meilleures expériences, nous utilisons des technologies telles que les cookies pour "
        "stocker et/ou accéder aux informations des appareils.",
        "Para ofrecer las mejores experiencias, utilizamos tecnologías como las cookies para almacenar y/o "
        "acceder a la información del dispositivo.",
        "Per fornire le migliori esperienze, utilizziamo tecnologie come i cookie per memorizzare e/o accedere "
        "alle informazioni del dispositivo.",
        "Aby zapewnić jak najlepsze wrażenia, korzystamy z technologii, takich jak pliki cookie, do "
        "przechowywania i/lub uzyskiwania dostępu do informacji o urządzeniu.",
        # the GOV.UK Design System's banner (trial 59's council page kept its second line as text)
        "We’d also like to use analytics cookies so we can understand how you use the service and make improvements.",
        "We'd like to set additional cookies to understand how you use the council's website.",
    ],
)
def test_consent_tool_cookie_notice(notice: str) -> None:
    assert _cookie_notice_text(notice, notice.lower())


@pytest.mark.parametrize(
    "text",
    [
        "Google said its new technology will replace third-party cookies in the Chrome browser next year.",
        "The bakery said it would like to use more local butter in its cookies from next month.",
    ],
)
def test_report_on_cookie_technology_is_no_notice(text: str) -> None:
    assert not _cookie_notice_text(text, text.lower())


@pytest.mark.parametrize(
    ("question", "note"),
    [
        ("Vil du kommentere?", "Kommentarer er forbeholdt abonnenter. Registrer deg gratis for å delta i diskusjonen."),
        ("Want to comment?", "Comments are for subscribers only. Register for free to join the discussion."),
        ("Möchten Sie kommentieren?", "Kommentare sind Abonnenten vorbehalten. Registrieren Sie sich kostenlos."),
    ],
)
def test_comment_gate_under_the_post(question: str, note: str) -> None:
    post = POSTS[0]
    teasers = ("Ten years of blogging", "What I learned from writing every week for a decade.", "2 Nov 2021")
    art = parse_blocks(f"{post.title} | Blog", post.title, post.byline, *post.paragraphs, question, note, "Register",
                       post.author, post.bio, f"More posts from {post.author}", *teasers)  # fmt: skip
    text = _indexed(art)
    for paragraph in post.paragraphs:
        assert paragraph in text
    assert note not in text


@pytest.mark.parametrize(
    "prompt",
    [
        "Be the first to start the conversation.",  # (trial 44's page kept it as text)
        "Be the first to comment",
        "Sei der Erste, der einen Kommentar schreibt!",
        "Soyez le premier à commenter",
        "Wees de eerste die reageert",
    ],
)
def test_an_empty_threads_prompt_starts_the_page_tail(prompt: str) -> None:
    post = POSTS[0]
    pitch = "Sign up for more like this. Every Friday we send the week's posts, free, straight to your inbox."
    art = parse_blocks(f"{post.title} | Blog", post.title, post.byline, *post.paragraphs, prompt, pitch)
    text = _indexed(art)
    for paragraph in post.paragraphs:
        assert paragraph in text
    assert prompt not in text
    assert pitch not in text
    from indexer.segment.patterns import _TAIL_START

    assert _TAIL_START.match(prompt)


# A newsletter's box between a post's paragraphs, no form under it in the dump, its blurb saying
# how often the letter comes and that it is sent (trials 35 and 36: `tail._sent_every`)
EVERY_BOXES = [
    ("es", "Boletín Alcaraván Cultura", "Cada viernes le enviamos las mejores crónicas, entrevistas y reseñas de la semana."),
    ("pl", "Dołącz do Kaloszowego Listu", "Raz w tygodniu wysyłam krótki list z pomysłami na zabawy i książkami dla maluchów."),
    ("en", "Ledger Weekend", "Enjoying this long read? Every Saturday our editors choose the best stories, delivered before breakfast."),
    ("it", "Ti è arrivata inoltrata?", "Parole al metro esce ogni due lunedì ed è gratuita. Puoi iscriverti qui sotto e riceverla."),
    ("id", "Surat Embun", "Sebulan sekali saya kongsikan gambar terbaru dan cerita di sebalik setiap penggambaran."),
    ("de", "Post aus der Werkstatt", "Jeden Freitag schicken wir Ihnen die besten Reportagen der Woche, kostenlos und werbefrei."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "title", "blurb"), EVERY_BOXES, ids=[b[0] for b in EVERY_BOXES])
def test_a_letters_box_that_says_how_often_it_comes_needs_no_form(lang: str, title: str, blurb: str) -> None:
    post = POSTS[0]
    art = parse_blocks(f"{post.title} | Blog", "Home Blog About", post.title, post.byline, *post.paragraphs[:2],
                       title, blurb, *post.paragraphs[2:], "© 2025")  # fmt: skip
    text = _indexed(art)
    assert blurb not in text
    assert all(p in text for p in post.paragraphs)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # the words of "every" and "letter" in other languages: Turkish "her", Polish "list"
        (
            "Levy tipped for Whitbread prize",
            "Novelist Andrea Levy is favourite to win the main Whitbread Prize book "
            "of the year award, after winning novel of the year with her book Small Island.",
        ),
        # Finnish "joka" is "which" as well as "every"
        ("Mitä seuraavaksi?", "Lähetekeskustelun jälkeen aloite lähetettiin valiokuntaan, joka päättää asiasta."),
        # a programme's blurb: "weekly" is no "every week"
        ("Το φθινοπωρινό πρόγραμμα", "Δύο νέες σειρές και ένα εβδομαδιαίο ντοκιμαντέρ που λαμβάνει χώρα στα βουνά."),
        # a letter and "every" in two sentences: a parish letter's donation note (trial 37)
        (
            "Spenden auch online",
            "Die Kontonummer finden Sie auf dem Kärtchen, das wir diesem Pfarrbrief beigelegt haben. "
            "Jeder Euro hilft Projekten in Afrika, Asien und Lateinamerika.",
        ),
        (
            "Donate online",
            "You will find our bank details on the card that came with this letter. Every pound helps.",
        ),
    ],
)
def test_no_letter_in_a_sentence_with_the_words_of_other_languages(title: str, text: str) -> None:
    b = split_blocks(text)[0]
    _measure(b)
    assert not _sent_every(b)


@pytest.mark.parametrize(
    "row",
    [
        "Camille Drouard\nSuivre 6 min de lecture · 3 févr. 2024\n1,2 k 23",  # trial 35's Medium page
        "Mehmetcan Yıldırım 13 Ekim 2024\n4 1.842 2 dakika okuma süresi",
        "Ann Lee · Follow · 5 min read · Mar 3, 2024",
    ],
)
def test_a_posts_meta_row_is_furniture_and_still_gives_the_byline_and_date(row: str) -> None:
    post = POSTS[0]
    # under a subtitle, as Medium sets it: the head's byline rules read the block over it no more
    subtitle = "Eight years of notes, two thousand figures, and almost no memories"
    art = parse_blocks(f"{post.title} | Blog", "Home Blog About", post.title, subtitle, row, *post.paragraphs, "© 2025")
    (p,) = [p for p in art.paragraphs if p.text == row]
    assert p.kind != "body"
    assert art.published
    assert all(p in _indexed(art) for p in post.paragraphs)
