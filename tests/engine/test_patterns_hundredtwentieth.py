"""Rules from the hundred-twentieth held-out set (president.gov.ua, April - June 2022): invented
readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_a_co_ordinator_in_apposition_is_an_office():
    """"X, co-ordinator of the international expert group, suggested focusing on …" (74145): "co-ordinator" (the
    British spelling) is an office as "coordinator" is. Before, the apposition was not read as an office and the
    report was given to no one."""
    body = ("The expert group of Tesland held an online meeting. "
            "Former Ambassador Ivo Marr, co-ordinator of the expert group, suggested focusing on sanctions on oil.")
    assert_statements(body, [
        ("Ivo Marr", "indirect",
         "Former Ambassador Ivo Marr, co-ordinator of the expert group, suggested focusing on sanctions on oil."),
    ])


def test_a_co_chairman_in_apposition_is_an_office():
    """The same class with another hyphened "co-" office ("X, co-chairman of the council, said that …")."""
    body = ("The council of Tesland met in Tarn. "
            "Ivo Marr, co-chairman of the council, said that the reforms would go on.")
    assert_statements(body, [
        ("Ivo Marr", "indirect", "Ivo Marr, co-chairman of the council, said that the reforms would go on."),
    ])


def test_a_condition_at_the_head_of_a_carried_sentence_is_no_event():
    """"According to him, the sanctions should be such that …. If a decision is made to disconnect from the
    system, it must be applied to the entire banking system …" (74853): a passive inside a condition that heads
    the sentence ("If a decision is made") tells of nothing that happened; the sentence argues on the report
    ("must"), as a condition after its clause ("… if premiums were paid") already did. Before, the capital "If"
    was not read as a condition and the passive "is made" ended the report."""
    body = ("President Ivo Marr spoke at the forum in Tarn. "
            "According to him, the sanctions should be strong. "
            "If a decision is made to cut the banks off, it must be applied to every bank of Varnia. "
            "He thanked the Union.")
    assert_statements(body, [
        ("Ivo Marr", "indirect", "According to him, the sanctions should be strong."),
        ("Ivo Marr", "indirect", "If a decision is made to cut the banks off, it must be applied to every bank of Varnia."),
        ("Ivo Marr", "indirect", "He thanked the Union."),
    ])


def test_a_passive_that_happened_still_ends_the_report():
    """Guard (passes on both): a passive with no condition before it is still the readout's account."""
    body = ("President Ivo Marr spoke at the forum in Tarn. "
            "According to him, the sanctions should be strong. "
            "A decision was made to hold the next forum in Tarn.")
    assert_statements(body, [
        ("Ivo Marr", "indirect", "According to him, the sanctions should be strong."),
    ])
