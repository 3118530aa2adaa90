"""Helper h975 (sevenhundredthirtyeighth, the Chief Minister's Office of Rajasthan as PTI, IANS, The Hindu and First
India print it): a quotation told right after it by unnamed sources or officials in the plural, "“PM X is likely to
inaugurate the summit,” sources revealed.": their words, no one's, not the other of a pair the words name
(sentence_reading `_SOURCES_SAY_AFTER`, read by `_told_by_unnamed_sources_after`)."""

from .test_patterns import assert_statements

OPENING = "Governor Dalvin Orsk on Wednesday met Prime Minister Tamsin Velo in Korvath."


def test_a_quotation_told_by_sources_after_it_is_no_ones():
    assert_statements(
        OPENING + "\n\n“PM Velo is likely to open the trade summit in May,” sources revealed.",
        [])


def test_a_quotation_told_by_officials_after_it_is_no_ones():
    assert_statements(
        OPENING + "\n\n“PM Velo is likely to open the trade summit in May,” party officials said.",
        [])


def test_a_quotation_told_by_a_named_person_after_it_is_still_his():
    # guard: a person named after the quotation still speaks it, the sources elsewhere in the paragraph no matter
    assert_statements(
        OPENING + "\n\n“PM Velo is likely to open the trade summit in May,” Orsk told officials.",
        [("Dalvin Orsk", "direct", "PM Velo is likely to open the trade summit in May")])
