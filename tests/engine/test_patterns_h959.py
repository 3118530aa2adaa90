"""Helper h959 (sevenhundredtwentyfourth, the Parliament of Fiji): a quotation tagged by a passive "quoted" with no
"as", "“…,” Mr X was quoted saying in the statement.", the words X's as after "was quoted as saying"
(sentence_reading `_QUOTED_AS_SAYING`); and the subject's form, "X was quoted saying that …" (speech_subjects
`_AS_SAYING_AFTER_QUOTED`)."""

from .test_patterns import assert_statements

OPENING = ("Secretary General Pello Varn visited the Parliament today and met Speaker Dr Ida Morn.\n\n"
           "A Government statement issued this evening stated Dr Morn presented on the Parliament's outreach work.")


def test_a_quotation_tagged_was_quoted_saying_is_the_subjects():
    assert_statements(
        OPENING + "\n\n"
        "\"I'm really delighted to have come here,\" Mr Varn was quoted saying in the statement.",
        [("Pello Varn", "direct", "I'm really delighted to have come here,")])


def test_a_quotation_tagged_was_quoted_as_saying_is_still_the_subjects():
    assert_statements(
        OPENING + "\n\n"
        "\"I'm really delighted to have come here,\" Mr Varn was quoted as saying in the statement.",
        [("Pello Varn", "direct", "I'm really delighted to have come here,")])


def test_x_was_quoted_saying_that_is_xs_report():
    assert_statements(
        OPENING + "\n\n"
        "Mr Varn was quoted saying that the association would widen its support.",
        [("Pello Varn", "indirect", "Mr Varn was quoted saying that the association would widen its support.")])


def test_a_quotation_followed_by_a_plain_quoted_is_not_given_by_the_passive():
    """Guard: "“…” was quoted in the statement" with no "saying" names no speaker by the passive."""
    assert_statements(
        "Speaker Dr Ida Morn opened the session.\n\n"
        "The phrase \"unity in diversity\" was quoted in the statement.",
        [])
