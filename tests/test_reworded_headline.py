"""A club's or a blog's page whose <title> is "POST - SITE" and whose headline on the page is the
post's title reworded: the site's name, printed alone in the banner and again only in the
copyright line, is no headline; the headline is the line over the article-info box ("Geschrieben
von NAME" / "Kategorie: X"). Trial 28's Joomla club page took the club's name for its title and
dropped the headline. Pages of our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.models import BODY, BOILERPLATE, LEAD, TITLE
from tests.helpers import kind_and_reason as kind_of, parse_blocks as parse

SITE = "TSV Blau-Gelb Oberhausen 1908 e.V."
HEADLINE = "Endlich geschafft: Unsere Damen spielen nächste Saison in der Landesliga"
PROSE = [
    "Mit einem 27:24-Sieg gegen die HSG Rheinaue haben unsere Handballerinnen am letzten Spieltag den "
    "ersten Tabellenplatz der Bezirksoberliga verteidigt und steigen damit direkt in die Landesliga auf.",
    "Trainerin Miriam Scholz lobte vor allem die Abwehrarbeit in der zweiten Halbzeit, als die Mannschaft "
    "einen Rückstand von vier Toren in weniger als zehn Minuten aufholte.",
    "Die Aufstiegsfeier findet am Samstag ab 18 Uhr im Vereinsheim statt, alle Mitglieder und Fans sind "
    "herzlich eingeladen, mit der Mannschaft anzustoßen.",
]


def _page(copyright_line: str) -> list[str]:
    return [
        f"Aufstieg perfekt: Damen I feiern bis spät in die Nacht - {SITE}",
        SITE,
        "Start\nVerein\nAktuelles\nHandball\nTurnen\nMitglied werden",
        "Sie sind hier:\nStart /\nAktuelles /\nHandball /\nDamen I steigen auf",
        HEADLINE,
        "Drucken E-Mail",
        "Details\nGeschrieben von Tobias Brenner\nKategorie: Handball\nVeröffentlicht: 12. Mai 2024\nZugriffe: 204",
        *PROSE,
        copyright_line,
    ]


def test_the_site_name_of_the_copyright_line_is_no_headline_and_the_reworded_headline_is() -> None:
    art = parse(*_page(f"© 2024 {SITE} · Am Sportpark 3 · 46045 Oberhausen · Impressum · Datenschutz"))
    assert art.title == HEADLINE
    assert kind_of(art, HEADLINE) == (TITLE, "headline (over the byline or date line)")
    assert kind_of(art, SITE)[0] != TITLE
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE
    assert art.byline == "Tobias Brenner"


BLOG = "Les cahiers de Martine"
POST = "Via Algarviana : cinq jours entre collines, chênes-lièges et villages blanchis"
BLOG_PROSE = [
    "Il y a des itinéraires qu'on repousse d'année en année, et puis un matin de septembre on boucle "
    "enfin son sac pour de bon, sans trop savoir pourquoi ce jour-là plutôt qu'un autre.",
    "La première étape, d'Alcoutim à Balurcos, longe le Guadiana avant de grimper dans les collines, "
    "où l'on ne croise guère que des chèvres et un berger qui nous offre de l'eau fraîche.",
]


def test_a_blogs_post_title_reworded_under_its_title_blog_post_is_the_headline() -> None:
    # Typepad's <title> "BLOG: POST"; the page shows BLOG alone, then the post's title reworded
    art = parse(
        f"{BLOG}: Via Algarviana : cinq jours entre collines et chênes-lièges",
        BLOG,
        "Randonnées lentes, trains régionaux et carnets d'une institutrice à la retraite",
        "Accueil Archives À propos S'abonner",
        "mercredi 11 septembre 2024",
        POST,
        *BLOG_PROSE,
    )
    assert art.title == POST
    assert [p.text for p in art.paragraphs if p.kind == TITLE] == [POST]


@pytest.mark.parametrize(
    ("key", "tagline"),
    [
        # Blogger's header (the blog's name, its description, then the post) and a Medium-like
        # publication's: trial 30's pages (ours, kept in eval/trials) indexed both taglines
        ("1cceea777e5be65d", "aufgeschrieben von einem, der eigentlich nur mal kurz raus wollte"),
        ("b6db172984d44d65", "Practical notes on reporting local government in South Africa"),
    ],
)
def test_a_blogs_tagline_under_its_name_over_the_headline_is_the_sites(key: str, tagline: str) -> None:
    path = Path(__file__).parent.parent / "eval" / "trials" / "trial30" / "pages_txt" / f"{key}.txt"
    art = parse(path.read_text(encoding="utf-8"))
    (kind,) = [p.kind for p in art.paragraphs if tagline in p.text]
    assert kind == BOILERPLATE
    assert [p for p in art.paragraphs if p.kind == BODY]


RAIL_PROSE = [
    "Manche Strecken stehen jahrelang auf der Liste, bevor man sie endlich fährt. Für uns war es die "
    "Rhätische Bahn über den Albula, an einem klaren Morgen im Oktober.",
    "Der Zug verlässt Chur kurz nach acht Uhr. Wir hatten Plätze auf der linken Seite reserviert, "
    "weil man von dort die Viadukte am besten sieht, und wurden nicht enttäuscht.",
    "In Preda sind wir ausgestiegen und zu Fuss zum Albulapass hinaufgestiegen, zwei Stunden durch "
    "Lärchenwald und über Alpweiden, bevor uns das Postauto wieder ins Tal brachte.",
]


@pytest.mark.parametrize(
    ("title", "headline"),
    [
        # the <title>'s headline whole in the page's longer one
        (
            "Mit der Albulabahn von Chur nach St. Moritz — Langsam Unterwegs",
            "55 Tunnel, 196 Brücken: Mit der Albulabahn von Chur nach St. Moritz",
        ),
        # the same subject, other words after it (an SEO <title>)
        (
            "Albulabahn im Herbst: Die besten Sitzplätze | Langsam Unterwegs",
            "Albulabahn im Herbst: Wo die Viadukte am schönsten sind",
        ),
        # it opens with the <title>'s shorter part, quoted, the longer one the site's name
        # (trial 39's holiday flat)
        (
            "Ferienwohnung Enzian - Gästehaus Hausberger Wildschönau",
            "Ferienwohnung „Enzian“ – 55 m² mit Balkon und Bergblick",
        ),
        # three words alike by their stems: compounds and inflections (trial 39's agency item)
        (
            "Albula: Bahnfreunde fotografieren Viaduktsanierung | Langsam Unterwegs",
            "Sanierung am Viadukt: Albulas Bahnfreunde auf Fotopirsch",
        ),
        (
            "Albula rail fans photograph the viaduct repairs | Langsam Unterwegs",
            "Viaduct repaired, photographers return to the Albula railway",
        ),
    ],
)
def test_the_headline_over_the_article_that_rewords_the_title_line_is_the_title(title: str, headline: str) -> None:
    # no line of the page repeats the <title> line: its headline is the page's own, over the text
    art = parse(
        title,
        "Langsam Unterwegs – zwei Berner auf Reisen\nStart\nBlog\nReiseziele\nÜber uns",
        "Schweiz\n12. Oktober 2021 · 5 Min. Lesezeit",
        headline,
        *RAIL_PROSE,
        "© 2021 Langsam Unterwegs · Impressum · Datenschutz",
    )
    assert art.title == headline
    assert kind_of(art, headline) == (TITLE, "headline (rewords the page title, over the article)")
    assert kind_of(art, title)[0] == BOILERPLATE
    assert [p.text for p in art.paragraphs if p.kind == BODY] == RAIL_PROSE


@pytest.mark.parametrize(
    ("title", "line"),
    [
        # a teaser's headline over the text shares the place name only
        ("Herbstferien im Engadin: Unsere Tipps | Langsam Unterwegs", "Engadiner Nusstorte selbst backen"),
        # a rubric's name sharing two words is short (wild tuning page's "Vanlife, ... & mehr")
        ("Vanlife in Schweden - Skandinavien im Wohnmobil | Outdoor", "Vanlife, Wohnmobil-Kaufberatung & mehr"),
        # a meta line with the day and the tags ("6. November 2023 NAME Azad, Bushido, ...")
        (
            "Bushido antwortet Azad und erklärt ihn für finished | Rapnews",
            "6. November 2023 Octavius Hallenstein Azad, Bushido, finished",
        ),
        # the <title>'s shorter part inside a question, not opening it: a section's heading
        ("Zaubernuss im Winter » Wann blüht die Hamamelis?", "Wie pflege ich meine Zaubernuss im Winter?"),
    ],
)
def test_a_line_sharing_few_words_with_the_title_line_is_no_headline(title: str, line: str) -> None:
    art = parse(title, "Start\nBlog\nReiseziele\nÜber uns", line, *RAIL_PROSE)
    assert art.title != line


def test_a_guides_section_heading_under_its_headline_is_no_headline() -> None:
    # two words alike by their stems only (a wild tuning page): the page's own headline over it
    # is the one the headline's slot gives (`segment.headslot`, the topmost line sharing them)
    headline = "Elektronisches Katzenspielzeug: Die sieben besten Modelle im Test"
    section = "Elektronische Spielzeuge für Katzen im Vergleich"
    art = parse(
        "Das beste elektronische Katzenspielzeug 2022 - Vergleich", "Start\nBlog\nReiseziele\nÜber uns",
        headline, section, *RAIL_PROSE,
    )  # fmt: skip
    assert art.title == headline


def test_a_standfirst_the_model_dropped_right_under_the_headline_is_the_lead() -> None:
    # tagDiv's head: headline / standfirst without a full stop / "By / NAME / - / DATE / views /
    # comments / share buttons" (one block, a row of short lines); the block model dropped the
    # standfirst as a teaser's line (trial 38's small-town news page, written blind for us)
    path = Path(__file__).parent.parent / "eval" / "trials" / "trial38" / "pages_txt" / "23eaae6037ad3326.txt"
    art = parse(path.read_text(encoding="utf-8"))
    standfirst = "Herefordshire planners back scheme to replace the ageing timber crossing at Riverside Walk"
    assert art.title == "Plans for new Leadon footbridge finally approved after three-year wait"
    assert kind_of(art, standfirst) == (LEAD, "lead (standfirst under the headline)")


def test_the_sites_banner_under_its_title_line_is_no_standfirst() -> None:
    # the dump's <title> line "SITE - PAGE", then the banner: the site's name over its tagline
    # (trial 37's village club page indexed its tagline as the lead)
    art = parse(
        "Dorfverein Mühlbach e.V. - Kartoffelfest 2017",
        "Dorfverein Mühlbach e.V.\nGemeinsam für unser Dorf im Odenwald",
        "Startseite\nDer Verein\nVeranstaltungen",
        *RAIL_PROSE,
    )
    assert kind_of(art, "Dorfverein Mühlbach e.V.\nGemeinsam")[0] == BOILERPLATE


RUGBY_PROSE = [
    "For 13 years the cup has lived on the other side of the river, and for most of the second half "
    "on Saturday it looked as though it would stay there for another season at least.",
    "Harbour weathered a storm from the defending champions and struck late, the winger reading a "
    "long pass and running 60 metres to score under the posts with two minutes left.",
]


def _report(headline: str, caption: str = "Harbour's captain lifts the cup at Park Island.") -> list[str]:
    """A regional paper's sports report as text: the SEO <title>, the menu, the section, then
    the headline over its standfirst, byline, date, share row, a picture's caption and credit
    and a match box, then the report (trial 40)."""
    return [
        "Club rugby: Harbour hold nerve to claim first Maddison Cup since 2008 | Bay Courier",
        "Menu Subscribe Log in",
        "News\nSport\nBusiness\nRural\nEntertainment",
        "Sport Rugby Club rugby",
        headline,
        "A late intercept try from the winger sealed a 27-20 win over United in the final at Park Island.",
        "Rangi Whaanga Sports reporter",
        "Jul 17 2021, 6:42 PM",
        "Share on Facebook Share on Twitter Email",
        caption,
        "Photo / Warren Buckland",
        "Maddison Cup final, Park Island, Napier Harbour 27 United 20",
        *RUGBY_PROSE,
    ]


@pytest.mark.parametrize(
    "headline",
    [
        # over its standfirst, byline, date, share row, caption and match box
        "Harbour hold their nerve to end 13-year wait for Maddison Cup",
        # a question (trial 40's law firm: "...: Do You Still Need an Agreement?")
        "Did Harbour finally hold their nerve to win the Maddison Cup?",
    ],
)
def test_the_reworded_headline_over_a_reports_meta_lines_is_the_title(headline: str) -> None:
    art = parse(*_report(headline))
    assert art.title == headline
    assert kind_of(art, headline) == (TITLE, "headline (rewords the page title, over the article)")


@pytest.mark.parametrize(
    "line",
    [
        # a picture's caption over the report shares the <title>'s words (ends in its credit)
        "Harbour's captain holds the Maddison Cup after the nerve-wracking final. (Foto: dpa)",
        # so does a contact line with its e-mail address
        "Harbour Maddison Cup tickets: cup@harbour-rugby.example.org",
    ],
)
def test_a_caption_or_a_contact_line_sharing_the_titles_words_is_no_headline(line: str) -> None:
    art = parse(*_report("Sport in brief", caption=line))
    assert art.title != line


# An SEO <title> worded apart from the headline the page shows, with no word of it in common
# (trial 41: a savings bank's guide, a live ticker, an IT news site). Pages of our own.
NECKAR_TITLE = "Hochwasser am Neckar: Was Anwohner jetzt wissen müssen | Neckarbote"
NECKAR_HEADLINE = "Pegel steigt weiter: Feuerwehr sichert die Altstadt mit Sandsäcken"
NECKAR_PROSE = [
    "Seit dem frühen Morgen sind mehr als 200 Einsatzkräfte damit beschäftigt, die Uferstraße und die "
    "tiefer gelegenen Gassen der Altstadt mit Sandsäcken gegen das steigende Wasser zu sichern.",
    "Nach Angaben der Hochwasserzentrale könnte der Pegel in der Nacht auf über sechs Meter steigen, "
    "die Stadt hat deshalb mehrere Parkhäuser in Ufernähe vorsorglich räumen lassen.",
    "Anwohnerinnen und Anwohner sollen Keller und Tiefgaragen meiden und sich über die Warn-App der Stadt "
    "auf dem Laufenden halten, teilte die Feuerwehr am Nachmittag mit.",
]
NECKAR_MENU = "Startseite\nLokales\nPolitik\nSport\nKultur"


def test_the_headline_over_the_article_is_the_title_when_it_shares_no_word_with_the_seo_title() -> None:
    art = parse(
        NECKAR_TITLE, NECKAR_MENU, "Lokales", NECKAR_HEADLINE, "Von Jana Roth | 14.02.2024, 18:30 Uhr", *NECKAR_PROSE
    )
    assert art.title == NECKAR_HEADLINE
    assert kind_of(art, NECKAR_HEADLINE) == (TITLE, "headline (the line over the article)")
    assert [p.text for p in art.paragraphs if p.kind == BODY] == NECKAR_PROSE


def test_a_line_printed_twice_over_the_article_is_a_menus_and_no_headline() -> None:
    # a second copy of a menu ends right over the article: its last item is no headline
    item = "Jetzt Newsletter der Redaktion bestellen"
    art = parse(NECKAR_TITLE, NECKAR_MENU, item, "Lokales", NECKAR_MENU, item, *NECKAR_PROSE)
    assert art.title != item


def test_a_sections_heading_under_the_articles_prose_is_no_headline() -> None:
    # a long paragraph of the article above it: the line heads a section of the article
    heading = "Warum die Altstadt so schnell überflutet wird"
    art = parse(NECKAR_TITLE, NECKAR_MENU, NECKAR_PROSE[0] + " " + NECKAR_PROSE[1], heading, NECKAR_PROSE[2])
    assert art.title != heading
