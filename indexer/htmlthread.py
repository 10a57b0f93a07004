"""A thread's posts on an HTML page: which sibling boxes are a thread's or a Q&A page's posts.

On a forum thread, a Discourse topic or a Q&A page the posts are the page's text: the first post
(the question) is its article and the replies (the answers) are what a search for the question
wants. Readers' comments under a news article or a blog post are not: they stay out, as the
extractor leaves them (`htmlpage._bare_extraction`). The two are told apart by the page's kind,
read from its structure, never from a site's or a forum software's words:

- a thread: sibling boxes set alike (one tag, one class less its digits), each a post that
  names its poster or its time, and the first of them holds the article's first paragraph (the
  thread's opening post is the article; a news article stands outside its comments' boxes);
- a Q&A page: sibling boxes that schema.org's markup calls the question's answers (itemtype
  Answer, or itemprop acceptedAnswer / suggestedAnswer), which only a Q&A page has;
- sibling boxes that schema.org's markup calls forum posts (itemtype DiscussionForumPosting),
  which only a forum thread has.

`htmlpage._post_groups` first takes the boxes its own names make posts ("post", "message", an
<article> without a heading); this module's groups are the others (Discourse's "topic-body"
boxes marked as schema.org comments, XenForo's <article class="message"> with its poster's name
as an <h4>, a Q&A page's "answer" boxes).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import Any

from .models import BODY, Paragraph

THREAD_TAGS = ("article", "div", "section", "li")
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_NAME_END = re.compile(r"[\d_-]+$")
# A heading inside a post: its poster's name or title (XenForo's <h4 class="message-name">,
# "Membre expert"), or the thread's subject repeated ("Re: TITLE"). A teaser's or a section's
# heading is a headline of its own (more words, not the page's title).
POSTER_HEADING_MAX_WORDS = 3
# What names a post's poster or its time in the markup: a <time>, schema.org's author and dates
# (microdata), or a class token holding one of these words between its ends and "_" or "-"
# (as `htmlpage._POST_META_CLASS` reads a post's metadata).
_POSTER_CLASS = re.compile(
    r"(?:^|[_-])(?:author|user(?:name|info|details)?|poster|avatar|date|time|timestamp)(?:$|[_-])"
)
_POSTER_PROPS = frozenset({"author", "creator", "datecreated", "datepublished"})
_ANSWER_TYPE = re.compile(r"schema\.org/Answer\b", re.I)
_ANSWER_PROPS = frozenset({"acceptedanswer", "suggestedanswer"})
# schema.org's type of a forum thread's post (the opening post and each reply alike): no news
# article's comments are typed so (they are Comment or UserComments).
_FORUM_POST_TYPE = re.compile(r"schema\.org/DiscussionForumPosting\b", re.I)
# ...and not a box about the answers ("answer-form", "answer-count", "answers-header")
_ANSWER_CLASS = re.compile(r"(?:^|[_-])answer(?:$|[_-])(?!.*(?:form|count|header|button|link|title))")


# A class token's BEM modifier ("Post--by-start-user", "message--post") names a state of the
# element the token's block names, not a part of it: Flarum's opening post, "Post--by-start-user",
# was read as a poster's element, its whole text as the post's metadata (trial 63).
_BEM_MODIFIER = re.compile(r"--.*$")


def class_words(el: Any) -> list[str]:
    """The class tokens of the element `el`, each less its BEM modifier (`_BEM_MODIFIER`):
    "CommentPost Post Post--by-start-user" -> ["CommentPost", "Post", "Post"]; [] for none."""
    return [_BEM_MODIFIER.sub("", token) for token in (el.get("class") or "").split()]


def box_key(el: Any, title: str) -> tuple[str, str] | None:
    """(tag, name) of a box that may be a thread's post: a THREAD_TAGS element, its first class
    (or its id) less the digits a site numbers its boxes by, every heading in it a poster's
    (`_poster_heading`) unless it is an answer (`is_answer`); None for other elements."""
    if not isinstance(el.tag, str) or el.tag not in THREAD_TAGS:
        return None
    name = _NAME_END.sub("", ((el.get("class") or "").split() or [el.get("id") or ""])[0])
    if not name:
        return None
    if is_answer(el):
        return el.tag, name  # an answer may have headings of its own (trial 48's, "Why the voltage rises")
    for h in el.iter(*_HEADINGS):
        if not _poster_heading(" ".join(h.text_content().split()), title):
            return None
    return el.tag, name


def _poster_heading(text: str, title: str) -> bool:
    """Whether a heading's `text` inside a box is a post's own: its poster's name or title
    (POSTER_HEADING_MAX_WORDS words at most), or the thread's `title` repeated."""
    return len(text.split()) <= POSTER_HEADING_MAX_WORDS or bool(title and title.casefold() in text.casefold())


def signed(box: Any) -> bool:
    """Whether `box` names its poster or its time (a post's header): a <time>, an element with
    schema.org's itemprop author, creator or a date, or a class token naming a poster or a time."""
    for el in box.iter():
        if not isinstance(el.tag, str):
            continue
        if el.tag == "time" or (el.get("itemprop") or "").lower() in _POSTER_PROPS:
            return True
        if any(_POSTER_CLASS.search(token.lower()) for token in class_words(el)):
            return True
    return False


def is_answer(box: Any) -> bool:
    """Whether schema.org's markup calls `box` a question's answer, or its class names it one
    (`_ANSWER_CLASS`: "answer", "oh-answer", "qa-answer-item": a Q&A site without schema.org's
    markup, trial 28's Japanese one, whose answers were dropped)."""
    props = set((box.get("itemprop") or "").lower().split())
    if _ANSWER_TYPE.search(box.get("itemtype") or "") or props & _ANSWER_PROPS:
        return True
    return any(_ANSWER_CLASS.search(token) for token in (box.get("class") or "").lower().split())


def is_thread(
    boxes: list[Any],
    texts: list[str],
    posts: list[int],
    first_kept: tuple[str, ...],
    starters: frozenset[str] = frozenset(),
) -> bool:
    """Whether the group of sibling `boxes` (their `texts`, white space collapsed; `posts`: the
    indexes of those holding prose) is a thread's posts: schema.org calls them all answers (a Q&A
    page's; trial 27's third answer lost its poster's card, Stack Exchange's "post-signature", with
    the page's signature boxes), or every post names its poster or its time (`signed`) and the first post
    holds one of `first_kept`, the starts of the article's first paragraph as extracted (the
    thread's opening post is the article): the first lead or text paragraph, and the first text
    paragraph (a lead taken from the page's description is in no post: Discourse's crawler view,
    trial 23); or schema.org calls them all forum posts (`_FORUM_POST_TYPE`: trial 48's Discourse
    page, whose first paragraph as extracted was its category's blurb, kept 1 post of 5); or
    every post is signed and the first names one of `starters`, the posters the page's JSON-LD
    says opened its thread (`htmljsonld.thread_starters`: trial 63's Kunena thread, whose posts the
    extractor drops, every box named "message", so its first paragraph was the forum's notice)."""
    if all(is_answer(boxes[i]) for i in posts):
        return True  # (signed or not: a poster's card may be gone with the page's signature boxes)
    if all(_FORUM_POST_TYPE.search(boxes[i].get("itemtype") or "") for i in posts):
        return True  # schema.org calls each a forum post (Discourse's crawler view, whose lead is the category's blurb)
    if not all(signed(boxes[i]) for i in posts):
        return False
    # without white space: the extractor spaces what the markup runs together ("</h2><div>")
    opening = "".join(texts[posts[0]].split())
    if any(first and "".join(first.split()) in opening for first in first_kept):
        return True
    return any(len(name) >= 3 and "".join(name.split()) in opening for name in starters)


# The question's own text on a Q&A page: the nearest element before the first answer that
# schema.org's markup calls a text ("itemprop=text") inside the Question, outside any answer
# (Stack Exchange's question body; its Question's scope also holds the answers).
_QUESTION_TEXT = (
    "preceding::*[@itemprop='text'][ancestor::*[contains(@itemtype, 'schema.org/Question')]]"
    "[not(ancestor::*[contains(@itemtype, 'schema.org/Answer')])][1]"
)


def question_of(answers: list[Any]) -> Any | None:
    """The question's text element (`_QUESTION_TEXT`) before a Q&A page's `answers` (boxes that
    schema.org calls answers, `is_answer`), None when the markup names none: the extractor may
    keep the answers and drop the question, which is the page's title's own text."""
    if not all(is_answer(box) for box in answers):
        return None
    found = answers[0].xpath(_QUESTION_TEXT)
    return found[0] if found else None


def _named_comment(el: Any) -> bool:
    return "comment" in ((el.get("class") or "") + " " + (el.get("id") or "")).lower()


def in_comments(owner: Any, box: Any) -> bool:
    """Whether the element `owner`, inside the post `box`, sits in a box named a comment
    (class or id) below the post: a Q&A site's comments under a question or an answer. Never
    in a post the markup itself names a comment: its parts are named after it (Invision
    Community's "ipsComment" posts hold "ipsComment_content"; trial 29's thread kept 1 post of 5),
    nor in one that is all the box holds (`wrapped_chain`) unless it is named a list of comments."""
    if _named_comment(box):
        return False
    chain = wrapped_chain(box)
    for el in (owner, *owner.iterancestors()):
        if el is box:
            return False
        if _named_comment(el) and (el not in chain or _named_comment_list(el)):
            return True
    return False


def _named_comment_list(el: Any) -> bool:
    # a list of comments ("comments", "answer-comments"), never one post ("CommentPost", "comment")
    return "comments" in ((el.get("class") or "") + " " + (el.get("id") or "")).lower()


def wrapped_chain(box: Any) -> list[Any]:
    """`box` and the elements it is only a wrapper of: its only child element, that one's only
    child element, and so on (Flarum's <div class="PostStream-item"> around its <article
    class="CommentPost Post">, which is the post: trial 63's thread lost its three replies)."""
    chain = [box]
    while len(children := [c for c in chain[-1] if isinstance(c.tag, str)]) == 1:
        chain.append(children[0])
    return chain


# A thread's posters travel from the page's markup to its paragraphs in the page's metadata
# (`htmlpage.with_posts` writes it, `credit_posters` reads it after segmenting): the segmenter
# reads the extractor's (kind hint, text) pairs alone, and each reply's text is its poster's as
# a plain-text thread's is (`Paragraph.turn`, segment.tail's `extra["speaker"]`).
POSTERS_META = "posters"
# A paragraph in a post's box is told by its text without white space and list marks (the
# extractor spaces and marks what the markup runs together or lists: htmlpage's `ITEM_MARK`).
_ITEM_MARK = "•"


def posters_meta(names: Sequence[str], texts: Sequence[str]) -> str:
    """The POSTERS_META value of a thread's posts: JSON of [[poster's name, the post's text
    without white space], ...] in page order (`names`: "" where a post names none; `texts`:
    each post's box's visible text), "" when no reply names its poster: a group whose first box
    alone is named is an article and the boxes beside it (its byline says who wrote it)."""
    if not any(names[1:]):
        return ""
    posts = [[name, "".join(text.replace(_ITEM_MARK, "").split())] for name, text in zip(names, texts, strict=True)]
    return json.dumps(posts, ensure_ascii=False, separators=(",", ":"))


def credit_posters(paragraphs: Sequence[Paragraph], posters: str) -> None:
    """Each body paragraph of `paragraphs` (in page order) that is in a post of `posters` (a
    POSTERS_META value) and has no turn yet gets its poster's name as its turn (a letter's
    writer's and a transcript speaker's turns, which segment set, stay). A paragraph is in the
    first post at or after the last one found whose text holds its whole text: a reply that
    quotes an earlier post holds that post's words too, and the posts come in page order. A
    paragraph in no post (the page's own text around the thread) gets none. In place."""
    posts = [(str(name), str(text)) for name, text in json.loads(posters)]
    at = 0
    for p in paragraphs:
        key = "".join(p.text.replace(_ITEM_MARK, "").split())
        if p.kind != BODY or not key:
            continue
        k = next((k for k in range(at, len(posts)) if key in posts[k][1]), -1)
        if k < 0:
            continue
        at = k
        if posts[k][0] and not p.turn:
            p.turn = posts[k][0]
