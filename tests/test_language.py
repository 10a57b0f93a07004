"""Language detection and stop lists (indexer/language.py)."""

from indexer import language


def test_detects_common_languages():
    assert language.detect("Der Bundestag hat heute ein neues Gesetz beschlossen, das die Steuern senkt.").code == "de"
    assert language.detect("Le gouvernement a annoncé mardi une nouvelle réforme des retraites.").code == "fr"
    assert language.detect("The minister said on Tuesday that the new law would cut taxes.").code == "en"


def test_too_short_is_undetermined():
    assert language.detect("hi there") == language.Guess("und", 0.0)
    assert language.detect("") == language.Guess("und", 0.0)


def test_deterministic():
    text = "La Comisión Europea presentó ayer un plan para reducir las emisiones."
    assert language.detect(text) == language.detect(text)


def test_stop_words_by_code():
    assert "the" in language.stop_words("en")
    assert "und" in language.stop_words("de")
    assert language.stop_words("xx") == frozenset()
    assert language.stop_words("und") == frozenset()


def test_members_of_a_macrolanguage_are_reported_as_it():
    assert language.reported_code("yue") == "zh"
    assert language.reported_code("arz") == "ar"
    assert language.reported_code("kik") == "ki"  # py3langid's 639-3 name of a language with a 639-1 code
    assert language.reported_code("pcm") == "pcm"  # no 639-1 code, no macrolanguage
    assert language.reported_code("de") == "de"


def _pycountry_stop_list(code: str) -> str | None:
    """The jusText list of `code` as found through pycountry's language names (what
    language.STOP_LISTS writes out)."""
    import justext
    import pycountry

    lang = pycountry.languages.get(alpha_2=code)
    names = (lang.name, lang.name.split(";")[0].strip(), lang.name.split(" (")[0])
    return next((name for name in names if name in justext.get_stoplists()), None)


def test_the_stop_list_table_is_pycountrys_and_justexts():
    import pycountry

    derived = {}
    for lang in pycountry.languages:
        code = getattr(lang, "alpha_2", None)
        name = _pycountry_stop_list(code) if code else None
        if name is not None:
            derived[code] = name
    assert language.STOP_LISTS == derived


def test_stop_lists_read_as_justext_reads_them(monkeypatch, tmp_path):
    import justext

    for name in sorted(justext.get_stoplists()):
        assert language.justext_stop_list(name) == justext.get_stoplist(name), name
    # no list file where it was looked for: jusText's own function reads the list
    monkeypatch.setattr(language, "_justext_folders", lambda: [str(tmp_path)])
    assert language.justext_stop_list("German") == justext.get_stoplist("German")
    monkeypatch.setattr(language, "_justext_folders", lambda: [])
    assert "und" in language.justext_stop_list("German")


def test_three_letter_labels_are_reported_as_pycountry_says():
    labels = {label for label in language._identifier().nb_classes if len(label) == 3}
    own = labels - set(language.MACROLANGUAGE)
    assert own == set(language.ALPHA_2) | language.NO_ALPHA_2
    for label in own:
        assert language.reported_code(label) == (language.pycountry_alpha_2(label) or label), label
    assert language.pycountry_alpha_2("kik") == "ki"  # the fallback for a label of another model
    assert language.pycountry_alpha_2("pcm") is None


# Own texts. A Reuters-style earnings table (abbreviations and figures) reads as Nigerian
# Pidgin at 0.5-0.9 in py3langid; Pidgin prose reads as Pidgin at 1.0.
EARNINGS_TABLE = (
    "NORTHWIND TOOLS INC <NWT> 4TH QTR LOSS Shr loss six cts vs profit two cts Net loss 463,000 vs "
    "profit 126,000 Revs 3,506,000 vs 3,082,000 Year Shr loss one ct vs profit nine cts"
)
PIDGIN = (
    "Police for Lagos State don arrest one man wey dem say im steal moto for Ikeja. "
    "Di suspect bin dey hide for im house wen police catch am."
)


def test_an_unsure_guess_of_a_language_without_analysis_is_undetermined():
    # The model's best label for the table is pcm, over the bar for a language with a stop list
    # or a stemmer, under the bar for one with neither (pcm has neither).
    label, p = language._identifier().classify(EARNINGS_TABLE)
    assert label == "pcm" and language.MIN_PROBABILITY <= p < language.MIN_PROBABILITY_UNANALYSED
    assert not language.analysed("pcm") and language.analysed("en") and language.analysed("el")
    guess = language.detect(EARNINGS_TABLE)
    assert guess.code == "und" and guess.probability == p
    assert language.detect(PIDGIN).code == "pcm"


def test_a_macrolanguage_sums_its_members_shares():
    # Short Chinese splits between Mandarin and Wu (zh 0.77, wuu 0.22): Chinese at ~1.0.
    text = "北京市政府周二宣布，将在明年建设三条新的地铁线路。"
    label, p = language._identifier().classify(text)
    assert label == "zh" and p < language.MIN_PROBABILITY_UNANALYSED
    guess = language.detect(text)
    assert guess.code == "zh" and guess.probability > 0.99


_ENGLISH_PROSE = (
    "The council said on Tuesday that the new bridge over the river would open in the spring, "
    "and that the old one would be closed to traffic for repairs. It is the first time in a "
    "decade that the town has had two crossings, and residents said they were glad of it."
)
_GERMAN_PROSE = (
    "Der Stadtrat teilte am Dienstag mit, dass die neue Brücke über den Fluss im Frühjahr "
    "eröffnet werde und die alte für Reparaturen gesperrt bleibe. Die Anwohner zeigten sich "
    "erleichtert, denn zum ersten Mal seit zehn Jahren gebe es zwei Übergänge in der Stadt."
)


def test_detect_code_takes_plain_english_at_once_and_agrees_with_langid():
    """The shortcut answers "en" only where langid would too; other languages go to langid."""
    assert language.plainly_english(_ENGLISH_PROSE)
    assert language.detect_code(_ENGLISH_PROSE) == language.detect(_ENGLISH_PROSE).code == "en"
    assert not language.plainly_english(_GERMAN_PROSE)
    assert language.detect_code(_GERMAN_PROSE) == "de"
    # Too few words for the shortcut: langid decides (and a short scrap is undetermined).
    assert not language.plainly_english("the cat and the dog")
    assert language.detect_code("the cat") == language.UNDETERMINED


def test_a_sample_needs_min_letters_letters_wherever_they_stand():
    digits = "1 " * 100  # a long sample whose letters come late
    assert language.MIN_LETTERS == 20
    assert language.detect(digits + "abcdefghijklmnopqrs") == language.Guess("und", 0.0)  # 19
    assert language.detect(digits + "abcdefghijklmnopqrst").probability > 0.0  # 20: guessed
