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
def _given_name_lines() -> tuple[tuple[str, str], ...]:
    """(name, sex) of each line of `data/given_names.txt`: "Anna\tf" -> ("Anna", "f")."""
    lines = GIVEN_NAMES_FILE.read_text(encoding="utf-8").splitlines()
    return tuple(
        (name, sex) for line in lines if line and not line.startswith("#") for name, _, sex in [line.partition("\t")]
    )


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """The given names of `data/given_names.txt` (module docstring), case as written ("Anna")."""
    return frozenset(name for name, _ in _given_name_lines())


@lru_cache(maxsize=1)
def _sexes() -> dict[str, str]:
    return {name: sex for name, sex in _given_name_lines() if sex}


def sex_of(given_name: str) -> str:
    """ "f" for a given name only Faker's lists of women's names hold ("Sandra"), "m" for one only
    men's hold ("Michael"), "" for one both hold ("Andrea", "Jean"), or none
    (eval/make_given_names.py writes them)."""
    return _sexes().get(given_name, "")


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


# A title that says the person is a woman, or a man ("Mrs Howard", "Frau Merkel", "Mr Brown"),
# as written before a surname (a dot after it allowed): with `other_sex`, a surname so titled is
# not a full name of a given name of the other sex (BBC: "Mrs Howard", Michael Howard's wife).
TITLE_SEX = {
    **dict.fromkeys(
        ("Mrs", "Ms", "Miss", "Mme", "Madame", "Mlle", "Frau", "Sra", "Señora", "Signora", "Lady", "Dame"), "f"
    ),
    **dict.fromkeys(("Mr", "Monsieur", "Herr", "Sr", "Señor", "Signor", "Lord", "Sir"), "m"),
}


def title_sex(title: str) -> str:
    """The sex a title says (`TITLE_SEX`, a dot after it allowed: "Mrs." -> "f"), "" for none."""
    return TITLE_SEX.get(title.rstrip("."), "")


def other_sex(title: str, name: str) -> bool:
    """Whether `title` says one sex (`TITLE_SEX`, a dot after it allowed) and the person's name
    `name` opens with a given name only the other sex has (`sex_of`): "Mrs", "Michael Howard"
    -> True; "Mrs", "Andrea Howard" -> False (both); "Dr", anything -> False."""
    sex = title_sex(title)
    given = sex_of(name.split()[0]) if sex and name.split() else ""
    return bool(given) and given != sex
