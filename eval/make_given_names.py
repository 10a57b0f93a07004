"""Write `indexer/data/given_names.txt`: the given names of Faker's person providers, one per line,
so the plain-text byline rule (`segment._name_alone`) and the entity step read a file instead of
importing Faker's ~100 locale modules (~0.4 s a process, paid by every parse worker whose pages
hold a name-alone byline candidate).

Usage (from the repo root; Faker is a pinned dependency):

    python -m eval.make_given_names            # rewrite indexer/data/given_names.txt
    python -m eval.make_given_names --check    # exit 1 when the file differs from what Faker gives

The list: every `first_names`, `first_names_female` and `first_names_male` of every locale's
person provider (MIT; en_US's from the US Social Security Administration's and Census Bureau's
lists), kept when the name is one capitalised word of Latin letters, or two joined by a hyphen
(GIVEN_NAME), or the same in Cyrillic, Greek or Armenian (GIVEN_NAME_CASED: the other scripts
with capitals, so a Russian page's "Анна Белова" over its date line is a name as "Anna Belova"
is). Broad on purpose: some locales list names that are surnames or words too ("Ford",
"Paris"), so a given name is evidence, never proof. A name only the lists of women's names hold
of three locales or more is marked "f", one only men's hold "m" ("Sandra", "Michael"; "Andrea"
is both).
"""

from __future__ import annotations

import re
import sys

from eval.make_months import write_or_check
from indexer.givennames import GIVEN_NAMES_FILE

GIVEN_NAME = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)?")
# Greek (with its extended block's accented letters), Cyrillic and Armenian letters; the name
# must be title-cased too (str.istitle: a capital, then small letters).
_CASED_LETTERS = "[\u0370-\u03ff\u1f00-\u1fff\u0400-\u052f\u0531-\u0587]"
GIVEN_NAME_CASED = re.compile(f"{_CASED_LETTERS}+(?:-{_CASED_LETTERS}+)?")


def kept(name: str) -> bool:
    """Whether `name` is a given name to keep (module docstring)."""
    return bool(GIVEN_NAME.fullmatch(name) or (GIVEN_NAME_CASED.fullmatch(name) and name.istitle()))


# A name's sex is read from SEX_MIN_LOCALES locales' lists or more, all of one sex: one
# locale's word is too weak ("Lakshmi", en_IN's women's list alone, is Lakshmi Mittal's name;
# "Nicky", in two men's lists, Nicky Gavron's).
SEX_MIN_LOCALES = 3


def faker_given_names() -> dict[str, str]:
    """The given names of every Faker person provider (module docstring), sorted, each with its
    sex: "f" when only lists of women's names hold it (`first_names_female`), of SEX_MIN_LOCALES
    locales or more, "m" when only men's do, "" otherwise (in both, as "Andrea" and "Jean" are,
    in fewer locales, or in a list that says neither)."""
    import importlib
    import pkgutil

    import faker.providers.person as person

    sexes: dict[str, set[tuple[str, str]]] = {}  # name -> (locale, "f"/"m"/"")
    for mod in sorted(m.name for m in pkgutil.iter_modules(person.__path__)):
        provider = importlib.import_module(f"{person.__name__}.{mod}").Provider
        for attr, sex in (("first_names", ""), ("first_names_female", "f"), ("first_names_male", "m")):
            found = provider.__dict__.get(attr, ())
            if isinstance(found, (list, tuple, dict, set, frozenset)):
                for n in found:
                    if isinstance(n, str) and kept(n):
                        sexes.setdefault(n, set()).add((mod, sex))

    def sex(listed: set[tuple[str, str]]) -> str:
        # (a locale's `first_names` is its women's and men's lists joined: it says nothing more)
        said = {s for _, s in listed if s}
        locales = {loc for loc, s in listed if s}
        return said.pop() if len(said) == 1 and len(locales) >= SEX_MIN_LOCALES else ""

    return {n: sex(listed) for n, listed in sorted(sexes.items())}


def render() -> str:
    """The file's text: a comment line with Faker's version, then one name a line, a tab and
    its sex after it when the lists give one (`faker_given_names`)."""
    import faker

    return f"# given names of Faker {faker.VERSION}'s person providers (python -m eval.make_given_names)\n" + "".join(
        f"{n}\t{sex}\n" if sex else f"{n}\n" for n, sex in faker_given_names().items()
    )


def main(argv: list[str]) -> int:
    text = render()
    stale = "differs from Faker's: run python -m eval.make_given_names"
    return write_or_check(GIVEN_NAMES_FILE, text, argv, stale, f"{text.count(chr(10)) - 1} names")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
