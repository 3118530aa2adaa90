"""Rules from the nine-hundred-forty-sixth held-out set (the Governor of Osun State, Nigeria, and those at his meetings,
2018-2023): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_VISIT = "Governor Aban Dorrow of Kestrel State visited Governor Temi Olasen of Vell State on Monday. "
_CALL = "Governor Aban Dorrow of Kestrel State met President Temi Olasen in Marrow on Friday. "


def test_who_clause_ending_in_the_object_of_a_preposition_leaves_the_opener_speaking():
    """"Governor Tambuwal who stated this when he paid a courtesy visit to Governor Oyetola in his office lauded him for
    …" (Leadership 2021-12-18): the relative clause with no commas ends in its own object after "to"; the person it
    follows speaks. Before, the host named in the clause was given the praise."""
    body = (_VISIT + "Governor Dorrow who stated this when he paid a courtesy visit to Governor Olasen in his office "
            "lauded him for restoring harmony in the state.")
    assert_statements(body, [
        ("Aban Dorrow", "indirect", "Governor Dorrow who stated this when he paid a courtesy visit to Governor Olasen "
                                    "in his office lauded him for restoring harmony in the state."),
    ])


def test_who_clause_ending_in_the_agent_after_by_leaves_the_opener_speaking():
    """The same after a passive's "by": "X who was received by President Y in his office commended him for …", X's
    praise, not his host's (before, the host's)."""
    body = (_CALL + "Governor Dorrow who was received by President Olasen in his office commended him for the support.")
    assert_statements(body, [
        ("Aban Dorrow", "indirect", "Governor Dorrow who was received by President Olasen in his office commended him "
                                    "for the support."),
    ])


def test_who_clause_with_a_person_after_a_nested_where_keeps_the_opener():
    """The guard: a person inside the relative clause with no preposition before him, the subject of a clause of its
    own ("X who visited the port where President Y spoke said …"): the opener speaks, as before."""
    body = (_CALL + "Governor Dorrow who visited the port where President Olasen spoke said the state would host the "
            "summit.")
    assert_statements(body, [
        ("Aban Dorrow", "indirect", "Governor Dorrow who visited the port where President Olasen spoke said the state "
                                    "would host the summit."),
    ])


def test_opener_after_a_fronted_while_clause_and_a_who_clause_with_commas_speaks():
    """"While noting that Buhari was looking healthy and nice, Adeleke, who was elected under the ticket of the main
    opposition, Peoples Democratic Party (PDP), said …" (Tribune 2023-01-13): the opener after a fronted "While noting
    …" clause, past a relative clause with a comma of its own. Before, the sentence was no one's."""
    body = (_CALL + "While noting that Olasen was looking healthy, Dorrow, who was elected under the ticket of the main "
            "opposition, the Unity Party (UP), said the President’s action paved the way for free elections.")
    assert_statements(body, [
        ("Aban Dorrow", "indirect", "While noting that Olasen was looking healthy, Dorrow, who was elected under the "
                                    "ticket of the main opposition, the Unity Party (UP), said the President’s action "
                                    "paved the way for free elections."),
    ])


def test_how_clause_after_a_speech_verb_keeps_its_joined_subject():
    """"He noted how Nigerians and the International community had applauded the conduct of the exercise." (Tribune
    2023-01-13): the two nouns joined by "and" are the subject of the "how" clause, inside his report, as after "that".
    Before, the report was cut at "and", the rest no one's."""
    body = (_CALL + "Dorrow said the action paved the way for free elections. He noted how citizens and the "
            "International community had applauded the conduct of the exercise.")
    assert_statements(body, [
        ("Aban Dorrow", "indirect", "Dorrow said the action paved the way for free elections."),
        ("Aban Dorrow", "indirect", "He noted how citizens and the International community had applauded the conduct "
                                    "of the exercise."),
    ])


def test_how_clause_with_a_verb_before_and_still_ends_the_report():
    """The guard: a verb in the "how" clause before "and" ("He noted how farmers suffered and the ministry announced new
    aid."): the "and" joins a clause of the ministry's own, no nouns of one subject; the report still ends there."""
    body = (_CALL + "Dorrow said the action paved the way for free elections. He noted how farmers suffered and the "
            "ministry announced new aid.")
    assert_statements(body, [
        ("Aban Dorrow", "indirect", "Dorrow said the action paved the way for free elections."),
        ("Aban Dorrow", "indirect", "He noted how farmers suffered"),
    ])


def test_recall_that_to_the_reader_is_the_writers():
    """"Recall that in the election, Adeleke unseated the incumbent governor, …" (Tribune 2023-01-13), after his
    report: the writer reminding the reader, no more of the report. Before, it was carried on as his."""
    body = (_CALL + "He noted that citizens had applauded the conduct of the exercise.\n\n"
            "Recall that in the election, Dorrow unseated the incumbent governor, Kemi Bello of the Unity Party (UP).\n\n"
            "Governor Dorrow said the visit would help the state.")
    assert_statements(body, [
        ("Aban Dorrow", "indirect", "He noted that citizens had applauded the conduct of the exercise."),
        ("Aban Dorrow", "indirect", "Governor Dorrow said the visit would help the state."),
    ])


def test_recall_that_inside_a_quotation_is_the_speakers():
    """The guard: "Recall that …" inside a quotation is the speaker's own words, unchanged."""
    body = (_CALL + "Dorrow said: “We have engaged the monarchs.\n\n"
            "“Recall that this council has not been functioning as required by law.”")
    assert_statements(body, [
        ("Aban Dorrow", "direct", "We have engaged the monarchs."),
        ("Aban Dorrow", "direct", "Recall that this council has not been functioning as required by law."),
    ])
