"""Language of a text, and the stop words of a language: one place for both.

Detection is py3langid (a maintained fork of langid.py: a naive-Bayes model over byte n-grams
trained on 97 languages, shipped inside the package, deterministic). Stop lists are jusText's
(100 languages, the lists trafilatura's own boilerplate removal uses; jusText is already
installed as trafilatura's dependency). Both load lazily, and nothing on the search path needs
them; langid's model is unpacked once per model into the cache folder and read from there
(model_arrays: ~0.1 s a process instead of 0.6-0.9 s).
"""

from __future__ import annotations

import functools
import hashlib
import math
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# Below this many letters a guess is noise (langid's own advice: short strings are unreliable).
MIN_LETTERS = 20
# A guess whose probability (softmax over the model's languages) is below this is "und".
MIN_PROBABILITY = 0.5
# ... and below this for a language with neither a Snowball stemmer nor a stop list (Nigerian
# Pidgin, "zxx" no linguistic content, Chinese...): its text gets no analysis of its own, yet
# every query of an index holding it looks its words up in one more analysis
# (search/compile.use_languages). Reuters earnings tables ("Shr 33 cts vs 28 cts", "Qtly div 45
# cts vs 45 cts prior") came out as pcm or zxx at 0.50-0.90 (92 of 21,269 BBC + Reuters
# articles); real text of such languages scores 0.99+ (own Pidgin, Thai, Amharic, Japanese
# sentences: 1.0; Chinese 1.0 once its Wu and Cantonese shares are counted as Chinese).
MIN_PROBABILITY_UNANALYSED = 0.95
UNDETERMINED = "und"  # ISO 639-2 code for "undetermined", as BCP 47 uses it


# py3langid also tells apart some members of an ISO 639 macrolanguage (SIL's ISO 639-3
# macrolanguage mappings, iso-639-3-macrolanguages.tab): they are reported as the
# macrolanguage's ISO 639-1 code, the code a user types (`--lang zh` finds a page py3langid
# reads as Cantonese), that stop lists and stemmers are keyed by, and that stats counts once.
MACROLANGUAGE = {
    "yue": "zh",
    "wuu": "zh",  # Cantonese, Wu: Chinese (zho)
    "arz": "ar",
    "ary": "ar",  # Egyptian, Moroccan: Arabic (ara)
    "uzs": "uz",  # Southern Uzbek: Uzbek (uzb)
    "sdh": "ku",  # Southern Kurdish: Kurdish (kur)
    "gug": "gn",  # Paraguayan Guarani: Guarani (grn)
    "fuv": "ff",  # Nigerian Fulfulde: Fulah (ful)
    "ltg": "lv",  # Latgalian: Latvian (lav)
}


# py3langid's (0.4.0) labels of three letters outside MACROLANGUAGE, by their ISO 639-1 code or
# none: pycountry's database, which says so, cost ~0.1 s of CPU a process to load at the first
# detection. tests/test_language.py checks both against pycountry for every label of the model.
ALPHA_2 = {"kik": "ki"}
NO_ALPHA_2 = frozenset("ace bcl crh ext gcf gcr gom grc guw hbo kab lij nso pcm vec zxx".split())


@functools.lru_cache(maxsize=None)
def reported_code(code: str) -> str:
    """The code a guess is reported as: the macrolanguage's ISO 639-1 code for a member
    (MACROLANGUAGE), the ISO 639-1 code of a language py3langid names by its 639-3 code
    ("kik" -> "ki": ALPHA_2, else pycountry's), else `code` unchanged ("pcm", "grc": no 639-1 code)."""
    if code in MACROLANGUAGE:
        return MACROLANGUAGE[code]
    if len(code) == 3 and code not in NO_ALPHA_2:
        return ALPHA_2.get(code) or pycountry_alpha_2(code) or code
    return code


def pycountry_alpha_2(code: str) -> str | None:
    """pycountry's ISO 639-1 code of the language of ISO 639-3 `code`, None when it has none."""
    import pycountry

    lang = pycountry.languages.get(alpha_3=code)
    alpha_2 = getattr(lang, "alpha_2", None) if lang is not None else None
    return str(alpha_2) if alpha_2 else None


@dataclass(frozen=True)
class Guess:
    """A language guess: `code` an ISO 639-1 code ("en", "de") or "und"; `probability` 0..1."""

    code: str
    probability: float


@functools.lru_cache(maxsize=1)
def _identifier() -> Any:  # py3langid ships no types
    """py3langid's identifier over its packaged model, probabilities normalised; the model's
    arrays come from the decompressed copy in the cache folder when there is a sound one
    (model_arrays), and are handed to py3langid as its own loader (modelio.load_model) does."""
    import numpy as np
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    a = model_arrays(MODEL_DIR / MODEL_FILE)

    def flat(values: Any) -> memoryview:  # modelio._to_array: indexed a byte at a time in Python
        # its bytes read as unsigned ints, as an array(typecode).frombytes copy of them would be,
        # without the copy: the mapped 39 MB transition table was copied in every process
        # (~0.05 s of CPU, 39 MB of memory); indexing the view costs the DFA walk ~5% more
        typecode: Any = {2: "H", 4: "I", 8: "L"}[values.dtype.itemsize]  # one of memoryview's unsigned codes
        return np.ascontiguousarray(values).data.cast("B").cast(typecode)

    return LanguageIdentifier(
        np.asarray(a["ptc"]),
        np.asarray(a["pc"]),
        a["classes"].tolist(),
        flat(a["nextmove"]),
        a["out_feat"].tolist(),
        norm_probs=True,
        tk_row=flat(a["nextmove_row"]),
    )


# py3langid ships its model as one LZMA-compressed .npz (4.6 MB of 68 MB of arrays): unpacking
# it cost 0.6-0.9 s of CPU in every process that detects a language, a quarter of `indexer parse`
# of 88 pages. So the arrays are unpacked once per model into the cache folder
# (trust.cache_folder(), `langid/<SHA-256 of the packaged model>/NAME.npy`) and mapped from there
# (~0.05 s). The model's arrays, as py3langid.modelio names them; the two large ones are mapped.
MODEL_ARRAYS = ("ptc", "pc", "classes", "nextmove", "nextmove_row", "out_feat")
_MAPPED = frozenset({"ptc", "nextmove"})


def model_cache_dir(packaged: Path) -> Path:
    """The folder of the unpacked copy of the packaged model file `packaged`, named by its
    SHA-256 (~10 ms), so that another py3langid model is never read through an old copy."""
    from .trust import cache_folder

    digest = hashlib.sha256(packaged.read_bytes()).hexdigest()
    return cache_folder() / "langid" / digest[:32]


def model_arrays(packaged: Path) -> dict[str, Any]:
    """The arrays of py3langid's model file `packaged` (MODEL_ARRAYS, numpy arrays): its unpacked
    copy in the cache folder when that is sound (_read_unpacked), else unpacked from `packaged`
    and the copy written for the next process (best effort: an unwritable cache folder only
    means unpacking again). Nothing is unpickled: .npy files read with allow_pickle=False."""
    folder = model_cache_dir(packaged)
    _hold(folder)
    arrays = _read_unpacked(folder)
    if arrays is None:
        arrays = _unpack(packaged)
        _write_unpacked(folder, arrays)
        _hold(folder)
        remove_stale_copies(folder)  # a new model's first run: the copies of the old ones are stale
    return arrays


# The copies this process reads, each open under a shared lock (flock) for the life of the
# process (forked workers share it): a copy in use is never removed (remove_stale_copies).
_HELD: dict[str, int] = {}
# What a copy's folder is named and holds (model_cache_dir, _write_unpacked): nothing else is
# ever removed.
_COPY_NAME = re.compile(r"[0-9a-f]{32}")
_COPY_FILE = re.compile(r"(?:ptc|pc|classes|nextmove|nextmove_row|out_feat)\.npy|\.\w+\.\w+\.tmp")


def _hold(folder: Path) -> None:
    """Keep `folder` open under a shared lock while this process runs (POSIX; best effort:
    without a lock a copy is only ever removed by a process that can take it exclusively)."""
    if str(folder) in _HELD:
        return
    try:
        import fcntl

        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except (ImportError, OSError):
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except OSError:  # being removed this moment: read from the packaged model
        os.close(fd)
        return
    _HELD[str(folder)] = fd


def remove_stale_copies(current: Path) -> list[str]:
    """Remove the unpacked copies of other models beside `current` (their folders, named by
    another model's SHA-256), which an upgrade of py3langid left behind (68 MB each), and return
    their names. Only copies that are ours for certain: a folder so named, owned by this user
    and writable by no one else, holding only a copy's files, and not in use (its lock taken
    exclusively without waiting: a process reading it holds it shared, `_hold`). Best effort:
    anything else is left as it is."""
    try:
        import fcntl
    except ImportError:  # no flock: nothing can be known not to be in use
        return []
    parent = current.parent
    if not _owned_privately(parent, is_dir=True):
        return []
    removed = []
    for folder in sorted(parent.iterdir()):
        if folder.name == current.name or not _COPY_NAME.fullmatch(folder.name):
            continue
        try:
            if _owned_privately(folder, is_dir=True) and _remove_unused(folder, fcntl):
                removed.append(folder.name)
        except OSError:
            continue
    return removed


def _remove_unused(folder: Path, fcntl: Any) -> bool:
    """Remove `folder`, a copy's, when it holds only a copy's private files and no process holds
    its lock; False when it is left."""
    files = list(folder.iterdir())
    if not all(_COPY_FILE.fullmatch(f.name) and _owned_privately(f, is_dir=False) for f in files):
        return False
    fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # raises when a reader holds it
        for f in files:
            f.unlink()
        folder.rmdir()
    finally:
        os.close(fd)
    return True


def _owned_privately(path: Path, is_dir: bool) -> bool:
    """`path` is a real folder (is_dir) or regular file, not a link, owned by this user and
    writable by no one else: only this user's own processes can have put its content there."""
    try:
        st = os.lstat(path)
    except OSError:
        return False
    kind = stat.S_ISDIR(st.st_mode) if is_dir else stat.S_ISREG(st.st_mode)
    return kind and st.st_uid == os.geteuid() and not st.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def _read_unpacked(folder: Path) -> dict[str, Any] | None:
    """The arrays of an unpacked copy (MODEL_ARRAYS), or None when the copy is absent, is not
    this user's own (_owned_privately), or is damaged (unreadable, or its arrays' kinds and
    shapes do not fit together as a py3langid model's do)."""
    import numpy as np

    if not _owned_privately(folder, is_dir=True):
        return None
    arrays: dict[str, Any] = {}
    try:
        for name in MODEL_ARRAYS:
            path = folder / f"{name}.npy"
            if not _owned_privately(path, is_dir=False):
                return None
            arrays[name] = np.load(path, mmap_mode="r" if name in _MAPPED else None, allow_pickle=False)
    except (OSError, ValueError):
        return None
    return arrays if _fits(arrays) else None


def _fits(a: dict[str, Any]) -> bool:
    """Whether model arrays fit together: one weight row a feature and column a class, 256
    transitions a DFA row, one row and one output a state, every index within its table."""
    ptc, pc, classes, nextmove, row, out = (a[name] for name in MODEL_ARRAYS)
    n_states = len(row)
    return (
        ptc.ndim == 2
        and pc.ndim == 1
        and classes.ndim == 1
        and ptc.shape[1] == len(pc) == len(classes)
        and nextmove.ndim == 1
        and len(nextmove) % 256 == 0
        and row.ndim == 1
        and out.shape == (n_states,)
        and all(x.dtype.kind == "u" for x in (nextmove, row))
        and out.dtype.kind == "i"
        and n_states > 0
        and int(nextmove.max()) < n_states
        and int(row.max()) < len(nextmove) // 256
        and int(out.max()) < len(ptc)
    )


def _unpack(packaged: Path) -> dict[str, Any]:
    """The arrays of the packaged model file (an LZMA-compressed .npz), read into memory."""
    import io
    import lzma

    import numpy as np

    with np.load(io.BytesIO(lzma.decompress(packaged.read_bytes())), allow_pickle=False) as data:
        return {name: data[name] for name in MODEL_ARRAYS}


def _write_unpacked(folder: Path, arrays: dict[str, Any]) -> None:
    """Write the unpacked copy: a private folder (0700), each array written to a temporary
    file and renamed over its name, so a reader finds a whole file or none. Best effort."""
    import tempfile

    import numpy as np

    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        if not _owned_privately(folder, is_dir=True):
            return  # never write into a folder someone else could change
        for name in MODEL_ARRAYS:
            fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{name}.", suffix=".tmp")  # mode 0600
            try:
                with os.fdopen(fd, "wb") as fh:
                    np.save(fh, arrays[name], allow_pickle=False)
                os.replace(tmp, folder / f"{name}.npy")
            except BaseException:
                os.unlink(tmp)
                raise
    except OSError:
        return


def shares(text: str, sample_chars: int = 4000) -> dict[str, float]:
    """{language code: probability} of `text`'s first `sample_chars` characters, summed over the
    model's labels reported as each code (reported_code), in the model's order (best first);
    {} when the sample has fewer than MIN_LETTERS letters. Close languages split the mass
    (Croatian text: hr 0.73, bs 0.27), so a caller that asks "is it English?" sums, as
    entities' gate does, rather than reading the best code's share alone."""
    sample = text[:sample_chars]
    if not _has_letters(sample, MIN_LETTERS):
        return {}
    totals: dict[str, float] = {}
    for label, p in _identifier().rank(sample):  # best first: ties keep the model's order
        code = reported_code(str(label))
        totals[code] = totals.get(code, 0.0) + float(p)
    return totals


def detect(text: str, sample_chars: int = 4000) -> Guess:
    """Guess the language of `text` from its first `sample_chars` characters.

    The probability of a language is the sum over the model's labels reported as it
    (reported_code: Chinese is "zh" + "wuu" + "yue"). Returns Guess("und", 0.0) when the sample
    has fewer than MIN_LETTERS letters, and Guess("und", p) when the best language's
    probability p is below MIN_PROBABILITY, or below MIN_PROBABILITY_UNANALYSED for a language
    without a stemmer or a stop list (analysed). Deterministic: the same text always gives the
    same guess.
    """
    totals = shares(text, sample_chars)
    if not totals:
        return Guess(UNDETERMINED, 0.0)
    code, prob = max(totals.items(), key=lambda item: item[1])
    if math.isnan(prob):
        return Guess(UNDETERMINED, 0.0)
    if prob < MIN_PROBABILITY or (prob < MIN_PROBABILITY_UNANALYSED and not analysed(code)):
        return Guess(UNDETERMINED, prob)
    return Guess(code, prob)


# Plain English prose is recognised without langid: of its first words at least this share are
# Whoosh's 34 English stop words, "the" among them twice or more (English news prose: ~30%;
# German, French, Spanish, Dutch: under 8%). langid costs ~1 us a byte in Python, as much as
# the rest of an English build together; `python bench/language_shortcut.py CORPUS...` measures
# how often langid agrees where the shortcut fires (README "Query language").
ENGLISH_STOP_SHARE = 0.2
ENGLISH_MIN_WORDS = 30
# Whoosh's English stop words (whoosh.analysis.STOP_WORDS, analysis.english_stop_words), written
# out: importing Whoosh's analysis cost `indexer parse` ~0.1 s of CPU a process for this list.
# tests/test_language.py checks it is still Whoosh's.
ENGLISH_STOP_WORDS = frozenset(
    """a an and are as at be by can for from have if in is it may not of on or tbd that the this
    to us we when will with yet you your""".split()
)


def plainly_english(text: str) -> bool:
    """True when `text` is plainly English prose by its stop words (ENGLISH_MIN_WORDS words or
    more, ENGLISH_STOP_SHARE of them Whoosh's English stop words, "the" twice or more)."""
    stop_words = ENGLISH_STOP_WORDS
    words = text.lower().split()
    if len(words) < ENGLISH_MIN_WORDS or words.count("the") < 2:
        return False
    return sum(1 for w in words if w in stop_words) >= ENGLISH_STOP_SHARE * len(words)


def detect_code(text: str, sample_chars: int = 4000) -> str:
    """The language code of `text`'s first `sample_chars` characters: "en" at once when they are
    plainly English (plainly_english), else detect(...).code. One rule for every caller that
    needs only the code (an article's language, a page's stop list), so they cannot disagree
    on English prose and English pages cost no langid pass."""
    sample = text[:sample_chars]
    if plainly_english(sample):
        return "en"
    return detect(sample, sample_chars).code


def _has_letters(text: str, count: int) -> bool:
    """True when `text` holds at least `count` letters; stops at the count-th (a page's sample
    is thousands of characters, the count 20)."""
    for ch in text:
        if ch.isalpha():
            count -= 1
            if count <= 0:
                return True
    return count <= 0


@functools.lru_cache(maxsize=None)
def analysed(code: str) -> bool:
    """Whether text detected as `code` is analysed in its own way: the language has a stop
    list (stop_words) or a Snowball stemmer (analysis.has_stemmer)."""
    if stop_words(code):
        return True
    from .analysis import has_stemmer  # imported only for the few languages without a stop list

    return has_stemmer(code)


# jusText's stop lists by ISO 639-1 code: of pycountry's name of the language, its part before
# ";" and its part before " (", the first that names a list (jusText names its lists by English
# language name, "German"). Written out: loading pycountry's database cost `indexer parse` ~0.1 s
# of CPU a process. tests/test_language.py checks the table against pycountry and jusText.
STOP_LISTS = dict(
    pair.split(":")
    for pair in """af:Afrikaans an:Aragonese ar:Arabic az:Azerbaijani be:Belarusian bg:Bulgarian
    bn:Bengali br:Breton bs:Bosnian ca:Catalan cs:Czech cv:Chuvash cy:Welsh da:Danish de:German
    en:English eo:Esperanto es:Spanish et:Estonian eu:Basque fa:Persian fi:Finnish fr:French
    ga:Irish gl:Galician gu:Gujarati he:Hebrew hi:Hindi hr:Croatian ht:Haitian hu:Hungarian
    hy:Armenian id:Indonesian ig:Igbo io:Ido is:Icelandic it:Italian jv:Javanese ka:Georgian
    kk:Kazakh kn:Kannada ko:Korean ku:Kurdish la:Latin lb:Luxembourgish lt:Lithuanian lv:Latvian
    mk:Macedonian ml:Malayalam mr:Marathi ms:Malay mt:Maltese ne:Nepali nl:Dutch oc:Occitan
    pl:Polish pt:Portuguese qu:Quechua ro:Romanian ru:Russian sk:Slovak sl:Slovenian sq:Albanian
    sr:Serbian su:Sundanese sv:Swedish sw:Swahili ta:Tamil te:Telugu tk:Turkmen tl:Tagalog
    tr:Turkish uk:Ukrainian ur:Urdu uz:Uzbek vi:Vietnamese wa:Walloon yo:Yoruba""".split()
)


@functools.lru_cache(maxsize=None)
def stop_words(code: str) -> frozenset[str]:
    """jusText's stop words for ISO 639-1 `code` (its list STOP_LISTS names), case-folded;
    empty when it has no list."""
    name = STOP_LISTS.get(code)
    if name is None:
        return frozenset()
    return frozenset(w.casefold() for w in justext_stop_list(name))


def justext_stop_list(name: str) -> frozenset[str]:
    """jusText's stop list `name` as `justext.get_stoplist(name)` gives it (its package's
    stoplists/NAME.txt, UTF-8, a word a line, lower-cased), read without importing jusText: the
    import (lxml, urllib, the email parser) cost `indexer parse` ~0.08 s of CPU a process. Where
    the file is not found there, jusText's own function reads it (raises ValueError for no list)."""
    for folder in _justext_folders():
        path = Path(folder) / "stoplists" / f"{name}.txt"
        if path.is_file():
            return frozenset(w.decode("utf8").lower() for w in path.read_bytes().splitlines())
    import justext

    return frozenset(justext.get_stoplist(name))


def _justext_folders() -> list[str]:
    """The folders of jusText's package, found without importing it (none when not installed)."""
    import importlib.util

    spec = importlib.util.find_spec("justext")
    return list(spec.submodule_search_locations or ()) if spec is not None else []


# Languages the entity model is run on: its own (spaCy's English pipeline) and "und" (too short
# or too unsure to tell, where a wrong skip would lose English tags); "" is an article never
# passed through detection (a caller building Articles by hand), tagged as before.
TAGGED_LANGUAGES = frozenset({"en", "und", ""})


def tags_language(code: str) -> bool:
    """True when articles detected as language `code` (ISO 639-1, "und" or "") get entities:
    the model is English, and on other languages it tags capitalised words as names."""
    return code in TAGGED_LANGUAGES


def language_name(code: str) -> str:
    """English name of ISO 639-1 or 639-3 `code` ("de" -> "German", "ary" -> "Moroccan Arabic"),
    the code itself when unknown."""
    try:
        import pycountry

        lang = pycountry.languages.get(**{"alpha_2" if len(code) == 2 else "alpha_3": code})
    except (ImportError, KeyError, LookupError):  # pragma: no cover - pycountry is a dependency
        lang = None
    return lang.name.split(";")[0] if lang is not None else code
