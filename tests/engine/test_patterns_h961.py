"""Helper h961 (sevenhundredtwentysixth, Kiribati's Office of the President as Pacific and partners' outlets print it):
a connective adding a point between "said" and the reported clause, set off by a comma, "X said in addition, both
countries have agreed to …": all of it X's report, the group's clause inside it no clause of its own (reported_speech
`_SAID_MEETING_PHRASE`, read by `_after_said_and_a_meeting_phrase`); a back-reference with other verbs of saying, "… .
This was articulated by X while meeting …", the sentence before X's (statements `_SAID_BY`); a letter written and its
words given by a participle, "X had written a letter to Y stating that …" (lexicon, the "written" complement)."""

from .test_patterns import assert_statements

OPENING = "Prime Minister Dorin Valek met the President of Ostravia, Ema Lind, in Port Arlen on Monday."


def test_said_in_addition_then_a_groups_clause_is_all_the_speakers_report():
    assert_statements(
        OPENING + "\n\nValek said in addition, both countries have agreed to strengthen bilateral relations and to "
        "revisit the fishing treaty.",
        [("Dorin Valek", "indirect", "Valek said in addition, both countries have agreed to strengthen bilateral "
          "relations and to revisit the fishing treaty.")])


def test_said_moreover_then_a_named_persons_act_is_the_speakers_report():
    assert_statements(
        OPENING + "\n\nValek said moreover, President Lind had agreed to open a consulate in the north.",
        [("Dorin Valek", "indirect",
          "Valek said moreover, President Lind had agreed to open a consulate in the north.")])


def test_a_second_speakers_own_sentence_after_said_is_still_cut():
    # guard: "X said …, and Y stressed …" stays two statements
    assert_statements(
        OPENING + "\n\nValek said the talks were useful, and President Lind stressed the value of the treaty.",
        [("Dorin Valek", "indirect", "Valek said the talks were useful,"),
         ("Ema Lind", "indirect", "President Lind stressed the value of the treaty.")])


def test_this_was_articulated_by_gives_the_sentence_before_to_the_agent():
    assert_statements(
        "Vellora remains fully committed to working closely with Ostravia.\n\n"
        "This was articulated by Prime Minister Dorin Valek while meeting the President of Ostravia, Ema Lind, in Port "
        "Arlen this afternoon.",
        [("Dorin Valek", "indirect", "Vellora remains fully committed to working closely with Ostravia.")])


def test_a_view_articulated_by_a_person_in_the_sentence_itself_is_no_back_reference():
    # guard: "The plan was articulated by X at the summit." names no words before (its subject a thing, not "This");
    # the sentence before stays the page's, the passive with its agent his own
    assert_statements(
        "Vellora and Ostravia signed a fisheries treaty in 2019.\n\n"
        "The plan was articulated by Prime Minister Dorin Valek at the summit.",
        [("Dorin Valek", "indirect", "The plan was articulated by Prime Minister Dorin Valek at the summit.")])


def test_had_written_a_letter_stating_that_is_the_writers_report():
    assert_statements(
        OPENING + "\n\nOstravian President Ema Lind had written a letter to the Secretary-General Paul Renn stating that "
        "they would pull out completely from the forum.",
        [("Ema Lind", "indirect", "Ostravian President Ema Lind had written a letter to the Secretary-General Paul Renn "
          "stating that they would pull out completely from the forum.")])


def test_a_letter_written_with_no_words_given_is_no_statement():
    # guard: "had written a letter to X" alone tells of an act, no words
    assert_statements(
        OPENING + "\n\nOstravian President Ema Lind had written a letter to the Secretary-General Paul Renn last year.",
        [])
