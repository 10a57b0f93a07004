"""A forum thread copied as text under its board's chrome: the board's name over the thread is
not its title (the thread's subject is), a board notice, a guests' welcome box or an advert above
the first post is no text of the thread, an advert's pseudo-post between two posts neither, and
the thread's date is its first post's (helper forum2, issue 13; trial 20's phpBB threads in en,
de and es-MX took the board's name as title, its notice as lead, and had no date)."""

from __future__ import annotations

import pytest

from indexer import chromewords
from indexer.models import INDEXED_KINDS
from tests.helpers import parse_blocks


def _board_thread(board: str, notice: str, subject: str, advert: tuple[str, str], reply: str) -> list[str]:
    """A phpBB thread as text: the board's name, a notice, the subject, then three posts (panel,
    subject, header, text); an advert's label and text between the second and the third."""
    name, label = "Re", advert[0]
    posts = [
        (
            "pond_keeper",
            "Sat Oct 04, 2025 6:12 pm",
            "The filter pump stops every night around two. The fuse is fine and it restarts in the morning.",
        ),
        (
            "reed_warbler",
            "Sat Oct 04, 2025 7:40 pm",
            "Check the float switch first. Leaves block it and the pump thinks the pond is dry.",
        ),
        (
            "pond_keeper",
            "Sun Oct 05, 2025 9:03 am",
            "It was the float switch, full of leaves. Cleaned it and the pump ran all night.",
        ),
    ]
    blocks = [f"{subject} - {board}", board, "FAQ\nRegister\nLogin", notice, subject, f"{reply} 3"]
    for n, (poster, time, text) in enumerate(posts):
        blocks += [f"{poster}\nPosts: {12 + n}", subject if n == 0 else f"{name}: {subject}"]
        blocks += [f"by {poster} » {time}", text]
        if n == 1:
            blocks += [label, advert[1]]
    return [*blocks, "Who is online", "Powered by phpBB® Forum Software © phpBB Limited"]


CASES = [
    (
        "Garden Ponds Forum",
        "Autumn meet 2025: members bring cuttings to swap at the allotment hall on 18 October. Details in the events board.",
        "Filter pump stops at night?",
        (
            "Sponsored",
            "Pond liners cut to size and shipped free across the country. Order before Friday for delivery next week.",
        ),
        "Post Reply",
    ),
    (
        "Teichfreunde.de",
        "Herbsttreffen 2025: Wir tauschen am 18. Oktober Ableger im Vereinsheim. Alle Mitglieder sind herzlich eingeladen.",
        "Filterpumpe geht nachts aus?",
        (
            "Anzeige",
            "Teichfolie nach Maß mit kostenlosem Versand. Jetzt bis Freitag bestellen und nächste Woche liefern lassen.",
        ),
        "Antworten",
    ),
    (
        "Foro Estanques MX",
        "Bienvenido, visitante. Para ver las imágenes adjuntas y responder en los temas necesitas registrarte en el foro.",
        "¿La bomba del filtro se apaga de noche?",
        (
            "Publicidad",
            "Lonas para estanque cortadas a la medida con envío gratis a todo el país. Pide antes del viernes.",
        ),
        "Publicar respuesta",
    ),
]


@pytest.mark.parametrize(("board", "notice", "subject", "advert", "reply"), CASES)
def test_a_threads_title_is_its_subject_and_the_boards_notices_are_chrome(
    board: str, notice: str, subject: str, advert: tuple[str, str], reply: str
) -> None:
    art = parse_blocks(*_board_thread(board, notice, subject, advert, reply))
    assert art.title == subject
    assert art.byline == "pond_keeper"
    assert art.published == "2025-10-04"
    kept = " ".join(p.text for p in art.paragraphs if p.kind in INDEXED_KINDS)
    assert notice not in kept
    assert advert[1] not in kept
    assert "Check the float switch first." in kept
    assert "It was the float switch, full of leaves." in kept
    assert "The filter pump stops every night around two." in kept


def test_an_article_over_its_comments_is_not_a_boards_notice() -> None:
    """Prose of an article above posts that read as a thread's (more than a notice's few
    blocks) stays text: only a board's own furniture stands there."""
    blocks = _board_thread(*CASES[0])
    article = [
        "The council will drain the park's pond in November to repair its liner, the first time since 1998.",
        "Fish will be moved to the lake at the north gate while the work lasts, about three weeks.",
        "The repair costs 48,000 pounds, paid from the parks budget set aside for this year.",
        "Residents asked whether the fountain would come back; the council said it would in spring.",
    ]
    at = blocks.index("Filter pump stops at night?")
    art = parse_blocks(*blocks[:at], *article, *blocks[at:])
    kept = " ".join(p.text for p in art.paragraphs if p.kind in INDEXED_KINDS)
    for para in article:
        assert para in kept


def _signed_thread(signatures: list[str]) -> list[str]:
    """A thread of three posts, each post's last line the poster's signature from `signatures`
    (printed once: no "-- " over it, no twin under another post)."""
    posts = [
        (
            "kiln_fox",
            "Mon Oct 06, 2025 8:15 pm",
            "My glaze crawls on the rim of every bowl. I wipe the bisque before glazing and fire to cone 6.",
        ),
        (
            "Tom_Brenner",
            "Mon Oct 06, 2025 9:02 pm",
            "Dust on the bisque is the usual cause. Rinse the pieces and let them dry for a day first.",
        ),
        (
            "clay_ana",
            "Tue Oct 07, 2025 7:44 am",
            "Also check how thick the glaze is. Two dips where one would do will crawl at the edge.",
        ),
    ]
    subject = "Glaze crawling on bowl rims"
    blocks = ["Potters Board", subject, "Post Reply"]
    for n, ((poster, time, text), sig) in enumerate(zip(posts, signatures, strict=True)):
        blocks += [f"{poster}\nPosts: {30 + n}", subject if n == 0 else f"Re: {subject}"]
        blocks += [f"by {poster} » {time}", f"{text}\n{sig}"]
    return [*blocks, "Who is online", "Powered by phpBB® Forum Software © phpBB Limited"]


@pytest.mark.parametrize(
    "signatures",
    [
        [
            'Shimpo VL-Whisper | Skutt 1027 kiln | "Centre first, then everything else"',
            "Tom Brenner – throwing pots in Leeds since 1991",
            "No PMs please, ask in the thread so everyone learns.",
        ],
        [
            "«Erst zentrieren, dann alles andere.» – ein alter Töpfer",
            "Gruß Tom – Töpferei Brenner, Kurse jeden Dienstag",
            "Bitte keine Fragen per PN, dafür ist das Forum da.",
        ],
        [
            "Torno Shimpo | Horno Skutt | Arcilla de Talavera",
            "Saludos, Brenner — alfarero desde 1991",
            "No respondo dudas por mensaje privado.",
        ],
    ],
)
def test_a_signature_printed_under_one_post_is_not_its_text(signatures: list[str]) -> None:
    art = parse_blocks(*_signed_thread(signatures))
    kept = "\n".join(p.text for p in art.paragraphs if p.kind in INDEXED_KINDS)
    for sig in signatures:
        assert sig not in kept
    assert "Dust on the bisque is the usual cause." in kept
    assert "Two dips where one would do will crawl at the edge." in kept


def test_a_posts_last_sentence_is_no_signature() -> None:
    """A post that ends with an ordinary sentence, one naming another poster or a message
    sent, keeps it."""
    ends = ["kiln_fox, send me a PM if the rinse does not help.", "Thanks Tom, I will try it tonight.", "It worked."]
    art = parse_blocks(*_signed_thread(ends))
    kept = "\n".join(p.text for p in art.paragraphs if p.kind in INDEXED_KINDS)
    for end in ends:
        assert end in kept


@pytest.mark.parametrize(
    ("line", "refuses"),
    [
        ("Pas de MP, posez vos questions ici.", True),
        ("Niente MP, rispondo solo nel forum.", True),
        ("Geen PB's aub, vragen in het topic.", True),
        ("Не пишите в личку, отвечаю только здесь.", True),
        ("Özelden soru sormayın, lütfen.", True),
        ("質問はDMではなく掲示板でお願いします。DMはご遠慮ください。", True),
        ("I sent you a PM yesterday about the kiln.", False),
        ("The shop closes at 5 pm, not at six.", False),
    ],
)
def test_a_refusal_of_private_messages_in_the_boards_languages(line: str, refuses: bool) -> None:
    assert chromewords.refuses_private_messages(line) is refuses


@pytest.mark.parametrize(
    ("label", "subject", "headers", "form"),
    [
        (
            "Kommentare",
            "Wasseruhren",
            ("von Gartenfreund Bernd am 18.03.2013, 20:11", "von Vorstand am 19.03.2013, 08:45"),
            "Kommentar hinzufügen",
        ),
        (
            "Comments",
            "Water meters",
            ("by allotment_bernd » Mon Mar 18, 2013 8:11 pm", "by committee » Tue Mar 19, 2013 8:45 am"),
            "Add a comment",
        ),
    ],
)
def test_an_articles_comments_laid_out_as_a_thread_give_it_no_title(
    label: str, subject: str, headers: tuple[str, str], form: str
) -> None:
    """A club's news item whose comments are laid out as a forum's posts (a subject over the
    first, "Re: SUBJECT" over the reply, "von NAME am DATE" headers) keeps its own headline as
    title, and the first commenter is not its byline (trial 37: "Wasseruhren" and "Gartenfreund
    Bernd" under a general meeting's report)."""
    headline = "Jahreshauptversammlung 2013: Pachtanpassung und neue Wasseruhren"
    article = [
        "Am Samstag, dem 16. März, fand im Vereinsheim unsere diesjährige Jahreshauptversammlung statt.",
        "Der Vorsitzende eröffnete die Versammlung um 14 Uhr. Von 112 Mitgliedern waren 71 anwesend.",
        "Die Pacht wird ab 2014 von 0,18 € auf 0,21 € pro Quadratmeter und Jahr angehoben.",
        "Alle Parzellen erhalten bis Ende Mai geeichte Wasseruhren. Die Kosten trägt der Verein.",
        "Die Wasserleitungen werden am Samstag, dem 13. April, ab 9 Uhr wieder aufgedreht.",
    ]
    comments = [
        label,
        subject,
        headers[0],
        "Wer baut denn die Wasseruhren ein? Muss man das selbst machen oder kommt da jemand?",
        f"Re: {subject}",
        headers[1],
        "Die Uhren werden von unserem Wasserwart gemeinsam mit zwei Helfern eingebaut.",
        form,
    ]
    art = parse_blocks(headline, "Veröffentlicht am 17.03.2013", *article, *comments)
    assert art.title == headline
    assert art.byline not in ("Gartenfreund Bernd", "allotment_bernd")
    kept = " ".join(p.text for p in art.paragraphs if p.kind in INDEXED_KINDS)
    for para in article:
        assert para in kept
    assert "Wer baut denn" not in kept


def test_a_boards_short_lines_above_a_thread_are_no_article_over_it() -> None:
    """A board's advert, its forum's one-line description and the thread's subject twice (a
    question, so a sentence) above the first post are the board's, not an article over
    comments: dropped, and the thread keeps its subject as title, its starter as byline and its
    first post's day (trial 40's phpBB thread kept them all and had neither byline nor date)."""
    subject = "Filter pump stops at night?"
    blocks = _board_thread(*CASES[0])
    at = blocks.index(subject)
    blocks[0] = f"Garden Ponds Forum • View topic - {subject}"
    extra = [
        "Pond liners cut to size in Leeds. Forum members get 10% off with code POND12.",
        subject,
        "Filters, pumps and water quality: ask the old hands here.",
    ]
    art = parse_blocks(*blocks[:at], *extra, *blocks[at:])
    assert art.title == subject
    assert art.byline == "pond_keeper"
    assert art.published == "2025-10-04"
    kept = " ".join(p.text for p in art.paragraphs if p.kind in INDEXED_KINDS)
    assert "POND12" not in kept
    assert "ask the old hands" not in kept
    assert "Check the float switch first." in kept
