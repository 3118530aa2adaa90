"""Rules from the eight-hundred-eighty-second held-out set (the city mayors of Bangladesh, Chattogram, Dhaka North and
Sylhet, and those who speak at their meetings, 2021-2023): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_CALL = ("High Commissioner Lena Osk of Kastravia paid a courtesy call on the mayor of Tarsa City Corporation "
         "Ardo Venn on Thursday. ")


def test_welcomed_a_guest_at_his_residence_is_a_reception():
    """"The SCC mayor X welcomed the Sarah Cooke at his residence of the city’s Pathantula in the morning."
    (banglamirrornews 2023-08-25): the host received the guest at his own house, an act, no words of his, as
    "welcomed X at the Presidential Palace". Before, the sentence was the host's statement."""
    body = (_CALL + "The mayor Venn welcomed the Lena Osk at his residence in the north of the city in the morning. "
            "High Commissioner Osk praised the city’s parks.")
    assert_statements(body, [
        ("Lena Osk", "indirect", "High Commissioner Osk praised the city’s parks."),
    ])


def test_welcomed_a_guest_at_her_office_likewise():
    """The same with "her" and "office": "Mayor Osk welcomed him at her office.\""""
    body = ("Ambassador Ardo Venn of Orsa called on Mayor Lena Osk of Tarsa. "
            "Mayor Osk welcomed him at her office. She thanked Orsa for its support to the flood victims.")
    assert_statements(body, [
        ("Lena Osk", "indirect", "She thanked Orsa for its support to the flood victims."),
    ])


def test_welcomed_a_thing_at_his_residence_stays_a_statement():
    """The guard: what is welcomed is an offer, not a guest; the welcome is still given in words."""
    body = (_CALL + "Mayor Venn welcomed Kastravia’s offer of buses at his residence in the morning.")
    assert_statements(body, [
        ("Ardo Venn", "indirect", "Mayor Venn welcomed Kastravia’s offer of buses at his residence in the morning."),
    ])


def test_in_her_welcome_remarks_between_subject_and_verb():
    """"Saida Muna Tasneem, Bangladesh High Commissioner to the UK in her welcome remarks referred to the various
    initiatives …" (banglamirrornews 2023-08-03): "welcome" a noun used as "welcoming" before "remarks", so "remarks"
    is no verb and the aside "in her welcome remarks" stands between the subject and "referred to". Before, no one
    spoke."""
    body = ("Mayor Ardo Venn spoke at the Tarsa High Commission in Orsa. "
            "Lena Osk, Kastravian High Commissioner to Orsa in her welcome remarks referred to the various initiatives "
            "of the government. Lena Osk in her welcome remarks also said the city is ready for investment.")
    assert_statements(body, [
        ("Lena Osk", "indirect", "Lena Osk, Kastravian High Commissioner to Orsa in her welcome remarks referred to the "
                                 "various initiatives of the government."),
        ("Lena Osk", "indirect", "Lena Osk in her welcome remarks also said the city is ready for investment."),
    ])


def test_remarks_as_a_verb_after_its_subject_stays_a_verb():
    """The guard: "remarks" after a subject with no owner and no "welcome" before it is still the verb."""
    body = ("Mayor Ardo Venn met High Commissioner Lena Osk. "
            "The mayor remarks that the city welcomes the plan.")
    assert_statements(body, [
        ("Ardo Venn", "indirect", "The mayor remarks that the city welcomes the plan."),
    ])
