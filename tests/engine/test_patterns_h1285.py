"""Rules from the nine-hundred-eighty-ninth held-out set (the Governor of Yobe State, Nigeria, and those at his
meetings, 2020-2025): invented readouts, invented people and places."""

from __future__ import annotations

from .test_patterns import assert_statements

_OPENING = "Governor Tamo Vell of Ostra State received Ambassador Rino Hask in Velm on Monday. "


def test_bare_while_participle_with_both_commas():
    """"Ambassador X, while responding, thanked …": the "while" and its -ing form alone, set off by commas, describe
    the subject, as "while responding to him," does. Before, the aside pattern wanted a space after the -ing word and
    the sentence went to no one."""
    body = _OPENING + "Ambassador Hask, while responding, thanked the governor for his support."
    assert_statements(body, [
        ("Rino Hask", "indirect", "Ambassador Hask, while responding, thanked the governor for his support."),
    ])


def test_bare_while_participle_with_only_its_closing_comma():
    """"Ambassador X while responding, thanked the governor …" (Leadership): the aside's opening comma left out, its
    closing comma kept. Before, the "while" reader wanted words after the participle and the sentence went to no
    one."""
    body = _OPENING + "Ambassador Hask while responding, thanked the governor for his support."
    assert_statements(body, [
        ("Rino Hask", "indirect", "Ambassador Hask while responding, thanked the governor for his support."),
    ])


def test_while_participle_of_an_object_is_not_the_subjects_aside():
    """The guard: "The governor met Ambassador X while visiting Velm, and thanked …": the "while" clause follows the
    object of "met", so the name before it opens nothing; the verb after ", and" is the governor's, as before."""
    body = _OPENING + "The governor met Ambassador Hask while visiting Velm, and thanked him for the visit."
    assert_statements(body, [
        ("Tamo Vell", "indirect", "The governor met Ambassador Hask while visiting Velm, and thanked him for the "
                                  "visit."),
    ])


def test_present_form_after_a_stray_comma_closing_the_opening_name():
    """"Gov. X of Yobe, says investing in youth empowerment is …" (News Diary, NAN's lead): the present form that is
    never a noun, after a stray comma right after the name that opens the sentence, is the name's verb, as "X of
    Yobe, said …" is. Before, a present form after a comma was read as a noun of a list."""
    body = ("Gov. Tamo Vell of Ostra, says investing in youth empowerment is one of the top priorities of his "
            "administration.")
    assert_statements(body, [
        ("Tamo Vell", "indirect", "Gov. Tamo Vell of Ostra, says investing in youth empowerment is one of the top "
                                  "priorities of his administration."),
    ])


def test_present_form_with_a_person_after_it_is_an_inverted_tag():
    """The guard: "X, says his aide, is …": a person right after the present form makes it a tag inverted inside the
    sentence, not the opening name's verb; nothing is given to the opening name, as before."""
    body = "Tamo Vell, says his aide, is a good man."
    assert_statements(body, [])


def test_gave_the_assurance_through_his_spokesman_is_how_it_was_given():
    """"X has assured … that he will … / Buni gave the assurance through his Spokesman, Y in a statement issued shortly
    after receiving …" (Daily Post 2023-07-15): the assurance is the sentence before; this one only says through whom
    and when it was given, as "gave the assurance during …". Before, it was read as an assurance of its own."""
    body = (_OPENING + "Governor Vell has assured the envoys that he will continue to promote peace. "
            "Vell gave the assurance through his spokesman, Oro Mell in a statement issued after receiving them.")
    assert_statements(body, [
        ("Tamo Vell", "indirect", "Governor Vell has assured the envoys that he will continue to promote peace."),
    ])


def test_gave_the_assurance_through_his_spokesman_that_stays_his():
    """The guard: "gave the assurance through his spokesman that …": what was assured follows, so it is his
    statement, as before."""
    body = _OPENING + "Governor Vell gave the assurance through his spokesman that the talks will go on."
    assert_statements(body, [
        ("Tamo Vell", "indirect", "Governor Vell gave the assurance through his spokesman that the talks will go on."),
    ])
