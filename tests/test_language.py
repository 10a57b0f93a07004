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
