"""Mends of the review hr59's findings on stop 68's merged rules (fx68): invented readouts, invented people and
countries. Each test fails on the integration head db89bbe56 before its mend."""

from __future__ import annotations

from .test_patterns import assert_statements

_ENVOY = "Governor Talo Brenn met the Zandian Ambassador, Mr. {name}, in Corbel on Monday. "


def test_oba_is_a_surname_after_a_first_name():
    """"Mr. Kenta Oba": "Oba" after a first name is his surname (`phrases.SURNAME_OFFICES`), not a Nigerian ruler's
    office that would take every statement of his away."""
    body = (_ENVOY.format(name="Kenta Oba") + "Oba said the two countries would sign a trade deal. "
            "Ambassador Oba thanked the minister for the welcome. Mr. Oba added that more visits would follow.")
    assert_statements(body, [
        ("Kenta Oba", "indirect", "Oba said the two countries would sign a trade deal."),
        ("Kenta Oba", "indirect", "Ambassador Oba thanked the minister for the welcome."),
        ("Kenta Oba", "indirect", "Mr. Oba added that more visits would follow."),
    ])


def test_boss_and_engineer_are_surnames_after_a_first_name():
    """"Mr. Rel Boss", "Mr. Pavel Engineer": the same for a body's "boss" and a style "engineer"."""
    for name in ("Rel Boss", "Pavel Engineer"):
        last = name.split()[1]
        body = (_ENVOY.format(name=name) + f"{last} said the two countries would sign a trade deal. "
                f"Mr. {last} added that more visits would follow.")
        assert_statements(body, [
            (name, "indirect", f"{last} said the two countries would sign a trade deal."),
            (name, "indirect", f"Mr. {last} added that more visits would follow."),
        ])


def test_the_oba_of_a_kingdom_is_still_a_ruler():
    """The guard: "the Oba of Zerland, Oba Tunde Akinlo, … The Oba urged …" is still the ruler's office."""
    body = ("The Oba of Zerland, Oba Tunde Akinlo, paid a courtesy visit to Governor Femi Adaro on Monday. "
            "The Oba urged the youths to be calm.")
    assert_statements(body, [
        ("Oba Tunde Akinlo", "indirect", "The Oba urged the youths to be calm."),
    ])


def test_a_rulers_word_after_a_personal_style_is_a_first_name():
    """"Ms. Etsu Morita": no one puts "Ms." before a ruler's office, so "Etsu" is her first name
    (`phrases._given_name_after_a_personal_style`); before, the speaker was "Morita", a second person."""
    body = ("Governor Talo Brenn met the Zandian Ambassador, Ms. Etsu Morita, in Corbel on Monday. "
            "Morita said the two countries would sign a trade deal.")
    assert_statements(body, [
        ("Etsu Morita", "indirect", "Morita said the two countries would sign a trade deal."),
    ])


_MET = "Governor Talo Brenn met Minister Ilsa Korr, Tarn Velo and Minister Ana Belo in Corbel on Monday. "


def test_a_period_aside_after_the_object_of_a_preposition_is_not_stepped_over():
    """"A study commissioned by Minister Ilsa Korr last year said …": the name is the object of "by", so the verb
    after "last year" is the study's, no one's (`speech_subjects._object_of_a_preposition`)."""
    body = (_MET + "A study commissioned by Minister Ilsa Korr last year said that the river was polluted. "
            "A letter sent to Velo last week said that the visa rules would change. "
            "Brenn said the river would be cleaned.")
    assert_statements(body, [
        ("Talo Brenn", "indirect", "Brenn said the river would be cleaned."),
    ])


def test_a_period_aside_after_a_name_opening_the_clause_is_stepped_over():
    """The guard: "Korr last year said …", "Velo last week said …" are still the names' statements."""
    body = (_MET + "Korr last year said that the river was polluted. Velo last week said that the rules would change.")
    assert_statements(body, [
        ("Ilsa Korr", "indirect", "Korr last year said that the river was polluted."),
        ("Tarn Velo", "indirect", "Velo last week said that the rules would change."),
    ])


def test_meanwhile_after_the_object_of_a_preposition_is_not_stepped_over():
    """"A report prepared for Minister Belo meanwhile said …": the same for "meanwhile" and "however"
    (`speech_subjects._BACK_ONLY_FILLERS`)."""
    body = (_MET + "A report prepared for Minister Belo meanwhile said that exports fell. "
            "A note written for Tarn Velo however said that imports grew. "
            "Brenn said the river would be cleaned.")
    assert_statements(body, [
        ("Talo Brenn", "indirect", "Brenn said the river would be cleaned."),
    ])


def test_meanwhile_after_a_subject_is_stepped_over():
    """The guard: "Minister Belo meanwhile said …", "The minister however said …" are still the minister's."""
    body = (_MET + "Minister Belo meanwhile said that exports fell. Brenn however said that the fair would grow.")
    assert_statements(body, [
        ("Ana Belo", "indirect", "Minister Belo meanwhile said that exports fell."),
        ("Talo Brenn", "indirect", "Brenn however said that the fair would grow."),
    ])
