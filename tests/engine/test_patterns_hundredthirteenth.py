"""Rules from the hundred-thirteenth held-out set (president.gov.ua, November 2021 - March 2022): invented
readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_a_triangle_of_states_is_no_person():
    """"The first personal meeting of the heads of state of the Lublin Triangle testified …" (72193): a "Triangle"
    (as a "Quartet") is a format of states, never a person. Before, "the Lublin Triangle", the first name of the
    text, was taken as its untitled principal, and every later "the Head of State" went to it."""
    body = ("The first meeting of the heads of state of the Varnik Triangle showed the unity of the three states. "
            "Speaking with the media, President of Tesland Ivo Marr thanked his colleagues. "
            '"We stand together with our partners," the Head of State said.')
    assert_statements(body, [
        ("Ivo Marr", "indirect", "Speaking with the media, President of Tesland Ivo Marr thanked his colleagues."),
        ("Ivo Marr", "direct", "We stand together with our partners"),
    ])


def test_adding_and_a_colon_before_a_quotation_is_no_statement():
    """"…," Zelenskyy said, adding: "Together we are stronger."" (72193): "adding:" only introduces the next
    quotation; it belongs to no statement. Before, 'adding: "' was an indirect statement of its own."""
    body = ('President Ivo Marr met the press in Tarn. '
            '"We are at the forefront of this work," Ivo Marr said, adding: "Together we are stronger."')
    assert_statements(body, [
        ("Ivo Marr", "direct", "We are at the forefront of this work"),
        ("Ivo Marr", "direct", "Together we are stronger."),
    ])


def test_adding_that_after_a_quotation_still_goes_on():
    """Guard (passes on both): ", adding that …" with no colon is still the report that goes on."""
    body = ('President Ivo Marr met the press in Tarn. '
            '"We are at the forefront of this work," Ivo Marr said, adding that the talks would go on.')
    assert_statements(body, [
        ("Ivo Marr", "direct", "We are at the forefront of this work"),
        ("Ivo Marr", "indirect", "adding that the talks would go on."),
    ])


def test_proof_of_this_said_by_x_makes_the_lead_his():
    """"The first personal meeting … testified to the unity of positions … . Proof of this was the signing of a joint
    statement …, President … Volodymyr Zelenskyy has said." (72193): the claim the proof is given for, opening the
    paragraph with no subject of its own, is the same speaker's. Before, only the proof sentence was his."""
    body = ("The first personal meeting of the heads of state of the Varnik Triangle testified to the unity of positions "
            "of Tesland, Orvia and Kelmar on the key challenges in the region. "
            "Proof of this was the signing of a joint statement by the three leaders, President of Tesland Ivo Marr "
            "has said.")
    assert_statements(body, [
        ("Ivo Marr", "indirect", "The first personal meeting of the heads of state of the Varnik Triangle testified "
                                 "to the unity of positions of Tesland, Orvia and Kelmar on the key challenges in the "
                                 "region."),
        ("Ivo Marr", "indirect", "Proof of this was the signing of a joint statement by the three leaders, President "
                                 "of Tesland Ivo Marr has said."),
    ])


def test_a_first_sentence_with_its_own_speaker_stays_his():
    """Guard (passes on both): the first sentence's own speaker keeps it."""
    body = ("Minister Oren Malvik said the talks were useful. "
            "Proof of this was the signing of a joint statement by the three leaders, President of Tesland Ivo Marr "
            "has said.")
    assert_statements(body, [
        ("Oren Malvik", "indirect", "Minister Oren Malvik said the talks were useful."),
        ("Ivo Marr", "indirect", "Proof of this was the signing of a joint statement by the three leaders, President "
                                 "of Tesland Ivo Marr has said."),
    ])
