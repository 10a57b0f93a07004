"""Plain text, in languages no table of the project has (trial 62: Uzbek, Belarusian, Somali): a
headline the <title> shortens, under a menu row that opens with a teaser list's label; a
company's about box named by the site's name alone; what a page keeps under its readers'
comments. Pages of our own, in Swahili."""

from __future__ import annotations

from indexer.segment.articleend import DATED_THREAD_REASON
from tests.helpers import kind_and_reason, parse_blocks

_TITLE = "Shule mpya ya kompyuta kwa wasichana yafunguliwa Arusha | Kilele Digital"
_HEADLINE = "Shule mpya ya kompyuta kwa wasichana yafunguliwa Arusha: wanafunzi 120 waanza masomo"
_DECK = (
    "Kampuni ya Kilele Digital imefungua shule ya bure ya kompyuta kwa wasichana wenye umri wa miaka "
    "14 hadi 18 katika jiji la Arusha."
)
_BODY = [
    "ARUSHA, 2 Septemba 2024 — Wanafunzi wa kwanza wa shule hiyo walitoka katika wilaya nane za mkoa, na "
    "walichaguliwa baada ya mtihani wa hesabu na mahojiano mafupi na walimu wao.",
    "“Arusha ina wasichana wengi wenye vipaji, lakini wengi wao wanatumia kompyuta kwa simu tu,” alisema "
    "mkurugenzi wa kampuni hiyo, Neema Mollel, siku ya ufunguzi wa shule.",
    "Kila kikundi kitakuwa na walimu wawili kutoka kampuni, na masomo yatafanyika jioni mara tatu kwa wiki "
    "ili wanafunzi waendelee na masomo yao ya kawaida shuleni.",
    "Wazazi walikutana na uongozi wa kampuni mara kadhaa kabla ya shule kufunguliwa, na wengi wao walisema "
    "wanataka binti zao wajifunze kazi ambayo itawapa ajira hapa nyumbani.",
]


def test_the_headline_the_title_shortens_ends_a_teaser_list_over_it() -> None:
    # the menu row opens with "Latest news", a teaser list's label: the headline under it, which
    # goes on after the <title>'s headline, was read as a teaser, its deck with it
    art = parse_blocks(_TITLE, "Latest news Press releases Images Contacts", "Follow Press release • Sep 02, 2024",
                       _HEADLINE, _DECK, *_BODY, "© 2024 Kilele Digital")  # fmt: skip
    assert art.title == _HEADLINE
    assert kind_and_reason(art, "Kampuni ya Kilele")[0] in ("lead", "body")


def test_an_about_box_named_by_the_sites_name_in_any_language() -> None:
    about = (
        "Kilele Digital — kampuni ya programu iliyoanzishwa Arusha mwaka 2017. Kampuni inatengeneza "
        "programu kwa wateja wa ndani na wa nje ya nchi."
    )
    art = parse_blocks(_TITLE, _HEADLINE, _DECK, *_BODY, "Kuhusu Kilele Digital", about, "© 2024 Kilele Digital")
    assert kind_and_reason(art, "Kilele Digital — kampuni")[0] == "boilerplate"
    assert kind_and_reason(art, "Wazazi walikutana")[0] == "body"
    # the site's name inside a word of the label ("Kilele-ahadi") names no box
    art = parse_blocks(_TITLE, _HEADLINE, _DECK, *_BODY, "Ahadi ya Kilele-Digital", about, "© 2024 Kilele Digital")
    assert kind_and_reason(art, "Kilele Digital — kampuni")[0] == "body"


_COMMENTS = [
    "Hongereni sana! Binti yangu alijiunga mwaka jana na sasa anataka kusoma uhandisi wa kompyuta.",
    "Asante Baraka, tunafurahi kusikia hivyo. Tafadhali wasiliana na ofisi yetu kwa maelezo zaidi.",
    "Tunaomba shule kama hii ifunguliwe pia Moshi, wasichana wengi huko hawana nafasi hii kabisa.",
]


def test_what_a_page_keeps_under_its_comment_thread_is_the_pages() -> None:
    thread = ["Maoni (3)", "Baraka M. Oktoba 21, 2024 4:12 jioni", _COMMENTS[0], "Kilele Digital Oktoba 22, 2024 9:30 asubuhi",
              _COMMENTS[1], "Rehema Oktoba 23, 2024 7:05 jioni", _COMMENTS[2]]  # fmt: skip
    box = ("Wageni wanakaribishwa kutembelea shule siku ya Jumamosi, na wazazi wanaweza kuleta watoto wao "
           "kuona madarasa na kukutana na walimu kabla ya kujiandikisha.")  # fmt: skip
    art = parse_blocks(_TITLE, _HEADLINE, *_BODY, *thread, "Kwa wageni", box, "© 2024 Kilele Digital")
    assert {kind_and_reason(art, c[:20])[0] for c in _COMMENTS} == {"boilerplate"}
    assert DATED_THREAD_REASON in {kind_and_reason(art, c[:20])[1] for c in _COMMENTS}
    assert kind_and_reason(art, "Maoni (3)")[0] == "boilerplate"
    assert kind_and_reason(art, "Wageni wanakaribishwa")[0] == "boilerplate"
    assert [p.text for p in art.paragraphs if p.kind == "body"] == _BODY


def test_a_comment_thread_copied_as_one_block() -> None:
    # no blank lines between the comments: the thread's header, each head, each comment, one block
    # (a new user's Swahili page indexed it as text)
    thread = "\n".join(["Maoni (2)", "Juma Bakari — 3 Juni 2024 saa 10:15", "Ahadi hizi tumezisikia kila mwaka. Tutaona.",
                        "Fatma K. — 3 Juni 2024 saa 12:40", "Likoni hatuna maji tangu tarehe 12 Mei. Tafadhali msaada!"])  # fmt: skip
    art = parse_blocks(_TITLE, _HEADLINE, *_BODY, thread, "© 2024 Kilele Digital")
    assert kind_and_reason(art, "Maoni (2)") == ("boilerplate", DATED_THREAD_REASON)
    assert [p.text for p in art.paragraphs if p.kind == "body"] == _BODY


def test_the_headline_over_a_name_and_its_date_line_not_the_kicker_over_it() -> None:
    # a page copied with no <title> line: a section's kicker in capitals, the headline, then the
    # writer's name over the date in a language whose "by" no table has (a new user's Swahili page
    # took the kicker for its headline)
    art = parse_blocks("Mwanzo | Habari | Siasa | Biashara | Michezo", "HABARI ZA PWANI", _HEADLINE,
                       "Na Amina Mwakilema\nJumatatu, 3 Juni 2024", *_BODY, "© 2024 Pwani Leo")  # fmt: skip
    assert art.title == _HEADLINE
    assert art.published == "2024-06-03"
    assert [p.text for p in art.paragraphs if p.kind == "body"] == _BODY
