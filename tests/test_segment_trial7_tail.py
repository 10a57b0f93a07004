"""Faults a seventh new-user trial met inside and at the end of plain-text dumps (kinds K2, K6
and the plain-text part of K8), each as a page of our own."""

from __future__ import annotations

import pytest

from indexer.models import BODY, BOILERPLATE, HEADING, INDEXED_KINDS
from indexer.segment.furniture import _contact_note
from indexer.segment.textblocks import _Block, _measure, split_blocks
from tests.helpers import kind_and_reason, parse_blocks

MENU = ("Skip to main content", "The Valley Courier", "News", "Sport", "Weather", "Sign in")


def test_a_sentence_after_a_read_also_list_is_the_article_going_on() -> None:
    # K2: the last paragraph under "Читайте также:" and two headlines was "teaser list (block
    # model)"; the list ends at the article's next full sentence.
    last = "В прошлом году отопительный сезон в Томске начался 30 сентября — из-за ранних заморозков."
    art = parse_blocks(
        "Перейти к основному содержанию", "Вечерний Томск", "Новости", "Общество", "Спорт", "Войти",
        "Тёплый октябрь: в Томске отложили начало отопительного сезона",
        "Мэрия решила не включать отопление, пока температура держится выше +8 градусов",
        "Ирина Светлова", "16 октября 2024, 12:40",
        "В Томске перенесли начало отопительного сезона из-за аномально тёплой погоды, сообщили в мэрии.",
        "По нормативам отопление включают, если среднесуточная температура пять дней подряд ниже восьми градусов.",
        "Детские сады, школы и больницы, по словам представителя мэрии, уже подключены к теплу.",
        "Реклама",
        "В управляющие компании за последнюю неделю поступило несколько сотен обращений от жильцов.",
        "Читайте также:",
        "В Омске отопление включили на неделю раньше срока",
        "Тарифы на тепло вырастут с 1 июля: на сколько",
        last,
        "Теги:", "ЖКХ", "отопление", "погода",
        "Комментарии (14)", "Ольга_К", "16 октября 2024, 13:02", "У нас в квартире +17, ребёнок спит в куртке.",
        "Ответить", "Нравится 23", "Показать все комментарии", "Самое читаемое",
        "Мост через Томь закроют на ремонт", "© 2024 «Вечерний Томск». Все права защищены. 18+",
    )  # fmt: skip
    assert kind_and_reason(art, last)[0] == BODY
    assert kind_and_reason(art, "В Омске")[0] == BOILERPLATE


LIVE_POSTS = (
    ("14.52 GMT", "3m ago", "Rail lines stay closed into Monday"),
    ("14.31 GMT", "24m ago", "Severe flood warning for the river town"),
    ("13.58 GMT", "57m ago", "Power cuts"),
    ("13.40 GMT", "1h ago", "Ferries cancelled at the harbour"),
)
LIVE_TEXTS = (
    "The rail operator says the line between the two valleys will stay closed until at least Monday morning.",
    "The agency has issued a severe flood warning, and residents of about 200 homes were told to leave.",
    "The grid operator says engineers have restored power to about 40,000 customers since this morning.",
    "The port says high winds have forced the cancellation of 18 sailings, and passengers should check online.",
)

MORE = (  # the first two posts have a second paragraph
    "\u201cOur engineers cannot safely inspect the line until the water recedes,\u201d a spokesperson said. Buses "
    "will replace trains where the roads are open.",
    "The town flooded twice in 2020, and the river is expected to peak this evening, forecasters said on Sunday.",
)


# The posts' relative times as other sites write them: English's long forms and abbreviations,
# and CLDR's in German and Spanish (one recogniser, `segment._relative_time_line`, for all).
AGOS = (
    ("3m ago", "24m ago", "57m ago", "1h ago"),
    ("3 mins ago", "24 minutes ago", "an hour ago", "2 hrs ago"),
    ("vor 3 Minuten", "vor 24 Minuten", "vor 57 Minuten", "vor 1 Stunde"),
    ("hace 3 minutos", "hace 24 minutos", "hace 57 minutos", "hace 1 hora"),
)


@pytest.mark.parametrize("agos", AGOS, ids=lambda agos: agos[1])
def test_a_live_blogs_posts_under_a_relative_time_and_a_heading_stand_together(agos: tuple[str, ...]) -> None:
    # K2: the last two posts (a time, "57m ago", a heading, a paragraph) were dropped, their
    # headings as "teaser list (block model)", while the first two of the same shape were kept.
    posts = []
    for n, ((time, _, heading), ago, text) in enumerate(zip(LIVE_POSTS, agos, LIVE_TEXTS, strict=True)):
        posts += [time, ago, heading, text, *([MORE[n]] if n < len(MORE) else []), "Share"]
    art = parse_blocks(
        *MENU,
        "Storm live: thousands without power as flood warnings issued across the coast",
        "From Harriet Cole",
        "Sun 24 Nov 2024 14.52 GMT",
        "Summary",
        "More than 70,000 homes are without power after the storm brought winds of up to 80mph overnight.",
        "Several rail lines are closed, and passengers are being told not to travel unless they must.",
        *posts,
        "Load earlier updates",
        "Most viewed",
        "© 2024 The Valley Courier",
    )
    for (_, _, heading), ago, text in zip(LIVE_POSTS, agos, LIVE_TEXTS, strict=True):
        assert kind_and_reason(art, text)[0] == BODY, text
        assert kind_and_reason(art, heading)[0] == HEADING, heading
        assert kind_and_reason(art, ago)[0] == BOILERPLATE, ago


INGREDIENTS = (
    "2 cups (250 g) plain flour",
    "1 teaspoon baking powder",
    "1/2 teaspoon salt",
    "1/2 cup (113 g) butter, melted",
    "1 cup (200 g) brown sugar",
    "2 large eggs",
    "3 ripe pears, peeled and diced",
)
STEPS = (
    "Heat the oven to 180°C and line a square tin with paper.",
    "Whisk the flour, baking powder and salt in a bowl.",
    "Beat the butter and sugar, then beat in the eggs one at a time.",
    "Fold in the dry ingredients until just combined, then fold in the pears.",
    "Spread in the tin and bake for 40 minutes, until a skewer comes out clean.",
)


def test_a_recipe_cards_lines_stand_or_fall_together() -> None:
    # K2: a recipe card's ingredients and steps were half kept, half dropped as "outside the
    # article text (after it)" among kept lines of the same shape.
    art = parse_blocks(
        "Jump to Recipe",
        "Print Recipe",
        "Home",
        "Recipes",
        "Desserts",
        "About Me",
        "Grandma Rose's Pear Traybake",
        "By Laura Beck | Published: October 3, 2024 | 47 Comments",
        "4.9 from 212 votes",
        "If there is one smell that means autumn to me, it is this traybake. My grandmother baked it every "
        "week from September until the pears ran out, and the kitchen smelled of it for days.",
        "The secret, as far as I can tell, is the brown sugar. It keeps the crumb soft for days and gives "
        "the top a toffee edge that everyone fights over.",
        "Pear traybake cooling on a wire rack in my kitchen.",
        "Why you\u2019ll love this recipe",
        "It\u2019s made in one bowl, no mixer needed.",
        "It stays moist for three days in a tin.",
        "Tips for success",
        "Don\u2019t overmix the batter once the flour goes in, or the cake will be tough. And let it cool "
        "for at least twenty minutes before you cut it.",
        "Grandma Rose's Pear Traybake",
        "A soft, one-bowl pear cake with a toffee top.",
        "Prep Time 20 minutes",
        "Cook Time 40 minutes",
        "Servings 9 squares",
        "Ingredients",
        *INGREDIENTS,
        "Instructions",
        *STEPS,
        "Nutrition",
        "Calories: 342kcal | Carbohydrates: 48g",
        "Tried this recipe? Tag us on Instagram!",
        "You might also like",
        "Brown Butter Pumpkin Bread",
        "Easy Apple Galette",
        "47 Comments",
        "Leave a comment",
        "© 2024 The Crooked Spoon. All rights reserved.",
    )
    kinds = [kind_and_reason(art, line)[0] for line in INGREDIENTS + STEPS]
    assert len(set(kinds)) == 1, kinds
    assert kinds[0] == BODY
    # a block left outside the rules' article run is "after it" only when no kept text follows
    last_kept = max(p.paragraph for p in art.paragraphs if p.kind in INDEXED_KINDS)
    assert not [p.text for p in art.paragraphs if p.reason.endswith("(after it)") and p.paragraph < last_kept]


BODY_1 = (
    "The council voted on Tuesday to close the harbour baths for at least a year after engineers found "
    "cracks in the roof beams."
)
BODY_2 = (
    "The swimming club, which has 300 members, said it would lose its winter season and asked the "
    "council to hire lanes at the school pool in the meantime."
)
BODY_3 = "Repairs are expected to cost about £2m, twice the first estimate, the council's report says."


def test_reading_time_and_gift_labels_inside_the_article_are_furniture() -> None:
    # K6: "Lecture 4 min." and "Offrir l’article" between the date line and the text were body
    # ("short block inside the article text"), in the languages the label lists cover.
    for reading, gift in (
        ("Lecture 4 min.", "Offrir l’article"),
        ("4 min read", "Gift this article"),
        ("Lesezeit: 3 Minuten", "Artikel verschenken"),
        ("Tiempo de lectura: 5 min", "Regala este artículo"),
    ):
        art = parse_blocks(
            *MENU, "Harbour baths to close for a year", "By Anna Berg", "6 November 2025", reading, gift,
            BODY_1, BODY_2, BODY_3,
        )  # fmt: skip
        assert kind_and_reason(art, reading) == (BOILERPLATE, "page furniture (reading time)"), reading
        assert kind_and_reason(art, gift) == (BOILERPLATE, "page furniture (gift article)"), gift
        assert kind_and_reason(art, BODY_3[:30])[0] == BODY


def test_a_product_cards_prices_and_a_recipe_card_pointer_are_furniture() -> None:
    # K6: a deals post's card ("$400", "Prices taken at time of publishing.") and a recipe blog's
    # "See the recipe card below for full quantities." were body.
    art = parse_blocks(
        *MENU, "Noise-cancelling headphones are back down to their lowest price", "By Owen Gallagher",
        "Nov 28, 2024, 9:15 AM EST", BODY_1, "Sony WH-1000XM5", "$280", "$400",
        "Prices taken at time of publishing.", BODY_2, "See the recipe card below for full quantities.", BODY_3,
    )  # fmt: skip
    assert kind_and_reason(art, "$400") == (BOILERPLATE, "page furniture (price)")
    assert kind_and_reason(art, "Prices taken") == (BOILERPLATE, "page furniture (price note)")
    assert kind_and_reason(art, "See the recipe card") == (BOILERPLATE, "page furniture (pointer to the recipe card)")
    assert kind_and_reason(art, BODY_3[:30])[0] == BODY


def test_a_press_releases_media_contact_is_dropped() -> None:
    # K6: "Contact:" and the press secretary's name, e-mail address and telephone number were
    # body; on top of a release or at its end, they are no text of it.
    # (and labels of models.CONTACT_LABELS that the HTML contact box's heading knew before this one:
    # "Ufficio stampa:", "Ansprechpartnerin:")
    for label in ("Contact:", "Media contact:", "Pressekontakt:", "Ufficio stampa:", "Ansprechpartnerin:"):
        contact = (label, "Dana Whitfield, Press Secretary", "dana.whitfield@example.gov", "(555) 201-4410")
        for head, tail in ((contact, ()), ((), contact)):
            art = parse_blocks(
                *MENU, "FOR IMMEDIATE RELEASE", "Governor announces broadband grants for rural homes",
                "March 3, 2025", *head, BODY_1, BODY_2, BODY_3, *tail, "###",
            )  # fmt: skip
            for line in contact:
                assert kind_and_reason(art, line) == (BOILERPLATE, f"media contact ('{label}')"), (label, line)
            assert kind_and_reason(art, BODY_1[:30])[0] == BODY


# the boxes under a contact on trial 34's Greek page, each a heading and a paragraph
APP_PROMO = "With the app you watch every channel live and pick up your series where you left off, for free."
JOB_AD = "The office is looking for sound and camera technicians for its regional stations; apply online."


def _block(text: str) -> _Block:
    b = split_blocks(text)[0]
    _measure(b)
    b.kind = BODY
    return b


@pytest.mark.parametrize(
    ("label", "note"),
    [
        ("Contact", "Notre secrétariat est ouvert du lundi au vendredi de 8h00 à 12h00 et de 13h30 à 17h00."),
        ("Γραφείο Τύπου", "Το Γραφείο Τύπου εξυπηρετεί δημοσιογράφους καθημερινά από τις 9:00 έως τις 21:00."),
        ("Sajtókapcsolat", "Újságírói megkereséseket munkanapokon 8 és 17 óra között fogadunk."),
        ("Media contact", "The press office answers calls on weekdays from 9am-5pm, and e-mails within a day."),
    ],
)
def test_a_media_contacts_note_on_office_hours_goes_with_it(label: str, note: str) -> None:
    # trial 34: the office's hours under the names and numbers, a sentence, were kept as text
    art = parse_blocks(*MENU, "Governor announces broadband grants for rural homes", "March 3, 2025",
                       BODY_1, BODY_2, BODY_3, label, "Dana Whitfield, Press Secretary", "+41 32 910 44 00", note,
                       "Our app on your phone", APP_PROMO, "Jobs at the office", JOB_AD, "© 2025 State of Example")  # fmt: skip
    assert kind_and_reason(art, note)[0] == BOILERPLATE
    assert _contact_note([_block(note), _block("Careers")], 0)
    assert not _contact_note([_block(note), _block(BODY_3)], 0)  # the article's next paragraph under it
    assert kind_and_reason(art, BODY_3[:30])[0] == BODY


def test_the_articles_paragraph_with_times_after_a_contact_inside_it_stays() -> None:
    # a contact set inside the story, then its next paragraph with a span of times: news
    story = "Trains will run every ten minutes from 6:00 to 23:30 while the bridge is shut, the operator said."
    art = parse_blocks(*MENU, "Bridge to close for repairs", "March 3, 2025", BODY_1, BODY_2,
                       "Contact:", "Dana Whitfield, Press Secretary", "+41 32 910 44 00", story, BODY_3)  # fmt: skip
    assert kind_and_reason(art, story[:30])[0] == BODY
    assert kind_and_reason(art, BODY_3[:30])[0] == BODY


def _forum_post(name: str, rank: str, joined: str, messages: str, number: int, *text: str) -> list[str]:
    return [name, rank, "Joined", joined, "Messages", messages, "Mar 11, 2024", f"#{number}", *text]


FIRST_POST = (
    "Evening all, hoping someone can point me in the right direction before I take the van to a garage.",
    "It started overheating on the motorway last week. The gauge climbs to three quarters after twenty "
    "minutes, then drops back when I sit in traffic, which seems backwards to me.",
    "The coolant was down to the minimum line so I topped it up, and it has lost maybe 100ml over a week.",
)
REPLY = (
    "That pattern points more at the radiator than the thermostat to be honest. If the stat was stuck "
    "shut it would cook in traffic too."
)
SECOND_REPLY = "Agree with the above. Had exactly the same on my old van, it was the radiator in the end."


def test_a_forum_thread_copied_as_text_is_its_posts_without_their_furniture() -> None:
    # K8: "#1" became a heading (the first post's section), "1,377" (a message count) body, and
    # the quote of the first post in #2 body again. The replies are the thread's text as its
    # first post is (trial 15 and the wild corpus's forum pages want them, the HTML path keeps
    # them); their numbers, counts and quotes of what the page already holds are not.
    art = parse_blocks(
        "Forums",
        "What's new",
        "Log in",
        "Register",
        "Van overheating on the motorway but fine in traffic?",
        "Thread starter vanman_78",
        "Start date Mar 11, 2024",
        *_forum_post("vanman_78", "Full Member", "Jun 14, 2019", "412", 1, *FIRST_POST),
        "Report",
        "Like",
        "Reply",
        *_forum_post("oldhand", "Moderator", "Feb 2, 2011", "18,904", 2),
        "vanman_78 said:",
        "The gauge climbs to three quarters after twenty minutes, then drops back when I sit in traffic",
        "Click to expand...",
        REPLY,
        "Report",
        "Like",
        "Reply",
        *_forum_post("Tom_ST", "Active Member", "Sep 30, 2021", "1,377", 3, SECOND_REPLY),
        "Report",
        "You must log in or register to reply here.",
        "Similar threads",
        "Terms and rules",
    )
    for text in (*FIRST_POST, REPLY, SECOND_REPLY):
        assert kind_and_reason(art, text[:40])[0] == BODY, text
    assert kind_and_reason(art, "#1")[0] == BOILERPLATE
    for text in ("#2", "#3", "1,377", "vanman_78 said:", "Click to expand", "The gauge climbs to three quarters"):
        kind, reason = kind_and_reason(art, text)
        assert kind == BOILERPLATE, text
        assert reason.startswith(
            (
                "forum post number",
                "quote of an earlier post",
                "repeats",
                "outside",
                "a number alone",
                "forum post header",
            )
        ), (
            text,
            reason,
        )


@pytest.mark.parametrize(
    ("greeting", "lead_in", "question"),
    [
        (
            "Hi all,",
            "What I have checked so far:",
            "Has anyone been through the same? Any tip is welcome before I bin it.",
        ),
        (
            "Cześć wszystkim,",
            "Co już sprawdziłam:",
            "Czy ktoś przechodził przez coś podobnego? Będę wdzięczna za każdą podpowiedź.",
        ),
        ("Hallo zusammen,", "Was ich schon geprüft habe:", "Kennt jemand das Problem? Ich bin für jeden Tipp dankbar."),
    ],
)
def test_a_numbered_posts_greeting_lead_in_and_closing_question_are_the_post(
    greeting: str, lead_in: str, question: str
) -> None:
    # trial 26: the first post's greeting line was "outside the article text (before it)" and its
    # closing question, under a lead-in line and the post's prose, the block model's "teaser list"
    art = parse_blocks(
        "Forums",
        "Log in",
        "Register",
        "Van overheating on the motorway but fine in traffic?",
        *_forum_post("vanman_78", "Full Member", "Jun 14, 2019", "412", 1, greeting, FIRST_POST[1], lead_in),
        FIRST_POST[2],
        question,
        "Report",
        "Reply",
        *_forum_post("oldhand", "Moderator", "Feb 2, 2011", "18,904", 2, REPLY),
        "Report",
        "You must log in or register to reply here.",
    )
    for text in (greeting, FIRST_POST[1], FIRST_POST[2], question, REPLY):
        assert kind_and_reason(art, text[:30])[0] == BODY, text
    assert kind_and_reason(art, "You must log in")[0] == BOILERPLATE


def test_a_signature_under_two_numbered_posts_is_chrome_without_a_delimiter() -> None:
    # trial 27: vBulletin 4 prints each post's number on its stamp's line ("12.05.2024, 20:17 #2")
    # and the poster's signature under each post with no "____" over it: it was indexed twice
    signature = 'Unterwegs mit Ducato 250 Kastenwagen "Möwe" – 38 Länder und immer noch kein Markise-Schaden'
    reply = (
        "Servus Klaus, bevor du Geld für Injektoren ausgibst: Das klingt für mich sehr stark nach dem "
        "AGR-Ventil, genau in dem Drehzahlbereich macht es bei vielen Ducatos Probleme."
    )
    update = (
        "Kurzes Update: Ich habe gestern Abend den Stecker vom AGR-Ventil abgezogen und bin eine Runde "
        "gefahren. Das Ruckeln ist komplett weg, danke euch allen für die schnelle Hilfe."
    )
    art = parse_blocks(
        "Forum",
        "Ducato 2.3 Multijet ruckelt zwischen 1400 und 1800 U/min",
        "Klaus_K\nErfahrener Benutzer",
        FIRST_POST[0],
        FIRST_POST[1],
        "Gruß Klaus",
        signature,
        "Zitieren\n12.05.2024, 20:17 #2\nSchrauber-Uwe\nModerator",
        reply,
        "Zitieren\n16.05.2024, 10:28 #3\nKlaus_K\nErfahrener Benutzer",
        update,
        signature,
        "Zitieren",
        "Ähnliche Themen",
    )
    copies = [p for p in art.paragraphs if p.text == signature]
    assert [p.kind for p in copies] == [BOILERPLATE, BOILERPLATE]  # (the second one repeats the first)
    assert copies[0].reason == "forum signature (the same lines under several posts)"
    for text in (FIRST_POST[1], reply, update):
        assert kind_and_reason(art, text[:30])[0] == BODY, text


@pytest.mark.parametrize(
    ("label", "bio"),
    [
        (
            "Ihr Ansprechpartner",
            "Steuerberater und Fachberater für Unternehmensnachfolge. Er berät seit 15 Jahren Familienbetriebe.",
        ),
        ("Your contact", "Partner in our employment team. She has advised charities and small firms since 2009."),
    ],
)
def test_a_contact_persons_few_sentences_over_the_boxs_number_go_with_it(label: str, bio: str) -> None:
    # trial 37: "Ihr Ansprechpartner" / NAME / a role and a sentence / phone and e-mail under an
    # adviser's guide; the sentences were kept as its text
    art = parse_blocks(*MENU, "Governor announces broadband grants for rural homes", "March 3, 2025",
                       BODY_1, BODY_2, BODY_3, label, "Dana Whitfield", bio, "0941 990812-30 office@example.org",
                       "More guides", "© 2025 Example LLP")  # fmt: skip
    assert kind_and_reason(art, bio[:30]) == (BOILERPLATE, f"media contact ('{label}')")
    assert kind_and_reason(art, BODY_3[:30])[0] == BODY


def test_a_paragraph_under_a_contact_label_without_a_number_under_it_stays() -> None:
    # the label's box needs its number or address right under the sentences: else they are text
    art = parse_blocks(*MENU, "Governor announces broadband grants for rural homes", "March 3, 2025",
                       BODY_1, "Contact", "Dana Whitfield", BODY_2, BODY_3, "© 2025 State of Example")  # fmt: skip
    assert kind_and_reason(art, BODY_2[:30])[0] == BODY
