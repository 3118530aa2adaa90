"""Helper h975 (sevenhundredthirtyeighth, the Chief Minister's Office of Rajasthan as PTI, IANS, The Hindu and First
India print it): a quotation told right after it by unnamed sources or officials in the plural, "“PM X is likely to
inaugurate the summit,” sources revealed.": their words, no one's, not the other of a pair the words name
(sentence_reading `_SOURCES_SAY_AFTER`, read by `_told_by_unnamed_sources_after`); a tag that closes the sentence,
"…, the statement quoted him as saying." or "…, he was quoted as saying.": the words before it the quoted person's report,
not a lead-in (reported_speech `_QUOTED_AS_SAYING_CLOSES`, read by `_quoted_as_saying_closes`; the object pronoun "him"
read as the one quoted in speech_subjects); a cabinet or council that sent something, "The state cabinet on Tuesday sent
… a proposal …", ends the report before it (carrying_on `_MEETING_ITSELF`)."""

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


def test_a_closing_tag_the_statement_quoted_him_as_saying_gives_the_words_before_to_him():
    assert_statements(
        OPENING + "\n\nOrsk said Korvath has grown fast. The youth here can find work in Velmar, the statement quoted "
        "him as saying.",
        [("Dalvin Orsk", "indirect", "Orsk said Korvath has grown fast."),
         ("Dalvin Orsk", "indirect", "The youth here can find work in Velmar, the statement quoted him as saying.")])


def test_a_closing_tag_he_was_quoted_as_saying_gives_the_words_before_to_him():
    assert_statements(
        OPENING + "\n\nThe youth here can find work in Velmar, Orsk was quoted as saying.",
        [("Dalvin Orsk", "indirect", "The youth here can find work in Velmar, Orsk was quoted as saying.")])


def test_a_lead_in_quoted_him_as_saying_before_a_colon_is_still_a_lead_in():
    # guard: "The statement quoted him as saying:" before a quotation leads in to it, no words of its own
    assert_statements(
        OPENING + "\n\nOrsk said Korvath has grown fast. The statement quoted him as saying: “We will build the port.”",
        [("Dalvin Orsk", "indirect", "Orsk said Korvath has grown fast."),
         ("Dalvin Orsk", "direct", "We will build the port.")])


def test_a_cabinet_that_sent_a_proposal_ends_the_report_before_it():
    assert_statements(
        OPENING + "\n\nAt an event earlier in the day, Mr. Orsk told party members that he will meet the President "
        "again over the session. The state cabinet on Tuesday sent for the third time a proposal on the session to "
        "the President.",
        [("Dalvin Orsk", "indirect", "At an event earlier in the day, Mr. Orsk told party members that he will meet "
          "the President again over the session.")])


def test_a_sentence_after_a_report_with_no_body_acting_still_carries_it_on():
    # guard: "In particular, …" after the report is still his
    assert_statements(
        OPENING + "\n\nMr. Orsk told party members that he will meet the President again. In particular, the "
        "session must open before June.",
        [("Dalvin Orsk", "indirect", "Mr. Orsk told party members that he will meet the President again."),
         ("Dalvin Orsk", "indirect", "In particular, the session must open before June.")])
