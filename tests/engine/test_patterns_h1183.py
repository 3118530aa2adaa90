"""Rules from the eighty-eighth hard set (stop 68's left-overs): an unknown local title before a name with no comma
("The Omukulu of Bwesanda Peter Kasimbazi has acknowledged …", then "The omukulu thanked …"); "He informed X that …"
right after "X thanked Y …" (Y speaks); "The CG Customs" (a Commissioner-General's initials before his field); "Datuk
Seri" alone as a subject; "“…,” Said State House." (a body's capitalised tag); ", and X, who stated that …" closing a
list of those present; "the <place> Finance and Economy MEC" (one office of two portfolios). Invented readouts,
invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_OMUKULU = ("KIVALUNDA — The Omukulu of Bwesanda Peter Kasimbazi has acknowledged the efforts of the city's leaders in "
            "keeping the royal sites clean. He was received at City Hall by the Lord Mayor of Kivalunda, Mr. Daniel "
            "Ssebwato, and the city's Executive Director, Mrs. Harriet Nakabondo.\n\n")


def test_an_unknown_local_title_before_a_name_names_its_holder():
    """"The Omukulu of Bwesanda Peter Kasimbazi has acknowledged …" (hard88; the 894th's nilepost "The Katikkiro of
    Buganda Charles Peter Mayiga has acknowledged …"): a title the lexicon does not know, "of" its place, then a name
    with no comma; the holder speaks, and "Kasimbazi praised …" is his. Before, the run was a thing and no one was
    named."""
    body = _OMUKULU + "Kasimbazi praised the authority for restoring the Namwezi tombs."
    assert_statements(body, [
        ("Peter Kasimbazi", "indirect", "The Omukulu of Bwesanda Peter Kasimbazi has acknowledged the efforts of the "
                                        "city's leaders in keeping the royal sites clean."),
        ("Peter Kasimbazi", "indirect", "Kasimbazi praised the authority for restoring the Namwezi tombs."),
    ])


def test_a_body_of_a_place_before_a_given_name_names_no_one():
    """Guard: "The Museum of Kivalunda Charles Hall said …": a body's word before "of" and a thing's word after the
    given name; no person."""
    body = "The Museum of Kivalunda Charles Hall said it would reopen in May after two years of repairs."
    assert_statements(body, [])


def test_the_unknown_title_in_lower_case_is_its_holder():
    """"The omukulu thanked Ssebwato …" (hard88; the 894th's "The katikkiro thanked Lukwago …"): "the" and a lower-case
    word that no office of the lexicon is, but the office the readout gave one person: that person. Before, no one
    (the sentence is a paragraph of its own, nothing to carry on)."""
    body = _OMUKULU + "The omukulu thanked Ssebwato for sharing the history of the city."
    assert_statements(body, [
        ("Peter Kasimbazi", "indirect", "The Omukulu of Bwesanda Peter Kasimbazi has acknowledged the efforts of the "
                                        "city's leaders in keeping the royal sites clean."),
        ("Peter Kasimbazi", "indirect", "The omukulu thanked Ssebwato for sharing the history of the city."),
    ])


def test_a_lower_case_title_no_one_holds_is_no_one():
    """Guard: "The elder thanked …" when no one was given the title "elder": no one's."""
    body = ("The Lord Mayor of Kivalunda, Mr. Daniel Ssebwato, received a delegation from Bwesanda.\n\n"
            "The elder thanked the city for its welcome.")
    assert_statements(body, [])


def test_he_informed_the_subject_before_is_the_one_thanked():
    """"Kasimbazi thanked Ssebwato … . He informed Kasimbazi that …" (hard88; the 894th's "He informed Mayiga that
    …"): "He" cannot be Kasimbazi, whom the verb informs; he is the one Kasimbazi thanked in the sentence before.
    Before, Kasimbazi's (the verb's object a bare surname was not looked at)."""
    body = ("Mr. Peter Kasimbazi visited City Hall, where he was received by Mr. Daniel Ssebwato. "
            "Kasimbazi thanked Ssebwato for sharing the history of the city. "
            "He informed Kasimbazi that the authority had set aside money for the old courthouse.")
    assert_statements(body, [
        ("Peter Kasimbazi", "indirect", "Kasimbazi thanked Ssebwato for sharing the history of the city."),
        ("Daniel Ssebwato", "indirect", "He informed Kasimbazi that the authority had set aside money for the old "
                                        "courthouse."),
    ])


def test_he_informed_the_council_stays_the_subject():
    """Guard: "He informed the council that …" after "Kasimbazi thanked Ssebwato …": the object is no person, so "He"
    stays Kasimbazi."""
    body = ("Mr. Peter Kasimbazi visited City Hall, where he was received by Mr. Daniel Ssebwato. "
            "Kasimbazi thanked Ssebwato for sharing the history of the city. "
            "He informed the council that the kingdom would repair the tombs.")
    assert_statements(body, [
        ("Peter Kasimbazi", "indirect", "Kasimbazi thanked Ssebwato for sharing the history of the city."),
        ("Peter Kasimbazi", "indirect", "He informed the council that the kingdom would repair the tombs."),
    ])


_CUSTOMS = ("The Commissioner-General of the Ostravine Customs Service, Mrs. Miriam Achtervelde, met the Velstrian "
            "Business Council, led by its chairman, Mr. Sven Halldorsby. Mr. Halldorsby said firms were losing four "
            "days at the port. ")


def test_cg_before_its_field_is_the_commissioner_general():
    """"The CG Customs said …" (hard88, styles64): "CG" before the one word of a service's field is its
    Commissioner-General. Before, no one."""
    body = _CUSTOMS + "The CG Customs said the electronic window would open by September."
    assert_statements(body, [
        ("Sven Halldorsby", "indirect", "Mr. Halldorsby said firms were losing four days at the port."),
        ("Miriam Achtervelde", "indirect", "The CG Customs said the electronic window would open by September."),
    ])


def test_the_cg_alone_is_still_the_consul_general():
    """Guard: "The CG said …" after "The Consul General of Velstria, Mr. X": "CG" alone is his office still."""
    body = ("The Consul General of Velstria, Mr. Anders Tolvik, met the Mayor. "
            "The CG said the consulate would open a visa office in May.")
    assert_statements(body, [
        ("Anders Tolvik", "indirect", "The CG said the consulate would open a visa office in May."),
    ])


_DAMARSA = ("Chief Minister Datuk Seri Hafizuddin Rusli said Damarsa would give shipbuilders land at half the usual "
            "rent. The State Secretary, Datuk Azman Kamarudin, also attended. "
            "Mr. Leif Brattnes said two Velstrian yards were ready to build ferries. ")


def test_datuk_seri_alone_is_the_one_so_styled():
    """"Datuk Seri suggested that …" (hard88): the honorific and its second word alone as the subject are the one
    person named before with that style (not "Datuk Azman", nor the ambassador named last). Before, no one."""
    body = _DAMARSA + "Datuk Seri suggested that the two sides set up a training centre for welders."
    assert_statements(body, [
        ("Hafizuddin Rusli", "indirect", "Chief Minister Datuk Seri Hafizuddin Rusli said Damarsa would give "
                                         "shipbuilders land at half the usual rent."),
        ("Leif Brattnes", "indirect", "Mr. Leif Brattnes said two Velstrian yards were ready to build ferries."),
        ("Hafizuddin Rusli", "indirect", "Datuk Seri suggested that the two sides set up a training centre for "
                                         "welders."),
    ])


def test_tan_sri_alone_with_no_one_so_styled_is_no_one():
    """Guard: "Tan Sri suggested …" when no one named is a Tan Sri: no one's."""
    body = _DAMARSA + "Tan Sri suggested that the two sides set up a training centre for welders."
    assert_statements(body, [
        ("Hafizuddin Rusli", "indirect", "Chief Minister Datuk Seri Hafizuddin Rusli said Damarsa would give "
                                         "shipbuilders land at half the usual rent."),
        ("Leif Brattnes", "indirect", "Mr. Leif Brattnes said two Velstrian yards were ready to build ferries."),
    ])


_STATE_HOUSE = ("President Joseph Kayembe received the Foreign Minister of Corrisca, Mrs. Elena Marvasi. "
                "Mrs. Marvasi said Corrisca would double its scholarships.\n\n")


def test_said_state_house_is_a_bodys_tag():
    """"“…,” Said State House." (hard87, hard88): a body after the capitalised verb, no article; the words are State
    House's, no one's. Before, Mrs. Marvasi's (the last speaker)."""
    body = _STATE_HOUSE + "“The meeting lasted an hour and was attended by senior officials,” Said State House."
    assert_statements(body, [
        ("Elena Marvasi", "indirect", "Mrs. Marvasi said Corrisca would double its scholarships."),
    ])


def test_said_the_president_stays_his():
    """Guard: "“…,” Said President Kayembe." is the President's."""
    body = _STATE_HOUSE + "“Our doors are open,” Said President Kayembe."
    assert_statements(body, [
        ("Elena Marvasi", "indirect", "Mrs. Marvasi said Corrisca would double its scholarships."),
        ("Joseph Kayembe", "direct", "Our doors are open"),
    ])


def test_who_stated_after_the_last_of_those_present_is_theirs():
    """"The Governor … received a delegation, together with …, and the head of the agency, Mr. X, who stated that …"
    (hard88; hard86's "Also present … were …, and …, who stated that …"): the last one present speaks in the clause.
    Before, no one."""
    body = ("The Governor of Karvelo Province, Mrs. Amara Telfonde, received a Velstrian health delegation, together "
            "with the provincial health director, Dr. Samuel Ovenbeck, and the head of the Velstrian development "
            "agency, Mr. Jorund Skarheim, who stated that Velstria would fund two new maternity wards.")
    assert_statements(body, [
        ("Jorund Skarheim", "indirect", body),
    ])


def test_who_arrived_after_the_last_of_those_present_is_narrative():
    """Guard: "…, together with …, and Dr. X, who arrived in Karvelo on Sunday with eight doctors.": no speech."""
    body = ("The Governor of Karvelo Province, Mrs. Amara Telfonde, received a Velstrian health delegation, together "
            "with the provincial health director, Dr. Samuel Ovenbeck, and Dr. Hanne Lysvold, who arrived in Karvelo "
            "on Sunday with eight doctors.")
    assert_statements(body, [])


_MECS = ("The Lwandile Finance and Economy MEC, Ms. Thandeka Mabuzane, hosted her counterparts, Mr. Sipho Radebane "
         "and Mrs. Lerato Khumbane. Mr. Radebane said the Eastern Veld would bring its share in March.\n\n")


def test_a_places_office_of_two_portfolios_is_one_person():
    """"“…,” the Lwandile Finance and Economy MEC said." (hard87, hard88): a place, two portfolios joined by "and",
    one office: the MEC named so. Before, a group (the place read as a name beside the office), no one's."""
    body = _MECS + "“All three provinces must pay to fix the roads,” the Lwandile Finance and Economy MEC said."
    assert_statements(body, [
        ("Sipho Radebane", "indirect", "Mr. Radebane said the Eastern Veld would bring its share in March."),
        ("Thandeka Mabuzane", "direct", "All three provinces must pay to fix the roads"),
    ])


def test_the_mecs_of_two_portfolios_are_a_group():
    """Guard: "The Finance and Economy MECs said in a joint statement …": a group, no one's."""
    body = _MECS + "The Finance and Economy MECs said in a joint statement that work would start in January."
    assert_statements(body, [
        ("Sipho Radebane", "indirect", "Mr. Radebane said the Eastern Veld would bring its share in March."),
    ])


def test_an_and_inside_an_office_opens_no_list_of_those_present():
    """Guard (styles12 islandia's shape): "… together with the Minister of the Environment, Energy and Climate, X, who
    briefed the guest on …": the "and" is the office's own, no list's last item; narrative, as in its gold. (The rule's
    first form, any " and ", made it X's statement.)"""
    body = ("Prime Minister Elin Brannagh later visited the Hellisfjord power plant together with the Minister of the "
            "Environment, Energy and Climate, Gunnar Vesteinsson, who briefed the guest on the district heating system.")
    assert_statements(body, [])


def test_he_informed_the_one_named_with_no_one_else_is_no_one():
    """"The omukulu thanked Lukwago … . He informed Kasimbazi that …" with Lukwago never named in full (the 894th's
    nilepost): "He" cannot be Kasimbazi and no one else known can be he, so the sentence is no one's (not
    Kasimbazi's)."""
    body = _OMUKULU.replace("Mr. Daniel Ssebwato", "Mrs. Ruth Ssebwato") + (
        "The omukulu thanked Lukwago for sharing the history of the city. "
        "He informed Kasimbazi that the authority had set aside money for the old courthouse.")
    assert_statements(body, [
        ("Peter Kasimbazi", "indirect", "The Omukulu of Bwesanda Peter Kasimbazi has acknowledged the efforts of the "
                                        "city's leaders in keeping the royal sites clean."),
        ("Peter Kasimbazi", "indirect", "The omukulu thanked Lukwago for sharing the history of the city."),
    ])
