"""A Question2Answer page saved as HTML: the question and every answer are its text, the comments
under the question and under each answer are not (the engine's "qa-c-list" boxes, whose text it
marks with schema.org's itemprop="text" as it does the answers'), also when the comments sit
over the answers, where the page's lead would be; and an answer's paragraph that ends with a
colon over its code block stays. Trial 29's Spanish page kept four comments and lost such a
paragraph. A page of our own."""

from __future__ import annotations

from indexer import segment
from indexer.models import BODY
from tests.helpers import html_document

QUESTION = [
    "I export a CSV from our stock system every night and load it with pandas, but the umlauts in the "
    "supplier names come out as two odd characters each, which breaks our matching.",
    "Opening the file in a text editor shows the names correctly, so the export itself seems fine.",
]
Q_COMMENTS = [
    "Did you check whether the file starts with a byte order mark? Look at the first three bytes.",
    "Please paste the first two lines of the file exactly as your editor shows them.",
]
ANSWER_1 = [
    "Two odd characters for one letter almost always mean UTF-8 bytes read as a one-byte encoding, "
    "so the file is fine and the reader guessed wrong.",
    "Pass the encoding explicitly and pandas will read the names the way the editor shows them.",
]
A1_COMMENTS = ["That was it, thank you! The export writes a byte order mark as well, so utf-8-sig fixed it."]
LEAD_IN = (
    "When you do not know which encoding a file comes in, you can let the charset-normalizer library "
    "guess it for you, which comes installed with requests:"
)
AFTER_CODE = (
    "It is not infallible with very short files, but for a supplier list of a few hundred rows it "
    "is usually right. Then pass its answer to read_csv."
)
A2_COMMENTS = ["Careful: a minimal install of pandas without requests does not have it."]


def _comments(owner: str, texts: list[str]) -> str:
    items = "".join(
        f'<div class="qa-c-list-item"><div class="qa-c-item-content qa-post-content"><div itemprop="text">{t}</div>'
        f'</div><span class="qa-c-item-meta">commented 3 days ago by reader{k}</span></div>'
        for k, t in enumerate(texts)
    )
    return f'<div class="{owner}">{items}</div>'


def _answer(n: int, body: str, comments: str) -> str:
    return (
        f'<div class="qa-a-list-item hentry answer" id="a{n}"><div class="qa-a-item-main">'
        f'<span class="qa-a-item-meta">answered 3 days ago by helper{n}</span>'
        f'<div class="qa-a-item-content qa-post-content"><div itemprop="text">{body}</div></div>'
        f"{comments}</div></div>"
    )


def test_question2answer_comments_are_chrome_and_a_lead_in_paragraph_is_kept() -> None:
    title = "Why does pandas show two odd characters instead of an umlaut?"
    code = '<pre><code>from charset_normalizer import from_path\nprint(from_path("stock.csv").best().encoding)</code></pre>'
    page = (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title} - DevAnswers</title></head>'
        '<body class="qa-template-question"><div class="qa-nav-main"><a href="/">Questions</a> <a href="/tags">Tags</a></div>'
        f'<div class="qa-main"><h1>{title}</h1><div class="qa-q-view hentry question"><div class="qa-q-view-main">'
        '<span class="qa-q-view-meta">asked 3 days ago by stockkeeper</span>'
        '<div class="qa-q-view-content qa-post-content"><div itemprop="text">'
        + "".join(f"<p>{p}</p>" for p in QUESTION)
        + "</div></div>"
        + _comments("qa-q-view-c-list", Q_COMMENTS)
        + '</div></div><div class="qa-a-list">'
        + _answer(1, "".join(f"<p>{p}</p>" for p in ANSWER_1), _comments("qa-a-item-c-list", A1_COMMENTS))
        + _answer(2, f"<p>{LEAD_IN}</p>{code}<p>{AFTER_CODE}</p>", _comments("qa-a-item-c-list", A2_COMMENTS))
        + "</div></div><footer>© 2024 DevAnswers</footer></body></html>"
    )
    art = segment.segment(html_document(page.encode(), "q.html"))
    kept = " ".join(p.text for p in art.paragraphs if p.kind == BODY)
    for text in [*QUESTION, *ANSWER_1, LEAD_IN, AFTER_CODE]:
        assert text[:60] in kept, text
    for text in [*Q_COMMENTS, *A1_COMMENTS, *A2_COMMENTS]:
        assert text[:40] not in kept, text


def _blocks(body: str) -> list:
    from lxml import html

    from indexer import htmllead

    return htmllead.text_blocks(html.fromstring(f"<html><body><div>{body}</div></body></html>"))


def test_a_paragraph_ending_with_a_colon_over_code_or_a_list_is_a_lead_in() -> None:
    from indexer import htmllead

    code = "<pre><code>print(from_path('stock.csv').best().encoding)</code></pre>"
    items = "<ul><li>the export's settings</li><li>the file's first bytes</li></ul>"
    for after in (code, items):
        blocks = _blocks(f"<p>{LEAD_IN}</p>{after}<p>{AFTER_CODE}</p>")
        n = next(k for k, b in enumerate(blocks) if b.text.startswith("When you do not know"))
        assert htmllead._is_lead_in(blocks, n)
        assert not htmllead._is_gap_prose(blocks[n])  # (a sentence's end is what the gap rule wants)
    # a colon over another paragraph, or a label of a few words, introduces nothing there
    blocks = _blocks(f"<p>{LEAD_IN}</p><p>{AFTER_CODE}</p>")
    assert not htmllead._is_lead_in(blocks, 0)
    blocks = _blocks(f"<p>Ingredients:</p>{items}")
    assert not htmllead._is_lead_in(blocks, 0)
