"""Mends of the second review's behaviour findings (hr62) on the engine's newer rules: a group's quoted words told
by a text, "sympathised with", a speech at an event stepped over, an unclosed apposition, "presented … in", "charged
… to", "maintained the …", the host's welcome after a quotation, "solicited", and "Fr." as a style.

Each test is a small invented readout (invented people and countries) and the statements GOLD-FORMAT.md asks for;
each mend's test fails without it, and a guard keeps the near shape the rule must still read.
"""
from __future__ import annotations

from .test_patterns import assert_statements

# 1. sentence_reading._GROUP_OPENS_THE_WORDS

def test_a_text_quoting_they_and_a_past_verb_of_an_attack_is_the_owners():
    """"“During the vote, they ignored the warnings …,” the statement said.": "they" a third party attacked, not the
    meeting's sides; the minister's office's statement, his words."""
    body = ("Minister Anna Korr of Ostravia issued a statement on Monday. “During the vote, they ignored the warnings "
            "of the people and betrayed Ostravia,” the statement said.")
    assert_statements(body, [
        ("Anna Korr", "direct", "During the vote, they ignored the warnings of the people and betrayed Ostravia,"),
    ])


def test_a_text_telling_the_meeting_they_discussed_is_still_no_ones():
    """Guard: "“During the meeting, they discussed …,” the statement said.": the meeting's sides, no one's."""
    body = ("Minister Anna Korr of Ostravia met President Ivo Trask of Lorvia in Vell on Monday. “During the meeting, "
            "they discussed the port and the border,” the statement said.")
    assert_statements(body, [])


# 2. lexicon: "sympathise" / "empathise" only "with" the suffering

def test_sympathised_with_rebels_is_no_speech():
    """"Trask, who sympathised with the rebels in 1990, later joined the government.": a political leaning, not
    sympathy voiced."""
    body = ("Governor Ivo Trask of Lorvia visited the victims on Monday. Trask, who sympathised with the rebels in "
            "1990, later joined the government.")
    assert_statements(body, [])


def test_empathised_with_a_cause_is_no_speech():
    """"Korr empathised with the protesters' cause": a leaning, not condolence."""
    body = ("Minister Anna Korr of Ostravia toured Vell on Monday. Korr empathised with the strikers' cause for years "
            "before she entered politics.")
    assert_statements(body, [])


def test_sympathised_with_the_bereaved_family_is_still_speech():
    """Guard: "X also sympathised with the Y family." (ninehundredsixth): sympathy voiced."""
    body = ("Governor Ivo Trask of Lorvia visited Vell on Monday. Trask also sympathised with the family of the late "
            "mayor.")
    assert_statements(body, [
        ("Ivo Trask", "indirect", "Trask also sympathised with the family of the late mayor."),
    ])


# 3. speech_subjects: "in her speech at the rally" stepped over only after the opening subject

def test_a_speech_at_an_event_after_an_object_is_not_stepped_over():
    """"The crowd booed Korr in her speech at the rally and praised Trask …": Korr the object, the crowd the subject."""
    body = ("Minister Anna Korr of Ostravia met President Ivo Trask of Lorvia in Vell. The crowd booed Korr in her "
            "speech at the rally and praised Trask for the reforms.")
    assert_statements(body, [])


# 4. speech_subjects: an unclosed apposition is not a list

def test_a_list_of_speakers_is_not_one_names_apposition():
    """"At the summit, Ivo Trask, the envoys and the foreign minister said …": a joint statement, not Trask's."""
    body = "At the summit, Ivo Trask, the envoys and the foreign minister said the port would reopen in May."
    assert_statements(body, [])


# 5. lexicon "present": not a thing shown in a place to an audience

def test_presented_projects_in_a_hall_to_students_is_no_speech():
    body = ("The engineer Ivo Trask of Lorvia spoke at the fair. Trask presented the projects in the exhibition hall to "
            "the visiting students.")
    assert_statements(body, [])


def test_presented_projects_in_a_city_to_a_panel_is_no_speech():
    body = ("Governor Ivo Trask of Lorvia visited the fair. Trask presented his projects in Vell to the investors' panel "
            "for judging.")
    assert_statements(body, [])


# 6. lexicon "charge": "to" and a lower-case verb

def test_charged_to_a_name_is_no_speech():
    body = "Governor Ivo Trask of Lorvia met the envoy. Trask charged the fuel to Ostravia's account."
    assert_statements(body, [])


def test_charged_to_a_depot_is_no_speech():
    body = "Governor Ivo Trask of Lorvia met the envoy. Trask charged the troops' fuel to Vell Depot."
    assert_statements(body, [])


def test_charged_to_capacity_is_no_speech():
    body = ("The Governor of Lorvia, Ivo Trask, toured the army barracks on Monday. Trask charged the buses to capacity "
            "before the rally.")
    assert_statements(body, [])


def test_charged_the_troops_to_remain_is_still_speech():
    """Guard: "Gen X charged the troops to remain disciplined" (ninehundredthird): an exhortation."""
    body = ("Governor Ivo Trask of Lorvia visited the barracks on Monday. Trask charged the troops to remain "
            "disciplined.")
    assert_statements(body, [
        ("Ivo Trask", "indirect", "Trask charged the troops to remain disciplined."),
    ])


# 7. lexicon "maintain": no "and" / "or" before the modal

def test_maintained_the_sanctions_and_will_is_no_speech():
    body = ("President Ivo Trask of Lorvia met Minister Anna Korr of Ostravia in Vell. Trask maintained the sanctions "
            "and will not lift them before May.")
    assert_statements(body, [])


# 10. lexicon "maintain": the clause's subject's words of any case

def test_maintained_a_clause_with_a_capitalised_subject():
    body = ("Minister Anna Korr of Ostravia met the Lorvian envoy on Monday. She maintained the Lorvian Airlines route "
            "would reopen in May.")
    assert_statements(body, [
        ("Anna Korr", "indirect", "She maintained the Lorvian Airlines route would reopen in May."),
    ])


def test_maintained_a_clause_with_lower_case_subject_still_read():
    """Guard: "He maintained the international humanitarian organisations must work with …" (eighthundredninetyninth)."""
    body = ("Minister Anna Korr of Ostravia met the Lorvian envoy on Monday. She maintained the humanitarian "
            "organisations must work with the government.")
    assert_statements(body, [
        ("Anna Korr", "indirect", "She maintained the humanitarian organisations must work with the government."),
    ])


# 8. sentence_reading._NO_HOSTS_WELCOME: "to/from Place" after the guests

def test_welcoming_the_delegation_to_a_city_is_the_hosts_act():
    body = ("Governor Ivo Trask of Lorvia received the Ostravian delegation. “We are ready to work with Ostravia,” "
            "Trask said welcoming the delegation to Vell.")
    assert_statements(body, [
        ("Ivo Trask", "direct", "We are ready to work with Ostravia,"),
    ])


def test_welcoming_the_visiting_delegation_from_a_country_is_the_hosts_act():
    body = ("Minister Anna Korr of Ostravia received the guests. “We are friends,” Korr said welcoming the visiting "
            "delegation from Lorvia.")
    assert_statements(body, [
        ("Anna Korr", "direct", "We are friends,"),
    ])


# 9. lexicon "solicit": partnership asked for only with an article or possessive

def test_solicited_applications_for_a_partnership_programme_is_no_speech():
    body = ("Governor Ivo Trask of Lorvia visited the port on Monday. Trask solicited applications for the partnership "
            "programme from local firms.")
    assert_statements(body, [])


def test_solicited_the_partnership_of_a_country_is_still_speech():
    """Guard: "Governor X has solicited the partnership of the United Kingdom …" (ninehundredthird)."""
    body = ("Governor Ivo Trask of Lorvia met the Ostravian envoy on Monday. Trask solicited the partnership of "
            "Ostravia in the fight against floods.")
    assert_statements(body, [
        ("Ivo Trask", "indirect", "Trask solicited the partnership of Ostravia in the fight against floods."),
    ])


# 11. lexicon.ABBREVIATIONS: a lower-case "fr." ends a sentence

def test_a_currency_fr_ends_the_sentence():
    body = ("The Lorvian bank reported profits of 10 million fr. The governor Ivo Trask said that the bank was "
            "sound.")
    assert_statements(body, [
        ("Ivo Trask", "indirect", "The governor Ivo Trask said that the bank was sound."),
    ])


def test_father_before_a_name_does_not_end_the_sentence():
    """Guard: "the Tor Tiv expressed delight over Fr. Alia’s victory, saying …" (ninehundredthird)."""
    body = ("Governor Ivo Trask of Lorvia met the clergy on Monday. Trask expressed delight over Fr. Mavin’s "
            "appointment as bishop.")
    assert_statements(body, [
        ("Ivo Trask", "indirect", "Trask expressed delight over Fr. Mavin’s appointment as bishop."),
    ])


def test_a_speech_at_an_event_after_the_opening_name_is_still_stepped_over():
    """Guard: "The Governor of Erongo, Cllr X, in his keynote address at the swearing in of … praised …" (h1188)."""
    body = ("Governor Ivo Trask of Lorvia opened the council on Monday. Trask in his keynote address at the swearing in "
            "of the Lorvia Regional Council on Wednesday praised voters for their patience.")
    assert_statements(body, [
        ("Ivo Trask", "indirect", "Trask in his keynote address at the swearing in of the Lorvia Regional Council on "
                                  "Wednesday praised voters for their patience."),
    ])


def test_one_name_and_its_office_left_unclosed_is_still_read():
    """Guard: "In a press statement, Roger X, the PDM Erongo regional coordinator said …" (h1188)."""
    body = "In a press statement, Ivo Trask, the Lorvian regional coordinator said the port would reopen in May."
    assert_statements(body, [
        ("Ivo Trask", "indirect", body),
    ])


def test_presented_the_projects_in_the_governorate_is_still_speech():
    """Guard: "Zamalout presented the projects in the governorate, especially in …" (h1189)."""
    body = ("President Ivo Trask of Lorvia met Governor Anna Korr in Vell. Korr presented the projects in the "
            "governorate, especially in the agricultural field.")
    assert_statements(body, [
        ("Anna Korr", "indirect", "Korr presented the projects in the governorate, especially in the agricultural "
                                  "field."),
    ])


def test_welcoming_the_delegations_proposal_still_goes_on():
    """Guard: "“…,” Trask said welcoming the delegation's proposal for …": the words still go on."""
    body = ("Governor Ivo Trask of Lorvia received the Ostravian delegation. “We are ready,” Trask said welcoming the "
            "proposal for a joint port.")
    assert_statements(body, [
        ("Ivo Trask", "direct", "We are ready,"),
        ("Ivo Trask", "indirect", "welcoming the proposal for a joint port."),
    ])
