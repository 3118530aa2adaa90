"""Patterns found by the probe of offices and titles around a name (benchmarks/probes/offices.md).

Each test is a small invented readout (invented people, invented countries where the rule allows)
and the statements GOLD-FORMAT.md asks for; each fails without the rule it is named for.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_presidential_or_grand_before_an_office_is_no_country():
    """"The Presidential Envoy noted …", "The Grand Mufti said …": a word that qualifies the office,
    not a country the tables do not know (which would match no one)."""
    body = (
        "President Anton Brask held a meeting with the heads of the regions.\n\n"
        "Presidential Plenipotentiary Envoy to the Northern Federal District Pavel Orlin took part in the meeting. "
        "The Presidential Envoy noted that the dams would be repaired by spring.\n\n"
        "Grand Mufti of Vestria Talgat Omarov also took part. "
        "The Grand Mufti said that three more would open next year."
    )
    assert_statements(body, [
        ("Pavel Orlin", "indirect", "The Presidential Envoy noted that the dams would be repaired by spring."),
        ("Talgat Omarov", "indirect", "The Grand Mufti said that three more would open next year."),
    ], title="Meeting with the heads of the regions")


def test_ombudsman_is_the_commissioner_for_rights():
    """"Commissioner for Human Rights X … The Ombudsman noted …": the press's name for the office."""
    body = (
        "President Anton Brask met with Commissioner for Human Rights Lidia Venn.\n\n"
        "Lidia Venn arrived in the capital on Monday. "
        "The Ombudsman noted that complaints about housing had halved."
    )
    assert_statements(body, [
        ("Lidia Venn", "indirect", "The Ombudsman noted that complaints about housing had halved."),
    ], title="Meeting with Commissioner for Human Rights Lidia Venn")


def test_head_of_the_region_is_a_republics_head():
    """"Head of the Republic of Dornia X … The head of the region said …": a republic's head heads
    the region, as a governor does."""
    body = (
        "President Anton Brask had a working meeting with Head of the Republic of Dornia Rustam Galin.\n\n"
        "Rustam Galin arrived in the capital on Monday. "
        "The head of the region said that grain exports had grown by a fifth."
    )
    assert_statements(body, [
        ("Rustam Galin", "indirect", "The head of the region said that grain exports had grown by a fifth."),
    ], title="Working meeting with Head of the Republic of Dornia Rustam Galin")


def test_bishops_see_of_two_towns_is_one_name():
    """"Metropolitan Kliment of Kaluga and Borovsk said …": the "and" joins the two towns of a see,
    not two people (as "of Moscow and All Russia" does)."""
    body = (
        "President Anton Brask met with the heads of religious denominations.\n\n"
        "Metropolitan Ilarion of Vessa and Marn said that the parishes had opened forty shelters. "
        "Archbishop Feodor of Orlensk and Tarn said that the seminary would take more students."
    )
    assert_statements(body, [
        ("Ilarion", "indirect", "Metropolitan Ilarion of Vessa and Marn said that the parishes had opened "
                                "forty shelters."),
        ("Feodor", "indirect", "Archbishop Feodor of Orlensk and Tarn said that the seminary would take more "
                               "students."),
    ], title="Meeting with the heads of religious denominations")


def test_union_of_two_trades_after_a_nation_word_is_an_office():
    """"President of the Russian Union of Industrialists and Entrepreneurs Alexander Shokhin said …":
    the "and" inside the body's name, after a nation's word, runs on into the one name (a real
    nationality: the rule is about a nation's word the tables know)."""
    body = (
        "President Anton Brask met with business leaders.\n\n"
        "President of the Norwegian Union of Shipbuilders and Exporters Pavel Orlin said that orders had doubled."
    )
    assert_statements(body, [
        ("Pavel Orlin", "indirect", "President of the Norwegian Union of Shipbuilders and Exporters Pavel Orlin "
                                    "said that orders had doubled."),
    ], title="Meeting with business leaders")


def test_bridge_cathedral_accords_are_no_people():
    """"Traffic on the Vellan Bridge has resumed. He said …": a bridge (a cathedral, a memorial, a
    treaty's "Accords", a plan's "Formula") is no person who takes a later "he"."""
    body = (
        "President Anton Brask met with members of the Government.\n\n"
        "Traffic on the Vellan Bridge has resumed after repairs.\n\n"
        "He said that the bridge would carry freight by spring.\n\n"
        "The Tarn Accords were signed in 1978. "
        "He noted that they still held.\n\n"
        "Part of the Vessa Lavra was damaged by the storm.\n\n"
        "He said that the monks were safe."
    )
    assert_statements(body, [
        ("Anton Brask", "indirect", "He said that the bridge would carry freight by spring."),
        ("Anton Brask", "indirect", "He noted that they still held."),
        ("Anton Brask", "indirect", "He said that the monks were safe."),
    ], title="Meeting with members of the Government")


def test_second_office_with_a_body_after_and_keeps_one_holder():
    """"Deputy Prime Minister and Chief of the Government Staff X said …": the "the" of the second
    office's body ("of the Government Staff") opens no phrase of its own; one person, two offices."""
    body = (
        "President Anton Brask held a meeting with Government members.\n\n"
        "Deputy Prime Minister and Chief of the Government Staff Ivan Orlov said that the new rules "
        "would take effect in March."
    )
    assert_statements(body, [
        ("Ivan Orlov", "indirect", "Deputy Prime Minister and Chief of the Government Staff Ivan Orlov said that "
                                   "the new rules would take effect in March."),
    ], title="Meeting with Government members")


def test_office_of_a_place_and_the_place_before_a_name():
    """"Minister for the Development of the Far East and the Arctic Alexei Chekunkov said …": a long
    office whose complement joins two places with "and the"; the name after them is its holder's."""
    body = (
        "President Anton Brask held a meeting with Government members.\n\n"
        "Minister for the Development of the Northern Territories and the Arctic Pavel Orlin said that "
        "two new ports would open this year."
    )
    assert_statements(body, [
        ("Pavel Orlin", "indirect", "Minister for the Development of the Northern Territories and the Arctic Pavel "
                                    "Orlin said that two new ports would open this year."),
    ], title="Meeting with Government members")


def test_catholicos_is_a_church_office():
    """"Catholicos of All Armenians Karekin II said …": a church's head, an office before a name."""
    body = (
        "President Anton Brask met with the heads of religious denominations.\n\n"
        "Catholicos of All Vestrians Mesrop III said that the church would open a new school."
    )
    assert_statements(body, [
        ("Mesrop III", "indirect", "Catholicos of All Vestrians Mesrop III said that the church would open a new "
                                   "school."),
    ], title="Meeting with the heads of religious denominations")


def test_spokesman_is_the_press_secretary():
    """"Press Secretary X … The spokesman added …": the one who speaks for the office."""
    body = (
        "President Anton Brask held a meeting with Government members.\n\n"
        "Presidential Press Secretary Dmitry Olen said that the meeting had lasted two hours. "
        "The spokesman added that no decision on the budget had been taken."
    )
    assert_statements(body, [
        ("Dmitry Olen", "indirect", "Presidential Press Secretary Dmitry Olen said that the meeting had lasted two "
                                    "hours."),
        ("Dmitry Olen", "indirect", "The spokesman added that no decision on the budget had been taken."),
    ], title="Meeting with Government members")


def test_german_after_an_office_is_a_given_name():
    """"Economic Development and Trade Minister German Gref informed …": after an office and before one
    last capitalised word, "German" is his given name (the Kremlin's transliteration), not his nation."""
    body = (
        "President Anton Brask held a meeting with Government members.\n\n"
        "Trade Minister German Orlov said that exports had grown by a tenth. "
        "Mr Orlov added that the new port would open in May."
    )
    assert_statements(body, [
        ("German Orlov", "indirect", "Trade Minister German Orlov said that exports had grown by a tenth."),
        ("German Orlov", "indirect", "Mr Orlov added that the new port would open in May."),
    ], title="Meeting with Government members")
