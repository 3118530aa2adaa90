"""Helper h935 (hard73, attribution that refers back to words already given): a back-reference sentence that names
whose the words before were ("“…” These were the words of the Minister …, Mr. X, at …", "“…” So said Ms. X, who …",
"… That was the message X brought to …", "“…” The remarks were made by General X during …", "“…” The comments came
from …, Ms. X, as …", "… The assurance was given by X when …") gives them to that person, as "This was stated by X"
does (statements `_SAID_BY`); a closed quotation that ends the sentence before, with no tag of its own, is the named
person's, not the last speaker's (statements `_quotation_named_after`); a back-reference whose speaker then speaks in
a ", who" clause ("So said the Speaker, who then invited …") is that speaker's statement too (statements
`_who_goes_on_to_speak`); the paragraphs of untagged quotation before one given so go back with it (statements
`_whole_quotations_before`); "The remarks drew long applause" / "These words were echoed …" tell how the words were
received, not the speaker's report carried on (carrying_on `_WORDS_RECEIVED` in `_tells_of_events`); "X's words came a week after Z announced that …" only dates X's
words, no statement of Z's (statements `_WORDS_CAME`)."""

from .test_patterns import assert_statements

OPENING = "Foreign Minister Oswin Pellacombe on Monday received the Foreign Minister of Grandmoor, Ms. Idalie Venstrup."


def test_these_were_the_words_of_names_the_quotation_before():
    assert_statements(
        OPENING + "\n\n"
        "“Grandmoor will never be asked to choose between its neighbours.” These were the words of the Foreign "
        "Minister of Grandmoor, Ms. Idalie Venstrup, at the opening of the talks.",
        [("Idalie Venstrup", "direct", "Grandmoor will never be asked to choose between its neighbours.")],
    )


def test_so_said_gives_the_quotation_to_the_one_named_not_the_last_speaker():
    assert_statements(
        OPENING + "\n\n"
        "Mr. Pellacombe said that the two ministries would meet twice a year.\n\n"
        "“We measure a friendship by the agreements it keeps.” So said Ms. Venstrup, who has held the post since May.",
        [("Oswin Pellacombe", "indirect", "Mr. Pellacombe said that the two ministries would meet twice a year."),
         ("Idalie Venstrup", "direct", "We measure a friendship by the agreements it keeps.")],
    )


def test_the_remarks_were_made_by_names_the_quotation_before():
    assert_statements(
        OPENING + "\n\n"
        "Ms. Venstrup thanked her host for the invitation.\n\n"
        "“The new consulate will open in the spring.” The remarks were made by Minister Pellacombe during a "
        "briefing for the press.",
        [("Idalie Venstrup", "indirect", "Ms. Venstrup thanked her host for the invitation."),
         ("Oswin Pellacombe", "direct", "The new consulate will open in the spring.")],
    )


def test_that_was_the_message_names_the_sentence_before():
    assert_statements(
        OPENING + "\n\n"
        "Grandmoor is ready to open its ports to the grain of its neighbours. That was the message Ms. Venstrup "
        "brought to the capital.",
        [("Idalie Venstrup", "indirect", "Grandmoor is ready to open its ports to the grain of its neighbours.")],
    )


def test_the_assurance_was_given_by_names_the_sentence_before():
    assert_statements(
        OPENING + "\n\n"
        "The grain will be paid for at the price of the day of loading. The assurance was given by Ms. Venstrup "
        "when the Minister raised the question of prices.",
        [("Idalie Venstrup", "indirect", "The grain will be paid for at the price of the day of loading.")],
    )


def test_a_back_reference_that_names_no_one_gives_nothing():
    """Guard: "The remarks drew applause" / "These words were echoed …" name no owner: the quotation stays unsaid."""
    assert_statements(
        OPENING + "\n\n"
        "The two ministers signed a memorandum on consular cooperation. The remarks drew applause from the hall.",
        [],
    )


def test_a_tagged_quotation_before_a_back_reference_keeps_its_tag():
    """Guard: a quotation with its own tag ("“…,” Mr. X said.") stays the tag's, whatever the next sentence names."""
    assert_statements(
        OPENING + "\n\n"
        "“We will open a consulate in the spring,” Mr. Pellacombe said. The comments came from the Minister as the "
        "talks opened.",
        [("Oswin Pellacombe", "direct", "We will open a consulate in the spring,")],
    )


def test_so_said_who_then_invited_is_also_the_speakers_statement():
    assert_statements(
        OPENING + "\n\n"
        "“A friendship is measured by the agreements it keeps.” So said Ms. Venstrup, who then invited her host to "
        "visit Grandmoor in the autumn.",
        [("Idalie Venstrup", "direct", "A friendship is measured by the agreements it keeps."),
         ("Idalie Venstrup", "indirect", "So said Ms. Venstrup, who then invited her host to visit Grandmoor in the "
          "autumn.")],
    )


def test_a_who_clause_that_only_tells_when_one_spoke_is_no_statement():
    """Guard: "…, who spoke after the Minister" / "…, who has held the post since May": only the words before."""
    assert_statements(
        OPENING + "\n\n"
        "The grain will be paid for at the price of the day of loading. The assurance was given by Ms. Venstrup, "
        "who spoke after the Minister.",
        [("Idalie Venstrup", "indirect", "The grain will be paid for at the price of the day of loading.")],
    )


def test_two_paragraphs_of_quotation_then_these_were_the_words_of_are_both_hers():
    assert_statements(
        OPENING + "\n\n"
        "“For forty years the people of Weltmoor waited for this bridge.”\n\n"
        "“I want to thank the engineers who built it.”\n\n"
        "These were the words of the Foreign Minister of Grandmoor, Ms. Idalie Venstrup, at the opening of the bridge.",
        [("Idalie Venstrup", "direct", "For forty years the people of Weltmoor waited for this bridge."),
         ("Idalie Venstrup", "direct", "I want to thank the engineers who built it.")],
    )


def test_a_tagged_quotation_paragraph_before_the_untagged_one_keeps_its_tag():
    """Guard: a quotation paragraph with its own tag stays its speaker's; only the untagged run goes back."""
    assert_statements(
        OPENING + "\n\n"
        "“We will open a consulate in the spring,” Mr. Pellacombe said.\n\n"
        "“I want to thank the engineers who built the bridge.”\n\n"
        "These were the words of the Foreign Minister of Grandmoor, Ms. Idalie Venstrup, at the opening of the bridge.",
        [("Oswin Pellacombe", "direct", "We will open a consulate in the spring,"),
         ("Idalie Venstrup", "direct", "I want to thank the engineers who built the bridge.")],
    )


def test_the_remarks_drew_applause_is_not_the_report_carried_on():
    assert_statements(
        OPENING + "\n\n"
        "Mr. Pellacombe later addressed the students of the academy. He told them that the treaty of 1962 remained "
        "the best page of the two peoples' history. The remarks drew long applause from the hall.",
        [("Oswin Pellacombe", "indirect", "He told them that the treaty of 1962 remained the best page of the two "
          "peoples' history.")],
    )


def test_a_report_that_the_words_drew_criticism_in_the_remarks_own_sentence_is_kept():
    """Guard: a sentence that opens with its own speaker and a speech verb is read as before."""
    assert_statements(
        OPENING + "\n\n"
        "Ms. Venstrup said that her remarks drew on the lessons of the floods.",
        [("Idalie Venstrup", "indirect", "Ms. Venstrup said that her remarks drew on the lessons of the floods.")],
    )


def test_x_s_words_came_after_z_announced_is_narrative():
    assert_statements(
        OPENING + "\n\n"
        "“We will open a consulate in the spring,” Mr. Pellacombe said. Pellacombe's words came a week after the "
        "Finance Minister, Mr. Tobin Ashgrove, announced that the budget would be cut.",
        [("Oswin Pellacombe", "direct", "We will open a consulate in the spring,")],
    )


def test_a_report_whose_words_came_in_its_own_clause_is_kept():
    """Guard: "X said that the words came …" opens with its speaker and verb, read as before."""
    assert_statements(
        OPENING + "\n\n"
        "Mr. Pellacombe said that his words came from the heart.",
        [("Oswin Pellacombe", "indirect", "Mr. Pellacombe said that his words came from the heart.")],
    )
