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
