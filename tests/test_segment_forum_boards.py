"""Forum threads whose replies print their poster as phpBB does under a reply or in a language
pack whose word for a post is an icon ("by NAME » TIME", "przez NAME » TIME", "NAME » TIME"),
with the post's time in the board's language ("Pzt Kas 17, 2025 20:14"): the thread's byline is
its starter alone and its date the first post's, every reply stays text (helper forum, issue 13:
a thread's byline was every poster, or none, and its last reply was dropped as chrome)."""

from __future__ import annotations

import pytest

from indexer import pubdate
from indexer.htmlpage import author_as_written
from indexer.models import BODY, INDEXED_KINDS
from indexer.segment.textblocks import forum_post_header
from tests.helpers import parse_blocks


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("by ferry_watcher » Sat Nov 08, 2025 5:03 pm", "ferry_watcher"),
        ("przez dzialkowiec_77 » 18 lis 2025, 21:34", "dzialkowiec_77"),
        ("Дачник » 09 ноя 2025, 22:05", "Дачник"),
        ("von Heckenschere » Di 18. Nov 2025, 10:12", "Heckenschere"),
        ("kuzey_ruzgari » Pzt Kas 17, 2025 20:14", "kuzey_ruzgari"),
        ("Home » Archive » 12 May 2025 10:00", ""),  # a breadcrumb
        ("Opinion » 12 May 2025", ""),  # no time after the »
        ("The mayor said it was over » 12 May 2025 10:00", ""),  # more words than a name
    ],
)
def test_a_phpbb_replys_author_line(line: str, name: str) -> None:
    assert forum_post_header(line) == name


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Pzt Kas 17, 2025 20:14", "2025-11-17"),  # tr
        ("Пн ноя 17, 2025 8:14 pm", "2025-11-17"),  # ru
        ("Sáb Nov 08, 2025 5:03 pm", "2025-11-08"),  # es (an English-looking month)
        ("Mi Okt 15, 2025 9:00", "2025-10-15"),  # de
        ("sob. paź 04, 2025 18:40", "2025-10-04"),  # pl
        ("Mai 17 2025", ""),  # no comma after the day: a word and two figures
        ("Chapter 5, 2025", ""),  # no month
    ],
)
def test_phpbbs_default_date_format_in_the_boards_language(text: str, date: str) -> None:
    assert pubdate.find_date(text) == date


def _thread(title: str, posts: list[tuple[str, str, list[str]]], header: str) -> list[str]:
    """A phpBB thread copied as text: the board's chrome, then per post (poster, time, its
    paragraphs) the poster's panel, the subject, `header` (with {name} and {time}) and the text."""
    blocks = [f"{title} - Tidewater Boards", "Tidewater Boards", "FAQ\nRegister\nLogin", title, "Reply 4 posts"]
    for n, (name, time, paras) in enumerate(posts):
        blocks += [f"{name}\nPosts: {40 + n}", title if n == 0 else f"Re: {title}"]
        blocks += [header.format(name=name, time=time), *paras, "Top"]
    return [*blocks, "Who is online", "Powered by phpBB® Forum Software © phpBB Limited"]


EN = [
    (
        "ferry_watcher",
        "Sat Nov 08, 2025 4:17 pm",
        [
            "The evening ferry has been cancelled four times this month, always with a notice posted an hour before.",
            "Does anyone know whether the operator has to refund a season ticket for the missed crossings?",
        ],
    ),
    (
        "harbour_ann",
        "Sat Nov 08, 2025 6:40 pm",
        ["They do, but only if you ask in writing within thirty days. Keep the notices as proof."],
    ),
    ("gull7", "Sun Nov 09, 2025 9:02 am", ["Same here. Wrote to them, got half back."]),
    (
        "ferry_watcher",
        "Sun Nov 16, 2025 3:38 pm",
        ["Update for anyone searching later: wrote to them and the refund came within a fortnight."],
    ),
]
PL = [
    (
        "dzialkowiec_77",
        "18 lis 2025, 21:07",
        [
            "Od tygodnia pompa w studni włącza się co kilka minut, chociaż nikt nie odkręca wody w domu.",
            "Czy to może być zawór zwrotny, czy raczej nieszczelność w zbiorniku?",
        ],
    ),
    (
        "hydraulik_jurek",
        "18 lis 2025, 21:34",
        ["Najpierw sprawdź ciśnienie powietrza w zbiorniku przy wyłączonej pompie, to zajmuje pięć minut."],
    ),
    ("ola_b", "19 lis 2025, 08:12", ["U mnie był to zawór zwrotny."]),
    (
        "dzialkowiec_77",
        "26 lis 2025, 18:03",
        ["Daję znać: wymieniłem zawór zwrotny i pompa od tygodnia pracuje normalnie, dzięki za pomoc."],
    ),
]
RU = [
    (
        "Дачник",
        "09 ноя 2025, 21:42",
        [
            "Зимой в теплице замерзает водопровод, хотя трубы утеплены и стоит обогреватель.",
            "Подскажите, где обычно бывает слабое место в такой системе?",
        ],
    ),
    ("Petrovich", "09 ноя 2025, 22:05", ["Проверь вводной кран у самой земли, он промерзает первым."]),
    ("sosed_2", "10 ноя 2025, 08:17", ["У меня так же было."]),
    ("Дачник", "16 ноя 2025, 14:10", ["Утеплил кран у земли, неделю уже всё работает без сбоев, спасибо всем."]),
]
TR = [
    (
        "kuzey_ruzgari",
        "Pzt Kas 17, 2025 20:14",
        [
            "Balkondaki güneş panelim bulutlu günlerde neredeyse hiç şarj etmiyor, bu normal mi?",
            "Panel güneye bakıyor ve üstünde gölge yok, kablolar da yeni.",
        ],
    ),
    ("usta_kemal", "Pzt Kas 17, 2025 21:02", ["Bulutlu havada verim çok düşer, bu tamamen normal bir durum."]),
    ("deniz_34", "Sal Kas 18, 2025 09:30", ["Bende de aynısı oluyor."]),
    ("kuzey_ruzgari", "Çar Kas 19, 2025 18:45", ["Teşekkürler, güneşli günde ölçtüm ve değerler gayet iyi çıktı."]),
]


@pytest.mark.parametrize(
    ("posts", "first", "reply", "date"),
    [
        (EN, "Post by {name} » {time}", "by {name} » {time}", "2025-11-08"),
        (PL, "przez {name} » {time}", "przez {name} » {time}", "2025-11-18"),
        (RU, "Сообщение {name} » {time}", "{name} » {time}", "2025-11-09"),
        (TR, "{name} » {time}", "{name} » {time}", "2025-11-17"),
    ],
)
def test_a_threads_byline_is_its_starter_and_every_reply_is_text(
    posts: list[tuple[str, str, list[str]]], first: str, reply: str, date: str
) -> None:
    title = "Question about the thing that broke"
    blocks = _thread(title, posts, reply)
    at = blocks.index(reply.format(name=posts[0][0], time=posts[0][1]))
    blocks[at] = first.format(name=posts[0][0], time=posts[0][1])
    art = parse_blocks(*blocks)
    assert art.byline == posts[0][0]
    assert art.published == date
    kept = [p.text for p in art.paragraphs if p.kind == BODY]
    for _, _, paras in posts:
        for para in paras:
            assert para in kept, para
    assert not any(p.kind in INDEXED_KINDS and "»" in p.text for p in art.paragraphs)


@pytest.mark.parametrize(
    ("author", "seen", "written"),
    [
        ("Przez Dzialkowiec 77", "przez dzialkowiec_77 » 18 lis 2025", "dzialkowiec_77"),
        ("Сообщение Sosed 2", "Сообщение sosed_2 » 09 ноя 2025", "sosed_2"),
        ("Post By Ferry Watcher", "Post by ferry_watcher » Sat Nov 08", "ferry_watcher"),
        ("Da Costa", "Maria da Costa wrote", "Da Costa"),  # no handle on the page: as given
    ],
)
def test_the_extractors_author_loses_phpbbs_word_before_the_poster(author: str, seen: str, written: str) -> None:
    assert author_as_written(author, seen) == written


def _aggregator_thread() -> list[str]:
    """A link aggregator's thread copied as text (an old-layout board of our own): the post under
    its "submitted ... by NAME" line, the page tail's "N comments", then scored replies."""
    return [
        "Why does the night bus skip the harbour stop? : r/porthaven",
        "my boards\npopular - all - random",
        "Want to join? Log in or sign up in seconds.",
        "Why does the night bus skip the harbour stop?",
        "submitted 2 weeks ago by tidal_commuter",
        "Three nights in a row the N4 drove straight past the harbour stop at half past one, with people waiting.",
        "Is the stop closed at night now, or is this just a driver thing?",
        "23 comments share save hide report",
        "all 23 comments sorted by: best",
        "quay_runner 88 points 2 weeks ago",
        "The stop moved across the road during the works, the old sign was never taken down.",
        "permalink embed save reply",
        "tidal_commuter [S] 12 points",
        "Thanks, that explains it.",
        "busdepot_kev 40 points",
        "Drivers were told in a memo, passengers apparently were not. I'll raise it at the next meeting.",
        "about blog advertising careers",
        "Use of this site constitutes acceptance of our User Agreement.",
    ]


def test_an_aggregator_threads_scored_replies_are_its_text() -> None:
    art = parse_blocks(*_aggregator_thread())
    kept = {p.text: p for p in art.paragraphs if p.kind == BODY}
    for text, poster in (
        ("The stop moved across the road during the works, the old sign was never taken down.", "quay_runner"),
        ("Thanks, that explains it.", "tidal_commuter"),
        (
            "Drivers were told in a memo, passengers apparently were not. I'll raise it at the next meeting.",
            "busdepot_kev",
        ),
    ):
        assert text in kept, text
        assert kept[text].turn == poster
    assert art.byline == "tidal_commuter"
    assert not any("points" in t for t in kept)


def test_scored_replies_under_a_news_story_stay_dropped() -> None:
    # no post's author line: a news story's comments under "23 comments" are not its text
    blocks = [b for b in _aggregator_thread() if not b.startswith("submitted")]
    art = parse_blocks(*blocks)
    assert not any(p.kind == BODY and p.text.startswith("Thanks, that") for p in art.paragraphs)


STARTED = [
    "Hallo zusammen, seit dem Umzug verliert unser Aquarium jede Woche zwei Zentimeter Wasser.",
    "Undicht ist nichts zu sehen. Kann das an der neuen Heizung im Zimmer liegen?",
]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Themenstarter fischfreund_12 · 7 Antworten · 1.204 Aufrufe", "fischfreund_12"),
        ("Thread starter Marta Olsen · Start date Nov 8, 2025", "Marta Olsen"),
        ("Autor wątku: akwarysta_pl", "akwarysta_pl"),
        ("Автор темы Rybak77 | 12 ответов", "Rybak77"),
    ],
)
def test_a_boards_thread_starter_line_is_the_byline(line: str, name: str) -> None:
    # over the thread, under the headline, with the board's chrome (a reply count) beside it
    art = parse_blocks("Aquarium verliert Wasser", line, "Antworten Thema abonnieren", *STARTED)
    assert art.byline == name


def test_a_boards_thread_starter_over_a_consent_box_is_still_the_byline() -> None:
    consent = (
        "Wir und unsere Partner speichern Informationen auf Ihrem Gerät und greifen darauf zu, um Inhalte "
        "und Anzeigen zu personalisieren."
    )
    art = parse_blocks(consent, "Aquarium verliert Wasser", "Themenstarter fischfreund_12 · 7 Antworten", *STARTED)
    assert art.byline == "fischfreund_12"


@pytest.mark.parametrize(
    "panel",
    [
        "Dabei seit: 04.2018 Beiträge: 311\nAuto: Opel Astra K",  # a board's own field beside known ones
        "fischfreund_12: Stammgast • Posty: 14 • Rejestracja: 3 mar 2024, 10:15 • Lokalizacja: Gdańsk",
        "Posts: 6,204\nJoined: 11 Jan 2012\nLocation: Port Tryb.",  # a value's period is no sentence
    ],
)
def test_a_posters_panel_run_together_is_no_text(panel: str) -> None:
    art = parse_blocks("Aquarium verliert Wasser", *STARTED, panel, "Das klingt nach Verdunstung, deckt das Becken ab.")
    assert all(p.kind not in INDEXED_KINDS for p in art.paragraphs if p.text.startswith(panel.split(":")[0]))
    assert any(p.kind == BODY and p.text.startswith("Das klingt") for p in art.paragraphs)


def test_an_event_fact_box_with_one_field_stays_text() -> None:
    box = "Location: Harbour Hall. Doors open at seven."
    art = parse_blocks("Harbour concert tonight", *STARTED, box)
    assert any(p.kind == BODY and p.text == box for p in art.paragraphs)
