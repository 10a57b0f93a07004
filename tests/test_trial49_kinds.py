"""The kinds trial 49 showed (eval/trials/trial49: 20 pages written blind in 15 languages, scored
before they were read: plain text 0.942, HTML 0.955), on the set's own pages:

- a page dump's short lines between its <title> line and the headline shown under it (a Greek
  campaign page's menu row, its items set apart by single spaces, so no menu row by its shape)
  were kept as body: the HTML path's rule over the headline (`tail._mark_over_headline`) holds
  in plain text too, for a headline near the top;
- a site's call to join its messenger channel with the messenger before "channel" ("Mari
  bergabung di saluran WhatsApp kami", "Join our WhatsApp channel") or to listen on a podcast's
  platforms was prose (tests/test_segment_offers.py has lines of our own); dropped, the call
  made the list over it a list of links, and the article's last paragraphs were lost with it."""

from __future__ import annotations

import json
from pathlib import Path

from indexer.models import BOILERPLATE
from tests.conftest import invoke

TRIAL = Path(__file__).parent.parent / "eval" / "trials" / "trial49"
EXPECTED = json.loads((TRIAL / "expected.json").read_text(encoding="utf-8"))


def paragraphs(key: str) -> list[dict[str, str]]:
    """The paragraphs of trial 49's plain-text page `key` as `indexer parse --jsonl` gives them
    (what eval.trial scores)."""
    code, out, err = invoke("parse", str(TRIAL / "pages_txt" / f"{key}.txt"), "--no-entities", "--jsonl")
    assert code == 0, err
    found: list[dict[str, str]] = json.loads(out)["paragraphs"]
    return found


def kept_text(key: str) -> str:
    return " ".join(" ".join(p["text"].split()) for p in paragraphs(key) if p["kind"] != BOILERPLATE)


def test_the_menu_row_over_a_dumps_headline_is_the_pages() -> None:
    key = "7cc3a2fa313794db"  # Webflow campaign page (Greek)
    (menu,) = [p for p in paragraphs(key) if p["text"].startswith("Αρχική Τα προγράμματά μας")]
    assert menu["kind"] == BOILERPLATE
    kept = kept_text(key)
    assert [w for w in EXPECTED[key]["with"] if w not in kept] == []


def test_a_call_to_join_the_sites_messenger_channel_is_no_text() -> None:
    key = "3c90b1f2691d4456"  # Next.js news portal (Indonesian)
    kept = kept_text(key)
    assert "saluran WhatsApp" not in kept
    # the article's text on either side of the call (a list right over it had been read as
    # links, the call being no paragraph: kept.`_prose_under` passes an in-article call over)
    assert [w for w in EXPECTED[key]["with"] if w not in kept] == []
