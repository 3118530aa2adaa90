"""Readings of the sixteenth styles set (benchmarks/styles16): invented readouts in the styles of the corpus's own
sources (a Kremlin-like and a Belarus-presidency-like press service, a Ukrainian-president-like site, White-House-like
readouts) in forms its sets show less often.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_each_leader_is_a_group():
    """"Each leader highlighted the progress achieved …" (sixteenth styles joint readout trap): each of the three
    leaders in turn, no one of them; as "each side"."""
    body = (
        "Today, President Oren Vask of Kaldoria, Prime Minister Mira Tal of Vestra, and President Ivo Brenn of "
        "Sardia met in Tarvik.\n\n"
        "Each leader highlighted the progress achieved since their first meeting.\n\n"
        "Each Foreign Minister noted the work of the joint commission."
    )
    assert_statements(body, [], title="Joint readout of the trilateral meeting")


def test_a_leader_after_each_meeting_still_speaks():
    """Guard: "After each meeting, President Vask stressed …": "each" before a comma opens no subject."""
    body = (
        "President Oren Vask of Kaldoria met Prime Minister Mira Tal of Vestra in Tarvik.\n\n"
        "After each meeting, President Vask stressed the value of regular contacts."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "After each meeting, President Vask stressed the value of regular contacts."),
    ], title="President Vask met Prime Minister Tal")


def test_a_son_named_after_his_father_is_another_person():
    """"President X received Arvid Lund, founder …, and his son Arvid Lund Jr., the company's chief executive …
    The younger Mr Lund informed … Mr Lund Sr. thanked …" (sixteenth styles kelmar_president_lund_shipyards): the
    name with "Jr." after "his son" is the son's, the bare name the father's; "the younger" of the two is the son."""
    body = (
        "President Mira Tal received today Oren Vask, founder of the Vask shipyards, and his son Oren Vask Jr., "
        "the company's chief executive officer.\n\n"
        "Oren Vask recalled that the company had started with eleven workers.\n\n"
        "The younger Mr Vask informed the President about the plans for a new dock.\n\n"
        "Mr Vask Sr. thanked the President for the support for vocational training."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "Oren Vask recalled that the company had started with eleven workers."),
        ("Oren Vask Jr.", "indirect", "The younger Mr Vask informed the President about the plans for a new dock."),
        ("Oren Vask", "indirect", "Mr Vask Sr. thanked the President for the support for vocational training."),
    ], title="President Tal receives the Vask shipyards")


def test_a_suffixed_name_with_no_kin_before_it_is_the_same_man():
    """Guard: "Senator Oren Vask, Jr. … Oren Vask stressed …": the suffixed and the bare name are one man when no
    "his son" names the suffixed one as a child."""
    body = (
        "President Mira Tal met with Senator Oren Vask, Jr. of Kaldoria in Tarvik.\n\n"
        "Oren Vask stressed the importance of the new trade agreement."
    )
    assert_statements(body, [
        ("Oren Vask Jr.", "indirect", "Oren Vask stressed the importance of the new trade agreement."),
    ], title="President Tal met Senator Vask")


def test_mr_and_ms_tell_two_namesakes_apart():
    """"Minister of Finance Petra Novak and Minister of Economy Tomas Novak … Ms Novak briefed … Mr Novak presented …"
    (sixteenth styles tarvania_two_ministers_novak): the honorific's sex picks the other bearer of the surname when
    the one found first is known to be of the other sex."""
    body = (
        "Minister of Finance Iva Brenn and Minister of Economy Oren Brenn held talks today in Tarvik with Deputy "
        "Prime Minister of Kaldoria Alek Voss.\n\n"
        "Ms Brenn briefed her counterpart on the draft budget for 2027.\n\n"
        "Mr Brenn presented the government's plan to attract investment in the chip industry."
    )
    assert_statements(body, [
        ("Iva Brenn", "indirect", "Ms Brenn briefed her counterpart on the draft budget for 2027."),
        ("Oren Brenn", "indirect", "Mr Brenn presented the government's plan to attract investment in the chip industry."),
    ], title="Ministers Brenn meet Deputy Prime Minister Voss")


def test_one_bearer_of_a_surname_keeps_it_whatever_the_honorific():
    """Guard: with one Brenn named, "Mr Brenn" after "Ms Brenn" (a slip) is still she: no other bearer to choose."""
    body = (
        "Minister of Finance Iva Brenn held talks today in Tarvik with Deputy Prime Minister of Kaldoria Alek Voss.\n\n"
        "Ms Brenn briefed her counterpart on the draft budget for 2027.\n\n"
        "Mr Brenn presented the government's plan to attract investment in the chip industry."
    )
    assert_statements(body, [
        ("Iva Brenn", "indirect", "Ms Brenn briefed her counterpart on the draft budget for 2027."),
        ("Iva Brenn", "indirect", "Mr Brenn presented the government's plan to attract investment in the chip industry."),
    ], title="Minister Brenn meets Deputy Prime Minister Voss")


def test_unquoted_words_before_assured_whom_and_when():
    """"We will send our harvesting machinery …, Belarian President X assured President of Tolvania Y in a telephone
    conversation on 22 April." (sixteenth styles belaria_president_call_ashimov): whom he assured, then only when and
    where, closes the cue; the first-person words before it are his direct statement, as before "said as he met"."""
    body = (
        "We will send our machinery and specialists to help your farmers, Kaldorian President Oren Vask assured "
        "President of Vestra Ivo Brenn in a telephone conversation on 22 April.\n\n"
        "Ivo Brenn thanked his counterpart for his solidarity."
    )
    assert_statements(body, [
        ("Oren Vask", "direct", "We will send our machinery and specialists to help your farmers"),
        ("Ivo Brenn", "indirect", "Ivo Brenn thanked his counterpart for his solidarity."),
    ], title="Telephone conversation with President of Vestra Ivo Brenn")


def test_assured_whom_of_more_keeps_the_whole_sentence():
    """Guard: "…, President X assured Y of support for our farmers." says more after whom (of what): the sentence
    stays one indirect statement, the cue not closing the words before it."""
    body = (
        "Given the floods in our region, Kaldorian President Oren Vask assured President of Vestra Ivo Brenn of "
        "full support for the farmers."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "Given the floods in our region, Kaldorian President Oren Vask assured President of "
                                  "Vestra Ivo Brenn of full support for the farmers."),
    ], title="Telephone conversation with President of Vestra Ivo Brenn")
