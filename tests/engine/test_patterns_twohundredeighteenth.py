"""Rules from the two-hundred-eighteenth held-out set (en.kremlin.ru, January and May 2001): invented readouts, invented
people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_RECEPTION = "President Arvan Tolmen made a statement at the ceremonial reception in honour of Liberation Day"


def test_addressed_sympathetic_words_to_an_audience_is_a_statement():
    """"The Russian president addressed sympathetic words to the audience of war veterans who rescued Russia …"
    (two-hundred-eighteenth 41353): words, with any one word before them, addressed to listeners are words voiced,
    as "addressed warm words of gratitude to …" already were. Before, only warm, kind, special, sincere or many
    words, and only with "of" after them."""
    body = ("In his statement Arvan Tolmen emphasized the importance of preserving stability in the region. "
            "The Ostrelian president addressed sympathetic words to the audience of veterans who defended the country.")
    assert_statements(body, [
        ("Arvan Tolmen", "indirect", "In his statement Arvan Tolmen emphasized the importance of preserving stability "
                                     "in the region."),
        ("Arvan Tolmen", "indirect", "The Ostrelian president addressed sympathetic words to the audience of veterans "
                                     "who defended the country."),
    ], title=_RECEPTION)


def test_addressed_the_audience_of_veterans_stays_narrative():
    """Guard: "addressed the audience of veterans" with no words before "to": an audience spoken to, a speech
    delivered, narrative as before."""
    body = ("In his statement Arvan Tolmen emphasized the importance of preserving stability in the region. "
            "The Ostrelian president addressed the audience of veterans who defended the country.")
    assert_statements(body, [
        ("Arvan Tolmen", "indirect", "In his statement Arvan Tolmen emphasized the importance of preserving stability "
                                     "in the region."),
    ], title=_RECEPTION)


def test_toasted_with_the_toast_quoted_is_a_direct_statement():
    """"President Putin also welcomed guest war veterans from other countries and toasted “To victorious soldiers! To
    Victory Day!”" (two-hundred-eighteenth 41353): a toast's words quoted right after "toasted" are his direct words,
    the welcome before "and toasted" his indirect statement. Before, "toasted" was no cue: the whole sentence, quote
    and all, was one indirect statement."""
    body = ("In his statement Arvan Tolmen emphasized the importance of preserving stability in the region. "
            "President Tolmen also welcomed guest veterans from other countries and toasted “To our soldiers! "
            "To Liberation Day!”")
    assert_statements(body, [
        ("Arvan Tolmen", "indirect", "In his statement Arvan Tolmen emphasized the importance of preserving stability "
                                     "in the region."),
        ("Arvan Tolmen", "indirect", "President Tolmen also welcomed guest veterans from other countries"),
        ("Arvan Tolmen", "direct", "To our soldiers! To Liberation Day!"),
    ], title=_RECEPTION)


def test_toasted_with_no_words_quoted_stays_narrative():
    """Guard: "toasted the agreement with his guests": a glass raised, no words given, narrative."""
    body = ("In his statement Arvan Tolmen emphasized the importance of preserving stability in the region. "
            "President Tolmen toasted the agreement with his guests.")
    assert_statements(body, [
        ("Arvan Tolmen", "indirect", "In his statement Arvan Tolmen emphasized the importance of preserving stability "
                                     "in the region."),
    ], title=_RECEPTION)
