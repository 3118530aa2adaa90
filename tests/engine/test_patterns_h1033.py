"""Helper h1033 (sevenhundredeightyfourth, the Presidency of the Comoros as outlets print it): a capitalised office and,
after "and", an office about to be taken up in lower case ("The President of Comoros and incoming African Union (AU)
chairperson, X, …") are both the name's, so a later "the incoming chairperson" is X, not one named "outgoing CU
Chairperson Y" in between; "took the opportunity to salute …" praise given, as "to praise"."""

from __future__ import annotations

from .test_patterns import assert_statements, run


def test_incoming_office_joined_after_a_capitalised_one():
    body = (
        "The President of Varnia and incoming Coastal Union (CU) chairperson, Orel Dastan, has promised to serve the "
        "union with passion.\n\n"
        "Dastan succeeds Tesk Marova for the rotating leadership of the CU.\n\n"
        "The incoming chairperson has also thanked outgoing CU Chairperson Tesk Marova for his tireless efforts.\n\n"
        "Marova has worked tirelessly for peace, he pointed out."
    )
    assert_statements(body, [
        ("Orel Dastan", "indirect",
         "The President of Varnia and incoming Coastal Union (CU) chairperson, Orel Dastan, has promised to serve the "
         "union with passion."),
        ("Orel Dastan", "indirect",
         "The incoming chairperson has also thanked outgoing CU Chairperson Tesk Marova for his tireless efforts."),
        ("Orel Dastan", "indirect", "Marova has worked tirelessly for peace, he pointed out."),
    ])


def test_outgoing_holder_is_still_the_bare_office():
    # guard: one named "outgoing … Chairperson Y" is still whom a bare "the chairperson" means when no one else holds it
    body = (
        "Minister Orel Dastan met outgoing Coastal Union Chairperson Tesk Marova in Varnia.\n\n"
        "The chairperson said the union would hold its summit in May."
    )
    speakers = [(s.speaker.name if hasattr(s.speaker, "name") else s.speaker) for s in run(body).statements]
    assert speakers == ["Tesk Marova"]


def test_two_capitalised_offices_joined_unchanged():
    # guard: "The Premier and Minister of Finance, X," stays one holder of both, the first office his
    body = (
        "The Premier and Minister of Finance, Orel Dastan, met business leaders in Varnia.\n\n"
        "The Premier said the budget would be balanced."
    )
    speakers = [(s.speaker.name if hasattr(s.speaker, "name") else s.speaker) for s in run(body).statements]
    assert speakers == ["Orel Dastan"]


def test_opportunity_taken_to_salute():
    body = (
        "President Orel Dastan opened the summit of the Coastal Union in Varnia.\n\n"
        "Dastan also took the opportunity to salute the founders of the union, who gave its members a common aim."
    )
    assert_statements(body, [
        ("Orel Dastan", "indirect",
         "Dastan also took the opportunity to salute the founders of the union, who gave its members a common aim."),
    ])


def test_opportunity_taken_to_visit_unchanged():
    # guard: an occasion used for an act, not speech, stays narrative
    body = (
        "President Orel Dastan opened the summit of the Coastal Union in Varnia.\n\n"
        "Dastan also took the opportunity to visit the harbour of the union's capital."
    )
    assert [s for s in run(body).statements if s.speaker] == []
