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
