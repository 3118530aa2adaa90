"""Rules from the nine-hundred-sixtieth held-out set (the Governor of Niger State, Nigeria, and those at his meetings,
2017-2024): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_OPENING = "Governor Tunde Arkwo of Velmar State received a delegation from Dorvan in Kaloma on Monday. "


def test_gerund_aside_before_a_stray_comma_is_the_subjects_occasion():
    """"Bago in addressing the recent crisis in Plateau, termed the sad scenario as ‘unfortunate’ …" (Independent
    2023-12-31): "in <doing> …" the occasion between the subject and its verb, the comma after it stray, as "X in his
    speech, urged …". Before, the verb found no subject."""
    body = (_OPENING + "Arkwo in addressing the recent unrest in Dorvan, termed the clashes as ‘regrettable’ and "
            "shared plans for a visit.")
    assert_statements(body, [
        ("Tunde Arkwo", "indirect", "Arkwo in addressing the recent unrest in Dorvan, termed the clashes as "
         "‘regrettable’ and shared plans for a visit."),
    ])


def test_gerund_aside_after_a_relative_clause_is_left_alone():
    """The guard: "Envoys who joined Arkwo in visiting the farms, praised …": the comma closes a relative clause, its
    subject plural; no statement given to Arkwo."""
    body = (_OPENING + "Envoys who joined Arkwo in visiting the farms, praised the state's investment climate.")
    assert_statements(body, [])


def test_detailed_a_bare_plural_of_plans_is_speech():
    """"He detailed initiatives to enhance rice and cotton production …" (Independent 2023-12-31): plans set out, as
    "outlined plans". Before, "detailed" spoke only before a determiner ("detailed the plan")."""
    body = (_OPENING + "He detailed initiatives to expand rice production in the north of the state.")
    assert_statements(body, [
        ("Tunde Arkwo", "indirect", "He detailed initiatives to expand rice production in the north of the state."),
    ])


def test_detailed_as_an_adjective_is_not_speech():
    """The guard: "The agency published detailed plans for the road.": "detailed" an adjective, a body's act."""
    body = (_OPENING + "The agency published detailed plans for the new road to Kaloma.")
    assert_statements(body, [])


def test_credited_someone_for_is_praise():
    """"Governor Bago credited the people of Minna for their consistent support …" (Daily Times 2024-11-01): praise
    of someone for what they did, as "commended … for". Before, no statement."""
    body = (_OPENING + "Arkwo credited the people of Kaloma for their steady support throughout his career.")
    assert_statements(body, [
        ("Tunde Arkwo", "indirect", "Arkwo credited the people of Kaloma for their steady support throughout his "
         "career."),
    ])


def test_a_deed_credited_to_someone_is_not_speech():
    """The guard: "The rise in output was credited to the new dam.": a deed ascribed, no words."""
    body = (_OPENING + "The rise in output was credited to the new dam built by the state.")
    assert_statements(body, [])


def test_conveyed_this_appreciation_while_hosting_says_only_when():
    """"He conveyed this appreciation while hosting a delegation led by …" (Daily Times 2024-11-01): the gratitude told
    in the sentence before, only when it was voiced, as "expressed these views during …". Before, his statement."""
    body = ("Governor Tunde Arkwo of Velmar State has expressed deep gratitude for the support of Kaloma's residents. "
            "He conveyed this appreciation while hosting a delegation led by the Emir of Kaloma, Sani Doru.")
    assert_statements(body, [
        ("Tunde Arkwo", "indirect", "Governor Tunde Arkwo of Velmar State has expressed deep gratitude for the support "
         "of Kaloma's residents."),
    ])


def test_conveyed_his_appreciation_while_hosting_still_speaks():
    """The guard: "He conveyed his appreciation to the Emir while hosting …" (no demonstrative): his own statement."""
    body = (_OPENING + "He conveyed his appreciation to the Emir while hosting the delegation.")
    assert_statements(body, [
        ("Tunde Arkwo", "indirect", "He conveyed his appreciation to the Emir while hosting the delegation."),
    ])
