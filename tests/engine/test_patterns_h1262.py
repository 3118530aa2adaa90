"""Rules from the ninety-second hard set (stop 72): "the Minister" for the present holder when a former holder was named
just before him; a participle of speaking between a name and its verb with no commas ("Honourable X speaking on behalf
of the Speaker gave the assurance that …"); an office set off after a name that is itself set off after its own office
("… by his spokesman, Mr. X, the Governor of Y, Mr. Z, solicited …": Z the Governor). Invented readouts, invented
people and places."""

from __future__ import annotations

from .test_patterns import assert_statements

_LEASE = ("LUSABO — The lease of the Beradzi mine was renewed on Thursday at a ceremony attended by the former Minister "
          "of Mines, Mr. Tapiwa Nyamurefu, who signed the first lease, and by the Minister of Mines, Mr. Lovemore "
          "Chikarendo.\n\n")


def test_the_minister_is_the_present_holder_not_the_former_one():
    """"According to the Minister, he …" and "The Minister said …" after "the former Minister of Mines, Mr. A, …, and
    … the Minister of Mines, Mr. B": B, who holds the office now; before, both went to A, the former holder."""
    body = _LEASE + ("According to the Minister, he had asked the company to build a clinic.\n\n"
                     "The Minister said the company would pay the district's royalties every quarter.")
    assert_statements(body, [
        ("Lovemore Chikarendo", "indirect", "According to the Minister, he had asked the company to build a clinic."),
        ("Lovemore Chikarendo", "indirect", "The Minister said the company would pay the district's royalties every "
                                            "quarter."),
    ])


def test_the_former_minister_stays_the_former_holder():
    """Guard: "According to the former Minister, …" is still A, the one named as the former holder."""
    body = _LEASE + "According to the former Minister, the mine employed only two hundred people in 2014."
    assert_statements(body, [
        ("Tapiwa Nyamurefu", "indirect", "According to the former Minister, the mine employed only two hundred people "
                                         "in 2014."),
    ])


_PETITION = ("LUSABO — A committee of the National Assembly on Tuesday received a petition from the villagers of "
             "Matekwe. The Speaker was away at a regional forum.\n\n")


def test_speaking_on_behalf_without_commas_keeps_the_subject():
    """"Honourable X speaking on behalf of the Speaker gave the assurance that …", printed with no commas: X's, as "X,
    speaking on behalf of the Speaker, gave …" is; before, no one's."""
    body = _PETITION + ("Honourable Tinashe Gwindiro speaking on behalf of the Speaker gave the assurance that the "
                        "petition would be tabled before the end of the month.")
    assert_statements(body, [
        ("Tinashe Gwindiro", "indirect", "Honourable Tinashe Gwindiro speaking on behalf of the Speaker gave the "
                                         "assurance that the petition would be tabled before the end of the month."),
    ])


def test_speaking_at_an_event_without_commas_keeps_the_subject():
    """"Mr. X speaking at the event said that …": the occasion stepped over, then the participle; X's."""
    body = _PETITION + "Mr. Tinashe Gwindiro speaking at the event said that the committee would visit Matekwe."
    assert_statements(body, [
        ("Tinashe Gwindiro", "indirect", "Mr. Tinashe Gwindiro speaking at the event said that the committee would "
                                         "visit Matekwe."),
    ])


def test_people_speaking_at_the_event_are_no_one():
    """Guard: "Villagers speaking at the event said …": a group, no one's, the participle stepped over or not."""
    body = _PETITION + "Villagers speaking at the event said that they had been given three days to leave."
    assert_statements(body, [])


_GULLY = ("ABAKORO — In a statement by his spokesman, Mr. Kelechi Anyadiro, the Governor of Ebomi State, Mr. Obinna "
          "Nwachukere, solicited the support of the federal government for the gully erosion sites in the state.\n\n")


def test_the_office_after_a_spokesmans_name_is_the_next_names():
    """"… by his spokesman, Mr. X, the Governor of Ebomi State, Mr. Y, solicited …": Y is the Governor, so "The
    Governor also solicited …" is Y's; before, X kept the Governor's office as an appositive after his name."""
    body = _GULLY + ("His spokesman, Mr. Anyadiro, said in a separate statement that the Governor would travel to "
                     "the capital next week.\n\n"
                     "The Governor also solicited the help of the state's members of the National Assembly in getting "
                     "the gullies into the federal budget.")
    assert_statements(body, [
        ("Obinna Nwachukere", "indirect", "In a statement by his spokesman, Mr. Kelechi Anyadiro, the Governor of Ebomi "
                                          "State, Mr. Obinna Nwachukere, solicited the support of the federal "
                                          "government for the gully erosion sites in the state."),
        ("Kelechi Anyadiro", "indirect", "His spokesman, Mr. Anyadiro, said in a separate statement that the Governor "
                                         "would travel to the capital next week."),
        ("Obinna Nwachukere", "indirect", "The Governor also solicited the help of the state's members of the "
                                          "National Assembly in getting the gullies into the federal budget."),
    ])


def test_an_office_after_a_name_with_no_office_before_stays_his():
    """Guard: "The visitors met Mr. X, the Governor of Ebomi State, Mr. Y, and …" has no office before X: the office
    after X stays his ("The Governor said …" is X's)."""
    body = ("ABAKORO — The delegation met Mr. Obinna Nwachukere, the Governor of Ebomi State, Mrs. Ada Okorafo and "
            "Mr. Chidi Ikenwa on Monday.\n\n"
            "The Governor said the state would fill the gullies before the rains.")
    assert_statements(body, [
        ("Obinna Nwachukere", "indirect", "The Governor said the state would fill the gullies before the rains."),
    ])
