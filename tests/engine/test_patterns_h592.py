"""Readings of errors of the fourhundredthirtyseventh set (press articles of the President's Office of the Maldives,
stop 44): an envoy's office with "accredited to <country>" before his name ("Ambassador of Russia accredited to the
Maldives X", a13290), "spoke on" a topic (a7114), "sought information" (a0956), and a nationality with an office in
lower case after it ("The Indian external affairs minister extended …, and congratulated …", a7387).

Each test is a small invented readout (invented people; the nationality rule needs a nationality the word lists know)
and the statements GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it must not
change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

CALL = ("Ambassador of Ostra accredited to Norland Tomas Berg has paid a courtesy call on President Dr Ilsa Marrow. "
        "The meeting was held this morning at the President's Office.\n\n")


def test_an_envoy_accredited_to_a_country_keeps_his_office_so_the_president_is_the_host():
    """"Ambassador of Russia accredited to the Maldives Alexander Karchava has paid a courtesy call on President Dr
    Mohamed Waheed. … Further, the President briefed the Ambassador on …" (fourhundredthirtyseventh a13290): "accredited
    to" the country he serves is part of the envoy's office, as "to" is ("Ambassador of Ostra to Norland X"), so the
    Ambassador is no untitled first person whom "the President" could mean; the President is the one so named."""
    sentence = "Further, the President briefed the Ambassador on the situation in Norland."
    assert_statements(CALL + sentence + "\n", [("Ilsa Marrow", "indirect", sentence)])


def test_an_envoy_accredited_to_a_country_is_the_ambassador_after():
    """The guard of the same rule: the office read through "accredited to" makes the envoy no President; "the
    Ambassador" is still he, with his own words, and "the President" she, with hers."""
    first = "The Ambassador thanked the President for the warm welcome."
    second = "The President noted the long friendship of the two countries."
    assert_statements(CALL + first + " " + second + "\n",
                      [("Tomas Berg", "indirect", first), ("Ilsa Marrow", "indirect", second)])


MEETING = "President Ilsa Marrow received Velchian Trade Minister Piet Harven this morning.\n\n"


def test_spoke_on_a_topic_is_a_statement():
    """"The President also spoke on the progress of his efforts to form a national unity government."
    (fourhundredthirtyseventh a7114): a topic after "on", as after "to" and "about": one person speaking of it."""
    sentence = "The President also spoke on the progress of her efforts to form a government."
    assert_statements(MEETING + sentence + "\n", [("Ilsa Marrow", "indirect", sentence)])


def test_spoke_on_the_phone_or_on_a_day_is_no_topic():
    """The guard of the same rule: "spoke on the phone about …" is a call, "spoke on Monday" says when."""
    body = MEETING + ("The President spoke on the phone about the progress of the talks. "
                      "Minister Harven spoke on Monday at the university.\n")
    assert_statements(body, [])


def test_sought_information_is_a_question_put():
    """"At the meeting with the ministers, Dr Abdul Kalam sought information from the ministers on their respective
    areas." (fourhundredthirtyseventh a0956): information asked for, as "sought clarification"."""
    sentence = "At the meeting with the ministers, Minister Harven sought information from the ministers on their areas."
    assert_statements(MEETING + sentence + "\n", [("Piet Harven", "indirect", sentence)])


def test_sought_refuge_is_still_no_statement():
    """The guard of the same rule: what is sought that is no word asked for stays an act."""
    assert_statements(MEETING + "Minister Harven sought refuge from the rain in the embassy.\n", [])


VISIT = ("President Ilsa Marrow has met with the Minister of External Affairs of Ghana, Mr Kofi Darven this "
         "morning.\n\n")


def test_a_nationality_and_an_office_in_lower_case_open_the_subject_of_a_coordinated_cue():
    """"The Indian external affairs minister extended a very warm welcome to the President, and congratulated him on
    assumption of the higher office" (fourhundredthirtyseventh a7387): the phrase that opens the sentence is the
    minister (a nationality, two lower-case words of his portfolio, the office), as "The Indian foreign minister" is, so
    the verb after ", and" has him for its subject: his statement, the whole sentence."""
    first = ("The Ghanaian external affairs minister extended a very warm welcome to the President, and congratulated "
             "her on her election.")
    second = "Minister Darven also stated that Ghana was glad."
    assert_statements(VISIT + first + "\n\n" + second + "\n",
                      [("Kofi Darven", "indirect", first), ("Kofi Darven", "indirect", second)])


def test_a_nationality_and_a_group_noun_stay_a_group():
    """The guard of the same rule: "The Ghanaian delegation" is no office; a group's words are nobody's."""
    body = VISIT + "The Ghanaian delegation visited the President, and congratulated her on her election.\n"
    assert_statements(body, [])
