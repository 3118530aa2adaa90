"""Helper h1059 (eighthundredfifth, the Speaker of the Khyber Pakhtunkhwa Assembly as Pakistani outlets print him):
a house's officer, a province's name and the house, no "of", before a comma and the holder's name whose closing comma
is left out before "and" and the meeting's own verb ("… called on Speaker Ostrava Assembly, Tomas Hradek and discussed
…"): he holds the office, so a bare "Speaker said …" later is he; not when "and" goes on to another name (a list).
Also: an office's house before a place ("Governor’s House Zorava") names no one, but "State House Mr. X" keeps the
guest's name; "directed Relief and Rehabilitation Department … to" is an order (not "directed by"); "felicitated X
over Y" is a congratulation (not "felicitated X with a shawl")."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_called_on_speaker_of_a_province_assembly_then_bare_speaker_said():
    body = (
        "ZORAVA: Ambassador of Velmont Karl Brandel Wednesday called on Speaker Ostrava Assembly, Tomas Hradek and "
        "discussed matters of mutual interest.\n\n"
        "Speaker said that 21 members have been elected from the new districts. He said that the region was on the "
        "front line.\n\n"
        "Tomas Hradek also urged the ambassador to provide assistance."
    )
    assert_statements(body, [
        ("Tomas Hradek", "indirect", "Speaker said that 21 members have been elected from the new districts."),
        ("Tomas Hradek", "indirect", "He said that the region was on the front line."),
        ("Tomas Hradek", "indirect", "Tomas Hradek also urged the ambassador to provide assistance."),
    ])


def test_a_far_subject_office_and_a_two_word_place_still_the_speaker():
    body = (
        "ZORAVA, (Velmont News - 26th Feb, 2020 ) :Visiting Ambassador to Ostrava from Velmont Karl Brandel Wednesday "
        "called on Speaker North Ostrava Assembly, Tomas Hradek and discussed matters of mutual interest.\n\n"
        "Speaker said that the assembly desires to learn from the experience of the Velmont parliament."
    )
    assert_statements(body, [
        ("Tomas Hradek", "indirect",
         "Speaker said that the assembly desires to learn from the experience of the Velmont parliament."),
    ])


def test_the_name_going_on_to_another_name_is_a_list_not_the_speaker():
    body = (
        "ZORAVA: Ambassador of Velmont Karl Brandel Wednesday called on Speaker Ostrava Assembly, Tomas Hradek and "
        "Ivo Dran in the assembly.\n\n"
        "Speaker said that 21 members have been elected from the new districts."
    )
    assert_statements(body, [])


def test_an_offices_house_before_a_place_names_no_one():
    body = (
        "ZORAVA: The participants of the Security Workshop on Tuesday visited Governor’s House Zorava and had an "
        "interaction with acting Governor Tomas Hradek.\n\n"
        "The delegation was led by Major General Karl Brandel, said a handout.\n\n"
        "He informed the participants that after the merger, the role of Governor’s House remained limited."
    )
    assert_statements(body, [
        ("Tomas Hradek", "indirect",
         "He informed the participants that after the merger, the role of Governor’s House remained limited."),
    ])


def test_directed_a_department_by_its_capitalised_name_is_an_order():
    body = (
        "ZORAVA: A delegation of members called on Chief Minister Tomas Hradek here on Tuesday.\n\n"
        "Talking to the delegation, the chief minister directed Relief and Rehabilitation Department, Commissioner "
        "North and other officers to conduct a survey of the losses."
    )
    assert_statements(body, [
        ("Tomas Hradek", "indirect",
         "Talking to the delegation, the chief minister directed Relief and Rehabilitation Department, Commissioner "
         "North and other officers to conduct a survey of the losses."),
    ])


def test_directed_by_a_department_is_no_order():
    body = (
        "ZORAVA: Chief Minister Tomas Hradek visited the flood area on Tuesday.\n\n"
        "Chief Minister Tomas Hradek was directed by Relief and Rehabilitation Department officers to the "
        "worst-hit villages."
    )
    # (h1080: the subject is now a person, so that an order read into "directed by <Department>" would be his)
    assert_statements(body, [])


def test_felicitated_over_is_a_congratulation():
    body = (
        "ZORAVA: Ambassador of Velmont Karl Brandel called on Speaker Tomas Hradek on Wednesday.\n\n"
        "Brandel felicitated the government over successful holding of elections in the new districts."
    )
    assert_statements(body, [
        ("Karl Brandel", "indirect",
         "Brandel felicitated the government over successful holding of elections in the new districts."),
    ])


def test_felicitated_with_a_shawl_stays_an_honour():
    body = (
        "ZORAVA: Ambassador of Velmont Karl Brandel called on Speaker Tomas Hradek on Wednesday.\n\n"
        "Hradek felicitated the ambassador with a shawl over the course of the evening."
    )
    assert_statements(body, [])


def test_a_guest_named_after_state_house_keeps_his_name():
    body = (
        "The President of Qorvath, Dr. Ilvaris Moratsu, today received at State House Mr. Anton Varentrup, special "
        "envoy of President Tadeo Brascu of Selvinia.\n\n"
        "Mr. Varentrup conveyed the warm greetings of President Brascu."
    )
    assert_statements(body, [
        ("Anton Varentrup", "indirect", "Mr. Varentrup conveyed the warm greetings of President Brascu."),
    ])
