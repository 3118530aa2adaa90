"""Rules for errors earlier sets found and left alone, of who is who: two unnamed holders of one office of two
bodies; invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_FIRST_MINISTERS = ("The Prime Minister met the First Ministers of Vesland and Ostria.\n\n"
                    "They were joined by the Chancellor of the Treasury and the Chancellor of the Duchy of Arnholt.\n\n"
                    "The Chancellor set out the support provided by the Treasury.\n\n")


def test_office_of_a_body_is_not_the_bare_office_holder():
    """"The Chancellor set out the direct UK-wide support … The Chancellor of the Duchy of Lancaster said that
    collaboration …" (two-hundred-thirty-ninth first_ministers): one office of two bodies, two people, neither
    named; before, both one "The Chancellor"."""
    said = "The Chancellor of the Duchy of Arnholt said that collaboration would make us stronger."
    added = "The Chancellor of the Duchy of Arnholt added that ties were good."
    assert_statements(_FIRST_MINISTERS + said + " " + added, [
        ("The Chancellor", "indirect", "The Chancellor set out the support provided by the Treasury."),
        ("The Chancellor of the Duchy of Arnholt", "indirect", said),
        ("The Chancellor of the Duchy of Arnholt", "indirect", added),
    ])


def test_office_of_a_country_is_still_the_bare_office_holder():
    """The guard: "The Chancellor of Vesland" (of a country, no "the"): the Chancellor the readout spoke of."""
    said = "The Chancellor of Vesland said that collaboration would make us stronger."
    assert_statements(_FIRST_MINISTERS + said, [
        ("The Chancellor", "indirect", "The Chancellor set out the support provided by the Treasury."),
        ("The Chancellor", "indirect", said),
    ])


def test_president_of_the_republic_is_still_the_president():
    """The guard: "The President … The President of the Republic said …": the one head of state."""
    body = ("The President met with Prime Minister Oren Falk of Vesland.\n\n"
            "The President of the Republic said that ties were good. The President added that trade had grown.")
    assert_statements(body, [
        ("The President", "indirect", "The President of the Republic said that ties were good."),
        ("The President", "indirect", "The President added that trade had grown."),
    ])


def _aliases(result, name: str) -> set[str]:
    return {alias for speaker in result.speakers if speaker.name == name for alias in speaker.aliases}


_FATHER = ("President Arvo Lind met with Oren Falk Sr.\n\n"
           "Mr Falk Sr. told him about the university.\n\n")


def test_a_son_named_with_a_middle_initial_is_not_his_father():
    """"President Vladimir Putin met with George Bush Sr. … he was sure the helm to which Mr George W. Bush had
    succeeded remained in worthy hands" (third 26871): the son, named with a middle initial the father's "Sr." form
    lacks, is another man; before, "Mr George W. Bush" was an alias of "George Bush Sr."."""
    said = "Mr Falk said that the helm Mr Oren K. Falk had taken was in worthy hands."
    result = assert_statements(_FATHER + said, [
        ("Oren Falk Sr.", "indirect", "Mr Falk Sr. told him about the university."),
        ("Oren Falk Sr.", "indirect", said),
    ])
    assert "Mr Oren K. Falk" not in _aliases(result, "Oren Falk Sr.")


def test_two_middle_initials_that_differ_are_two_men():
    """"George H. W. Bush" and "George W. Bush" (third 26871's father and son): initials that differ, two men."""
    body = ("President Arvo Lind met with Oren J. Falk.\n\n"
            "Mr Oren K. Falk said that trade had grown.")
    result = assert_statements(body, [("Oren K. Falk", "indirect", "Mr Oren K. Falk said that trade had grown.")])
    assert "Mr Oren K. Falk" not in _aliases(result, "Oren J. Falk")


def test_one_man_named_with_and_without_his_initial_or_suffix_stays_one():
    """The guard: "President Oren K. Falk … President Falk … Mr Oren Falk … Oren K. Falk, Jr." name one man
    (a form with no initial, or the suffix beside the same initial, is no other generation)."""
    body = ("President Arvo Lind met with President Oren K. Falk.\n\n"
            "President Falk said that trade had grown. Mr Oren Falk added that ties were good.\n\n"
            "Oren K. Falk, Jr. thanked him for the welcome.")
    assert_statements(body, [
        ("Oren K. Falk Jr.", "indirect", "President Falk said that trade had grown."),
        ("Oren K. Falk Jr.", "indirect", "Mr Oren Falk added that ties were good."),
        ("Oren K. Falk Jr.", "indirect", "Oren K. Falk, Jr. thanked him for the welcome."),
    ])


def test_a_surname_with_a_suffix_is_still_the_one_named_with_an_initial():
    """The guard: "President Joseph R. Biden, Jr. … President Biden Jr …" (whitehouse-readouts 2023-02-06, the title):
    a suffix on a surname alone is no other generation."""
    body = ("President Oren K. Falk spoke with President Arvo Lind.\n\n"
            "President Falk Jr expressed condolences. He noted that teams were deploying.")
    assert_statements(body, [
        ("Oren K. Falk", "indirect", "President Falk Jr expressed condolences."),
        ("Oren K. Falk", "indirect", "He noted that teams were deploying."),
    ])
