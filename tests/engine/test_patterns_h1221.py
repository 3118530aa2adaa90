"""Rules from the nine-hundred-thirty-fourth held-out set (the Governor of Pampanga, Philippines, and those at the
Governor's meetings, 2010-2026): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_region_number_after_an_agencys_initials_before_the_office():
    """"The flood-control measures are feasible, …, said DPWH 3 Regional Director Roseller Tolentino." (Tribune
    2024-09-04): an agency's initials and its region's number before the regional head's office. Before, the number
    ended the phrase at the initials, the sentence no one's and the quotation after it the governor's."""
    body = ("Governor Mara Velt of Ostra met officials of the works agency on Monday. "
            "The drainage measures are feasible, especially with enough funding, said DPWA 3 Regional Director Tobin "
            "Calder. “We need a large amount of funding to build the pumping station,” he added.")
    assert_statements(body, [
        ("Tobin Calder", "indirect", "The drainage measures are feasible, especially with enough funding, said DPWA 3 "
         "Regional Director Tobin Calder."),
        ("Tobin Calder", "direct", "We need a large amount of funding to build the pumping station,"),
    ])


def test_region_number_before_a_body_names_no_one():
    """The guard: "DPWA 3 engineers" after the number, no office and no name: a body, no one speaks."""
    body = ("Governor Mara Velt of Ostra met officials of the works agency on Monday. "
            "The canals were cleaned on Tuesday by DPWA 3 engineers and Region 3 volunteers.")
    assert_statements(body, [])


def test_according_to_a_source_with_a_bare_office_after_the_name():
    """"The governor and the DPWH agreed to … clean existing drainage canals, according to Melquiades Sto. Domingo,
    DPWH 3 assistant regional director." (Tribune 2024-09-04): the source's office, with no article, set off after the
    name and closing the sentence: the whole sentence is the source's, as "…, according to X." is; and "Sto." is part
    of the name. Before, only "according to …" was his, cut at "Sto."."""
    body = ("Governor Mara Velt of Ostra met officials of the works agency on Monday. "
            "The governor and the agency agreed to desilt the creeks and clean existing drainage canals, according to "
            "Tobin Sto. Calder, DPWA 3 assistant regional director.")
    assert_statements(body, [
        ("Tobin Sto. Calder", "indirect", "The governor and the agency agreed to desilt the creeks and clean existing "
         "drainage canals, according to Tobin Sto. Calder, DPWA 3 assistant regional director."),
    ])


def test_mount_before_a_name_ends_no_sentence():
    """"Governor Pineda also proposed the construction of a pumping station that would drain floodwaters to Gugu, a
    creek that has become a river after a series of Mt. Pinatubo lahar flows in Bacolor." (Tribune 2024-09-04): "Mt."
    before a mountain's name is Mount, no sentence's end. Before, the statement stopped at "Mt."."""
    body = ("Governor Mara Velt of Ostra met officials of the works agency on Monday. "
            "Velt proposed a pumping station that would drain floodwaters to a creek that became a river after the "
            "Mt. Kavor lahar flows in Dren.")
    assert_statements(body, [
        ("Mara Velt", "indirect", "Velt proposed a pumping station that would drain floodwaters to a creek that became "
         "a river after the Mt. Kavor lahar flows in Dren."),
    ])


def test_made_an_assurance_speaks():
    """"Pineda made an assurance the provincial government is ready to assist the business sector." (SunStar
    2025-08-24): "made an assurance" is "assured", as "gave an assurance" is. Before, no one's."""
    body = ("Governor Mara Velt of Ostra met the chamber of commerce on Saturday. "
            "Velt made an assurance the provincial government is ready to assist the business sector.")
    assert_statements(body, [
        ("Mara Velt", "indirect", "Velt made an assurance the provincial government is ready to assist the business "
         "sector."),
    ])


def test_made_the_assurance_at_says_only_where():
    """The guard: "made the assurance at …", the assurance told before, is not read as a new one ("the", not "an")."""
    body = ("Governor Mara Velt of Ostra assured the traders that the province is ready to help. "
            "Velt made the assurance at the chamber's hall on Saturday.")
    assert_statements(body, [
        ("Mara Velt", "indirect", "Governor Mara Velt of Ostra assured the traders that the province is ready to "
         "help."),
    ])


def test_made_this_appeal_in_front_of_says_only_where():
    """"Governor X has called on the Kapampangans to extend … / Pineda made this appeal in front of provincial
    government officials, employees, and municipal mayors at the … Convention Center on Thursday, June 12." (SunStar
    2025-06-12): the appeal told before, this sentence only where and before whom, as "made the statement at …".
    Before, a second statement."""
    body = ("Governor Mara Velt of Ostra has called on the people to support the incoming governor. "
            "Velt made this appeal in front of provincial officials and mayors at the convention center on Thursday.")
    assert_statements(body, [
        ("Mara Velt", "indirect", "Governor Mara Velt of Ostra has called on the people to support the incoming "
         "governor."),
    ])


def test_made_an_appeal_during_still_speaks():
    """The guard: "made an appeal to the mayors to …" says what was asked: a statement of its own, the occasion after
    it or not."""
    body = ("Governor Mara Velt of Ostra met the mayors on Thursday. "
            "Velt made an appeal to the mayors to prioritize health during the meeting.")
    assert_statements(body, [
        ("Mara Velt", "indirect", "Velt made an appeal to the mayors to prioritize health during the meeting."),
    ])

