"""A forum member's panel beside each post (the name, a rank, the post count, the day they
joined, a location), in the languages of `chromewords.FORUM_FIELD`, as a thread copied as
text or saved as HTML shows it: no text, while every post stays text (helper users, issue 13:
a Spanish board's panels "NAME / Rank / Mensajes: N / Registrado: ..." were body, and so were a
Turkish board's, a vBulletin panel of labels over their values, and an HTML panel of a name and
a rank alone)."""

from __future__ import annotations

import pytest

from indexer import segment
from indexer.models import INDEXED_KINDS, Document
from tests.helpers import parse_blocks

# (the thread's title, its first post, a reply), one thread a language
POSTS = {
    "es": (
        "La caldera pierde presión cada noche",
        "Buenas a todos, desde la semana pasada la caldera baja de presión cada noche y no veo fugas.",
        "Revisa primero el vaso de expansión, suele ser lo más habitual en calderas de esa edad.",
    ),
    "tr": (
        "Bahçe sulama pompası basınç yapmıyor",
        "Merhaba arkadaşlar, yeni aldığım pompa ilk hafta iyiydi ama şimdi hiç basınç yapmıyor.",
        "Emiş hattında hava kalmış olabilir, önce hortumu suyla doldurup tekrar dene.",
    ),
    "en": (
        "Which tyres for a winter trip to the coast?",
        "We are driving to the coast in January and I am unsure whether our summer tyres are enough.",
        "All-season tyres are fine for that road, it is salted and the climbs are short.",
    ),
    "pl": (
        "Pompa ciepła głośno pracuje w nocy",
        "Cześć, od tygodnia pompa ciepła strasznie hałasuje w nocy i sąsiedzi zaczynają narzekać.",
        "Sprawdź, czy wentylator nie jest zabrudzony liśćmi, u mnie to była właśnie ta przyczyna.",
    ),
    "fr": (
        "Le chauffe-eau fait du bruit",
        "Bonjour à tous, notre chauffe-eau fait un bruit de casserole depuis quelques jours.",
        "C'est souvent le calcaire au fond de la cuve, un détartrage devrait régler le problème.",
    ),
    "it": (
        "La lavatrice non scarica l'acqua",
        "Ciao a tutti, da ieri la lavatrice si ferma a metà ciclo e resta piena d'acqua.",
        "Controlla il filtro della pompa in basso a destra, spesso si blocca con una moneta.",
    ),
}
# the member's panel over a post: all in one block (name, rank, fields), or its fields alone
PANELS = {
    "es": ["tecnico_sur\nVeterano\nMensajes: 4120\nRegistrado: Vie Ene 08, 2016 7:12 pm\nUbicación: Sevilla, And."],
    "tr": ["usta_kemal", "Kıdemli Üye", "Katılım: 9 Şub 2015 · Mesajlar: 3.204"],
    "en": ["roadwise_41", "Senior Member", "Join Date\nFeb 2015\nLocation\nLeeds\nPosts\n2,118"],
    "pl": ["hydraulik_jan\nModerator\nPosty: 5120\nDołączył(a): 12 mar 2013\nSkąd: Kraków"],
    "fr": ["pro_du_chauffage\nExpert\nMessages : 2 310\nInscrit le : 14 mai 2012\nLocalisation : Lyon"],
    "it": ["tecnico_elettro\nUtente esperto\nMessaggi: 1812\nIscritto il: 3 feb 2014\nLocalità: Torino"],
}


@pytest.mark.parametrize("lang", sorted(POSTS))
def test_a_members_panel_in_a_thread_copied_as_text_is_no_text_and_the_posts_are(lang: str) -> None:
    title, first, reply = POSTS[lang]
    art = parse_blocks(title, first, *PANELS[lang], reply)
    indexed = [p.text for p in art.paragraphs if p.kind in INDEXED_KINDS]
    assert first in indexed and reply in indexed
    panel = {line for block in PANELS[lang] for line in block.split("\n")}
    assert [t for t in indexed if any(line in t for line in panel)] == []


def test_a_fact_box_of_common_labels_in_a_story_stays_text() -> None:
    # no forum's own field (a post count, a join date) on the page: a story's fact box
    box = "Opening hours: 8 to 14\nLocation: Harbour Street 4\nStatus: open"
    first = "A new bakery opened on the harbour this week, the first in ten years."
    art = parse_blocks("A new bakery opens", first, box, "It sells bread from the region and cakes made to order.")
    assert any(p.kind in INDEXED_KINDS and p.text == box for p in art.paragraphs)


# A phpBB thread saved as HTML as the extractor hands it over: each post's panel a <dl> whose
# <dt> and <dd> join into one line ("NAME: Rank Posts: 41"), a later post's with the rank alone
# ("NAME: Rank"); the first post's panel has the forum's own field.
THREAD_POSTS = [
    "We are driving to the coast in January and I am unsure whether our summer tyres are enough.",
    "The car is a small hatchback and the route has two long climbs near the end.",
    "All-season tyres are fine for that road, it is salted early and the climbs are short.",
    "Leave a little earlier on the way back, the pass gets icy after four in the afternoon.",
]


def thread_document(starter: str, replier: str, rank: str, posts_label: str) -> Document:
    title = "Which tyres for a winter trip to the coast?"
    texts = [
        f"{starter}: Member {posts_label}: 41",
        *THREAD_POSTS[:2],
        f"Re: {title}",
        THREAD_POSTS[2],
        f"{replier}: {rank}",
        f"Re: {title}",
        THREAD_POSTS[3],
    ]
    blocks = [("", t) for t in texts]
    text = "\n\n".join(texts)
    return Document(
        id="p", path="p.html", content_hash="h", text=text, format="html", blocks=blocks, meta={"title": title}
    )


@pytest.mark.parametrize(
    ("starter", "replier", "rank", "posts_label"),
    [
        ("roadwise_41", "coastdriver", "Veteran Member", "Posts"),
        ("MaisonNeuve", "pro_du_chauffage", "Expert (vérifié)", "Messages"),
        ("casa_bella", "Tecnico77", "Utente esperto", "Messaggi"),
        ("Ustakemal", "bahceUstasi", "Kıdemli Üye", "Mesajlar"),
    ],
)
def test_a_panel_of_a_name_and_a_rank_alone_in_an_html_thread_is_no_text(
    starter: str, replier: str, rank: str, posts_label: str
) -> None:
    art = segment.segment(thread_document(starter, replier, rank, posts_label))
    indexed = [p.text for p in art.paragraphs if p.kind in INDEXED_KINDS]
    assert all(post in indexed for post in THREAD_POSTS)
    assert [t for t in indexed if rank in t or starter in t] == []
    assert [t for t in indexed if t.startswith("Re:")] == []  # a reply's subject over each post, no section


def test_a_label_and_a_short_value_in_a_story_on_a_page_without_forum_fields_stays() -> None:
    doc = thread_document("roadwise_41", "Update", "bridge reopened", "Posts")
    doc.blocks[0] = ("", "Photo: the coast road")
    art = segment.segment(doc)
    assert "Update: bridge reopened" in [p.text for p in art.paragraphs if p.kind in INDEXED_KINDS]
