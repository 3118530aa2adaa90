"""Rules from the nine-hundred-ninety-first held-out set (Ghana's North East Regional Minister, widened to the Western
North Regional Minister, and those at their meetings, 2021-2025): invented readouts, invented people and places."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_the_former_member_of_parliament_of_a_place_is_the_one_spoken_of():
    """"Mr X, outgoing Western North Regional Minister has handed over … At a brief ceremony …, the former
    Bibiani-Anhwiaso-Bekwai Member of Parliament thanked …" (News Ghana 2021-03-17): a place's name between "the
    former" and the office no one named holds is the one spoken of, by a past office, as "the former Member of
    Parliament" is. Before, "the former" was dropped, the place's office read bare, and no one spoke."""
    body = ("Mr Pell Arkin, outgoing Ostra Regional Minister, has handed over to the new Minister, Mr Tam Orrin. "
            "At a brief ceremony, the former Velm-Anta Member of Parliament thanked traditional authorities for "
            "their support.")
    assert_statements(body, [
        ("Pell Arkin", "indirect", "At a brief ceremony, the former Velm-Anta Member of Parliament thanked traditional "
                                   "authorities for their support."),
    ])


def test_the_former_member_of_parliament_of_a_place_named_after_it_is_that_one():
    """The guard: the description set off before a name ("the former Velm Member of Parliament, Mr Dan Velk,
    thanked …") is the named one's, as before."""
    body = ("Mr Pell Arkin, outgoing Ostra Regional Minister, has handed over to the new Minister, Mr Tam Orrin. "
            "At a brief ceremony, the former Velm Member of Parliament, Mr Dan Velk, thanked traditional authorities "
            "for their support.")
    assert_statements(body, [
        ("Dan Velk", "indirect", "At a brief ceremony, the former Velm Member of Parliament, Mr Dan Velk, thanked "
                                 "traditional authorities for their support."),
    ])


def test_pronoun_after_a_fronted_address_by_someone_is_that_one():
    """"However, in a short address by the Western North Regional Minister, Richard Ebbah Obeng, he assured that …"
    (Adom Online 2021-07-25): the pronoun is the one who gave the address, named after "by", not the chief spoken of
    before. Before, it was the chief's."""
    body = ("Nana Tamo Reld, the chief of Velm, pleaded with the Ostra Regional Minister, Pell Arkin, to address the "
            "disputes. He reminded that disputes retard development. However, in a short address by the Ostra "
            "Regional Minister, Pell Arkin, he assured that they will ensure there is peace in the area.")
    assert_statements(body, [
        ("Nana Tamo Reld", "indirect", "Nana Tamo Reld, the chief of Velm, pleaded with the Ostra Regional Minister, "
                                       "Pell Arkin, to address the disputes."),
        ("Nana Tamo Reld", "indirect", "He reminded that disputes retard development."),
        ("Pell Arkin", "indirect", "However, in a short address by the Ostra Regional Minister, Pell Arkin, he assured "
                                   "that they will ensure there is peace in the area."),
    ])


def test_pronoun_after_a_response_to_an_address_by_someone_stays_the_other():
    """The guard: "In his response to the address by X, he assured …": the response is another's ("his"), the address's
    maker only its topic; the pronoun is read as before (the chief spoken of)."""
    body = ("Nana Tamo Reld, the chief of Velm, pleaded with the Ostra Regional Minister, Pell Arkin, to address the "
            "disputes. In his response to the address by the Ostra Regional Minister, Pell Arkin, he assured that "
            "they will ensure there is peace in the area.")
    assert_statements(body, [
        ("Nana Tamo Reld", "indirect", "Nana Tamo Reld, the chief of Velm, pleaded with the Ostra Regional Minister, "
                                       "Pell Arkin, to address the disputes."),
        ("Nana Tamo Reld", "indirect", "In his response to the address by the Ostra Regional Minister, Pell Arkin, he "
                                       "assured that they will ensure there is peace in the area."),
    ])
