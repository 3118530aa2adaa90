"""Rules from the four-hundred-seventy-first held-out set (Liberia's Executive Mansion: emansion.gov.lr, its releases
as APO Group and allAfrica carry them): invented readouts, invented people and countries."""

from __future__ import annotations

import pytest

from .test_patterns import assert_statements


def test_a_headline_off_to_a_place_names_no_person_off():
    """"Liberia: President Weah Off to Abuja, Nigeria" (allAfrica, Government of Liberia): the headline's "Off" before
    "to" is the journey's "is off to", not a surname. Before, the title made one person "Weah Off", who took the
    body's "Madam Weah", the First Lady named in full further on, and her words with it."""
    body = ("President Peter Tellis has departed the country for Varna for a one-day State visit.\n\n"
            "Meanwhile, First Lady Madam Marie Tellis also departed the country on Sunday for Osk to attend a "
            "symposium on women football. Prior to her departure on Sunday, Madam Tellis told reporters the forum "
            "will help her make the case for Norland.")
    result = assert_statements(body, [
        ("Marie Tellis", "indirect", ("Prior to her departure on Sunday, Madam Tellis told reporters the forum will "
                                     "help her make the case for Norland.")),
    ], title="Norland: President Tellis Off to Varna, Osland")
    assert not any(sp.name.endswith(" Off") for sp in result.speakers)


@pytest.mark.parametrize("verb", ["Returns Home From", "Leaves for", "Departs for"])
def test_a_journey_headline_verb_parts_the_host_from_the_place(verb):
    """"Liberia: President Boakai Returns Home From Ghana After A Brief Working Visit" (APO Group, the Executive
    Mansion): a journey's verb in the present tense ("Returns", "Leaves", "Departs") parts the host from
    where he goes, as "Meets" does, so the title names the host, whom the body's bare "the President" means. Before,
    the run made one person of host, verb and place, and "the President" went to the other President the sentence
    names ("as well as the visitation by the Ghanaian Leader, President X")."""
    body = ("His Excellency Arno Tellis, President of the Republic of Norland returns home following a brief working "
            "visit to Osland. While away, he held talks with members of the Osland Government.\n\n"
            "During his meeting with his Osland counterparts, the President extended appreciation for the support "
            "received during his inauguration as well as the visitation by the Osland Leader, President Ivo Marr.")
    assert_statements(body, [
        ("Arno Tellis", "indirect", ("During his meeting with his Osland counterparts, the President extended "
                                    "appreciation for the support received during his inauguration as well as the "
                                    "visitation by the Osland Leader, President Ivo Marr.")),
    ], title=f"Norland: President Tellis {verb} Osland After A Brief Working Visit")


def test_taking_leave_with_a_wish_is_said():
    """"The Ghanaian President then took leave of President Boakai wishing him well on his Inauguration …" (APO Group,
    the Executive Mansion): a leave-taking whose words a speech participle after the one left names is a farewell
    said, as "ended the conversation by wishing …". Before, the sentence was narrative and given to no one."""
    body = ("The President of Osland, His Excellency Ivo Marr paid a courtesy visit to President Arno Tellis at his "
            "residence. The two Presidents discussed Osland-Norland relations. The Osland President then took leave "
            "of President Tellis wishing him well on his Inauguration as Norland's 26th President.")
    assert_statements(body, [
        ("Ivo Marr", "indirect", ("The Osland President then took leave of President Tellis wishing him well on his "
                                 "Inauguration as Norland's 26th President.")),
    ])


def test_a_bare_leave_taking_stays_narrative():
    """The guard: "took leave of X" with no speech participle after it is an act told, and stays narrative."""
    body = ("The President of Osland, His Excellency Ivo Marr paid a courtesy visit to President Arno Tellis at his "
            "residence. The Osland President then took leave of President Tellis and returned to the airport.")
    assert_statements(body, [])


def test_leave_of_absence_is_no_farewell():
    """The guard: "took leave of absence" names no one left and no words: narrative."""
    body = "Minister Lena Osk took leave of absence from the cabinet for a month, starting in May."
    assert_statements(body, [])
