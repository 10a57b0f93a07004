"""A line of code is no headline (issue 13: two how-to pages of the wild tuning text dumps had a
root shell's "# ldd `which openssl` libssl.so.0.9.7 => /usr/local/lib/..." and a commented
"# .tmux.conf set-option -g mouse on ..." as their titles, read as Markdown headings). Our own
pages."""

from __future__ import annotations

import pytest

from indexer.models import TITLE
from indexer.segment.textblocks import _code_line
from tests.helpers import FOOTER, MENU, parse_blocks

HEADLINE = "Copy and paste from tmux to the system clipboard"
TEXT = [
    "For the first time in many years I am using a Linux machine for my work, and one thing "
    "kept annoying me: copying text from a terminal pane to the clipboard did not work at all.",
    "As usual, a forum knew the answer, and it takes three lines of configuration in the file that "
    "the terminal multiplexer reads when it starts.",
]


@pytest.mark.parametrize(
    "code",
    [
        "# .tmux.conf set-option -g mouse on set-option -s set-clipboard off",
        "# ldd `which openssl` libssl.so.0.9.7 => /usr/local/lib/libssl.so.0.9.7",
        "# ./config --prefix=/usr/local --openssldir=/usr/local/ssl",
    ],
)
def test_a_shell_line_is_no_markdown_title(code: str) -> None:
    art = parse_blocks(MENU, HEADLINE, "2020-01-16", *TEXT, code, "Restart the terminal and it works.", FOOTER)
    assert art.title == HEADLINE
    assert [p.text for p in art.paragraphs if p.kind == TITLE] == [HEADLINE]


def test_a_markdown_title_is_still_the_title() -> None:
    art = parse_blocks("# Copy and paste from tmux", *TEXT, FOOTER)
    assert art.title == "Copy and paste from tmux"


@pytest.mark.parametrize(
    ("line", "code"),
    [
        ("ldd `which openssl`", True),
        ("set-option -g mouse on -s", True),
        ("cd /usr/local/lib/ and look", True),
        ("Brexit talks - May faces a vote", False),
        ("The -ism of the sixties, and its heirs", False),
        ("Anti-Brexit protest draws thousands to London", False),
    ],
)
def test_code_lines(line: str, code: bool) -> None:
    assert _code_line(line) is code


@pytest.mark.linear
def test_the_code_patterns_are_linear() -> None:
    for text in ("/a" * 50_000, "-" * 100_000, " -" * 50_000 + "x", "/" + "a" * 100_000 + "/"):
        _code_line(text)
