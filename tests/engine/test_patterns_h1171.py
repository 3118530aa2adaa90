"""Helper h1171 (eighthundredninetythird, the Asantehene's audiences as Ghanaian papers print them): an Akan paramount
chief's own title, "the Asantehene" or "the Omanhene", bare after the holder was named, is that holder, as "the
Bashkan" is the Governor; "the Asantehene" is the one named King of the Asante Kingdom, not a king of another land; a
capitalised word that only ends like such a title names no one. (The stool's land is the rule's own word; the people
and the other lands are invented.)"""

from __future__ import annotations

from .test_patterns import assert_statements

_DORUBA_LEAD = (
    "The King of the Asante Kingdom, Nana Kwaku Doruba II, has praised the people of Velmora as brave and industrious "
    "individuals.\n\n"
)


def test_according_to_the_asantehene_is_the_holder():
    body = _DORUBA_LEAD + "According to the Asantehene, the people are known for their bravery and hard work."
    assert_statements(body, [
        ("Nana Kwaku Doruba II", "indirect", "The King of the Asante Kingdom, Nana Kwaku Doruba II, has praised the "
         "people of Velmora as brave and industrious individuals."),
        ("Nana Kwaku Doruba II", "indirect", "According to the Asantehene, the people are known for their bravery and "
         "hard work."),
    ])


def test_bare_omanhene_after_the_named_holder_is_his():
    body = (
        "The Omanhene of Velmora, Nana Kwaku Doruba II, thanked the envoy for the visit.\n\n"
        "The Omanhene added that the town needed a new clinic."
    )
    assert_statements(body, [
        ("Nana Kwaku Doruba II", "indirect", "The Omanhene of Velmora, Nana Kwaku Doruba II, thanked the envoy for the "
         "visit."),
        ("Nana Kwaku Doruba II", "indirect", "The Omanhene added that the town needed a new clinic."),
    ])


def test_word_that_only_ends_like_a_stool_title_is_no_one():
    # guard: a capitalised word ending in "-hene" that is no title in the list names no one
    body = _DORUBA_LEAD + "According to the Dorkanhene, the people are known for their bravery and hard work."
    assert_statements(body, [
        ("Nana Kwaku Doruba II", "indirect", "The King of the Asante Kingdom, Nana Kwaku Doruba II, has praised the "
         "people of Velmora as brave and industrious individuals."),
    ])


def test_asantehene_is_not_a_king_of_another_land():
    # guard: the title is the Asante king's, so a king of another land named alone gets no "According to the Asantehene"
    body = (
        "The King of Velmora, Aldric Marren, has praised the people of Velmora as brave and industrious individuals.\n\n"
        "According to the Asantehene, the people are known for their bravery and hard work."
    )
    assert_statements(body, [
        ("Aldric Marren", "indirect", "The King of Velmora, Aldric Marren, has praised the people of Velmora as brave "
         "and industrious individuals."),
    ])
