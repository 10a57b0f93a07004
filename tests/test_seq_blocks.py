"""The sequence-labelling screen (eval/seq_blocks.py): its four-state decoder on pages of our own
(the screen was not adopted; these keep the landed script honest)."""

from __future__ import annotations

import math

from eval import seq_blocks as sb


def _hmm() -> tuple[list[float], list[list[float]]]:
    """Transitions like the ones counted on the tuning pages (article runs long, chrome inside
    the article short, the chrome after it absorbing)."""
    page = {"corpus": "dev", "page_id": "p", "index": list(range(9)), "labels": [0, 1, 1, 1, 0, 1, 1, 0, 0]}
    many = [dict(page, page_id=str(k)) for k in range(20)]
    return sb.transitions(many, {("dev", str(k)): [True] * 9 for k in range(20)})


def test_states_name_the_chrome_before_inside_and_after_the_article() -> None:
    assert "".join(sb.STATES[s] for s in sb.states_of([0, 1, 0, 1, 1, 0, 0])) == "BACAAEE"
    assert sb.states_of([0, 0]) == [sb.B, sb.B]


def test_transitions_are_counted_only_where_allowed() -> None:
    start, trans = _hmm()
    assert math.exp(start[sb.B]) > 0.9
    assert trans[sb.E][sb.A] == -math.inf  # after the article's end there is no way back
    assert all(abs(sum(math.exp(x) for x in row) - 1) < 1e-9 for row in trans)


def test_a_lone_prose_like_block_after_the_article_end_is_dropped() -> None:
    # a menu, three article blocks, then chrome, and one block the trees call prose (p 0.7) among it
    probs = [0.05, 0.95, 0.97, 0.9, 0.05, 0.1, 0.05, 0.7, 0.05, 0.1]
    eligible = [True] * len(probs)
    per_block = [p >= 0.5 for p in probs]
    assert per_block[7]
    keep = sb.hmm_keep(probs, eligible, _hmm(), 1.0)
    assert keep[:4] == [False, True, True, True] and not any(keep[4:])
    # a sure article block stays wherever it is
    sure = [*probs[:7], 0.999, *probs[8:]]
    assert sb.hmm_keep(sure, eligible, _hmm(), 1.0)[7]


def test_posterior_and_viterbi_agree_on_a_clear_page() -> None:
    hmm = _hmm()
    emit = [[0.0, 3.0 if p else -3.0, 0.0, 0.0] for p in (0, 1, 1, 1, 0, 0)]
    path = sb.viterbi(emit, *hmm)
    post = sb.forward_backward(emit, *hmm)
    assert [s == sb.A for s in path] == [max(range(4), key=lambda s: q[s]) == sb.A for q in post]
    assert all(abs(sum(q) - 1) < 1e-9 for q in post)
