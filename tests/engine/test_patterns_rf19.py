"""Review rf19 of the seventy-third stop's merges h1285-h1289: near shapes the new rules misread, mended; invented
readouts, invented people and places."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_pronoun_after_a_speech_by_someone_at_an_event_for_another_is_not_the_other():
    """"In a speech by X at the dinner for Senator Y, he thanked …": the maker named right after "by" is X; Y, the
    one the dinner was for, gave no speech. Before the mend (h1287's `_maker_of_an_opening_speech`), the person
    before the comma, Y, was read as the maker."""
    body = ("Minister Kel Varo hosted a dinner in Ostra on Monday. In a speech by Varo at the dinner for Senator Tamo "
            "Brel, he thanked the hosts for their support.")
    assert_statements(body, [
        ("Kel Varo", "indirect", "In a speech by Varo at the dinner for Senator Tamo Brel, he thanked the hosts for "
                                 "their support."),
    ])


def test_pronoun_after_a_speech_by_someone_read_by_another_is_not_the_reader():
    """"In a message by X, read by his deputy Y, he urged …": the words after "by X" a participle's aside, Y no
    maker of the message. Before the mend, the last person before the comma, Y, was read as the maker."""
    body = ("Governor Kel Varo was away in Ostra on Monday. In a message by Governor Varo, read by the Senator Ben "
            "Kato, he urged calm.")
    assert_statements(body, [
        ("Kel Varo", "indirect", "In a message by Governor Varo, read by the Senator Ben Kato, he urged calm."),
    ])


def test_pronoun_after_an_address_by_a_description_and_name_is_still_that_one():
    """The guard: "In a short address by the Regional Minister, X, he assured …" is X's, as h1287 reads it."""
    body = ("Nana Tamo Reld, the chief of Velm, asked for roads. He said the roads were poor. In a short address by "
            "the Ostra Regional Minister, Dan Pelor, he assured the chiefs that the roads would be repaired.")
    assert_statements(body, [
        ("Nana Tamo Reld", "indirect", "Nana Tamo Reld, the chief of Velm, asked for roads."),
        ("Nana Tamo Reld", "indirect", "He said the roads were poor."),
        ("Dan Pelor", "indirect", "In a short address by the Ostra Regional Minister, Dan Pelor, he assured the chiefs "
                                  "that the roads would be repaired."),
    ])


def test_a_present_verb_after_a_name_and_comma_with_a_source_in_commas_is_a_tag():
    """"X, says the statement, will travel …": the verb a tag inverted after its words, the statement its subject, no
    word of X's. Before the mend (h1285's `_present_after_a_name_and_stray_comma`), it was X's."""
    body = "Tamo Brel, says the statement, will travel to Norland next week."
    assert_statements(body, [])


def test_a_present_verb_after_a_name_and_stray_comma_is_still_the_names():
    """The guard: "Gov. X of Vantor, says investing in youth is …" is X's, as h1285 reads it."""
    body = "Gov. Tamo Brel of Vantor, says investing in youth is the best way forward."
    assert_statements(body, [
        ("Tamo Brel", "indirect", "Gov. Tamo Brel of Vantor, says investing in youth is the best way forward."),
    ])



def test_a_stance_after_two_names_each_with_a_bracket_is_the_groups():
    """"Senator X (left) and Senator Y (right) are confident that …": a group's stance, no statement of Y's, as
    without the brackets. Before the mend (h1289's `_named_before_a_bracket`), the name before the last bracket, Y,
    was read as the subject and the sentence cut after X's bracket."""
    body = ("The two senators met in Ostra on Monday. Senator Aro Tull (left) and Senator Ben Kato (right) are "
            "confident that the bill will pass.")
    assert_statements(body, [])


def test_a_stance_after_one_name_and_a_bracket_is_still_the_names():
    """The guard: "Party chairman X (pix) is confident that …" is X's, as h1289 reads it."""
    body = "Norland Unity Party chairman Datuk Kel Varo (pix) is confident that the party will win the seat."
    assert_statements(body, [
        ("Kel Varo", "indirect", "Norland Unity Party chairman Datuk Kel Varo (pix) is confident that the party will "
                                 "win the seat."),
    ])
