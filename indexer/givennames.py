"""Given names of many languages, for telling a person's name from other capitalised words.

The list is Faker's person providers' first names (MIT; en_US's from the US Social Security
Administration's and Census Bureau's lists), ~23,000 names in Latin, Cyrillic, Greek and
Armenian script, written to
`indexer/data/given_names.txt` by `python -m eval.make_given_names` (which says what is kept) so
that reading it costs a file read, not an import of Faker's ~100 locale modules. Broad on
purpose: some locales list names that are surnames or words too ("Ford", "Paris"), so a given
name is evidence for a rule, never proof.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

GIVEN_NAMES_FILE = Path(__file__).resolve().parent / "data" / "given_names.txt"


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """The given names of `data/given_names.txt` (module docstring), case as written ("Anna")."""
    lines = GIVEN_NAMES_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


# A user's handle as a forum or a comment thread names its poster ("gazza_b", "mike2019"): one
# token of up to 39 characters, a letter first, with an underscore or a digit. No person's name to
# clean or title-case: the only name the page gives its poster, kept as written.
HANDLE = r"[^\W\d_][\w.-]{0,38}"
_HANDLE = re.compile(HANDLE)


def is_handle(token: str) -> bool:
    """Whether `token` is a user's handle as `HANDLE` and its comment say ("gazza_b": True;
    "Anna", "Gazza B": False)."""
    return bool(_HANDLE.fullmatch(token)) and any(c == "_" or c.isdigit() for c in token)


# The generic endings of a site's address of three letters or more: "news.com" is an address, no
# user (a country's ending has two letters, shorter than a dotted handle's last part)
_ADDRESS_WORDS = frozenset("com net org info biz online news blog shop site store app".split())


def is_dotted_handle(token: str) -> bool:
    """Whether `token` is a user's handle of lower-case letters parted by dots, as Discourse,
    Mastodon and mail-style logins write a user ("m.weber", "anna.k.lind"): two parts or more,
    letters only, the last of three letters or more and no site's address ending (not "e.g.",
    "z.b", "news.com", "stol.it"); case matters: "M. Weber" is a name."""
    parts = token.split(".")
    if len(parts) < 2 or not token.islower() or not all(p.isalpha() for p in parts):
        return False
    return len(parts[-1]) >= 3 and parts[-1] not in _ADDRESS_WORDS
