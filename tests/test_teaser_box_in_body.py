"""A "Das könnte Sie auch interessieren" box inside a story's text, two other stories' headlines
one a line under its label: the paragraph and the subheading under the box are the story
resuming, not a snippet of the box's last headline. Trial 66's regional TV story (read in session
56) lost a quote paragraph and a subheading to the box. A page of our own."""

from __future__ import annotations

from indexer.models import BODY, BOILERPLATE, HEADING
from tests.helpers import kind_and_reason as kind_of, parse_blocks as parse

QUOTE = (
    '"Das sind zwei Stunden mehr auf See und ein Tag weniger Fang pro Woche", sagt Kapitän Hinrich Poppen, '
    "der seit 28 Jahren mit seinem Kutter von Neuharlingersiel aus fährt. Einen Ausgleich für die "
    "Mehrkosten gibt es bislang nicht, der Landkreis prüft aber einen Zuschuss."
)
SUBHEADING = "Was während der Bauzeit gilt"


def test_the_text_under_an_in_body_teaser_box_of_two_headlines_is_the_storys() -> None:
    art = parse(
        "Neue Kaje für den Sielhafen: Kutter müssen umziehen | Küsten-TV",
        "Startseite\nRegion\nSport\nKultur\nMediathek",
        "Neue Kaje für den Sielhafen: Kutter müssen umziehen",
        "Küsten-TV, Regionalmagazin, 18.03.2021, 18:00 Uhr",
        "Im Sielhafen wird ab April die marode Spundwand ersetzt. Für die sechs Krabbenkutter des Ortes "
        "bedeutet das einen Umzug für mehrere Monate in den Hafen der Nachbarstadt.",
        "Die Kaje ist mehr als sechzig Jahre alt. Bei einer Tauchuntersuchung im vergangenen Herbst hatten "
        "Gutachter tiefe Risse und ausgewaschene Fugen auf fast der ganzen Länge festgestellt.",
        "Das könnte Sie auch interessieren",
        "Niedrige Krabbenpreise: Fischer bleiben im Hafen\nEmsfähre startet später in die Saison",
        QUOTE,
        SUBHEADING,
        "Die Hafenstraße ist ab dem 6. April halbseitig gesperrt, der Parkplatz am Hafen entfällt und "
        "Besucher werden zum Parkplatz an der Mühle geleitet, teilte die Gemeinde mit.",
        "Fertig sein soll die neue Kaje Ende Oktober, rechtzeitig vor den Herbststürmen, sagt der Bauamtsleiter.",
        "Teilen: Facebook Twitter WhatsApp E-Mail",
    )
    assert kind_of(art, "Niedrige Krabbenpreise")[0] == BOILERPLATE
    assert kind_of(art, QUOTE[:40])[0] == BODY
    assert kind_of(art, SUBHEADING)[0] == HEADING


def test_a_you_may_also_like_box_in_a_news_story_ends_where_the_story_resumes() -> None:
    # a shop's service phrase over two other stories' headlines: on a page that is no shop's,
    # the story's next paragraphs are its own (a new user's page lost its last two)
    resumed = [
        'Tom Hale, who chairs the Ashby Traffic Group, said residents were "used to waiting by now". '
        'He added: "Every year there is a new reason to put it off."',
        "The council expects a decision on the licence in the autumn, with work starting next spring.",
    ]
    art = parse(
        "Bypass delayed by newts | Ashby Echo",
        "News\nSport\nWhat's on\nJobs",
        "Bypass delayed by newts",
        "Work on the £48 million Ashby bypass has been put back a year after great crested newts were "
        "found in ponds along the route, the county council has said.",
        '"We are disappointed, but we have to follow the law," said Councillor Ann Obi, the cabinet member for highways.',
        "You may also like",
        "Ashby high street to get new crossing",
        "Plans for 300 homes at Bramley Farm approved",
        *resumed,
        "Share this article",
    )
    assert [kind_of(art, p[:30])[0] for p in resumed] == [BODY, BODY]
