"""Readings of helper h1010 (sevenhundredsixtysixth, the Prime Minister of Azad Jammu and Kashmir as Pakistan's papers
print him): an office with a place's initials after it ("…, said President AJK", "said Prime Minister AJK"), the
initials a place's whose government the text names ("the AJK Government", "Government of AJK"), no one named "AJK";
and an office before a place named "X and Y" ("President Azad Jammu and Kashmir Sardar X"), no one named "Azad Jammu".

Each test is a small invented readout (invented people and places) and the statements GOLD-FORMAT.md asks for; each
rule's test fails without it, and a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements, run


def test_an_office_with_its_places_initials_after_it():
    """"…, said President NVK" beside "the NVK Government": the President named before, no one named "NVK"."""
    opening = ("Prime Minister Tarek Olumba called on President Sardar Hamid Qorvan at the President House. "
               "The two leaders discussed the situation.\n\n")
    said = ("President Qorvan said that the floods had reached the valley. "
            "“We will rebuild every bridge”, said President NVK")
    informed = "The Prime Minister informed that the NVK Government will repair the schools."
    added = "The schools will open in May, said Prime Minister NVK."
    body = f"{opening}{said}\n\n{informed}\n\n{added}\n"
    assert_statements(body, [
        ("Sardar Hamid Qorvan", "indirect", "President Qorvan said that the floods had reached the valley."),
        ("Sardar Hamid Qorvan", "direct", "We will rebuild every bridge"),
        ("Tarek Olumba", "indirect", informed),
        ("Tarek Olumba", "indirect", added),
    ])


def test_an_office_before_a_place_named_with_and():
    """"President Nova Vela and Kashmir Sardar X": the office of the place "Nova Vela and Kashmir" (written "in …"
    elsewhere), held by X; no one named "Nova Vela"."""
    opening = ("Prime Minister Tarek Olumba called on President Nova Vela and Kashmir Sardar Hamid Qorvan here. "
               "The floods in Nova Vela and Kashmir and the Government of NVK were discussed.\n\n")
    said = "President Qorvan said that the floods had reached the valley."
    quoted = "“We will rebuild every bridge”, said President NVK"
    body = f"{opening}{said}\n\n{quoted}\n"
    result = run(body)
    assert [s.text for s in result.statements] == [said, "We will rebuild every bridge"]
    speakers = {s.speaker for s in result.statements}
    assert len(speakers) == 1 and next(iter(speakers)).endswith("Hamid Qorvan"), speakers


def test_initials_of_a_person_stay_a_name():
    """Guard: "Crown Prince MBS" with no government of "MBS" in the text stays a person's name."""
    opening = "Minister Lorna Vedde met Crown Prince MBS in the capital.\n\n"
    said = "MBS said that the port would open in spring."
    body = f"{opening}{said}\n"
    assert_statements(body, [("MBS", "indirect", said)])
