"""Kinds of article text the block model may drop and the rules keep: live-blog posts,
match sheets, tables of figures, the first paragraph, embedded posts, interview turns, lists
under headings, chapter lists, runs of same-shaped lines.
"""

from __future__ import annotations
import re
from collections import Counter
from .. import chromewords, keyscan
from ..givennames import given_names
from ..htmllead import count_words
from ..models import (
    SIGNATURE_NAME_WORDS,
    SIGNATURE_PART_WORDS,
    BODY,
    BOILERPLATE,
    HEADING,
    INDEXED_KINDS,
    LEAD,
    TITLE,
    signature_parts,
)
from .patterns import (
    OUTSIDE_REASON,
    PROMOTION_REASON,
    READ_ALSO_ONLY,
    _HEADING_PUNCT_END,
    _INTERVIEW_QUESTION,
    _LINE_STRIP,
    _SENT_END,
    _TEASER_START,
    _relative_time_line,
)
from .textblocks import TIME_REASON, _NAME_PARTICLES, _Block
from .scoring import LANG_PROSE_STOP
from .furniture import _EMAIL, _PHONE, _recipe_card_label, _undecided_drop
from .captions import _RULE_FINAL


# The article starts this many blocks under its byline at most (a date line, a share bar between).
BYLINE_TO_TEXT_BLOCKS = 3
# Title reasons of a line chosen for its place alone, which the headline over the byline outranks.
_PLACE_TITLE_REASONS = ("first line of the file", "first headline-like line")


# A live blog: this many posts under a time stamp ("23:41") kept as the article's text.
LIVE_POSTS_MIN = 2
LIVE_POST_REASON = "live blog post (under its time stamp, as the page's other posts)"


def _keep_live_posts(blocks: list[_Block]) -> None:
    """A live blog's post dropped by the block model while LIVE_POSTS_MIN+ others are body: each
    post is a paragraph of prose right under its time stamp (TIME_REASON), and the posts of a
    page stand or fall together (the trial's last post, over "Show older posts", was a "teaser
    list"). A post the rules dropped (a chrome signal, a rule-final reason) stays dropped; one
    dropped by its place alone, below the rules' article run, is kept. A post may have a
    relative time and a heading line over its paragraph (`_live_post_at`): the seventh trial's
    last two posts and their headings were dropped."""
    posts = [_live_post_at(blocks, i) for i in range(len(blocks) - 1) if blocks[i].reason == TIME_REASON]
    posts = [(head, post) for head, post in posts if post >= 0]
    if sum(blocks[post].kind == BODY for _, post in posts) < LIVE_POSTS_MIN:
        return
    for head, post in posts:
        b = blocks[post]
        if _undecided_drop(b) and not b.reason.startswith(_RULE_FINAL):
            b.kind, b.reason = BODY, LIVE_POST_REASON
        if head >= 0 and b.kind == BODY and _undecided_drop(blocks[head]):
            # the post's heading ("Power cuts"), dropped as a "teaser list" with its post
            blocks[head].kind, blocks[head].reason = HEADING, LIVE_HEADING_REASON


# A list of the story's key points under its headline, under its label ("Summary", "Key
# points"): the BBC's and many live pages' summary, the article's text, read as a list of links.
_SUMMARY_LABEL = re.compile(
    r"^(?:summary|key points|key facts|at a glance|in short|what we know(?: so far)?|"
    r"das wichtigste(?: in kürze)?|in kürze|zusammenfassung|l'essentiel|en bref|ce qu'il faut retenir|"
    r"resumen|lo más importante|claves|in sintesi|punti chiave|samenvatting|in het kort|"
    r"podsumowanie|najważniejsze|главное|коротко|özet|öne çıkanlar)\s*:?$",
    re.I,
)
SUMMARY_MAX_ITEMS = 8
SUMMARY_ITEM_MIN_WORDS = 3  # a point is a clause ("Madrid closes parks after 18:00"), not a link's word
SUMMARY_REASON = "summary of the story's key points (under its label)"


def _keep_summary_lists(blocks: list[_Block]) -> None:
    """A summary list of the story's key points in the article's head (before its second body
    block): its label on the first line (`_SUMMARY_LABEL`), then 2 to SUMMARY_MAX_ITEMS points
    of SUMMARY_ITEM_MIN_WORDS+ words each, dropped by the rules' link-list test or the model
    (no other chrome signal), is BODY: it is the article's own text."""
    title = next((i for i, b in enumerate(blocks) if b.kind == TITLE), -1)
    seen = 0
    for b in blocks[title + 1 :]:
        if b.kind == BODY:
            seen += 1
            if seen > 1:
                return
        lines = b.lines
        if not (_SUMMARY_LABEL.match(lines[0].strip()) and 3 <= len(lines) <= SUMMARY_MAX_ITEMS + 1):
            continue
        if b.kind == BOILERPLATE and all(len(ln.split()) >= SUMMARY_ITEM_MIN_WORDS for ln in lines[1:]):
            if not b.reason.startswith(_RULE_FINAL):
                b.kind, b.reason = BODY, SUMMARY_REASON


# A reader call-out: a newsroom's invitation to send it news or a story ("Get in touch", "Are you
# affected? ... WhatsApp: +44 ..."), no text of the article, which it interrupts.
_CALLOUT_LABEL = re.compile(
    r"^(?:get in touch|contact us|have your say|tell us|share your (?:story|stories|experience|views?|pictures)|"
    r"send us your (?:story|stories|pictures|views)|kontaktieren sie uns|schreiben sie uns|haben sie .{0,30} erlebt|"
    r"contactez-nous|témoignez|écrivez-nous|contacta con nosotros|escríbenos|cuéntanos|escribinos|contanos|scrivici|"
    r"contattaci|neem contact op|tip(?:s)? (?:ons|us)|skontaktuj się|напишите нам|bize ulaşın)[\s:!.?]*$",
    re.I,
)
CALLOUT_MAX_WORDS = 60
CALLOUT_REASON = "reader call-out (an invitation to write in, with a number or address)"


def _mark_reader_callouts(blocks: list[_Block]) -> None:
    """A reader call-out kept as text: a block of up to CALLOUT_MAX_WORDS words under a call-out's
    label on its first line (`_CALLOUT_LABEL`, the box's heading: a sentence inviting tips
    inside the article, "Schreiben Sie uns eine E-Mail an ...!", stays) that gives an address
    to write to (an e-mail address, a phone number, "WhatsApp") is BOILERPLATE (CALLOUT_REASON)."""
    for b in blocks:
        if b.kind not in (BODY, HEADING, LEAD) or b.words > CALLOUT_MAX_WORDS or len(b.lines) < 2:
            continue
        if _CALLOUT_LABEL.match(b.lines[0].strip()) and (
            _EMAIL.search(b.text) or _PHONE.search(b.text) or "whatsapp" in b.low
        ):
            b.kind, b.reason = BOILERPLATE, CALLOUT_REASON


def _keep_dropped_text(blocks: list[_Block]) -> None:
    """Article text the block model dropped on sites it was not trained on (grouped CV's
    out-of-fold false drops, `python -m eval.cv_errors --drops`), each kind by a shape or a
    marker many sites share: the first paragraph under the headline (as the lead), an embedded
    post and its signature, an interview's turns, a list under a heading of the article."""
    _keep_first_paragraph(blocks)
    _keep_embedded_posts(blocks)
    _keep_interview_turns(blocks)
    _keep_lists_under_headings(blocks)
    _keep_prose_after_teasers(blocks)
    _keep_subheading_after_box(blocks)
    _settle_content_lists(blocks)
    _keep_runs_as_one(blocks)
    _keep_match_sheets(blocks)
    _keep_figure_tables(blocks)
    _keep_closing_paragraph(blocks)
    _keep_closing_run(blocks)
    _keep_recipe_steps(blocks)
    _keep_pros_and_cons(blocks)


# A review's pros and cons: a label of the good points over their list, then a label of the bad
# over theirs ("Plus" / "Minus", "Pros:" / "Cons:", "Vorteile" / "Nachteile", "Avantages" /
# "Inconvénients", ...): a product test's, a software download's or a travel guide's verdict,
# its lists' short lines dropped as a menu's (trial 39's motorbike test; three wild tuning pages).
_PROS_LABEL = re.compile(
    r"^(?:pros?|plus(?:es)?|advantages|strengths|the good|what we liked?|vorteile|pluspunkte|stärken|positiv|"
    r"avantages|points forts|les plus|on aime|ventajas|a favor|lo mejor|vantaggi|punti di forza|prós|vantagens|"
    r"pontos positivos|voordelen|pluspunten|zalety|plusy|плюсы|достоинства|fördelar|fordele|fordeler|výhody|"
    r"klady|artılar(?:ı)?)\s*:?$",
    re.I,
)
_CONS_LABEL = re.compile(
    r"^(?:cons|minus(?:es)?|disadvantages|weaknesses|the bad|what we did(?:n't|n’t| not) like|nachteile|"
    r"minuspunkte|schwächen|negativ|contra|kontra|inconvénients|points faibles|les moins|on aime moins|"
    r"desventajas|contras|en contra|lo peor|svantaggi|contro|punti deboli|desvantagens|pontos negativos|nadelen|"
    r"minpunten|wady|minusy|минусы|недостатки|nackdelar|ulemper|nevýhody|zápory|eksiler(?:i)?)\s*:?$",
    re.I,
)
PROS_CONS_REACH = 3  # blocks from the first list to the cons label (a list in a block or two)
PROS_CONS_ITEM_WORDS = 15  # a point, not a paragraph
PROS_CONS_REASON = "a review's pros and cons (under their labels)"
# What the rules drop a box's lists for by their shape alone
_PROS_CONS_SHAPES = ("navigation list (many short lines)", "list of links or headlines")


def _keep_pros_and_cons(blocks: list[_Block]) -> None:
    """A review's pros and cons in the article's text: a pros label alone on its line
    (`_PROS_LABEL`), its list in up to PROS_CONS_REACH blocks, a cons label (`_CONS_LABEL`) and
    the block of its list, each line of the lists PROS_CONS_ITEM_WORDS words at most, under the
    article's prose (a body block with a sentence within CONTENT_LIST_PROSE_REACH blocks above),
    or both lists kept as text (a download page's box over its description):
    the blocks of it that were dropped by their place, by the block model or for their short lines
    alone (`_PROS_CONS_SHAPES`) are text, the labels HEADING and the lists BODY
    (PROS_CONS_REASON). Not when any block of it is chrome of another kind."""
    for i, b in enumerate(blocks):
        if len(b.lines) != 1 or not _PROS_LABEL.match(b.text.strip()):
            continue
        cons = next(
            (
                k
                for k in range(i + 2, min(len(blocks) - 1, i + 2 + PROS_CONS_REACH))
                if len(blocks[k].lines) == 1 and _CONS_LABEL.match(blocks[k].text.strip())
            ),
            -1,
        )
        if cons < 0:
            continue
        box = range(i, cons + 2)
        lists = [k for k in box if k not in (i, cons)]
        above = blocks[max(0, i - CONTENT_LIST_PROSE_REACH) : i]
        if not any(x.kind == BODY and x.sentences for x in above) and not all(blocks[k].kind == BODY for k in lists):
            continue
        if any(len(ln.split()) > PROS_CONS_ITEM_WORDS for k in lists for ln in blocks[k].lines):
            continue
        if not all(_pros_cons_part(blocks[k]) for k in box):
            continue
        for k in box:
            if blocks[k].kind not in INDEXED_KINDS:
                blocks[k].kind = HEADING if k in (i, cons) else BODY
                blocks[k].reason = PROS_CONS_REASON


def _pros_cons_part(b: _Block) -> bool:
    """Whether `b` may be a part of a review's pros and cons box: kept as text, or dropped by its
    place or the block model (`_undecided_drop`) or for its short lines (`_PROS_CONS_SHAPES`)."""
    return b.kind in INDEXED_KINDS or _undecided_drop(b) or (b.kind == BOILERPLATE and b.reason in _PROS_CONS_SHAPES)


# A recipe card's own sections under its labels: the ingredients and the method ("Instructions",
# "Directions", "Zubereitung", "Préparation", "Preparación", "Preparazione", "Modo de preparo",
# "Bereiding", "Przygotowanie", ...: WP Recipe Maker's, Tasty's and Mediavine Create's labels and
# their translations). The card's times and buttons are its furniture (`furniture.RECIPE_CARD_REASON`);
# its steps are the recipe, but under the card's header they were dropped as "outside the article
# text (after it)" (trial 27's recipe blog lost its method; trial 37's its notes).
_RECIPE_LABEL = re.compile(
    r"^(?:(?P<steps>instructions|directions|method|steps|preparation|zubereitung|anleitung(?:en)?|préparation|"
    r"instrucciones|preparación|elaboración|procedimento|preparazione|modo de (?:preparo|fazer|preparação)|"
    r"bereiding(?:swijze)?|przygotowanie|sposób przygotowania|postup|příprava|valmistus|elkészítés|"
    r"приготовление|способ приготовления|"
    # ...and the card's notes under the method (WP Recipe Maker's "Notes", trial 37's "Notizen")
    r"(?:recipe )?notes|notizen|anmerkungen|tipps|remarques|notas|note|consigli|notities|uwagi|poznámky|"
    r"vinkit|megjegyzések|примечания|заметки)|ingredients|zutaten|ingrédients|ingredientes|ingredienti|ingrediënten|"
    r"składniki|ingredience|suroviny|ainekset|hozzávalók|ингредиенты)\s*:?$",
    re.I,
)
RECIPE_LABEL_REASON = "a recipe card's section label"
RECIPE_STEPS_REASON = "a recipe's steps (under its card's label)"


def _keep_recipe_steps(blocks: list[_Block]) -> None:
    """On a page with a recipe card (a block of its furniture, `furniture._recipe_card_label`),
    each label of its sections on a line of its own (`_RECIPE_LABEL`) that its place or the model
    dropped is a HEADING (RECIPE_LABEL_REASON), and under the method's label the blocks of
    sentences down to the card's next furniture or label, so dropped, are BODY (RECIPE_STEPS_REASON)."""
    labels = [(i, m) for i, b in enumerate(blocks) if len(b.lines) == 1 and (m := _RECIPE_LABEL.match(b.text.strip()))]
    if not labels or not any(_recipe_card_label(b) for b in blocks):  # (the card's furniture is marked later)
        return
    for i, label in labels:
        b = blocks[i]
        if _undecided_drop(b):
            b.kind, b.reason = HEADING, RECIPE_LABEL_REASON
        if not label.group("steps"):
            _keep_ingredients(blocks, i)
            continue
        for step in blocks[i + 1 :]:
            if not step.sentence_end or _recipe_card_label(step) or _RECIPE_LABEL.match(step.text):
                break
            if _undecided_drop(step):
                step.kind, step.reason = BODY, RECIPE_STEPS_REASON


RECIPE_INGREDIENTS_REASON = "a recipe's ingredients (under its card's label)"
# A line of an ingredient list opens with its amount: a number, a fraction or a range ("150 g
# Magerquark", "1/2 TL Salz", "½ cup milk", "2-3 Zwiebeln"); the list's group labels ("Für den
# Teig:") and its servings line ("Portionen Blech") are between.
_AMOUNT_FIRST = re.compile(r"^\W{0,3}(?:\d+(?:[.,/]\d+)?(?:\s*[-–]\s*\d+)?|[½¼¾⅓⅔⅛])(?!\d)")
INGREDIENT_LINES_SHARE = 0.5  # of a block's lines, opening with an amount
INGREDIENT_MIN_LINES = 3


def _keep_ingredients(blocks: list[_Block], label: int) -> None:
    """Under a recipe card's ingredients label (block `label`, `_RECIPE_LABEL`), the blocks of
    INGREDIENT_MIN_LINES+ lines INGREDIENT_LINES_SHARE of which open with an amount
    (`_AMOUNT_FIRST`), dropped as a menu's short lines or by their place or the model, down to the
    card's next label or furniture, are BODY (RECIPE_INGREDIENTS_REASON): trial 66's German recipe
    page lost its ingredient list as a "navigation list (many short lines)"."""
    for b in blocks[label + 1 :]:
        if _recipe_card_label(b) or _RECIPE_LABEL.match(b.text.strip()):
            return
        lines = [ln for ln in b.lines if ln.strip()]
        if len(lines) < INGREDIENT_MIN_LINES:
            continue
        if sum(bool(_AMOUNT_FIRST.match(ln)) for ln in lines) < INGREDIENT_LINES_SHARE * len(lines):
            return
        if b.kind == BOILERPLATE and (_undecided_drop(b) or b.reason.startswith("navigation list")):
            b.kind, b.reason = BODY, RECIPE_INGREDIENTS_REASON


# The article's last paragraph under text the block model kept past the rules' article run: a
# box inside the article (an embed's placeholder and its consent form, an advert's label) ends
# the run early; the model takes the long paragraphs after the box back, but a short closing
# one ("Der Stadtrat will im März abschließend über die Pläne abstimmen.") is left "outside the
# article text (after it)" (a new user's German page).
CLOSING_MIN_WORDS = 6
CLOSING_MAX_WORDS = 60
CLOSING_MIN_STOP_RATIO = 0.2  # function words of prose, not a tagline's or a label's
CLOSING_REASON = "the article's closing paragraph (under text the block model kept)"


def _keep_closing_paragraph(blocks: list[_Block]) -> None:
    """The block right under the page's last BODY block, when that one was kept by the block
    model beyond the rules' run and this one was dropped by its place alone (`_undecided_drop`,
    "outside the article text (after it)"), is BODY (CLOSING_REASON) if it is one paragraph of
    CLOSING_MIN_WORDS to CLOSING_MAX_WORDS words ending a sentence, with prose's function words
    (CLOSING_MIN_STOP_RATIO), and the page ends or chrome the rules named follows it."""
    last = max((i for i, b in enumerate(blocks) if b.kind == BODY), default=-1)
    if last < 0 or last + 1 >= len(blocks) or not blocks[last].reason.endswith("(block model)"):
        return
    b = blocks[last + 1]
    if not (
        _undecided_drop(b)
        and b.reason.startswith(OUTSIDE_REASON)
        and len(b.lines) == 1
        and CLOSING_MIN_WORDS <= b.words <= CLOSING_MAX_WORDS
        and b.sentence_end
        and b.stop_ratio >= CLOSING_MIN_STOP_RATIO
    ):
        return
    nxt = blocks[last + 2] if last + 2 < len(blocks) else None
    if nxt is None or nxt.signal or nxt.tail:
        b.kind, b.reason = BODY, CLOSING_REASON


CLOSING_RUN_MIN_WORDS = 8  # a sentence of the article's, not a label's or a button's words
# Paragraphs in the run: one or two prose lines over the chrome are as often a site's own
# ("Follow The New York Times Opinion section on Facebook ...", "Porträtfotos ... finden Sie hier
# zum Download.": the three tuning pages where one or two sufficed were all chrome). With 3, no
# tuning page changes, and grouped CV is the same to the fourth decimal with the rule or without
# (wild .9241, dev .9599: `python -m eval.train_blocks --cv --seeds 1 --folds-file F`, session 43)
CLOSING_RUN_MIN_BLOCKS = 3
CLOSING_RUN_REASON = "the article's last paragraphs (prose the rules kept, over the page's chrome)"


def _keep_closing_run(blocks: list[_Block]) -> None:
    """The article's last paragraphs that the rules kept as prose and the block model dropped
    (`_dropped_by_model`: no chrome kind the rules know), when they stand right under the
    article's kept text and right over chrome the rules named (a tags line, a teaser list's
    header, a thread's header) or the page's end: CLOSING_RUN_MIN_BLOCKS+ of them, each one or two
    lines of CLOSING_RUN_MIN_WORDS+ words ending a sentence. The model reads such paragraphs by the chrome under them (trial 51:
    a Turkish story of one-sentence paragraphs lost its last three, "teaser list; reads like
    site chrome", over its "Etiketler:" line and a "Bunlar da ilginizi çekebilir" list)."""
    last = max((i for i, b in enumerate(blocks) if b.kind in (BODY, LEAD)), default=-1)
    if last < 0 or not blocks[last].sentences:
        return
    end = last + 1
    while end < len(blocks) and _dropped_by_model(blocks[end]) and _closing_sentence(blocks[end]):
        end += 1
    if end - last - 1 < CLOSING_RUN_MIN_BLOCKS or (end < len(blocks) and not (blocks[end].signal or blocks[end].tail)):
        return
    for b in blocks[last + 1 : end]:
        b.kind, b.reason = BODY, CLOSING_RUN_REASON


def _closing_sentence(b: _Block) -> bool:
    """Whether block `b` reads as a paragraph of the article's prose: one or two lines of
    CLOSING_RUN_MIN_WORDS+ words, ending a sentence."""
    return len(b.lines) <= 2 and b.words >= CLOSING_RUN_MIN_WORDS and b.sentence_end and b.sentences >= 1


# A team's line-up: "TEAM: Keeper; Back, Back, Back, Back; Mid, Mid (Sub 46), Mid; Fwd, Fwd, Fwd."
# (the positions' groups set apart by semicolons), and the match sheet's labelled lines with it.
LINEUP_MAX_CHARS = 400
LINEUP_MIN_GROUPS = 3
LINEUP_MIN_PLAYERS = 7
LINEUP_NAME_WORDS = 3  # "Van der Berg", "Kevin De Bruyne"
_LINEUP_SUB = re.compile(r" ?\([^()\n]{1,40}\)")  # "(Lindqvist 46)", "(c)", "(pen)"
_MATCH_SHEET_LABELS = {  # language: labels of a match report's lines under the line-ups
    "en": "referee|assistant referees?|attendance|subs(?: not used)?|substitutes|booked|bookings|sent off|scorers?|"
    "man of the match|player of the match|venue",
    "de": "schiedsrichter(?:in)?|zuschauer|tore|gelbe karten?|rote karten?|gelb-rot|ersatzbank",
    "fr": "arbitre|spectateurs|buts|avertissements?|expulsions?|remplaçants",
    "es": "árbitro|goles|tarjetas|amonestados|expulsados?|suplentes|espectadores",
    "pt": "árbitro|golos|gols|cartões|amarelos|suplentes|espectadores|assistência",
    "it": "arbitro|reti|marcatori|ammoniti|espulsi|spettatori|panchina",
    "nl": "scheidsrechter|doelpunten|gele kaarten?|rode kaarten?|toeschouwers|wissels",
}
_MATCH_SHEET_LINE = re.compile(rf"^(?:{'|'.join(_MATCH_SHEET_LABELS.values())}):\s*\S", re.I)
MATCH_SHEET_LINE_MAX_WORDS = 25
LINEUP_HEADING_MAX_WORDS = 3  # "Line-ups", "Teams", "Aufstellungen"
MATCH_SHEET_GAP = 4  # the line-ups this many blocks at most under the article's last kept text
LINEUP_REASON = "team line-up (a match report's text)"
MATCH_SHEET_REASON = "match sheet line (with the line-ups)"


def _lineup(line: str) -> bool:
    """Whether `line` is a team's line-up: a label, a colon, then LINEUP_MIN_PLAYERS+ names of
    up to LINEUP_NAME_WORDS capitalised words each (a substitute or a mark in brackets after
    one), in LINEUP_MIN_GROUPS+ groups split by semicolons. A tag line ("Tags: Bilt, Cent") has no
    groups."""
    if len(line) > LINEUP_MAX_CHARS or ": " not in line:
        return False
    team, _, rest = line.partition(": ")
    if not team or len(team.split()) > 6 or rest.count(";") + 1 < LINEUP_MIN_GROUPS:
        return False
    names = [n.strip() for n in _LINEUP_SUB.sub("", rest).rstrip(". ").replace(";", ",").split(",")]
    return len(names) >= LINEUP_MIN_PLAYERS and all(
        n
        and len(n.split()) <= LINEUP_NAME_WORDS
        and all(w[0].isupper() or w.islower() for w in n.split())
        and n[0].isupper()
        for n in names
    )


def _sheet_drop(b: _Block) -> bool:
    """Whether `b` was dropped for no kind of chrome the rules name: by the block model or as
    outside the article text."""
    return (
        b.kind == BOILERPLATE
        and not b.signal
        and not b.reason.startswith(_RULE_FINAL)
        and (b.reason.endswith("(block model)") or b.reason.startswith(OUTSIDE_REASON))
    )


def _keep_match_sheets(blocks: list[_Block]) -> None:
    """A match report's line-ups (`_sheet_lines`: a line-up per line, one block each or one for
    all) within MATCH_SHEET_GAP blocks under the article's kept text, the labelled lines of the
    match sheet right under them ("Referee: NAME", `_MATCH_SHEET_LINE`) and a short label right
    over them ("Line-ups", as its heading), each dropped for no chrome kind (`_sheet_drop`): the
    article's text. trial8: the players' surnames read as chrome words ('bell', 'shaw') and the
    referee as outside the article."""
    last_text = -MATCH_SHEET_GAP - 1
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if b.kind in (BODY, LEAD):
            last_text = i
        if not ((b.kind == BODY or _sheet_drop(b)) and _sheet_lines(b) == LINEUP_REASON):
            i += 1
            continue
        label = blocks[i - 1] if i and blocks[i - 1].words <= LINEUP_HEADING_MAX_WORDS else None
        gap = i - last_text - (1 if label is not None else 0)
        j = i + 1
        while j < len(blocks) and _sheet_lines(blocks[j]):
            j += 1
        if gap <= MATCH_SHEET_GAP:
            for x in blocks[i:j]:
                if _sheet_drop(x):
                    x.kind, x.reason = BODY, _sheet_lines(x)
            if label is not None and _sheet_drop(label) and not label.sentence_end:
                label.kind, label.reason = HEADING, "heading of the line-ups under it"
            last_text = j - 1
        i = j


def _sheet_lines(b: _Block) -> str:
    """LINEUP_REASON for a block of line-ups (`_lineup`; the match sheet's labelled lines and a
    short label over them may share it), MATCH_SHEET_REASON for a block of labelled lines alone
    ("Referee: NAME", `_MATCH_SHEET_LINE`, MATCH_SHEET_LINE_MAX_WORDS words a line), else ""."""
    kinds = []
    for k, line in enumerate(b.lines):
        if _lineup(line):
            kinds.append(LINEUP_REASON)
        elif count_words(line) <= MATCH_SHEET_LINE_MAX_WORDS and _MATCH_SHEET_LINE.match(line):
            kinds.append(MATCH_SHEET_REASON)
        elif not (k == 0 and len(b.lines) > 1 and count_words(line) <= LINEUP_HEADING_MAX_WORDS):
            return ""
    if LINEUP_REASON in kinds:
        return LINEUP_REASON
    return MATCH_SHEET_REASON if len(kinds) == len(b.lines) else ""


# A table of figures set as text: a label, leader dots or a gap of spaces, then figures
# ("Yes ...... 7,120   54.7%", "Danny Tran (i)     6,841   58.2%"), a line a row.
_TABLE_GAP = re.compile(r" ?\.{3,} ?|\s{2,}|\t")  # (no "\s*" before the dots: quadratic on spaces)
FIGURE_ROW_MAX_CHARS = 120
_FIGURE_CELL = re.compile(r"^[-+−]?\d[\d,.]*%?$")
FIGURE_TABLE_MIN_ROWS = 2
FIGURE_TABLE_REASON = "table of figures (a label and its figures a line)"


def _figure_row(line: str) -> bool:
    """Whether `line` is a row of a table of figures: a label with letters, then one or more
    figures after leader dots or a gap of two or more spaces (`_TABLE_GAP`)."""
    if len(line) > FIGURE_ROW_MAX_CHARS:
        return False
    label, *cells = (part for part in _TABLE_GAP.split(line.strip()) if part.strip())
    return bool(cells) and any(c.isalpha() for c in label) and all(_FIGURE_CELL.match(c.strip()) for c in cells)


def _keep_figure_tables(blocks: list[_Block]) -> None:
    """A table of figures inside the article (FIGURE_TABLE_MIN_ROWS+ rows, `_figure_row`, under
    at most one heading line: "Cedar Falls Community Schools bond ($112M)") that the block model
    dropped is body: election results, a league table, a budget. Trial 9: the result of the vote
    the story was about was a "teaser list", while the tables of the same shape around it were
    kept."""
    for b in blocks:
        if not _dropped_by_model(b) or len(b.lines) < FIGURE_TABLE_MIN_ROWS:
            continue
        rows = sum(map(_figure_row, b.lines))
        if rows >= FIGURE_TABLE_MIN_ROWS and rows >= len(b.lines) - 1 and _figure_row(b.lines[-1]):
            b.kind, b.reason = BODY, FIGURE_TABLE_REASON


def _dropped_by_model(b: _Block) -> bool:
    """Whether the block model dropped `b`, a block the rules kept as text inside the article
    run, for no chrome kind the rules know (no signal, no rule-final reason, no comment thread)."""
    return (
        b.kind == BOILERPLATE
        and b.reason.endswith("(block model)")
        and not b.reason.startswith("comment thread")
        and not b.signal
        and not b.reason.startswith(_RULE_FINAL)
        and b.inside
    )


# The first paragraph under the headline: the title at most this many blocks above it (a
# byline, a date line, a share bar of three or four rows, a picture's credit between).
FIRST_PARAGRAPH_GAP = 10
FIRST_PARAGRAPH_REASON = "lead (the first paragraph under the headline, which the block model dropped)"


def _keep_first_paragraph(blocks: list[_Block]) -> None:
    """The article's first paragraph, dropped by the block model where the rules' article run
    starts with it, is indexed as the lead: prose (a sentence's end, STANDFIRST_MIN_WORDS+
    words, one or two lines, stop words as `_mark_standfirst` asks) under the title, with only chrome between them (no body, lead or
    heading: a byline, date lines, share buttons, a photo credit; FIRST_PARAGRAPH_GAP blocks at
    most), and the article's kept text going on within BYLINE_TO_TEXT_BLOCKS under it.
    Out-of-fold, the trees dropped such paragraphs ("reads as page chrome") on a broadcaster's
    transcript ("Anchor: After heavy downpours ...") and a sports blog's post under its share
    bar, and the one-sentence standfirsts of five more sites. A lead, not body: the trees learnt
    to drop them from extraction-dev's true bodies, which leave most standfirsts out, where
    extraction-wild counts them as article text; the two cannot be told apart by their shape."""
    title = next((i for i, b in enumerate(blocks) if b.kind == TITLE), -1)
    first = next((i for i, b in enumerate(blocks) if b.inside), -1)
    if title < 0 or not title < first <= title + FIRST_PARAGRAPH_GAP:
        return
    b = blocks[first]
    prose = b.sentence_end and b.words >= STANDFIRST_MIN_WORDS and len(b.lines) <= 2
    # the page's stop words, as a standfirst's (a picture's caption naming six products had none)
    stop_ok = not _prose_lang(blocks) or b.stop_ratio >= 0.15 or b.lang_stop >= LANG_PROSE_STOP
    if not (prose and stop_ok and _dropped_by_model(b)):
        return
    if any(x.kind in (BODY, LEAD, HEADING) for x in blocks[title + 1 : first]):
        return
    if any(x.kind == BODY for x in blocks[first + 1 : first + 1 + BYLINE_TO_TEXT_BLOCKS]):
        b.kind, b.reason = LEAD, FIRST_PARAGRAPH_REASON


# An embedded post's signature as the embed's fallback text prints it: Twitter/X's "— NAME
# (@handle) Month D, YYYY" (the last line of its blockquote). The embed is the article's
# (extraction-dev's true bodies keep all 11 such lines of its tuning pages, the post's text over
# them too); extraction-wild scores none. Not Instagram's "A post shared by NAME (@handle)": the
# line over it is the embed's "View this post on Instagram", no post's text.
_POST_SIGNATURE = re.compile(r"^[—–-]\s*.{1,80}?\(@\w{1,30}\)\s+\w+\.?\s+\d{1,2},\s+\d{4}$")
POST_SIGNATURE_REASON = "embedded post's signature (— NAME (@handle) DATE)"
EMBEDDED_POST_REASON = "embedded post (over its signature)"


def _keep_embedded_posts(blocks: list[_Block]) -> None:
    """An embedded social post in the article's text: its signature line (`_POST_SIGNATURE`,
    the block's last line), which the rules read as a date line and the block model often
    dropped, is body where the article's text is kept right above it (the post's own text or
    the paragraph over the embed), and the post's text over it is body too where the block
    model dropped it ("teaser list": a short line with a link). A repeat stays dropped."""
    for i, b in enumerate(blocks):
        if not b.lines or not _POST_SIGNATURE.match(b.lines[-1].strip()) or b.kind not in (BOILERPLATE, BODY):
            continue
        if b.reason.startswith(("repeats", "repeated")) or i < 1:
            continue
        above = blocks[i - 1]
        post = above.kind == BOILERPLATE and above.reason.endswith("(block model)") and not above.signal
        if post and not above.reason.startswith(("comment thread", "repeats")):
            above.kind, above.reason = BODY, EMBEDDED_POST_REASON
        if any(x.kind == BODY for x in blocks[max(0, i - 2) : i]):
            b.kind, b.reason = BODY, POST_SIGNATURE_REASON


# An interview's answer, labelled as such ("A: The sea, always.", "Antwort: ..."): with
# `_INTERVIEW_QUESTION`, the turns of a Q&A.
_INTERVIEW_ANSWER = re.compile(
    r"^(?:A|Answer|Antwort|Respuesta|Resposta|Risposta|Réponse|R|Ответ|Відповідь|О)\s*:\s*\S", re.I
)
# A page is an interview when this many blocks of its article run open with a question's label.
INTERVIEW_TURNS_MIN = 3
INTERVIEW_REASON = "interview question or answer (as the page's other turns)"


def _keep_interview_turns(blocks: list[_Block]) -> None:
    """The turns of a Q&A the block model dropped: on a page whose article run holds
    INTERVIEW_TURNS_MIN+ labelled questions (`_INTERVIEW_QUESTION`), a question, a labelled
    answer (`_INTERVIEW_ANSWER`) or the block right under a question, inside the run, that the
    model dropped for no chrome kind the rules know, is body. Out-of-fold, the trees took a
    profile's short turns ("Q: Favorite apps?" / "A: Bleacher Report, Uber Eats ...") for a
    teaser list and kept its long ones."""
    questions = {i for i, b in enumerate(blocks) if b.inside and _INTERVIEW_QUESTION.match(b.text)}
    if len(questions) < INTERVIEW_TURNS_MIN:
        return
    for i, b in enumerate(blocks):
        turn = i in questions or (i - 1) in questions or _INTERVIEW_ANSWER.match(b.text)
        if turn and _dropped_by_model(b):
            b.kind, b.reason = BODY, INTERVIEW_REASON


# The reason the rules drop a block of short lines for by its shape alone, which an article's
# own list has too. (Not "list of links or headlines": under a kept heading, out-of-fold, those
# were a tech site's gift guides and other stories as often as an article's list.)
_LIST_SHAPE_REASONS = ("navigation list (many short lines)",)
LIST_ITEM_WORDS = 3  # words a line on average: a menu's items have one or two
LIST_REASON = "list under a heading of the article's text"


def _keep_lists_under_headings(blocks: list[_Block]) -> None:
    """A list in the article's text, dropped for its short lines: a block the rules read as a
    navigation list by its shape (`_LIST_SHAPE_REASONS`, or a list `_mark_content_lists` took
    for the article's that the block model dropped), of LIST_ITEM_WORDS+ words a line on
    average and no link separators, right under a heading kept as the article's (one line of up
    to 12 words, no sentence's end but a colon), itself under the article's kept prose (a body
    block with a sentence within 5 blocks above the heading); not when half its lines end in the
    same two words (a link's label on each). Out-of-fold:
    a software review's pros ("Vorteile" / "kann verschlüsselte, virtuelle Laufwerke anlegen /
    unterstützt dynamische Container / ...") and a loan page's list of requirements."""
    for i in range(2, len(blocks)):
        b, head = blocks[i], blocks[i - 1]
        shaped = b.reason in _LIST_SHAPE_REASONS or ("content_list" in b.extra and _dropped_by_model(b))
        if b.kind != BOILERPLATE or not shaped or len(b.lines) < 2:
            continue
        if b.words < LIST_ITEM_WORDS * len(b.lines) or _LINK_SEPARATOR.search(b.text) or _is_menu(b):
            continue
        ends = Counter(" ".join(ln.split()[-2:]).casefold() for ln in b.lines)
        if ends.most_common(1)[0][1] * 2 >= len(b.lines):  # "X ... diese Seite aufrufen": each a link's label
            continue
        headed = head.kind in (HEADING, BODY) and len(head.lines) == 1 and head.words <= 12
        if not headed or (head.sentence_end and not head.text.rstrip().endswith(":")):
            continue
        if any(_TEASER_START.match(x.lines[0].strip(_LINE_STRIP)) for x in (head, b)):
            continue  # "相关阅读：" / "Read also:" heads other articles' headlines (trial 9)
        if any(x.kind == BODY and x.sentences for x in blocks[max(0, i - 6) : i - 1]):
            b.kind, b.reason = BODY, LIST_REASON


# --- A list in the article's text, not a menu (trial 15) ---

# The rules' shape reasons a content list shares with a menu: its short lines, or lines without
# a sentence's end as a list of headlines has.
_CONTENT_LIST_SIGNALS = ("navigation list (many short lines)", "list of links or headlines")
# Prose of the article this many blocks at most over a list's heading (a recipe card's name, its
# stars and times, a sign-up box may stand between an article's text and its ingredients).
CONTENT_LIST_PROSE_REACH = 8
CONTENT_LIST_HEADING_MAX_WORDS = 12
CONTENT_LIST_INTRO_MIN_WORDS = 4  # "wurden folgende Mitglieder geehrt:", not "Partner:" or "Folgen Sie uns:"
CONTENT_LIST_ITEM_SHARE = 2 / 3
CONTENT_LIST_REASON = "list in the article's text (between its paragraphs)"
CONTENT_LIST_HEADING_REASON = "heading of the list under it"
# A quantity opening a list's line, then a space and a word: an ingredient or a product's
# property ("1 ½ cups flour", "200 g Mehl"); a date ("22.11.2025 – ...") or a clock time is none.
_QUANTITY_ITEM = re.compile(r"^(?:[•·▪\-*–]\s*)?(?:\d+(?:[.,/]\d+)?(?:\s?[½¼¾⅓⅔⅛])?|[½¼¾⅓⅔⅛])\s+[^\W\d_]")
_LETTER = re.compile(r"[^\W\d_]")


# A count over a thread's posts ("6 Answers 6", "128 Comments"): its replies' header, not a
# heading of the article (a Q&A page's sort control under it read as a list of the text).
_COUNT_LABEL = re.compile(r"^\d[\d.,]*\s+[^\W\d_]+(?:\s+\d[\d.,]*)?$")


def _text_item(line: str) -> bool:
    """Whether a list's line reads as the article's text, not a link's label: a quantity, a
    space and a word ("3 Eier", "200 g Mehl", "½ cup unsalted butter": `_QUANTITY_ITEM`; not
    "24h Auszahlung", "100% Online", a date or a clock time), or a phrase of 3+ words with
    letters, one of which, after the first, is in lower case ("Agua y gorra, incluso en otoño",
    "Past op vrijwel elke bagagedrager"; in a script without case, any such phrase: "삼각대와 여분
    배터리"). A menu's items are a capitalised word or two ("Home",
    "Turnen & Gymnastik", "Sobre mí", "Günstig & flexibel")."""
    line = line.strip()
    if _QUANTITY_ITEM.match(line):
        return True
    words = [w for w in line.split() if _LETTER.search(w)]
    # (a word of a script without case, Korean's or Arabic's, reads as one in lower case)
    return len(words) >= 3 and any(w[:1].islower() or w[:1].lower() == w[:1].upper() for w in words[1:])


def _list_intro(blocks: list[_Block], i: int) -> str:
    """How the list `blocks[i]` is introduced: "heading" under a short line of the article's
    (up to CONTENT_LIST_HEADING_MAX_WORDS words, no sentence's end but a question's, no chrome
    signal, no count over a thread's posts (`_COUNT_LABEL`): "Kenmerken", "Lo que no te puedes
    olvidar"), "colon" under a sentence of the body ending with a colon
    (CONTENT_LIST_INTRO_MIN_WORDS+ words: "..., wurden folgende Mitglieder geehrt:"), ""
    otherwise."""
    head = blocks[i - 1]
    if head.signal or len(head.lines) != 1 or head.extra.get("teaser"):
        return ""
    text = head.text.strip()
    if text.endswith((":", "：")):
        return "colon" if head.words >= CONTENT_LIST_INTRO_MIN_WORDS else ""
    if head.words > CONTENT_LIST_HEADING_MAX_WORDS or _HEADING_PUNCT_END.search(text) or _is_menu(head):
        return ""
    return "" if _COUNT_LABEL.match(text) else "heading"


def _article_prose(b: _Block) -> bool:
    """A paragraph of prose by the rules' score: a positive value, a sentence, no chrome signal."""
    return b.value > 0 and (b.sentence_end or b.sentences > 0) and not b.signal


def _mark_content_lists(blocks: list[_Block]) -> None:
    """A list in the article's text, which the rules' shape test reads as a menu or a list of
    links (`_CONTENT_LIST_SIGNALS`), is no chrome: its signal is cleared, its value for the
    article run is 0 (as a table's), so the article run goes on past it, and it is marked
    ("content_list", its heading "list_heading") for `_classify_one`: inside the run, body and
    its heading, which the block model then decides as any text (the heading with its list). Such a list
    - is introduced (`_list_intro`): a heading of the article over it, or a sentence ending in a
      colon (then its items may be names, "Josef Brandstetter / Anneliese Kögl");
    - sits between the article's paragraphs: prose (`_article_prose`) within
      CONTENT_LIST_PROSE_REACH blocks over it with no start of the page tail between, and prose
      right under it or under one heading line;
    - reads as text (a heading's list only): CONTENT_LIST_ITEM_SHARE of its lines `_text_item`
      (quantities with units, phrases), no link separators, no menu run, no teaser list, not
      half its lines ending in the same two words (a link's label on each);
    - is printed once on the page (a sidebar's box printed twice, as a carousel, is the site's).
    A menu sits at the page's top or bottom, away from the article's prose, and its items are a
    word or two. Trial 15: a shop's features, a recipe's ingredients, a travel blog's packing
    list, an event's programme and a club's honorees were "navigation list" and the article was
    cut at them (the paragraph under each lost)."""
    candidates = [i for i in range(1, len(blocks) - 1) if blocks[i].signal.startswith(_CONTENT_LIST_SIGNALS)]
    if not candidates:
        return
    printed = Counter(b.text.casefold() for b in blocks)
    for i in candidates:
        b = blocks[i]
        if b.tail or b.extra.get("teaser") or printed[b.text.casefold()] > 1:
            continue  # (a box printed twice is the site's: a carousel's, a sidebar's)
        if "menu_run" in b.extra or _LINK_SEPARATOR.search(b.text) or len(b.lines) < 2:
            continue
        intro = _list_intro(blocks, i)
        if not intro or not _prose_under(blocks, i) or not _prose_over(blocks, i - 1):
            continue
        items = sum(map(_text_item, b.lines))
        if intro == "heading" and items < CONTENT_LIST_ITEM_SHARE * len(b.lines):
            continue
        ends = Counter(" ".join(ln.split()[-2:]).casefold() for ln in b.lines)
        if ends.most_common(1)[0][1] * 2 >= len(b.lines):  # "X ... diese Seite aufrufen": a link's label
            continue
        b.extra["list_signal"], b.signal, b.value = b.signal, "", 0.0
        b.extra["content_list"] = "1"
        if intro == "heading":
            blocks[i - 1].extra["list_heading"] = "1"


LIST_RESUME_REASON = "prose after a list in the article's text (the article goes on below it)"
LIST_HEADING_DROPPED_REASON = "heading of a list dropped as chrome (block model)"


def _settle_content_lists(blocks: list[_Block]) -> None:
    """After the block model, a list between the article's paragraphs (`_mark_content_lists`)
    and what stands around it agree: kept as body, the paragraph right under it, which the model
    dropped for no chrome kind the rules know (`_dropped_by_model`), is body too (a list inside
    the article never ends it: trial 15's shop note under its features, "Let op: de tas wordt met
    klittenband bevestigd ...", was "reads like site chrome" at 0.48); dropped by the model, its
    heading goes with it (a heading stands or falls with its list, "Meldewesen" over links)."""
    for i, b in enumerate(blocks[:-1]):
        if "content_list" not in b.extra:
            continue
        head, nxt = blocks[i - 1], blocks[i + 1]
        if b.kind == BODY and _article_prose(nxt) and _dropped_by_model(nxt):
            nxt.kind, nxt.reason = BODY, LIST_RESUME_REASON
        elif b.kind == BOILERPLATE and head.kind == HEADING and head.reason == CONTENT_LIST_HEADING_REASON:
            head.kind, head.reason = BOILERPLATE, LIST_HEADING_DROPPED_REASON


def _unmark_lists_outside(blocks: list[_Block]) -> None:
    """A list `_mark_content_lists` took for the article's that the article run left out (menus
    and link boxes between a site's own blurbs, away from the article) gets its shape's signal
    back, and its heading its place: only a list the article runs through is its text."""
    for i, b in enumerate(blocks):
        if "content_list" in b.extra and not b.inside:
            b.signal = b.extra.pop("list_signal", b.signal)
            del b.extra["content_list"]
            blocks[i - 1].extra.pop("list_heading", None)


def _prose_over(blocks: list[_Block], i: int) -> bool:
    """Whether the article's prose stands within CONTENT_LIST_PROSE_REACH blocks over `blocks[i]`
    (not counted: `blocks[i]`), with no start of the page tail (an author box, a comment thread,
    a legal notice) between."""
    for b in blocks[max(0, i - CONTENT_LIST_PROSE_REACH) : i][::-1]:
        if b.tail:
            return False
        if _article_prose(b):
            return True
    return False


# Blocks at most between a list and the article's prose under it when they are headed lists of
# their own and their headings ("Pros" / list / "Cons" / list / a price line / text).
CONTENT_LIST_CHAIN_BLOCKS = 4


def _prose_under(blocks: list[_Block], i: int) -> bool:
    """Whether the article's prose follows the list `blocks[i]`: right under it, or under one
    heading-like line (`_heading_like`: "Instructions"); or under other headed lists, each a
    heading-like line over a list of the article's shape (`_chained_list`), up to
    CONTENT_LIST_CHAIN_BLOCKS blocks, and then one paragraph of one line (a sidebar's stacked
    headline lists run into more teasers, lists of headlines the rules read as prose). A
    review's pros and cons, a recipe's ingredients and equipment stand one under the other
    before the text goes on (trial 18's review page lost its pros: the text came two blocks
    under its cons). A start of the page tail ends a chain; an in-article call (a promotion,
    not the tail's) right under the list is passed over."""
    j, end = i + 1, min(len(blocks), i + 2 + CONTENT_LIST_CHAIN_BLOCKS)
    if j + 1 < len(blocks) and blocks[j].signal.startswith(PROMOTION_REASON) and not blocks[j].tail:
        j += 1  # an in-article call under the list ("Join our WhatsApp channel": trial 49), as an advert
    chained = False
    while j + 1 < end and _heading_like(blocks[j]) and _chained_list(blocks[j + 1]):
        j, chained = j + 2, True
    if j < len(blocks) and not _article_prose(blocks[j]) and j + 1 < len(blocks) and _heading_like(blocks[j]):
        j += 1  # one heading-like line between ("Instructions", a price's row)
    if j >= len(blocks):
        return False
    nxt = blocks[j]
    if chained and (len(nxt.lines) != 1 or not nxt.sentence_end or any(b.tail for b in blocks[i + 1 : j + 1])):
        return False
    return _article_prose(nxt) and nxt.words >= TEASER_RESUME_MIN_WORDS


def _heading_like(b: _Block) -> bool:
    """A heading's line between a list and the text: one line of up to
    CONTENT_LIST_HEADING_MAX_WORDS words, no signal, no sentence's end."""
    short = len(b.lines) == 1 and b.words <= CONTENT_LIST_HEADING_MAX_WORDS
    return short and not b.signal and not _HEADING_PUNCT_END.search(b.text)


def _chained_list(b: _Block) -> bool:
    """A list of the article's shape under a list (`_prose_under`): a content list's signal (or
    none: a list kept as text), 2+ lines, CONTENT_LIST_ITEM_SHARE of them `_text_item`, no link separators, no menu run."""
    if len(b.lines) < 2 or "menu_run" in b.extra:
        return False
    # (or a list the rules left as text, no signal: trial 23's event page, its workshops' list
    # under its programme, whose prose came under both)
    if not (
        b.signal.startswith(_CONTENT_LIST_SIGNALS) or (not b.signal and b.kind in ("", BODY, HEADING) and not b.tail)
    ):
        return False
    items = sum(map(_text_item, b.lines))
    return items >= CONTENT_LIST_ITEM_SHARE * len(b.lines) and not _LINK_SEPARATOR.search(b.text)


# --- The article's inside and end in plain text (seventh trial, K2, K6, K8) ---

TEASER_RESUME_MIN_WORDS = 6  # a sentence of the article's, not a snippet's few words
TEASER_RESUME_REASON = "prose after a teaser list (the article goes on below the list)"


# A podcast's or a video's chapter: a time stamp into the recording and a short title ("02:10 Why
# the council made the decision", "[1:02:15] Listener questions"); not a clock time ("8:10 AM
# Leaves her trailer", "07:15 p. m.", "10:42 Uhr").
_CHAPTER_LINE = re.compile(
    r"^[(\[]?(?P<t>(?:\d{1,2}:)?\d{1,2}:\d\d)[)\]]?[ \t]?[-–—|:]?[ \t]"
    r"(?!(?:a\.? ?m\b|p\.? ?m\b|uhr\b|h\b|hrs?\b|et\b|gmt\b|utc\b))(?P<title>\S[^\n]{0,100})$",
    re.I,
)
CHAPTER_TITLE_MAX_WORDS = 10
CHAPTERS_MIN = 3
CHAPTER_REASON = "chapter list (time stamps into a recording)"


def _chapter_seconds(line: str) -> int:
    """The time stamp of a chapter line in seconds (`_CHAPTER_LINE`), -1 if the line is none: a
    title of up to CHAPTER_TITLE_MAX_WORDS words that ends no sentence (a question may)."""
    m = _CHAPTER_LINE.match(line.strip())
    if not m or count_words(m.group("title")) > CHAPTER_TITLE_MAX_WORDS or m.group("title").rstrip()[-1:] in ".!":
        return -1
    seconds = 0
    for part in m.group("t").split(":"):
        seconds = seconds * 60 + int(part)
    return seconds


def _clock_schedule(run: list[_Block]) -> bool:
    """Whether the chapter lines of `run` are an event's programme in 24-hour clock times, not a
    recording's offsets: each stamp HH:MM, the hour 0-23 and not 0:00, the minutes a multiple of
    5 ("19:00 Arrival", "19:20 Talks in small groups": trial 60's Meetup event, its programme
    dropped as a chapter list). A recording's chapters start at 0:00, run past 23 minutes
    ("27:15") or fall on any second ("04:12")."""
    for b in run:
        for line in b.lines:
            m = _CHAPTER_LINE.match(line.strip())
            parts = [int(p) for p in m.group("t").split(":")] if m else []
            if len(parts) != 2 or parts[0] > 23 or parts[1] % 5 or parts == [0, 0]:
                return False
    return True


# A programme's row: its time of day (a range or not, "9:45 am", "10.30", "14h00") then its item
_PROGRAMME_ROW = re.compile(
    r"^(?:[01]?\d|2[0-3])[:.h][0-5]\d(?:\s?[ap]\.?m\.?)?(?:\s?[-–—]\s?(?:[01]?\d|2[0-3])[:.h][0-5]\d(?:\s?[ap]\.?m\.?)?)?"
    r"[ \t]+\S",
    re.I,
)
PROGRAMME_MIN_ROWS = 3
PROGRAMME_ROW_REASON = "a programme's row (its time of day: no section's heading)"


def unhead_programme_rows(blocks: list[_Block]) -> None:
    """A run of PROGRAMME_MIN_ROWS+ text blocks in a row that each open with a time of day
    (`_PROGRAMME_ROW`: "09:45 Keynote: ...", "16:15 Closing remarks") is an event's programme:
    a row read as a heading for its short line is BODY, PROGRAMME_ROW_REASON, and the rows after
    it are no section of it (a new user's conference page filed "11:45 Workshop A" under
    "§ 09:45 Keynote")."""
    i = 0
    while i < len(blocks):
        j = i
        while j < len(blocks) and blocks[j].kind in (BODY, HEADING) and _PROGRAMME_ROW.match(blocks[j].text):
            j += 1
        if j - i >= PROGRAMME_MIN_ROWS:
            for b in blocks[i:j]:
                if b.kind == HEADING:
                    b.kind, b.reason = BODY, PROGRAMME_ROW_REASON
        i = max(j, i + 1)


def _mark_chapter_lists(blocks: list[_Block]) -> None:
    """A run of CHAPTERS_MIN+ chapter lines (`_chapter_seconds`), each block one or more of them,
    with the time stamps rising, is a podcast's or a video's chapter list: BOILERPLATE. A live
    blog's posts go down in time and say a sentence ("10:42 The minister said ..."); a schedule
    gives clock times ("8:10 AM", `_clock_schedule`). trial8: a podcast page's four chapters were body."""
    i = 0
    while i < len(blocks):
        j, stamps = i, []
        while j < len(blocks) and blocks[j].kind in (BODY, HEADING, LEAD, BOILERPLATE):
            times = []
            for line in blocks[j].lines:  # (most blocks stop at their first line)
                if (t := _chapter_seconds(line)) < 0:
                    break
                times.append(t)
            if len(times) < len(blocks[j].lines):
                break
            stamps += times
            j += 1
        rising = len(stamps) >= CHAPTERS_MIN and all(a < b for a, b in zip(stamps, stamps[1:]))
        if rising and not _clock_schedule(blocks[i:j]):
            for b in blocks[i:j]:
                b.kind, b.reason = BOILERPLATE, CHAPTER_REASON
        i = max(j, i + 1)


def _keep_prose_after_teasers(blocks: list[_Block]) -> None:
    """A full sentence the block model dropped as a "teaser list" though the rules' read-also
    list (`_mark_teaser_lists` under a `_READ_ALSO_HEADER` line: "Read also:", "Читайте также:")
    ended above it: prose of TEASER_RESUME_MIN_WORDS+ words ending a sentence, right under the
    list, which itself stands right under the article's kept prose. Such a list points from
    inside the article to other stories, and the article's next sentence ends it (trial: a
    Russian page's last paragraph under "Читайте также:" and two headlines). A "Related" or
    "More from" list closes the article: the snippets under it stay dropped."""
    for i, b in enumerate(blocks):
        if not (_dropped_by_model(b) and b.reason.startswith("teaser list") and "teaser" not in b.extra):
            continue
        if not b.sentence_end or b.words < TEASER_RESUME_MIN_WORDS or len(b.lines) > 2:
            continue
        j = i - 1
        while j >= 0 and blocks[j].extra.get("teaser") == "item":
            j -= 1
        if j < 0 or j == i - 1 or blocks[j].extra.get("teaser") != "header":
            continue
        if not _READ_ALSO_HEADER.match(blocks[j].lines[0]) or j == 0:
            continue
        above = blocks[j - 1]
        if above.kind in (BODY, LEAD) and above.sentences and above.reason != TEASER_RESUME_REASON:
            b.kind, b.reason = BODY, TEASER_RESUME_REASON


SUBHEADING_AFTER_BOX_REASON = "the article's subheading under a one-headline box (its text resumes)"


def _keep_subheading_after_box(blocks: list[_Block]) -> None:
    """The article's subheading that ended a read-also box for the rules
    (`tail._subheading_of_resumed_text`: a short line under the box's one headline, over a
    paragraph of the article) and that the block model dropped as the box's "teaser list" (its
    neighbours' evidence): a heading, when the paragraph under it is kept. Trial 51: "What the
    project includes" under "ALSO READ" and another story's headline."""
    for i, b in enumerate(blocks[:-1]):
        if b.extra.get("box_end") == "subheading" and _dropped_by_model(b) and b.reason.startswith("teaser list"):
            if blocks[i + 1].kind in (BODY, LEAD):
                b.kind, b.reason = HEADING, SUBHEADING_AFTER_BOX_REASON


# A list's item or a recipe's line by its shape: it opens with a quantity or a number and holds
# words ("2 large eggs", "1/2 cup sugar", "3. Bake"), or it is one line of a step's length that
# ends with a full stop ("Heat the oven to 350°F and grease the pan.").
_QUANTITY_START = re.compile(r"^(?:[•·▪\-*–]\s*)?(?:\d|[½¼¾⅓⅔⅛])")
_LETTERS = re.compile(r"[^\W\d_]{2}")
RUN_LINE_MAX_WORDS = 30  # a list's item or a recipe's step, not a paragraph
RUN_STEP_MIN_WORDS = 5  # a step says what to do with what; "Guten Appetit!" is a sign-off
RUN_MIN_BLOCKS = 4
RUN_ITEM_MIN_WORDS = 3  # "Zwei Chorlieder von Felix Mendelssohn Bartholdy"; a menu's items are shorter
RUN_REASON = "list item (as the most of the same-shaped lines around it)"
RUN_LABEL_MAX_WORDS = 3  # "Ingredients", "Instructions", "Zutaten": the label over such a list
RUN_LABEL_REASON = "heading of the list under it"


def _run_shape(b: _Block) -> str:
    """'q' for a one-line block opening with a quantity and holding a word (`_QUANTITY_START`),
    's' for a one-line sentence of RUN_STEP_MIN_WORDS to RUN_LINE_MAX_WORDS words ending with a
    full stop, '' otherwise (paragraphs, labels, menus, a calendar's row of days)."""
    if len(b.lines) != 1 or b.words > RUN_LINE_MAX_WORDS or b.signal:
        return ""
    if _QUANTITY_START.match(b.text):
        return "q" if _LETTERS.search(b.text) else ""
    if b.words >= RUN_STEP_MIN_WORDS and b.text.rstrip().endswith("."):
        return "s"
    # an item that names a thing (a programme's piece, a product's feature), no sentence's end
    return "i" if b.words >= RUN_ITEM_MIN_WORDS and not b.sentence_end and not b.text.rstrip().endswith(":") else ""


def _keep_runs_as_one(blocks: list[_Block]) -> None:
    """A run of RUN_MIN_BLOCKS+ consecutive blocks of one shape (`_run_shape`: a recipe card's
    ingredients, its steps, a list's items) stands or falls as one: when more than half of it is
    kept as body, its members dropped by place or on the block model's weak evidence
    (`_run_drop`) next to a kept one are body too, and a short label right above such a run ("Ingredients") is its
    heading. Trial: a recipe card kept 8 of its 10 ingredients and 3 of its 5 steps; the
    dropped ones were "outside the article text (after it)" among kept lines. A run of
    sentences only under a list's label (`_list_label`: "Instructions"): a dump's paragraphs
    are one-line sentences too, and the model's drops among them are its own."""
    i, n = 0, len(blocks)
    while i < n:
        shape = _run_shape(blocks[i])
        j = i + 1
        while shape and j < n and _run_shape(blocks[j]) == shape:
            j += 1
        # steps are one-line sentences as a dump's paragraphs are: only under a list's label
        above = blocks[i - 1] if i > 0 else None
        labelled = shape == "q" or bool(
            above and (above.kind == HEADING or _undecided_drop(above)) and _list_label(above)
        )
        # items: a list's lines kept as body or read as headings (a short line over the next one)
        kept = [b.kind == BODY or (shape == "i" and b.kind == HEADING) for b in blocks[i:j]]
        if labelled and j - i >= RUN_MIN_BLOCKS and 2 * sum(kept) > j - i:
            flipped = [
                k
                for k in range(i, j)
                if _run_drop(blocks[k]) and (kept[max(k - i - 1, 0)] or kept[min(k - i + 1, j - i - 1)])
            ]
            for k in flipped:
                blocks[k].kind, blocks[k].reason = BODY, RUN_REASON
            label = blocks[i - 1] if i > 0 else None
            if flipped and label and _undecided_drop(label) and _list_label(label):
                label.kind, label.reason = HEADING, RUN_LABEL_REASON
        i = max(j, i + 1)


# The block model's evidence that names no kind of chrome of its own (a prompt to the reader, a
# photo credit, a post meta line do): a run's line it dropped for these stands with the run.
_RUN_WEAK_EVIDENCE = ("few stop words for prose", "reads as page chrome", "teaser list", "reads like site chrome")


def _run_drop(b: _Block) -> bool:
    """Whether a run's member `b` was dropped by its place or on weak evidence of the block
    model (`_RUN_WEAK_EVIDENCE`), and so stands with the run (`_keep_runs_as_one`)."""
    return _undecided_drop(b) and b.reason.startswith((OUTSIDE_REASON, *_RUN_WEAK_EVIDENCE))


def _list_label(b: _Block) -> bool:
    """A list's label: one line of up to RUN_LABEL_MAX_WORDS words, letters only, no sentence's
    end but a colon ("Ingredients", "Zubereitung:")."""
    text = b.text.strip().rstrip(":")
    return (
        len(b.lines) == 1
        and b.words <= RUN_LABEL_MAX_WORDS
        and not _SENT_END.search(text)
        and all(w.isalpha() for w in text.split())
    )


# A live blog's entry under its time stamp: a relative time ("3m ago", "1h ago";
# `_relative_time_line`) may stand between, and a short heading line over the entry's paragraph.
LIVE_HEADING_MAX_WORDS = 12
LIVE_HEADING_REASON = "live blog post's heading (over its paragraph)"


def _live_post_at(blocks: list[_Block], i: int) -> tuple[int, int]:
    """(heading, paragraph) of the live blog post under time stamp `blocks[i]` (TIME_REASON):
    past relative times, an optional one-line heading of up to LIVE_HEADING_MAX_WORDS words
    without a sentence's end, then a paragraph of prose (8+ words, a sentence's end); -1 for
    a part that is not there."""
    j = i + 1
    while j < len(blocks) and (blocks[j].reason == TIME_REASON or _relative_time_line(blocks[j].text)):
        j += 1
    head = -1
    if j + 1 < len(blocks):
        h = blocks[j]
        if len(h.lines) == 1 and h.words <= LIVE_HEADING_MAX_WORDS and not h.sentence_end and not h.signal:
            head, j = j, j + 1
    if j < len(blocks) and blocks[j].sentence_end and blocks[j].words >= 8:
        return head, j
    return -1, -1


# A standfirst is a sentence or two; a longer paragraph between the headline and the article
# is text of its own, which the rules and the block model decide.
STANDFIRST_MIN_WORDS = 8


# Links set in a row ("Home » Europa » Deutschland", "site: media | arena: nfl", "- Menu -"):
# never in a standfirst's sentence.
_LINK_SEPARATOR = re.compile(r"\s[|»›>•·]\s|\s-\s.*\s-\s")
# A middle dot or a bullet between the phrases of one line: a deck's points ("New plant in the
# east · 240 jobs by spring · production from 2027"), where a link row's parts are a word or two.
_POINT_SEPARATOR = re.compile(r"\s[•·]\s")
POINT_MIN_TOKENS = 3


def _link_row(text: str) -> bool:
    """Whether `text` reads as a row of links (`_LINK_SEPARATOR`: "Home | News | Sport", "A - B
    - C"), not as a line of phrases set apart by middle dots or bullets: each part between them
    POINT_MIN_TOKENS+ tokens with a word in lower case after the first ("Neue Fertigung in
    Sachsen · Investition von 60 Millionen", "Nouvelle usine · 240 emplois créés"). Such a line
    under a headline is its deck, dropped for its dots (trial 18's press release)."""
    if not _LINK_SEPARATOR.search(text):
        return False
    parts = _POINT_SEPARATOR.split(text)
    if len(parts) < 2:
        return True
    for part in parts:
        tokens = part.split()
        lower = any(t[:1].islower() for t in tokens[1:])
        if len(tokens) < POINT_MIN_TOKENS or not lower or _LINK_SEPARATOR.search(part):
            return True
    return False


def _prose_lang(blocks: list[_Block]) -> bool:
    """Whether `_STOPWORDS` covers the page's language (12%+ of its words are in it)."""
    total_tokens = sum(b.words for b in blocks) or 1
    return sum(b.stop_ratio * b.words for b in blocks) / total_tokens >= 0.12


# The headers of a teaser list that points from inside an article to others ("Read also:",
# "Читайте также:", "ये भी पढ़ें:"), where the article goes on below the list (`_is_teaser_block`).
_READ_ALSO_HEADER = re.compile(
    r"^(?:read (?:also|more|next)|see also|also read|lesen sie auch|(?:à )?lire aussi|leia também|leggi anche|"
    r"baca juga|lee también|leé también|mirá también|lees ook|czytaj (?:też|także|również)|читайте также|читайте також|"
    rf"(?:ये|यह|इसे) भी पढ़ें|اقرأ أيضا|اقرأ أيضاً|延伸阅读|延伸閱讀|{READ_ALSO_ONLY})(?!\w)",
    re.I,
)


# A breadcrumb trail ("Home > Environment > Flooding and coastal change", "Startseite » Politik
# » Bayern"): two or more arrows between words.
_BREADCRUMB = re.compile(r"\s[>›»]\s.*\s[>›»]\s")


def _is_menu(b: _Block) -> bool:
    """Whether a headline-shaped line is the page's menu or its breadcrumb trail, not its
    headline: a line of a run of short lines (`_mixed_blocks`: a cookie dialog's buttons and
    the menu under them, set without blank lines), or links with arrows between them."""
    return "menu_run" in b.extra or bool(_BREADCRUMB.search(b.text))


# A letter to the editor is signed under its text: the writer's name, then where they write from
# ("Margaret Doyle, Harbour Road, Kinsale", "— Dr Jane Roe, Leeds", "Jan Kowalski" / "Kraków"):
# newspapers' letters pages (and vox pops, "Ann Lee, 34, Cork" under what she said) print it so.
# The shape "NAME, PLACE, ..." is models.signature_parts's (the entity tagger's too).
SIGNATURE_MAX_WORDS = 12
LETTER_SIGNATURES_MIN = 2  # a letters page holds several; one name line under prose may be anything
LETTER_SIGNATURE_REASON = "letter's signature (joined to its letter's last paragraph; the letter is its writer's)"
_SIGNATURE_DASH = "—–-―~ "
# Titles before a writer's name (Mr, Dr, Cllr; the forms of address of the languages of the
# speaker labels: speakers.py's list, which a letter's signature shares).
_SIGNATURE_TITLES = frozenset(
    t.casefold()
    for t in "Mr Mr. Mrs Mrs. Ms Ms. Miss Dr Dr. Prof Prof. Professor Rev Rev. Fr Fr. Sr Sr. Cllr Cllr. Sir Dame Lord "
    "Lady Herr Frau M. Mme Mme. Sra. Sr. Dott. Dott.ssa Dhr. Mevr.".split()
)


def _name_word(w: str) -> bool:
    """A word of a person's name as a signature writes it: capitalised ("Doyle", "O'Neill",
    "Müller-Lüdenscheidt"), an initial ("J."), or a particle ("van", "de")."""
    return (w[:1].isupper() and not any(c.isdigit() for c in w)) or w.casefold() in _NAME_PARTICLES


def signature_name(line: str) -> str:
    """The writer's name of a letter's signature line ("Dr Aidan Murphy, Scilly, Kinsale" ->
    "Aidan Murphy"), "" when `line` is no signature: up to SIGNATURE_MAX_WORDS words, no
    sentence inside nor at its end (a closing full stop aside), a name of SIGNATURE_NAME_WORDS
    words opening with a known given name (`given_names`) or after a title, then places apart by commas, each of up to
    SIGNATURE_PART_WORDS words opening with a capital or a figure ("Dublin 4", "34"); a name
    without a place only after a dash ("— Tom Price": a name alone is as often a heading over
    the profile under it, "Pre-Workout Supplement" a product's)."""
    dashed = line.strip()[:1] in _SIGNATURE_DASH
    line = line.strip().lstrip(_SIGNATURE_DASH).removesuffix(".").strip()
    if not line or count_words(line) > SIGNATURE_MAX_WORDS or _SENT_END.search(line) or "  " in line:
        return ""
    if any(c in line for c in ':;!?"“”«»()/|@'):
        return ""
    parts = signature_parts(line)
    if parts is None:  # a place of no words or of more than SIGNATURE_PART_WORDS
        return ""
    words, places = parts
    if not places and not dashed:  # a name alone is a heading over a profile as often as a signature
        return ""
    titled = bool(words) and words[0].casefold() in _SIGNATURE_TITLES
    if titled:
        words = words[1:]
    low, high = SIGNATURE_NAME_WORDS
    if not (low <= len(words) <= high and all(map(_name_word, words)) and words[0][:1].isupper()):
        return ""
    if words[-1].casefold() in _NAME_PARTICLES:
        return ""
    if not titled and words[0] not in given_names():  # "Auszeit Tollensesee, Nonnenhof, ...": an address
        return ""
    if not all(place[0][:1].isupper() or place[0][:1].isdigit() for place in places):
        return ""
    return " ".join(words)


def _letter_signature(b: _Block) -> str:
    """The writer's name when block `b` is a letter's signature (`signature_name`) on one line,
    or on two with the place on the second ("Jan Kowalski" / "Kraków"); else ""."""
    if len(b.lines) == 2:
        place = b.lines[1].strip()
        if not place[:1].isupper() or count_words(place) > SIGNATURE_PART_WORDS or _SENT_END.search(place):
            return ""
    elif len(b.lines) != 1:
        return ""
    return signature_name(b.lines[0])


# A letters page's notice on how to send one ("Letters should be no more than 250 words ... Email
# letters@...", "Leserbriefe geben nicht die Meinung der Redaktion wieder; Kürzungen vorbehalten"):
# a word for letters, and a rule of the page's (a length, the right to cut, an address to write to).
_LETTERS_WORD = keyscan.compile_gated(
    r"\b(?:letters?|leserbrief\w*|zuschrift\w*|lettres?|courriers? des lecteurs|cartas?|lettere|brieven|"
    r"ingezonden|listy|письма)\b",
    re.I,
    name="kept._LETTERS_WORD",
)
_SUBMISSION_RULE = re.compile(
    r"\b(?:no (?:more|longer) than \d[\d,]* words|(?:we|the editor) reserves? the right to (?:edit|shorten|cut)|"
    r"must include (?:a |your )?(?:full )?(?:postal )?address|kürzungen (?:sind )?vorbehalten|behält sich .{0,40}kürzungen|"
    r"se réserve le droit de (?:les )?(?:raccourcir|couper|modifier)|se reserva el derecho de (?:editar|resumir|extractar)|"
    r"si riserva (?:il diritto )?di (?:tagliare|modificare|sintetizzare)|behoudt zich het recht voor|"
    r"reserva-se o direito de (?:editar|resumir|cortar))",
    re.I,
)
# ...but a job application's letter ("cover letter", "lettre de motivation", `chromewords.
# APPLICATION_LETTER`) is none: trial 23's vacancy asked for one, with an address to send it to,
# and its "how to apply" paragraph (the interviews' date) was dropped as a letters page's notice.
_APPLICATION_LETTER = chromewords.compile_table(chromewords.APPLICATION_LETTER)
SUBMISSION_MAX_WORDS = 60
SUBMISSION_REASON = "letters page's notice on how to send a letter"


def _mark_letters(blocks: list[_Block]) -> None:
    """A letters page's signatures and its submission notice, in place. LETTER_SIGNATURES_MIN+
    body blocks (or headings with a place after a comma) that are a signature (`_letter_signature`) right under a letter's prose: each
    is joined to the letter's last paragraph as its last line (a hit on the letter shows who
    wrote it, and a search for the writer, `--person` too, finds the letter, not a line of a
    name alone) and marked LETTER_SIGNATURE_REASON; the letter's paragraphs, up to the heading
    or signature before them, are the writer's (`extra["speaker"]`, as a transcript's turn, so
    `--speaker` finds all of them). A body block of up to SUBMISSION_MAX_WORDS words naming
    letters with a rule for sending them (`_SUBMISSION_RULE`, or an e-mail address) is
    boilerplate (SUBMISSION_REASON); not when the letter is a job application's
    (`_APPLICATION_LETTER`: a vacancy's "send a cover letter ... to jobs@...")."""
    for b in blocks:
        if b.kind == BODY and b.words <= SUBMISSION_MAX_WORDS and _LETTERS_WORD.search(b.text):
            if _APPLICATION_LETTER.search(b.text):
                continue
            if _SUBMISSION_RULE.search(b.text) or (_EMAIL.search(b.text) and len(b.lines) == 1 and b.sentence_end):
                b.kind, b.reason = BOILERPLATE, SUBMISSION_REASON
    signed = []
    for i in range(1, len(blocks)):
        b, before = blocks[i], blocks[i - 1]
        # a signature with its place read as a heading over the next letter (a plain page's
        # short line over prose): its comma tells it from a heading's words
        if before.kind == BODY and before.sentence_end and before.words >= 8:
            name = _letter_signature(b) if b.kind == BODY or (b.kind == HEADING and "," in b.text) else ""
            if name:
                signed.append((i, name))
    if len(signed) < LETTER_SIGNATURES_MIN:
        return
    start = 0
    for i, name in signed:
        letter = blocks[i - 1]
        letter.text += "\n" + _one_line(blocks[i])
        letter.lines = [*letter.lines, *blocks[i].lines]
        blocks[i].kind, blocks[i].reason = BOILERPLATE, LETTER_SIGNATURE_REASON
        for j in _letter_blocks(blocks, start, i):
            blocks[j].extra["speaker"] = name
        start = i + 1


LETTER_MAX_BLOCKS = 10  # a reader's letter: a few paragraphs (letters pages print up to ~300 words)
# A line credited to someone with a dash ("—Joe L., age 10", "— 5-year-old Kerrigan"): the end of
# another's contribution, though no signature of `signature_name`'s shape
_DASH_CREDIT = re.compile(r"^[—–―]\s*\S")


def _letter_blocks(blocks: list[_Block], start: int, i: int) -> list[int]:
    """The body blocks of the letter signed at block `i` (its paragraphs after block `start`, the
    one after the previous signature): back from `i - 1` to a heading or a line another person is
    credited on with a dash (`_DASH_CREDIT`, a last line of its block); when more than
    LETTER_MAX_BLOCKS stand so, its start is unknown and only the paragraph the signature closes
    is the writer's. A page of children's jokes each credited "—Joe L., age 10", three of whose
    credits read as signatures, had its 300 jokes said by three children (a new user's try)."""
    found: list[int] = []
    for j in range(i - 1, start - 1, -1):
        b = blocks[j]
        if b.kind == HEADING or (j < i - 1 and _DASH_CREDIT.match(b.lines[-1].strip())):
            break
        if b.kind == BODY:
            found.append(j)
            if len(found) > LETTER_MAX_BLOCKS:
                return [i - 1]
    return found


def _one_line(b: _Block) -> str:
    """A block's text as one line ("Jan Kowalski" / "Kraków" -> "Jan Kowalski, Kraków")."""
    return ", ".join(ln.strip() for ln in b.lines)
