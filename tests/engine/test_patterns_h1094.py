"""Helper h1094 (eighthundredthirtythird, the Menteri Besar of Johor as Malaysian papers print him): a wire's
dateline whose comma lost its space ("JOHOR BARU,Mar 10 –"); an inverted speaker's name read up to a link and a
possessive ("…, said X on his meeting with Y"); a place alone in capitals and a colon before a narrative lead ("JOHOR
BAHRU: …"); a quotation tagged "he said" that names the pronoun's person beside the speaker's "myself"; a tag's pronoun
after a sentence opened by the same pronoun that met someone; "X said during the visit, he is …" says what; nouns
joined by "and" in a "that" clause are one subject, not a second speaker's clause."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_dateline_with_no_space_after_its_comma():
    body = (
        "VARNA CITY,Mar 10 – It was just a courtesy call, said Minister Tomas Harl.\n\n"
        "He said his visit was not politics-related."
    )
    assert_statements(body, [
        ("Tomas Harl", "indirect", "It was just a courtesy call, said Minister Tomas Harl."),
        ("Tomas Harl", "indirect", "He said his visit was not politics-related."),
    ])


def test_inverted_speaker_then_on_his_meeting():
    body = (
        "It was just a courtesy call on the governor, said Minister Tomas Harl on his meeting with Governor Lena "
        "Varro here yesterday."
    )
    assert_statements(body, [
        ("Tomas Harl", "indirect",
         "It was just a courtesy call on the governor, said Minister Tomas Harl on his meeting with Governor Lena "
         "Varro here yesterday."),
    ])


def test_place_and_colon_before_a_narrative_lead():
    body = (
        "KOTA VARNA: Ostravan Chief Minister Datuk Orn Hafel Ghazar has held a meeting with 40 companies.\n\n"
        "In a post, he disclosed that the parties had discussed several proposals."
    )
    assert_statements(body, [
        ("Orn Hafel Ghazar", "indirect", "In a post, he disclosed that the parties had discussed several proposals."),
    ])


def test_place_and_colon_before_a_lead_that_speaks_stays_in_it():
    # guard: a lead with a speech verb keeps the place in its statement, as before
    body = "KOTA VARNA: Chief Minister Orn Hafel Ghazar has said the province passed through a difficult phase."
    assert_statements(body, [
        ("Orn Hafel Ghazar", "indirect",
         "KOTA VARNA: Chief Minister Orn Hafel Ghazar has said the province passed through a difficult phase."),
    ])


def test_transcript_labels_in_capitals_stay_labels():
    # guard: a label in capitals opening more than one paragraph is a transcript's, no dateline
    body = (
        "PRESIDENT VARRO: Good afternoon, friends. We have met to talk about trade.\n\n"
        "PRESIDENT HARL: Thank you. It is good to be here."
    )
    assert_statements(body, [
        ("VARRO", "direct", "Good afternoon, friends. We have met to talk about trade."),
        ("HARL", "direct", "Thank you. It is good to be here."),
    ])


def test_quotation_naming_the_pronouns_person_beside_myself():
    body = (
        "Chief Minister Orn Hafel Ghazar held a video call with Ostrava's Minister Tomas Leng today.\n\n"
        "Leng congratulated Orn Hafel on the opening of the border.\n\n"
        "“We also discussed the committee which is co-chaired by Leng and myself,” he said."
    )
    assert_statements(body, [
        ("Tomas Leng", "indirect", "Leng congratulated Orn Hafel on the opening of the border."),
        ("Orn Hafel Ghazar", "direct", "We also discussed the committee which is co-chaired by Leng and myself,"),
    ])


def test_quotation_with_no_first_person_keeps_the_pronouns_person():
    # guard: no "I"/"myself" in the quotation, so naming Leng does not move it
    body = (
        "Chief Minister Orn Hafel Ghazar held a video call with Ostrava's Minister Tomas Leng today.\n\n"
        "Leng congratulated Orn Hafel on the opening of the border.\n\n"
        "“The committee co-chaired by Leng will meet soon,” he said."
    )
    assert_statements(body, [
        ("Tomas Leng", "indirect", "Leng congratulated Orn Hafel on the opening of the border."),
        ("Tomas Leng", "direct", "The committee co-chaired by Leng will meet soon,"),
    ])


def test_tag_pronoun_after_a_sentence_opened_by_the_same_pronoun():
    body = (
        "Chief Minister Paul Dresner is in Ostrava for a working visit.\n\n"
        "He is scheduled to meet Prime Minister Lee Varro tomorrow.\n\n"
        "“Hope everything goes well,” he said in a post today."
    )
    assert_statements(body, [("Paul Dresner", "direct", "Hope everything goes well,")])


def test_tag_pronoun_after_a_sentence_opened_by_a_name_is_as_before():
    # guard: the sentence before opens with the other man's name, no pronoun: the tag's "he" is left as it was
    body = (
        "Chief Minister Paul Dresner is in Ostrava for a working visit.\n\n"
        "Prime Minister Lee Varro met him at the airport.\n\n"
        "“Hope everything goes well,” he said in a post today."
    )
    assert_statements(body, [("Lee Varro", "direct", "Hope everything goes well,")])


def test_said_during_an_occasion_then_a_clause():
    body = (
        "Chief Minister Paul Dresner met the consul general.\n\n"
        "Dresner said during the visit, he is scheduled to meet with several ministers."
    )
    assert_statements(body, [
        ("Paul Dresner", "indirect",
         "Dresner said during the visit, he is scheduled to meet with several ministers."),
    ])


def test_said_during_an_occasion_alone_still_points_back():
    # guard: "said during the visit." with nothing after it says only when; the sentence before is what he said
    body = (
        "Chief Minister Paul Dresner met the consul general.\n\n"
        "Dresner said during the visit."
    )
    assert_statements(body, [("Paul Dresner", "indirect", "Chief Minister Paul Dresner met the consul general.")])


def test_nouns_joined_in_a_that_clause_are_one_subject():
    body = (
        "Chief Minister Paul Dresner met 40 companies.\n\n"
        "He added that various policies such as the zone and the National Energy Plan have clearly conveyed the "
        "message that Belmont is ready."
    )
    assert_statements(body, [
        ("Paul Dresner", "indirect",
         "He added that various policies such as the zone and the National Energy Plan have clearly conveyed the "
         "message that Belmont is ready."),
    ])


def test_a_verb_before_and_still_cuts_the_report():
    # guard: "the leaders met" is a clause of its own, so the ministry's clause after "and" is cut off as before
    body = (
        "Chief Minister Paul Dresner met 40 companies.\n\n"
        "He added that the leaders met and the ministry announced new rules."
    )
    assert_statements(body, [("Paul Dresner", "indirect", "He added that the leaders met")])
