"""Helper h909 (sixhundredeightyseventh, the Government of Suriname's office-holders as English outlets print them): a
nickname in quotation marks between a given name and a surname ("President Orvan “Ori” Kessel is calling on …", read
as one person, the nickname no quotation: `engine._quoted_nicknames_read`); "just" between the subject and the verb of
an inverted tag ("…, president X just said in …", `speech_subjects._BACK_ONLY_FILLERS`); "X shared this information with
the press after …" only to whom and when (`reported_speech._WHERE_ONLY`); "X pointed to the latest poll that …" a
point made (lexicon `_COMPLEMENTS`, "point")."""

from .test_patterns import assert_statements


def test_a_quoted_nickname_between_given_name_and_surname_is_one_person():
    assert_statements(
        "Dalmark’s President Orvan “Ori” Kessel is calling on all nationals to put aside their differences.\n\n"
        "Kessel, acknowledging that the country is going through difficult times, urged citizens to have patience.\n\n"
        "“It seriously worries me,” Kessel said in a message to mark the festival.",
        [("Orvan Kessel", "indirect", "Dalmark’s President Orvan “Ori” Kessel is calling on all nationals to put aside "
          "their differences."),
         ("Orvan Kessel", "indirect", "Kessel, acknowledging that the country is going through difficult times, urged "
          "citizens to have patience."),
         ("Orvan Kessel", "direct", "It seriously worries me")],
    )


def test_a_straight_quoted_nickname_is_one_person_too():
    assert_statements(
        'Foreign Minister Talia "Tali" Verdun said that Ostria would open an embassy in Varno.',
        [("Talia Verdun", "indirect", 'Foreign Minister Talia "Tali" Verdun said that Ostria would open an embassy in '
          "Varno.")],
    )


def test_a_quoted_word_after_a_lower_case_word_is_no_nickname():
    """Guard: a quoted word after a lower-case word stays a quotation of its own ("the so-called “Green” Deal") or a sentence's
    stop ("… said. “Port” Varno is …")."""
    assert_statements(
        "Minister Ida Morn said that the so-called “Green” Deal would help Varno. “We are ready,” Morn said. “Port” "
        "Varno is Ostria’s, she added.",
        [("Ida Morn", "indirect", "Minister Ida Morn said that the so-called “Green” Deal would help Varno."),
         ("Ida Morn", "direct", "We are ready,"),
         ("Ida Morn", "indirect", "“Port” Varno is Ostria’s, she added.")],
    )


def test_just_between_the_subject_and_the_verb_of_an_inverted_tag():
    assert_statements(
        "The Varno port was never actually sold, president Orvan Kessel just said in the National Assembly. There will "
        "be a new company, the head of state said.",
        [("Orvan Kessel", "indirect", "The Varno port was never actually sold, president Orvan Kessel just said in the "
          "National Assembly."),
         ("Orvan Kessel", "indirect", "There will be a new company, the head of state said.")],
    )


def test_shared_this_information_with_the_press_after_says_only_when():
    """ "X shared this information with the press after …" tells only to whom and when the words before were given
    (`reported_speech._WHERE_ONLY`'s "shared" alternative)."""
    assert_statements(
        "President Orvan Kessel will dismiss two ministers. The President shared this information with the press "
        "after the swearing-in ceremony of Ida Morn.",
        [("Orvan Kessel", "indirect", "President Orvan Kessel will dismiss two ministers.")],
    )


def test_shared_the_information_that_is_still_a_report():
    """Guard: with a "that" of what was shared, or before listeners other than the press, the sentence is a report."""
    assert_statements(
        "Minister Ida Morn shared the information with reporters that the port will open next year.\n\n"
        "Minister Ida Morn shared this information with the cabinet at a meeting on Monday.",
        [("Ida Morn", "indirect", "Minister Ida Morn shared the information with reporters that the port will open "
          "next year."),
         ("Ida Morn", "indirect", "Minister Ida Morn shared this information with the cabinet at a meeting on Monday.")],
    )


def test_pointed_to_the_latest_poll_is_a_point_made():
    assert_statements(
        "President Orvan Kessel met the press in Varno. The President pointed to the latest IDOS poll that showed "
        "discontent among the public and that he needed to take drastic action.",
        [("Orvan Kessel", "indirect", "The President pointed to the latest IDOS poll that showed discontent among the "
          "public and that he needed to take drastic action.")],
    )


def test_polls_pointing_to_a_result_are_no_ones_words():
    """Guard: a poll or figures that point to something, no person their subject, say nothing."""
    assert_statements(
        "The latest polls point to a close race, and the figures point to growth. President Orvan Kessel said that "
        "the port would open in May.",
        [("Orvan Kessel", "indirect", "President Orvan Kessel said that the port would open in May.")],
    )
