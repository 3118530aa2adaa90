"""Helper h905 (sixhundredeightythird, the Presidency of Zimbabwe as The Herald, ZBC, ZTN, The Zimbabwe Mail and Pindula
print it): a Portuguese name's capitalised particle "Do" ("Mr Tomas Do Rosario said …", phrases
`CAPITALISED_PARTICLES_THAT_ARE_WORDS`); "He said during the period, X will …", a time set off by a comma before a
reported clause with no "that" (reported_speech `_SAID_AT_ONLY`); "X also formally informed them of …", an adverb of due
form between the subject and its verb (lexicon `SUBJECT_VERB_FILLERS`)."""

from .test_patterns import assert_statements


def test_capitalised_do_inside_a_portuguese_name():
    assert_statements(
        "A special envoy from Ostria paid a courtesy call on President Varga in Selmir.\n\n"
        "Speaking soon after meeting President Varga, Mr Do Rosario said he was in Selmir to deliver a message "
        "from his President.",
        [("Do Rosario", "indirect", "Speaking soon after meeting President Varga, Mr Do Rosario said he was in "
          "Selmir to deliver a message from his President.")],
    )


def test_capitalised_do_opening_a_quoted_question_is_no_name():
    """Guard: "Do" opening a question in a quotation stays the verb; the quotation is the minister's."""
    assert_statements(
        "Minister Ilse Marrow met the press in Varno.\n\n"
        "“Do we need more ports? Yes, we do,” Minister Ilse Marrow said.",
        [("Ilse Marrow", "direct", "Do we need more ports? Yes, we do,")],
    )


def test_said_during_a_time_then_a_reported_clause_with_a_modal():
    assert_statements(
        "President Tolvan Reski has started his annual vacation.\n\n"
        "In a statement on Wednesday, spokesman Mr Arvo Lind said the President will spend his vacation in the "
        "country.\n\n"
        "He said during the period, Vice Presidents Kara Voss and Emil Strand will take turns to act in his place.",
        [("Arvo Lind", "indirect", "In a statement on Wednesday, spokesman Mr Arvo Lind said the President will spend "
          "his vacation in the country."),
         ("Arvo Lind", "indirect", "He said during the period, Vice Presidents Kara Voss and Emil Strand will take "
          "turns to act in his place.")],
    )


def test_said_at_a_meeting_then_a_relative_clause_is_only_where():
    """Guard: "said at the meeting …, which will …" says only where (the relative is no reported clause)."""
    assert_statements(
        "“Our ports are open,” President Tolvan Reski said.\n\n"
        "The President said at the meeting of the Cabinet on Wednesday, which will meet again in May.",
        [("Tolvan Reski", "direct", "Our ports are open,")],
    )


def test_also_formally_informed_them_of():
    assert_statements(
        "President Tolvan Reski addressed the heads of mission in Varno.\n\n"
        "President Tolvan Reski also formally informed them of the appointment of Minister of Trade Ilse Marrow.",
        [("Tolvan Reski", "indirect", "President Tolvan Reski also formally informed them of the appointment of "
          "Minister of Trade Ilse Marrow.")],
    )


def test_formally_opened_is_no_statement():
    """Guard: "formally" before a verb of action leaves it narrative."""
    assert_statements(
        "President Tolvan Reski formally opened the new embassy of Ostria in Varno on Monday.",
        [],
    )
