"""Rules from the eight-hundred-ninety-sixth held-out set (the Mayor of Rio de Janeiro and those who speak at or of
the Mayor's meetings, 2009-2024): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_MAYOR = ("Mayor Dario Fensk of Velsk received a delegation from Korvania on Wednesday. "
          "“Our city owes you a lot,” Fensk said.")


def test_holder_set_off_after_a_places_honorary_consul_speaks():
    """"“…,” Israel’s honorary consul, Osias Wurman, told JTA." (JTA 2017-05-08): a one-word owner's possessive, an
    office the phrases do not read after it ("honorary consul"), then the holder set off by commas and the verb: the
    holder speaks. Before, the quotation went on with the last speaker (the mayor) and the tag was read as a
    statement of its own."""
    body = (_MAYOR + "\n\n“This visit shows the great friendship we have built with the mayor,” Korvania’s honorary "
            "consul, Oren Malkov, told reporters.")
    assert_statements(body, [
        ("Dario Fensk", "direct", "Our city owes you a lot,"),
        ("Oren Malkov", "direct", "This visit shows the great friendship we have built with the mayor,"),
    ])


def test_holder_after_a_based_compound_office_speaks():
    """"“…,” Israel’s Rio-based honorary consul, Osias Wurman, told JTA." (The Jerusalem Post 2020-03-06): the same
    with a "<Place>-based" compound before the office."""
    body = (_MAYOR + "\n\n“There was never such a friend of Korvania in City Hall,” Korvania’s Velsk-based "
            "honorary consul, Oren Malkov, told reporters.")
    assert_statements(body, [
        ("Dario Fensk", "direct", "Our city owes you a lot,"),
        ("Oren Malkov", "direct", "There was never such a friend of Korvania in City Hall,"),
    ])


def test_inverted_tag_with_the_holder_before_a_time_phrase():
    """"“…,” said Israel’s honorary consul, Osias Wurman during the ceremony." (JTA 2017-06-11): the holder after
    the inverted verb, no comma before "during": the holder speaks."""
    body = (_MAYOR + "\n\n“Peres was an icon of peace,” said Korvania’s honorary consul, Oren Malkov during the "
            "ceremony.")
    assert_statements(body, [
        ("Dario Fensk", "direct", "Our city owes you a lot,"),
        ("Oren Malkov", "direct", "Peres was an icon of peace,"),
    ])


def test_office_the_phrases_read_stays_as_it_was():
    """The guard: an office the phrases already read after the owner ("Korvania’s ambassador, Oren Malkov, told
    reporters") was read before this rule, and still is: the holder speaks, the tag is no statement."""
    body = (_MAYOR + "\n\n“This visit shows the great friendship we have built,” Korvania’s ambassador, Oren "
            "Malkov, told reporters.")
    assert_statements(body, [
        ("Dario Fensk", "direct", "Our city owes you a lot,"),
        ("Oren Malkov", "direct", "This visit shows the great friendship we have built,"),
    ])


def test_as_an_office_between_subject_and_verb_is_a_filler():
    """"In November, Crivella as mayor-elect declared that …" (JTA 2017-05-08): "as" and one lower-case office word
    between the subject and the verb say in what office he spoke, as "in turn" stands there; the subject speaks.
    Before, the sentence was given to no one."""
    body = ("Mayor Dario Fensk of Velsk received a delegation from Korvania on Wednesday. "
            "In November, Fensk as mayor-elect declared that Velsk should build new walls.")
    assert_statements(body, [
        ("Dario Fensk", "indirect", "In November, Fensk as mayor-elect declared that Velsk should build new walls."),
    ])


def test_as_an_office_in_a_who_clause_stays_as_it_was():
    """The guard: "as chairman" inside a clause set off by commas ("Ivo Marlet, who served as chairman, said …") was
    read before this rule, and still is."""
    body = ("Mayor Dario Fensk of Velsk received a delegation from Korvania on Wednesday. "
            "Ivo Marlet, who served as chairman, said the talks were useful.")
    assert_statements(body, [
        ("Ivo Marlet", "indirect", "Ivo Marlet, who served as chairman, said the talks were useful."),
    ])
