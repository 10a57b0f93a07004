"""The kinds trials 46 and 47 showed (eval/trials/trial46, trial47: pages written blind, scored
before they were read), each as a page of our own:

- a forum's posts one to a bare list item (WoltLab's <ul class="messageList"> of <li>s, each
  holding an <article class="message">): the extractor kept the first post alone, and the
  post group was not found, its boxes being no siblings; a post's header ("#2", in a class in
  camel case, "messageHeader") is its metadata;
- an Austrian press release's contact label "Rückfragehinweis:" (APA-OTS);
- "related" and "read on" alone on their line in the other languages ("Relaterat", "Olvass
  tovább") over teasers;
- a page's own date stamp in HTML ("Senast uppdaterad 2021-12-10", "Stand: März 2020") between
  the article and a sidebar the extractor kept;
- a blog theme's date header in another language right over the headline ("domingo, 16 de maio
  de 2010"), taken as the article's start;
- a count of reactions to a post ("42 Daumen hoch"), in both paths.
"""

from __future__ import annotations

import pytest

from indexer import segment
from indexer.models import BOILERPLATE, BODY
from tests.helpers import FOOTER, MENU, html_document, kind_and_reason, parse_blocks

pytest.importorskip("trafilatura")

POSTS = [
    (
        "anna_k",
        "Moin zusammen, seit einem Jahr läuft bei mir ein selbst gebautes NAS mit vier Festplatten im Keller, "
        "und ich wollte kurz erzählen, wie es mir damit ergangen ist und was ich heute anders machen würde. "
        "Die Einrichtung hat zwei Wochenenden gekostet, der Stromverbrauch liegt bei etwa 24 Watt im Leerlauf.",
    ),
    (
        "kabelsalat",
        "Ich habe seit 2015 ein fertiges Gerät mit zwei Schächten im Einsatz und bin damit grundsätzlich "
        "zufrieden, auch wenn die Oberfläche manchmal recht langsam reagiert und Updates lange dauern. "
        "Bereut habe ich nur, dass ich damals nicht gleich ein Gerät mit vier Schächten genommen habe.",
    ),
    (
        "nele_s",
        "Genau das ist der Punkt, warum ich mich nicht traue: Ich hätte gern ein Gerät für die Fotos aus "
        "unserem Verein, aber ich habe keine Zeit, mich wochenlang in die Einrichtung einzuarbeiten. "
        "Würdet ihr mir in diesem Fall eher zu einem fertigen Gerät raten oder doch zum Selbstbau?",
    ),
]


def _woltlab(title: str, ids: bool = False) -> bytes:
    # ids: WoltLab 5's list items named by id ("post201377") and its posts' classes in camel case
    items = "".join(
        (f'<li id="post{n}">' if ids else "<li>") + '<article class="wbbPost message userOnlineGroupMarking3">'
        f'<aside class="messageSidebar member"><div class="messageAuthor"><a class="username">{name}</a></div></aside>'
        f'<div class="messageContent"><header class="messageHeader"><ul class="messageQuickOptions">'
        f'<li><a href="#post{n}">#{n}</a></li></ul><time>2. September 2019, 1{n}:14</time></header>'
        f'<div class="messageBody"><div class="messageText"><p>{text}</p></div></div>'
        f'<div class="messageSignature"><div>Wer Ordnung hält, ist nur zu faul zum Suchen.</div></div>'
        f"</div></article></li>"
        for n, (name, text) in enumerate(POSTS, 1)
    )
    return (
        f'<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>{title} - Forum</title></head><body>'
        f'<nav><a href="/">Forum</a> <a href="/hardware/">Hardware</a></nav>'
        f'<header class="contentHeader"><h1 class="contentTitle">{title}</h1></header>'
        f'<ul class="wbbThreadPostList messageList">{items}</ul>'
        f"<footer><p>Impressum · Datenschutz</p></footer></body></html>"
    ).encode()


@pytest.mark.parametrize("ids", [False, True])
def test_a_threads_posts_one_to_a_list_item_are_its_text(ids: bool) -> None:
    # (ids: "userOnlineGroupMarking3" on a post is no "user" field: trial 39's first post was lost)
    art = segment.segment(html_document(_woltlab("NAS selbst bauen oder fertig kaufen?", ids)))
    body = " ".join(p.text for p in art.paragraphs if p.kind == BODY)
    for _, text in POSTS:
        assert text[:60] in body
    assert "Wer Ordnung hält" not in body  # signatures stay out
    numbers = [p for p in art.paragraphs if p.text.strip() in ("#2", "#3")]
    assert numbers and all(p.kind == BOILERPLATE for p in numbers)  # a post's header is its metadata


RELEASE = [
    "Wohnbau Donauheim: 120 neue Wohnungen in Floridsdorf",
    "Wien (OTS) - Die Gemeinnützige Wohnbaugenossenschaft Donauheim hat am Mittwoch den Grundstein für 120 "
    "geförderte Wohnungen in Floridsdorf gelegt, die bis zum Herbst 2015 bezugsfertig sein sollen.",
    "Die Gesamtkosten belaufen sich auf rund 21 Millionen Euro, davon werden 5,8 Millionen Euro über die "
    "Wiener Wohnbauförderung finanziert. Die Vergabe der Wohnungen beginnt im Frühjahr 2014.",
    "Rückfragehinweis:\nGemeinnützige Wohnbaugenossenschaft Donauheim\nMag. Florian Haberl, Öffentlichkeitsarbeit\n"
    "Tel.: +43 1 2038 41-17\npresse@donauheim-wohnbau.example",
]


def test_an_austrian_press_releases_contact_label_in_plain_text() -> None:
    art = parse_blocks(MENU, *RELEASE, FOOTER)
    kind, reason = kind_and_reason(art, "Rückfragehinweis")
    assert kind == BOILERPLATE and reason.startswith("media contact")
    assert kind_and_reason(art, "Die Gesamtkosten")[0] == BODY


def test_an_austrian_press_releases_contact_label_in_html() -> None:
    title, *paragraphs, contact = RELEASE
    html = "".join(f"<p>{p}</p>" for p in paragraphs) + "<p>" + contact.replace("\n", "<br>") + "</p>"
    page = (
        f'<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>{title}</title></head>'
        f"<body><article><h1>{title}</h1>{html}</article></body></html>"
    ).encode()
    art = segment.segment(html_document(page))
    assert not [p for p in art.paragraphs if p.indexed and "Haberl" in p.text]
    assert [p for p in art.paragraphs if p.kind == BODY and p.text.startswith("Die Gesamtkosten")]


SWEDISH = [
    "Klart med hyrorna för 2022 i Umeå",
    "Efter sju förhandlingsmöten är föreningen och det kommunala bostadsbolaget överens om hyrorna för nästa "
    "år. Hyrorna höjs med i genomsnitt 1,65 procent från den 1 april 2022.",
    "Alla hyresgäster får ett brev med sin nya hyra under februari. Den som har frågor kan ringa vår "
    "rådgivning eller komma till ett öppet möte i mars.",
]


@pytest.mark.parametrize(
    "label",
    ["Relaterat", "Relateret", "Gerelateerd", "Powiązane", "Související", "Correlati"]  # "related"
    + ["Olvass tovább", "Läs vidare", "Czytaj dalej", "Lire la suite →"],  # "read on", as "Read more"
)
def test_related_alone_on_its_line_opens_a_teaser_list(label: str) -> None:
    teaser = "Förhandlingarna om 2022 års hyror har börjat Bolaget har lagt ett bud på 3,2 procent, vi svarar snart."
    art = parse_blocks(MENU, *SWEDISH, label, teaser, FOOTER)
    kind, reason = kind_and_reason(art, label)
    assert kind == BOILERPLATE and reason.startswith("teaser list")
    assert kind_and_reason(art, "Alla hyresgäster")[0] == BODY


@pytest.mark.parametrize("stamp", ["Senast uppdaterad 2021-12-10", "Stand: März 2020", "Last updated: 4 March 2025"])
def test_a_pages_own_date_stamp_in_html_is_no_text_wherever_it_is(stamp: str) -> None:
    title, first, second = SWEDISH
    page = (
        f'<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>{title}</title></head><body>'
        f"<main><h1>{title}</h1><p>{first}</p><p>{stamp}</p><p>{second}</p></main></body></html>"
    ).encode()
    art = segment.segment(html_document(page))
    (p,) = [p for p in art.paragraphs if p.text == stamp]
    assert p.kind == BOILERPLATE and p.reason.startswith("date line")
    assert not [p for p in art.paragraphs if p.text == "Stand der Technik 2020"]


POST = (
    "De trem até Morretes, com barreado no fim da linha",
    "Fazia anos que eu prometia a mim mesma que ia descer a serra de trem. Morei a vida inteira em Curitiba e "
    "nunca tinha feito o passeio, que todo turista faz.",
    "O trem sai da rodoferroviária às oito e quinze em ponto, e é bom chegar cedo, porque os lugares do lado "
    "esquerdo são os mais disputados.",
)


@pytest.mark.parametrize(
    "date", ["domingo, 16 de maio de 2010", "dimanche 16 mai 2010", "Sonntag, 16. Mai 2010", "söndag 16 maj 2010"]
)
def test_a_blogs_date_header_over_the_headline_is_a_date_line(date: str) -> None:
    title, *body = POST
    art = parse_blocks(
        f"Cadernos da Rua XV: {title}", "Cadernos da Rua XV", "Crônicas de uma curitibana.", date, title, *body
    )
    kind, reason = kind_and_reason(art, date)
    assert kind == BOILERPLATE and reason.startswith("date line")
    assert kind_and_reason(art, "O trem sai")[0] in (BODY, "lead")


QUESTION = (
    "Sauerteig riecht nach Nagellack – ist er noch zu retten?",
    "Mein Sauerteig ist zwei Wochen alt und riecht jeden Morgen stark nach Nagellackentferner, obwohl ich ihn "
    "einmal am Tag mit gleichen Teilen Mehl und Wasser füttere. Ist er verdorben?",
    "Der Geruch nach Aceton heißt nur, dass die Hefen hungrig sind. Füttere ihn ein paar Tage lang zweimal am "
    "Tag, dann verschwindet der Geruch meist innerhalb einer Woche.",
)


@pytest.mark.parametrize("count", ["42 Daumen hoch", "17 likes", "Gefällt mir (7)", "3 upvotes"])
def test_a_count_of_reactions_is_no_text(count: str) -> None:
    title, question, answer = QUESTION
    art = parse_blocks(MENU, title, question, answer, count, FOOTER)
    kind, reason = kind_and_reason(art, count)
    assert kind == BOILERPLATE, reason  # ("3 upvotes": a comment header's score, as another rule reads it)
    page = (
        f'<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>{title}</title></head><body>'
        f"<main><h1>{title}</h1><p>{question}</p><p>{answer}</p><p>{count}</p></main></body></html>"
    ).encode()
    html = segment.segment(html_document(page))
    assert not [p for p in html.paragraphs if p.indexed and p.text == count]
    assert [p for p in html.paragraphs if p.kind == BODY and p.text == answer]
