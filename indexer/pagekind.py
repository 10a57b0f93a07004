"""Pages that are not a whole article: a paywall's teaser and a shop's product page.

Such a page is indexed as any other (what it holds is text of its own), but the user is told,
in one line naming the page, what it is and what to do: a paywalled article was saved without
its text (save it while logged in, or index the full text), a product page is not an article
(leave it out of the build if only articles are wanted). Both say it only when the page says so
itself: a paywall's own words ("Subscribe to continue reading", "Dieser Artikel ist exklusiv
für Abonnenten") or schema.org's `isAccessibleForFree: false` over a short text, a shop's
basket button ("Add to basket", "In den Warenkorb") over a price or a product's short attribute lines.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from . import keyscan
from .chromewords import PAYWALL as CHROME_PAYWALL, PAYWALL_KEYS, all_keys, compile_table
from .htmllead import count_words

# What a paywall says where the article stops, one row a language (`chromewords.PAYWALL`: the EU's
# languages and the other big ones; trial 17's Danish "Læs videre med JV+" gave no note).
PAYWALL = compile_table(CHROME_PAYWALL)
# schema.org's paywall markup (Google's "paywalled content" structured data)
NOT_FREE = re.compile(r"""["']?isAccessibleForFree["']?\s*[:=]\s*["']?false\b""", re.I)
# A shop's buttons: put the product in the basket.
SHOP = re.compile(
    r"\b(?:add to (?:basket|cart|bag|trolley)|in den (?:warenkorb|einkaufswagen)|ajouter au panier|"
    r"a[ñn]adir al (?:carrito|cesta)|agregar al carrito|aggiungi al carrello|adicionar ao carrinho|"
    r"in (?:de )?winkelwagen|do koszyka|в корзину|добави в количката|(?:přidat )?do košíku|(?:pridať )?do košíka|"
    r"læg i kurv(?:en)?|tilføj til kurv(?:en)?|προσθήκη στο καλάθι|lisa ostukorvi|lisää ostoskoriin|cuir sa chiseán|"
    r"(?:dodaj )?u košaricu|kosárba(?: teszem| rakom)?|į krepšelį|(?:ielikt|ielikt) grozā|pievienot grozam|"
    r"adicionar ao cesto|adaugă în coș|(?:dodaj )?v košarico|lägg i varukorgen|legg i handlekurven|sepete ekle|"
    r"(?:додати )?в кошик|أضف إلى السلة)(?!\w)|"
    # the header's link to the basket with its count ("My Basket 0", "Mein Warenkorb 0", "Kosár (0)")
    r"\b(?:my |mein |můj |mon |mi |il mio |mijn |mój |moja )?(?:basket|cart|shopping bag|warenkorb|košík|košík|kosár|panier|"
    r"carrito|carrello|winkelwagen|koszyk|корзина|kurv|varukorg(?:en)?|handlekurv|ostoskori|ostukorv|košarica|krepšelis|grozs|"
    r"sepetim|кошик|καλάθι|coș|cesto|carrinho|kosz)\s*(?:\(\d{1,3}\)|0)(?!\S)|カートに入れる|加入购物车|장바구니 담기|ใส่ตะกร้า",
    re.I,
)
# A price in the indexed text: a currency sign or code next to figures ("£89.99", "19,99 €").
PRICE = re.compile(r"[£$€¥₹]\s?\d|\d(?:[.,]\d\d)?\s?(?:€|EUR|USD|GBP|CHF|zł|руб|₽)(?!\w)")
# A product page's text: its price, or its options and attributes as short blocks ("Größe",
# "500g", "Anzahl"), where an article with a shop's box beside it is paragraphs of prose.
SHOP_SHORT_WORDS = 4
SHOP_SHORT_SHARE = 0.3
# A paywall's teaser is a paragraph or a few; a whole article that also carries a paywall's
# box (a saved page of a metered site) is longer.
PAYWALL_MAX_WORDS = 250

HTML_HEAD_CHARS = 600_000  # schema.org's markup sits in the page's head or its article
# Words every phrase of PAYWALL and SHOP holds one of (lower case), tested before the patterns.
_PAYWALL_KEYS = all_keys(PAYWALL_KEYS)
_SHOP_KEYS = (
    "basket",
    "cart",
    "bag",
    "trolley",
    "warenkorb",
    "einkaufswagen",
    "panier",
    "carrito",
    "cesta",
    "carrello",
    "carrinho",
    "winkelwagen",
    "koszyka",
    "корзин",
    "カート",
    "购物车",
    "장바구니",
    "ตะกร้า",
    "košík",
    "košar",
    "kosár",
    "kurv",
    "καλάθι",
    "ostukorv",
    "ostoskori",
    "chiseán",
    "krepšel",
    "groz",
    "cesto",
    "coș",
    "varukorg",
    "handlekurv",
    "sepet",
    "кошик",
    "количката",
    "السلة",
    "kosz",
)


def html_signals(html: str, text: str, last: str = "") -> dict[str, str]:
    """What an HTML page says of itself before extraction (its buttons and notices, which the
    extractor drops): {"paywall": phrase, "shop": phrase}, "" where it says nothing. Looked for
    in `text`, the page's visible text (outside scripts and styles, `htmlpage.visible_text`),
    near a key word of theirs only (~3 ms a page), the paywall's words only where the article
    stops (`where_it_stops`: `last` is the article's last paragraph), and schema.org's paywall
    markup in the first HTML_HEAD_CHARS of `html`."""
    head = html[:HTML_HEAD_CHARS]
    paywall = _near(PAYWALL, where_it_stops(text, last), _PAYWALL_KEYS, about_comments)
    shop = _near(SHOP, text, _SHOP_KEYS)
    not_free = "isAccessibleForFree" in head and NOT_FREE.search(head)
    return {"paywall": paywall or ("isAccessibleForFree: false" if not_free else ""), "shop": shop}


def _near(pattern: re.Pattern[str], text: str, keys: tuple[str, ...], skip: Skip | None = None) -> str:
    """The first match of `pattern` within NEAR_CHARS of a key word's place in `text` (lower-cased
    keys) that `skip` does not refuse, "": a many-branch pattern searched through a whole page
    costs ~5 ms, a window ~0."""
    places = keyscan.occurrences(text.lower(), keys)  # (every key's places in one pass)
    for key in keys:
        for at in places.get(key, ()):
            for m in pattern.finditer(text, max(0, at - NEAR_CHARS), at + NEAR_CHARS):
                if skip is None or not skip(text, m):
                    return " ".join(m.group(0).split())
    return ""


Skip = Callable[[str, "re.Match[str]"], bool]
# Commenting, in the corpora's languages: a subscribers-only notice about the comments under a
# whole article ("Kommentieren ist nur für Abonnenten möglich", "Comments are for subscribers
# only") is no paywall of the article (sixth trial: a German page warned of one).
_COMMENTING = re.compile(
    r"comment|kommentar|kommentier|commentaire|comentar|commento|commentare|reageren|komentarz|комментар|"
    r"コメント|댓글|评论|評論",
    re.I,
)
_SENTENCE_END = re.compile(r"[.!?。](?:\s|$)")


def about_comments(text: str, m: re.Match[str]) -> bool:
    """Whether the sentence of `text` holding the match `m` (a paywall's phrase) speaks of
    comments (`_COMMENTING`): it closes the comments, not the article."""
    start = max(
        (e.end() for e in _SENTENCE_END.finditer(text, max(0, m.start() - NEAR_CHARS), m.start())), default=None
    )
    if start is None:
        start = max(0, m.start() - NEAR_CHARS)
    end = _SENTENCE_END.search(text, m.end(), m.end() + NEAR_CHARS)
    return bool(_COMMENTING.search(text, start, end.end() if end else m.end() + NEAR_CHARS))


NEAR_CHARS = 80  # the longest phrase is ~60 characters


def text_signals(texts: list[str], last: str = "") -> dict[str, str]:
    """The same as `html_signals` for a plain-text page's blocks (all of them, chrome too)."""
    text = "\n\n".join(texts)
    paywall = _near(PAYWALL, where_it_stops(text, last), _PAYWALL_KEYS, about_comments)
    return {"paywall": paywall, "shop": _near(SHOP, text, _SHOP_KEYS)}


def shop_signal(texts: list[str]) -> str:
    """`text_signals(texts)["shop"]` alone: a shop's basket phrase in a plain-text page's blocks,
    "" for none (the paywall's search, which a shop's test does not need, left out)."""
    return _near(SHOP, "\n\n".join(texts), _SHOP_KEYS)


# A paywall's words follow the teaser's last paragraph at once (a line or two of its box); the
# same words in a side box elsewhere on the page ("Subscribers only: our weekly digest") beside
# a short but whole article are no paywall of this article (trial).
PAYWALL_AFTER_CHARS = 300


def where_it_stops(text: str, last: str) -> str:
    """The part of a page's `text` where its article stops: from its last indexed paragraph
    (`last`, found with white space collapsed) to PAYWALL_AFTER_CHARS characters after it; the
    whole text when `last` is empty or not found in it."""
    flat, key = " ".join(text.split()), " ".join(last.split())
    at = flat.find(key[:80]) if key else -1
    return flat if at < 0 else flat[at : at + len(key) + PAYWALL_AFTER_CHARS]


def warning(named: str, signals: dict[str, str], indexed: list[str]) -> str:
    """The one-line warning for a page that is a paywall's teaser (its signal and at most
    PAYWALL_MAX_WORDS words of indexed text) or a shop's product page (its signal and a price
    in the indexed text); "" for any other page. `indexed`: the texts of its indexed body."""
    words = sum(map(count_words, indexed))
    if signals.get("paywall") and words <= PAYWALL_MAX_WORDS:
        return (
            f"{named}: the article stops at a paywall ('{signals['paywall']}'): {words} words of its text indexed; "
            "save the page while logged in, or index the full text"
        )
    short = sum(len(t.split()) <= SHOP_SHORT_WORDS for t in indexed)
    if signals.get("shop") and (any(PRICE.search(t) for t in indexed) or short >= SHOP_SHORT_SHARE * len(indexed)):
        return (
            f"{named}: a shop's product page ('{signals['shop']}'), not an article: its text is indexed; "
            "leave the file out of the build if you want articles only"
        )
    return ""
