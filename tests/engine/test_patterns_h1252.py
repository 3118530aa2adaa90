"""Rules from the nine-hundred-sixty-first held-out set (Ghana's Bono East Regional Minister and the neighbouring
regions' ministers, 2018-2025): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_OPENING = "The Regional Minister of Tarvo, Kofi Mend, met journalists at his residence in Dalsk. "


def test_last_weekday_set_off_between_subject_and_verb():
    """"The Bono East Regional Minister, Mr X, last Friday, appealed to journalists to …" (allAfrica 2020-01-27): the
    day set off by commas with "last" before it is stepped over as ", on Friday," is. Before, nothing was read."""
    body = (_OPENING + "The Regional Minister, Mr Kofi Mend, last Friday, appealed to journalists to volunteer "
            "information to the police.")
    assert_statements(body, [
        ("Kofi Mend", "indirect", "The Regional Minister, Mr Kofi Mend, last Friday, appealed to journalists to "
         "volunteer information to the police."),
    ])


def test_last_weekday_guard_a_group_subject_stays_unread():
    """The guard: the same aside after a group ("The chiefs, last Friday, appealed …"): no one's statement."""
    body = (_OPENING + "The chiefs, last Friday, appealed to journalists to volunteer information to the police.")
    assert_statements(body, [])


def test_in_his_presentation_between_subject_and_verb():
    """"Hon. X in his presentation called for strong ties of co-operation between …" (GhanaWeb 2021-04-21): one's
    presentation is an aside as "in his remarks" is. Before, nothing was read."""
    body = (_OPENING + "Hon. Kofi Mend in his presentation called for strong ties of co-operation between the region "
            "and the two countries.")
    assert_statements(body, [
        ("Kofi Mend", "indirect", "Hon. Kofi Mend in his presentation called for strong ties of co-operation between "
         "the region and the two countries."),
    ])


def test_in_their_presentation_guard_a_group_stays_unread():
    """The guard: a group's presentation ("The envoys in their presentation called for …"): no one's statement."""
    body = (_OPENING + "The envoys in their presentation called for strong ties of co-operation between the region "
            "and the two countries.")
    assert_statements(body, [])


_CHIEFS = "The chief of Yeji, Nana Tano Brel, advised the chiefs to unite. "


def test_akan_divisional_chief_title_in_an_apposition():
    """"Nana X, the Adontehene of the Nkoranza traditional area, also advised on the need for unity …" (Modern Ghana
    2019-02-27): an Akan divisional chief's title is an office as "Omanhene" is, so the apposition closes and the
    statement is his. Before, it was read as the chief before him."""
    body = (_CHIEFS + "Nana Okon Daro, the Adontehene of the Velt traditional area, also advised on the need for "
            "unity amongst the chiefs.")
    assert_statements(body, [
        ("Nana Tano Brel", "indirect", "The chief of Yeji, Nana Tano Brel, advised the chiefs to unite."),
        ("Nana Okon Daro", "indirect", "Nana Okon Daro, the Adontehene of the Velt traditional area, also advised on "
         "the need for unity amongst the chiefs."),
    ])


def test_akan_divisional_chief_title_guard_a_visit_stays_narrative():
    """The guard: the title in a visit's narrative ("led by the Benkumhene of the area, Nana X, visited …"): no
    statement of his."""
    body = (_CHIEFS + "A delegation led by the Benkumhene of the Velt traditional area, Nana Okon Daro, visited the "
            "palace.")
    assert_statements(body, [
        ("Nana Tano Brel", "indirect", "The chief of Yeji, Nana Tano Brel, advised the chiefs to unite."),
    ])
