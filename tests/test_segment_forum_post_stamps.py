"""Forum threads whose post headers name no poster, as phpBB 2 (and phpBB 3's subSilver2) and
vBulletin print them, copied as text: the header of the post's time and subject ("Posté le: Lun
12 Mar 2007 10:15    Sujet du message: Re: ...", "Wysłany: ..." under "Temat postu: ...",
vBulletin's "12.03.2007, 10:15 #2") is no text, the first one gives the thread its date and its
poster (the name over the panel) its byline, the subject is the title, and the post's tools
("Revenir en haut", "Zitieren", "Góra") and the board's similar topics are the board's (helper
forumhead, issue 13; trial 25: a French phpBB 2 thread kept its headers, its date the member's
join date)."""

from __future__ import annotations

import pytest

from indexer.models import BODY, INDEXED_KINDS, TITLE
from indexer.segment.textblocks import forum_post_stamp, forum_post_stamp_subject
from tests.helpers import parse_blocks

FR_PHPBB2 = """Forum Mécanique Auto :: Voir le sujet - Problème de ralenti sur Clio 2
Forum Mécanique Auto
Le forum des passionnés de mécanique automobile depuis 2003
FAQ Rechercher Liste des Membres Groupes d'utilisateurs S'enregistrer

Problème de ralenti sur Clio 2
Forum Mécanique Auto Index du Forum -> Moteur

Auteur\tMessage
jeanpaul
Membre

Inscrit le: 12 Fév 2006
Messages: 234
Localisation: Lyon
Posté le: Lun 12 Mar 2007 10:15    Sujet du message: Problème de ralenti sur Clio 2

Bonjour à tous, ma Clio 2 essence a un ralenti qui monte et descend tout seul depuis une semaine, surtout moteur froid.
J'ai déjà nettoyé le boîtier papillon et changé la bougie du cylindre trois, sans aucun changement.
Revenir en haut
Voir le profil de l'utilisateur Envoyer un message privé
mecano69
Modérateur

Inscrit le: 03 Jan 2005
Messages: 5120
Localisation: Villeurbanne
Posté le: Lun 12 Mar 2007 11:02    Sujet du message: Re: Problème de ralenti sur Clio 2

Regarde du côté de la vanne de régulation de ralenti, elle s'encrasse très souvent sur ce moteur.
Un coup de nettoyant carburateur dedans et le problème disparaît dans la plupart des cas.
Revenir en haut
Voir le profil de l'utilisateur Envoyer un message privé
jeanpaul
Membre

Inscrit le: 12 Fév 2006
Messages: 234
Localisation: Lyon
Posté le: Mar 13 Mar 2007 18:40    Sujet du message: Re: Problème de ralenti sur Clio 2

Merci, c'était bien la vanne de ralenti, nettoyée ce soir et le moteur tourne rond maintenant.
Revenir en haut
Voir le profil de l'utilisateur Envoyer un message privé
Toutes les heures sont au format GMT + 1 Heure

Sujets similaires
Ralenti instable Clio 3
Clio 2 cale au ralenti

Powered by phpBB © 2001, 2005 phpBB Group
"""

DE_VBULLETIN = """Rasenmäher springt nicht an - Gartenforum.de
Gartenforum.de > Technik > Rasenmäher
Rasenmäher springt nicht an
Registrieren Hilfe Benutzerliste Kalender Suchen Heutige Beiträge

12.03.2007, 10:15 #1
gartenfreund
Mitglied
Registriert seit: 03.2005
Ort: Hamburg
Beiträge: 234
Rasenmäher springt nicht an
Mein Benzin-Rasenmäher springt seit dem Winter nicht mehr an, obwohl ich frisches Benzin eingefüllt habe.
Die Zündkerze habe ich schon gewechselt. Hat jemand eine Idee, woran es liegen könnte?
Zitieren
12.03.2007, 11:02 #2
schrauber_hans
Moderator
Registriert seit: 11.2003
Ort: Kiel
Beiträge: 5.120
AW: Rasenmäher springt nicht an
Schau dir den Vergaser an, nach dem Winter ist die Düse oft mit altem Benzin verklebt.
Zitieren
13.03.2007, 18:40 #3
gartenfreund
Mitglied
Registriert seit: 03.2005
Ort: Hamburg
Beiträge: 234
AW: Rasenmäher springt nicht an
Danke, es war tatsächlich der Vergaser. Nach der Reinigung läuft er wieder einwandfrei.
Zitieren
Nach oben
Ähnliche Themen
Rasenmäher geht nach kurzer Zeit aus
Vergaser reinigen, aber wie?
Powered by vBulletin® Version 3.8.7 Copyright ©2000 - 2026, vBulletin Solutions, Inc.
"""

PL_SUBSILVER = """Forum Działkowców • Zobacz temat - Pompa w studni włącza się co chwilę
Forum Działkowców
Strona główna forum » Woda i nawadnianie

Pompa w studni włącza się co chwilę
Odpowiedz
3 posty • Strona 1 z 1

dzialkowiec_77
Posty: 57
Rejestracja: 4 maja 2019
Temat postu: Pompa w studni włącza się co chwilę
Wysłany: Pon 18 lis 2025, 21:07

Od tygodnia pompa w studni włącza się co kilka minut, chociaż nikt nie odkręca wody w domu.
Czy to może być zawór zwrotny, czy raczej nieszczelność w zbiorniku?
Góra
hydraulik_jurek
Posty: 1204
Rejestracja: 12 sty 2012
Temat postu: Re: Pompa w studni włącza się co chwilę
Wysłany: Pon 18 lis 2025, 21:34

Najpierw sprawdź ciśnienie powietrza w zbiorniku przy wyłączonej pompie, to zajmuje pięć minut.
Góra
dzialkowiec_77
Posty: 57
Rejestracja: 4 maja 2019
Temat postu: Re: Pompa w studni włącza się co chwilę
Wysłany: Śro 26 lis 2025, 18:03

Daję znać: wymieniłem zawór zwrotny i pompa od tygodnia pracuje normalnie, dzięki za pomoc.
Góra

Tematy podobne
Hydrofor nie trzyma ciśnienia
Zawór zwrotny – który wybrać?

Powered by phpBB® Forum Software © phpBB Limited
"""


@pytest.mark.parametrize(
    ("line", "when", "subject"),
    [
        (
            "Posté le: Lun 12 Mar 2007 10:15    Sujet du message: Re: Problème de ralenti",
            "Lun 12 Mar 2007 10:15",
            "Re: Problème de ralenti",
        ),
        ("Verfasst am: 12.03.2007, 10:15    Titel: AW: Rasenmäher", "12.03.2007, 10:15", "AW: Rasenmäher"),
        ("Wysłany: Pon 18 lis 2025, 21:34    Temat postu: Re: Pompa", "Pon 18 lis 2025, 21:34", "Re: Pompa"),
        ("Publicado: Lun Mar 12, 2007 10:15 am    Asunto: Re: Bomba", "Lun Mar 12, 2007 10:15 am", "Re: Bomba"),
        ("Inviato: Lun Mar 12, 2007 10:15 am    Oggetto: Re: Pompa", "Lun Mar 12, 2007 10:15 am", "Re: Pompa"),
        ("Geplaatst: 12 Mar 2007 10:15    Onderwerp: Re: Pomp", "12 Mar 2007 10:15", "Re: Pomp"),
        ("Posted: Mon Mar 12, 2007 10:15 am", "Mon Mar 12, 2007 10:15 am", ""),
        ("« Reply #2 on: 12. März 2007, 10:15:02 »", "12. März 2007, 10:15:02", ""),
        ("12.03.2007, 11:02 #2", "12.03.2007, 11:02", ""),
        ("03-14-2025, 09:12 AM #1", "03-14-2025, 09:12 AM", ""),  # vBulletin's US dashes
        # SMF in a language pack of no table of ours (trial 60's Azerbaijani board): its guillemets,
        # a year and a time; the first post's header has no word for "reply"
        ("« Yanıt #2 : 14 Haziran 2024, 09:05 »", "14 Haziran 2024, 09:05", ""),
        ("« : 03 Qershor 2024, 21:14 »", "03 Qershor 2024, 21:14", ""),
        ("« Kryefaqja : Lajme »", "", ""),  # a breadcrumb in guillemets: no year, no time
        # SMF's reply of today or yesterday names no day: its number and guillemets tell it (a new
        # user's Polish thread lost its third post)
        ("« Odpowiedź #2 dnia: Dzisiaj o 07:12:30 »", "Dzisiaj o 07:12:30", ""),
        ("« Reply #3 on: Today at 09:12:44 AM »", "Today at 09:12:44 AM", ""),
        ("« dnia: Dzisiaj o 07:12:30 »", "", ""),  # (no number: a quoted time, not a header)
        ("« Tema #3 : sot në mbrëmje »", "", ""),
        ("Posted: yesterday we went to the harbour", "", ""),  # no date
        ("Posted: Mon Mar 12, 2007", "", ""),  # no time: a blog's date line
    ],
)
def test_a_post_header_of_its_time_and_subject(line: str, when: str, subject: str) -> None:
    assert forum_post_stamp(line) == when
    assert forum_post_stamp_subject(line) == subject


@pytest.mark.parametrize(
    ("text", "title", "byline", "date", "posts", "chrome"),
    [
        (
            FR_PHPBB2,
            "Problème de ralenti sur Clio 2",
            "jeanpaul",
            "2007-03-12",
            ["Bonjour à tous", "Regarde du côté", "Merci, c'était bien"],
            ["Posté le", "Sujet du message", "Revenir en haut", "Voir le profil", "Ralenti instable", "passionnés"],
        ),
        (
            DE_VBULLETIN,
            "Rasenmäher springt nicht an",
            "gartenfreund",
            "2007-03-12",
            ["Mein Benzin-Rasenmäher", "Schau dir den Vergaser", "Danke, es war"],
            ["#2", "AW:", "Zitieren", "Nach oben", "Vergaser reinigen"],
        ),
        (
            PL_SUBSILVER,
            "Pompa w studni włącza się co chwilę",
            "dzialkowiec_77",
            "2025-11-18",
            ["Od tygodnia pompa", "Najpierw sprawdź", "Daję znać"],
            ["Wysłany", "Temat postu", "Góra", "Hydrofor"],
        ),
    ],
)
def test_a_threads_post_headers_and_tools_are_no_text(
    text: str, title: str, byline: str, date: str, posts: list[str], chrome: list[str]
) -> None:
    art = parse_blocks(text)
    assert art.title == title
    assert art.byline == byline
    assert art.published == date
    kept = [p.text for p in art.paragraphs if p.kind in INDEXED_KINDS and p.kind != TITLE]
    for start in posts:
        assert any(p.startswith(start) for p in kept), start
    assert all(any(p.kind == BODY for p in art.paragraphs if p.text.startswith(s)) for s in posts)
    for word in chrome:
        assert not any(word in p for p in kept), word


def _phpbb2_html(posts: list[tuple[str, str, str, str]], similar: str) -> bytes:
    """A phpBB 2 (subSilver) thread page of our own: the board's name and tagline, the topic
    over its breadcrumb, the posts' table (per post: poster, time, subject, text) with each
    post's panel, header cell, text and "Revenir en haut", then the similar topics' table."""
    rows = "".join(
        f'<tr><td width="150" valign="top" class="row1"><span class="name"><b>{name}</b></span><br />'
        f'<span class="postdetails">Membre<br /><br />Inscrit le: 12 Fév 2006<br />Messages: 234</span></td>'
        f'<td class="row1" width="100%"><table width="100%"><tr><td width="100%"><span class="postdetails">'
        f"Posté le: {when}<span>&nbsp;</span>&nbsp; &nbsp;Sujet du message: {subject}</span></td>"
        f'<td nowrap="nowrap"><a href="posting.php?mode=quote"><img src="q.gif" alt="Répondre en citant" /></a></td></tr>'
        f'<tr><td colspan="2"><hr /></td></tr><tr><td colspan="2"><span class="postbody">{text}</span></td></tr>'
        f"</table></td></tr>"
        f'<tr><td class="row1"><span class="nav"><a href="#top" class="nav">Revenir en haut</a></span></td>'
        f'<td class="row1"><a href="profile.php"><img src="p.gif" alt="Voir le profil" /></a></td></tr>'
        for name, when, subject, text in posts
    )
    return (
        '<html><head><meta charset="utf-8"><title>Forum Mécanique Auto :: Voir le sujet - '
        f"{posts[0][2]}</title></head><body><table><tr><td>"
        '<table><tr><td><span class="maintitle">Forum Mécanique Auto</span><br />'
        '<span class="gen">Le forum des passionnés de mécanique automobile depuis 2003</span></td></tr></table>'
        f'<table><tr><td><a class="maintitle" href="viewtopic.php?t=1">{posts[0][2]}</a></td></tr></table>'
        '<table><tr><td><span class="nav"><a href="index.php">Forum Mécanique Auto Index du Forum</a> -&gt; '
        '<a href="viewforum.php?f=2">Moteur</a></span></td></tr></table>'
        '<table class="forumline"><tr><th class="thLeft">Auteur</th><th class="thRight">Message</th></tr>'
        f"{rows}</table>"
        f'<table class="forumline"><tr><th colspan="3">Sujets similaires</th></tr>{similar}</table>'
        '<span class="copyright">Powered by phpBB &copy; 2001, 2005 phpBB Group</span>'
        "</td></tr></table></body></html>"
    ).encode()


def test_a_phpbb2_threads_headers_in_html_are_no_text() -> None:
    pytest.importorskip("trafilatura")
    from indexer import segment
    from tests.helpers import html_document

    subject = "Problème de ralenti sur Clio 2"
    texts = [
        "Bonjour à tous, ma Clio 2 essence a un ralenti qui monte et descend tout seul depuis une semaine.",
        "Regarde du côté de la vanne de régulation de ralenti, elle s'encrasse très souvent sur ce moteur.",
        "Merci, c'était bien la vanne de ralenti, nettoyée ce soir et le moteur tourne rond maintenant.",
    ]
    posts = [
        ("jeanpaul", "Lun 12 Mar 2007 10:15", subject, texts[0]),
        ("mecano69", "Lun 12 Mar 2007 11:02", f"Re: {subject}", texts[1]),
        ("jeanpaul", "Mar 13 Mar 2007 18:40", f"Re: {subject}", texts[2]),
    ]
    similar = (
        '<tr><td><a href="viewtopic.php?t=5">Ralenti instable Clio 3</a></td><td>dede38</td><td>Moteur</td></tr>'
        '<tr><td><a href="viewtopic.php?t=6">Clio 2 cale au ralenti</a></td><td>fifi</td><td>Moteur</td></tr>'
    )
    art = segment.segment(html_document(_phpbb2_html(posts, similar)))
    assert art.title == subject
    assert art.published == "2007-03-12"
    kept = " ".join(p.text for p in art.paragraphs if p.kind in INDEXED_KINDS)
    for text in texts:
        assert text in kept
    for chrome in ("Posté le", "Sujet du message", "Ralenti instable", "passionnés", "Inscrit le"):
        assert chrome not in kept, chrome
