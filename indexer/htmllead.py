"""The lead of an HTML article where the extractor dropped it.

A news or blog page often sets its first paragraph apart between the headline and the body: a
lead, standfirst or excerpt (`<p class="lead">`, `<div class="article-intro">`,
`<h2 class="article-subheadline">`, a `<p>` inside the article's `<header>`). trafilatura
discards such elements with the page's teasers and headers, so the article's first sentences
were not indexed: on the extraction-wild tuning pages that was the largest group of article
strings the extractor never returned (22 of 73).

`lead_paragraphs` finds the page's headline in the markup, then the extractor's first body
paragraph after it, and returns the prose found between the two. The segmenter then classifies
what is returned like any other block (bylines, dates, calls to action dropped).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any, NamedTuple

from .models import HEADING, SENTENCE_MARKS

# Elements that start a new block of text (the rest are inline: their text joins the block's).
BLOCK_TAGS = frozenset(
    "address article aside blockquote body dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 "
    "header hgroup li main nav ol p pre section summary table tbody td tfoot th thead tr ul".split()
)
# Elements whose text is never a lead: code, furniture, images' captions, forms.
SKIP_TAGS = frozenset(
    "script style noscript template svg iframe object nav footer aside figure figcaption form "
    "button select textarea label time".split()
)
# A <form> that wraps the page's content, not a sign-up, search or comment form: Question2Answer
# wraps its question and each answer in one (for their buttons), ASP.NET WebForms the whole page
# (trial 26: the Q&A page's text was missing from the page's blocks, so no answer could be put
# back). It holds what schema.org calls a text, or the page's headline or article. (A first rule,
# 40 words and a paragraph, also took the forms of 50 wild tuning pages for content (this one, 1), and
# cost held-out HTML 0.936 -> 0.931 in the session's regression check.)


def leaves_out(el: Any, tag: str) -> bool:
    """Whether the page's text blocks leave out the text of element `el` (its tag `tag`): a
    SKIP_TAGS element, except a <form> that wraps the page's content (`content_form`)."""
    if tag not in SKIP_TAGS:
        return False
    return tag != "form" or not content_form(el)


def content_form(form: Any) -> bool:
    """Whether the <form> element `form` wraps the page's content: it holds what schema.org calls
    a text (`_CONTENT_PROP`), an <h1> or an <article>."""
    return bool(form.xpath(_CONTENT_PROP)) or next(form.iter("h1", "article"), None) is not None


# what schema.org's microdata calls a post's or an article's text (a Q&A answer's "text")
_CONTENT_PROP = ".//*[@itemprop='text' or @itemprop='articleBody']"


# Class or id names of what sits between a headline and a body but is not the lead, as parts of
# longer names too ("bypostauthor", "postmetadata", "navbreadcrumbs"), but not inside the words
# of other names: Drupal's "node--promoted" (an article promoted to the front page: its whole
# <article>, so the subtitle under a release's headline was no lead, trial 30), "instagram",
# "validate", "autocomplete", "accreditation" (counted on the tuning pages' class names).
_NOT_LEAD = re.compile(
    r"caption|(?<!ac)credit|byline|author|(?<!vali)date|meta|share|social|breadcrumb|tag(?!ram)|copyright|cookie|"
    r"newsletter|comment|related|advert|sponsor|promo(?!ted)|subscribe|paywall|rating|(?<!au)toc|"
    r"(?:categor\w*|term|taxonomy|archive)[_-]?desc",  # a section's blurb (Discourse's "category-description")
    re.I,
)
LEAD_MIN_WORDS = 8  # a lead is a sentence or more; a byline, date line or label is shorter
LEAD_MIN_CHARS = 30  # the same, in letters, for scripts written without spaces (`UNSPACED`)
# Letters of the scripts written without spaces between words (Han, kana, Thai, Lao, Myanmar,
# Khmer): only they make text without spaces prose; in other scripts it is a file path, a URL or
# a product code ("Demos: geexlab-demopack-python3/socket/01-socket-http-request/main.xml").
UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")
# Thai and Lao mark no sentence ends: a space separates clauses and sentences, a paragraph just
# ends. Text with this many of their characters reads as prose (a menu item or a section name
# has under 15, a headline 30-60; news paragraphs 100-400): a Thai article page was "no
# article text found", and a Thai dump's paragraphs were judged by a sentence mark they never have.
UNMARKED_PROSE_CHARS = 80
_UNMARKED_SCRIPT = re.compile(r"[\u0e00-\u0eff]")  # Thai U+0E00-0E7F, Lao U+0E80-0EFF


# Letters of a script written without spaces per word counted (Chinese words are one to
# three characters, most of them two; Japanese and Thai words as long): a run of them between
# spaces or punctuation is one space-separated token, and a Japanese paragraph of 60 characters
# was "1 word", a short line, so a dump of such lines read as a menu.
UNSPACED_LETTERS_PER_WORD = 2
# Thai, Lao, Khmer and Myanmar words are longer in letters (their vowel signs and tone marks are
# letters here): "เข้าสู่ระบบ" ("log in") is 11 of them.
SEA_LETTERS_PER_WORD = 4
_SEA = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")


def count_words(text: str) -> int:
    """The words of `text`: its space-separated tokens, where a token holding letters of a
    script written without spaces (`UNSPACED`) counts one word per UNSPACED_LETTERS_PER_WORD of
    its Han and kana and per SEA_LETTERS_PER_WORD of its Thai, Lao, Khmer or Myanmar letters (at
    least one), plus its other runs ("5キロ4000円": 3 letters, 1 word, and 2 figures). Text
    without such letters: len(text.split()), exactly (the one count the segmenter's line tests,
    the title's choice and the paywall warning share)."""
    tokens = text.split()
    if text.isascii() or not UNSPACED.search(text):
        return len(tokens)
    n = 0
    for t in tokens:
        letters = len(UNSPACED.findall(t))
        if not letters:
            n += 1
            continue
        sea = len(_SEA.findall(t))
        words = (letters - sea) // UNSPACED_LETTERS_PER_WORD + sea // SEA_LETTERS_PER_WORD
        n += max(1, words + len(UNSPACED.sub(" ", t).split()))
    return n


def is_unmarked_prose(text: str) -> bool:
    """Whether `text` is prose in a script without sentence marks (Thai, Lao): at least
    UNMARKED_PROSE_CHARS of its characters. It then counts as ending a sentence."""
    return len(_UNMARKED_SCRIPT.findall(text)) >= UNMARKED_PROSE_CHARS


LEAD_MAX_BLOCKS = 3  # a lead is one to three paragraphs
# The most blocks of text between the headline and the body searched: farther apart, the
# headline found is not the article's (a teaser's, a sidebar's) and the text between is a page.
LEAD_MAX_GAP = 25
_KEY_CHARS = 40  # the body's first paragraph is found by its first characters
BODY_KEYS = 4  # ... or by one of the first few


class TextBlock(NamedTuple):
    """One block of a page's visible text: its element, its text (white space collapsed) and how
    many of its characters are link text (inside <a>)."""

    owner: Any
    text: str
    link_chars: int


def visible_events(
    root: Any, hidden: Callable[[Any, str], bool], lower: bool = False
) -> Iterator[tuple[str, Any, str, str]]:
    """The visible part of an lxml tree in document order, one walk, as (event, element, tag,
    text): ("start", el, tag, el.text or "") when an element shown begins, ("end", el, tag, "")
    when it ends, ("tail", el, tag, el.tail or "") for the text after an element (shown or not)
    once it is shown again; never the tail of `root`. An element is not shown when `hidden(el,
    tag)` says so, when it has no tag (a comment, a processing instruction), or when it is inside
    one not shown. `tag` is the element's tag, lower-cased when `lower` (a page parsed as XML
    keeps its case)."""
    from lxml import etree

    skipped: list[bool] = []
    skip = 0
    for event, el in etree.iterwalk(root, events=("start", "end")):
        tag = el.tag if isinstance(el.tag, str) else ""
        if lower:
            tag = tag.lower()
        if event == "start":
            leave_out = skip > 0 or not tag or hidden(el, tag)
            skipped.append(leave_out)
            if leave_out:
                skip += 1
            else:
                yield "start", el, tag, el.text or ""
            continue
        if skipped.pop():
            skip -= 1
        else:
            yield "end", el, tag, ""
        if skip == 0 and el is not root:
            yield "tail", el, tag, el.tail or ""


def text_blocks(root: Any) -> list[TextBlock]:
    """The visible text of an lxml tree as TextBlocks in document order. Text inside SKIP_TAGS
    elements and comments is left out; a BLOCK_TAGS element starts a new block."""
    blocks: list[TextBlock] = []
    owners: list[Any] = [root]
    buffer: list[tuple[str, bool]] = []  # (text, inside a link)
    links = 0

    def flush() -> None:
        text = " ".join("".join(t for t, _ in buffer).split())
        if text:
            link_chars = len(" ".join("".join(t for t, link in buffer if link).split()))
            blocks.append(TextBlock(owners[-1], text, link_chars))
        buffer.clear()

    for event, el, tag, text in visible_events(root, leaves_out):
        if event == "start":
            if tag in BLOCK_TAGS:
                flush()
                owners.append(el)
            links += tag == "a"
            buffer.append((text, links > 0))
        elif event == "end":
            if tag in BLOCK_TAGS:
                flush()
                owners.pop()
            elif tag == "br":
                buffer.append((" ", False))
            links -= tag == "a"
        else:
            buffer.append((text, links > 0))
    flush()
    return blocks


def inline_text(el: Any) -> str:
    """The text of an lxml element as a reader sees it, white space collapsed: inline elements
    (<em>, <a>, <span>) join the text around them as written, a BLOCK_TAGS element or a <br>
    starts a new run (a space). Joining every text node with a space put spaces inside a
    caption's inline tags ("A tardigrade ( Hypsibius exemplaris ) imaged", trial 8); joining
    them with none glued "<p>... dusk.</p>Photo:" into "dusk.Photo:". Comments and processing
    instructions give only their tails."""
    from lxml import etree

    parts: list[str] = []
    for event, node in etree.iterwalk(el, events=("start", "end")):
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag in BLOCK_TAGS or tag == "br":
            parts.append(" ")
        if event == "start":
            parts.append(node.text or "" if tag else "")
        elif node is not el:
            parts.append(node.tail or "")
    return " ".join("".join(parts).split())


_LETTER_WORD = re.compile(r"[^\W\d_]{2,}")
# A date or a time of day: with no sentence end, the line is a byline or date line, not a lead.
_DATE_OR_TIME = re.compile(r"\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{1,2}[:h]\d{2}\b")
# ...or a year, in a line no longer than a date line ("Published 24 March 2026 | Updated ..."):
# a standfirst without a final stop may name one ("... will produce cells starting in 2028",
# sixth trial: a release's subtitle was lost).
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
DATE_LINE_MAX_WORDS = 10  # words of letters: "Published 24 March 2026 | Updated ..." has 4
# A photo credit: the line is an image's caption.
_CREDIT = re.compile(r"©|\((?:foto|photo|bild|image|quelle|source|crédito|credit)s?\s*:", re.I)
_SENTENCE_END = re.compile(rf"[{SENTENCE_MARKS}][\"'”»)]*$")
LINK_SHARE_MAX = 0.5  # a block that is mostly link text is another page's headline, not the lead


def reads_as_lead(text: str) -> bool:
    """Whether `text` reads as a lead by its words alone: LEAD_MIN_WORDS words (LEAD_MIN_CHARS
    letters in a script written without spaces), no photo credit, and with no sentence end no
    date, time of day or year in a line as short as a date line."""
    # words as written, between spaces: the letter runs of a file path or a URL are not words
    words = sum(1 for token in text.split() if _LETTER_WORD.search(token))
    if words < LEAD_MIN_WORDS and len(UNSPACED.findall(text)) < LEAD_MIN_CHARS:
        return False
    if _CREDIT.search(text):
        return False
    return bool(
        _SENTENCE_END.search(text)
        or not (_DATE_OR_TIME.search(text) or (words <= DATE_LINE_MAX_WORDS and _YEAR.search(text)))
    )


def _is_lead(block: TextBlock) -> bool:
    """Whether a block between the headline and the body reads as the article's lead
    (`reads_as_lead`, not mostly link text, not in a box named like a caption or byline)."""
    text = block.text
    if not reads_as_lead(text) or block.link_chars > LINK_SHARE_MAX * len(text):
        return False
    return not _in_named_box(block)


def _in_named_box(block: TextBlock) -> bool:
    """Whether a block or its parent is named (class or id) like a caption, byline or teaser
    box (`_NOT_LEAD`): no lead, no prose the extractor missed, no section heading."""
    return any(
        el is not None and _NOT_LEAD.search(f"{el.get('class') or ''} {el.get('id') or ''}")
        for el in (block.owner, block.owner.getparent())
    )


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def _headline(blocks: list[TextBlock], title: str) -> int:
    """Index of the page's headline: the first <h1> that the page's title holds (or that holds
    it), else such an <h2> or <h3> (pages that give the site's name the <h1>), else the page's
    only <h1>; -1 when there is none."""
    norm_title = _norm(title)
    for tags in (("h1",), ("h2", "h3")):
        for i, b in enumerate(blocks):
            text = _norm(b.text)
            if b.owner.tag in tags and norm_title and len(text) >= 8 and (text in norm_title or norm_title in text):
                return i
    h1 = [i for i, b in enumerate(blocks) if b.owner.tag == "h1"]
    return h1[0] if len(h1) == 1 else -1


def _body_start(blocks: list[TextBlock], start: int, extracted: list[str]) -> int:
    """Index of the first block after `start` that holds one of the extractor's first
    BODY_KEYS paragraphs (by their first _KEY_CHARS characters; an image's alternative text or
    a "Loading..." line is not in the page's text, so one paragraph alone may not be found);
    -1 when none is found."""
    keys = [k for k in (" ".join(t.split())[:_KEY_CHARS] for t in extracted[:BODY_KEYS]) if len(k) >= 20]
    found = (next((i for i in range(start + 1, len(blocks)) if k in blocks[i].text), -1) for k in keys)
    return min((i for i in found if i >= 0), default=-1)


def lead_paragraphs(root: Any, title: str, extracted: list[str], blocks: list[TextBlock] | None = None) -> list[str]:
    """Prose between the page's headline and the extractor's first body paragraph that the
    extractor did not return: at most LEAD_MAX_BLOCKS paragraphs of LEAD_MIN_WORDS+ words,
    none in a container named like a caption, byline, date or share bar (`_NOT_LEAD`).

    `root` is the page's lxml tree, `title` its title (metadata), `extracted` the extractor's
    body paragraphs in order. Returns [] when the headline or the body cannot be found in the
    markup or they are more than LEAD_MAX_GAP blocks apart. `blocks`: `text_blocks(root)`, when
    the caller has it already.
    """
    if not extracted:
        return []
    blocks = text_blocks(root) if blocks is None else blocks
    start = _headline(blocks, title)
    if start < 0:
        return []
    end = _body_start(blocks, start, extracted)
    if end < 0 or end - start > LEAD_MAX_GAP:
        return []
    known = {_norm(t) for t in extracted} | {_norm(blocks[start].text)}  # a repeated headline is no lead
    seen = " ".join(_norm(t) for t in extracted)
    leads: list[str] = []
    for block in blocks[start + 1 : end]:
        key = _norm(block.text)
        if key in known or key in seen or not _is_lead(block):
            continue
        known.add(key)  # a lead repeated (for the mobile and the desktop layout) is given once
        leads.append(block.text)
    return leads[:LEAD_MAX_BLOCKS]


# Class or id names of a standfirst's element ("standfirst", "article__dek", "c-summary",
# "lede", "subtitle", "sub-headline", "intro", "excerpt", "strapline"; "lead" itself), one name
# or a part of one between "-", "_" or spaces: "leaderboard" and "summary-table" are not.
# Other languages' names (trial 11: a French "chapo" was body): French chapo/chapeau, Spanish
# entradilla/entradeta/bajada/copete/sumario, Italian sommario/sottotitolo, German vorspann and
# teaser (a German article's own lead), Czech and Slovak perex, Swedish, Norwegian and Finnish
# ingress/ingressi, Polish zajawka, Portuguese linha-fina, Russian lid.
_LEAD_NAME = re.compile(
    r"(?:^|[\s_-])(?:standfirst|dek|deck|lede|lead|summary|subtitle|sub-?head(?:line)?|intro|excerpt|strapline|"
    r"chapo|chapeau|entradilla|entradeta|bajada|copete|sumario|sommario|sottotitolo|vorspann|teaser|perex|"
    r"ingressi?|zajawka|linha-?fina|lid)"
    r"(?:$|[\s_-](?!table|box|list))",
    re.I,
)


# A section heading's element: a standfirst's next paragraph under one is the article's (trial 23:
# a Dutch municipality's "Wie kan subsidie aanvragen?" was dropped as a heading over nothing, the
# paragraph under it in a Drupal "text-with-summary" field read as the lead's second paragraph).
_HEADING_TAG = re.compile(r"^h[1-6]$", re.I)


def kept_leads(root: Any, title: str, extracted: list[str], blocks: list[TextBlock] | None = None) -> int:
    """How many of the extractor's first paragraphs (`extracted`, in order; at most
    LEAD_MAX_BLOCKS) are the article's standfirst it kept as text: set right under the page's
    headline, each in an element (or its parent) named like one (`_LEAD_NAME`: `<p
    class="standfirst">`, `<div class="article-dek">`), reading as a lead (`_is_lead`). The
    README's `lead` kind; 0 when the headline is not found or the first paragraph is not such.
    A later paragraph under a section heading (`_HEADING_TAG`) is none: the body starts there."""
    blocks = text_blocks(root) if blocks is None else blocks
    start = _headline(blocks, title)
    if start < 0:
        return 0
    n, at = 0, start + 1
    for text in extracted[:LEAD_MAX_BLOCKS]:
        key = _norm(text)
        # the paragraph's block, within a few blocks of the headline (a byline, a date between)
        j = _near(blocks, at, key)
        if j < 0 or not _is_lead(blocks[j]):
            break
        if n and any(_HEADING_TAG.match(str(x.owner.tag)) for x in blocks[at:j] if x.owner is not None):
            break  # a section's heading between: the paragraph under it opens the body
        names = " ".join(
            f"{el.get('class') or ''} {el.get('id') or ''}"
            for el in (blocks[j].owner, blocks[j].owner.getparent())
            if el is not None
        )
        if not _LEAD_NAME.search(names) or not _set_apart(blocks, j, extracted[n + 1 : n + 2]):
            break
        n, at = n + 1, j + 1
    return n


def _near(blocks: list[TextBlock], at: int, key: str) -> int:
    """Index of the first block from `at` whose text is `key` (`_norm`), with fewer than
    LEAD_GAP_BLOCKS other blocks before it, a block mostly of link text (a row of tags, a share
    bar) not counted, and at most LEAD_MAX_GAP blocks in all; -1 when there is none (trial 7: a
    summary under three tag links and a share bar was body)."""
    others = 0
    for j in range(at, min(at + LEAD_MAX_GAP, len(blocks))):
        if _norm(blocks[j].text) == key:
            return j
        others += blocks[j].link_chars <= LINK_SHARE_MAX * len(blocks[j].text)
        if others >= LEAD_GAP_BLOCKS:
            break
    return -1


def _set_apart(blocks: list[TextBlock], j: int, after: list[str]) -> bool:
    """Whether block `j` is set apart from the extracted paragraph after it (`after`, [] at the
    end): another block between them (a byline, a date line, a picture's caption), another
    container, or a next paragraph that reads as no lead (`reads_as_lead`: a date line). A paragraph named "summary" right beside the body's next one in the same
    container is the article's first paragraph (TechCrunch's `<p id="speakable-summary">`)."""
    if not after:
        return False
    key = _norm(after[0])
    k = next((k for k in range(j + 1, min(j + 1 + LEAD_GAP_BLOCKS, len(blocks))) if _norm(blocks[k].text) == key), -1)
    # a date line or a byline under it ("Le Courrier du Rhône avec AFP · Publié le 18/11/2026")
    # sets it apart as well as another container does (trial 11: a "chapo" was body)
    return (
        k < 0
        or k > j + 1
        or blocks[k].owner.getparent() is not blocks[j].owner.getparent()
        or not reads_as_lead(after[0])
    )


LEAD_GAP_BLOCKS = 4  # a kicker, a byline and a date line between the headline and its standfirst


GAP_MIN_WORDS = 15  # a paragraph of running text; labels, headings and captions are shorter
GAP_MAX_BLOCKS = 12  # the most blocks of text between two extracted paragraphs searched
GAP_SEARCH_BLOCKS = 200  # how far ahead an extracted paragraph is looked for in the page


def _is_gap_prose(block: TextBlock) -> bool:
    """Whether a block between two of the extractor's paragraphs reads as article prose: a
    sentence of GAP_MIN_WORDS+ words, little link text, not in a container named like a
    caption, byline, share bar or teaser (`_NOT_LEAD`)."""
    text = block.text
    if len(_LETTER_WORD.findall(text)) < GAP_MIN_WORDS or not _SENTENCE_END.search(text):
        return False
    if block.link_chars > 0.2 * len(text) or _CREDIT.search(text):
        return False
    return not _in_named_box(block)


# What a paragraph ending with a colon introduces: code, a list, a table or a quotation
_LEAD_IN_TARGETS = frozenset({"pre", "code", "ul", "ol", "dl", "table", "blockquote"})


def _is_lead_in(blocks: list[TextBlock], n: int) -> bool:
    """Whether block `n` is prose that introduces the code, list, table or quotation right after
    it ("..., puedes dejar que lo adivine la librería charset-normalizer:" over a <pre>): ends
    with a colon, and else reads as `_is_gap_prose` does. Trial 29's Q&A answer lost its first
    paragraph, which ended so."""
    b = blocks[n]
    if not b.text.rstrip().endswith((":", "：")) or n + 1 >= len(blocks):
        return False
    nxt = blocks[n + 1].owner
    parent = nxt.getparent()  # (an item's list, a <code>'s <pre>; not further up: a layout's <table>)
    if not (nxt.tag in _LEAD_IN_TARGETS or (parent is not None and parent.tag in _LEAD_IN_TARGETS)):
        return False
    text = b.text
    return (
        len(_LETTER_WORD.findall(text)) >= GAP_MIN_WORDS
        and b.link_chars <= 0.2 * len(text)
        and not _CREDIT.search(text)
        and not _in_named_box(b)
    )


def _markup(el: Any) -> tuple[str, str, str, str]:
    """An element's place in the markup: its tag and class, its parent's tag and class."""
    parent = el.getparent()
    if parent is None:
        return (el.tag, el.get("class") or "", "", "")
    return (el.tag, el.get("class") or "", str(parent.tag), parent.get("class") or "")


def _same_run(a: Any, b: Any) -> bool:
    """Whether elements `a` and `b` are in one run of the page's markup: the same parent, or
    parents that are siblings (a transcript's turns, each a <div> of its own)."""
    pa, pb = a.getparent(), b.getparent()
    if pa is None or pb is None:
        return False
    return pa is pb or (pa.getparent() is not None and pa.getparent() is pb.getparent())


# A picture's credit closing a caption: a parenthesis of a few words, an agency's or a
# photographer's ("(NASA/JPL-Caltech/ASU)", "(AP Photo/Jane Doe)"), with a slash or in capitals.
_CREDIT_TAIL = re.compile(r"\(([^()\s]+(?:\s+[^()\s]+){0,4})\)\s*$")
TWIN_SHARED_SHARE = 0.5  # of a block's 3-word shingles found in the paragraphs around it: a piece of them


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = _norm(text).split()
    return {tuple(words[k : k + 3]) for k in range(len(words) - 2)}


def _is_gap_twin(block: TextBlock, kept: tuple[TextBlock, ...], near: str) -> bool:
    """Whether a block between two of the extractor's paragraphs (`kept`: their page blocks;
    `near`: their texts, normalised) is set in the same markup as one of them (`_markup`: a <p>
    of its class in the same kind of container, in the same run, `_same_run`) and has letters, little link text, no box named like a
    caption, byline or teaser (`_NOT_LEAD`), no picture's credit at its end (`_CREDIT_TAIL`), and
    is no piece of the paragraphs around it (under TWIN_SHARED_SHARE of its 3-word shingles in
    `near`: broken markup splits one paragraph's <p> in two): a paragraph of the article however
    short. trafilatura drops a short <p> whose container also holds a link (trial 13: a
    transcript's turns, each a <div> with its time-stamp link, lost "Is it safe?" and two more
    questions, with no trace in the output); the segmenter then classifies it as any block,
    and says why."""
    if block.owner.tag != "p" or not any(ch.isalpha() for ch in block.text):
        return False
    if block.link_chars > LINK_SHARE_MAX * len(block.text):
        return False
    credit = _CREDIT_TAIL.search(block.text)
    if credit and ("/" in credit.group(1) or credit.group(1).isupper() or _CREDIT.search(f"({credit.group(1)}:")):
        return False
    shingles = _shingles(block.text)
    if shingles and sum(" ".join(sh) in near for sh in shingles) >= TWIN_SHARED_SHARE * len(shingles):
        return False
    where = _markup(block.owner)
    return any(_markup(k.owner) == where and _same_run(k.owner, block.owner) for k in kept) and not _in_named_box(block)


def _is_gap_heading(blocks: list[TextBlock], k: int, next_found: int) -> bool:
    """Whether page block `k` between two of the extractor's paragraphs is a section heading it
    dropped: an <h2>-<h6> right over the next paragraph it kept (`next_found`: that paragraph's
    page block), of at most GAP_HEADING_MAX_WORDS words, not mostly link text, not in a
    container named like a caption, byline or teaser (`_NOT_LEAD`). A newsletter's table layout
    (trial 8: `<h2 style="...">Also this week</h2>` between two paragraphs in a `<td>`) lost it."""
    block = blocks[k]
    if block.owner.tag not in GAP_HEADING_TAGS or k + 1 != next_found:
        return False
    if count_words(block.text) > GAP_HEADING_MAX_WORDS or block.link_chars > LINK_SHARE_MAX * len(block.text):
        return False
    return not _in_named_box(block)


GAP_HEADING_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6"})  # an <h1> is the page's headline
GAP_HEADING_MAX_WORDS = 12  # a section's name; a longer "heading" is a standfirst or a teaser


def gap_paragraphs(
    root: Any, extracted: list[str], blocks: list[TextBlock] | None = None
) -> list[tuple[int, str, str]]:
    """Prose, lists and section headings the extractor dropped between two of its own paragraphs:
    [(i, kind, text), ...] in page order, each to go after `extracted[i]`, kind "" for prose
    (`_is_gap_prose`) and for a list (`gap_lists`: its items one a line), HEADING for a heading
    right over the next paragraph found or over a list or prose put back (`_is_gap_heading`; a
    heading with nothing put back after it goes over the next paragraph found: its `i` is that
    paragraph's index - 1).
    `root` is the page's lxml tree, `extracted` the extractor's body paragraphs in order; each is
    found in the page by its first _KEY_CHARS characters, and the blocks between two found at
    most GAP_MAX_BLOCKS apart (a list's items not counted) are searched."""
    blocks = text_blocks(root) if blocks is None else blocks
    found = _in_page_order(_found_paragraphs(extracted, blocks))
    out: list[tuple[int, str, str]] = []
    # an embed's placeholder repeated for each embed is given once, and a paragraph the extractor
    # gave elsewhere (a quote pulled out, a paragraph found out of the page's order) not again
    given = {_norm(t) for t in extracted}
    for (i, a), (k, b) in zip(found, found[1:]):
        near = " ".join(_norm(t) for t in extracted[i : k + 1])  # what the extractor gave there
        lists, items = gap_lists(blocks, a, b, near)
        if b - a - 1 - items > GAP_MAX_BLOCKS:
            continue
        picked: dict[int, tuple[str, str]] = {}  # block index: (kind, text)
        in_list = {m for n in lists for m in range(n, n + lists[n].count("\n") + 1)}
        for n in range(a + 1, b):
            if n in lists:
                picked[n] = ("", lists[n])
            elif n in in_list:
                continue
            elif (
                _norm(blocks[n].text) not in near
                and (
                    _is_gap_prose(blocks[n])
                    or _is_lead_in(blocks, n)
                    or _is_gap_twin(blocks[n], (blocks[a], blocks[b]), near)
                )
                and not (n - 1 > a and under_named_label(blocks[n - 1].text, blocks[n].text))
            ):
                picked[n] = ("", blocks[n].text)
        _pick_gap_headings(blocks, a, b, in_list, picked)
        last_body = max((n for n, (kind, _) in picked.items() if not kind), default=-1)
        for n in sorted(picked):
            kind, text = picked[n]
            key = _norm(text)
            if key in given or key in near:
                continue
            given.add(key)  # a heading with no list or prose after it goes right over the paragraph it heads
            out.append((k - 1 if kind and n > last_body else i, kind, text))
    return out


def under_named_label(label: str, text: str) -> bool:
    """Whether `text` is a box about what the page block over it names (`label`: "About
    Brightloop" over "Brightloop helps ...", `chromewords.about_named`, every language of its LANGUAGES): a
    company's or site's box beside or under the article, no paragraph the extractor dropped
    (`gap_paragraphs`), and a press release's closing boilerplate (`htmlpage._mark_about_box`)."""
    from .chromewords import about_named, opens_with_name

    name = about_named(label)
    return bool(name) and opens_with_name(text, name)


def _pick_gap_headings(
    blocks: list[TextBlock], a: int, b: int, in_list: set[int], picked: dict[int, tuple[str, str]]
) -> None:
    """Add to `picked` (block index: (kind, text), the gap's prose and lists put back) the section
    headings between page blocks `a` and `b` (two extracted paragraphs): each `_is_gap_heading`
    right over `b`, over a list put back (`in_list`: its blocks), or over a heading put back, read
    from the bottom up (an <h2> over an <h3> over a list)."""
    for n in range(b - 1, a, -1):
        if n in picked or n in in_list:
            continue
        # over a list or a heading over one, not over prose put back: a box's label over it
        # ("Questions and answers" over a module's paragraph) is no section of the article
        on = n + 1 == b or n + 1 in in_list or picked.get(n + 1, ("", ""))[0] == HEADING
        over = n + 1 if on else -1
        if _is_gap_heading(blocks, n, over):
            picked[n] = (HEADING, blocks[n].text)


GAP_LIST_MAX_ITEMS = 60  # blocks of one list put back; a longer one is an index, not a paragraph's list


def _list_of(owner: Any) -> Any:
    """The outermost <ul>/<ol> of a nest of lists holding `owner` as an item's text (the item
    itself or an element up to two levels into it), None when it is in no list item."""
    item = owner
    for _ in range(2):  # an item's <p> or <span>, or an item's <div>'s <p>
        if item is None or item.tag == "li":
            break
        item = item.getparent()
    top = None
    while item is not None and item.tag == "li":
        lst = item.getparent()
        if lst is None or lst.tag not in ("ul", "ol"):
            break
        top, item = lst, lst.getparent()
    return top


def gap_lists(blocks: list[TextBlock], a: int, b: int, near: str) -> tuple[dict[int, str], int]:
    """The <ul>/<ol> lists the extractor dropped between page blocks `a` and `b` (two of its
    paragraphs; `near`: the extractor's text there, normalised): ({index of a list's first block:
    its blocks' texts one a line}, how many blocks those lists hold). A list is put back when it
    sits beside one of the two paragraphs in the markup (`_same_run`: the article's own list,
    not a sidebar's), holds neither of them, is mostly not link text (a menu, a tag list, a list
    of teasers are links), has no box named like chrome (`_NOT_LEAD`) on it or over it, holds
    GAP_LIST_MAX_ITEMS blocks at most, and the extractor did not give its text. trafilatura's
    last-resort pass, taken on a page with no container it knows for an article, keeps only
    <p>, <table>, <blockquote> and <pre> (trial 20, trial 21: a job ad's duties and a press
    release's features, both <ul> between two <p>, were in no block)."""
    runs: dict[Any, list[int]] = {}
    for n in range(a + 1, b):
        top = _list_of(blocks[n].owner)
        if top is not None:
            runs.setdefault(top, []).append(n)
    lists: dict[int, str] = {}
    count = 0
    for top, ns in runs.items():
        if len(ns) > GAP_LIST_MAX_ITEMS or ns[-1] - ns[0] + 1 != len(ns):
            continue
        if not any(_same_run(top, blocks[e].owner) for e in (a, b)):
            continue
        if any(top in blocks[e].owner.iterancestors() for e in (a, b)):
            continue
        chars = sum(len(blocks[n].text) for n in ns)
        if sum(blocks[n].link_chars for n in ns) > LINK_SHARE_MAX * chars:
            continue
        if any(
            el is not None and _NOT_LEAD.search(f"{el.get('class') or ''} {el.get('id') or ''}")
            for el in (top, top.getparent())
        ):
            continue
        text = "\n".join(blocks[n].text for n in ns)
        if _norm(text) in near:
            continue
        lists[ns[0]] = text
        count += len(ns)
    return lists, count


GAP_RESCAN_CHECKS = 100_000  # extracted paragraphs x page blocks: a page small enough to search whole


def _found_paragraphs(extracted: list[str], blocks: list[TextBlock]) -> list[tuple[int, int, bool]]:
    """[(index in `extracted`, index in `blocks`, whether found in the window), ...] for each
    extracted paragraph found in the page's blocks by its first line of _KEY_CHARS or more (a transcript's turn opens with its time
    stamp and speaker, set in the page apart from the turn's <p>), else its start, in the
    extractor's order. Each is searched in a window of GAP_SEARCH_BLOCKS after the last one found
    (the time stays linear in the page: a 10 MB page has ~100k blocks), and on a page of at most
    GAP_RESCAN_CHECKS paragraphs x blocks, when not there, in the whole page: trafilatura gives
    a teaser card it took for the article (an <article> in a side column) before the text it
    recovered from the rest of the page (trial 20), and every paragraph after the card was
    searched past its place."""
    found: list[tuple[int, int, bool]] = []
    rescan = len(extracted) * len(blocks) <= GAP_RESCAN_CHECKS
    at = 0
    for i, t in enumerate(extracted):
        line = next((ln for ln in t.split("\n") if len(ln.strip()) >= _KEY_CHARS), t)
        key = " ".join(line.split())[:_KEY_CHARS]
        if len(key) < 20:
            continue
        j = next((j for j in range(at, min(at + GAP_SEARCH_BLOCKS, len(blocks))) if key in blocks[j].text), -1)
        if j >= 0:
            at = j + 1
            found.append((i, j, True))
        elif rescan and (j := next((j for j, block in enumerate(blocks) if key in block.text), -1)) >= 0:
            found.append((i, j, False))
    return found


def _in_page_order(found: list[tuple[int, int, bool]]) -> list[tuple[int, int]]:
    """The longest run of `found` ((index in the extracted text, index in the page, found in the
    window) in the extractor's order; `_found_paragraphs`) whose places in the page do not fall
    (one page block may hold several of the extractor's paragraphs), as (index, place) pairs:
    the paragraphs in the page's order, between which a gap is the page's own. Of runs as long,
    the one with more paragraphs found in the window, where the page's order had them. Quadratic
    in the paragraphs found out of order, on small pages only (`GAP_RESCAN_CHECKS`)."""
    if all(found[n][1] <= found[n + 1][1] for n in range(len(found) - 1)):
        return [(i, j) for i, j, _ in found]
    best: list[tuple[int, int]] = []  # best[n]: (score of the best run ending at found[n], the one before it)
    for n, (_, j, window) in enumerate(found):
        gain = 1001 if window else 1000  # a paragraph more first, then one found in its place
        before = max(((best[m][0], m) for m in range(n) if found[m][1] <= j), default=(0, -1))
        best.append((before[0] + gain, before[1]))
    run: list[tuple[int, int]] = []
    n = max(range(len(best)), key=lambda m: best[m][0]) if best else -1
    while n >= 0:
        run.append(found[n][:2])
        n = best[n][1]
    return run[::-1]


# The article's text in two containers of one kind, a box between them (a page builder's "post
# content" widget, a newsletter or donation widget, a second "post content" widget: trials 34
# and 35, both Elementor): trafilatura keeps the first and stops at the box. The second is found
# as a sibling of an ancestor of the extractor's last paragraph, with that ancestor's tag and
# class, at most CONTINUATION_SIBLINGS siblings on, CONTINUATION_LEVELS levels up.
CONTINUATION_LEVELS = (2, 3)  # the paragraph's widget and its wrapper (its own parent is level 1)
CONTINUATION_SIBLINGS = 2  # the box between: one widget, or two
CONTINUATION_MIN_WORDS = 15  # a paragraph of the article, not a caption or a label


def continuation(root: Any, extracted: list[str], blocks: list[TextBlock] | None = None) -> list[tuple[str, str]]:
    """The (kind, text) of the page blocks (in page order: kind HEADING for an <h2>-<h6>, else "")
    of the article's second container, when the
    extractor's last paragraph (`extracted`'s, found in the page by `_found_paragraphs`) sits in
    a container (an ancestor CONTINUATION_LEVELS up, with a class) whose next sibling but one or
    two has the same tag and class and holds a paragraph of CONTINUATION_MIN_WORDS words with a
    sentence's end; [] when there is none. Its blocks are every block inside it that is not mostly
    link text; the segmenter then classifies them as any text."""
    blocks = text_blocks(root) if blocks is None else blocks
    found = [(i, j) for i, j, inside in _found_paragraphs(extracted, blocks) if inside]
    if not found:
        return []
    last = blocks[found[-1][1]].owner
    chain = [last]
    while len(chain) <= max(CONTINUATION_LEVELS) and chain[-1].getparent() is not None:
        chain.append(chain[-1].getparent())
    for level in CONTINUATION_LEVELS:
        if level >= len(chain):
            break
        box = chain[level]
        cls = _class_kind(box)
        if not cls:
            continue
        sib = box.getnext()
        for _ in range(CONTINUATION_SIBLINGS):
            if sib is None:
                break
            sib = sib.getnext()
            if sib is not None and sib.tag == box.tag and _class_kind(sib) == cls:
                texts = _container_texts(sib, blocks)
                if any(
                    count_words(t) >= CONTINUATION_MIN_WORDS and t.rstrip()[-1:] in SENTENCE_MARKS for _, t in texts
                ):
                    return texts
                return []
    return []


def _class_kind(el: Any) -> tuple[str, ...]:
    """An element's class names without the ones that name this element alone (any with a
    figure: Elementor's "elementor-element-2a9c81e"), sorted: what makes two containers one kind."""
    return tuple(sorted(c for c in (el.get("class") or "").split() if not any(ch.isdigit() for ch in c)))


def _container_texts(container: Any, blocks: list[TextBlock]) -> list[tuple[str, str]]:
    """(kind, text) of `blocks` inside `container`, in page order, without the mostly-link ones:
    HEADING for a section heading (GAP_HEADING_TAGS), else ""."""
    inside = set(container.iter())
    return [
        (HEADING if b.owner.tag in GAP_HEADING_TAGS else "", b.text)
        for b in blocks
        if b.owner in inside and b.link_chars <= LINK_SHARE_MAX * len(b.text)
    ]
