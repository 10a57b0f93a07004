"""Lists and section headings the extractor dropped between two of its paragraphs, put back.

trafilatura's last-resort pass (a page with no container it knows for an article: no <article>,
<main> or "content"/"post" box) keeps only <p>, <table>, <blockquote> and <pre>: a job ad's duties
and a press release's features, each a <ul> under an <h2> between two <p>, were in no block.
The pages here are written for these tests, in several languages and shapes of markup.
"""

from __future__ import annotations

from indexer.htmlpage import extract


def _page(lang: str, title: str, body: str, side: str = "") -> str:
    """A page with the article's text in plain <div>s (no article container), a menu of links
    above it, and `side` (a column) after it."""
    menu = "".join(f"<li><a href='/s/{n}'>Section {n}</a></li>" for n in range(6))
    return (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>{title} | Site</title></head><body>"
        f"<div class='top'><ul class='menu'>{menu}</ul></div>"
        f"<div class='wrap'><div class='box'><h1>{title}</h1><div class='txt'>{body}</div></div>{side}</div>"
        "<div class='bottom'><p>All rights reserved by the owners of this small example site.</p></div>"
        "</body></html>"
    )


def _body_lines(html: str) -> list[str]:
    page = extract(html, "t.html")
    return [line for kind, text in page.blocks for line in text.split("\n")]


_JOB = _page(
    "en",
    "Warehouse Team Leader",
    "<p>Our distribution centre on the ring road ships spare parts for farm machinery to dealers in"
    " four counties, and the night shift is growing this autumn.</p>"
    "<h2>What you will do</h2>"
    "<ul><li>Plan the picking rounds for a crew of nine people.</li>"
    "<li>Check inbound pallets against the delivery notes.</li>"
    "<li>Keep the forklift log and the safety walk records.</li></ul>"
    "<h2>What you bring</h2>"
    "<ul><li>Two years of shift work in a warehouse.</li><li>A valid forklift licence.</li></ul>"
    "<p>We offer a night allowance, free parking on site and a yearly bonus paid in December to"
    " every member of the team who has been with us since spring.</p>",
)


def test_a_job_ads_lists_and_their_headings_are_put_back_in_place() -> None:
    lines = _body_lines(_JOB)
    duty = "Check inbound pallets against the delivery notes."
    assert duty in lines and "A valid forklift licence." in lines
    assert lines.index("What you will do") < lines.index(duty) < lines.index("What you bring")
    assert lines.index("A valid forklift licence.") < next(i for i, t in enumerate(lines) if t.startswith("We offer"))


def test_a_japanese_press_releases_feature_list_is_put_back() -> None:
    html = _page(
        "ja",
        "新しい水筒を発売",
        "<p>株式会社サンプル製作所は、軽くて丈夫なステンレス製の水筒を来月から全国の店舗で発売いたします。"
        "開発には二年をかけ、多くの利用者の声を取り入れました。</p>"
        "<h2>製品の特長</h2>"
        "<ul><li>重さは従来品の半分</li><li>保温は十二時間</li><li>食洗機で洗える</li></ul>"
        "<p>価格は税込三千円で、色は白と紺の二色です。公式サイトでも同じ日から予約を受け付けます。"
        "詳しくは広報までお問い合わせください。</p>",
    )
    lines = _body_lines(html)
    assert {"重さは従来品の半分", "保温は十二時間", "食洗機で洗える", "製品の特長"} <= set(lines)


def test_a_list_after_a_side_card_the_extractor_took_first_is_put_back() -> None:
    """trafilatura gives an <article> card of a side column before the text it recovered from the
    rest of the page: the gaps are searched in the page's order, not the extractor's."""
    card = (
        "<div class='more'><article class='card'><h3><a href='/j/2'>Hausmeister Teilzeit</a></h3>"
        "<p>Für unsere Wohnanlage am See suchen wir ab sofort eine zuverlässige Hilfe für Garten und Haus.</p>"
        "</article></div>"
    )
    html = _page(
        "de",
        "Koch oder Köchin gesucht",
        "<p>Unser Gasthaus im Dorfkern bewirtet seit drei Generationen Gäste aus der ganzen Region und sucht"
        " für die Küche Verstärkung im Tagdienst.</p>"
        "<h3>Ihre Aufgaben</h3><ul><li>Zubereitung der Tagesgerichte</li><li>Bestellung der Waren</li></ul>"
        "<p>Wir bieten geregelte Arbeitszeiten, keine geteilten Dienste und ein freundliches Team, das sich"
        " auf Ihre Bewerbung freut.</p>",
        side=card,
    )
    lines = _body_lines(html)
    assert "Zubereitung der Tagesgerichte" in lines and "Ihre Aufgaben" in lines


def test_a_list_of_links_or_in_a_related_box_between_paragraphs_is_not_put_back() -> None:
    html = _page(
        "es",
        "El ayuntamiento abre la piscina",
        "<p>La piscina municipal abrirá el próximo sábado con un horario ampliado hasta las nueve de la noche"
        " durante todo el mes de julio.</p>"
        "<ul><li><a href='/n/1'>Nuevo carril bici en la avenida del puerto</a></li>"
        "<li><a href='/n/2'>Las fiestas del barrio alto cambian de fecha</a></li></ul>"
        "<ul class='related-news'><li>Otra noticia sin enlace que no es del artículo</li><li>Y una más</li></ul>"
        "<p>Las entradas costarán dos euros para los adultos y serán gratuitas para los menores de doce años"
        " empadronados en el municipio.</p>",
    )
    page = extract(html, "t.html")
    body = [text for kind, text in page.blocks]
    assert not any("carril bici" in t for t in body)
    assert not any("Otra noticia" in t for t in body)


def test_gap_paragraphs_search_the_page_in_its_order() -> None:
    """`_in_page_order`: the longest run of found paragraphs whose places do not fall, of runs as
    long the one with more paragraphs found where the window had them."""
    from indexer.htmllead import _in_page_order

    assert _in_page_order([(0, 50, True), (1, 3, False), (2, 5, False), (3, 9, False)]) == [(1, 3), (2, 5), (3, 9)]
    assert _in_page_order([(0, 1, True), (1, 4, True), (2, 4, True)]) == [(0, 1), (1, 4), (2, 4)]
    assert _in_page_order([(0, 1, True), (1, 6, True), (2, 5, False), (3, 7, True)]) == [(0, 1), (1, 6), (3, 7)]
    assert _in_page_order([]) == []
