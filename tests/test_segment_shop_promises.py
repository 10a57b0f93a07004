"""A shop page's own words about itself and its customers (`chromewords.SHOP_PROMISE`,
`SHOP_PAGE_SECTION`, read on a shop's page alone: `pagekind.SHOP`'s basket button or basket
link): its staff glad to advise, every product tried by the shop, the warranty it gives, the
same-day dispatch, the warranty and delivery sections and the customers' testimonials under
their headings; and a buyer's question with no day ("Can I ...? – asked by NAME", "Frage von
NAME: ...?") with the answer under it. The product's description and a buying guide are the
page's text; the same words on a news page are a company quoted and stay. Each text is our own."""

from __future__ import annotations


import pytest

from indexer import chromewords, pagekind
from indexer.models import BODY, BOILERPLATE
from indexer.segment import patterns
from tests.helpers import FOOTER, MENU, PROSE, kind_and_reason as kind_of, parse_blocks as parse

# (basket link of the shop's header, product description, the shop's word about itself)
SHOPS = [
    (
        "My Basket 0",
        [
            "The Ridge 30 is a light daypack for long hikes in the hills. Its ventilated back panel keeps you "
            "dry on warm days, and the padded hip belt spreads the load evenly.",
            "The main compartment holds 30 litres and opens at the front with a wraparound zip. A rain cover "
            "sits in its own pocket at the base and goes on in seconds.",
        ],
        "Not sure which size to take? Our friendly staff in the Leeds store are happy to help you find the right fit.",
    ),
    (
        "Mein Warenkorb 0",
        [
            "Der Alpin 30 ist ein leichter Tagesrucksack für lange Touren im Mittelgebirge. Das belüftete "
            "Rückensystem hält den Rücken auch bei warmem Wetter trocken.",
            "Das Hauptfach fasst 30 Liter und lässt sich über einen umlaufenden Reißverschluss auch von vorne "
            "öffnen. Eine Regenhülle steckt in einem eigenen Fach am Boden.",
        ],
        "Auf alle Rucksäcke aus unserer Werkstatt geben wir drei Jahre Garantie auf Nähte und Reißverschlüsse.",
    ),
    (
        "Košík (0)",
        [
            "Batoh Hřeben 30 je lehký batoh na dlouhé túry po horách. Větraná zádová část udrží záda v suchu "
            "i v teplých dnech a polstrovaný bederní pás rozloží váhu.",
            "Hlavní komora má objem 30 litrů a otevírá se zepředu obvodovým zipem. Pláštěnka je uložena ve "
            "vlastní kapse na dně batohu.",
        ],
        "Nevíte si rady? Naši prodavači sami chodí po horách a rádi vám poradí s výběrem velikosti.",
    ),
    (
        "Kosár (0)",
        [
            "A Gerinc 30 könnyű túrahátizsák hosszú hegyi túrákhoz. A szellőző háttámla meleg napokon is "
            "szárazon tartja a hátat, a párnázott csípőöv pedig elosztja a terhet.",
            "A fő rekesz 30 literes, és elölről is nyitható egy körbefutó cipzárral. Az esővédő huzat a "
            "hátizsák alján, külön zsebben található.",
        ],
        "Minden terméket kipróbáltunk a saját túráinkon, mielőtt a kínálatunkba került.",
    ),
    (
        "Panier (0)",
        [
            "Le Crête 30 est un sac à dos léger pour les longues randonnées en moyenne montagne. Son dos ventilé "
            "vous garde au sec par temps chaud et la ceinture rembourrée répartit la charge.",
            "Le compartiment principal contient 30 litres et s'ouvre par l'avant grâce à une fermeture éclair. "
            "Une housse de pluie est rangée dans une poche au fond du sac.",
        ],
        "Nous avons testé chaque produit en montagne avant de le proposer dans notre boutique.",
    ),
    (
        "Winkelwagen (0)",
        [
            "De Kam 30 is een lichte dagrugzak voor lange wandelingen in de heuvels en de bergen. Het "
            "geventileerde rugpand houdt je droog op warme dagen en de heupband verdeelt het gewicht.",
            "Het hoofdvak heeft een inhoud van 30 liter en opent aan de voorkant met een rondlopende rits. "
            "De regenhoes zit in een eigen vak onderin.",
        ],
        "Twijfel je over de maat? Onze medewerkers in de winkel in Utrecht helpen je graag verder.",
    ),
]


@pytest.mark.parametrize("shop", SHOPS, ids=[s[0] for s in SHOPS])
def test_a_shops_word_about_itself_is_chrome_on_its_page(shop: tuple[str, list[str], str]) -> None:
    basket, description, promise = shop
    art = parse("Ridge 30 | Shop", MENU + "\n" + basket, "Ridge 30", *description, promise, FOOTER)
    kind, reason = kind_of(art, promise[:20])
    assert kind == BOILERPLATE and "a shop's word about itself" in reason, reason
    assert [p.text for p in art.paragraphs if p.kind == BODY][-2:] == description


@pytest.mark.parametrize("shop", SHOPS, ids=[s[0] for s in SHOPS])
def test_the_same_words_on_a_news_page_stay(shop: tuple[str, list[str], str]) -> None:
    # no basket: a news story quoting the shop keeps the paragraph
    promise = shop[2]
    art = parse("Bridge to close", MENU, "Bridge to close", *PROSE[:2], promise, *PROSE[2:], FOOTER)
    assert kind_of(art, promise[:20])[0] == BODY


# (heading of a shop page's section, the blocks under it)
SECTIONS = [
    ("Warranty", ["Every pack carries a three-year warranty against faulty seams and zips from the day you buy it."]),
    (
        "What our customers say",
        ["“Arrived the next day and fits perfectly. I took it up Helvellyn the same weekend.”", "Jo M., Leeds"],
    ),
    (
        "Co o nás říkají zákazníci",
        ["Objednávka dorazila hned druhý den a batoh byl pečlivě zabalený, určitě nakoupím znovu.", "Petra, Olomouc"],
    ),
    ("Garantie", ["Auf die Nähte dieses Rucksacks erhalten Sie fünf Jahre Garantie ab dem Kaufdatum."]),
    ("Szállítás", ["15 000 Ft feletti rendelés esetén ingyenesen szállítunk, a csomag két munkanap alatt megérkezik."]),
]


@pytest.mark.parametrize("section", SECTIONS, ids=[s[0] for s in SECTIONS])
def test_a_shop_pages_sections_are_chrome(section: tuple[str, list[str]]) -> None:
    heading, under = section
    description = SHOPS[0][1]
    art = parse("Ridge 30 | Shop", MENU + "\nMy Basket 0", "Ridge 30", *description, heading, *under, FOOTER)
    assert all(kind_of(art, text[:12])[0] == BOILERPLATE for text in (heading, *under))
    assert [p.text for p in art.paragraphs if p.kind == BODY][-2:] == description


def test_a_news_pages_warranty_section_stays() -> None:
    text = "The council said the contractor's warranty on the deck would run for another ten years after the repairs."
    art = parse("Bridge to close", MENU, "Bridge to close", *PROSE[:2], "Warranty", text, *PROSE[2:], FOOTER)
    assert kind_of(art, text[:20])[0] == BODY


# a buyer's question without its day and the answer under it, one row a language
QUESTIONS = [
    (
        "Q: Can I buy a spare hip belt if mine wears out? – asked by Georgia, Hobart",
        "A: Yes, we keep spare belts in stock in three sizes for every pack of the range.",
    ),
    (
        "Frage von Lea: Passt eine Trinkblase mit drei Litern hinein?",
        "Antwort von Bergladen: Ja, das Fach ist für Trinkblasen bis drei Liter ausgelegt.",
    ),
    (
        "Kérdés (Zsófi, 2019.06.02): Lehet a hátizsákot mosógépben mosni?",
        "Válasz (Túrabolt): Nem ajánljuk, langyos vízzel és puha kefével tisztítsa.",
    ),
]


@pytest.mark.parametrize(("question", "answer"), QUESTIONS, ids=[q[:8] for q, _ in QUESTIONS])
def test_a_buyers_question_without_a_day_is_chrome(question: str, answer: str) -> None:
    description = SHOPS[0][1]
    art = parse("Ridge 30 | Shop", MENU, "Ridge 30", *description, question, answer, FOOTER)
    assert kind_of(art, question[:12])[0] == BOILERPLATE
    assert kind_of(art, answer[:12])[0] == BOILERPLATE
    assert [p.text for p in art.paragraphs if p.kind == BODY][-2:] == description


def test_a_quoted_question_in_a_story_stays() -> None:
    line = "Question from the floor: will the ferries run all night while the bridge is closed?"
    art = parse("Bridge to close", MENU, "Bridge to close", *PROSE[:2], line, *PROSE[2:], FOOTER)
    assert kind_of(art, line[:20])[0] == BODY


@pytest.mark.parametrize(
    ("text", "shop"),
    [("Belépés Kosár (0)", True), ("Mein Warenkorb 0", True), ("Do košíku", True), ("Sepete ekle", True),
     ("the cart 2 wheels", False), ("a basket of goods cost 10 euros", False)],
)  # fmt: skip
def test_a_shops_basket_link_tells_a_shop_page(text: str, shop: bool) -> None:
    assert bool(pagekind.text_signals([text])["shop"]) is shop


@pytest.mark.parametrize("name", ["SHOP_PROMISE", "SHOP_PAGE_SECTION"])
def test_every_language_has_the_tables(name: str) -> None:
    table = getattr(chromewords, name)
    assert sorted(table) == sorted(chromewords.LANGUAGES)
    assert all(table.values())


@pytest.mark.linear
def test_the_patterns_are_linear() -> None:
    rxs = (patterns._SHOP_PROMISE, patterns._SHOP_PAGE_SECTION, patterns._QA_UNDATED, patterns._QA_ANSWER)
    for rx in rxs:
        for text in (" " * 3000, "a " * 1500, "our team " * 400, "Q: a? – asked by " + "x " * 1500, "a." * 1500):
            rx.search(text)


# a category page's grid: a name over its price, a one-line blurb under it (our own shop)
TILES = [
    ("Oak Raised Bed 1.8m\n£134.99", "Boards that slot together in minutes, no tools needed."),
    ("Add to Basket\nSteel Round Bed 100cm\n£79.99", "A round steel planter, perfect for a herb spiral."),
    ("Do košíku\nHliníkové hole Trail\n1 290 Kč", "Lehké teleskopické hole pro běžné túry po značených cestách."),
]


def test_a_shops_grid_of_tiles_is_chrome_in_plain_text() -> None:
    description = SHOPS[0][1]
    tiles = [part for tile in TILES for part in tile]
    art = parse("Raised beds | Shop", MENU + "\nMy Basket 0", "Raised beds", *description, *tiles, FOOTER)
    assert all(kind_of(art, t.split("\n")[-1][:12])[0] == BOILERPLATE for _, t in TILES)
    assert [p.text for p in art.paragraphs if p.kind == BODY][-2:] == description


def test_one_name_over_its_price_is_the_pages_own_product() -> None:
    description = SHOPS[0][1]
    art = parse("Ridge 30 | Shop", MENU + "\nMy Basket 0", "Ridge 30", "Ridge 30 daypack\n£89.99", *description, FOOTER)
    assert [p.text for p in art.paragraphs if p.kind == BODY][-2:] == description


def test_a_shops_grid_of_tiles_is_chrome_in_html() -> None:
    from indexer import segment
    from tests.helpers import html_document

    paras = "".join(f"<p>{p}</p>" for p in SHOPS[0][1])
    grid = "".join(f"<li><a href='/p{i}'>{name.split(chr(10))[-2]}</a>{name.split(chr(10))[-1]}<br>{blurb}</li>"
                   for i, (name, blurb) in enumerate(TILES))  # fmt: skip
    page = (
        "<html lang='en'><head><meta charset='utf-8'><title>Raised beds | Shop</title></head><body>"
        "<header><a href='/cart'>My Basket 0</a></header><main><h1>Raised beds</h1>"
        f"{paras}<div><p>{grid.replace('<li>', '').replace('</li>', '<br>')}</p></div></main>"
        "<footer>© 2024 Garden Shop Ltd</footer></body></html>"
    )
    art = segment.segment(html_document(page.encode(), "page.html"))
    assert [p.text for p in art.paragraphs if p.kind == BODY] == SHOPS[0][1]
