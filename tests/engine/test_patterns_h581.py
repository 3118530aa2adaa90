"""Constructions the four-hundred-twenty-ninth set (the Government of Armenia: the Prime Minister's Office and the
Foreign Ministry) showed: "presented in detail(s) …" and "presented the efforts / the situation / the developments …"
report matters to a listener, as "briefed"; a thing handed over is still no statement.

Each test is a small invented readout (invented people and countries) and the statements GOLD-FORMAT.md asks for; each
rule's test fails without it, and a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_presented_in_details_is_a_report_to_the_listener():
    """"The Special Envoy presented in details the recent developments of the negotiation process": a matter laid out
    point by point, as "briefed him in detail on" (before, no statement)."""
    body = (
        "On March 3, Foreign Minister Aram Tesk had a meeting with Lena Vosk, the Special Envoy of the UN Secretary "
        "General for Zorvia.\n\n"
        "The interlocutors touched upon the crisis in Zorvia. The Special Envoy of the UN Secretary General presented "
        "in details the recent developments of the negotiation process and its perspectives."
    )
    assert_statements(body, [
        ("Lena Vosk", "indirect", "The Special Envoy of the UN Secretary General presented in details the recent "
         "developments of the negotiation process and its perspectives."),
    ])


def test_presented_in_detail_after_then_is_a_report():
    """"Then Ambassador presented in detail the preparations for the summit …": the same, with a bare "Ambassador"."""
    body = (
        "On 12 May, Secretary General Olav Brent received Permanent Representative of Vellonia, Ambassador Ivo Rask.\n\n"
        "Ambassador Rask conveyed the greetings of the President of Vellonia. Then Ambassador Rask presented in detail "
        "the preparations for the Tarn summit."
    )
    assert_statements(body, [
        ("Ivo Rask", "indirect", "Ambassador Rask conveyed the greetings of the President of Vellonia."),
        ("Ivo Rask", "indirect", "Then Ambassador Rask presented in detail the preparations for the Tarn summit."),
    ])


def test_presented_the_efforts_is_a_report():
    """"Foreign Minister X presented the efforts exerted by Vellonia and its partners towards …": what was done,
    reported, as "presented an update" (before, no statement)."""
    body = (
        "On November 4, Aram Tesk, Foreign Minister of Vellonia, had a meeting with Lena Vosk, Foreign Minister of "
        "Zorvia.\n\n"
        "Foreign Minister Tesk presented the efforts exerted by Vellonia and its partners towards the peaceful "
        "settlement of the border issue."
    )
    assert_statements(body, [
        ("Aram Tesk", "indirect", "Foreign Minister Tesk presented the efforts exerted by Vellonia and its partners "
         "towards the peaceful settlement of the border issue."),
    ])


def test_presented_the_current_situation_is_a_report():
    """"Minister X presented the current situation in the region to his guest": how matters stand, reported."""
    body = (
        "Minister Aram Tesk received Ambassador Lena Vosk of Zorvia.\n\n"
        "Minister Tesk presented the current situation in the region to his guest."
    )
    assert_statements(body, [
        ("Aram Tesk", "indirect", "Minister Tesk presented the current situation in the region to his guest."),
    ])


def test_presented_to_the_listener_the_situation_is_a_report():
    """"Minister X presented to his counterpart the situation resulting from the blockade …": the listener before how
    matters stand (before, no statement)."""
    body = (
        "Foreign Minister Aram Tesk met with Foreign Minister Lena Vosk of Zorvia.\n\n"
        "The ministers discussed the border. Minister Tesk presented to his counterpart the situation resulting from "
        "the blockade of the corridor."
    )
    assert_statements(body, [
        ("Aram Tesk", "indirect", "Minister Tesk presented to his counterpart the situation resulting from the blockade "
         "of the corridor."),
    ])


def test_presented_to_the_rescuers_the_awards_is_still_an_act():
    """Guard: "presented to the rescuers the awards for their efforts": the listeners, then a thing handed over."""
    body = (
        "President Marek Kell visited the Tarn fire station.\n\n"
        "President Kell presented to the rescuers the awards for their efforts during the floods."
    )
    assert_statements(body, [])


def test_presented_details_on_a_sides_positions_is_a_report():
    """"The Prime Minister presented details on the positions of the Vellonian side regarding …": a side's positions
    set out, as "presented its position" (before, only the singular "position" was read)."""
    body = (
        "Prime Minister Aram Tesk received the delegation led by Lena Vosk, Foreign Minister of Zorvia.\n\n"
        "The interlocutors discussed the border. The Prime Minister presented details on the positions of the "
        "Vellonian side regarding the settlement."
    )
    assert_statements(body, [
        ("Aram Tesk", "indirect", "The Prime Minister presented details on the positions of the Vellonian side "
         "regarding the settlement."),
    ])


def test_presented_the_approaches_of_a_side_is_a_report():
    """"The Prime Minister presented the approaches of the Vellonian side regarding …": a side's stance named after
    "of" (before, only "his approaches", "Vellonia's approaches")."""
    body = (
        "Prime Minister Aram Tesk received the delegation led by Lena Vosk, Foreign Minister of Zorvia.\n\n"
        "The interlocutors discussed the border. The Prime Minister presented the approaches of the Vellonian side "
        "regarding the settlement of existing key issues."
    )
    assert_statements(body, [
        ("Aram Tesk", "indirect", "The Prime Minister presented the approaches of the Vellonian side regarding the "
         "settlement of existing key issues."),
    ])


def test_presented_the_approach_of_a_bridge_is_no_stance():
    """Guard: "the approach of the new bridge" is a way in, no one's stance: no statement."""
    body = (
        "President Marek Kell visited the Tarn construction site.\n\n"
        "President Kell presented the approach of the new bridge to the engineers."
    )
    assert_statements(body, [])


def test_presented_awards_for_the_efforts_is_still_an_act():
    """Guard: "presented the awards for the efforts of the rescuers" hands a thing over: no statement."""
    body = (
        "President Marek Kell visited the Tarn fire station.\n\n"
        "President Kell presented the state awards for the efforts of the rescuers during the floods."
    )
    assert_statements(body, [])


def test_presented_a_gift_is_still_an_act():
    """Guard: "presented his guest with a carpet" and "presented the medals to the athletes": things handed over."""
    body = (
        "President Marek Kell received the national team of Zorvia.\n\n"
        "President Kell presented the medals to the athletes."
    )
    assert_statements(body, [])


def test_according_to_these_agreements_is_the_documents_account():
    """"Prime Minister X emphasized the importance of implementing the agreements reached … . According to these
    agreements, Vellonia and Zorvia mutually recognize …": what the signed text holds, the readout's account, not more
    of his words (before, the second sentence was carried on as the Prime Minister's)."""
    body = (
        "Prime Minister Aram Tesk received a delegation led by Lena Vosk.\n\n"
        "The interlocutors discussed the peace process. Prime Minister Tesk emphasized the importance of implementing "
        "the agreements reached in Tarn in May. According to these agreements, Vellonia and Zorvia mutually recognize "
        "each other's territorial integrity."
    )
    assert_statements(body, [
        ("Aram Tesk", "indirect", "Prime Minister Tesk emphasized the importance of implementing the agreements reached "
         "in Tarn in May."),
    ])


def test_according_to_the_treaty_is_the_documents_account():
    """"According to the treaty, …" after a minister's statement: the same, for a treaty."""
    body = (
        "Foreign Minister Aram Tesk met with Foreign Minister Lena Vosk of Zorvia.\n\n"
        "The ministers discussed the border. Minister Tesk emphasized the importance of ratifying the border treaty "
        "signed in Tarn. According to the treaty, the two countries mutually recognize the existing border line."
    )
    assert_statements(body, [
        ("Aram Tesk", "indirect", "Minister Tesk emphasized the importance of ratifying the border treaty signed in "
         "Tarn."),
    ])


def test_according_to_the_minister_still_carries_his_words():
    """Guard: "According to the Minister, …" names a person: still his statement."""
    body = (
        "Foreign Minister Aram Tesk met with Foreign Minister Lena Vosk of Zorvia.\n\n"
        "Minister Tesk stressed the need to ratify the border treaty soon. According to the Minister, the two "
        "countries will open three new crossings."
    )
    assert_statements(body, [
        ("Aram Tesk", "indirect", "Minister Tesk stressed the need to ratify the border treaty soon."),
        ("Aram Tesk", "indirect", "According to the Minister, the two countries will open three new crossings."),
    ])


def test_answered_a_number_of_questions_is_narrative():
    """"The Prime Minister answered a number of questions.": bare questions, no askers, no topic, no words of his: a
    Q&A took place, as "answered journalists' questions" (before, a statement of the Prime Minister's)."""
    body = (
        "Prime Minister Aram Tesk today hosted several representatives of opposition parties.\n\n"
        "The Premier referred to the situation on the border and the steps taken by the government. The Prime Minister "
        "answered a number of questions."
    )
    assert_statements(body, [
        ("Aram Tesk", "indirect", "The Premier referred to the situation on the border and the steps taken by the "
         "government."),
    ])


def test_answered_their_questions_and_a_topic_stay_statements():
    """Guard: "answered their numerous questions" (a meeting's listeners named) and "answered questions about …" (a
    topic) are still his statements."""
    body = (
        "President Marek Kell met informally with young musicians and answered their numerous questions.\n\n"
        "President Kell also answered questions about the new culture budget."
    )
    assert_statements(body, [
        ("Marek Kell", "indirect", "President Marek Kell met informally with young musicians and answered their "
         "numerous questions."),
        ("Marek Kell", "indirect", "President Kell also answered questions about the new culture budget."),
    ])


def test_called_a_thing_impermissible_is_a_verdict():
    """"X called the incursion into the sovereign territory of Vellonia impermissible": a verdict on a thing named, as
    "called … inadmissible" (before, no statement)."""
    body = (
        "Prime Minister Aram Tesk received the delegation led by Lena Vosk, Foreign Minister of Zorvia.\n\n"
        "The interlocutors discussed the border. Lena Vosk called the incursion into the sovereign territory of "
        "Vellonia impermissible."
    )
    assert_statements(body, [
        ("Lena Vosk", "indirect", "Lena Vosk called the incursion into the sovereign territory of Vellonia "
         "impermissible."),
    ])


def test_called_a_leader_about_an_intolerable_situation_stays_a_call():
    """Guard: "called the President of Zorvia to discuss the intolerable situation …": a telephone call and its
    purpose ("to" in between), no verdict of hers."""
    body = (
        "Foreign Minister Lena Vosk called the President of Zorvia to discuss the intolerable situation on the border."
    )
    assert_statements(body, [])
