"""A MediaWiki page (Wikipedia and the wikis built on its software) copied as plain text.

html-text prints each section heading with its edit link ("History [ edit ]", "Geschichte
[Bearbeiten | Quelltext bearbeiten]"; `split_blocks` cuts them, `textblocks._EDIT_MARK`), the line
under the title names the wiki ("From Wikipedia, the free encyclopedia", its tagline), and hatnotes
over a section point to other pages ("For the later trolleybus system, see ...", "Main article:
..."). On a page with WIKI_EDIT_LINKS_MIN or more headings carrying an edit link (no other page
prints one), the wiki's own lines become blocks of their own that the rules drop
(`patterns.WIKI_NOTE_REASON`).
Trial 27's wiki page kept its tagline and a hatnote as its first paragraph. The words are
MediaWiki's own interface messages ("editsection", "tagline", the hatnote templates) in the
languages of `chromewords.LANGUAGES`, written from those translations, not from corpus pages.
"""

from __future__ import annotations

import re

from .textblocks import _EDIT_MARK, _Block, block_part

WIKI_EDIT_LINKS_MIN = 2  # one "[edit]" may be a page's own; two headings with one are a wiki's

# The line naming the wiki under the title (MediaWiki's "tagline": "From Wikipedia, the free
# encyclopedia", "aus Wikipedia, der freien Enzyklopädie", "Un article de Wikipédia,
# l'encyclopédie libre", "Материал из Википедии — свободной энциклопедии", "出典: フリー百科事典
# 『ウィキペディア（Wikipedia）』"): its opening word and the wiki's name, a short line.
_TAGLINE = re.compile(
    r"^(?:from|aus|un article de|de|da|origem:|uit|z|ze|zo|fra|från|lähde:|a wikipédiából|din|iz|из|"
    r"материал из|матеріал з|от|από|vikipedi|出典:|维基百科|維基百科|위키백과)\s*\S",
    re.I,
)
# ...and it names a wiki or an encyclopedia (a Spanish paragraph opening "De ..." does not)
_TAGLINE_WORDS = re.compile(
    r"wiki|вики|вікі|βικι|encycl|enzykl|enciclop|encyklop|энциклопед|енциклопед|百科|ウィキ|위키", re.I
)
TAGLINE_MAX_WORDS = 10
# A hatnote: a line pointing to another page before the text ("For the later trolleybus system,
# see X.", "This article is about ... For ..., see ...", "Not to be confused with X.", "Main
# article: X", "See also: X", "Further information: X", "'X' redirects here."), in the languages of
# Wikipedia's hatnote templates.
_HATNOTE = re.compile(
    r"^(?:for (?:other uses|[^.]{1,80}), see\b|this article is about\b|not to be confused with\b|"
    r"main articles?:|see also:|further information:|[\"“][^\"”]{1,60}[\"”] redirects here\b|"
    r"dieser artikel (?:behandelt|beschreibt|befasst sich)\b|zu (?:weiteren bedeutungen|anderen bedeutungen)\b|"
    r"hauptartikel:|siehe auch:|pour les articles homonymes\b|article (?:principal|détaillé) ?:|"
    r"ne doit pas être confondu\b|para otros usos\b|artículo principal:|no debe confundirse\b|"
    r"voce principale:|da non confondere\b|disambiguazione\b|zie ook:|hoofdartikel:|"
    r"основная статья:|не следует путать\b|см\. также:)",
    re.I,
)
HATNOTE_MAX_WORDS = 40
# MediaWiki's skip links under the tagline, before 1.20 a line of their own ("Jump to: navigation,
# search", "Vai a: navigazione, ricerca", "Wechseln zu: Navigation, Suche"): the "jumpto"
# message and its two links, in the languages of `chromewords.LANGUAGES` that wikis print them in.
_JUMP_TO = re.compile(
    r"^(?:jump to|aller à|wechseln zu|springe zu|vai a|saltar a|ir para|ga naar|przejdź do|перейти к|"
    r"перейти до|hoppa till|gå til|siirry|skočit na|prejsť na|ugrás|salt a|μετάβαση σε)\s*:\s*\S",
    re.I,
)
JUMP_TO_MAX_WORDS = 6
# ...and since 1.20 its two links on one line ("Jump to navigation Jump to search", "Zur
# Navigation springen Zur Suche springen"), the "skin-jump-to-navigation" message opening it.
_JUMP_LINKS = re.compile(
    r"^(?:jump to navigation|zur navigation springen|aller à la navigation|ir a la navegación|"
    r"vai alla navigazione|naar navigatie springen|saltar para a navegação|ir para navegação|"
    r"przejdź do nawigacji|перейти к навигации|перейти до навігації|hoppa till navigering|"
    r"spring til navigation|hopp til navigering|přejít k navigaci|prejsť na navigáciu)\b",
    re.I | re.M,
)
# A page that names its wiki under the title, the skip links on the next line, is one too, with
# no edit link (a wiki that shows them only to its editors; trial 53's local history wiki kept its
# "From Calder Valley Heritage Wiki" line as text).


def is_wiki_page(text: str) -> bool:
    """Whether the plain-text page `text` is a MediaWiki page: WIKI_EDIT_LINKS_MIN or more of its
    lines end with a section's edit link (`textblocks._EDIT_MARK`, which `split_blocks` cuts), or
    a line naming the wiki (its tagline) stands over the skip links' line (`_JUMP_LINKS`)."""
    if "[" in text and sum(1 for _ in _EDIT_MARK.finditer(text)) >= WIKI_EDIT_LINKS_MIN:
        return True
    for m in _JUMP_LINKS.finditer(text):  # (the line over it: from the newline before it)
        end = max(0, m.start() - 1)
        if _is_tagline(text[text.rfind("\n", 0, end) + 1 : end]):
            return True
    return False


def _is_tagline(line: str) -> bool:
    """Whether `line` is a wiki's tagline (`_TAGLINE` naming a wiki or an encyclopedia, up to
    TAGLINE_MAX_WORDS words)."""
    return len(line.split()) <= TAGLINE_MAX_WORDS and bool(_TAGLINE.match(line) and _TAGLINE_WORDS.search(line))


def split_wiki_page(blocks: list[_Block]) -> list[_Block]:
    """`blocks` of a MediaWiki page (`is_wiki_page` of its text; `split_blocks` cut its headings'
    edit links) with the wiki's tagline (`_TAGLINE`, its first line naming a wiki or an
    encyclopedia, up to TAGLINE_MAX_WORDS words), its hatnotes (`_HATNOTE`, up to
    HATNOTE_MAX_WORDS words) and its skip links' line (`_JUMP_TO`) set apart as blocks of their
    own, `extra["wiki_note"]` (the rules' `patterns.WIKI_NOTE_REASON`). Run before `_measure`."""
    out: list[_Block] = []
    tagline_seen = False
    for b in blocks:
        run: list[str] = []
        for ln in b.lines:
            words = len(ln.split())
            note = (
                (not tagline_seen and _is_tagline(ln))
                or (words <= HATNOTE_MAX_WORDS and bool(_HATNOTE.match(ln)))
                or (words <= JUMP_TO_MAX_WORDS and bool(_JUMP_TO.match(ln) or _JUMP_LINKS.match(ln)))
            )
            if not note:
                run.append(ln)
                continue
            tagline_seen = True
            if run:
                out.append(block_part(b, run))
                run = []
            out.append(_Block(text=ln, lines=[ln], extra={"wiki_note": "1"}))
        if run:
            out.append(block_part(b, run))
    return out
