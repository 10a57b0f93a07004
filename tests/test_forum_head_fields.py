"""A phpBB 2 thread's head in plain text (trial 25's kind): the topic's title, not the breadcrumb
trail that opens with the forum's name ("Forum NAME - Index du Forum -> Mécanique"), is the
headline, its column header "Author Message" no byline, and the day a poster joined the forum ("Inscrit le: 02 Fév 2006", "Joined: ...") is no
date of the page. Pages of our own, in French and English, shaped as html-text prints phpBB 2's
subSilver template (one line per element, the <title> first)."""

from __future__ import annotations

import hashlib

import pytest

from indexer import segment
from indexer.models import Document

_WORDS = {
    "fr": {
        "view": "Voir le sujet", "index": "Index du Forum", "joined": "Inscrit le", "posts": "Messages",
        "where": "Localisation", "posted": "Posté le", "subject": "Sujet du message", "top": "Revenir en haut",
        "nav": "Sujet précédent:: Sujet suivant", "author": "Auteur Message",
        "menu": "FAQ Rechercher Liste des Membres Groupes d'utilisateurs S'enregistrer",
        "days": ("Lun 17 Avr 2006 21:14", "Lun 17 Avr 2006 21:52", "Mar 18 Avr 2006 08:37"),
        "joined_on": "02 Fév 2006",
    },
    "en": {
        "view": "View topic", "index": "Forum Index", "joined": "Joined", "posts": "Posts", "where": "Location",
        "posted": "Posted", "subject": "Post subject", "top": "Back to top", "nav": "Previous topic :: Next topic",
        "author": "Author Message", "menu": "FAQ Search Memberlist Usergroups Register",
        "days": ("Mon Apr 17, 2006 9:14 pm", "Mon Apr 17, 2006 9:52 pm", "Tue Apr 18, 2006 8:37 am"),
        "joined_on": "02 Feb 2006",
    },
}  # fmt: skip

_THREADS = {
    "fr": (
        "Forum Mob'Passion",
        "Mécanique et carburation",
        "103 SP qui cale à chaud, gicleur ou joint ?",
        [
            "Salut à tous, j'ai sorti de la grange le 103 SP de mon oncle et après un bon nettoyage il démarre au "
            "deuxième coup de pédale. Le problème, c'est qu'après dix minutes de route, moteur chaud, il cale net.",
            "Avant de toucher au gicleur, regarde le joint spi côté allumage : quand il est sec, il prend l'air à "
            "chaud et le mélange devient beaucoup trop pauvre. Vérifie aussi la mise à l'air du bouchon.",
            "C'était bien le bouchon ! Le petit trou de mise à l'air était bouché par la rouille. Je l'ai débouché "
            "avec une aiguille et j'ai fait trente kilomètres ce soir sans un seul raté.",
        ],
    ),
    "en": (
        "Classic Scooter Forum",
        "Engines and carburettors",
        "PX stalls when hot: jet or gasket?",
        [
            "Hi all, I got my uncle's PX out of the barn and after a good clean it starts on the second kick. The "
            "trouble is that after ten minutes on the road, once the engine is hot, it stalls at the first light.",
            "Before you touch the jet, look at the crank seal on the flywheel side: when it dries out it draws air "
            "once hot and the mixture goes far too lean. Check the vent in the fuel cap as well.",
            "It was the cap! The little vent hole was blocked with rust. I cleared it with a needle and rode thirty "
            "miles tonight without a single misfire. Thanks to you both.",
        ],
    ),
}


def _page(lang: str) -> str:
    w = _WORDS[lang]
    site, forum, topic, posts = _THREADS[lang]
    trail = f"{site} - {w['index']} -> {forum}"
    lines = [f"{site} :: {w['view']} - {topic}", "", site, w["menu"], topic, trail, w["nav"], w["author"]]
    members = [
        ("Titouan18", w["joined_on"], "14"),
        ("Dede36", "14 Sep 2003", "4872"),
        ("Titouan18", w["joined_on"], "15"),
    ]
    for k, (text, (name, joined, count), day) in enumerate(zip(posts, members, w["days"])):
        subject = f" {topic}" if k == 0 else ""
        lines += [name, f"{w['joined']}: {joined}", f"{w['posts']}: {count}", f"{w['where']}: Bourges"]
        lines += [f"{w['posted']}: {day} {w['subject']}:{subject}", text, w["top"]]
    lines += [trail, "Powered by phpBB © 2001, 2005 phpBB Group"]
    return "\n".join(lines)


@pytest.mark.parametrize("lang", sorted(_THREADS))
def test_topic_title_over_the_trail_and_no_joined_date(lang: str) -> None:
    text = _page(lang)
    doc = Document(id="t", path="t.txt", content_hash=hashlib.sha256(text.encode()).hexdigest(), text=text)
    art = segment.segment(doc)
    assert art.title == _THREADS[lang][2]
    assert art.published != "2006-02-02"
    assert "Message" not in art.byline  # (phpBB 2's column header "Author Message")
    first_post = _THREADS[lang][3][0]
    assert any(p.text.startswith(first_post[:30]) for p in art.paragraphs if p.kind == "body")


def test_the_day_under_a_joined_label_of_its_own_is_no_date_of_the_page() -> None:
    # XenForo copied as text prints each panel field's label and value on lines of their own
    # ("Joined" / "Jan 11, 2018"): a new user's thread (tests/data/forum_xenforo_en.txt, written
    # for the project) was dated by its starter's day of joining, six years before the post
    from pathlib import Path

    text = (Path(__file__).parent / "data" / "forum_xenforo_en.txt").read_text(encoding="utf-8")
    doc = Document(id="k", path="k.txt", content_hash=hashlib.sha256(text.encode()).hexdigest(), text=text)
    assert segment.segment(doc).published == "2024-04-02"
