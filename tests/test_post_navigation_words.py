"""A blog's links to the previous and the next post printed with the bare link word only
("Previous: TITLE", "Anterior:" over the title, "« Prev TITLE", "Next »"), not "Previous post"
(issue 13: held-out plain text kept such lines with the linked post's title). Plain text and
HTML, several languages, every language's word (`chromewords.PREV_NEXT_WORD`); each page is our own."""

from __future__ import annotations

import pytest

from indexer import chromewords, segment
from indexer.models import BODY, BOILERPLATE, INDEXED_KINDS
from indexer.segment import textblocks
from tests.helpers import FOOTER, MENU, PROSE, article_html, html_document
from tests.helpers import kind_and_reason as para
from tests.helpers import parse_blocks as parse

HEADLINE = "Bridge to close"
REASON = "previous / next post links"

NAVS = {
    "en": ["Previous: Ferry timetables for the next year explained", "Next: Council promises a new bridge by summer"],
    "es": ["Anterior: Los ferris de la ciudad vieja en verano", "Siguiente: El ayuntamiento promete un puente nuevo"],
    "de": ["Zurück: Neue Fähren für die Altstadt im Sommer", "Weiter: Der Rat verspricht eine neue Brücke"],
    "fr": ["« Précédent\nLes ferries de la vieille ville en été", "Suivant »\nLe conseil promet un nouveau pont"],
    "pl": ["Poprzedni:\nPromy na starym mieście latem", "Następny:\nRada obiecuje nowy most do lata"],
}


def indexed(art: object) -> list[str]:
    return [p.text for p in art.paragraphs if p.kind in INDEXED_KINDS]  # type: ignore[attr-defined]


@pytest.mark.parametrize("lang", sorted(NAVS))
def test_bare_link_words_with_the_linked_titles_are_chrome_in_plain_text(lang: str) -> None:
    nav = NAVS[lang]
    art = parse(HEADLINE, MENU, HEADLINE, *PROSE, *nav, FOOTER)
    for block in nav:
        assert para(art, block.split("\n")[0]) == (BOILERPLATE, REASON)
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE


def _html_page(after_prose: str, lang: str = "en") -> list[str]:
    body = "".join(f"<p>{p}</p>" for p in PROSE) + after_prose
    return indexed(segment.segment(html_document(article_html(body, HEADLINE, lang=lang))))


@pytest.mark.parametrize(
    ("lang", "nav"),
    [
        (
            "es",
            ["Anterior:", "Los ferris de la ciudad vieja en verano", "Siguiente:", "El ayuntamiento promete un puente"],
        ),
        ("en", ["Previous: Ferry timetables for the next year explained", "Next: Council promises a new bridge"]),
        ("en", ["« Prev Ferry timetables for the next year explained", "Next » Council promises a new bridge"]),
        (
            "it",
            ["Precedente", "I traghetti della città vecchia in estate", "Successivo", "Il comune promette un ponte"],
        ),
        ("ru", ["Назад:", "Паромы старого города летом", "Вперёд:", "Совет обещает новый мост к лету"]),
    ],
)
def test_bare_link_words_and_the_titles_under_them_are_chrome_in_html(lang: str, nav: list[str]) -> None:
    # a theme that prints the navigation inside the post's element: the extractor keeps it
    kept = _html_page("".join(f"<p><a href='/p{i}'>{x}</a></p>" for i, x in enumerate(nav)), lang)
    assert kept == [HEADLINE, *PROSE]


def test_a_sentence_opening_with_next_stays_text() -> None:
    for line in (
        "Next year the council will vote again on the bridge, and the ferries will run until then.",
        "Weiter geht es im Frühjahr, wenn die Stahlträger geliefert werden.",
        "Anterior a la obra, el puente fue inspeccionado por los ingenieros del ayuntamiento.",
    ):
        art = parse(HEADLINE, MENU, HEADLINE, *PROSE[:2], line, *PROSE[2:], FOOTER)
        assert para(art, line[:20])[0] == BODY
        assert line in _html_page(f"<p>{line}</p>")


def test_a_heading_inside_the_article_that_opens_with_next_stays() -> None:
    heading = "Next steps for the harbour"
    body = "".join(f"<p>{p}</p>" for p in PROSE[:2]) + f"<h2>{heading}</h2>" + "".join(f"<p>{p}</p>" for p in PROSE[2:])
    assert heading in indexed(segment.segment(html_document(article_html(body, HEADLINE))))


# one bare link word of every language, as a theme prints it before the linked title
WORDS = {
    "bg": "Предишна", "cs": "Předchozí", "da": "Forrige", "de": "Vorheriger", "el": "Επόμενο", "en": "Older",
    "es": "Siguiente", "et": "Eelmine", "fi": "Seuraava", "fr": "Précédent", "ga": "Roimhe seo", "hr": "Sljedeći",
    "hu": "Előző", "it": "Successivo", "lt": "Ankstesnis", "lv": "Nākamais", "mt": "Preċedenti", "nl": "Volgende",
    "pl": "Następny", "pt": "Próximo", "ro": "Următorul", "sk": "Predchádzajúci", "sl": "Naslednji", "sv": "Nästa",
    "no": "Neste", "tr": "Önceki", "ru": "Предыдущая", "uk": "Наступна", "ar": "السابق", "zh": "下一页",
    "ja": "次へ", "ko": "이전",
    "ca": "Següent", "id": "Sebelumnya", "vi": "Trước", "fa": "بعدی", "hi": "अगला",
}  # fmt: skip


@pytest.mark.parametrize("lang", chromewords.LANGUAGES)
def test_a_bare_link_word_of_every_language_is_read_alone_or_before_a_separator(lang: str) -> None:
    word = WORDS[lang]
    for line in (f"{word}:", f"{word}: Die Brücke bleibt bis Juni gesperrt", f"« {word}", f"{word} »"):
        assert textblocks.prev_next_links([line]), line
    assert not textblocks._PREV_NEXT_WORD.match(f"{word}x: Die Brücke")


@pytest.mark.linear
def test_the_bare_word_pattern_is_fast_on_long_strings() -> None:

    for text in (" " * 3000, "« " * 1500, "<" * 3000, "Next" + " " * 3000 + "x", "-" * 3000):
        textblocks._PREV_NEXT_WORD.match(text)


def test_a_linked_title_that_ends_with_a_full_stop_is_still_a_link() -> None:
    # a post's title may be a sentence ("‹ Previous Kristallnacht.", "Nächster: Der Umzug."): the
    # links are told by their word and their headline's length, not by a missing full stop
    nav = "‹ Previous The night the harbour froze.\nNext › My first winter on the island."
    art = parse(HEADLINE, MENU, HEADLINE, *PROSE, nav, FOOTER)
    assert para(art, "‹ Previous") == (BOILERPLATE, REASON)
    kept = _html_page(
        "<p><a href='/a'>Vorherige:</a></p><p><a href='/a'>Der Winter, in dem der Hafen fror.</a></p>", "de"
    )
    assert kept == [HEADLINE, *PROSE]


@pytest.mark.parametrize("where", ["under the headline", "under the text"])
def test_the_previous_and_next_titles_in_guillemets_are_chrome(where: str) -> None:
    # trial 27: The Events Calendar prints "« PREVIOUS EVENT" over "NEXT EVENT »" under the
    # event's title and under its text; the first was taken for the page's lead
    nav = "« Mutirão de plantio em Sete Barras\nCurso de manejo de abelhas nativas sem ferrão »"
    blocks = [nav, *PROSE] if where == "under the headline" else [*PROSE, nav]
    art = parse(HEADLINE, MENU, HEADLINE, *blocks, FOOTER)
    assert para(art, "« Mutirão") == (BOILERPLATE, REASON)
    assert [p.text for p in art.paragraphs if p.kind == BODY] == PROSE


def test_a_quote_in_guillemets_is_no_post_navigation() -> None:
    quote = "« Nous ne fermerons pas le pont cet hiver »\na déclaré le maire, qui promet des ferries gratuits »"
    assert not textblocks._guillemet_pair(quote.split("\n"))
    assert not textblocks._guillemet_pair(["« Le pont restera ouvert tout l'hiver. »", "a-t-il dit."])
