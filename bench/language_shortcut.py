"""How often the "plainly English" shortcut (language.plainly_english, used by language.detect_code) fires
and whether py3langid agrees each time, on a seeded sample of each corpus.

    python bench/language_shortcut.py ../shared/corpus/bbc ../shared/corpus/reuters21578
"""

from __future__ import annotations

import random
import sys

from indexer.language import detect, plainly_english
from indexer.pipeline import LANGUAGE_SAMPLE, language_sample, parse_ref
from indexer.sources import find_sources


def main(corpora: list[str], n: int = 1500, seed: int = 1) -> None:
    for corpus in corpora:
        refs = find_sources([corpus])
        random.Random(seed).shuffle(refs)
        seen = fired = agree = 0
        disagree: dict[str, int] = {}
        for ref in refs[:n]:
            try:
                article = parse_ref(ref)
            except Exception:  # an unreadable file is no sample
                continue
            text = language_sample(article)
            seen += 1
            if plainly_english(text):
                fired += 1
                code = detect(text, LANGUAGE_SAMPLE).code
                agree += code == "en"
                if code != "en":
                    disagree[code] = disagree.get(code, 0) + 1
        print(
            f"{corpus}: {seen} articles, shortcut fired on {fired}, langid agreed on {agree}, "
            f"said otherwise: {disagree or 'never'}"
        )


if __name__ == "__main__":
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    main(sys.argv[1:])
