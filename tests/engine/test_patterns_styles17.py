"""Readings of the seventeenth styles set (benchmarks/styles17): invented readouts in the styles of the corpus's own
sources, as a reader of hundreds of them meets them.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_quotation_said_by_a_group_after_it_is_no_ones():
    """"“…,” the two Presidents said in a joint declaration adopted at the end of the talks." (seventeenth styles
    dravonia tolmaria talks trap): the words after the quotation give it to a group, so it is no one's, not the
    last person named's."""
    body = (
        "Talks between President of Ostrava Ivo Marek and President of Lesnia Dana Kral took place in Kolm.\n\n"
        "“Ostrava and Lesnia will remain good neighbours, whatever the weather in world politics,” the two Presidents "
        "said in a joint declaration adopted at the end of the talks."
    )
    assert_statements(body, [], title="Ostravan–Lesnian talks")


def test_a_quotation_said_by_one_after_it_keeps_its_speaker():
    """Guard: "“…,” the President said." after the same lead is still the principal's."""
    body = (
        "Talks between President of Ostrava Ivo Marek and President of Lesnia Dana Kral took place in Kolm.\n\n"
        "“Ostrava and Lesnia will remain good neighbours, whatever the weather in world politics,” President Marek "
        "said at the end of the talks."
    )
    assert_statements(body, [
        ("Ivo Marek", "direct", "Ostrava and Lesnia will remain good neighbours, whatever the weather in world politics"),
    ], title="Ostravan–Lesnian talks")


def test_a_joint_statement_quoted_with_the_cue_after_is_no_ones():
    """"… adopted a joint statement …. / “…,” the statement reads." (seventeenth styles korvenia kestria joint
    statement): a joint text's words, as with "The statement says: “…”" before them; the leader's remarks after it
    stay his."""
    body = (
        "President of Ostrava Ivo Marek and President of Lesnia Dana Kral held talks in Kolm and adopted a joint "
        "statement on energy cooperation.\n\n"
        "“Ostrava and Lesnia reaffirm their shared commitment to a just and lasting peace and condemn the attacks on "
        "civilian energy infrastructure,” the statement reads.\n\n"
        "“This is not a statement for the archive. Behind every line there are real transformers,” Ivo Marek said."
    )
    assert_statements(body, [
        ("Ivo Marek", "direct", "This is not a statement for the archive. Behind every line there are real transformers"),
    ], title="Ostrava and Lesnia adopted a joint statement")


def test_a_statement_of_one_quoted_with_the_cue_after_keeps_its_sender():
    """Guard: with no joint text before it, "“…,” the statement reads." after "Ivo Marek issued a statement" is
    still his."""
    body = (
        "President of Ostrava Ivo Marek issued a statement on the anniversary of the flood in Kolm.\n\n"
        "“Ostrava remembers every one of those who lost their lives and honours the rescuers who saved thousands,” "
        "the statement reads."
    )
    assert_statements(body, [
        ("Ivo Marek", "direct", "Ostrava remembers every one of those who lost their lives and honours the rescuers who "
                                "saved thousands"),
    ], title="Statement by President Marek")


def test_lower_case_verb_items_after_a_verbless_lead_in_are_its_persons():
    """"In the call, the President:" then "reaffirmed …;", "thanked …;", "invited …" (seventeenth styles calder
    president call brisa, a Markdown list whose bullets are gone once rendered): each item opens with a speech verb in
    lower case and is the President's, as "- Reaffirmed …" under "During the meeting, the Vice President:"."""
    body = (
        "President Ada Quill spoke today with Prime Minister Lars Eng of Vestmark.\n\n"
        "In the call, the President:\n\n"
        "reaffirmed the Republic's commitment to the defense of Vestmark;\n\n"
        "thanked the Prime Minister for Vestmark's leadership in the coalition;\n\n"
        "invited Prime Minister Eng to visit Kolm at the earliest opportunity.\n\n"
        "The two leaders agreed to remain in close contact."
    )
    assert_statements(body, [
        ("Ada Quill", "indirect", "reaffirmed the Republic's commitment to the defense of Vestmark;"),
        ("Ada Quill", "indirect", "thanked the Prime Minister for Vestmark's leadership in the coalition;"),
        ("Ada Quill", "indirect", "invited Prime Minister Eng to visit Kolm at the earliest opportunity."),
    ], title="Readout of President Quill's Call with Prime Minister Eng of Vestmark")


def test_lower_case_items_after_a_groups_lead_in_stay_no_ones():
    """Guard: "In the call, the two leaders:" then lower-case verb items: a group's list, no statement."""
    body = (
        "President Ada Quill spoke today with Prime Minister Lars Eng of Vestmark.\n\n"
        "In the call, the two leaders:\n\n"
        "reaffirmed their commitment to the defense of Vestmark;\n\n"
        "welcomed the progress of the coalition."
    )
    assert_statements(body, [], title="Readout of President Quill's Call with Prime Minister Eng of Vestmark")


def test_a_question_under_an_outlets_label_is_no_ones():
    """"Nordvik Radio: Mr President, yesterday President X said that …. Did he tell you …?" (seventeenth styles
    dravonia kremlin press questions): a label that names a media outlet is an unnamed journalist's; what the
    question reports of another president is inside the asker's words; the next label answers."""
    body = (
        "Following his visit to Lesnia, Ivo Marek answered questions from the media.\n\n"
        "Kolm Radio: Mr President, yesterday President Dana Kral said that Lesnia would not extend the gas contract "
        "after 2028. Did she tell you the same thing during the talks?\n\n"
        "Ivo Marek: We did discuss it, of course. The contract runs until 2028, and we will honour it.\n\n"
        "Ostrava-24: When will the bridge over the Sarna be finished?\n\n"
        "Ivo Marek: The bridge will open in December."
    )
    assert_statements(body, [
        ("Ivo Marek", "direct", "We did discuss it, of course. The contract runs until 2028, and we will honour it."),
        ("Ivo Marek", "direct", "The bridge will open in December."),
    ], title="Answers to media questions")


def test_a_persons_label_before_a_question_keeps_its_speaker():
    """Guard: "Ivo Marek: … Why should we wait?" after an outlet's question is still Marek's turn, a question of his
    own."""
    body = (
        "Following his visit to Lesnia, Ivo Marek answered questions from the media.\n\n"
        "Kolm Radio: When will the bridge over the Sarna be finished?\n\n"
        "Ivo Marek: The bridge will open in December. Why should we wait any longer?"
    )
    assert_statements(body, [
        ("Ivo Marek", "direct", "The bridge will open in December. Why should we wait any longer?"),
    ], title="Answers to media questions")


def test_the_younger_of_two_brothers_of_one_surname():
    """"… Mikhail Rebrov, who is the Minister's younger brother, …" then "The younger Rebrov noted …" (seventeenth
    styles dravonia kremlin rebrov brothers): of the two bearers of the surname, the one told to be the younger."""
    body = (
        "Ivo Marek met with Minister of Foreign Affairs Anton Vesk and Ambassador to Lesnia Pavel Vesk, who is the "
        "Minister's younger brother.\n\n"
        "Anton Vesk informed the President that the joint commission on trade would resume its work.\n\n"
        "The younger Vesk noted that a cultural centre would open in Kolm in the spring."
    )
    assert_statements(body, [
        ("Anton Vesk", "indirect", "Anton Vesk informed the President that the joint commission on trade would resume "
                                   "its work."),
        ("Pavel Vesk", "indirect", "The younger Vesk noted that a cultural centre would open in Kolm in the spring."),
    ], title="Meeting with Foreign Minister Anton Vesk")


def test_a_younger_brother_of_someone_else_marks_no_namesake():
    """Guard: "Pavel Vesk, who is the Minister's younger brother" with no other Vesk: "Mr Vesk" is still he, and the
    Minister (another surname) keeps his own words."""
    body = (
        "Ivo Marek met with Minister of Foreign Affairs Anton Dorn and Ambassador to Lesnia Pavel Vesk, who is the "
        "Minister's younger brother-in-law.\n\n"
        "Mr Vesk noted that a cultural centre would open in Kolm in the spring."
    )
    assert_statements(body, [
        ("Pavel Vesk", "indirect", "Mr Vesk noted that a cultural centre would open in Kolm in the spring."),
    ], title="Meeting with Foreign Minister Anton Dorn")
