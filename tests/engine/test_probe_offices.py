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
        "He noted that they still held."
    )
    assert_statements(body, [
        ("Anton Brask", "indirect", "He said that the bridge would carry freight by spring."),
        ("Anton Brask", "indirect", "He noted that they still held."),
    ], title="Meeting with members of the Government")
