"""Helper h895 (sixhundredseventyfifth, State House Zambia as Zambia's papers print it): a lead-in closing its
paragraph on a semicolon that does a colon's work ("He said;" / "He wrote;" over the unquoted words below,
reported_speech `_semicolon_closes_lead_in`, statements `_read_whole`), and "wrote" before such a colon or semicolon
(reported_speech `_wrote_leads_in`); a stray comma after a filler of sequence between a subject and its speech verb
("He further, emphasized …", speech_subjects `_filler_before_stray_comma`); a relative clause with no commas
ending in a place's name before "said" ("President X who is visiting the Congo DR said …": X, speech_subjects
`_cue_at`)."""

from .test_patterns import assert_statements

_LEAD = "President-elect Tomas Hadlow met the ambassadors of Velmora and Ostria at his residence in Karvo.\n\n"


def test_wrote_and_a_semicolon_lead_in_the_letter_below():
    assert_statements(
        _LEAD + "He wrote;\n\nThis afternoon, we held a meeting with the ambassadors at our residence.\n\n"
        "We also stated that the region can create jobs before looking elsewhere.",
        [("Tomas Hadlow", "direct", "This afternoon, we held a meeting with the ambassadors at our residence."),
         ("Tomas Hadlow", "direct", "We also stated that the region can create jobs before looking elsewhere.")],
    )


def test_wrote_and_a_colon_lead_in_the_letter_below():
    assert_statements(
        _LEAD + "He wrote:\n\nThis afternoon, we held a meeting with the ambassadors at our residence.",
        [("Tomas Hadlow", "direct", "This afternoon, we held a meeting with the ambassadors at our residence.")],
    )


def test_said_and_a_semicolon_lead_in_the_words_below():
    assert_statements(
        _LEAD + "He said;\n\nWe are confident that trade between our countries will grow.",
        [("Tomas Hadlow", "direct", "We are confident that trade between our countries will grow.")],
    )


def test_a_semicolon_inside_a_paragraph_leads_in_nothing():
    """Guard: a list's semicolon mid-paragraph, and "wrote" with no complement at a sentence's end, lead in nothing."""
    assert_statements(
        _LEAD + "The book he wrote; the ambassadors read it.\n\nThe ambassadors were from Velmora and Ostria.",
        [],
    )


def test_a_stray_comma_after_further_before_the_verb():
    assert_statements(
        "President Tomas Hadlow received the new envoys.\n\n"
        "He further, emphasized the need for open communication and dialogue.",
        [("Tomas Hadlow", "indirect",
          "He further, emphasized the need for open communication and dialogue.")],
    )


def test_a_time_word_before_a_comma_is_no_filler():
    """Guard: "today, said X" after a clause stays the whole sentence's inverted attribution; the time word is the
    clause's, no filler before a subject."""
    assert_statements(
        "President Tomas Hadlow received the new envoys.\n\n"
        "Assistance from the partner countries is vital for Karvo today, said Tomas Hadlow.",
        [("Tomas Hadlow", "indirect", "Assistance from the partner countries is vital for Karvo today, said Tomas Hadlow.")],
    )


def test_a_relative_clause_with_no_commas_ending_in_a_place_before_said():
    assert_statements(
        "President Tomas Hadlow who is visiting the Congo DR said the bilateral talks were very fruitful.",
        [("Tomas Hadlow", "indirect",
          "President Tomas Hadlow who is visiting the Congo DR said the bilateral talks were very fruitful.")],
    )


def test_a_relative_clause_ending_in_a_place_before_a_narrated_act():
    """Guard: a verb that needs a complement ("made a presentation") after such a clause stays narrative."""
    assert_statements(
        "Ambassador Tomas Hadlow who arrived in Karvo on Sunday made a presentation on the region to the diplomats.",
        [],
    )
