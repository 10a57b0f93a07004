"""Page furniture that reads like text: labels of tools and notices per language, media
contacts, comment headers, forum profiles, fact boxes, consent dialogs.
"""

from __future__ import annotations
import re
from collections import Counter
from collections.abc import Mapping
from .. import chromewords, keyscan
from ..chromewords import FORUM_FIELD, PROFILE_FIELD, labels, mentions_cookies
from ..htmllead import count_words
from ..models import (
    BODY,
    BOILERPLATE,
    CAPTION,
    CONTACT_LABELS,
    HEADING,
    INDEXED_KINDS,
    LEAD,
    TITLE,
    text_memo,
    trie_alternation,
)
from .patterns import (
    BUTTON_REASON,
    TablePattern,
    READING_TIME_LABELS,
    OUTSIDE_REASON,
    UI_LABEL_MAX_CHARS,
    ui_label_line,
    _LABEL_VAGUE,
    _LINE_STRIP,
    _DATE_CUE,
    _SENT_END,
    _WORD,
    _any_date,
    _has_any,
    _has_figure,
    _relative_time_line,
    has_day,
)
from .textblocks import (
    BROWSER_NOTICE_REASON,
    COMMENT_HEADER_MAX_CHARS,
    COOKIE_MAX_WORDS,
    _Block,
    _BAR_PARTS,
    _LABEL_ROW_SPLIT,
    _POST_META_LINE,
    _POST_VERBS,
    _REPLY_VERBS,
    _REPORTED_SPEECH,
    _VOTE_MARKS,
    _button_label,
    _is_browser_notice,
    _is_cookie_notice,
    _post_header,
    _post_stamp,
    _quoted,
    _stamp_header,
)


def _undecided_drop(b: _Block) -> bool:
    """Whether `b` was dropped by its place alone or by the block model, for no kind of chrome
    the rules know (no signal, no rule-final reason, no teaser list or comment thread of the
    rules: the model's "teaser list" is its evidence, not the rules' list)."""
    return (
        b.kind == BOILERPLATE
        and (b.reason.startswith(OUTSIDE_REASON) or b.reason.endswith("(block model)"))
        and not b.reason.startswith("comment thread")
        and not b.signal
        and not ({"teaser", "thread", "after_tail"} & b.extra.keys())
    )


# Page furniture a template sets among the article's paragraphs, one row a language (those the
# label lists above cover most): a reading time ("Lecture 4 min.", "4 min read", "Lesezeit: 3
# Minuten"), a gift-article button ("Offrir l’article", "Gift this article"), a product card's
# price note ("Prices taken at time of publishing.") and a pointer to a recipe card ("See the
# recipe card below for full quantities."). Trial: each kept as body.
_FURNITURE_LABELS = {  # language: (reading time, gift article, price note, recipe-card pointer)
    "en": (
        READING_TIME_LABELS["en"],
        r"gift (?:this |the )?(?:article|story)|give (?:this|the) (?:article|story)|"
        r"share (?:this|the) (?:full )?(?:article|story) with a friend",
        r"prices? (?:(?:were|are) )?(?:taken|correct|accurate|checked|valid) (?:at|as of|on)\b|"
        r"prices? (?:and availability )?(?:may|are subject to) change",
        r"recipe card below|(?:full|printable) recipe (?:card )?(?:is )?below|scroll down (?:to|for) the (?:full |printable )?recipe",
    ),
    "de": (
        READING_TIME_LABELS["de"],
        r"(?:diesen )?artikel (?:verschenken|schenken)|geschenkter artikel",
        r"preise? (?:stand|vom|zum zeitpunkt der veröffentlichung)\b|preisstand\b",
        r"rezeptkarte (?:weiter )?unten|(?:vollständige|komplette|ganze) rezept (?:findet ihr|findest du|finden sie) (?:weiter )?unten",
    ),
    "fr": (
        READING_TIME_LABELS["fr"],
        r"offrir (?:l['’]|cet )article",
        r"prix (?:relevés?|constatés?) (?:le|au)\b",
        r"fiche recette (?:ci-dessous|plus bas|en bas)",
    ),
    "es": (
        READING_TIME_LABELS["es"],
        r"regalar? (?:este |el )?artículo",
        r"precios? (?:consultados?|vigentes?) (?:el|a|en)\b",
        r"(?:tarjeta|ficha) (?:de (?:la )?)?receta (?:más )?abajo",
    ),
    "it": (
        READING_TIME_LABELS["it"],
        r"regala (?:questo |l['’])articolo",
        r"prezzi? (?:aggiornat[oi]|rilevat[oi]) (?:al|il)\b",
        r"scheda (?:della )?ricetta (?:qui )?(?:sotto|in fondo)",
    ),
    "pt": (
        READING_TIME_LABELS["pt"],
        r"(?:presentear|oferecer) (?:este |o )?artigo",
        r"preços? (?:consultados?|válidos?) (?:em|no)\b",
        r"(?:cartão|ficha) (?:da )?receita (?:mais )?abaixo",
    ),
    "nl": (
        READING_TIME_LABELS["nl"],
        r"(?:dit )?artikel cadeau (?:geven|doen)",
        r"prijzen (?:gecontroleerd|geldig) op\b",
        r"receptkaart (?:hieronder|onderaan)",
    ),
    "pl": (
        READING_TIME_LABELS["pl"],
        r"podaruj (?:ten )?artykuł",
        "",
        "",
    ),
    "ru": (
        READING_TIME_LABELS["ru"],
        r"подарить (?:эту )?статью",
        "",
        "",
    ),
    "tr": (
        READING_TIME_LABELS["tr"],
        r"(?:makaleyi|haberi) hediye et",
        "",
        "",
    ),
    "ja": (
        READING_TIME_LABELS["ja"],
        r"記事をプレゼント(?:する)?",
        "",
        "",
    ),
}
_FURNITURE_KINDS = ("reading time", "gift article", "price note", "pointer to the recipe card")


def _column_alternation(table: Mapping[str, tuple[str, ...]], k: int) -> str:
    """Column `k` of a per-language table of label patterns (`_FURNITURE_LABELS`,
    `_NOTICE_LABELS`) as one regex alternation, the empty cells left out."""
    return "|".join(row[k] for row in table.values() if row[k])


# the first two are labels alone on their line (with separators between), the last two phrases
# of a short sentence
_FURNITURE_LINE = [re.compile(rf"^\W*(?:{_column_alternation(_FURNITURE_LABELS, k)})\W*$", re.I) for k in (0, 1)]
_FURNITURE_PHRASE = [re.compile(rf"(?:^|\b)(?:{_column_alternation(_FURNITURE_LABELS, k)})", re.I) for k in (2, 3)]
FURNITURE_LABEL_MAX_WORDS = 8
FURNITURE_PHRASE_MAX_WORDS = 20
# a price alone on its line, as a product card sets it ("$400", "€ 279,99", "199 €")
# (a German shop's "64,90 €*" points with its star to the VAT note at the page's foot; trial 15),
# or after its label ("Price: £34.99", "Preis: 39,99 €", "Prix : 29,90 €"; trial 16: body)
_PRICE_ALONE = re.compile(
    r"^(?:(?:our |sale |list )?(?:price|preis|prix|precio|prezzo|prijs|cena|preço|pris|fiyat|цена) ?: ?)?"
    r"(?:[$€£¥₹]\s?\d[\d,.]*|\d[\d,.]*\s?(?:[$€£¥₹]|euros?|eur|usd|zł|₽))\*?$",
    re.I,
)
# A shop's stock and delivery line beside its price, in the corpora's shop languages ("Sofort
# verfügbar, Lieferzeit 1-3 Werktage", "Op voorraad · Morgen in huis", "In stock", "En stock";
# trial 15: body), its parts split by commas, bars or bullets.
_STOCK = (
    r"in stock|out of stock|low stock|only (?:\d+|a few) left(?: in stock)?|ships? (?:in|within) \d[\w -]{1,20}|"
    r"usually dispatched within \d[\w -]{1,20}|"
    # ("Nur noch wenige Exemplare auf Lager", trial 39's OXID shop)
    r"(?:sofort |nicht |nur noch (?:\d+|wenige) (?:exemplare |stück |artikel )?)?(?:verfügbar|lieferbar|auf lager|vorrätig)|"
    r"lieferzeit:? (?:ca\. )?\d[\w -]{1,20}|"
    r"en stock|en rupture de stock|disponible(?: immédiatement)?|livraison (?:sous|en) \d[\w -]{1,20}|"
    r"agotado|envío en \d[\w -]{1,20}|disponibil(?:e|ità immediata)|esaurito|spedizione in \d[\w -]{1,20}|"
    r"(?:niet )?op voorraad|uitverkocht|(?:vandaag besteld,? )?morgen in huis|levertijd:? \d[\w -]{1,20}|"
    r"(?:nie)?dostępny|w magazynie|wysyłka w \d[\w -]{1,20}|em estoque|esgotado|в наличии|нет в наличии|"
    # free delivery and its day, as a marketplace prints it under the price ("FREE delivery
    # Tuesday", "KOSTENLOSE Lieferung Mittwoch, 5. März", "Livraison GRATUITE mardi"; trial 16)
    r"(?:free (?:uk |standard |express )?(?:delivery|shipping|returns)|kostenlose[rn]? (?:lieferung|versand|rückversand)|"
    r"versandkostenfrei|livraison (?:gratuite|offerte)|(?:entrega|envío) (?:gratis|gratuit[oa])|"
    r"(?:consegna|spedizione) gratuita|gratis (?:bezorging|verzending|levering)|(?:darmowa|bezpłatna) (?:dostawa|wysyłka)|"
    r"(?:frete|entrega) grátis|fri frakt)(?: [\w.]{1,20}){0,3}(?:, [\w.]{1,12}(?: [\w.]{1,12}){0,2})?"
)
_STOCK_LINE = re.compile(rf"^(?:{_STOCK})(?:\s*[,|·•]\s*(?:{_STOCK}))*\.?$", re.I)
FURNITURE_REASON = "page furniture"
RELATIVE_TIME_REASON = "page furniture (relative time)"


def price_line(text: str) -> bool:
    """Whether `text` is a price alone on its line, with its label or not (`_PRICE_ALONE`:
    "£ 26.00", "Preis: 39,99 €")."""
    return "\n" not in text.strip() and bool(_PRICE_ALONE.match(" ".join(text.split())))


# Notices of an advert's slot and of a podcast's page, one row a language: (the prompt to read on
# after an advert, alone on its line; a podcast page's label of its parts, alone on its line; the
# opening of a sponsor read; the opening of a machine transcript's notice). trial8: "Continue a ler
# a seguir à publicidade" under "PUBLICIDADE", "This episode is sponsored by Terra Boots. Use code
# SIGNAL for 15% off.", "Show notes", "Transcript" and "This transcript was generated
# automatically and may contain errors." were all body.
_NOTICE_LABELS = {
    "en": (
        r"(?:the )?(?:article|story|text) continues (?:below|after)(?: (?:the |this )?(?:advertisement|advert|ad))?|"
        r"continue reading (?:below|after)(?: (?:the |this )?(?:advertisement|advert|ad))?|advertisement continues below|"
        r"scroll (?:down )?to continue(?: with content| reading)?",
        r"show ?notes|episode notes|chapters|timestamps|(?:full |episode )?transcript",
        r"(?:this|today'?s) (?:episode|podcast|show|video|programme|program|newsletter|segment) (?:is|was) "
        r"(?:sponsored|brought to you|supported|presented|powered|made possible) by|"
        r"thanks to \w+(?: \w+){0,3} for sponsoring (?:this|today'?s) (?:episode|show|video|podcast)",
        r"(?:this|the) transcript (?:was|is|has been) (?:generated|produced|created|made) (?:automatically|by (?:a machine|an? automat\w*|speech))|"
        r"this is an? (?:automated|automatically generated|computer-generated|machine-generated|rush) transcript|"
        r"transcripts? (?:are|is) (?:generated|produced|created) (?:automatically|using (?:a combination of )?speech recognition)",
    ),
    "de": (
        r"(?:der )?(?:artikel|text|beitrag) (?:wird )?(?:geht )?(?:nach|unter) der (?:anzeige|werbung) (?:fortgesetzt|weiter)|"
        r"weiterlesen (?:nach|unter) der (?:anzeige|werbung)",
        r"shownotes|kapitelmarken|transkript",
        r"diese (?:folge|episode|sendung|ausgabe) wird (?:unterstützt|präsentiert|gesponsert|ermöglicht) (?:von|durch)",
        r"dieses transkript wurde (?:automatisch|maschinell) erstellt",
    ),
    "fr": (
        r"la suite (?:de l['’]article )?après (?:cette|la) publicité|l['’]article continue (?:après|sous) (?:cette|la) publicité",
        r"notes de l['’]épisode|transcription",
        r"cet épisode est (?:sponsorisé|présenté|soutenu|parrainé|proposé) par",
        r"cette transcription a été (?:générée|réalisée|produite) automatiquement",
    ),
    "es": (
        r"(?:la noticia|el artículo|el texto) (?:continúa|sigue) (?:después|debajo|tras) (?:de )?(?:la|esta) publicidad|"
        r"(?:continúa|sigue|continuá|seguí) leyendo (?:después|debajo|tras) (?:de )?(?:la|esta) publicidad|"
        r"continúa (?:después|debajo) (?:de la publicidad|del anuncio)",
        r"notas del episodio|transcripción",
        r"este episodio (?:está|es) (?:patrocinado|presentado|ofrecido) por",
        r"esta transcripción (?:fue|ha sido|se ha) generad[oa] automáticamente",
    ),
    "pt": (
        r"continue a ler (?:a seguir|depois|após) (?:à|da) publicidade|"
        r"(?:o artigo|o texto|a (?:reportagem|notícia|matéria)) continua (?:após|depois d)a publicidade|"
        r"continua (?:após|depois d)a publicidade",
        r"notas do episódio|transcrição",
        r"este episódio (?:é|está a ser|foi) (?:patrocinado|apresentado|apoiado) (?:por|pel[ao])",
        r"esta transcrição foi gerada automaticamente",
    ),
    "it": (
        r"(?:l['’]articolo )?continua (?:dopo|sotto) (?:la|questa) pubblicità|continua a leggere dopo (?:la|questa) pubblicità",
        r"note dell['’]episodio|trascrizione",
        r"questo episodio è (?:sponsorizzato|offerto|presentato) da",
        r"questa trascrizione è stata generata automaticamente",
    ),
    "nl": (
        r"(?:het artikel gaat|lees) verder (?:na|onder) de advertentie",
        r"shownotes|transcript",
        r"deze aflevering wordt (?:gesponsord|mogelijk gemaakt|aangeboden) door",
        r"dit transcript is automatisch (?:gegenereerd|gemaakt)",
    ),
    "pl": (r"dalsza część (?:artykułu|tekstu) (?:pod|po) reklam(?:ą|ie)", "", "", ""),
    "sv": (r"artikeln fortsätter (?:efter|under) annonsen", "", "", ""),
    "da": (r"artiklen fortsætter (?:efter|under) annoncen", "", "", ""),
    "no": (r"saken fortsetter (?:under|etter) annonsen", "", "", ""),
    "fi": (r"artikkeli jatkuu mainoksen (?:jälkeen|alla)", "", "", ""),
    "cs": (r"článek pokračuje (?:pod|po) reklam(?:ou|ě)", "", "", ""),
    "ro": (r"articolul continuă după (?:reclamă|publicitate)", "", "", ""),
    "hu": (r"a cikk (?:a )?hirdetés után folytatódik", "", "", ""),
    "tr": (r"haberin devamı reklamdan sonra|reklamdan sonra devam ediyor", "", "", ""),
    "ru": (r"продолжение (?:статьи|материала) (?:после|под) рекламой|статья продолжается после рекламы", "", "", ""),
}
_NOTICE_KINDS = ("advert's prompt to read on", "podcast page's label", "sponsor read", "transcript notice")


# the first two alone on their line, the last two opening a short block
_NOTICE_LINE = [re.compile(rf"^\W*(?:{_column_alternation(_NOTICE_LABELS, k)})\W*$", re.I) for k in (0, 1)]
_NOTICE_OPENING = [re.compile(rf"^\W*(?:{_column_alternation(_NOTICE_LABELS, k)})\b", re.I) for k in (2, 3)]
NOTICE_LINE_MAX_WORDS = 12
NOTICE_MAX_WORDS = 45  # a sponsor read or a transcript's notice is a sentence or two


def _notice_label(b: _Block) -> str:
    """The kind of an advert's or a podcast page's notice (`_NOTICE_LABELS`, `_NOTICE_KINDS`): a
    one-line prompt to read on after the advert or label of the page's parts (not a heading's),
    or a block of up to NOTICE_MAX_WORDS words opening with a sponsor read or a machine
    transcript's notice; else ""."""
    if b.words > NOTICE_MAX_WORDS:
        return ""
    if len(b.lines) == 1 and b.words <= NOTICE_LINE_MAX_WORDS:
        for k, rx in enumerate(_NOTICE_LINE):
            # a label the page set as a heading heads its part ("<h2>Shownotes</h2>" over the notes)
            if rx.match(b.text) and not (k == 1 and b.kind == HEADING):
                return _NOTICE_KINDS[k]
    return next((_NOTICE_KINDS[2 + k] for k, rx in enumerate(_NOTICE_OPENING) if rx.match(b.text)), "")


def _sponsor_label_alone(b: _Block) -> bool:
    """Whether `b` is a sponsor read's opening alone ("This episode is supported by", `_NOTICE_OPENING`),
    the sponsor and its copy in the block under it."""
    m = _NOTICE_OPENING[0].match(b.text)
    return m is not None and m.end() >= len(b.text.rstrip(" :.…—–-"))


def _sponsor_copy(b: _Block) -> bool:
    """Whether `b`, under a sponsor read's opening alone, is the sponsor's copy: up to
    NOTICE_MAX_WORDS words that the rules or the model kept (trial 31's podcast page: "Orchard Lane
    Roasters. Small-batch coffee roasted in Singapore ... Use the code HAWKER15 for 15 per cent off")."""
    vague = b.kind == BOILERPLATE and (b.reason.startswith(_LABEL_VAGUE) or b.reason.endswith("(block model)"))
    return b.words <= NOTICE_MAX_WORDS and (b.kind in (BODY, LEAD) or vague)


# A post's length beside its reading time ("21 minutes - 4312 words", "3 Minuten Lesezeit - 517
# Wörter"): a count and the word for words, in the corpora's languages, or characters (CJK).
_DASH_SPLIT = re.compile(r"\s+[-–—]\s+")  # "21 minutes - 4312 words": a dash between spaces splits the row
_WORD_COUNT = re.compile(
    r"^(?:ca\. |approx\. |约|約)?\d[\d,.\u202f ]*\s?(?:words?|wörter|worte|mots|palabras|parole|palavras|woorden|"
    r"ord|słów|slov|слов[а]?|слів|sanaa|szó|kelime|λέξεις|cuvinte|kata|từ|字|文字|단어)$",
    re.I,
)
# a bare duration beside a word count ("21 minutes - 4312 words"): a reading time without its label
_DURATION = re.compile(r"^\d{1,3}\s?(?:min(?:\.|utes?|uten|utos?|uti|uter|utter)?|мин\.?|分钟?)$", re.I)
# The notice an events plugin sets over a past event (The Events Calendar's "This event has
# passed.", in its translations): a line of its own, never the event's text, or the first
# sentence of a short notice ("Цей захід уже відбувся. Дякуємо всім, хто був із нами!", trial
# 57's Tilda page). Written for the project from the plugin's strings in the corpora's languages.
_EVENT_PASSED = re.compile(
    r"^(?:this event has (?:already )?(?:passed|ended)|"
    r"diese veranstaltung (?:ist|hat) (?:bereits |schon )?(?:vorbei|vorüber|vergangen|stattgefunden|beendet)|"
    r"cet (?:é|è)v(?:é|è)nement est (?:d(?:é|è)j(?:à|a) )?(?:pass(?:é|e)|termin(?:é|e))|"
    r"este evento (?:ya )?(?:ha pasado|ha finalizado|ha terminado|já passou|já terminou|terminou)|"
    r"questo evento (?:è (?:già )?(?:passato|terminato|concluso)|si è (?:già )?concluso)|"
    r"dit evenement is (?:al )?(?:voorbij|afgelopen|geweest)|"
    r"to wydarzenie (?:już )?(?:się )?(?:odbyło|minęło|zakończyło)(?: się)?|"
    r"detta evenemang har (?:redan )?(?:passerat|ägt rum)|denne begivenhed er (?:afsluttet|overstået)|"
    r"dette arrangementet er (?:over|avsluttet)|tato událost (?:již |už )?(?:proběhla|skončila)|"
    r"это (?:событие|мероприятие) (?:уже )?(?:прошло|завершилось|закончилось)|"
    r"ця (?:подія) (?:вже |уже )?(?:відбулася|минула|завершилася)|цей захід (?:вже |уже )?(?:відбувся|минув|завершився))"
    r"(?:[.!]?$|[.!]\s)",
    re.I,
)
EVENT_PASSED_KIND = "notice that the event has passed"


def _length_row(items: list[str]) -> bool:
    """Whether a row's `items` are a post's reading time and length: word counts (`_WORD_COUNT`),
    reading times (`_FURNITURE_LINE`'s) and bare durations (`_DURATION`), a word count among them."""
    counts = [bool(_WORD_COUNT.match(item)) for item in items]
    if not any(counts):
        return False
    return all(c or _DURATION.match(item) or _FURNITURE_LINE[0].match(item) for c, item in zip(counts, items))


def _furniture_label(b: _Block) -> str:
    """ "page furniture (KIND)" for a short block that is only a reading time or a gift-article
    label (each line its labels, split by bars or bullets), a price alone, a shop's stock line
    (`_STOCK_LINE`), or a short sentence
    with a price note or a pointer to the recipe card (`_FURNITURE_LABELS`), or an advert's or a
    podcast page's notice (`_notice_label`), else ""."""
    notice = _notice_label(b)
    if notice:
        return f"{FURNITURE_REASON} ({notice})"
    if meta_row(b):
        return f"{FURNITURE_REASON} ({META_ROW_KIND})"
    if b.words > FURNITURE_PHRASE_MAX_WORDS or len(b.lines) > 3:
        return ""
    if _EVENT_PASSED.match(b.text.strip()):
        return f"{FURNITURE_REASON} ({EVENT_PASSED_KIND})"
    found: list[str] = []
    items = [item for ln in b.lines for item in _LABEL_ROW_SPLIT.split(ln.strip(_LINE_STRIP)) if item]
    if (
        b.words <= FURNITURE_LABEL_MAX_WORDS
        and _has_figure(b.text)
        and _length_row([x for it in items for x in _DASH_SPLIT.split(it) if x])
    ):
        return f"{FURNITURE_REASON} (reading time and length)"
    if b.words <= FURNITURE_LABEL_MAX_WORDS and items:
        for item in items:
            kinds = [k for k, rx in enumerate(_FURNITURE_LINE) if rx.match(item)]
            if not kinds and not _PRICE_ALONE.match(item) and not _STOCK_LINE.match(item):
                found = []
                break
            found.append(_FURNITURE_KINDS[kinds[0]] if kinds else "price" if _PRICE_ALONE.match(item) else "stock")
    if not found:
        found = [_FURNITURE_KINDS[2 + k] for k, rx in enumerate(_FURNITURE_PHRASE) if rx.search(b.text)]
    return f"{FURNITURE_REASON} ({', '.join(sorted(set(found)))})" if found else ""


# A post's meta row on one line: its author, a follow button, the reading time, the date and the
# counts ("Camille Drouard Suivre 6 min de lecture · 3 févr. 2024 1,2 k 23", trial 35's Medium
# page; the byline is read from it all the same): a reading time (`READING_TIME_LABELS`) and a
# date in a block of up to META_ROW_MAX_WORDS words with no sentence's end.
META_ROW_MAX_WORDS = 16
# ...and its characters: one long token is one word, and a line of 20,000 digits made the
# reading-time pattern try every place of the run (`\d+` backtracking: 32 s)
META_ROW_MAX_CHARS = 320
META_ROW_MAX_LINES = 6  # its parts one a line, as a dump sets them ("NAME" / "Follow" / "6 min read · DATE")
META_ROW_KIND = "a post's meta row: reading time and date"
_READING_TIME_ANY = keyscan.compile_gated(
    "|".join(f"(?:{v})" for v in READING_TIME_LABELS.values()), re.I, name="furniture._READING_TIME_ANY"
)


def meta_row(b: _Block) -> bool:
    """Whether block `b` is a post's meta row (META_ROW_MAX_LINES lines, META_ROW_MAX_WORDS words and
    META_ROW_MAX_CHARS characters at most, no sentence's end, a reading time and a date in it)."""
    if len(b.lines) > META_ROW_MAX_LINES or b.words > META_ROW_MAX_WORDS or len(b.text) > META_ROW_MAX_CHARS:
        return False
    if b.sentence_end:
        return False
    if not _has_figure(b.text) or not _READING_TIME_ANY.search(b.text):  # (cheapest first)
        return False
    return has_day(b.text)


# A press release's media contact: a label ("Contact:", "Media contact:", "Pressekontakt:") and
# the names, e-mail addresses and telephone numbers under it, on its lines or in the blocks after.
_CONTACT_LABEL = keyscan.compile_gated(
    rf"^(?:{CONTACT_LABELS})\s*[:：]", re.I, name="furniture._CONTACT_LABEL"
)  # (models.CONTACT_LABELS)
# ...or the label as a line of its own, a box's heading without a colon ("Media contact")
_CONTACT_HEADING = keyscan.compile_gated(rf"^(?:{CONTACT_LABELS})\s*$", re.I, name="furniture._CONTACT_HEADING")
_EMAIL = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}\.\w")
_PHONE = re.compile(r"(?<![\w.])\+?\(?\d[\d ()./-]{5,18}\d(?![\w.])")
_DOTTED_DATE = re.compile(r"^\d{1,2}[./]\d{1,2}[./]\d{2,4}$")
PHONE_MIN_DIGITS = 7
CONTACT_MAX_WORDS = 40
CONTACT_LINE_MAX_WORDS = 10
CONTACT_MAX_BLOCKS = 4  # a name, a role, an e-mail address and a telephone number set apart
CONTACT_REASON = "media contact"


# A page's feedback poll ("Was this page helpful?", `chromewords.PAGE_FEEDBACK`), its question a
# line of its own, and its form under it: the answer buttons ("Yes No", "Ja Nee") and the form's
# note ("Your feedback helps us improve this website. We cannot respond ..."), in any order. The
# buttons may follow the question on its line (Freshdesk's "Did you find it helpful? Yes No",
# trial 61), up to three words after its question mark.
_PAGE_FEEDBACK = keyscan.compile_gated(
    rf"^[\W_]{{0,3}}(?:{chromewords.labels(chromewords.PAGE_FEEDBACK)})"
    r"(?:[\s?？!.]*|\s?[?？]\s*(?:[^\W\d_]{1,12}[\s/|]*){1,3})$",
    re.I,
    name="furniture._PAGE_FEEDBACK",
)
# ...or with the form's own messages printed after it on its line, which a script shows in turn
# ("Did this answer your question? Thanks for the feedback! ... There was a problem submitting
# your feedback. Please try again later.", a help centre's widget, trial 62): the question, then
# one note's words at most, not between two paragraphs ("Did it help? Residents say ..." is a
# story's).
_PAGE_FEEDBACK_OPENS = keyscan.compile_gated(
    rf"^[\W_]{{0,3}}(?:{chromewords.labels(chromewords.PAGE_FEEDBACK)})\s?[?？]\s",
    re.I,
    name="furniture._PAGE_FEEDBACK_OPENS",
)
FEEDBACK_QUESTION_MAX_WORDS = 12
FEEDBACK_FORM_BLOCKS = 3  # the buttons, the note, a "Send" button or a "Thanks" line
FEEDBACK_NOTE_MAX_WORDS = 60
FEEDBACK_BUTTONS_MAX_WORDS = 4
FEEDBACK_REASON = "page feedback form"


# A footer's acknowledgement of the land's first peoples (`chromewords.LAND_ACKNOWLEDGEMENT`:
# "located on the unceded traditional territories of ..."), a note of up to LAND_MAX_WORDS words.
_LAND_ACKNOWLEDGEMENT = TablePattern(chromewords.LAND_ACKNOWLEDGEMENT)
LAND_MAX_WORDS = 70
LAND_MAX_SENTENCES = 3
LAND_REASON = "land acknowledgement (the site's footer note)"


def _land_acknowledgement(b: _Block) -> bool:
    """Whether block `b` is a site's land acknowledgement: up to LAND_MAX_WORDS words and
    LAND_MAX_SENTENCES sentences, one of its phrases among them (`_LAND_ACKNOWLEDGEMENT`). A
    longer paragraph naming unceded land is an article's (a treaty's, a land claim's story).
    Trial 23: a Canadian city's footer note was kept as the service page's last paragraph."""
    if b.words > LAND_MAX_WORDS or b.sentences > LAND_MAX_SENTENCES:
        return False
    return bool(_LAND_ACKNOWLEDGEMENT.search(b.text))


EDITORIAL_NOTICE_MAX_WORDS = 60  # a notice or a pitch: two or three sentences
EDITORIAL_NOTICE_REASON = "the site's notice (its views, position, responsibility or rights)"
PITCH_REASON = "the newsroom's pitch (its journalism and a subscription or a donation)"
COPY_NOTICE_REASON = "legal notice (its texts or pictures not to be copied)"
FUNDING_NOTE_REASON = "advertising or editorial disclosure (who funded or produced the piece)"
_NEWSROOM = chromewords.compile_table(chromewords.NEWSROOM)
_NEWSROOM_KEYS = chromewords.all_keys(chromewords.NEWSROOM_KEYS)
_EDITORIAL_STANCE = chromewords.compile_table(chromewords.EDITORIAL_STANCE)
_NOT_NECESSARILY = chromewords.compile_table(chromewords.NOT_NECESSARILY)
_JOURNALIST = chromewords.compile_table(chromewords.JOURNALIST)
_PAYMENT = chromewords.compile_table(chromewords.PAYMENT)
_REPRODUCTION = chromewords.compile_table(chromewords.REPRODUCTION)
_PROHIBITION = chromewords.compile_table(chromewords.PROHIBITION)
_THIS_PIECE = chromewords.compile_table(chromewords.THIS_PIECE)
_FUNDED_BY = chromewords.compile_table(chromewords.FUNDED_BY)


def _pair_each(first: dict[str, str], *then: dict[str, str]) -> re.Pattern[str]:
    """One pattern that holds where a text names concept `first` and one of `then` in the words of
    one language (lookaheads, a branch a language of `chromewords.LANGUAGES`): the words of one
    language are often another's ("gratuit", "her", "list")."""
    branches = []
    for lang in chromewords.LANGUAGES:
        b = "" if lang in chromewords.NO_SPACES else r"\b"
        other = "|".join(t[lang] for t in then)
        branches.append(rf"(?=[\s\S]*?{b}(?:{first[lang]}))(?=[\s\S]*?{b}(?:{other}))")
    return re.compile("^(?:" + "|".join(branches) + ")", re.I)


# copying and its permission in one language's words: "gratuit" (Romanian "free") is a word of
# an Italian museum's story too ("un'app gratuita"), beside its "riproduzione"
_PERMISSION = _pair_each(chromewords.REPRODUCTION, chromewords.PERMISSION)
AFFILIATE_REASON = "advertising or editorial disclosure (the site's commission on links)"
ADVICE_REASON = "disclaimer (the text is no professional advice)"
_COMMISSION_KEYS = chromewords.all_keys(chromewords.COMMISSION_KEYS)
# English's "commission" in lower case only, not a commissioner: "the Securities and Exchange
# Commission", "EC Agriculture Commissioner Frans Andriessen" are no site's commission (Reuters:
# 25 paragraphs of wire copy were read as affiliate disclosures); and "link" a noun, not "linked",
# "linking", "link-ups" ("payments should be linked to economic performance").
_KEY_FORMS = {
    "commission": r"(?-i:commission)(?!ers?\b)",
    "commissione": r"(?-i:commissione)(?!r)",  # (Italian's, not inside "Commissioner")
    "link": r"link(?!ed\b|ing\b|-?ups?\b|age)",
}
_COMMISSION = re.compile("|".join(_KEY_FORMS.get(k, re.escape(k)) for k in _COMMISSION_KEYS), re.I)
# A link's word in Latin letters starts a word (French "lien" is not inside "clients":
# Reuters-21578's "futures commission merchants ... their clients' accounts" was a notice; the
# other scripts' keys as before, glued to a particle or written without spaces), and an
# economy's links are ties, no page's ("commercial links", "trade links").
_TIES = "commercial economic trade business diplomatic political cultural military close strong".split()
_LINK = re.compile(
    "".join(rf"(?<!{w} )" for w in _TIES)
    + "(?:"
    + "|".join(
        (r"(?<!\w)" if k[:1].isascii() else "") + _KEY_FORMS.get(k, re.escape(k))
        for k in chromewords.all_keys(chromewords.LINK_KEYS)
    )
    + ")",
    re.I,
)
_ADVICE = chromewords.compile_table(chromewords.ADVICE_DISCLAIMER)
# reported speech: a quotation of four words or more (a paper's name in quotes is none), or a
# statement reported as someone's ("Citibank said the filing ...", "OECD officials said"): a
# site's notice about itself reports nobody (Reuters: 20 paragraphs of wire copy were notices)
_SPEECH = re.compile(r"[\"“„«「『]\s*[^\s\"“”„«»「」『』]+(?:\s+[^\s\"“”„«»「」『』]+){3,}\s*[\"”“»」』]")
SANDWICH_MIN_WORDS = 30  # an article's paragraph on each side: the block is the article's own


# The kinds of a site's notice about itself, each read by two concepts in one short block rather
# than by one phrase a wording (trials 28, 31 and 33 wrote the same notice five ways): its reason,
# the concepts of which the block names one (a pattern, and the key stems tested before it; none:
# the pattern alone), and the concept it names too. In this order; the first that holds is taken.
_SITE_NOTICES: tuple[tuple[str, tuple[tuple[re.Pattern[str], tuple[str, ...]], ...], re.Pattern[str] | None], ...] = (
    # the newsroom, or "not necessarily" (an organisation's disclaimer, trial 34), and its views,
    # position, responsibility or reserved rights: "Gastkommentare ... müssen sich nicht mit der
    # Haltung der Redaktion decken", "Redakcja nie ponosi odpowiedzialności za komentarze"
    (
        EDITORIAL_NOTICE_REASON,
        ((_NEWSROOM, _NEWSROOM_KEYS), (_NOT_NECESSARILY, chromewords.NOT_NECESSARILY_KEYS)),
        _EDITORIAL_STANCE,
    ),
    # its journalists or journalism and a subscription or a donation: "Vores journalister er på
    # rådhusene ... Med et digitalt abonnement", "Chaque don nous permet d'envoyer un journaliste"
    (PITCH_REASON, ((_JOURNALIST, chromewords.JOURNALIST_KEYS), (_NEWSROOM, _NEWSROOM_KEYS)), _PAYMENT),
    # copying and a ban or a permission withheld: "写真・記事の無断転載、複製、改変を禁じます"
    (COPY_NOTICE_REASON, ((_REPRODUCTION, chromewords.REPRODUCTION_KEYS),), _PROHIBITION),
    # copying and a permission on terms: "Acest articol poate fi republicat gratuit, integral și
    # fără modificări, cu menționarea sursei" (trial 36), a republishing licence
    (COPY_NOTICE_REASON, ((_REPRODUCTION, chromewords.REPRODUCTION_KEYS),), _PERMISSION),
    # the piece naming itself and its funding or production: "Ce contenu a été produit dans le
    # cadre de l'Initiative de journalisme local, financée par le gouvernement du Canada"
    (FUNDING_NOTE_REASON, ((_THIS_PIECE, ()),), _FUNDED_BY),
    # the site's commission and the links bought through (trial 35): "Om du köper något via
    # länkarna får vi en liten provision", "This post contains affiliate links"
    (AFFILIATE_REASON, ((_COMMISSION, _COMMISSION_KEYS),), _LINK),
    # advice the text is not (`chromewords.ADVICE_DISCLAIMER`, trial 35): "không phải là lời
    # khuyên đầu tư", "not legal advice"; the concept alone (the phrase names both)
    (ADVICE_REASON, ((_ADVICE, chromewords.stems(chromewords.ADVICE_DISCLAIMER)),), None),
)


def _site_notice(blocks: list[_Block], i: int) -> str:
    """The reason of the first of `_SITE_NOTICES` block `i` of `blocks` is ("" if none): a block of
    up to EDITORIAL_NOTICE_MAX_WORDS words, not between two body paragraphs of SANDWICH_MIN_WORDS
    or more (`_apart`), naming both of the kind's concepts, with no reported speech in it. On every
    block of the tuning pages and trials 26-34 the first three pairs were chrome but for one
    disclaimer extraction-dev counts as body (docs/quality.md), and the commission with its links
    and the advice disclaimer were chrome on all 30 blocks that name them (session 31); a story
    about a paper's stance,
    money or a funded study quotes it, runs longer, sits among the story's paragraphs, or does not
    name the piece itself."""
    b = blocks[i]
    if b.words > EDITORIAL_NOTICE_MAX_WORDS or not _apart(blocks, i):  # (cheapest first)
        return ""
    for reason, either, also in _SITE_NOTICES:
        if any(_names(b, pattern, keys) for pattern, keys in either) and (also is None or also.search(b.text)):
            return "" if _SPEECH.search(b.text) or _REPORTED_SPEECH.search(b.text) else reason
    return ""


def _names(b: _Block, pattern: re.Pattern[str], keys: tuple[str, ...]) -> bool:
    """Whether block `b` names a concept: one of `keys` in its lower-cased text (when there are
    keys: the cheap test first), then `pattern` in its text."""
    return (not keys or _has_any(b.low, keys)) and pattern.search(b.text) is not None


def _apart(blocks: list[_Block], i: int) -> bool:
    """Whether block `i` of `blocks` is not between two body paragraphs of SANDWICH_MIN_WORDS
    words or more (indexed blocks; the article's own paragraph sits so)."""
    above = next((blocks[j] for j in range(i - 1, -1, -1) if blocks[j].kind in INDEXED_KINDS), None)
    below = next((blocks[j] for j in range(i + 1, len(blocks)) if blocks[j].kind in INDEXED_KINDS), None)
    return not all(x is not None and x.kind == BODY and x.words >= SANDWICH_MIN_WORDS for x in (above, below))


def _feedback_blocks(blocks: list[_Block], i: int) -> int:
    """How many blocks from `blocks[i]` make a page's feedback form, 0 when it is none: its poll
    question on one line (`_PAGE_FEEDBACK`, FEEDBACK_QUESTION_MAX_WORDS words at most), then up to
    FEEDBACK_FORM_BLOCKS blocks of the form, each the buttons (FEEDBACK_BUTTONS_MAX_WORDS words
    at most, no sentence) or one note of up to FEEDBACK_NOTE_MAX_WORDS words; the form ends
    after both, or at a date line (the page's "Last updated"), a title, byline or caption, a
    longer block, or a second note. Trial 23: a city's and a Dutch municipality's forms were kept as body."""
    b = blocks[i]
    if len(b.lines) != 1 or b.kind in (TITLE, CAPTION):
        return 0
    if b.words > FEEDBACK_QUESTION_MAX_WORDS:  # (the question and the form's messages on its line)
        opens = b.words <= FEEDBACK_QUESTION_MAX_WORDS + FEEDBACK_NOTE_MAX_WORDS and _PAGE_FEEDBACK_OPENS.match(b.text)
        return 1 if opens and _apart(blocks, i) else 0  # (a paragraph between two is the article's question)
    if not _PAGE_FEEDBACK.match(b.text.strip()):
        return 0
    n, notes, buttons = 1, 0, 0
    while n <= FEEDBACK_FORM_BLOCKS and i + n < len(blocks) and not (notes and buttons):
        x = blocks[i + n]
        if x.kind not in (BODY, HEADING, LEAD, BOILERPLATE) or "date" in x.extra or x.words > FEEDBACK_NOTE_MAX_WORDS:
            break
        if x.words > FEEDBACK_BUTTONS_MAX_WORDS or x.sentence_end:
            if notes or len(x.lines) > 2 or x.reason.startswith("date"):
                break
            notes += 1
        else:
            buttons += 1
        n += 1
    return n


def _contact_detail(text: str) -> bool:
    """Whether `text` holds an e-mail address or a telephone number (7+ digits, not a date)."""
    if _EMAIL.search(text):
        return True
    return any(
        sum(c.isdigit() for c in m.group(0)) >= PHONE_MIN_DIGITS and not _DOTTED_DATE.match(m.group(0))
        for m in _PHONE.finditer(text)
    )


def _contact_blocks(blocks: list[_Block], i: int) -> int:
    """How many blocks from `blocks[i]` make a media contact: a block opening with a contact
    label (`_CONTACT_LABEL`, CONTACT_MAX_WORDS words at most) and up to CONTACT_MAX_BLOCKS short
    blocks after it (CONTACT_LINE_MAX_WORDS words a line, no sentence; a block with an e-mail
    address or a telephone number up to CONTACT_MAX_WORDS: "NAME, Communications Office, TOWN.
    Phone ..., press@..."), with an e-mail address or a telephone number among them; 0 when it
    is none. The label may be a line of its own without a colon (`_CONTACT_HEADING`)."""
    b = blocks[i]
    first = b.lines[0].strip()
    if b.words > CONTACT_MAX_WORDS or not (
        _CONTACT_LABEL.match(first) or (len(b.lines) == 1 and _CONTACT_HEADING.match(first))
    ):
        return 0
    n, bio = 1, False
    while n <= CONTACT_MAX_BLOCKS and i + n < len(blocks):
        x = blocks[i + n]
        text = x.kind in (BODY, HEADING, LEAD) or _undecided_drop(x)  # not the title, a byline, a date line
        if text and not bio and _contact_bio(blocks, i + n):
            bio = True
            n += 1
            continue
        short = x.words <= CONTACT_LINE_MAX_WORDS * len(x.lines) or (
            x.words <= CONTACT_MAX_WORDS and _contact_detail(x.text)
        )
        short = short and len(x.lines) <= CONTACT_MAX_BLOCKS
        if not short or not text or x.signal or (x.sentence_end and not _contact_detail(x.text)):
            break
        n += 1
    if not any(_contact_detail(x.text) for x in blocks[i : i + n]):
        return 0
    return n + 1 if _contact_note(blocks, i + n) else n


CONTACT_BIO_MAX_WORDS = 50  # "Steuerberater und Fachberater für ... Er berät seit über 15 Jahren ..."


def _contact_bio(blocks: list[_Block], j: int) -> bool:
    """Whether block `j` of a contact box is its person's few sentences (a role and a line on
    what they do, up to CONTACT_BIO_MAX_WORDS words) with the box's e-mail address or telephone
    number right under them: "Ihr Ansprechpartner" / NAME / bio / "0941 ... kanzlei@..." (trial
    37's tax adviser's page indexed the adviser's bio)."""
    x = blocks[j]
    if not x.sentence_end or x.words > CONTACT_BIO_MAX_WORDS or x.signal or _contact_detail(x.text):
        return False
    nxt = blocks[j + 1] if j + 1 < len(blocks) else None
    return nxt is not None and nxt.words <= CONTACT_MAX_WORDS and not nxt.sentence_end and _contact_detail(nxt.text)


# A contact box's note on when the office answers, right under its names and numbers and over
# the page's next box, not the article's next paragraph ("Unser Presseteam ist werktags von 8 bis
# 18 Uhr für Sie erreichbar.", "Το Γραφείο Τύπου εξυπηρετεί δημοσιογράφους καθημερινά από τις
# 9:00 έως τις 21:00", "Újságírói megkereséseket munkanapokon 8 és 17 óra között fogadunk."; trial
# 34, in six of its twenty pages): a span of clock times (`_TIME_SPAN`: the second time with its
# minutes or its unit, one or two short words or a dash between) in a block of up to
# CONTACT_NOTE_MAX_WORDS words.
CONTACT_NOTE_MAX_WORDS = 45
CONTACT_NOTE_NEXT_PROSE_WORDS = 12  # the article's paragraph after a contact set inside it
_HOUR_UNIT = r"(?:[ap]\.?m\.?|uhr|h|óra|godz\.?|hod\.?|ч\.?|saat)"
_TIME_SPAN = re.compile(
    rf"(?<![\d.:])\d{{1,2}}(?:[:.h]\d\d)?\s?{_HOUR_UNIT}?\s?(?:[-–—]|[^\W\d_]{{1,6}}(?:\s[^\W\d_]{{1,4}})?)\s?"
    rf"\d{{1,2}}(?:[:.h]\d\d\s?{_HOUR_UNIT}?|\s?{_HOUR_UNIT})(?![\d\w])",
    re.I,
)


def _contact_note(blocks: list[_Block], j: int) -> bool:
    """Whether block `j`, right under a media contact, is its note on office hours (a text block of
    at most CONTACT_NOTE_MAX_WORDS words with a span of clock times, `_TIME_SPAN`) and what comes
    next is no paragraph of prose (CONTACT_NOTE_NEXT_PROSE_WORDS+ words ending a sentence): a
    contact set inside an article is followed by the article, whose times ("trains run from 6:00 to
    23:30") are news."""
    if j >= len(blocks):
        return False
    b = blocks[j]
    if b.kind not in (BODY, LEAD) or b.words > CONTACT_NOTE_MAX_WORDS or not _TIME_SPAN.search(b.text):
        return False
    nxt = next((x for x in blocks[j + 1 :] if x.kind in (BODY, LEAD, HEADING)), None)
    return nxt is None or not (nxt.kind == BODY and nxt.sentence_end and nxt.words >= CONTACT_NOTE_NEXT_PROSE_WORDS)


# An editor's note left in a draft or an export, a whole paragraph in square brackets opened by
# its label in capitals, the newsroom convention for notes to the desk that are not to be
# printed: "[EDITOR NOTE: confirm ...]", "[NOTE TO EDITORS: ...]", "[ED: ...]", "[TK: quote from
# ...]" ("to come"), "[CORRECTION NEEDED]", "[FACT CHECK]"; German "[ANM. D. RED.: ...]",
# "[HINWEIS AN DIE REDAKTION: ...]", French "[NOTE À LA RÉDACTION ...]", "[À VÉRIFIER]", Spanish
# "[NOTA PARA EDICIÓN: ...]", "[POR CONFIRMAR]", Italian "[NOTA PER LA REDAZIONE ...]", "[DA
# VERIFICARE]", Portuguese "[NOTA PARA A REDAÇÃO ...]", Dutch "[NOOT VOOR DE REDACTIE ...]".
# Labels written by hand from those conventions; in capitals only (case-sensitive): a published
# "[Editor's note: this story was updated ...]" is for the reader, and an editor's insertion in a
# quote ("[the minister]") has no label. A paragraph that is only "TK" (or "TKTK") is a
# placeholder for text to come. Trial 12: two such notes of a Google Docs export indexed as body.
_EDITOR_LABELS = (
    r"EDITOR'?S?'? NOTE|EDITORS'? NOTE|ED\.? NOTE|EDS?\.?|NOTE TO (?:THE )?(?:EDITORS?|EDS\.?|DESK|COPY ?DESK|SUBS)|"
    r"NOTES? FOR (?:THE )?(?:EDITORS?|DESK)|NOTE|NB|TK|TKTK|CORRECTION NEEDED|NEEDS? (?:CHECK(?:ING)?|SOURCE|CONFIRMATION|LINK)|"
    r"FACT[- ]?CHECK(?:ING)?(?: NEEDED)?|CHECK(?: THIS)?|CONFIRM|TO CONFIRM|VERIFY|TO COME|QUERY|PLACEHOLDER|TODO|TBC|"
    r"ANM(?:\.|ERKUNG)(?: D(?:\.|ER) ?RED(?:\.|AKTION))?|HINWEIS (?:AN|FÜR) (?:DIE )?REDAKTION|NOTIZ|PRÜFEN|ZITAT FOLGT|"
    r"NOTE (?:À|A|DE) LA RÉDACTION|À VÉRIFIER|A VERIFIER|VÉRIFIER|À COMPLÉTER|"
    r"NOTA (?:PARA|AL|DEL|DE) (?:LA )?(?:EDITOR|EDICIÓN|REDACCIÓN|EDITORES)|POR CONFIRMAR|POR VERIFICAR|"
    r"NOTA (?:PER LA|DELLA|ALLA) REDAZIONE|DA VERIFICARE|"
    r"NOTA (?:PARA A|DA) (?:REDAÇÃO|EDIÇÃO)|A CONFIRMAR|"
    r"NOOT (?:VOOR|VAN) DE (?:REDACTIE|EINDREDACTIE)|NAVRAGEN"
)
_EDITOR_NOTE = re.compile(rf"^\[\s*(?:{_EDITOR_LABELS})\s*(?:[:：—–-][^\[\]]*)?\]$|^(?:TK|TKTK|TK TK)$")
EDITOR_NOTE_REASON = "editor's note"
EDITOR_NOTE_MAX_CHARS = 600  # a note to the desk is a line or two


def _editor_note(text: str) -> bool:
    """Whether `text` (a whole paragraph, its lines joined) is an editor's note left in a draft or
    a placeholder for text to come (`_EDITOR_NOTE`), never article text."""
    line = " ".join(text.split())
    return len(line) <= EDITOR_NOTE_MAX_CHARS and bool(_EDITOR_NOTE.match(line))


# A recipe card's furniture, kept by an extractor as text among the recipe's ingredients and steps
# (trial 12: "Pin this recipe for later!", "Nutrition: Calories 412kcal | Protein 28g | Fat
# 24g"). Written by hand from the recipe plugins' labels (WP Recipe Maker, Tasty, Mediavine
# Create) and their translations in the project's languages.
# - its buttons: "Jump to Recipe", "Print Recipe", "Pin this recipe for later!", "Rate this
#   recipe", "Save Recipe", "Rezept drucken", "Imprimer la recette", "Imprimir receta", ...;
_RECIPE_BUTTON = (
    r"(?:jump|skip|go|scroll) to (?:the )?recipe|(?:print|pin|save|rate|review|share|email|e-mail|bookmark|"
    r"print and save|save and print)(?: (?:this|the|my))? recipe(?: (?:card|for later|now))?|"
    r"zum rezept(?: springen)?|rezept (?:drucken|merken|speichern|bewerten|teilen|pinnen)|"
    r"(?:aller|passer|sauter) à la recette|(?:imprimer|épingler|enregistrer|noter|partager) (?:la |cette )?recette|"
    r"(?:ir|saltar) a la receta|(?:imprimir|guardar|valorar|puntuar|compartir) (?:la |esta )?receta|"
    r"(?:vai|salta) alla ricetta|(?:stampa|salva|valuta|condividi) (?:la |questa )?ricetta|"
    r"(?:ir|pular) para a receita|(?:imprimir|salvar|avaliar) (?:a |esta )?receita|"
    r"naar (?:het )?recept|recept (?:afdrukken|printen|opslaan|beoordelen)"
)
_RECIPE_BUTTONS = re.compile(rf"^(?:(?:{_RECIPE_BUTTON})[!.]?(?:\s*[|·•]\s*|\s+|$))+$", re.I)
# - its nutrition facts: a label ("Nutrition:", "Nutrition Facts", "Nährwerte", "Valeurs
#   nutritionnelles", "Información nutricional", "Valori nutrizionali", "Voedingswaarde") or
#   NUTRITION_MIN_ITEMS amounts of a nutrient ("Calories 412kcal", "28 g Eiweiß", "Fat: 24g");
_NUTRITION_LABEL = re.compile(
    r"^(?:nutrition(?:al)?(?: facts| information| info| per serving| values?)?|nährwerte?(?: pro portion)?|"
    r"valeurs? nutritionnelles?|informaci[oó]n nutricional|valori nutrizionali|informa[cç][aã]o nutricional|"
    r"voedingswaarden?)\b",
    re.I,
)
_NUTRIENT = (
    r"calories|calorie|kcal|cal|kalorien|energie|energy|protein|proteins|eiweiß|eiweiss|protéines|proteínas|proteine|"
    r"fat|fats|saturated fat|fett|lipides|grasas|grassi|gorduras|carbohydrates?|carbs|kohlenhydrate|glucides|"
    r"carbohidratos|carboidrati|hidratos de carbono|sugars?|zucker|sucres|azúcares|zuccheri|fib(?:er|re)|"
    r"ballaststoffe|fibres|fibra|sodium|natrium|salt|salz|sel|sal|sale|cholesterol"
)
# nutrients no ingredient list names ("200 g sugar, 5 g salt" is one), for amounts written first
_NUTRIENT_ONLY = (
    r"protein|proteins|eiweiß|eiweiss|protéines|proteínas|proteine|carbohydrates?|carbs|kohlenhydrate|glucides|"
    r"carbohidratos|carboidrati|ballaststoffe|lipides|saturated fat|gesättigte fettsäuren"
)
_NUTRIENT_AMOUNT = keyscan.compile_gated(
    rf"\b(?:{_NUTRIENT})\s*:?\s*\d[\d.,]*\s*(?:kcal|kj|mg|g|cal)?\b|"
    rf"\b\d[\d.,]*\s*(?:kcal|kj)\b|\b\d[\d.,]*\s*(?:mg|g)\s+(?:{_NUTRIENT_ONLY})\b",
    re.I,
    name="furniture._NUTRIENT_AMOUNT",
)
NUTRITION_MIN_ITEMS = 3
# - its times, servings and categories: "Prep Time 15 mins Cook Time 40 mins Servings 4",
#   "Course: Dinner Cuisine: Italian", "Zubereitungszeit 20 Min. Portionen 4".
_RECIPE_META = re.compile(
    r"\b(?:prep(?:aration)? time|cook(?:ing)? time|total time|rest(?:ing)? time|bake time|servings|serves|yield|"
    r"course|cuisine|keyword|difficulty|"
    r"zubereitungszeit|arbeitszeit|kochzeit|backzeit|ruhezeit|gesamtzeit|portionen|schwierigkeit|"
    r"temps de (?:préparation|cuisson|repos)|temps total|portions|difficulté|"
    r"tiempo de (?:preparación|cocción|reposo)|tiempo total|raciones|porciones|dificultad|"
    r"tempo di (?:preparazione|cottura|riposo)|tempo totale|porzioni|difficoltà|"
    r"tempo de (?:preparo|preparação|cozimento)|tempo total|porções|rendimento|"
    r"bereidingstijd|kooktijd|porties)\b\s*:?",
    re.I,
)
RECIPE_META_MIN_LABELS = 2
RECIPE_LINE_MAX_WORDS = 5  # one label and its value on a line of its own: "Prep Time: 15 minutes"
RECIPE_CARD_MAX_WORDS = 40
RECIPE_CARD_REASON = "recipe card"


def _recipe_card_label(b: _Block) -> str:
    """`RECIPE_CARD_REASON (WHAT)` for a short block of a recipe card's furniture: its buttons
    (`_RECIPE_BUTTONS`), its nutrition facts (`_NUTRITION_LABEL` over nutrient amounts, or
    NUTRITION_MIN_ITEMS amounts, `_NUTRIENT_AMOUNT`) or its times, servings and categories
    (RECIPE_META_MIN_LABELS labels of `_RECIPE_META`, or one opening a line of at most
    RECIPE_LINE_MAX_WORDS words and followed by a colon or a figure, no sentence); "" for any other block. The
    recipe's ingredients and steps are its text and stay."""
    if b.words > RECIPE_CARD_MAX_WORDS:
        return ""
    line = " ".join(b.text.split())
    if b.words <= 12 and _RECIPE_BUTTONS.match(line):
        return f"{RECIPE_CARD_REASON} (button)"
    amounts = len(_NUTRIENT_AMOUNT.findall(line))
    if (amounts >= 1 and _NUTRITION_LABEL.match(line)) or (amounts >= NUTRITION_MIN_ITEMS and not b.sentence_end):
        return f"{RECIPE_CARD_REASON} (nutrition facts)"
    if b.sentence_end:
        return ""
    labels = list(_RECIPE_META.finditer(line))
    # several labels, or one opening a line of its value alone ("Servings: 4", "Course: Dessert")
    if len(labels) >= RECIPE_META_MIN_LABELS or (
        labels
        and labels[0].start() == 0
        and (labels[0].group(0).endswith(":") or line[labels[0].end() :][:1].isdigit())
        and len(b.lines) == 1
        and 2 <= len(line.split()) <= RECIPE_LINE_MAX_WORDS
    ):
        return f"{RECIPE_CARD_REASON} (times, servings and categories)"
    if amounts and len(b.lines) == 1 and len(line.split()) <= RECIPE_LINE_MAX_WORDS and _NUTRIENT_AMOUNT.match(line):
        return f"{RECIPE_CARD_REASON} (nutrition facts)"  # "Calories: 158 kcal" on its own line
    return ""


def _mark_page_furniture(blocks: list[_Block]) -> None:
    """Furniture inside the article kept as its text: a reading time, a gift-article label, a
    price line or note, a recipe-card pointer (`_furniture_label`), a relative time ("3m ago",
    `_relative_time_line`) and a media contact
    (`_contact_blocks`), an editor's note left in a draft (`_editor_note`) and a recipe card's
    buttons, nutrition facts and times (`_recipe_card_label`) are BOILERPLATE
    with their reason, also where the rules or the block model dropped them for a vaguer one.
    Plain text and HTML alike."""
    i = 0
    while i < len(blocks):
        b = blocks[i]
        vague = b.kind == BOILERPLATE and (b.reason.startswith(_LABEL_VAGUE) or b.reason.endswith("(block model)"))
        # a run of blocks that is one box: a media contact's, else a feedback form's
        n = _contact_blocks(blocks, i) if b.kind in (BODY, HEADING, LEAD) or vague else 0
        box = CONTACT_REASON if n else FEEDBACK_REASON
        n = n or _feedback_blocks(blocks, i)
        if n:
            why = f"{box} ('{_quoted(b.lines[0])}')"
            for x in blocks[i : i + n]:
                x.kind, x.reason = BOILERPLATE, why
            i += n
            continue
        label = _furniture_label(b) if (b.kind in (BODY, HEADING, LEAD) or vague) and "md" not in b.extra else ""
        if not label and (b.kind in (BODY, HEADING, LEAD) or vague) and _record_line(b):
            label = RECORD_LINE_REASON
        if not label and (b.kind in (BODY, HEADING, LEAD) or vague) and _rating_line(b):
            label = RATING_REASON  # a product's stars over its description, a review's
        if not label and (b.kind in (BODY, HEADING) or vague) and _relative_time_line(b.text):
            label = RELATIVE_TIME_REASON  # a post's "3m ago" under its time stamp
        if not label and (b.kind in (BODY, HEADING) or vague) and _comment_header(b.text):
            label = COMMENT_HEADER_REASON
        if not label and (b.kind in (BODY, HEADING, LEAD, CAPTION) or vague) and _is_browser_notice(b):
            label = BROWSER_NOTICE_REASON  # (the block model reads such a notice as prose)
        if not label and (b.kind in (BODY, HEADING, LEAD, CAPTION) or vague) and _editor_note(b.text):
            label = EDITOR_NOTE_REASON
        if not label and (b.kind in (BODY, HEADING, LEAD) or vague):
            label = _recipe_card_label(b)
        if not label and (b.kind in (BODY, HEADING, LEAD) or vague):
            label = _platform_line(b)
        if not label and (b.kind in (BODY, HEADING, LEAD) or vague) and _site_notes(b):
            label = SITE_NOTE_REASON
        if not label and b.kind in (BODY, LEAD) and _land_acknowledgement(b):
            label = LAND_REASON
        if not label and b.kind in (BODY, LEAD):
            label = _site_notice(blocks, i)
        if label:
            b.kind, b.reason = BOILERPLATE, label
            if _sponsor_label_alone(b) and i + 1 < len(blocks) and _sponsor_copy(blocks[i + 1]):
                i += 1  # the sponsor's copy under its label: "Orchard Lane Roasters. Small-batch coffee ..."
                blocks[i].kind, blocks[i].reason = BOILERPLATE, label
        i += 1
    _mark_testimonials(blocks)
    _mark_office_hours(blocks)
    _mark_taglines(blocks)
    _mark_after_feedback(blocks)


# A page's feedback poll ("Was this page helpful?", `_feedback_blocks`) closes its text: a public
# body's CMS prints it under the content, then the side column (contact card, agenda, latest news
# with their blurbs) and the footer. Trial 25: a French town hall's agenda and news blurbs after
# the form were kept as text in plain text. Only once most of the page's text is above the form.
AFTER_FEEDBACK_REASON = "after the page's feedback form (the page's side column and footer)"


def _mark_after_feedback(blocks: list[_Block]) -> None:
    """Every body, heading, lead and caption block after a page's feedback form is BOILERPLATE
    (AFTER_FEEDBACK_REASON), when the indexed words above the form outnumber those below it."""
    form = [i for i, b in enumerate(blocks) if b.reason.startswith(FEEDBACK_REASON)]
    if not form:
        return
    kept = (BODY, HEADING, LEAD, CAPTION)
    above = sum(b.words for b in blocks[: form[0]] if b.kind in kept)
    below = [b for b in blocks[form[-1] + 1 :] if b.kind in kept]
    if not below or above <= sum(b.words for b in below):
        return
    for b in below:
        b.kind, b.reason = BOILERPLATE, AFTER_FEEDBACK_REASON


# A site's notes about itself, old sites' and printouts' furniture (trial 18: body on a 2003 home
# page, a club's 2005 page and a print view): where a printout came from, with the site's host
# ("Printed from example.com", "Gedruckt von ...", "Wydrukowano z ..."); a hit counter's line
# ("You are visitor number", "Sie sind Besucher Nr. 4817", "Látogatók: 184 233", "Viewed 412
# times"); the browser and screen it is best seen on, named ("Best viewed with Internet Explorer
# 6 at 800x600", "Optimiert für 1024x768"). Each with its evidence: a host, a count or its label
# alone, a browser or a resolution. The phrases of every language of `chromewords.LANGUAGES`
# (`chromewords.PRINTED_FROM`, `HIT_COUNTER`, `BEST_VIEWED`), one pattern a language, searched
# only in the languages whose key words (`chromewords.SITE_NOTE_KEYS`) the block holds.
_BROWSER = r"(?:\d{3,4}\s?[x×]\s?\d{3,4}|internet explorer|netscape|firefox|chrome|safari|opera|msie)"


def _site_note_pattern(lang: str) -> re.Pattern[str]:
    """Language `lang`'s pattern of a site's note about itself (`_site_note_line`)."""
    end = "" if lang in chromewords.NO_SPACES else r"\b"
    return re.compile(
        rf"^\W{{0,3}}(?:(?:{chromewords.PRINTED_FROM[lang]})\s*:?\s*(?:https?://)?[\w-]+(?:\.[\w-]+)+\S*\s*$|"
        rf"(?:{chromewords.HIT_COUNTER[lang]})(?:\s*#?\d[\d.,]*)?\W*$)|"
        rf"^\W{{0,3}}(?:{chromewords.BEST_VIEWED[lang]}){end}.{{0,80}}{_BROWSER}",
        re.I,
    )


_SITE_NOTE = {lang: _site_note_pattern(lang) for lang in chromewords.LANGUAGES}
_SITE_NOTE_KEYS = chromewords.key_languages(chromewords.SITE_NOTE_KEYS)
# Chinese, Japanese and Korean keys are found as substrings (a word there carries its particles)
_SUBSTRING_KEY_LANGUAGES = ("zh", "ja", "ko")


def _substring_keys(table: Mapping[str, tuple[str, ...]]) -> re.Pattern[str]:
    """One prefix-tree pattern of the keys of `table`'s languages written without spaces between
    words or with particles glued on (`_SUBSTRING_KEY_LANGUAGES`)."""
    return re.compile(trie_alternation(k for lang in _SUBSTRING_KEY_LANGUAGES for k in table[lang]))


_SITE_NOTE_SUBSTRING_KEY = _substring_keys(chromewords.SITE_NOTE_KEYS)


def _key_languages(
    tokens: list[str], low: str, keys: Mapping[str, tuple[str, ...]], substring: re.Pattern[str]
) -> list[str]:
    """The languages (once each, in first-found order) whose key words a block holds: its words
    (`tokens`) looked up in `keys` (`chromewords.key_languages`), and, for a text not all ASCII,
    the substrings of `substring` in its lower-cased text `low`. A set look-up a word, never a
    scan of every language's phrases."""
    found = [keys[t] for t in tokens if t in keys]
    if not low.isascii():
        found += [keys[k] for k in substring.findall(low)]
    return list(dict.fromkeys(lang for langs in found for lang in langs))


def _site_note_line(line: str, langs: list[str] | None = None) -> bool:
    """Whether `line` is a site's note about itself (`_SITE_NOTE`) in one of `langs` (None: the
    languages of its own key words)."""
    if langs is None:
        langs = _key_languages(_WORD.findall(line.lower()), line.lower(), _SITE_NOTE_KEYS, _SITE_NOTE_SUBSTRING_KEY)
    return any(_SITE_NOTE[lang].search(line) for lang in langs)


_DATE_ALONE = re.compile(r"^[^.!?]{0,30}\b(?:19|20)\d\d\b[^.!?]{0,12}$")
SITE_NOTE_MAX_WORDS = 25
SITE_NOTE_REASON = "site note (printed from, hit counter, best viewed with)"


def _site_notes(b: _Block) -> bool:
    """Whether block `b` is a site's notes about itself (`_site_note_line`), a line each, up to
    SITE_NOTE_MAX_WORDS words, a date alone beside them (a printout's "Friday, 14 November 2025")."""
    if b.words > SITE_NOTE_MAX_WORDS:
        return False
    langs = _key_languages(b.tokens, b.low, _SITE_NOTE_KEYS, _SITE_NOTE_SUBSTRING_KEY)
    if not langs:
        return False
    lines = [ln.strip(_LINE_STRIP) for ln in b.lines if ln.strip(_LINE_STRIP)]
    notes = [_site_note_line(ln, langs) for ln in lines]
    return any(notes) and all(n or _DATE_ALONE.match(ln) for n, ln in zip(notes, lines))


# A town hall's, a shop's or a practice's office hours as a box of their own beside the article
# ("Amtsstunden / Mo–Fr: 8.00–12.00 Uhr / Di: 14.00–18.00 Uhr / Parteienverkehr nach
# Vereinbarung", "Ügyfélfogadás / Hétfő: 8:00–12:00, 13:00–16:00 / ..."; trial 18: body on two
# municipalities' pages): OFFICE_HOURS_MIN lines of a label and a span of clock times
# (`_HOURS_LINE`, any language: the times are the evidence), the rest a heading and a note of up
# to OFFICE_NOTE_MAX_WORDS words each, before the page's first paragraph of prose or after its
# last (opening hours an article reports stand among its paragraphs).
_CLOCK = r"\d{1,2}(?:[:.]\d\d\s?(?:[ap]\.?m\.?|uhr|h)?|\s?(?:[ap]\.?m\.?|uhr|h))"
_HOURS_LINE = re.compile(rf"^[^\d:]{{1,30}}:?\s+{_CLOCK}\s?(?:[-–—]|bis|to|à|a|até|tot|do|до)\s?{_CLOCK}", re.I)
OFFICE_HOURS_MIN = 2
OFFICE_NOTE_MAX_WORDS = 8
OFFICE_HOURS_MAX_WORDS = 60
OFFICE_HOURS_REASON = "office hours (a box beside the article)"


def _office_hours(b: _Block) -> bool:
    """Whether block `b` is a box of office hours (OFFICE_HOURS_REASON): OFFICE_HOURS_MIN lines
    of `_HOURS_LINE`, at most two other lines, each up to OFFICE_NOTE_MAX_WORDS words."""
    if b.words > OFFICE_HOURS_MAX_WORDS:
        return False
    hours = [bool(_HOURS_LINE.match(ln.strip())) for ln in b.lines if ln.strip()]
    others = [ln for ln, h in zip((ln for ln in b.lines if ln.strip()), hours) if not h]
    return (
        sum(hours) >= OFFICE_HOURS_MIN
        and len(others) <= 2
        and all(count_words(ln) <= OFFICE_NOTE_MAX_WORDS for ln in others)
    )


def _mark_office_hours(blocks: list[_Block]) -> None:
    """Boxes of office hours (`_office_hours`) before the first body block of prose or after the
    last are BOILERPLATE (OFFICE_HOURS_REASON)."""
    prose = [
        i
        for i, b in enumerate(blocks)
        if b.kind in (BODY, LEAD) and b.words >= 15 and (b.sentence_end or b.sentences > 1)
    ]
    if not prose:
        return
    for i, b in enumerate(blocks):
        if (i < prose[0] or i > prose[-1]) and b.kind in (BODY, HEADING, LEAD) and _office_hours(b):
            b.kind, b.reason = BOILERPLATE, OFFICE_HOURS_REASON


# A site's tagline under its name, over the page's text: how long it has been there ("Ferien-
# wohnungen am See · seit 1968", "Family bakers since 1921", "Est. 1968", "Gegründet 1872") or
# that it is the official site ("Official website · X County", "Offizielle Website der Gemeinde
# X", "Site officiel de la commune", "Hivatalos honlap"); trial 18: body on a holiday flat's and a
# village's pages. A line of up to TAGLINE_MAX_WORDS words, no sentence, before the first
# paragraph of prose. Every language of `chromewords.LANGUAGES` (`chromewords.SINCE_YEAR`,
# `OFFICIAL_SITE`), searched only in the languages of the line's key words (`TAGLINE_KEYS`).


def _tagline_pattern(lang: str) -> re.Pattern[str]:
    """Language `lang`'s pattern of a site's tagline (`_tagline_line`): the year it began at the
    line's end, after a separator or a space (glued on in a script without spaces), or "official
    site" at the line's start or after a separator (or, without spaces, at its end)."""
    since, official = chromewords.SINCE_YEAR[lang], chromewords.OFFICIAL_SITE[lang]
    if lang in chromewords.NO_SPACES:
        return re.compile(rf"(?:{since})\s*$|(?:^|[·|•–—-]\s*)(?:{official})|(?:{official})\s*$", re.I)
    return re.compile(rf"(?:^|[·|•–—-]\s*|\s)(?:{since})\s*$|(?:^|[·|•–—-]\s*)(?:{official})\b", re.I)


_TAGLINE = {lang: _tagline_pattern(lang) for lang in chromewords.LANGUAGES}
_TAGLINE_KEYS = chromewords.key_languages(chromewords.TAGLINE_KEYS)
_TAGLINE_SUBSTRING_KEY = _substring_keys(chromewords.TAGLINE_KEYS)


def _tagline_line(line: str) -> bool:
    """Whether one line of text is a site's tagline (`_TAGLINE` of the languages of its key words)."""
    low = line.lower()
    langs = _key_languages(_WORD.findall(low), low, _TAGLINE_KEYS, _TAGLINE_SUBSTRING_KEY)
    return any(_TAGLINE[lang].search(line) for lang in langs)


TAGLINE_MAX_WORDS = 10
TAGLINE_REASON = "site tagline (under its name)"


def _mark_taglines(blocks: list[_Block]) -> None:
    """A site's tagline (`_tagline_line`: one line of up to TAGLINE_MAX_WORDS words, no sentence's end)
    before the page's first body block of prose is BOILERPLATE (TAGLINE_REASON)."""
    for b in blocks:
        if b.kind in (BODY, LEAD) and b.words >= 15 and b.sentence_end:
            return
        if (
            b.kind in (BODY, HEADING, LEAD)
            and len(b.lines) == 1
            and b.words <= TAGLINE_MAX_WORDS
            and not b.sentence_end
            and _tagline_line(b.text.strip())
        ):
            b.kind, b.reason = BOILERPLATE, TAGLINE_REASON


# Guests' or customers' words quoted under a rental's or a shop's text, each a block in quotation
# marks and then a line saying who and when ("„Traumhafter Blick ...!"" / "Anna & Jo aus Köln,
# Mai 2025"; "“Lovely stay ...”" / "— The Clarks, Leeds, June 2024"): no text of the page, and the
# names in them no people of it (trial 18: a holiday flat's "Das sagen unsere Gäste", body). The
# quotation marks and a year are the evidence, in any language; TESTIMONIALS_MIN pairs in a row
# after the page's prose and with no prose after them (an article's quotes go on with its text).
_QUOTED = re.compile(r"^[\"„“”«»‚‘'「『‹›].{10,}[\"“”«»‘’'」』‹›][.!?…]?$", re.S)
_ATTRIBUTION_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
TESTIMONIALS_MIN = 2
ATTRIBUTION_MAX_WORDS = 10
TESTIMONIAL_REASON = "testimonials (customers' or guests' words, who and when)"


def _testimonial_at(blocks: list[_Block], i: int) -> bool:
    """Whether blocks `i` and `i + 1` are a quoted testimonial (`_QUOTED`, a whole block in
    quotation marks) and its attribution (one line of up to ATTRIBUTION_MAX_WORDS words with a
    year, `_ATTRIBUTION_YEAR`, not itself quoted)."""
    if i + 1 >= len(blocks):
        return False
    q, a = blocks[i], blocks[i + 1]
    line = a.text.strip()
    return (
        q.kind != TITLE
        and bool(_QUOTED.match(" ".join(q.text.split())))
        and len(a.lines) == 1
        and a.words <= ATTRIBUTION_MAX_WORDS
        and not _QUOTED.match(line)
        and bool(_ATTRIBUTION_YEAR.search(line))
    )


def _mark_testimonials(blocks: list[_Block]) -> None:
    """Runs of TESTIMONIALS_MIN+ testimonials (`_testimonial_at`) after a body block of prose,
    with no body block of prose after the run, are BOILERPLATE (TESTIMONIAL_REASON), and so is
    a heading right over the run."""
    prose = [i for i, b in enumerate(blocks) if b.kind in (BODY, LEAD) and b.sentence_end and b.words >= 15]
    i = 0
    while i < len(blocks):
        end = i
        while _testimonial_at(blocks, end):
            end += 2
        if (end - i) // 2 >= TESTIMONIALS_MIN and prose and prose[0] < i and prose[-1] < end:
            start = i - 1 if blocks[i - 1].kind == HEADING else i  # "What our guests say": heads nothing else
            for b in blocks[start:end]:
                b.kind, b.reason = BOILERPLATE, TESTIMONIAL_REASON
        i = max(end, i + 1)


# A page's record line: who wrote and who published it and how often it was read, "Label: value"
# items split by bars or lines, one of them a view counter ("Wytworzył: NAME | Opublikował: NAME |
# Liczba odsłon: 1204", a Polish public register's; "Autor: NAME | Zugriffe: 318"; trial 15: body).
_VIEW_COUNTER = re.compile(
    r"^(?:views|page views|hits|reads|zugriffe|aufrufe|seitenaufrufe|gelesen|vues|lectures|visitas|"
    r"visualizaciones|lecturas|visite|visualizzazioni|letture|weergaven|bekeken|liczba (?:odsłon|wyświetleń)|"
    r"odsłon[ya]?|wyświetle(?:nia|ń)|просмотр(?:ы|ов)|görüntülenme|okunma|visualizações|leituras)\s*:\s*\d[\d.,  ]*$",
    re.I,
)
_RECORD_ITEM = re.compile(r"^[^\W\d][\w.]{0,20}(?: [\w.]{1,20})?:\s*\S[^:]{0,60}$")  # a label of one or two words
RECORD_LINE_MAX_WORDS = 30
RECORD_LINE_REASON = "page record (its authors, dates or view count)"


def _record_line(b: _Block) -> bool:
    """Whether `b` is a page's record line: up to RECORD_LINE_MAX_WORDS words of "Label: value"
    items (`_RECORD_ITEM`, split by bars, bullets or lines), one a view counter (`_VIEW_COUNTER`)."""
    if b.words > RECORD_LINE_MAX_WORDS or ":" not in b.text:
        return False
    items = [x.strip() for ln in b.lines for x in _BAR_PARTS.split(ln.strip(_LINE_STRIP)) if x.strip()]
    return any(_VIEW_COUNTER.match(x) for x in items) and all(_RECORD_ITEM.match(x) for x in items)


# A rating: a row of stars ("★★★☆☆", "★★★★½") or a score out of five ("4,6 von 5 Sternen",
# "4.5 out of 5 stars", "4,5 uit 5", "4,5 sur 5", "4,5 de 5", "4,5 su 5", "4,5 z 5", "4,5 из 5").
# Under a product's description it opens the customer reviews (their summary, or a review's own
# stars), which are no part of the page's text, nor their authors and dates its byline and date
# (trial 15: two shops' reviews, their "War diese Bewertung hilfreich?" polls and star rows body,
# "Von Jörg aus Pirna am 02.09.2025" the byline).
_RATING_OF_5 = r"\s?(?:/\s?5|(?:von|out of|of|uit|van|sur|de|su|z|из)\s5)\b"
RATING = re.compile(
    r"^\W{0,2}(?:[★☆✩⭐]\s?){3,5}½?|"
    # WooCommerce's review line, with its verb and no stars' word: "Rated 4 out of 5", "Bewertet
    # mit 4 von 5", "Noté 4 sur 5", "Valorado con 4 de 5", "Valutato 4 su 5" (trial 50: a shop's
    # three reviews kept as body under "Rated 5 out of 5")
    rf"^\W{{0,2}}(?:rated|bewertet mit|noté|notée|valorado con|valorada con|valutato|beoordeeld met|avaliado)\s[0-5](?:[.,]\d+)?{_RATING_OF_5}|"
    rf"\b[0-5][.,]\d{_RATING_OF_5}|"  # a score has its decimal: "Part 2 of 5" is none
    rf"\b[0-5]{_RATING_OF_5}\s(?:sternen?|stars?|étoiles|estrellas|stelle|sterren|gwiazd\w*|звезд\w*)",
    re.I,
)
RATING_LINE_MAX_WORDS = 20
RATING_REASON = "customer reviews (a rating)"
REVIEWS_REASON = "customer reviews (a rating after the text)"


def _rating_line(b: _Block) -> bool:
    """Whether `b` is a rating's line or two (`RATING`: stars, "4,6 von 5 Sternen"), up to
    RATING_LINE_MAX_WORDS words."""
    return len(b.lines) <= 2 and b.words <= RATING_LINE_MAX_WORDS and bool(RATING.search(b.lines[0]))


# A customer review's own lines, as the big marketplaces print them under its stars and title
# (Amazon's storefronts, in their languages; other shops' "Verified Buyer" and "Was this review
# helpful?"): where it was written and when ("Reviewed in the United Kingdom on 3 March 2025",
# "Rezension aus Deutschland vom 3. März 2025", "Commenté en France le 3 mars 2025", "Revisado en
# España el ...", "Recensito in Italia il ...", "Beoordeeld in Nederland op ...", "Zrecenzowano w
# Polsce dnia ...", "Recenserad i Sverige den ...", "Avaliado no Brasil em ..."; a line with a
# year), the mark of a verified purchase, how many found it helpful ("14 people found this
# helpful", "14 Personen fanden diese Informationen hilfreich", "Une personne a trouvé cela
# utile", "A 3 personas les ha parecido esto útil", "14 mensen vonden dit nuttig", "14 osób uznało
# to za pomocne"), the poll asking so, and its buttons ("Helpful | Report", "Nützlich | Melden").
# Trial 16: a marketplace's reviews copied as text were the article, "Verified Purchase" an org.
_REVIEWED_IN = re.compile(
    r"^(?:reviewed|rated|rezension|bewertet|commenté|évalué|revisado|calificado|valorado|recensito|beoordeeld|"
    r"zrecenzowano|oceniono|recenserad|anmeldt|arvosteltu|avaliado|recenzováno)\b.{0,60}\b(?:1[89]|20)\d\d\b|"
    r"\b(?:1[89]|20)\d\d\b.{0,60}(?:değerlendirildi|レビュー済み)$",
    re.I,
)
_VERIFIED = re.compile(
    r"\b(?:verified (?:purchase|buyer|owner|customer|review)|verifizierte[rn]? (?:kauf|käufer(?:in)?|bewertung)|"
    r"(?:achat|acheteur|acheteuse|avis) vérifiée?|compra verificada|comprador verificado|acquisto verificato|"
    r"acquirente verificato|geverifieerde (?:aankoop|koper)|(?:zweryfikowany|potwierdzony) zakup|verifierat köp|"
    r"verificeret køb|verifisert kjøp|doğrulanmış alışveriş|подтвержденная покупка)\b",
    re.I,
)
_HELPFUL = re.compile(
    r"\b(?:helpful|hilfreich|nützlich|utile|útil|nuttig|pomocn\w*|przydatn\w*|till hjälp|hyödyllinen|faydalı|полезн\w*)",
    re.I,
)
_VOTERS = re.compile(
    r"\b(?:people|person|personen|personnes?|personas?|persone|mensen|persoon|osób|osoby|osoba|personer|"
    r"pessoas?|henkilö\w*|kişi|человек\w*|one|eine|une|una|uma|eén|jedna)\b",
    re.I,
)
_REVIEW_BUTTON = re.compile(
    r"^(?:helpful|report(?: abuse| review)?|nützlich|hilfreich|melden|missbrauch melden|utile|signaler(?: un abus)?|"
    r"útil|denunciar(?: abuso)?|informar(?: de un abuso)?|segnala(?: un abuso)?|nuttig|rapporteren|misbruik melden|"
    r"przydatne|zgłoś(?: nadużycie)?|användbar|rapportera|faydalı|bildir|полезно|пожаловаться|"
    r"yes|no|ja|nein|oui|non|sí|si|nee|tak|nie)(?: \(\d+\))?$",
    re.I,
)
REVIEW_MARK_MAX_WORDS = 14


def review_mark(line: str) -> bool:
    """Whether `line` is one of a customer review's own lines (no review's text): where and when
    it was written (`_REVIEWED_IN`, with a year), its verified-purchase mark (`_VERIFIED`, also
    in a line of the product's options: "Colour: Silver | Verified Purchase"), how many found it
    helpful or the poll asking so (`_HELPFUL` with a count of people, `_VOTERS`, or a "?"), or
    its buttons (`_REVIEW_BUTTON`, split by bars or bullets). Up to REVIEW_MARK_MAX_WORDS words."""
    line = line.strip(_LINE_STRIP)
    if not line or count_words(line) > REVIEW_MARK_MAX_WORDS:
        return False
    if _REVIEWED_IN.search(line) or _VERIFIED.search(line):
        return True
    if _HELPFUL.search(line) and (_VOTERS.search(line) or "?" in line or any(c.isdigit() for c in line)):
        return True
    parts = [p.strip() for p in _BAR_PARTS.split(line) if p.strip()]
    return bool(parts) and all(_REVIEW_BUTTON.match(p) for p in parts)


# A comment's header in a discussion copied as text: who and when, then the thread's links, split
# by bars ("▲ civic_hacker 8 hours ago | parent | next [–]", "jdoe 3 days ago | reply | flag").
# Trial 9: a Hacker News thread's headers were kept as body, each one a search hit.
COMMENT_HEADER_REASON = "comment header (user, time and the thread's links)"
COMMENT_LINK_MAX_WORDS = 3


def _comment_header(text: str) -> bool:
    """Whether `text` is a comment's header (COMMENT_HEADER_REASON): one line of bar-separated
    parts, the first a user's name and a relative time (`_relative_time_line` after one
    token: "civic_hacker 8 hours ago"), the others of up to COMMENT_LINK_MAX_WORDS words each;
    or lines of a post's furniture in a thread (`_thread_furniture_line`), one of them its header
    or its depth ("level 1" / "u/penguin_fan_22 · 1d", "Answer from NAME · 2 days ago")."""
    lines = [ln for ln in text.strip().split("\n") if ln.strip()]
    if lines and len(text) <= 2 * COMMENT_HEADER_MAX_CHARS and all(map(_thread_furniture_line, lines)):
        if any(_post_header(ln) or _post_time(ln) or _THREAD_MARK.match(ln.strip()) for ln in lines):
            return True
    if "\n" in text.strip() or len(text) > COMMENT_HEADER_MAX_CHARS or "|" not in text:
        return False
    first, *links = (part.strip() for part in text.strip().strip(_VOTE_MARKS).split("|"))
    who = first.split(None, 1)
    if len(who) != 2 or not _relative_time_line(who[1]):
        return False
    return all(0 < len(link.split()) <= COMMENT_LINK_MAX_WORDS for link in links)


def _post_head_at(blocks: list[_Block], i: int) -> bool:
    """Whether block `i` opens a social site's post head: its author's name over a header of its
    time and status (`_stamp_header`), in one block or two. Such a post has no headline."""
    if not 0 <= i < len(blocks):
        return False
    b = blocks[i]
    if len(b.lines) >= 2:
        return _stamp_header(b.lines[1])
    return i + 1 < len(blocks) and len(blocks[i + 1].lines) == 1 and _stamp_header(blocks[i + 1].text)


# The furniture of a post in a thread, a line each: its depth ("level 2"), its score ("245
# points", "12 votes"), its tools ("Reply", "Share", "Permalink", "Give Award"; `ui_label_line`
# knows the common ones), the thread's sort ("Sort by: best").
_POST_FURNITURE = re.compile(
    r"^(?:level \d{1,2}|\d[\d,.]*k? (?:points?|votes?|likes?|upvotes?|replies|reactions?|punkte|puntos|punti|pontos)|"
    r"\d[\d,.]*k? (?:answers?|antworten|réponses|respuestas|risposte|respostas)|"
    r"permalink|give award|award|vote|upvote|downvote|like|repost|send|follow|embed|improve this (?:question|answer)|"
    r"sort(?:ed)? by:?.{0,30}|sortieren nach:?.{0,30}|trier par\s?:?.{0,30}|ordenar por:?.{0,30})$",
    re.I,
)


# a thread's own furniture lines, which no article's text holds alone: a post's depth, the sort
_THREAD_MARK = re.compile(
    r"^(?:level \d{1,2}$|sort(?:ed)? by\b|sortieren nach\b|trier par\b|ordenar por\b|"
    r"\d[\d,.]*k? (?:points?|votes?|upvotes?|punkte|puntos|punti|pontos)$|"
    # a row of a post's tools with one only a social site's post has ("Like  Comment  Repost  Send")
    r".*\b(?:repost|permalink|give award|upvote|downvote)\b)",
    re.I,
)


_POST_TIME = re.compile(rf"^(?:{_POST_VERBS}|{_REPLY_VERBS}|edited|modified)\s(?P<when>[^\n]{{1,40}})$", re.I)


def _post_time(line: str) -> bool:
    """Whether `line` says when a post or a reply was written, with no author: a verb of
    `_POST_VERBS` or `_REPLY_VERBS` and a post's time (`_post_stamp`: "answered 2 days ago")."""
    m = _POST_TIME.match(line.strip())
    return m is not None and _post_stamp(m.group("when"))


def _thread_furniture_line(line: str) -> bool:
    """Whether `line` is a post's furniture in a thread: its header (`_post_header`, `_post_time`),
    its depth, score or tools (`_POST_FURNITURE`, `ui_label_line`), several split by spaces or bars."""
    line = line.strip().strip(_LINE_STRIP)
    if not line or _post_header(line) or _post_time(line) or _POST_FURNITURE.match(line):
        return bool(line)
    if len(line) > UI_LABEL_MAX_CHARS:
        return False
    items = [x for x in re.split(r"\s{2,}|\s[|·•]\s", line) if x.strip()]
    if len(items) == 1:
        items = line.split()
    return all(_POST_FURNITURE.match(x.strip()) or ui_label_line(x.strip()) for x in items)


# The fields of a forum member's profile beside a post ("Posts: 1,204", "Reputation: 12",
# "Beiträge: 57", "Wohnort: Hamburg"): a label a forum's profile box uses, a colon, a short value.
# A forum's own labels (_FORUM_FIELD) say it wherever they are; the common ones (location, age,
# rank...) also head a fact box in an article ("Location: Berlin" under an event), so they count
# only on a page that has a forum's own field too (`_forum_page`).
# (the labels of every language the project meets: `chromewords.FORUM_FIELD`, `PROFILE_FIELD`)
_FORUM_LABELS = labels(FORUM_FIELD)
_PROFILE_LABELS = labels(PROFILE_FIELD)
_FORUM_FIELD = keyscan.compile_gated(
    rf"^(?:{_FORUM_LABELS})\s*[:：]\s*\S.{{0,38}}$", re.I, name="furniture._FORUM_FIELD"
)
_PROFILE_FIELD = keyscan.compile_gated(
    rf"^(?:{_FORUM_LABELS}|{_PROFILE_LABELS})\s*[:：]\s*\S.{{0,38}}$", re.I, name="furniture._PROFILE_FIELD"
)
_FORUM_LABEL_LINE = re.compile(rf"^(?:{_FORUM_LABELS})\s*[:：]?$", re.I)  # the label alone, its value below


def forum_field_line(b: _Block) -> bool:
    """Whether block `b` is one line of a poster's panel's field, its label and value
    (`_FORUM_FIELD`: "Posts: 4810", "Joined: Mon Jan 02, 2006")."""
    return len(b.lines) == 1 and bool(_FORUM_FIELD.match(b.text.strip()))


_PROFILE_LABEL_LINE = keyscan.compile_gated(
    rf"^(?:{_FORUM_LABELS}|{_PROFILE_LABELS})\s*[:：]?$", re.I, name="furniture._PROFILE_LABEL_LINE"
)
PROFILE_MAX_WORDS = 30  # a profile box of six or seven fields and the member's name
PANEL_HEAD_LINES = 3  # the lines of a panel that are no field: the member's name, rank, "Online"
FORUM_REASON = "forum profile fields"


# Where a profile box's fields run together on one line (an HTML page's <dl> as the extractor
# joins it: "Dabei seit: 03.2019 Beiträge: 47", "NAME: Rank • Posts: 14 • Joined: ..."): a field
# starts at a known label before its colon, or after a bullet or a bar.
# (a label is looked for only in the FIELD_LABEL_MAX_CHARS before each colon: a search of the
# whole line from each of its spaces took 40 ms on 3,000 characters)
_LABEL_AT_END = re.compile(rf"\s(?:{_FORUM_LABELS}|{_PROFILE_LABELS})\s*$", re.I)
FIELD_LABEL_MAX_CHARS = 24
# a board's own field beside two of the known ones ("Fahrzeug: VW Golf VII", "Bike: 1998
# Bonneville"): a label of one or two words, a colon, a short value
_ANY_FIELD = re.compile(r"^[^\W\d_][\w-]{0,20}(?: [\w-]{1,20})?\s*:\s*\S.{0,38}$")
KNOWN_FIELDS_MIN = 2
_FIELD_BULLET = re.compile(r"\s[•·|]\s")


def _field_parts(line: str) -> list[str]:
    """The fields of a profile box's line, split at bullets and bars and where a known label
    starts (`_LABEL_AT_END` before a colon after the first); a line of one field is itself."""
    parts: list[str] = []
    for piece in _FIELD_BULLET.split(line):
        colons = [k for k, c in enumerate(piece) if c == ":"]
        cuts = [0]
        for prev, c in zip(colons, colons[1:]):
            lo = max(prev + 1, c - FIELD_LABEL_MAX_CHARS)
            if m := _LABEL_AT_END.search(piece, lo, c):
                cuts.append(m.start() + 1)
        parts += [piece[a:b].strip() for a, b in zip(cuts, [*cuts[1:], len(piece)])]
    return [p for p in parts if p]


def _paired_labels(lines: list[str]) -> list[str]:
    """`lines` (stripped) with each field label alone on its line (`_PROFILE_LABEL_LINE`: "Join
    Date", "Beiträge") joined to the value on the next line ("Join Date: Mar 2016"), as a panel
    of label and value cells copied as text writes them; a next line that is a label or holds
    a colon is no value."""
    out: list[str] = []
    pending = ""
    for raw in lines:
        line = raw.strip(_LINE_STRIP)
        if pending and ":" not in line and not _PROFILE_LABEL_LINE.match(line):
            out.append(f"{pending.rstrip(':： ')}: {line}")
            pending = ""
            continue
        if pending:
            out.append(pending)
        pending = line if _PROFILE_LABEL_LINE.match(line) else ""
        if not pending:
            out.append(line)
    return [*out, pending] if pending else out


@text_memo
def _field_lines(lines: tuple[str, ...]) -> tuple[str, ...]:
    """The fields of a block's `lines` (`_paired_labels`, then `_field_parts` of each), decided
    once per distinct block: `_forum_page` reads every block's and `_profile_fields` each
    block's again, twice over a page in `_mark_button_labels`."""
    return tuple(p for ln in _paired_labels(list(lines)) for p in _field_parts(ln))


def _profile_fields(b: _Block, forum_page: bool) -> str:
    """ "forum profile fields ('LABEL:')" for a block of a forum member's profile fields (every
    line a field, or up to PANEL_HEAD_LINES lines of up to 3 words without a sentence end: the
    member's name, rank and status; a label alone over its value is a field, `_paired_labels`;
    at least one field of `_FORUM_FIELD`, or any `_PROFILE_FIELD` on a `forum_page`), else "".
    Fields run together on
    a line count each (`_field_parts`), and with KNOWN_FIELDS_MIN+ of `_FORUM_FIELD` a board's
    own field of another label too (`_ANY_FIELD`: "Fahrzeug: VW Golf VII")."""
    if b.words > PROFILE_MAX_WORDS or (":" not in b.text and len(b.lines) < 2):
        return ""
    return _profile_reason(tuple(b.lines), b.sentence_end, forum_page)


@text_memo
def _profile_reason(block_lines: tuple[str, ...], sentence_end: bool, forum_page: bool) -> str:
    """`_profile_fields` of a short block with a colon or several lines, from its lines, once for
    each distinct block (a page's blocks are asked on each of its passes)."""
    lines = _field_lines(block_lines)
    fields = [ln for ln in lines if _PROFILE_FIELD.match(ln)]
    if sum(bool(_FORUM_FIELD.match(ln)) for ln in fields) >= KNOWN_FIELDS_MIN:
        fields += [ln for ln in lines if ln not in fields and _ANY_FIELD.match(ln)]
    elif sentence_end and not forum_page:  # (a value may end in a period: "Location: Piotrków Tryb.")
        return ""
    names = [ln for ln in lines if ln not in fields]
    if not fields or len(names) > PANEL_HEAD_LINES or any(len(ln.split()) > 3 or _SENT_END.search(ln) for ln in names):
        return ""
    if not forum_page and not any(_FORUM_FIELD.match(ln) for ln in fields):
        return ""
    return f"{FORUM_REASON} ('{fields[0].split(':')[0].strip()}:')"


def _profile_name(b: _Block) -> bool:
    """A line that may be a forum member's name: one line of up to 3 words, no sentence end."""
    return len(b.lines) == 1 and b.words <= 3 and not b.sentence_end


def _forum_page(blocks: list[_Block]) -> bool:
    """Whether any field of the page is a forum's own profile field (`_FORUM_FIELD`; a label
    alone over its value counts, `_paired_labels`, and so do fields run together on a line,
    `_field_parts`: "NAME: Rank Posts: 41")."""
    return any(
        _FORUM_FIELD.match(part)
        for b in blocks
        if b.words <= PROFILE_MAX_WORDS and (":" in b.text or len(b.lines) > 1)
        for part in _field_lines(tuple(b.lines))
    )


def _mark_button_labels(blocks: list[_Block]) -> None:
    """Blocks that are only the labels of a page's tools (`_button_label`: "Print this article",
    "印刷する", "A A A") are BOILERPLATE with the label's reason, whatever the rules or the block
    model made of them (a "short block inside the article text" kept as body, a heading over the
    paragraphs after it), and so are a forum member's profile fields (`_profile_fields`: "Posts:
    1,204", "Beiträge: 57"). Run after the model, so its feature rows are those it was trained on."""
    forum = _forum_page(blocks)
    for b in blocks:
        # chrome another rule named stays so ("start of the page tail ('12 Comments')"); a phrase's
        # reason ("call-to-action phrase 'kommentare'") says less than the label's
        vague = b.kind == BOILERPLATE and (b.reason.startswith(_LABEL_VAGUE) or b.reason.endswith("(block model)"))
        if (b.kind in (BODY, HEADING, LEAD) or vague) and "md" not in b.extra:
            label = _button_label(b) or _profile_fields(b, forum)
            if label:
                b.kind, b.reason = BOILERPLATE, label
    # the member's name and rank above the fields ("ferrygirl" / "Senior Member"), also over
    # fields another rule dropped first ("Joined: 3 Mar 2019 · Posts: 212" as a date line)
    panel = [
        b.reason.startswith(FORUM_REASON) or (b.kind == BOILERPLATE and bool(_profile_fields(b, forum))) for b in blocks
    ]
    _mark_fields_between(blocks, panel)
    _mark_panel_heads(blocks, panel)
    _mark_words_in_tool_runs(blocks)


def _mark_fields_between(blocks: list[_Block], panel: list[bool]) -> None:
    """A board's own field ("Fahrzeug: T4 Syncro AJT", `_ANY_FIELD`, one line of up to
    PROFILE_MAX_WORDS // 3 words, no sentence end) kept between two fields of a member's panel
    (`panel[i]`, each a block of its own in a dump) is one too: BOILERPLATE, FORUM_REASON (trial
    48's vBulletin panels kept each poster's car as text). One field beside a panel alone may be
    the post's own first line ("Update: fixed it"), so both neighbours are asked."""
    for i in range(1, len(blocks) - 1):
        b = blocks[i]
        if panel[i] or not (panel[i - 1] and panel[i + 1]) or b.kind not in (BODY, HEADING) or len(b.lines) != 1:
            continue
        m = _ANY_FIELD.match(b.text.strip())
        if m and b.words <= PROFILE_MAX_WORDS // 3 and not b.sentence_end:
            b.kind, b.reason, panel[i] = BOILERPLATE, f"{FORUM_REASON} ('{b.text.split(':')[0].strip()}:')", True


def _mark_panel_heads(blocks: list[_Block], panel: list[bool]) -> None:
    """Up to PANEL_NAME_LINES short lines (`_profile_name`) right over each run of a forum
    member's panel (`panel[i]`: its fields) are its head, the member's name and rank:
    BOILERPLATE when kept as body or a heading; one dropped already is passed over."""
    for i in range(1, len(blocks)):
        if panel[i] and not panel[i - 1]:
            for before in blocks[max(0, i - PANEL_NAME_LINES) : i][::-1]:
                if not _profile_name(before):
                    break
                if before.kind in (BODY, HEADING):
                    before.kind, before.reason = BOILERPLATE, f"{FORUM_REASON} (the member's name or rank)"


TOOL_WORD_MAX_CHARS = 20  # one word of a tool's label ("Bewaren", "Opslaan", "Merken")
TOOL_WORD_REASON = f"{BUTTON_REASON} (a word in a row of tools)"


def _mark_words_in_tool_runs(blocks: list[_Block]) -> None:
    """A line of one word (TOOL_WORD_MAX_CHARS at most, no sentence mark) kept as a heading or
    body right under a tool's label (`_button_label` named the tool: "button label (share)") is
    another button of that row which no table lists ("Deel dit artikel" / "Bewaren"):
    BOILERPLATE, when a label follows it too or it is in the article's head (`_prose_since_title`:
    a heading's place is between paragraphs; further down, "Teilen" / "Hinweis" heads a note).
    trial8: "Bewaren" was a heading and the section of a whole column."""
    prose = _prose_since_title(blocks)
    for i, b in enumerate(blocks):
        if i and b.kind in (BODY, HEADING) and "md" not in b.extra and _lone_tool_word(blocks, i):
            nxt = blocks[i + 1] if i + 1 < len(blocks) else None
            if prose[i] <= HEAD_PROSE_BLOCKS or (nxt is not None and _names_tool(nxt.reason)):
                b.kind, b.reason = BOILERPLATE, TOOL_WORD_REASON


# The article's head: a standfirst's sentence at most between the headline and a block.
HEAD_PROSE_BLOCKS = 1


def _prose_since_title(blocks: list[_Block]) -> list[int]:
    """For each block, how many body or lead blocks that end a sentence stand between the last
    headline over it and it (a byline without a sentence is body until `_mark_head_bylines`)."""
    counts, n = [], 0
    for b in blocks:
        counts.append(n)
        if b.kind == TITLE:
            n = 0
        elif b.kind in (BODY, LEAD) and b.sentence_end:
            n += 1
    return counts


def _lone_tool_word(blocks: list[_Block], i: int) -> bool:
    """Whether blocks[i] is one word on one line right under a label naming a tool."""
    b, prev = blocks[i], blocks[i - 1]
    return (
        len(b.lines) == 1
        and len(b.text) <= TOOL_WORD_MAX_CHARS
        and len(_WORD.findall(b.text)) == 1
        and not b.sentence_end
        and prev.kind == BOILERPLATE
        and (prev.reason == TOOL_WORD_REASON or _names_tool(prev.reason))
    )


# the tools of a share bar (`_UI_LABEL_KINDS`); a comment count or a "Reply" may stand over a heading
_TOOL_ROW_KINDS = ("print", "share", "e-mail", "save", "font size", "listen", "copy link")


def _names_tool(reason: str) -> bool:
    """Whether a button label's reason ("button label (share, e-mail)") names a share bar's tool."""
    if not reason.startswith(f"{BUTTON_REASON} (") or not reason.endswith(")"):
        return False
    return any(kind in _TOOL_ROW_KINDS for kind in reason[len(BUTTON_REASON) + 2 : -1].split(", "))


PANEL_NAME_LINES = 2  # over a member's fields: the name and the rank ("gazza_b", "Full Member")


# A member's panel of a name and a rank only, as the HTML path joins a <dt> and its <dd>
# ("gazza_b: Senior Member", "KlausM: Stammgast"): a name of one word, a colon, a short rank.
# The name is a member's when another panel on the page opens with it, or when it has a
# handle's shape, which a label of an article's fact line lacks ("Update:", "Fazit:"): an
# underscore or a digit, a lower-case start, or a capital inside ("NightOwl").
_MEMBER_RANK = re.compile(r"^([^\s:]{2,30}):\s+(\S[^:]{0,40})$")
PANEL_RANK_WORDS = 4  # "Distinguished Senior Member", "Fachhandwerker (verifiziert)"


def _handle(name: str) -> bool:
    """Whether a one-word `name` has a forum handle's shape (`_MEMBER_RANK`): an underscore or a
    digit, a lower-case start ("coppercliffkid"), or a capital after a lower-case letter."""
    return (
        any(c == "_" or c.isdigit() for c in name)
        or name[0].islower()
        or any(a.islower() and b.isupper() for a, b in zip(name, name[1:]))
    )


def _mark_profile_panels(blocks: list[_Block]) -> None:
    """A forum member's panel beside a post, on a page with a forum's own profile field
    (`_forum_page`: "Joined: ...", "Messages: ..."): the fields (`_profile_fields` with the common
    labels, "Location: Swindon"), the "Label: value" lines next to them (`_FACT_LINE`, one line:
    the forum's own fields, "Car: 2009 Focus 1.6 Zetec") and up to PANEL_NAME_LINES short lines
    over them (the member's name and rank) are BOILERPLATE, and so is a panel of a name and a
    rank alone (`_MEMBER_RANK`: "gazza_b: Senior Member"). A saved thread's member panels were
    kept as body, and the rank as a heading named the section of the post under it (trial 7)."""
    if not _forum_page(blocks):
        return
    panel = [b.kind == BOILERPLATE and b.reason.startswith(FORUM_REASON) for b in blocks]
    for i, b in enumerate(blocks):
        if not panel[i] and b.kind in (BODY, HEADING) and (why := _profile_fields(b, True)):
            b.kind, b.reason, panel[i] = BOILERPLATE, why, True
    members = {m.group(1) for b, p in zip(blocks, panel) if p and (m := _MEMBER_RANK.match(b.text.strip()))}
    for i, b in enumerate(blocks):
        m = _MEMBER_RANK.match(b.text.strip())
        if not panel[i] and m and b.kind in (BODY, HEADING) and len(b.lines) == 1 and not b.sentence_end:
            if len(m.group(2).split()) <= PANEL_RANK_WORDS and (m.group(1) in members or _handle(m.group(1))):
                b.kind, b.reason, panel[i] = BOILERPLATE, f"{FORUM_REASON} (the member's name and rank)", True
    for order in (range(len(blocks)), range(len(blocks) - 1, -1, -1)):
        last = -2
        for i in order:
            b = blocks[i]
            if not panel[i] and abs(i - last) == 1 and b.kind == BODY and len(b.lines) == 1:
                m = _FACT_LINE.match(b.text.strip())
                if m and b.words <= PROFILE_MAX_WORDS // 3 and not b.sentence_end:
                    b.kind, b.reason, panel[i] = BOILERPLATE, f"{FORUM_REASON} ('{m.group(1)}:')", True
            last = i if panel[i] else last
    _mark_panel_heads(blocks, panel)


# A fact box in an article ("Born: Leeds, 1952" / "Party: Labour" / "Spouse: Mary Evans"): each
# line a label of up to 3 words (letters, no digits), a colon and a short value. Its short lines
# made it a "navigation list" (trial). Labels of contact, post-meta and byline lines are no facts
# of the story ("Tel.:", "Tags:", "Autor:", "Datum:"); a list of headlines repeats its labels
# ("Video der Woche: ...") or has longer values, and a menu has no colons.
_FACT_LINE = re.compile(r"^([^\W\d_][\w'’.-]*(?:[ \t][^\W\d_][\w'’.-]*){0,2})[ \t]*[:：][ \t]*(\S.*)$")
_NO_FACT_LABEL = re.compile(
    r"^(?:tel\.?|telefon|phone|fax|telefax|e-?mail|mail|internet|web(?:site|seite)?|homepage|url|"
    r"tags?|categor(?:y|ies)|kategorien?|schlagw(?:ö|o)rte?r?|posted in|filed under|share|teilen|follow us|"
    r"date|datum|fecha|data|von|by|autor(?:in)?|author|quelle|source|fuente|kommentare?|comments?)$",
    re.I,
)
FACT_MIN_LINES = 3
FACT_VALUE_WORDS = 6  # "Spouse: Mary Evans (m. 1978)"; a headline after its colon is longer
FACT_TITLE_WORDS = 4  # the one line a box may have besides its facts: its name ("Mark Evans")
# Reasons under which a fact box was dropped: its short lines' shape, or the model's verdict.
_FACT_DROPPED = ("navigation list", "list of links or headlines", "short block inside the article")


def _fact_labels(b: _Block) -> list[str]:
    """The labels of a fact box (`_FACT_LINE`: FACT_MIN_LINES+ lines of "Label: value", each label
    once, at most one other line, of up to FACT_TITLE_WORDS words), else []."""
    if len(b.lines) < FACT_MIN_LINES or b.words > 12 * len(b.lines):
        return []
    labels: list[str] = []
    others = 0
    for line in b.lines:
        m = _FACT_LINE.match(line.strip())
        if m and _fact_value(m.group(2)) and not _NO_FACT_LABEL.match(m.group(1)):
            labels.append(m.group(1))
        elif len(line.split()) <= FACT_TITLE_WORDS and not _SENT_END.search(line):
            others += 1
        else:
            return []
    folded = {label.casefold() for label in labels}
    return labels if len(labels) >= FACT_MIN_LINES and others <= 1 and len(folded) == len(labels) else []


FACT_ITEM_WORDS = 3  # a name in a fact's list of names ("FF Glonn, BRK Dachau, Polizei Dachau")


def _fact_value(value: str) -> bool:
    """Whether `value` may be a fact's (after "Label:"): up to FACT_VALUE_WORDS words, or a list
    of names set apart by commas, each up to FACT_ITEM_WORDS words, without a sentence's end
    ("Units: Engine 4, Ladder 2, Rescue 1, County Police, Red Cross"); a headline after its
    colon is a phrase."""
    if len(value.split()) <= FACT_VALUE_WORDS:
        return True
    items = value.split(",")
    return len(items) >= 3 and not _SENT_END.search(value) and all(len(x.split()) <= FACT_ITEM_WORDS for x in items)


FACT_GAP = 3  # article text this many blocks before and after it, past a caption or a photo credit


def _mark_fact_boxes(blocks: list[_Block]) -> None:
    """A fact box (`_fact_labels`) inside the article, article text within FACT_GAP blocks before
    and after it, is BODY "fact box ('Born:', 'Party:', ...)" however its shape was read (a
    navigation list, or dropped by the block model). The headline or its standfirst within
    FACT_GAP blocks before it count as the article's text: a report's box of facts (its time,
    place, units) stands between the headline with its date line and the body (trial 18's fire
    brigade report). Run after the model, so its feature rows are those it was trained on."""
    text = [b.kind == BODY and b.sentences > 0 for b in blocks]
    head = [b.kind in (TITLE, LEAD) for b in blocks]
    for i, b in enumerate(blocks):
        dropped = b.kind == BOILERPLATE and (b.reason.startswith(_FACT_DROPPED) or b.reason.endswith("(block model)"))
        if not (dropped or b.kind == BODY) or not any(text[i + 1 : i + 1 + FACT_GAP]):
            continue
        if not any(text[max(0, i - FACT_GAP) : i]) and not (
            any(head[max(0, i - FACT_GAP) : i]) and not _post_record(b)
        ):
            continue
        labels = _fact_labels(b)
        if labels:
            named = ", ".join(f"'{label}:'" for label in labels[:3])
            b.kind, b.reason = BODY, f"fact box ({named})"


def _post_record(b: _Block) -> bool:
    """Whether a box of "Label: value" lines under a headline is the page's record of its post,
    not facts of the story: a line of it opens with a date's cue (`_DATE_CUE`: "Published:",
    "Publicado:", "Veröffentlicht:"), is a blog's category or tags (`_POST_META_LINE`) or a view
    counter (`_VIEW_COUNTER`: "Hits: 418", "Visto: 418"). A CMS prints such a box ("Details /
    Category / Published / Hits") where a report has its facts (trial 18's Spanish release)."""
    lines = [ln.strip() for ln in b.lines]
    return any(_DATE_CUE.match(ln) or _POST_META_LINE.match(ln) or _VIEW_COUNTER.match(ln) for ln in lines)


_RECORD_LABEL = re.compile(r"^\s*([^\W\d_][\w .'-]{0,47}?)\s*:")
CONSENT_RECORD_MIN = 3  # a label that heads this many one-line records makes a table
CONSENT_RECORD_MAX_WORDS = 40  # "Purpose: Collects data on the user's visits ..." (a sentence or two)
CONSENT_SHORT_WORDS = 4  # a category or a toggle between records ("Statistik", "Details zeigen")
CONSENT_BRIDGE = 3  # ...when a cookie block or a record follows within this many blocks
CONSENT_BUTTON_WORDS = 12  # "Ausgewählte Cookies akzeptieren Einwilligung aktualisieren ..."


def _record_label(b: _Block) -> str:
    """The label of a one-line record ("Zweck: ...", "Purpose: ..."), case-folded ("" if none)."""
    m = _RECORD_LABEL.match(b.text) if len(b.lines) == 1 and b.words <= CONSENT_RECORD_MAX_WORDS else None
    return m.group(1).casefold() if m else ""


def _short(b: _Block) -> bool:
    """A category label or a toggle of a consent dialog: a few words, no sentence."""
    return b.words <= CONSENT_SHORT_WORDS and not b.sentence_end


def _mark_consent_dialogs(blocks: list[_Block]) -> None:
    """A consent manager's dialog after its cookie notice: the cookie categories and the
    per-cookie records ("Name: _ga", "Provider: google.com", "Purpose: ...", "Expiry: 2 years")
    that Cookiebot-, OneTrust- and Cookie-Information-style banners print into a page dump.

    From each block that `_is_cookie_notice`, the dialog goes on through blocks that mention
    cookies (up to COOKIE_MAX_WORDS) and are a notice, a button or a category's text under its
    short label; one-line records whose label ("Zweck:", "Purpose:") heads CONSENT_RECORD_MIN or
    more records on the page, once the dialog has mentioned cookies twice; and short lines
    (categories, toggles) that such a block follows within CONSENT_BRIDGE blocks. It ends at the
    first other block: a privacy policy's prose on cookies stays its text. Each block of it is a
    "cookie notice (consent dialog)", which the rules decide (`_RULE_FINAL`): a German energy
    page dump had 20 of its 36 indexed paragraphs from such a dialog (the category texts read as
    prose). No label list: a record is known by its label's repeats, whatever the language.
    """
    label = [_record_label(b) for b in blocks]
    labels = Counter(x for x in label if x)

    def about_cookies(b: _Block) -> bool:
        # any language's word for a cookie ("kakor", "sütik", "evästeet": `mentions_cookies`)
        return b.words <= COOKIE_MAX_WORDS and mentions_cookies(b.low)

    def record(k: int) -> bool:
        return bool(label[k]) and labels[label[k]] >= CONSENT_RECORD_MIN

    def part(k: int, said: int) -> bool:
        b, before = blocks[k], blocks[k - 1]
        if about_cookies(b):
            # a notice or a button of its own, or a category's text under its label: prose on
            # cookies after prose is a privacy policy's own text, which ends the dialog
            return _is_cookie_notice(b) or b.words <= CONSENT_BUTTON_WORDS or _short(before)
        # records count once the dialog has said "cookie" twice (the notice and a category's
        # text): an interview's "Q:" lines under a lone banner are the article, not a table
        return said >= 2 and record(k)

    n = len(blocks)
    i = 0
    while i < n:
        if not (blocks[i].signal.startswith("cookie notice") or _is_cookie_notice(blocks[i])):
            i += 1  # (a short banner's signal may be "legal notice": "This website uses cookies.")
            continue
        said = 1
        j = i + 1
        while j < n:
            b = blocks[j]
            if b.kind or b.extra.get("teaser"):
                break  # decided already (an author box, a teaser list)
            if not part(j, said) and not (
                _short(b) and any(part(k, said) for k in range(j + 1, min(n, j + 1 + CONSENT_BRIDGE)))
            ):
                break
            said += about_cookies(b)
            if not b.signal.startswith(("cookie notice", "repeats")):
                b.signal = "cookie notice (consent dialog)"
                b.value = -max(8.0, float(b.words))  # chrome, as `_score` counts a signal
            j += 1
        i = j


# A story card's source line under its headline on a listing page (a news aggregator's, a
# section front's, a search result's): the section or source and when, set apart by a dot, a
# bullet or a bar ("Markets · 2 hours ago", "Reuters | March 3, 2025"), or the time alone.
CARD_PART_MAX_WORDS = 4
CARD_LIST_MIN = 3  # cards on a page: fewer are a related story or two, not a list of them
# The most words of text a listing page may hold besides its cards: its blurb ("Updated every 15
# minutes from more than 3,000 sources."). An article beside a card list has more.
LISTING_BLURB_MAX_WORDS = 30
CARD_LIST_REASON = "list of story cards (headlines with their source and time)"
LISTING_REASON = "a listing page's own line (story cards, no article)"


def card_source_line(line: str) -> bool:
    """Whether `line` is a story card's source line: a relative time ("2 hours ago",
    `_relative_time_line`) alone, or two or three parts set apart by a bar, a bullet or a middle
    dot (`_BAR_PARTS`) of at most CARD_PART_MAX_WORDS words each, none ending a sentence, one of
    them a relative time or a date (`_any_date`): "Markets · 2 hours ago", "AP | May 3, 2025"."""
    line = line.strip()
    if _relative_time_line(line):
        return True
    parts = _BAR_PARTS.split(line)
    if not 2 <= len(parts) <= 3 or any(len(p.split()) > CARD_PART_MAX_WORDS or _SENT_END.search(p) for p in parts):
        return False
    return any(_relative_time_line(p) or _any_date(p) for p in parts)


def _card_count(b: _Block) -> int:
    """How many story cards block `b` is made of: its card source lines (`card_source_line`)
    each under a headline line (at most CARD_HEADLINE_MAX_WORDS words, not ending in a full
    stop), when the block has at most three lines a card (headline, source line, teaser); else 0."""
    n = 0
    for k in range(1, len(b.lines)):
        head = b.lines[k - 1]
        if (
            len(head.split()) <= CARD_HEADLINE_MAX_WORDS
            and not head.rstrip().endswith(".")
            and card_source_line(b.lines[k])
        ):
            n += 1
    return n if n and len(b.lines) <= 3 * n else 0


CARD_HEADLINE_MAX_WORDS = 20


def _mark_listing(blocks: list[_Block]) -> None:
    """Story cards (`_card_count`), CARD_LIST_MIN or more on the page, are chrome wherever they
    stand (CARD_LIST_REASON); and a page whose indexed text besides them is at most
    LISTING_BLURB_MAX_WORDS words is a listing page (a news aggregator's front, a section page):
    its title, headings and blurb are chrome too (LISTING_REASON), so the page reads as holding
    no article and its warning says so, as a page of menus does. Trial 13: an aggregator's page
    of eight cards was an article titled "Top Stories" with the cards as its body, glued into
    one paragraph. Plain text and HTML alike."""
    counts = [_card_count(b) for b in blocks]
    if sum(counts) < CARD_LIST_MIN:
        return
    for b, n in zip(blocks, counts):
        if n and b.kind != BOILERPLATE:
            b.kind, b.reason = BOILERPLATE, CARD_LIST_REASON
    body = [b for b in blocks if b.kind in (BODY, LEAD)]
    if sum(b.words for b in body) > LISTING_BLURB_MAX_WORDS:
        return
    for b in blocks:
        if b.kind in (BODY, LEAD, HEADING, TITLE, CAPTION):
            b.kind, b.reason = BOILERPLATE, LISTING_REASON


# A table of contents' label over its numbered lines (a wiki page, a long report saved as text),
# in the corpora's languages (MediaWiki's message "toc" in them: "Contents", "Inhaltsverzeichnis",
# "Sommaire", "Índice", "目次", ...).
_TOC_LABEL = re.compile(
    r"^(?:contents|table of contents|inhalt|inhaltsverzeichnis|sommaire|table des matières|índice|contenido|"
    r"indice|sommario|inhoud|inhoudsopgave|spis treści|содержание|зміст|innehåll|indhold|innhold|sisällys|"
    r"içindekiler|obsah|tartalomjegyzék|daftar isi|mục lục|תוכן העניינים|المحتويات|فهرست|目次|目录|目錄|목차)"
    r"\s*(?:\[?(?:hide|show|verbergen|masquer|ocultar|nascondi|скрыть)\]?)?$",
    re.I,
)
# a line of it: a section's number ("3", "3.1") and its name
_TOC_LINE = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+\S")
TOC_MIN_LINES = 3
TOC_ENTRY_MAX_WORDS = 8  # a section's number and its name
TOC_REASON = "table of contents"
INFOBOX_REASON = "infobox (a table of the subject's facts, its label and value a line)"
INFOBOX_LABEL_WORDS = 3
INFOBOX_VALUE_WORDS = 10


def _toc(b: _Block) -> bool:
    """Whether `b` is a table of contents: a label (`_TOC_LABEL`) over TOC_MIN_LINES or more
    numbered lines (`_TOC_LINE`), no other line."""
    rest = b.lines[1:]
    return len(rest) >= TOC_MIN_LINES and bool(_TOC_LABEL.match(b.lines[0].strip())) and all(map(_TOC_LINE.match, rest))


def _infobox(b: _Block, subjects: set[str]) -> bool:
    """Whether `b` is a wiki's infobox copied as text: its first line the subject's name (one of
    `subjects`, casefolded: what a body paragraph opens with), then FACT_MIN_LINES or more lines
    of a label (at most INFOBOX_LABEL_WORDS words) and a short value set apart by a tab, the
    labels distinct ("Lake X / Location<TAB>North Sinai / Type<TAB>Lagoon / ...")."""
    rows = b.lines[1:]
    if len(rows) < FACT_MIN_LINES or b.lines[0].strip().casefold() not in subjects:
        return False
    labels = set()
    for row in rows:
        label, tab, value = row.partition("\t")
        label = label.strip()
        if not tab or not label or len(label.split()) > INFOBOX_LABEL_WORDS or len(value.split()) > INFOBOX_VALUE_WORDS:
            return False
        labels.add(label.casefold())
    return len(labels) == len(rows)


def _mark_wiki_boxes(blocks: list[_Block]) -> None:
    """A table of contents (`_toc`, or its label alone and the blocks of numbered lines under it)
    and an infobox (`_infobox`) kept as text are BOILERPLATE:
    a wiki page saved as text gave "Contents 1 Geography 2 History ..." and its infobox's
    "Location North Sinai Governorate, Egypt Type Hypersaline lagoon ..." as body (trial 13;
    the HTML path prunes both from the markup). Plain text."""
    subjects = set()
    for b in blocks:
        if b.kind == BODY and b.sentence_end:
            first = b.lines[0]
            for cut in (" (", " is ", " was ", " are ", ", "):
                if cut in first[:80]:
                    subjects.add(first[: first.index(cut)].strip().casefold())
    entries = False  # under a table of contents' label alone: its numbered lines, block after block
    for b in blocks:  # dropped already too (a navigation list, the model's teaser list): said what it is
        if entries and all(_TOC_LINE.match(ln) and len(ln.split()) <= TOC_ENTRY_MAX_WORDS for ln in b.lines):
            b.kind, b.reason = BOILERPLATE, TOC_REASON  # (trial 27: "1 History", "1.1 Construction ..." kept)
            continue
        entries = len(b.lines) == 1 and bool(_TOC_LABEL.match(b.text.strip()))
        if b.kind not in (BODY, HEADING, LEAD, BOILERPLATE):
            continue
        if _toc(b):
            b.kind, b.reason = BOILERPLATE, TOC_REASON
        elif b.kind != BOILERPLATE and entries:
            b.kind, b.reason = BOILERPLATE, f"{TOC_REASON} (its label)"  # over a list the rules dropped
        elif subjects and _infobox(b, subjects):
            b.kind, b.reason = BOILERPLATE, INFOBOX_REASON


# A newsletter platform's closing line under each post: Substack's "Thanks for reading NAME!
# Subscribe for free to receive new posts and support my work." in the languages it ships
# (English, Spanish, French, German, Portuguese, Italian, Dutch, Polish...): the thanks, then a
# call to subscribe, in one short block (trial 13: kept as the post's last paragraph).
_THANKS_FOR_READING = re.compile(
    r"^\W*(?:thanks?(?: you)? for reading|gracias por leer|merci (?:d['’]avoir lu|de (?:lire|votre lecture))|"
    r"danke (?:fürs|für das|für's) lesen|obrigad[oa] por ler|grazie per (?:aver letto|la lettura)|"
    r"bedankt voor het lezen|dzięki za (?:przeczytanie|lekturę)|dziękuję za (?:przeczytanie|lekturę)|"
    r"спасибо, что (?:читаете|прочитали)|okuduğunuz için teşekkürler)\b",
    re.I,
)
_SUBSCRIBE_WORD = re.compile(
    r"subscri|suscr|abonn|abonier|assin|iscriv|abbona|abonneer|subskryb|zasubskrybuj|подпиш|подпис|abone", re.I
)
THANKS_MAX_WORDS = 40
# A memorial site's furniture around an obituary and its guest book: the store's offer ("To
# plant trees in memory, please visit the Sympathy Store.", "Send flowers"), the guest book's
# entry count ("3 Entries") and its sponsor ("Sponsored by NAME Funeral Home."). English: the
# memorial sites of the corpora and the trials (Legacy.com and its kin) are American.
_MEMORIAL_STORE = re.compile(
    r"\b(?:plant (?:a )?trees? in (?:memory|honou?r)|sympathy (?:store|gifts?)|send (?:sympathy )?flowers)\b", re.I
)
_ENTRY_COUNT = re.compile(
    r"^\d{1,5} (?:entries|entry|condolences?|memories|tributes?|messages?|einträge|eintrag|kondolenzen|entradas?|"
    r"condolencias|entrées?|condoléances|messaggi|condoglianze|berichten|condoleances)$",
    re.I,
)
_SPONSORED_BY = re.compile(
    r"^(?:sponsored|presented|brought to you) by\b|^(?:gesponsert|präsentiert) von\b|^patrocinado por\b|"
    r"^sponsorisé par\b|^présenté par\b|^sponsorizzato da\b|^gesponsord door\b",
    re.I,
)
SPONSOR_LINE_MAX_WORDS = 10
MEMORIAL_MAX_WORDS = 25
# A signature under a guest-book entry or a comment: a name, its town and state or country
# perhaps, and the date, set apart by a dot or a bar ("Linda Carrow, Brattleboro, VT · January
# 20, 2025", "Jim and Pat Odell · Jan. 21, 2025").
SIGNATURE_MAX_WORDS = 12
_NAME_JOINS = frozenset({"and", "&", "und", "et", "y", "e", "en", "i"})
SIGNATURE_REASON = "signature line (a name, place and date under a message)"


def _signature_line(b: _Block) -> bool:
    """Whether `b` is one line of a message's signature (SIGNATURE_REASON): two parts split by a
    dot, a bullet or a bar (`_BAR_PARTS`), the second a date (`_any_date`) of at most 5 words,
    the first names and places split by commas, each capitalised words (names joined by "and")."""
    if len(b.lines) != 1 or b.words > SIGNATURE_MAX_WORDS:
        return False
    parts = _BAR_PARTS.split(b.text.strip())
    if len(parts) != 2 or len(parts[1].split()) > 5 or not _any_date(parts[1]):
        return False
    for piece in parts[0].split(","):
        words = piece.split()
        if not words or any(not (w[0].isupper() or w.casefold() in _NAME_JOINS) for w in words):
            return False
        if _SENT_END.search(piece) or any(c.isdigit() for c in piece):
            return False
    return True


def _platform_line(b: _Block) -> str:
    """The reason a short block is a platform's furniture, else "": a newsletter's thanks for
    reading with its call to subscribe (`_THANKS_FOR_READING`), a memorial site's store offer,
    guest-book entry count or sponsor line, a message's signature (`_signature_line`)."""
    text = b.text.strip()
    if b.words <= THANKS_MAX_WORDS and _THANKS_FOR_READING.match(text) and _SUBSCRIBE_WORD.search(text):
        return "promotion (a newsletter's thanks for reading and call to subscribe)"
    if b.words <= MEMORIAL_MAX_WORDS and _MEMORIAL_STORE.search(text):
        return "promotion (a memorial site's store)"
    if len(b.lines) == 1 and _ENTRY_COUNT.match(text):
        return "counter (a guest book's or thread's entries)"
    if len(b.lines) == 1 and b.words <= SPONSOR_LINE_MAX_WORDS and _SPONSORED_BY.match(text):
        return "sponsor line"
    return SIGNATURE_REASON if _signature_line(b) else ""
