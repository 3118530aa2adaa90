"""Readings of real Kremlin text of stop 36 (three-hundred-fifty-fifth): en.kremlin.ru news of November 2003, meetings,
calls and remarks to the press.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_headline_speaker_after_a_comma_is_the_host_not_a_guest_of_an_earlier_with():
    """"As a full participant …, Iran has the right to develop its nuclear programs in accordance with international
    rules and regulations, President Vladimir Putin said at a meeting with Hassan Rohani, …" (three-hundred-fifty-fifth
    kremlin_29719): the "with" inside the headline's statement makes no guest of its speaker; he is the host, whom the
    body's bare "The President" means, and whose report its first sentence carries on."""
    title = ("Velmark has the right to trade in accordance with common rules, President Oren Vask said at a meeting"
             " with Ilya Dorn, Secretary of the Security Council of Velmark")
    body = (
        "Kaldoria sees no obstacles to trade with Velmark.\n\n"
        "The President said he welcomed the latest agreements reached by the ministers.\n\n"
        "Mr Vask accepted an invitation by Velmark President Tomas Ruhl to visit Velmark."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "Kaldoria sees no obstacles to trade with Velmark."),
        ("Oren Vask", "indirect", "The President said he welcomed the latest agreements reached by the ministers."),
    ], title=title)


def test_a_guest_after_with_and_a_comma_stays_a_guest():
    """Guard: "Telephone conversation with Chancellor Y, President X" (no speech verb after the name after the comma)
    keeps the name after "with" a guest; and a title whose "with"-phrase names the guest keeps the host first."""
    title = "In a telephone conversation with Chancellor Ilya Dorn, President Oren Vask discussed trade"
    body = (
        "The President thanked Chancellor Dorn for the invitation.\n\n"
        "Chancellor Dorn said that the visit would take place in spring."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "The President thanked Chancellor Dorn for the invitation."),
        ("Ilya Dorn", "indirect", "Chancellor Dorn said that the visit would take place in spring."),
    ], title=title)


def test_a_capitalised_compound_opening_a_sentence_is_no_name():
    """"Non-tariff restrictions and quotas that exist in the EU currently do not apply …" (three-hundred-fifty-fifth
    kremlin_29705): "Non-tariff", its second part in lower case, qualifies the noun after it; no one acts, and the
    sentence carries the report on."""
    body = (
        "President Oren Vask spoke to journalists before leaving Velmark.\n\n"
        "Oren Vask said that the partners understood Kaldoria’s concern. Non-tariff restrictions and quotas that exist in"
        " the union currently do not apply in six countries. Introducing these restrictions will lead to a drop in exports."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "Oren Vask said that the partners understood Kaldoria’s concern."),
        ("Oren Vask", "indirect", "Non-tariff restrictions and quotas that exist in the union currently do not apply in six"
                                  " countries."),
        ("Oren Vask", "indirect", "Introducing these restrictions will lead to a drop in exports."),
    ], title="President Vask spoke to journalists")


def test_a_capitalised_name_before_a_verb_still_acts():
    """Guard: a one-word name of capitalised parts ("Ben-Arad") opening a sentence still names someone who acts: the
    sentence is not carried on."""
    body = (
        "President Oren Vask spoke to journalists before leaving Velmark.\n\n"
        "Oren Vask said that the partners understood Kaldoria’s concern. Ben-Arad visited the border region in May."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "Oren Vask said that the partners understood Kaldoria’s concern."),
    ], title="President Vask spoke to journalists")
