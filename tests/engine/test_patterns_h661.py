"""Readings of styles35 (defence ministries' and armed forces' English releases): an office's initials as the subject
("The CNS said …", "The CJCSC said …", "the Vanterrean CDS thanked …"), the initials in brackets between an office and
its holder's name ("…, said Chief of Defence Force (CDF) General X."), a staff college's "Commandant", the initials in
brackets that close an office after a name ("Major General X, Commandant of the … Staff College (DSCSC), received …"),
and a title's "Commandant DSCSC", a body's initials, no person.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_the_initials_of_an_office_given_in_brackets_before_its_holder():
    """"Chairman Joint Chiefs of Staff Committee (CJCSC) General X … The CJCSC said …": the General named after."""
    opening = ("Chief of Defence Force of Norvalia General Brannoch Tulley called on Chairman Joint Chiefs of Staff "
               "Committee (CJCSC) General Qasim Darehzai at Joint Staff Headquarters on Monday.\n\n")
    said = "The CJCSC said that his country valued its defence ties with Norvalia."
    body = f"{opening}{said}\n"
    assert_statements(body, [("Qasim Darehzai", "indirect", said)])


def test_the_initials_of_an_office_given_in_brackets_after_its_holder():
    """"Admiral X, Chief of the Naval Staff (CNS), … The CNS welcomed … and highlighted …": the Admiral named before
    the office; "and highlighted" carries the report on."""
    opening = ("Rear Admiral Tobin Orrell called on Admiral Devendra Pattanshetti, Chief of the Naval Staff (CNS), at "
               "Naval Headquarters on 4 June.\n\n")
    welcomed = "The CNS welcomed the visiting Commander and highlighted the partnership between the two navies."
    said = "The CNS said the survey would be completed before the monsoon."
    body = f"{opening}{welcomed}\n\n{said}\n"
    assert_statements(body, [("Devendra Pattanshetti", "indirect", welcomed),
                             ("Devendra Pattanshetti", "indirect", said)])


def test_the_initials_of_an_office_spelled_out_only():
    """"Chief of the Defence Force General X … The CDF also announced …": no brackets; the one whose office's
    initials they are."""
    opening = ("Chief of the Defence Force General Morwen Eastlake today welcomed the Commander of the Ulvaran Military "
               "Forces, Lt. Gen. Sefo Ralulu, to Defence Headquarters.\n\n")
    announced = "The CDF also announced that an engineering team would deploy to Ulvara in July."
    body = f"{opening}{announced}\n"
    assert_statements(body, [("Morwen Eastlake", "indirect", announced)])


def test_a_countrys_holder_of_an_office_by_its_initials():
    """"The Chief of Defence Staff (CDS), General X, … the Chief of Defence Staff of the Republic of Vantoria, General
    Y … the Vantorian CDS thanked …": the guest, the holder of that office of that country, no person "Vantorian CDS"."""
    opening = ("The Chief of Defence Staff (CDS), General Obafemi Lanre-Oduya, received the Chief of Defence Staff of "
               "the Republic of Vantoria, General Hilaire Mbassi-Tchoua, at Defence Headquarters on Monday.\n\n")
    thanked = "In his remarks, the Vantorian CDS thanked his host for the warm reception."
    said = "The CDS said the two forces would share intelligence."
    body = f"{opening}{thanked}\n\n{said}\n"
    assert_statements(body, [("Hilaire Mbassi-Tchoua", "indirect", thanked),
                             ("Obafemi Lanre-Oduya", "indirect", said)])


def test_a_bodys_initials_are_no_ones():
    """The guard: "(IAEA)" after an agency's name, its head named right after: "The IAEA said …" is the agency's."""
    opening = ("The Minister met Director General of the International Atomic Energy Agency (IAEA) Henrik Voss in "
               "Vienna.\n\n")
    said = "The IAEA said the inspection would go ahead in May."
    body = f"{opening}{said}\n"
    assert_statements(body, [])


def test_an_inverted_speaker_after_an_office_and_its_initials():
    """"…, said Chief of Defence Force (CDF) General Tan Sri X.": the inverted subject is the name after the brackets;
    "He said …" and "The CDF said …" are his."""
    lead = ("Semarang and Pelantar will hold their maritime patrols every month, said Chief of Defence Force (CDF) "
            "General Tan Sri Dato' Seri Rosdi Harun Kamaruzzaman.")
    said = "He said the decision was reached at his meeting with the Pelantar commander."
    cdf = "The CDF said the two sides also discussed a hotline."
    body = f"BANDAR MAJU, Aug 14 -- {lead}\n\n{said}\n\n{cdf}\n"
    assert_statements(body, [("Rosdi Harun Kamaruzzaman", "indirect", lead),
                             ("Rosdi Harun Kamaruzzaman", "indirect", said),
                             ("Rosdi Harun Kamaruzzaman", "indirect", cdf)])


def test_the_commandant_of_a_staff_college():
    """"Major General X, Commandant of the … Staff College (DSCSC), received …" after a dateline, in a readout titled
    "Commandant DSCSC receives …": "the Commandant" is the General; the brackets close his office, and the title's
    "DSCSC" is the college's initials, no person."""
    opening = ("RAHIMPUR CANTONMENT, 15 April: Major General Tariqul Awal Sarkar, Commandant of the Defence Services "
               "Command and Staff College (DSCSC), received a delegation of the Ostmark Defence College on Wednesday.\n\n")
    said = ("Welcoming the visiting delegation, the Commandant said that the College had trained officers from 40 "
            "friendly countries.")
    briefed = "He briefed the delegates on the College's curriculum."
    body = f"{opening}{said}\n\n{briefed}\n"
    assert_statements(body, [("Tariqul Awal Sarkar", "indirect", said), ("Tariqul Awal Sarkar", "indirect", briefed)],
                      title="Commandant DSCSC receives delegation of Ostmark Defence College")


def test_the_air_chief_is_the_chief_of_the_air_staff():
    """"Air Vice-Marshal X, Chief of Policy and Plans of …, called on Air Chief Marshal Y, Chief of the Air Staff, …
    the Air Chief said …": the Chief of the Air Staff, not the guest who heads another branch."""
    opening = ("Air Vice-Marshal Chukwudi Ebenyi, Chief of Policy and Plans of the Orvane Air Force, called on Air Chief "
               "Marshal Tariq Nawabzada, Chief of the Air Staff, at Air Headquarters on Tuesday.\n\n")
    said = "During the meeting, the Air Chief said that the two air forces enjoyed longstanding bonds."
    body = f"{opening}{said}\n"
    assert_statements(body, [("Tariq Nawabzada", "indirect", said)])


def test_the_army_chief_is_the_chief_of_army_staff():
    """"General X, Chief of Army Staff, … the Army Chief stressed …": the Chief of that service's staff."""
    opening = ("Chief of Defence Staff of Ostrava General Lennart Hjelm called on General Faraz Ahmadzai, Chief of Army "
               "Staff, at General Headquarters.\n\n")
    stressed = "The Army Chief stressed the importance of joint training."
    body = f"{opening}{stressed}\n"
    assert_statements(body, [("Faraz Ahmadzai", "indirect", stressed)])


def test_an_air_vice_marshal_and_his_initials_are_one_person():
    """"Air Vice-Marshal X … AVM X lauded …": one person, whose name is not "Vice-Marshal X"; "AVM" his rank's
    initials."""
    opening = "Air Vice-Marshal Chukwudi Ebenyi called on the Chief of the Air Staff on Tuesday.\n\n"
    lauded = "AVM Ebenyi lauded the professionalism of the air force's personnel."
    said = "He also said that the new trainers would prove a great asset."
    body = f"{opening}{lauded}\n\n{said}\n"
    assert_statements(body, [("Chukwudi Ebenyi", "indirect", lauded), ("Chukwudi Ebenyi", "indirect", said)])
