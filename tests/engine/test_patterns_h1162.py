"""Rules from the eight-hundred-eighty-fourth held-out set (the Governor of Balkh province and those who speak at or
of the Governor's meetings, 2017-2023): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_MEETING = "Deputy Prime Minister Varun Ostel met with the governor and traders of Tarsk province today. "


def test_surname_after_an_agency_credit_and_an_aside_opens_its_clause():
    """"Afghan Voice Agency(AVA)_Monitoring, Hanafi, while condemning …, pointed to …, adding “…" (AVA 2022-12-08): an
    agency's credit line before the surname, an aside after it; the surname, given in full before, is the subject.
    Before, the sentence had no subject (and the readout's quoted words after "adding" were no one's)."""
    body = (_MEETING + "Zarnia News Agency(ZNA)_Monitoring, Ostel, while condemning the attack on the convoy, "
            "stressed the importance of the new canal.")
    assert_statements(body, [
        ("Varun Ostel", "indirect", "Zarnia News Agency(ZNA)_Monitoring, Ostel, while condemning the attack on the "
         "convoy, stressed the importance of the new canal."),
    ])


def test_surname_after_a_fronted_link_or_day_and_an_aside_opens_its_clause():
    """The same after a fronted link ("Meanwhile, ") or a weekday ("On Monday, "), as "Earlier, X, who …, said"
    already was. Before, both sentences were no one's."""
    body = (_MEETING + "Meanwhile, Ostel, one of the founders of the party, stressed the need for new roads. "
            "On Monday, Ostel, while visiting the port, urged the traders to pay their taxes.")
    assert_statements(body, [
        ("Varun Ostel", "indirect",
         "Meanwhile, Ostel, one of the founders of the party, stressed the need for new roads."),
        ("Varun Ostel", "indirect", "On Monday, Ostel, while visiting the port, urged the traders to pay their taxes."),
    ])


def test_surname_never_given_in_full_stays_no_ones_after_a_fronted_link():
    """The guard: a surname the readout never gave in full, after "Meanwhile, " and before an aside, is no one known;
    the sentence stays no one's, as before."""
    body = (_MEETING + "Meanwhile, Brask, one of the traders of the port, stressed the need for new roads.")
    assert_statements(body, [])


def test_pointed_to_activities_joined_by_and_is_a_point_made():
    """"Hanafi … pointed to the economic and development activities of the Islamic Emirate" (AVA 2022-12-08): two
    words joined by "and" before "activities", a point made, as "pointed to the achievements". Before, narrative."""
    body = (_MEETING + "Ostel pointed to the economic and development activities of the provincial government. "
            "He also pointed to the efforts of the traders.")
    assert_statements(body, [
        ("Varun Ostel", "indirect",
         "Ostel pointed to the economic and development activities of the provincial government."),
        ("Varun Ostel", "indirect", "He also pointed to the efforts of the traders."),
    ])


def test_pointed_to_a_thing_stays_narrative():
    """The guard: "pointed to the door", no point made, stays narrative."""
    body = (_MEETING + "Ostel pointed to the door of the new hall.")
    assert_statements(body, [])


def test_considered_a_named_person_as_one_of_is_a_view_held():
    """"In return, Atta Mohammad Noor considered Danesh as one of national and effective figures of the country"
    (payam-aftab 2018-08-11): a person named as the object, then "as one of …": his view. Before, narrative."""
    body = ("Former governor Lio Marsk called on Vice President Ren Talvo in Orsa. "
            "In return, Lio Marsk considered Talvo as one of the most effective leaders of the country.")
    assert_statements(body, [
        ("Lio Marsk", "indirect",
         "In return, Lio Marsk considered Talvo as one of the most effective leaders of the country."),
    ])


def test_a_country_considered_as_a_partner_stays_the_ambassadors_sentence():
    """The guard (sevenhundredthirtysixth n1info's shape): "Zarnia considers Orsa as an important trade partner,
    stressed the ambassador, …": a country's view of a country, the sentence the ambassador's whole, as before; and
    "considered the Budget Bill as amended" stays narrative."""
    body = ("President Ardo Venn received the letter of credence of Ambassador Tomas Pell of Zarnia. "
            "Zarnia considers Orsa as an important political and trade partner, stressed the ambassador, adding that "
            "the two countries share a long history. The council considered the Budget Bill as amended.")
    assert_statements(body, [
        ("Tomas Pell", "indirect", "Zarnia considers Orsa as an important political and trade partner, stressed the "
         "ambassador, adding that the two countries share a long history."),
    ])


def test_place_then_capitalised_governor_no_holder_named_is_one_person():
    """"Balkh Governor shared details of his administration … with Acting Prime Minister X … He said that …" (AVA
    2023-06-01, a page that never names him): a place's one word, then "Governor" capitalised, no article and no
    holder named, is one person known by the office, as "Sulaymaniyah governor" already was. Before, both sentences
    were no one's."""
    body = ("The Prime Minister of Zarnia met the governor of Tarsk at the palace. "
            "Tarsk Governor shared details of his administration with Prime Minister Varun Ostel. "
            "He said that the province works closely with the local people. "
            "For his part, Ostel thanked the governor for the good coordination.")
    assert_statements(body, [
        ("Tarsk Governor", "indirect",
         "Tarsk Governor shared details of his administration with Prime Minister Varun Ostel."),
        ("Tarsk Governor", "indirect", "He said that the province works closely with the local people."),
        ("Varun Ostel", "indirect", "For his part, Ostel thanked the governor for the good coordination."),
    ])


def test_military_governor_capitalised_is_no_place():
    """The guard: "Military Governor" names no place; the sentence stays no one's."""
    body = ("The Prime Minister of Zarnia met the governor of Tarsk at the palace. "
            "Military Governor shared details of the security situation with Prime Minister Varun Ostel. "
            "For his part, Ostel thanked the governor for the good coordination.")
    assert_statements(body, [
        ("Varun Ostel", "indirect", "For his part, Ostel thanked the governor for the good coordination."),
    ])
