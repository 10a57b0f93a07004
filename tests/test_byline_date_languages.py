"""Byline labels, names joined by "and", publication labels and date forms in every language of
`chromewords.LANGUAGES` (the 32 the project meets), on the plain-text path. Before: two authors
joined by any "and" but English's gave one name ("Anna Weber", or "Ana Ruiz y Pedro Gómez" as one);
"Bericht:", "Haber:", "Από:", "Autoři:", "記者：", Greek "Του NAME", Romanian "de NAME" gave no
byline; "Data publikacji:", "Дата публикации:", "نشر في", "Diterbitkan" after the names were
kept in them; Greek capitals ("ΝΟΕΜΒΡΙΟΥ"), month-first dates with a comma in other languages
("noviembre 18, 2025"), Eastern Arabic and full-width digits, the Arabic comma, the Levant's
month names, Croatian, Irish, Maltese and Malay months were no dates; a byline's date without a
year was never dated. Every page and line here is our own."""

from __future__ import annotations


import pytest

from indexer import chromewords, pubdate
from indexer.segment import patterns, textblocks
from tests.helpers import FOOTER, MENU, parse_blocks

_TITLE = "A new footbridge over the river opens in spring"
_TEXT = (
    "The council voted on Tuesday to build a footbridge over the river at the old ferry landing, "
    "ending years of argument about the cost of the crossing.",
    "Engineers said the work would take eight months and that the ferry would run until the bridge opened.",
)


@pytest.mark.parametrize(
    "table", [chromewords.NAME_AND, chromewords.PUBLISHED_LABEL, chromewords.UPDATED_LABEL, patterns._BYLINE_LABELS]
)
def test_every_vocabulary_covers_every_language(table: dict[str, str]) -> None:
    assert set(chromewords.LANGUAGES) <= set(table)
    assert all(table[lang] for lang in chromewords.LANGUAGES)


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("Von Lena Hartwig und Tobias Brandt", "Lena Hartwig, Tobias Brandt"),
        ("Door Femke de Wit en Joris Bakker", "Femke de Wit, Joris Bakker"),
        ("Af Mette Skov og Rasmus Lund", "Mette Skov, Rasmus Lund"),
        ("Av Ingrid Dahl och Per Ekström", "Ingrid Dahl, Per Ekström"),
        ("Teksti: Sanna Koivu ja Mikko Laine", "Sanna Koivu, Mikko Laine"),
        ("Autorzy: Marta Zielińska i Tomasz Wójcik", "Marta Zielińska, Tomasz Wójcik"),
        ("Autoři: Tereza Králová a Ondřej Beneš", "Tereza Králová, Ondřej Beneš"),
        ("Oleh Sari Lestari dan Agus Pratama", "Sari Lestari, Agus Pratama"),
        ("Autor: Elena Marin și Radu Stan", "Elena Marin, Radu Stan"),
        ("Por Lucía Navarro y Diego Fuentes", "Lucía Navarro, Diego Fuentes"),
        ("Por Beatriz Lopes e Tiago Ramos", "Beatriz Lopes, Tiago Ramos"),
        ("Par Camille Roux et Hugo Faure", "Camille Roux, Hugo Faure"),
        ("Di Giulia Conti e Matteo Greco", "Giulia Conti, Matteo Greco"),
        ("Автор: Мария Соколова и Дмитрий Орлов", "Мария Соколова, Дмитрий Орлов"),
        ("Írta: Szabó Eszter és Tóth Gábor", "Szabó Eszter, Tóth Gábor"),
        # a surname joined by "y" is one name
        ("Por José Ortega y Gasset", "José Ortega y Gasset"),
    ],
)
def test_two_authors_joined_by_the_language_s_and_are_both_named(line: str, byline: str) -> None:
    art = parse_blocks(MENU, _TITLE, line, *_TEXT, FOOTER)
    assert art.byline == byline


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("Bericht: Lena Hartwig", "Lena Hartwig"),
        ("Haber: Elif Korkmaz", "Elif Korkmaz"),
        ("Από: Ελένη Ρήγα", "Ελένη Ρήγα"),
        ("Του Νίκου Σταθόπουλου", "Νίκου Σταθόπουλου"),
        ("Της Ελένης Ρήγα και του Νίκου Σταθόπουλου", "Ελένης Ρήγα, Νίκου Σταθόπουλου"),
        ("de Elena Marin", "Elena Marin"),
        ("記者：佐藤健", "佐藤健"),
        ("记者：刘洋", "刘洋"),
    ],
)
def test_a_language_s_byline_label_gives_the_names(line: str, byline: str) -> None:
    art = parse_blocks(MENU, _TITLE, line, *_TEXT, FOOTER)
    assert art.byline == byline


@pytest.mark.parametrize("line", ["de Gaulle Airport", "Le Monde Diplomatique", "Της Ελλάδας"])
def test_an_article_or_preposition_before_other_words_is_no_byline(line: str) -> None:
    assert textblocks._article_byline(line) == ""


@pytest.mark.parametrize(
    ("line", "byline", "date"),
    [
        ("Autor: Marta Zielińska Data publikacji: 18.11.2025", "Marta Zielińska", "2025-11-18"),
        ("Penulis: Sari Lestari Diterbitkan 18 November 2025", "Sari Lestari", "2025-11-18"),
        ("Автор: Мария Соколова Дата публикации: 18.11.2025", "Мария Соколова", "2025-11-18"),
        ("Автор: Оксана Бойко Дата публікації: 18.11.2025", "Оксана Бойко", "2025-11-18"),
        ("Autor: Elena Marin Data publicării: 18.11.2025", "Elena Marin", "2025-11-18"),
        ("كتب: ليلى حداد نشر في 18 نوفمبر 2025", "ليلى حداد", "2025-11-18"),
    ],
)
def test_a_publication_label_after_the_names_is_no_part_of_them(line: str, byline: str, date: str) -> None:
    art = parse_blocks(MENU, _TITLE, line, *_TEXT, FOOTER)
    assert (art.byline, art.published) == (byline, date)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Τρίτη, 18 ΝΟΕΜΒΡΙΟΥ 2025", "2025-11-18"),  # Greek capitals drop the accent
        ("noviembre 18, 2025", "2025-11-18"),
        ("nov. 18, 2025", "2025-11-18"),
        ("Kasım 18, 2025", "2025-11-18"),
        ("١٨ نوفمبر ٢٠٢٥", "2025-11-18"),  # Eastern Arabic digits
        ("18 نوفمبر، 2025", "2025-11-18"),  # the Arabic comma
        ("18 تشرين الثاني 2025", "2025-11-18"),  # the Levant's month names
        ("3 آذار 2025", "2025-03-03"),
        ("١٨/١١/٢٠٢٥", "2025-11-18"),
        ("２０２５年１１月１８日", "2025-11-18"),  # full-width digits
        ("18. studenoga 2025.", "2025-11-18"),  # Croatian
        ("7. siječnja 2025.", "2025-01-07"),
        ("18 Samhain 2025", "2025-11-18"),  # Irish
        ("18 ta' Novembru 2025", "2025-11-18"),  # Maltese
        ("18 Ogos 2025", "2025-08-18"),  # Malay
        ("18 Dis 2025", "2025-12-18"),
        # not dates: a month word and a number with no comma, a number and a year
        ("Kasım 18 2025", ""),
        ("Artikel 18, 2025", ""),
    ],
)
def test_date_forms_of_every_language(text: str, date: str) -> None:
    assert pubdate.find_date(text) == date
    assert bool(patterns._DATE_OTHER.search(text)) == bool(date) or text.startswith("nov.")


def test_croatian_abbreviations_are_no_months() -> None:
    # "tra" is Italian "between", "kol" and "ruj" no words of the others: only Croatian's full
    # names are read, and give no three-letter abbreviations
    assert pubdate.month_day("tra 3 e 5") == ""
    assert not {"tra", "kol", "ruj", "sij", "svi"} & set(pubdate.month_prefixes())


_RU_TITLE = "Новый пешеходный мост через реку откроется весной"
_RU_TEXT = (
    "Совет города во вторник проголосовал за строительство пешеходного моста через реку у старой паромной пристани.",
    "Инженеры сказали, что работы займут восемь месяцев, а паром будет ходить до открытия моста.",
)


@pytest.mark.parametrize(
    ("meta", "after", "date"),
    [
        # the page's other date settles the year
        (["Автор: Мария Соколова · 25 ноя"], ["Обновлено 26 ноября 2025"], "2025-11-25"),
        (["Автор: Мария Соколова", "25 ноя, 14:30"], ["Обновлено 26 ноября 2025"], "2025-11-25"),
        # no other date, or two that put the day in different years: left undated
        (["Автор: Мария Соколова · 25 ноя"], [], ""),
        (["Автор: Мария Соколова · 25 ноя"], ["Обновлено 26 ноября 2025", "Опубликовано 3 января 2024"], ""),
    ],
)
def test_a_byline_s_date_without_a_year_takes_it_only_when_unambiguous(
    meta: list[str], after: list[str], date: str
) -> None:
    art = parse_blocks(MENU, _RU_TITLE, "\n".join(meta), *_RU_TEXT, *after, FOOTER)
    assert (art.byline, art.published) == ("Мария Соколова", date)


@pytest.mark.linear
@pytest.mark.parametrize(
    "rx",
    [patterns._NAMES_AND, textblocks._ARTICLE_BYLINE, pubdate._MONTH_DAY_YEAR, pubdate._DAY_MONTH_YEAR],
)
def test_the_new_patterns_are_linear(rx: object) -> None:
    for text in (" " * 3000, "a " * 1500, "A" * 3000, "7" * 3000, "Του " + "Α" * 3000, "de " + "Ab " * 1000):
        rx.search(text)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("field", "names"),
    [
        ("Lena Hartwig und Tobias Brandt", ["Lena Hartwig", "Tobias Brandt"]),
        ("Мария Соколова и Дмитрий Орлов", ["Мария Соколова", "Дмитрий Орлов"]),
        ("Autor: Elena Marin și Radu Stan", ["Elena Marin", "Radu Stan"]),
    ],
)
def test_a_metadata_author_field_s_names_joined_by_and_are_both_read(field: str, names: list[str]) -> None:
    # (the HTML path: an extractor's author field)
    assert textblocks._meta_authors(field) == names


def test_a_prefix_tree_alternation_matches_what_the_flat_one_does() -> None:
    import re

    from indexer.models import trie_alternation

    words = ["publicado", "publicado em", "publié", "pub", "data publikacji", "data"]
    rx = re.compile(rf"^(?:{trie_alternation(words)})\b", re.I)
    flat = re.compile(rf"^(?:{'|'.join(sorted(words, key=lambda w: (-len(w), w)))})\b", re.I)
    for text in ["Publicado em 3", "publié le", "Data publikacji: 1", "data: 2", "pubs", "publicados", "x"]:
        a, b = rx.match(text), flat.match(text)
        assert (a and a.group()) == (b and b.group()), text


@pytest.mark.linear
@pytest.mark.parametrize("rx", [patterns._NAMES_END, patterns._DATE_OTHER])
def test_the_grown_vocabularies_stay_fast(rx: object) -> None:
    for text in (" " * 3000, "a " * 1500, "A" * 3000, "7" * 3000, "Ab " * 1000):
        rx.search(text)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("block", "names"),
    [
        # a byline's block with its time of day and a reading time under it (a new user's Dutch
        # page lost its byline to "contains page furniture")
        ("Door Sanne de Vries\nvandaag, 14:05\nLeestijd 3 minuten", "Sanne de Vries"),
        ("Von Anna Schmidt\nheute, 14:05 Uhr\nLesezeit 3 Minuten", "Anna Schmidt"),
        ("By Jane Doe\ntoday, 2:05 pm\n3 min read", "Jane Doe"),
        ("By Jane Doe\nUpdated 2 hours ago", "Jane Doe"),
    ],
)
def test_a_byline_over_its_time_of_day_and_reading_time(block: str, names: str) -> None:
    art = parse_blocks(MENU, _TITLE, block, *_TEXT, FOOTER)
    assert art.byline == names
    assert [p.text for p in art.paragraphs if p.kind == "body"] == list(_TEXT)
