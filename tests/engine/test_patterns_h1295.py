"""Rules from the nine-hundred-ninety-sixth held-out set (the Regional Commissioner of Tanga, Tanzania, widened to the
Regional Commissioner of Mtwara, and those at their meetings, 2013-2024): invented readouts, invented people and
places."""

from __future__ import annotations

from .test_patterns import assert_statements

_OPENING = "Ostra Regional Commissioner, Pell Arkin has suspended 21 port workers over the warehouse fire. "


def test_the_office_initials_never_bracketed_name_the_holder_after_the_office_spelled_out():
    """"Tanga Regional Commissioner, Omar X has suspended …" then "Equally, the RC also instructed the Police Force in
    the region to arrest …" (Daily News 2022-11-29): the readout never wrote "(RC)", so "the RC" is the person named
    right after the office first spelled out in capitals. Before, the registry kept his role as "commissioner" alone,
    whose initials are no "RC", and the order went to no one."""
    body = (_OPENING + "Equally, the RC also instructed the police in the region to arrest three other traders "
            "linked to the fire.")
    assert_statements(body, [
        ("Pell Arkin", "indirect", "Equally, the RC also instructed the police in the region to arrest three other "
                                   "traders linked to the fire."),
    ])


def test_initials_spelling_a_body_name_no_holder():
    """The guard: the words the initials spell are a body's, no office's ("Ostra Rowing Club, Pell Arkin's team,
    …"), so "the RC" names no one, as before."""
    body = ("Ostra Rowing Club, the team of Pell Arkin, won the regatta on Monday. "
            "The RC also said the boats would be repaired.")
    assert_statements(body, [])


def test_according_to_information_released_by_a_person():
    """"According to information released by Tanga Regional Commissioner, X, yesterday to journalists the Premier
    will be in the area for a day …" (Daily News 2020-06-01): the information he gave out is his account, as
    "According to X, …". Before, the words after "According to" were read as a text, no one's."""
    body = ("PRIME Minister Dario Kost will today visit Ostra Region. According to information released by Ostra "
            "Regional Commissioner, Pell Arkin, yesterday to journalists the Premier will be in the area for a day.")
    assert_statements(body, [
        ("Pell Arkin", "indirect", "According to information released by Ostra Regional Commissioner, Pell Arkin, "
                                   "yesterday to journalists the Premier will be in the area for a day."),
    ])


def test_according_to_information_available_is_no_ones():
    """The guard: "According to information available to the Daily News, …" names no person who gave it out: no
    one's, as before."""
    body = ("PRIME Minister Dario Kost will today visit Ostra Region. According to information available to the "
            "paper, the Premier will be in the area for a day.")
    assert_statements(body, [])
