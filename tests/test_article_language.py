"""An article's language is its own text's, not a quotation's or an embedded post's (a new user's
try: onlinemarketing.de's German story about Instagram, whose lead was left out of the sample and
whose embedded English post filled it, was read as English and tagged with junk entities)."""

from __future__ import annotations

from indexer.models import Article, Paragraph
from indexer.pipeline import LANGUAGE_SAMPLE, article_language, language_sample

TWEET = (
    "#Instagram is working on Video Notes for Stories. Users can record a 30sec video and share it to "
    "stories. Instagram Beta for Android added this section in the latest update and it works like this: "
    "a) You can record a 15 sec video and upload it to Stories. b) Upload from your phone a 15 sec video."
)


def _article(*parts: tuple[str, str]) -> Article:
    return Article("a", "a.txt", "h", paragraphs=[Paragraph(i + 1, k, t) for i, (k, t) in enumerate(parts)])


def test_a_german_story_with_an_english_post_embedded_is_german() -> None:
    art = _article(
        ("title", "Instagram arbeitet an neuer Videofunktion für Stories"),
        (
            "lead",
            "Instagram testet eine neue Videofunktion in den Stories. Diese kann vor allem für Creator interessant sein.",
        ),
        (
            "body",
            "Der App-Forscher hat die neue Funktion in der Beta-Version entdeckt und einen Screenshot davon geteilt.",
        ),
        ("body", TWEET),
        ("body", "Nutzerinnen und Nutzer haben die Möglichkeit, ein bis zu 15 Sekunden langes Video aufzunehmen."),
    )
    assert "Instagram testet" in language_sample(art)  # the lead is the article's text
    assert len(language_sample(art)) <= LANGUAGE_SAMPLE
    assert article_language(art) == "de"


def test_an_english_story_quoting_german_is_english() -> None:
    quote = "„Wir werden die Brücke so schnell wie möglich wieder öffnen“, sagte der Bürgermeister am Montag."
    art = _article(
        ("title", "Bridge to reopen in spring"),
        ("body", "The mayor of the town said on Monday that the old bridge over the river would reopen in the spring."),
        ("body", quote),
        ("body", "Engineers said the steel supports had corroded faster than expected and the deck needed new beams."),
    )
    assert article_language(art) == "en"
