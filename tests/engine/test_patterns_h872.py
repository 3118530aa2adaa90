"""Helper h872 (sixhundredfiftysixth, 24.kg news agency, Kyrgyzstan): a quotation told right after it by a ministry
with "stressed" (or "emphasized", "underlined", "pointed out"), not only "said": the body's words, no one's, not the
last speaker's (sentence_reading._A_BODY_SAYS_AFTER)."""

from .test_patterns import assert_statements

_LEAD = ("Minister of Foreign Affairs of Varnia, Ivo Marten, received the Ambassador of Sylvania Petr Lasko.\n\n"
         "Ivo Marten stressed that Varnia attaches great importance to relations with Sylvania.\n\n")


def test_a_ministry_stressing_a_quotation_is_no_ones():
    assert_statements(
        _LEAD + "«The parties have compared notes on the upcoming events. The parties expressed their readiness to "
        "continue dialogue,» the Foreign Ministry stressed.",
        [("Ivo Marten", "indirect", "Ivo Marten stressed that Varnia attaches great importance to relations with Sylvania.")],
    )


def test_a_ministry_emphasizing_a_quotation_inverted_is_no_ones():
    assert_statements(
        _LEAD + "“The talks were held in a friendly atmosphere,” emphasized the Ministry of Foreign Affairs.",
        [("Ivo Marten", "indirect", "Ivo Marten stressed that Varnia attaches great importance to relations with Sylvania.")],
    )


def test_the_minister_stressing_a_quotation_keeps_it():
    """Guard: the minister himself after the quotation, not his ministry, still owns it."""
    assert_statements(
        _LEAD + "«We will continue dialogue,» the Foreign Minister stressed.",
        [("Ivo Marten", "indirect", "Ivo Marten stressed that Varnia attaches great importance to relations with Sylvania."),
         ("Ivo Marten", "direct", "We will continue dialogue,")],
    )
