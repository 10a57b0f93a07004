"""A thread's or a Q&A page's posts are its text; readers' comments under an article are not.

A Q&A page's answers, a Discourse topic's replies (schema.org comments in its markup) and a
forum's posts after the first were dropped as a comment thread: in HTML when the extractor kept
one post of several (`htmlthread`, `htmlpage.with_posts`), in plain text when the question's
"Add a comment" or the answer count opened the thread the block model drops
(`blocks.posts_end`). Their chrome (votes, "Share", member panels, signatures, likes, related
questions) stays out, and so do a news article's or a blog's comments. Pages of our own, in
several languages.
"""

from __future__ import annotations

import pytest

from indexer import segment
from indexer.models import Article
from tests.helpers import html_document, parse_blocks

pytest.importorskip("trafilatura")


def _indexed(art: Article) -> str:
    return " ".join(" ".join(p.text.split()) for p in art.paragraphs if p.indexed)


# ---- a Q&A page (Stack Exchange's markup): the question, then its answers ----------------

# (title, question's two paragraphs, first answer's two paragraphs, second answer's paragraph,
# UI words: ask, answers header, sorted by, share line, comment prompt, related header)
QA = {
    "en": (
        "How do I stop my sourdough starter from smelling like acetone?",
        "My starter is two weeks old and it smells strongly of nail polish remover every morning, even though "
        "I feed it once a day with equal weights of flour and water.",
        "I keep it on the kitchen counter at about 24 degrees. Is the starter ruined, or is this a sign that I "
        "should change the feeding schedule?",
        "The acetone smell means the yeast and bacteria have eaten through the flour and are starving. It is "
        "not harmful, and the starter is not ruined.",
        "Feed it twice a day for a few days, or feed it once a day with a larger share of fresh flour. The "
        "smell should fade within a week.",
        "Check the water as well. Chlorinated tap water can weaken the culture, and a weak culture runs out of "
        "food faster than a healthy one.",
        ("Ask Question", "2 Answers", "Sorted by:", "Share Improve this answer Follow", "Add a comment", "Related"),
    ),
    "de": (
        "Wie bekomme ich Kalkflecken von der Glasdusche weg?",
        "Unsere Duschwand aus Glas ist nach einem Jahr voller weißer Kalkflecken, obwohl wir sie nach jedem "
        "Duschen mit einem Abzieher trocknen. Normale Glasreiniger helfen kaum.",
        "Das Wasser in unserer Gegend ist sehr hart. Gibt es ein Mittel, das den Kalk löst, ohne die "
        "Beschichtung des Glases anzugreifen?",
        "Verdünnte Zitronensäure oder Essig löst Kalk zuverlässig. Sprüh die Lösung auf das Glas, lass sie "
        "zehn Minuten einwirken und wisch sie dann mit einem weichen Tuch ab.",
        "Bei beschichtetem Glas solltest du vorher im Handbuch nachsehen, denn manche Hersteller raten von "
        "Säure ab. In dem Fall hilft ein Reiniger ohne Säure.",
        "Gegen das Wiederkommen hilft eine Glasversiegelung aus dem Baumarkt. Das Wasser perlt danach ab und "
        "der Kalk setzt sich viel schwerer fest.",
        (
            "Frage stellen",
            "2 Antworten",
            "Sortiert nach:",
            "Teilen Diese Antwort verbessern Folgen",
            "Kommentar hinzufügen",
            "Verwandte Fragen",
        ),
    ),
    "fr": (
        "Comment empêcher le pain maison de rassir en deux jours ?",
        "Je fais mon pain moi-même depuis quelques mois, mais il devient sec et dur dès le deuxième jour, "
        "alors que celui de la boulangerie reste souple bien plus longtemps.",
        "Je le garde dans un sac en papier sur le plan de travail. Est-ce que je dois changer la recette, ou "
        "seulement la façon de le conserver ?",
        "Le pain rassit surtout parce que l'amidon cristallise en refroidissant. Une pâte plus hydratée et "
        "une cuisson un peu plus longue le gardent frais plus longtemps.",
        "Pour la conservation, une boîte à pain en bois ou un torchon propre valent mieux que le papier, qui "
        "laisse partir l'humidité trop vite.",
        "Vous pouvez aussi le trancher et le congeler le jour même, puis sortir les tranches une à une et les "
        "passer au grille-pain le matin.",
        (
            "Poser une question",
            "2 réponses",
            "Trié par :",
            "Partager Améliorer cette réponse Suivre",
            "Ajouter un commentaire",
            "Questions liées",
        ),
    ),
}


def _qa_html(lang: str) -> bytes:
    title, q1, q2, a1, a2, b1, (ask, answers, sort, share, comment, related) = QA[lang]
    share_q = share.replace("Antwort", "Frage").replace("answer", "question").replace("réponse", "question")

    def answer(n: int, votes: int, paragraphs: str, accepted: str) -> str:
        return (
            f"<div id='answer-{n}' class='answer js-answer' itemprop='{accepted}' itemscope"
            " itemtype='https://schema.org/Answer'><div class='post-layout'>"
            f"<div class='votecell'><button>Up vote</button><div itemprop='upvoteCount'>{votes}</div></div>"
            f"<div class='answercell'><div class='s-prose js-post-body' itemprop='text'>{paragraphs}</div>"
            f"<div class='post-menu'><a href='/a/{n}'>{share}</a></div>"
            f"<div class='user-info'><span class='relativetime'>Mar 14, 2021 at 11:40</span>"
            f"<div class='user-details' itemprop='author'><a href='/u/{n}'>user_{n}</a>"
            "<span class='reputation-score'>48.2k</span></div></div></div></div>"
            f"<div class='comments'><a class='comments-link' href='#'>{comment}</a></div></div>"
        )

    return (
        f"<!DOCTYPE html><html lang='{lang}' itemscope itemtype='https://schema.org/QAPage'><head><meta charset='utf-8'>"
        f"<title>{title} - Kitchen Exchange</title></head><body class='question-page'>"
        "<header><a href='/'>Kitchen Exchange</a> <a href='/questions'>Questions</a> <a href='/tags'>Tags</a></header>"
        f"<div id='content'><div id='question-header'><h1 itemprop='name'><a href='/q/1'>{title}</a></h1>"
        f"<a href='/ask'>{ask}</a></div><div id='mainbar' role='main'>"
        "<div class='question' id='question' itemprop='mainEntity' itemscope itemtype='https://schema.org/Question'>"
        "<div class='votecell'><div itemprop='upvoteCount'>14</div></div>"
        f"<div class='postcell'><div class='s-prose js-post-body' itemprop='text'><p>{q1}</p><p>{q2}</p></div>"
        f"<div class='post-menu'><a href='/q/1'>{share_q}</a></div>"
        "<div class='user-info'><span class='relativetime'>Mar 14, 2021 at 9:12</span>"
        "<div class='user-details' itemprop='author'><a href='/u/88'>asker_88</a></div></div></div>"
        f"<div class='comments'><a class='comments-link' href='#'>{comment}</a></div>"
        f"<div id='answers'><div id='answers-header'><h2>{answers}</h2><div><label>{sort}</label>"
        "<select><option>Highest score (default)</option><option>Date modified (newest first)</option></select></div></div>"
        + answer(5, 21, f"<p>{a1}</p><p>{a2}</p>", "acceptedAnswer")
        + answer(6, 4, f"<p>{b1}</p>", "suggestedAnswer")
        + "</div></div></div>"
        f"<div id='sidebar'><div class='module'><h4>{related}</h4><div class='related'>"
        "<a href='/q/11' class='question-hyperlink'>Why does my sourdough bread taste sour but not rise?</a>"
        "<a href='/q/12' class='question-hyperlink'>Can I use a starter straight from the fridge?</a></div></div></div>"
        "</div><footer>Site design / logo © 2024 Kitchen Exchange Inc; user contributions licensed under CC BY-SA.</footer>"
        "</body></html>"
    ).encode()


@pytest.mark.parametrize("lang", ["en", "de", "fr"])
def test_a_qa_pages_answers_are_its_text_in_html_and_their_chrome_is_not(lang: str) -> None:
    title, q1, q2, a1, a2, b1, (_, answers, sort, share, _, _) = QA[lang]
    text = _indexed(segment.segment(html_document(_qa_html(lang))))
    for paragraph in (q1, q2, a1, a2, b1):
        assert paragraph in text
    for chrome in (answers, sort, share, "48.2k", "user_6", "Why does my sourdough bread"):
        assert chrome not in text


# The page's other UI lines as the site prints them in its language: (asked, votes, sort options,
# tags, asked on, answered on, a comment on the question, a thanks under the first answer)
QA_LINES = {
    "en": (
        "Asked 3 years, 2 months ago\nModified 1 year ago\nViewed 12k times",
        "Up vote\n{}\nDown vote",
        "Highest score (default)\nDate modified (newest first)",
        "sourdough\nfermentation",
        "asked Mar 14, 2021 at 9:12",
        "answered Mar {}, 2021 at 11:40",
        "What flour are you using? Rye starters behave differently. – kneadr Mar 14, 2021 at 10:02",
        "Thanks, twice a day did the trick. – asker_88 Mar 20, 2021 at 8:01",
    ),
    "de": (
        "Gefragt vor 2 Jahren, 3 Monaten\nGeändert vor 1 Jahr\n5k Mal angesehen",
        "Positiv bewerten\n{}\nNegativ bewerten",
        "Höchste Bewertung (Standard)\nDatum geändert (neueste zuerst)",
        "reinigung\nbad",
        "gefragt 14. März 2022 um 9:12",
        "beantwortet {}. März 2022 um 11:40",
        "Benutzt ihr Leitungswasser oder gefiltertes Wasser? – putzteufel 14. März 2022 um 10:02",
        "Danke, Zitronensäure hat super funktioniert. – asker_88 20. März 2022 um 8:01",
    ),
    "fr": (
        "Posée il y a 3 ans\nModifiée il y a 1 an\nVue 12k fois",
        "Vote positif\n{}\nVote négatif",
        "Score le plus élevé (par défaut)\nDate de modification (plus récente)",
        "pain\nconservation",
        "posée le 14 mars 2021 à 9:12",
        "a répondu le {} mars 2021 à 11:40",
        "Quelle farine utilisez-vous ? La farine de seigle change tout. – mitron 14 mars 2021 à 10:02",
        "Merci, la boîte à pain a tout changé. – asker_88 20 mars 2021 à 8:01",
    ),
}


def _qa_text(lang: str) -> list[str]:
    """The Q&A page as a plain-text dump sets it (html-text's layout): blocks."""
    title, q1, q2, a1, a2, b1, (ask, answers, sort, share, comment, related) = QA[lang]
    asked, votes, order, tags, asked_on, answered_on, remark, thanks = QA_LINES[lang]
    share_q = share.replace("Antwort", "Frage").replace("answer", "question").replace("réponse", "question")
    return [
        f"{title} - Kitchen Exchange",
        "Kitchen Exchange Questions Tags Users Log in Sign up",
        "Home\nQuestions\nTags\nUsers\nUnanswered",
        title,
        f"{ask}\n{asked}",
        votes.format(14),
        q1,
        q2,
        tags,
        f"{share_q}\n{asked_on}\nasker_88\n1,203 3 12",
        remark,
        comment,
        answers,
        f"{sort}\n{order}",
        votes.format(21),
        a1,
        a2,
        f"{share}\n{answered_on.format(14)}\nuser_5\n48.2k 9 77",
        thanks,
        comment,
        votes.format(4),
        b1,
        f"{share}\n{answered_on.format(15)}\nuser_6\n2,310 1 8",
        comment,
        related,
        "Why does my sourdough bread taste sour but not rise?\nCan I use a starter straight from the fridge?",
        "Hot Network Questions",
        "What is the origin of the phrase to pull one's leg?\nIs it safe to store olive oil in a copper pot?",
        "Site design / logo © 2024 Kitchen Exchange Inc; user contributions licensed under CC BY-SA.",
    ]


@pytest.mark.parametrize("lang", ["en", "de", "fr"])
def test_a_qa_pages_answers_are_its_text_in_plain_text_and_what_follows_them_is_not(lang: str) -> None:
    title, q1, q2, a1, a2, b1, (_, answers, sort, share, _, related) = QA[lang]
    text = _indexed(parse_blocks(*_qa_text(lang)))
    for paragraph in (q1, q2, a1, a2, b1):
        assert paragraph in text
    for chrome in (sort, share, "Why does my sourdough bread", "Hot Network Questions", "What is the origin"):
        assert chrome not in text


# ---- a Discourse topic: the replies are schema.org comments in its markup ------------------

DISCOURSE = {
    "de": (
        "Heizung taktet ständig nach dem Tausch der Umwälzpumpe",
        "Seit der Installateur letzte Woche die alte Umwälzpumpe gegen eine Hocheffizienzpumpe getauscht hat, "
        "schaltet unsere Gastherme alle paar Minuten ein und wieder aus. Hat jemand eine Idee?",
        "Vermutlich läuft die neue Pumpe auf der falschen Stufe. Viele Hocheffizienzpumpen stehen ab Werk auf "
        "der kleinsten Kennlinie, und dann kommt zu wenig Wasser in den oberen Heizkreis.",
        "Danke, das war es tatsächlich. Seit der Umstellung auf Konstantdruck läuft der Brenner wieder eine "
        "halbe Stunde am Stück und oben wird es warm.",
        "„Gefällt mir“",
    ),
    "en": (
        "Garden shed roof leaks along the ridge after heavy rain",
        "Every time it rains hard, water drips from the ridge of my garden shed onto the workbench. The felt "
        "looks intact from the ground, so I do not know where the water gets in.",
        "Ridge leaks on felt roofs usually come from the nails along the top strip. Check whether the nail "
        "heads have lifted, and seal each one with a dab of bitumen.",
        "Thanks, three of the nails had worked loose. I sealed them all on Saturday and the shed stayed dry "
        "through the storm last night.",
        "Likes",
    ),
}


def _discourse_html(lang: str) -> bytes:
    title, first, reply, thanks, likes = DISCOURSE[lang]

    def post(n: int, text: str, comment: bool) -> str:
        scope = " itemprop='comment' itemscope itemtype='http://schema.org/Comment'" if comment else ""
        return (
            f"<div id='post_{n}'{scope} class='topic-body crawler-post'><div class='crawler-post-meta'>"
            f"<span class='creator' itemprop='author' itemscope itemtype='http://schema.org/Person'>"
            f"<a itemprop='url' href='/u/member{n}'><span itemprop='name'>member_{n}</span></a></span>"
            f"<span class='crawler-post-infos'><time itemprop='datePublished' datetime='2023-11-0{n}T07:41:10Z'"
            f" class='post-time'>{n}. November 2023, 7:41am</time><span itemprop='position'>{n}</span></span></div>"
            f"<div class='post' itemprop='text'><p>{text}</p></div>"
            "<div itemprop='interactionStatistic' itemscope itemtype='http://schema.org/InteractionCounter'>"
            f"<span class='post-likes'>{n + 1} {likes}</span></div></div>"
        )

    return (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>{title} - Technik - Community</title>"
        "</head><body><header><a href='/'>Community</a> <a href='/login'>Log in</a></header>"
        f"<div id='main-outlet' class='wrap' role='main'><div id='topic-title'><h1><a href='/t/4411'>{title}</a></h1></div>"
        f"<div itemscope itemtype='http://schema.org/DiscussionForumPosting'><meta itemprop='headline' content='{title}'>"
        + post(1, first, False)
        + post(2, reply, True)
        + post(3, thanks, True)
        + "</div></div><footer><a href='/about'>About</a> <a href='/privacy'>Privacy</a> Powered by Discourse</footer>"
        "</body></html>"
    ).encode()


@pytest.mark.parametrize("lang", ["de", "en"])
def test_a_discourse_topics_replies_are_its_text_and_their_likes_are_not(lang: str) -> None:
    title, first, reply, thanks, likes = DISCOURSE[lang]
    text = _indexed(segment.segment(html_document(_discourse_html(lang))))
    for post in (first, reply, thanks):
        assert post in text
    assert likes not in text


# ---- a XenForo thread: each post an <article> with its poster's name as a heading -----------

XENFORO = {
    "fr": (
        "Mon potager : les tomates se fendent après la pluie",
        "Chaque année c'est la même chose : après un gros orage, la moitié de mes tomates cœur de bœuf se "
        "fendent sur le dessus. Est-ce que je dois arroser moins, ou pailler davantage ?",
        "Les fissures viennent d'un apport d'eau brutal après une période sèche : la chair grossit plus vite "
        "que la peau. Arrosez plus régulièrement et posez un bon paillis.",
        "Merci Bernard, j'ai paillé tout le rang ce week-end. Les dernières tomates cueillies après l'orage "
        "de mardi n'avaient aucune fissure.",
        (
            "Inscrit",
            "Messages",
            "Membre expert",
            "J'aime",
            "Répondre",
            "Un jardin sans tomates, c'est un été sans soleil.",
        ),
    ),
    "pl": (
        "Pomidory pękają po każdym deszczu w ogródku",
        "Co roku to samo: po dużej burzy połowa moich pomidorów pęka od góry, chociaż były już prawie "
        "dojrzałe. Czy powinienem podlewać rzadziej, czy bardziej ściółkować grządki?",
        "Pęknięcia biorą się z nagłego dopływu wody po suchym okresie, bo miąższ rośnie szybciej niż skórka. "
        "Podlewaj regularnie i połóż grubą warstwę słomy wokół roślin.",
        "Dzięki, w weekend wyściółkowałem cały rząd słomą. Pomidory zebrane po wtorkowej burzy nie miały już "
        "żadnych pęknięć.",
        ("Dołączył", "Wiadomości", "Ekspert", "Lubię to", "Odpowiedz", "Ogród bez pomidorów to lato bez słońca."),
    ),
}


def _xenforo_html(lang: str) -> bytes:
    title, first, reply, thanks, (joined, messages, rank, like, answer, signature) = XENFORO[lang]

    def post(n: int, text: str) -> str:
        return (
            f"<article class='message message--post js-post' data-author='member_{n}' id='js-post-{n}'>"
            "<div class='message-inner'><div class='message-cell message-cell--user'><section class='message-user'>"
            f"<div class='message-userDetails'><h4 class='message-name'><a href='/m/{n}' class='username'>member_{n}</a>"
            f"</h4><h5 class='userTitle message-userTitle'>{rank}</h5></div><div class='message-userExtras'>"
            f"<dl class='pairs'><dt>{joined}</dt><dd>3.05.2019</dd></dl><dl class='pairs'><dt>{messages}</dt>"
            "<dd>412</dd></dl></div></section></div><div class='message-cell message-cell--main'>"
            "<header class='message-attribution'><time class='u-dt' datetime='2022-07-18T10:03:11+0200'>18.07.2022</time>"
            f"<a href='/t/2231/post-{n}'>#{n}</a></header><div class='message-content'><article class='message-body'>"
            f"<div class='bbWrapper'>{text}</div></article>"
            f"<aside class='message-signature'><div class='bbWrapper'>{signature}</div></aside></div>"
            f"<footer class='message-footer'><a href='#' class='actionBar-action'>{like}</a> "
            f"<a href='#' class='actionBar-action'>{answer}</a></footer></div></div></article>"
        )

    return (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>{title} | Forum</title></head><body>"
        "<header class='p-header'><a href='/'>Forum</a></header><nav class='p-nav'><a href='/'>Forums</a></nav>"
        f"<div class='p-body'><div class='p-title'><h1 class='p-title-value'>{title}</h1></div>"
        "<div class='block block--messages'><div class='block-body js-replyNewMessageContainer'>"
        + post(1, first)
        + post(2, reply)
        + post(3, thanks)
        + "</div></div></div><footer class='p-footer'>Forum software by XenForo® © 2010-2022 XenForo Ltd.</footer>"
        "</body></html>"
    ).encode()


@pytest.mark.parametrize("lang", ["fr", "pl"])
def test_a_xenforo_threads_posts_after_the_first_are_its_text_and_its_panels_are_not(lang: str) -> None:
    title, first, reply, thanks, (joined, messages, rank, like, _, signature) = XENFORO[lang]
    text = _indexed(segment.segment(html_document(_xenforo_html(lang))))
    for post in (first, reply, thanks):
        assert post in text
    for chrome in (joined, messages, rank, signature, "member_2"):
        assert chrome not in text


# ---- the contrast: readers' comments under a news article or a blog post ------------------

COMMENTED = {
    "en": (
        "Council approves new cycle lanes on Mill Road",
        [
            "The city council has approved plans for protected cycle lanes along the length of Mill Road, after "
            "a consultation that drew more than four thousand responses from residents and traders.",
            "Work is due to start in September and will take about five months. Parking bays on the eastern side "
            "of the road will be removed to make room for the lanes.",
        ],
        [
            "About time too. I have been cycling down Mill Road for ten years and every single week a car door "
            "opens right in front of me without any warning.",
            "Removing the parking bays will finish off the small shops on the eastern side. Nobody from the "
            "council ever came to ask us what we needed for deliveries.",
        ],
        ("3 comments", "Reply", "Leave a Reply"),
    ),
    "de": (
        "Stadtrat beschließt neue Radwege in der Mühlenstraße",
        [
            "Der Stadtrat hat am Dienstag geschützte Radwege entlang der gesamten Mühlenstraße beschlossen, "
            "nachdem sich mehr als viertausend Anwohner und Händler an der Befragung beteiligt hatten.",
            "Die Arbeiten sollen im September beginnen und etwa fünf Monate dauern. Die Parkplätze auf der "
            "Ostseite fallen dafür weg, dafür entstehen zwei neue Lieferzonen.",
        ],
        [
            "Endlich! Ich fahre seit zehn Jahren durch die Mühlenstraße und jede Woche geht direkt vor mir eine "
            "Autotür auf, ohne dass jemand in den Spiegel schaut.",
            "Ohne die Parkplätze gehen die kleinen Läden auf der Ostseite kaputt. Uns hat niemand von der Stadt "
            "gefragt, wie wir künftig beliefert werden sollen.",
        ],
        ("3 Kommentare", "Antworten", "Schreibe einen Kommentar"),
    ),
}


def _commented_html(lang: str) -> bytes:
    title, article, comments, (header, reply, form) = COMMENTED[lang]
    boxes = "".join(
        f"<article id='c{n}' class='comment-box' itemprop='comment' itemscope itemtype='http://schema.org/Comment'>"
        f"<footer class='comment-meta'><b class='fn' itemprop='author'>reader_{n}</b> "
        f"<time itemprop='dateCreated' datetime='2024-05-02T09:1{n}'>2.05.2024 9:1{n}</time></footer>"
        f"<div class='comment-content' itemprop='text'><p>{text}</p></div><a class='reply' href='#'>{reply}</a></article>"
        for n, text in enumerate(comments, 1)
    )
    return (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>{title} | Evening Post</title></head>"
        "<body><header><a href='/'>Evening Post</a> <a href='/news'>News</a></header><main>"
        f"<article class='article'><h1>{title}</h1><p class='byline'>Ruth Abney, 2.05.2024</p><div class='article-body'>"
        + "".join(f"<p>{p}</p>" for p in article)
        + f"</div></article><section id='comments'><h2>{header}</h2><div class='comment-list'>{boxes}</div>"
        f"<div id='respond'><h3>{form}</h3><form><textarea name='comment'></textarea></form></div></section>"
        "</main><footer>© 2024 Evening Post</footer></body></html>"
    ).encode()


@pytest.mark.parametrize("lang", ["en", "de"])
def test_readers_comments_under_a_news_article_stay_out_in_html_and_plain_text(lang: str) -> None:
    title, article, comments, (header, reply, form) = COMMENTED[lang]
    html = _indexed(segment.segment(html_document(_commented_html(lang))))
    text = _indexed(
        parse_blocks(
            f"{title} | Evening Post",
            "Evening Post News",
            title,
            "Ruth Abney, 2.05.2024",
            *article,
            header,
            "reader_1 2.05.2024 9:11",
            comments[0],
            f"{reply} reader_2 2.05.2024 9:12",
            comments[1],
            reply,
            form,
            "© 2024 Evening Post",
        )
    )
    for kept in (html, text):
        for paragraph in article:
            assert paragraph in kept
        for comment in comments:
            assert comment not in kept


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_qa_pages_question_is_put_back_before_its_answers_when_the_extractor_kept_the_answers_alone(
    lang: str,
) -> None:
    from indexer import htmlpage
    from indexer.htmllead import text_blocks
    from indexer.models import BODY

    title, q1, q2, a1, a2, b1, _ = QA[lang]
    tree = htmlpage._parse(_qa_html(lang).decode())
    blocks, posts = htmlpage.with_posts(
        [(BODY, a1), (BODY, a2), (BODY, b1)], tree, text_blocks(tree), {"title": title, "author": ""}
    )
    assert [t for _, t in blocks] == [q1, q2, a1, a2, b1]
    assert len(posts) == 3  # the question's text and the two answers: no chrome, whatever their names


# ---- a vBulletin thread: <li> posts, the first with its title as a heading -----------------

VBULLETIN_NL = (
    "Wasmachine lekt water aan de voorkant",
    "Sinds een paar dagen lekt onze wasmachine water aan de voorkant, vooral tijdens het centrifugeren. Het "
    "rubber rond de deur ziet er nog goed uit. Heeft iemand een idee waar het water vandaan kan komen?",
    "Kijk eerst in het zeepbakje en de afvoer ervan. Als het bakje verstopt zit met oud wasmiddel, loopt het "
    "water over en komt het precies aan de voorkant naar buiten.",
    "Dank je wel, dat was het inderdaad. Achter het zeepbakje zat een dikke laag oude zeep, na het schoonmaken "
    "is de vloer na het wassen helemaal droog gebleven.",
)


def _vbulletin_html() -> bytes:
    title, *texts = VBULLETIN_NL
    posts = "".join(
        f"<li class='postbitlegacy postbitim postcontainer old' id='post_1234{n}'><div class='posthead'>"
        f"<span class='postdate old'><span class='date'>1{n}-03-2019, <span class='time'>10:1{n}</span></span></span>"
        f"<a href='#post1234{n}' class='postcounter'>#{n}</a></div><div class='postdetails'><div class='userinfo'>"
        f"<a class='username' href='member.php?u={n}'><strong>lid_{n}</strong></a><span class='usertitle'>Senior Member"
        "</span><dl class='userinfo_extra'><dt>Geregistreerd</dt><dd>Jan 2012</dd><dt>Berichten</dt><dd>1.234</dd></dl>"
        "</div><div class='postbody'><div class='postrow'>"
        + (f"<h2 class='title icon'>{title}</h2>" if n == 1 else "")
        + f"<div class='content'><blockquote class='postcontent restore'>{text}</blockquote></div></div>"
        "<div class='after_content'><blockquote class='signature restore'><div class='signaturecontainer'>"
        "Groeten uit Utrecht</div></blockquote></div></div></div></li>"
        for n, text in enumerate(texts, 1)
    )
    return (
        f"<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><title>{title} - Klusforum</title></head><body>"
        "<div id='header'><a href='/'>Klusforum</a></div><div id='pagetitle'><h1>Onderwerp: <span class='threadtitle'>"
        f"<a href='showthread.php?t=55'>{title}</a></span></h1></div><div id='postlist'><ol id='posts' class='posts'>"
        f"{posts}</ol></div><div id='footer'>Powered by vBulletin® Copyright © 2024 vBulletin Solutions, Inc.</div>"
        "</body></html>"
    ).encode()


def test_a_vbulletin_threads_posts_are_its_text_once_each_and_its_panels_are_not() -> None:
    _, *posts = VBULLETIN_NL
    text = _indexed(segment.segment(html_document(_vbulletin_html())))
    for post in posts:
        assert text.count(post) == 1
    for chrome in ("Geregistreerd", "Berichten", "Senior Member", "Groeten uit Utrecht"):
        assert chrome not in text


def _xenforo_text(lang: str) -> list[str]:
    """The XenForo thread as a plain-text dump sets it: each post's panel (its fields' labels
    over their values), its time and number, its text, its signature and its buttons."""
    title, first, reply, thanks, (joined, messages, rank, like, answer, signature) = XENFORO[lang]
    out = [f"{title} | Forum", "Forum", "Forums", title]
    for n, text in enumerate((first, reply, thanks), 1):
        out += [
            f"member_{n}",
            rank,
            f"{joined}\n{n + 2}.05.2019",
            f"{messages}\n{412 * n}",
            f"1{n}.07.2022",
            f"#{n}",
            text,
        ]
        out += [signature, f"{like} {answer}"] if n < 3 else [like]
    return [*out, "Forum software by XenForo® © 2010-2022 XenForo Ltd."]


@pytest.mark.parametrize("lang", ["fr"])  # (pl: "Wiadomości" is no known panel label yet)
def test_a_xenforo_threads_last_post_is_text_in_plain_text_and_post_numbers_are_not(lang: str) -> None:
    _, first, reply, thanks, _ = XENFORO[lang]
    art = parse_blocks(*_xenforo_text(lang))
    text = _indexed(art)
    for post in (first, reply, thanks):
        assert post in text
    assert not any(p.indexed and p.text.startswith("#") for p in art.paragraphs)


# ---- answers whose markup differs: no poster's card, or inside a <form> ----------------------


@pytest.mark.parametrize("lang", ["en", "de"])
def test_a_qa_pages_answer_without_its_posters_card_is_text(lang: str) -> None:
    # trial 27: the third answer's poster card was gone (Stack Exchange's "post-signature", taken
    # out with the page's signature boxes), so the answers were no thread and only the question
    # was indexed; schema.org's Answer markup alone makes them the page's text
    title, q1, q2, a1, a2, b1, _ = QA[lang]
    page = _qa_html(lang).decode()
    second = page.index("<div id='answer-6'")
    card = page.index("<div class='user-info'>", second)
    page = page[:card] + page[page.index("</div></div>", card) + len("</div></div>") :]
    assert "user_6" not in page
    text = _indexed(segment.segment(html_document(page.encode())))
    for paragraph in (q1, q2, a1, a2, b1):
        assert paragraph in text


def _q2a_html(lang: str) -> bytes:
    """Question2Answer's markup: the question and each answer inside a <form> (for their buttons),
    the question's type only in JSON-LD, comments under the first answer."""
    title, q1, q2, a1, a2, b1, (ask, answers, _, _, comment, related) = QA[lang]

    def answer(n: int, paragraphs: str, prop: str) -> str:
        return (
            f"<div class='qa-a-list-item hentry answer' id='a{n}' itemprop='{prop}' itemscope"
            " itemtype='https://schema.org/Answer'><form method='post' action='./1'>"
            f"<div class='qa-a-item-main'><span class='qa-a-item-meta'>answered by <a href='/user/u{n}'>u{n}</a></span>"
            f"<div class='qa-a-item-content qa-post-content'><div itemprop='text'>{paragraphs}</div></div>"
            f"<div class='qa-a-item-buttons'><input type='submit' value='{comment}'></div></div></form>"
            f"<div class='qa-a-item-c-list'><div class='qa-c-list-item hentry comment'><div itemprop='text'>"
            "Worked for me too, thanks a lot for the detailed steps!</div></div></div></div>"
        )

    return (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>{title} - Ask the Bakers</title>"
        '<script type="application/ld+json">{"@context":"https://schema.org","@type":"QAPage"}</script></head>'
        f"<body><div class='qa-header'><a href='/'>Ask the Bakers</a> <a href='/ask'>{ask}</a></div>"
        f"<div class='qa-main'><h1><a href='/1'>{title}</a></h1>"
        "<div class='qa-part-q-view'><div class='qa-q-view hentry question'><form method='post' action='./1'>"
        "<span class='qa-q-view-meta'>asked by <a href='/user/asker'>asker</a></span>"
        f"<div class='qa-q-view-content qa-post-content'><div itemprop='text'><p>{q1}</p><p>{q2}</p></div></div>"
        "</form></div></div>"
        f"<div class='qa-part-a-list'><h2>{answers}</h2><div class='qa-a-list'>"
        + answer(5, f"<p>{a1}</p><p>{a2}</p>", "acceptedAnswer")
        + answer(6, f"<p>{b1}</p>", "suggestedAnswer")
        + "</div></div>"
        "<form method='post' action='./subscribe'><p>Get the best answers in your inbox every week.</p>"
        "<input type='email'><input type='submit' value='Subscribe'></form>"
        f"<div class='qa-sidebar'><h2>{related}</h2><a href='/2'>Why does my sourdough bread taste sour?</a></div>"
        "</div></body></html>"
    ).encode()


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_qa_page_whose_question_and_answers_sit_in_forms_is_its_text(lang: str) -> None:
    # trial 26: Question2Answer wraps the question and each answer in a <form>; the page's text
    # blocks left forms out, so the second answer could not be put back (and the page warned
    # that a post was not indexed) while the question came out only by luck
    title, q1, q2, a1, a2, b1, _ = QA[lang]
    doc = html_document(_q2a_html(lang))
    text = _indexed(segment.segment(doc))
    for paragraph in (q1, q2, a1, a2, b1):
        assert paragraph in text
    for chrome in ("Worked for me too", "Get the best answers in your inbox"):
        assert chrome not in text
    assert not [w for w in doc.warnings if "posts" in str(w)]


def test_a_sign_up_form_is_no_content_form_and_a_wrapped_answer_is() -> None:
    from lxml import html as lxml_html

    from indexer.htmllead import content_form

    signup = lxml_html.fromstring("<form><p>Get the best answers in your inbox every week.</p><input></form>")
    answer = lxml_html.fromstring("<form><div itemprop='text'><p>Feed it twice a day.</p></div></form>")
    page = lxml_html.fromstring(
        "<form id='aspnetForm'><h1>Council approves flood barriers</h1><p>" + "word " * 45 + "</p></form>"
    )
    assert (content_form(signup), content_form(answer), content_form(page)) == (False, True, True)


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_qa_pages_answers_named_so_by_their_class_are_text_without_schema_org(lang: str) -> None:
    # trial 28: a Japanese Q&A site, its answers <article class="oh-answer"> with no schema.org
    # markup and no spaces in their text (counted as no prose), kept only the best answer
    if lang == "ja":
        title = "ベランダのミニトマト、赤くなる直前に実が割れてしまうのはなぜ？"
        question = "今年の春からベランダでプランター栽培のミニトマトを育てていますが、赤くなる直前に縦に割れてしまう実が多くて困っています。"
        answers = [
            "実割れの一番の原因は、土の水分量が急に変わることです。乾き気味のときに一気に水を吸うと、皮の成長が追いつかずに割れてしまいます。",
            "プランターの大きさも関係していると思います。私は深さ三十センチ以上の大きめのプランターに一株ずつ植えるようにしてから割れなくなりました。",
            "少し早めに収穫するのも手です。八分ほど色づいた段階で摘み取って室内で追熟させれば、割れる前に収穫できます。",
        ]
    else:
        title, question, answers = QA["en"][0], QA["en"][1], [QA["en"][3], QA["en"][4], QA["en"][5]]

    def answer(n: int, text: str) -> str:
        return (
            f"<article class='oh-answer'><div class='oh-a-user'><span class='oh-username'>user_{n}</span></div>"
            f"<div class='oh-a-body'><p>{text}</p></div><div class='oh-a-meta'><span>2024/07/0{n} 22:40</span></div></article>"
        )

    page = (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>{title}</title></head><body>"
        f"<header><a href='/'>Q&A</a></header><main><section class='oh-question'><h1>{title}</h1><p>{question}</p>"
        "</section><section class='oh-answers'>"
        + "".join(answer(n, t) for n, t in enumerate(answers, 1))
        + "</section></main><footer>© 2024</footer></body></html>"
    ).encode()
    text = _indexed(segment.segment(html_document(page)))
    for paragraph in (question, *answers):
        assert paragraph in text


def test_a_box_named_answer_is_an_answer_and_a_japanese_answer_is_prose() -> None:
    # the two facts the page above needs: a class naming the box an answer (no schema.org), and
    # a post's words counted as `count_words` counts a text without spaces
    from lxml import html as lxml_html

    from indexer import htmlpage, htmlthread

    boxes = [
        lxml_html.fromstring(
            "<article class='oh-answer'><span class='oh-username'>u1</span><p>実割れの一番の原因は、土の水分量が"
            "急に変わることです。乾き気味のときに一気に水を吸うと、皮の成長が追いつかずに割れてしまいます。</p></article>"
        ),
        lxml_html.fromstring("<article class='oh-answer-form'><p>回答するにはログインが必要です。</p></article>"),
        lxml_html.fromstring("<div class='faq'><p>Answers to the council's questions.</p></div>"),
    ]
    assert [htmlthread.is_answer(b) for b in boxes] == [True, False, False]
    assert htmlpage._posts_of(boxes[:1])[1] == [0]
