"""A forum thread's posts are its text, its forum's boxes and its posters' signatures are not.

Trial 23's faults, by kind, on pages of our own in several languages:
- a Discourse topic whose page description (its lead) is not its first post's first words: the
  replies were left out as schema.org comments (`htmlthread.is_thread` read the lead only);
- a post the extractor kept in part (a question's list after its first item, its closing
  line): put back between its first kept block and its last sentence (`htmlpage._post_gaps`);
- what the extractor keeps below a thread's last post (phpBB's "Who is online", a "New here?"
  rules box) is the forum's (`htmlpage.AFTER_THREAD_REASON`);
- a forum's <h1> is its name, the <title> "TOPIC - Forum NAME" names the thread;
- in plain text, a poster's signature printed under their first and last posts (the last one's
  below its text, no sentence of its own) is no text under either; a post's list between its
  paragraphs is its text; Discourse's plain "NAME DATE, TIME N" headers make the starter the
  byline (`textblocks.forum_post_header`).
"""

from __future__ import annotations

import pytest

from indexer import segment
from indexer.models import Article
from indexer.segment.textblocks import forum_post_header
from tests.helpers import html_document, parse_blocks

pytest.importorskip("trafilatura")


def _indexed(art: Article) -> str:
    return " ".join(" ".join(p.text.split()) for p in art.paragraphs if p.indexed)


# ---- Discourse (crawler view) with a page description of its own ------------------------

# (title, description, first post, reply, last reply, date words)
DISCOURSE = {
    "en": (
        "Garage door opener loses its remote after a power cut",
        "My opener forgets the remote whenever the power goes out and I have to pair it again.",
        "Every time we have a power cut the garage door opener forgets the paired remote, and I have to "
        "climb the ladder and press the learn button again before it works.",
        "That model keeps its codes in volatile memory. There is a small backup battery behind the light "
        "cover, and when it is flat the opener loses the codes with every outage.",
        "Replaced the backup battery this morning and switched the breaker off for a minute. The remote "
        "still works, thanks for the tip!",
        "March 3, 2023, 9:14am",
    ),
    "de": (
        "Wärmepumpe taktet im Herbst alle zehn Minuten",
        "Unsere Wärmepumpe schaltet sich bei milden Temperaturen ständig ein und aus.",
        "Seit es draußen wieder milder ist, schaltet unsere Wärmepumpe etwa alle zehn Minuten ein und "
        "wieder aus. Im Winter lief sie dagegen stundenlang ohne Unterbrechung durch.",
        "Das ist bei einer zu groß ausgelegten Anlage typisch. Erhöhe die Hysterese in den Einstellungen "
        "und prüfe, ob alle Heizkreise offen sind, damit die Pumpe genug Wasser hat.",
        "Die Hysterese steht jetzt auf drei Kelvin und die Pumpe läuft wieder längere Zeit am Stück. "
        "Vielen Dank für die schnelle Hilfe!",
        "3. März 2023, 9:14",
    ),
    "pt": (
        "Máquina de lavar não centrifuga depois da troca da correia",
        "Troquei a correia da máquina e agora ela lava mas não centrifuga mais.",
        "Troquei a correia da minha máquina de lavar no fim de semana e agora ela enche, lava e enxágua "
        "normalmente, mas quando chega a hora de centrifugar o tambor quase não gira.",
        "Provavelmente a correia nova ficou frouxa ou é de um tamanho maior. Confira o código da peça e "
        "veja se o motor está bem preso no suporte, porque ele também regula a tensão.",
        "Era isso mesmo, a correia era de um modelo maior. Comprei a certa e a centrifugação voltou ao "
        "normal, obrigada!",
        "3 de março de 2023, 09:14",
    ),
}


def _discourse_html(lang: str) -> bytes:
    title, description, first, reply, last, when = DISCOURSE[lang]

    def post(n: int, text: str) -> str:
        scope = " itemprop='comment' itemscope itemtype='http://schema.org/Comment'" if n > 1 else ""
        body = "articleBody" if n == 1 else "text"
        return (
            f"<div id='post_{n}'{scope} class='topic-body crawler-post'><div class='crawler-post-meta'>"
            "<span class='creator' itemprop='author' itemscope itemtype='http://schema.org/Person'>"
            f"<a itemprop='url' href='/u/member{n}'><span itemprop='name'>member_{n}</span></a></span>"
            f"<span class='crawler-post-infos'><time itemprop='datePublished' datetime='2023-03-0{n}T09:14:00Z'"
            f" class='post-time'>{when}</time><span itemprop='position'>{n}</span></span></div>"
            f"<div class='post' itemprop='{body}'><p>{text}</p></div></div>"
        )

    return (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>{title} - Hilfe - Community</title>"
        f"<meta name='description' content='{description}'><meta property='og:description' content='{description}'>"
        f"</head><body class='crawler'><header><a href='/'>Community</a></header>"
        f"<div id='main-outlet' class='wrap' role='main'><div id='topic-title'><h1><a href='/t/77'>{title}</a></h1></div>"
        f"<div itemscope itemtype='http://schema.org/DiscussionForumPosting'><meta itemprop='headline' content='{title}'>"
        + post(1, first)
        + post(2, reply)
        + post(3, last)
        + "</div></div><footer><a href='/tos'>Terms</a> Powered by Discourse</footer></body></html>"
    ).encode()


@pytest.mark.parametrize("lang", sorted(DISCOURSE))
def test_a_discourse_topics_replies_are_text_when_its_description_is_not_its_first_post(lang: str) -> None:
    _, _, first, reply, last, _ = DISCOURSE[lang]
    text = _indexed(segment.segment(html_document(_discourse_html(lang))))
    for post in (first, reply, last):
        assert post in text


# ---- phpBB (prosilver) in HTML: a list in a post, the forum's boxes below, the forum's <h1> --

# (forum's name, its label in the <title>, topic, question with a list and a closing line,
# reply, who-is-online header and line, rules box's header and text)
PHPBB = {
    "en": (
        "Riverside Anglers",
        "Forum",
        "Reel drag slips under load after cleaning",
        (
            "I stripped and cleaned my old spinning reel over the winter and put it back together with fresh grease.",
            ["Drag washers cleaned and dried", "Fresh grease on the gears only", "Does the drag need its own grease?"],
            "Thanks in advance for any pointers!",
        ),
        "Grease on the drag washers is the usual cause. Clean them again with alcohol and use a "
        "proper drag grease, very thinly, or none at all on felt washers.",
        ("Who is online", "Users browsing this forum: No registered users and 4 guests"),
        (
            "New here?",
            "Riverside Anglers is run by volunteers for people who fish the county's rivers and lakes.",
        ),
    ),
    "de": (
        "Aquarianer-Treff",
        "Forum",
        "Trübes Wasser drei Tage nach dem Filterwechsel",
        (
            "Ich habe am Wochenende den Filter meines 120-Liter-Beckens gewechselt und das Wasser ist seitdem milchig.",
            [
                "Filtermaterial komplett erneuert",
                "Wasserwechsel von einem Drittel",
                "Gibt es dafür ein Mittel aus dem Handel?",
            ],
            "Danke schon mal für eure Hilfe!",
        ),
        "Das ist eine Bakterienblüte, weil mit dem neuen Filtermaterial die Bakterien fehlen. Nicht "
        "füttern, abwarten und beim nächsten Mal nur die Hälfte des Materials tauschen.",
        ("Wer ist online?", "Mitglieder in diesem Forum: 0 Mitglieder und 4 Gäste"),
        ("Neu hier?", "Der Aquarianer-Treff wird von Freiwilligen für Halter von Süßwasserbecken betrieben."),
    ),
    "ru": (
        "Пчеловоды Поволжья",
        "Форум",
        "Пчёлы не выходят из улья после зимовки",
        (
            "Открыл улей в начале апреля, а пчёлы почти не летают, хотя соседние семьи уже работают вовсю.",
            ["Корма осталось много", "Подмора немного", "Нужно ли подкармливать сейчас?"],
            "Заранее спасибо за советы!",
        ),
        "Скорее всего, семья ослабла за зиму. Проверь наличие матки и расплода, и если матки нет, "
        "объедини эту семью с сильной соседней.",
        (
            "Кто сейчас на конференции",
            "Сейчас этот форум просматривают: нет зарегистрированных пользователей и 4 гостя",
        ),
        ("Впервые здесь?", "Форум ведут добровольцы для пчеловодов Поволжья и соседних областей."),
    ),
}


def _phpbb_html(lang: str) -> bytes:
    forum, label, topic, (opening, items, closing), reply, online, rules = PHPBB[lang]

    def post(n: int, subject: str, name: str, content: str) -> str:
        return (
            f"<div id='p{n}' class='post bg{n % 2 + 1}'><div class='inner'><div class='postbody'>"
            f"<h3><a href='#p{n}'>{subject}</a></h3>"
            f"<p class='author'>&raquo; <strong><a href='/memberlist.php?u={n}'>{name}</a></strong>"
            f" &raquo; 14.10.2009, 21:1{n}</p><div class='content'>{content}</div></div>"
            f"<dl class='postprofile'><dt><a href='/memberlist.php?u={n}'>{name}</a></dt><dd>12</dd></dl>"
            "</div></div><hr class='divider' />"
        )

    question = f"{opening}<br /><br /><ul>" + "".join(f"<li>{i}</li>" for i in items) + f"</ul>{closing}"
    return (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'>"
        f"<title>{topic} - {label} {forum}</title></head><body><div id='wrap'>"
        f"<div class='headerbar'><h1>{forum}</h1><p>{label}</p></div>"
        f"<div id='page-body'><h2 class='topic-title'><a href='/viewtopic.php?t=9'>{topic}</a></h2>"
        + post(1, topic, "starter_1", question)
        + post(2, f"Re: {topic}", "helper_2", reply)
        + f"<div class='panel'><div class='inner'><h3>{online[0]}</h3><p>{online[1]}</p></div></div>"
        f"<div class='panel bg3'><div class='inner'><h3>{rules[0]}</h3><p>{rules[1]}</p></div></div>"
        "</div><div id='page-footer'>Powered by phpBB</div></div></body></html>"
    ).encode()


@pytest.mark.parametrize("lang", sorted(PHPBB))
def test_a_phpbb_threads_list_is_text_and_the_forums_boxes_below_it_are_not(lang: str) -> None:
    forum, _, topic, (opening, items, closing), reply, online, rules = PHPBB[lang]
    art = segment.segment(html_document(_phpbb_html(lang)))
    text = _indexed(art)
    for post in (opening, *items, closing, reply):
        assert post in text, post
    assert online[1] not in text
    assert rules[1] not in text
    assert art.title == topic


@pytest.mark.parametrize(
    ("page", "name", "topic"),
    [
        ("Wheel bearing hums above 60 mph - Forum Saab Owners", "Saab Owners", "Wheel bearing hums above 60 mph"),
        ("Стучит подвеска на кочках - Форум Гранта-Клуб", "Гранта-Клуб", "Стучит подвеска на кочках"),
        (
            "Kettenspannung richtig einstellen - Das Forum Moped-Treff",
            "Moped-Treff",
            "Kettenspannung richtig einstellen",
        ),
    ],
)
def test_a_forums_h1_under_a_label_in_the_title_gives_the_thread_its_title(page: str, name: str, topic: str) -> None:
    html = (
        f"<html><head><title>{page}</title></head><body><div class='headerbar'><h1>{name}</h1></div>"
        f"<h2 class='topic-title'>{topic}</h2><div class='post'><p>{'Some words of the post here. ' * 12}</p>"
        "</div></body></html>"
    )
    from indexer.htmlpage import _parse, _post_title_after_site_name

    assert _post_title_after_site_name(_parse(html), name, page) == topic


def test_a_site_name_ending_a_longer_last_part_of_the_title_is_not_a_label() -> None:
    from indexer.htmlpage import _parse, _post_title_after_site_name

    page = "Wheel bearing hums above 60 mph - The best blog about Saab Owners"
    html = f"<html><head><title>{page}</title></head><body><h1>Saab Owners</h1><h2>Wheel bearing hums above 60 mph</h2></body></html>"
    assert _post_title_after_site_name(_parse(html), "Saab Owners", page) == ""


# ---- plain text: a phpBB thread with a signature under its starter's posts ---------------

# (title, starter's opening, list label, list lines, question's end, signature lines, reply,
# reply's poster panel, last post)
PLAIN = {
    "en": (
        "Hedge trimmer stalls when the blade is under load",
        "My petrol hedge trimmer starts fine and idles well, but as soon as the blade touches a thick branch the "
        "engine dies. It was serviced in spring.",
        "What I have tried:",
        ["New spark plug, gapped to spec", "Air filter washed and oiled", "Fuel mixed fresh at 40 to 1"],
        "Could it be the carburettor, or is something else worth checking first?",
        ["Cheers from the Fens, Martin", '"Measure twice, cut once."'],
        "Check the fuel filter in the tank first. A clogged one lets the engine idle but starves it as soon "
        "as it has to work, which is exactly what you describe.",
        "Posts: 318",
        "Fuel filter was black inside. Replaced it and the trimmer now cuts through everything, thanks a lot!",
    ),
    "de": (
        "Rasenmäher geht unter Last aus",
        "Mein Benzin-Rasenmäher springt gut an und läuft im Leerlauf ruhig, aber sobald das Gras etwas höher "
        "ist, geht der Motor aus. Er war im Frühjahr in der Werkstatt.",
        "Was ich schon gemacht habe:",
        ["Neue Zündkerze eingesetzt", "Luftfilter gereinigt und geölt", "Frisches Benzin getankt"],
        "Kann es am Vergaser liegen, oder sollte ich zuerst etwas anderes prüfen?",
        ["Gruß aus dem Allgäu, Martin", "„Wer billig kauft, kauft zweimal.“"],
        "Prüf zuerst den Benzinfilter im Tank. Ein verstopfter Filter lässt den Motor im Leerlauf laufen, "
        "aber unter Last bekommt er zu wenig Sprit, genau wie du es beschreibst.",
        "Beiträge: 318",
        "Der Benzinfilter war innen ganz schwarz. Nach dem Tausch mäht er wieder alles weg, vielen Dank!",
    ),
    "ru": (
        "Газонокосилка глохнет под нагрузкой",
        "Бензиновая газонокосилка заводится с первого раза и ровно работает на холостых, но как только трава "
        "погуще, мотор глохнет. Весной была в сервисе.",
        "Что уже сделано:",
        ["Свеча новая, зазор выставлен", "Воздушный фильтр промыт", "Бензин свежий, заливал вчера"],
        "Может, дело в карбюраторе, или сначала стоит проверить что-то другое?",
        ["Косилка «Ласточка» — десятый сезон без ремонта", "С уважением, Михаил из Твери"],
        "Первым делом проверь топливный фильтр в баке. Забитый фильтр даёт мотору работать на холостых, "
        "а под нагрузкой топлива не хватает, как раз как ты описываешь.",
        "Сообщения: 318",
        "Фильтр внутри был совсем чёрный. Поменял, и косилка снова косит всё подряд, спасибо!",
    ),
}
HEADERS = {
    "en": ("Post by {name} » Sat Jun 08, 2024 6:1{n} pm", "by {name} » Sat Jun 08, 2024 6:1{n} pm"),
    "de": ("Beitrag von {name} » Sa 8. Jun 2024, 18:1{n}", "von {name} » Sa 8. Jun 2024, 18:1{n}"),
    "ru": ("Сообщение {name} » 08 июн 2024, 18:1{n}", "{name} » 08 июн 2024, 18:1{n}"),
}


def _plain_thread(lang: str) -> list[str]:
    title, opening, label, items, end, signature, reply, panel, last = PLAIN[lang]
    first, later = HEADERS[lang]
    blocks = [f"{title} - Garden Board", "Garden Board", "FAQ\nRegister\nLogin", title]
    blocks += ["starter_1\nPosts: 12", title, first.format(name="starter_1", n=1), opening, label]
    blocks += ["\n".join(items), "\n".join([end, *signature]), "Top"]
    blocks += [f"helper_2\n{panel}", f"Re: {title}", later.format(name="helper_2", n=2), reply, "Top"]
    blocks += ["starter_1\nPosts: 13", f"Re: {title}", later.format(name="starter_1", n=3), last]
    blocks += [*signature, "starter_1\nPosts: 13", "Top", "Who is online", "Powered by phpBB"]
    return blocks


@pytest.mark.parametrize("lang", sorted(PLAIN))
def test_a_signature_under_a_posters_first_and_last_posts_is_no_text_and_a_posts_list_is(lang: str) -> None:
    title, opening, label, items, end, signature, reply, _, last = PLAIN[lang]
    art = parse_blocks(*_plain_thread(lang))
    text = _indexed(art)
    for post in (opening, *items, end, reply, last):
        assert post in text, post
    for line in signature:
        assert line not in text, line
    assert art.byline == "starter_1"


# ---- plain text: Discourse's crawler view, "NAME DATE, TIME N" over each post --------------


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("kelvin_tan August 14, 2022, 3:22am 1", "kelvin_tan"),
        ("m.zbinden (Marco Zbinden) 9. März 2021, 10:14 3", "m.zbinden"),
        ("renata_cwb 8 de junho de 2021, 11:22 #1", "renata_cwb"),
        ("Vienna March 3, 2021", ""),  # a dateline: no time, no post's number
        ("Seats 12 left on March 3, 2021 2", ""),  # more words than a handle
    ],
)
def test_a_discourse_post_header_in_plain_text(line: str, name: str) -> None:
    assert forum_post_header(line) == name


@pytest.mark.parametrize("lang", sorted(DISCOURSE))
def test_a_discourse_threads_starter_is_the_byline_in_plain_text(lang: str) -> None:
    title, _, first, reply, last, when = DISCOURSE[lang]
    art = parse_blocks(
        f"{title} - Help - Community",
        title,
        f"Help Repairs\nrepair, tips\nstarter_1 {when} 1",
        first,
        f"helper.2 {when} 2",
        reply,
        f"starter_1 {when} 3",
        last,
        "Related topics",
        "Powered by Discourse",
    )
    assert art.byline == "starter_1"
    text = _indexed(art)
    for post in (first, reply, last):
        assert post in text
