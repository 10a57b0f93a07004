"""A forum poster's signature is no text of the thread, wherever and however it is printed.

Kinds, on pages of our own in several languages and forum software:
- HTML: the signature box of phpBB, vBulletin 3 and 4, XenForo, SMF, WoltLab and Invision inside
  a post's box (`htmlpage._SIGNATURE_BOX`, `_POST_BOX`): pruned before extraction; a news
  page's "signature" byline outside any post stays;
- a signature glued to a post's last line, printed once (plain text, a phpBB thread): an offer
  of private messages, a disclaimer of the poster's advice, a posting app's line
  (`chromewords.offers_private_messages`, `disclaims_advice`, `posting_client_line`);
- a posting app's line ("Sent from my iPhone using Tapatalk") or a "-- " / "____" delimiter over a
  few short lines at the end of any kept block, both paths (`tail.mark_client_lines`);
- a thread's last post that opens with a label line ("NEU:") runs to its end, so a signature
  under it and under an earlier post is seen twice (`tail._last_post`); a post's number under
  its label ("Beitrag #3") is the thread's furniture;
- HTML: posts set as the thread's group's are, in a container of their own below it, are the
  thread's, not "below its last post" (`htmlpage._thread_end`).
"""

from __future__ import annotations

import pytest

from indexer import chromewords, segment
from indexer.models import Article
from tests.helpers import html_document, parse_blocks

pytest.importorskip("trafilatura")


def _indexed(art: Article) -> str:
    return " ".join(" ".join(p.text.split()) for p in art.paragraphs if p.indexed)


# ---- the words ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "client"),
    [
        ("Sent from my iPhone using Tapatalk", True),
        ("Sent from my SM-G991B using Tapatalk", True),
        ("Gesendet von meinem Pixel 7 mit Tapatalk", True),
        ("Von meinem iPhone gesendet", True),
        ("Envoyé de mon iPhone en utilisant Tapatalk", True),
        ("Inviato dal mio Redmi Note 8 utilizzando Tapatalk", True),
        ("Enviado desde mi Galaxy S21 mediante Tapatalk", True),
        ("Wysłane z mojego iPhone przy użyciu Tapatalka", True),
        ("Отправлено с моего iPhone через Tapatalk", True),
        ("Skickat från min iPhone med Tapatalk", True),
        ("iPhoneから送信", True),
        ("내 iPhone에서 보냄", True),
        ("Sent from the conference, the delegates drove home.", False),
        ("Sent to the council last week was a letter asking for money", False),
        ("Gesendet wurde der Brief erst am Montag, sagte die Sprecherin.", False),
    ],
)
def test_a_posting_apps_line(line: str, client: bool) -> None:
    assert chromewords.posting_client_line(line) is client


@pytest.mark.parametrize(
    ("line", "offers"),
    [
        ("PM me for parts", True),
        ("Fragen gerne per PN", True),
        ("Помогаю по выходным в гараже, пишите в личку.", True),
        ("Escríbeme por privado si necesitas el manual", True),
        ("No PMs please", True),  # a refusal, as before
        ("I sent you a PM yesterday.", False),
        ("The meeting starts at 5 pm on Monday.", False),
    ],
)
def test_an_offer_of_private_messages(line: str, offers: bool) -> None:
    assert chromewords.offers_private_messages(line) is offers


@pytest.mark.parametrize(
    ("line", "disclaims"),
    [
        ("Meisterbetrieb seit 1989 – ich gebe hier nur allgemeine Hinweise, keine Ferndiagnose.", True),
        ("IANAL, this is not legal advice.", True),
        ("Ceci n'est pas un conseil juridique.", True),
        ("Alle Angaben ohne Gewähr", True),
        ("Не является юридической консультацией.", True),
        ("Change the filter every two years and the pump runs fine.", False),
    ],
)
def test_a_disclaimer_of_advice(line: str, disclaims: bool) -> None:
    assert chromewords.disclaims_advice(line) is disclaims


@pytest.mark.parametrize("table", ["OFFER_PRIVATE_MESSAGES", "ADVICE_DISCLAIMER", "POSTING_CLIENT"])
def test_the_signature_tables_cover_every_language(table: str) -> None:
    assert sorted(getattr(chromewords, table)) == sorted(chromewords.LANGUAGES)


# ---- plain text: a phpBB thread, a signature glued to a post's last line, printed once -------

# (title, question, reply's text, reply's signature line glued to it, last post)
GLUED = {
    "de": (
        "Heizung pfeift nach dem Entlüften",
        "Seit ich die Heizkörper entlüftet habe, pfeift die Heizung bei jedem Start. Woran kann das liegen?",
        "Das ist meist zu viel Druck in der Anlage. Lass etwas Wasser ab, bis das Manometer wieder bei 1,5 bar steht.",
        "Heizungsbauer seit 1995 – nur allgemeine Hinweise, keine Ferndiagnose. Bei Gasgeruch den Notdienst rufen!",
        "Der Druck war bei 2,8 bar. Jetzt steht er bei 1,5 und das Pfeifen ist weg, danke!",
    ),
    "ru": (
        "Не заводится на холодную",
        "Утром машина заводится только с третьего раза, а днём всё нормально. Куда смотреть?",
        "Первым делом проверь датчик температуры и свечи. Если свечи залиты, меняй комплект целиком.",
        "Помогаю по выходным, пишите в личку. Не ремонтирую за деньги, только советом.",
        "Датчик был неисправен. Поменял, теперь заводится с пол-оборота, спасибо!",
    ),
    "en": (
        "Mower stalls on long grass",
        "The mower starts fine but stalls as soon as the grass is a bit longer. Any ideas what to check?",
        "Sounds like the blade is dull or the deck is clogged. Clean under the deck and sharpen the blade first.",
        "Sent from my iPhone using Tapatalk",
        "The deck was packed solid with old clippings. Cleaned it and it cuts fine again, thanks!",
    ),
    "fr": (
        "La chaudière se met en sécurité",
        "Depuis hier la chaudière se met en sécurité toutes les deux heures. Que faut-il vérifier ?",
        "Regarde d'abord la pression et le conduit d'évacuation. Un conduit bouché provoque ce défaut.",
        "Ceci n'est pas un conseil professionnel, je décline toute responsabilité.",
        "Le conduit était bouché par un nid d'oiseau. Tout fonctionne à nouveau, merci !",
    ),
}
_PHPBB_HEADER = "{name} » 08.06.2024, 18:1{n}"


def _glued_thread(lang: str) -> list[str]:
    title, question, reply, signature, last = GLUED[lang]
    blocks = [f"{title} - Board", "FAQ\nRegister\nLogin", title]
    blocks += ["starter_1\nPosts: 12", title, _PHPBB_HEADER.format(name="starter_1", n=1), question, "Top"]
    blocks += ["helper_2\nPosts: 318", f"Re: {title}", _PHPBB_HEADER.format(name="helper_2", n=2)]
    blocks += [f"{reply}\n{signature}", "Top"]
    blocks += ["starter_1\nPosts: 13", f"Re: {title}", _PHPBB_HEADER.format(name="starter_1", n=3), last]
    blocks += ["Top", "Who is online", "Powered by phpBB"]
    return blocks


@pytest.mark.parametrize("lang", sorted(GLUED))
def test_a_signature_glued_to_a_posts_last_line_and_printed_once_is_cut(lang: str) -> None:
    _, question, reply, signature, last = GLUED[lang]
    text = _indexed(parse_blocks(*_glued_thread(lang)))
    for post in (question, reply, last):
        assert post in text, post
    assert signature not in text


# ---- plain text: the last post opens with a label; its signature also under an earlier post --

LABELLED = {
    "de": (
        "Forenregeln",
        "Wir pflegen hier einen freundlichen Umgangston und wünschen uns, dass es so bleibt. Beleidigungen werden gelöscht.",
        "Neue Mitglieder bekommen nach dem dritten Beitrag ein eigenes Unterforum. Dort kann man Bilder hochladen.",
        "NEU:",
        "Wer sich drei Tage nach der Anmeldung nie eingeloggt hat, wird als Gast geführt. So bleibt die Liste sauber.",
        "Ich bin nicht hier, um so zu sein, wie ihr es wollt",
    ),
    "en": (
        "Board rules",
        "We keep a friendly tone here and would like it to stay that way. Insults will be removed without notice.",
        "New members get a subforum of their own after their third post. There they can upload their pictures.",
        "NEW:",
        "Members who never log in during their first three days are listed as guests. That keeps the list tidy.",
        "Not all who wander are lost, but I usually am",
    ),
}


def _labelled_thread(lang: str) -> list[str]:
    title, rules, second, label, last, motto = LABELLED[lang]
    header = "von admin am 26/0{n}/14, 07:4{n} am" if lang == "de" else "by admin on 26/0{n}/14, 07:4{n} am"
    blocks = [f"{title} - Board", "FAQ\nRegister\nLogin", title, header.format(n=1), rules, "admin\n71\nrebel"]
    number = "Beitrag #{n}" if lang == "de" else "Post #{n}"
    blocks += [number.format(n=2), f"Re: {title}", header.format(n=2), f"{second}\n{motto}", "admin\n71\nrebel"]
    blocks += [number.format(n=3), f"Re: {title}", header.format(n=3), label, last, motto]
    return [*blocks, "Sponsored content", "« Previous · Next »"]


@pytest.mark.parametrize("lang", sorted(LABELLED))
def test_a_last_post_opening_with_a_label_runs_to_its_end_and_its_signature_goes(lang: str) -> None:
    _, rules, second, _, last, motto = LABELLED[lang]
    text = _indexed(parse_blocks(*_labelled_thread(lang)))
    for post in (rules, second, last):
        assert post in text, post
    assert motto not in text
    assert "#3" not in text  # the post's number under its label ("Beitrag #3")


# ---- any page: a posting app's line, a "-- " signature under a kept block -------------------


@pytest.mark.parametrize(
    ("text", "signature"),
    [
        (
            "Danke für den Tipp, der Filter war wirklich völlig verstopft und jetzt läuft alles.",
            "Gesendet von meinem SM-G991B mit Tapatalk",
        ),
        (
            "Grazie a tutti, il problema era proprio la cinghia montata al contrario dal meccanico.",
            "Inviato dal mio iPhone utilizzando Tapatalk",
        ),
        (
            "Thanks, the pump was the culprit all along and the new one has been quiet for a week.",
            "--\nJim, Leeds\nhttps://example.org/jims-garage",
        ),
        (
            "Merci, c'était bien la courroie, elle était montée à l'envers par le garage.",
            "_________________\nTout ce qui brille n'est pas or",
        ),
    ],
)
def test_a_posting_apps_line_or_a_delimited_signature_ends_a_kept_block(text: str, signature: str) -> None:
    from tests.helpers import PROSE

    art = parse_blocks("A thread about a pump", PROSE[0], PROSE[1], f"{text}\n{signature}", "Reply", "Powered by Board")
    kept = _indexed(art)
    assert text in kept
    for line in signature.split("\n"):
        if line.strip("-_"):
            assert line not in kept, line


# ---- HTML: the signature boxes of forum software ---------------------------------------------


def _post_wrap(software: str, n: int, text: str, signature: str) -> str:
    """One post of `software`'s thread page with its `signature`, as the software marks it up."""
    if software == "phpbb":
        return (
            f"<div id='p{n}' class='post bg{n % 2 + 1}'><div class='inner'><div class='postbody'>"
            f"<p class='author'>by <a href='/u/{n}'>member_{n}</a> » 14.10.2009, 21:1{n}</p>"
            f"<div class='content'>{text}</div><div id='sig{n}' class='signature'>{signature}</div></div></div></div>"
        )
    if software == "vb4":
        return (
            f"<li class='postbitlegacy postbitim postcontainer' id='post_{n}'><div class='postdetails'>"
            f"<div class='userinfo'><a class='username' href='/u/{n}'>member_{n}</a></div>"
            f"<div class='postbody'><div class='content'><blockquote class='postcontent restore'>{text}</blockquote></div>"
            f"<blockquote class='signature restore'><div class='signaturecontainer'>{signature}</div></blockquote>"
            "</div></div></li>"
        )
    if software == "vb3":
        return (
            f"<div id='edit{n}'><table id='post{n}' class='tborder'><tr><td class='alt2'>"
            f"<a class='bigusername' href='/u/{n}'>member_{n}</a></td><td class='alt1' id='td_post_{n}'>"
            f"<div id='post_message_{n}'>{text}</div><div>__________________<br />{signature}</div>"
            "</td></tr></table></div>"
        )
    if software == "xenforo":
        return (
            f"<article class='message message--post js-post' id='js-post-{n}'><div class='message-inner'>"
            f"<div class='message-cell message-cell--user'><h4 class='message-name'>member_{n}</h4></div>"
            f"<div class='message-cell message-cell--main'><div class='message-content'><div class='bbWrapper'>{text}</div>"
            f"<aside class='message-signature'><div class='bbWrapper'>{signature}</div></aside></div></div></div></article>"
        )
    if software == "smf":
        return (
            f"<div class='windowbg'><div class='post_wrapper'><div class='poster'><h4>member_{n}</h4></div>"
            f"<div class='postarea'><div class='post'><div class='inner' id='msg_{n}'>{text}</div></div>"
            f"<div class='signature' id='msg_{n}_signature'>{signature}</div></div></div></div>"
        )
    if software == "woltlab":
        return (
            f"<article class='wbbPost message messageSidebarOrientationLeft'><div class='messageContent'>"
            f"<div class='messageText'>{text}</div><div class='messageSignature'><div>{signature}</div></div>"
            "</div></article>"
        )
    # Invision
    return (
        f"<article id='elComment_{n}' class='cPost ipsBox ipsComment'><div class='ipsColumn'>"
        f"<div data-role='commentContent' class='ipsType_richText'>{text}</div>"
        f"<div data-role='memberSignature' class='ipsResponsive_block'>{signature}</div></div></article>"
    )


SOFTWARE = ("phpbb", "vb4", "vb3", "xenforo", "smf", "woltlab", "invision")
# (language, title, posts, signature)
HTML_THREADS = {
    "en": (
        "Wheel bearing hums above 60 mph",
        [
            "<p>Since last week the car hums above sixty miles an hour and the noise changes when I steer left.</p>",
            "<p>That is a front wheel bearing, almost certainly the right one. Jack the car up and rock the wheel.</p>",
            "<p>The right bearing had play indeed. Replaced it this morning and the hum is gone, thanks a lot!</p>",
        ],
        "1998 Saab 900 | 2004 Vespa ET4 | Measure twice, cut once",
    ),
    "de": (
        "Kette springt über auf dem kleinen Ritzel",
        [
            "<p>Seit dem Kettenwechsel springt die Kette auf dem kleinsten Ritzel, sobald ich am Berg antrete.</p>",
            "<p>Dann ist das Ritzel verschlissen. Eine neue Kette auf alten Ritzeln springt genau so, tausch beide.</p>",
            "<p>Neue Kassette ist drauf und die Kette springt nicht mehr, vielen Dank für die schnelle Hilfe!</p>",
        ],
        "Wer später bremst, ist länger schnell. – Trek 520, Bj. 2011",
    ),
    "es": (
        "La caldera pierde presión cada semana",
        [
            "<p>Mi caldera pierde presión cada semana y tengo que rellenar el circuito de agua todos los domingos.</p>",
            "<p>Revisa el vaso de expansión, lo más probable es que haya perdido el aire y haya que volver a cargarlo.</p>",
            "<p>Era el vaso de expansión, lo cargaron ayer y la presión se mantiene estable desde entonces, gracias.</p>",
        ],
        "Fontanero aficionado desde 1987 | Valencia",
    ),
}


_MORE = {
    "en": "<p>I checked everything else I could think of before asking here, so any advice is welcome.</p>",
    "de": "<p>Alles andere habe ich schon geprüft, bevor ich hier gefragt habe, also ist jeder Rat willkommen.</p>",
    "es": "<p>Ya revisé todo lo demás que se me ocurrió antes de preguntar aquí, así que cualquier consejo ayuda.</p>",
}


def _html_thread(software: str, lang: str) -> bytes:
    title, posts, signature = HTML_THREADS[lang]
    wrap = "ol" if software == "vb4" else "div"
    body = "".join(_post_wrap(software, n, text + _MORE[lang], signature) for n, text in enumerate(posts, 1))
    return (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>{title} - Board</title></head>"
        f"<body><div id='header'><a href='/'>Board</a></div><h1>{title}</h1><{wrap} id='posts'>{body}</{wrap}>"
        "<div id='footer'><a href='/terms'>Terms</a></div></body></html>"
    ).encode()


@pytest.mark.parametrize("lang", sorted(HTML_THREADS))
@pytest.mark.parametrize("software", SOFTWARE)
def test_a_forums_signature_box_is_no_text(software: str, lang: str) -> None:
    _, posts, signature = HTML_THREADS[lang]
    text = _indexed(segment.segment(html_document(_html_thread(software, lang))))
    assert posts[0][3:-4] in text
    assert signature.split(" | ")[0].split(" – ")[0] not in text


def test_a_news_pages_signature_byline_outside_any_post_stays_a_news_pages() -> None:
    from indexer.htmlpage import PRUNE_XPATHS, _parse

    html = (
        "<html><body><article class='story'><h1>Council closes the bridge</h1>"
        "<p class='signature signature_box'>By Anna Berg</p><p>The council voted on Tuesday.</p></article></body></html>"
    )
    tree = _parse(html)
    pruned = [el for xp in PRUNE_XPATHS for el in tree.xpath(xp)]
    assert not any("Anna Berg" in el.text_content() for el in pruned)


# ---- HTML: the thread's posts go on in a container of their own below the first ones ------

# (title, posts of the first container, posts of the second, the forum's box below the thread)
SPLIT_THREADS = {
    "en": (
        "Greenhouse heater trips the breaker at night",
        [
            "Our small greenhouse heater trips the garden breaker every night around three, when it is coldest outside.",
            "Check the socket outside for moisture first. Condensation in an outdoor socket trips the breaker at night.",
        ],
        [
            "The socket was full of water indeed. I dried it and fitted a new cover, and the heater ran all night long.",
            "Good to hear. Fit a drip loop in the cable too, so the water runs off before it reaches the socket again.",
        ],
        "Users browsing this forum: No registered users and 4 guests online right now on the whole board.",
    ),
    "de": (
        "Gewächshausheizung löst nachts die Sicherung aus",
        [
            "Unsere kleine Gewächshausheizung löst jede Nacht gegen drei Uhr die Sicherung im Garten aus, wenn es am kältesten ist.",
            "Prüf zuerst die Außensteckdose auf Feuchtigkeit. Kondenswasser in der Dose löst nachts gern die Sicherung aus.",
        ],
        [
            "Die Steckdose war tatsächlich voller Wasser. Ich habe sie getrocknet und einen neuen Deckel montiert, seitdem läuft alles.",
            "Freut mich. Leg das Kabel noch mit einer Tropfschlaufe, damit das Wasser abläuft, bevor es die Steckdose erreicht.",
        ],
        "Mitglieder in diesem Forum: 0 Mitglieder und 4 Gäste sind gerade auf dem ganzen Board online unterwegs.",
    ),
}


def _split_thread(lang: str) -> bytes:
    title, first, second, online = SPLIT_THREADS[lang]

    def post(n: int, text: str) -> str:
        return (
            f"<div id='p{n}' class='post bg{n % 2 + 1}'><div class='postbody'><h3>Re: {title}</h3>"
            f"<p class='author'>by <a href='/u/{n}'>member_{n}</a> » 14.10.2009, 21:1{n}</p>"
            f"<div class='content'>{text}</div></div></div>"
        )

    return (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>{title} - Board</title></head>"
        f"<body><h1>{title}</h1><div id='page-body'><div class='topicbody'>"
        + "".join(post(n, t) for n, t in enumerate(first, 1))
        + "</div><div class='advert'><a href='/ad'>Ad</a></div><section class='page-two'>"
        + "".join(post(n, t) for n, t in enumerate(second, 3))
        + f"</section><div class='panel'><h3>Online</h3><p>{online}</p></div></div></body></html>"
    ).encode()


@pytest.mark.parametrize("lang", sorted(SPLIT_THREADS))
def test_a_threads_posts_below_its_first_container_are_text_not_the_forums(lang: str) -> None:
    _, first, second, online = SPLIT_THREADS[lang]
    text = _indexed(segment.segment(html_document(_split_thread(lang))))
    for post in (*first, *second):
        assert post in text, post
    assert online not in text
