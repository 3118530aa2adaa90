"""Patterns found by the eighty-eighth held-out set (benchmarks/heldout/eightyeighth/, real
president.gov.ua readouts of April - May 2022): each test an invented readout and the
statements GOLD-FORMAT.md gives it."""
from __future__ import annotations

from .test_patterns import assert_statements


def test_presented_to_listeners_a_plan_is_a_plan_set_out():
    """"Yermak presented to the ambassadors the Action Plan on Strengthening Sanctions …, developed by
    …": the listeners before the thing set out (74613); a plan, a report, a strategy, a concept or
    proposals presented to people is their content told, as "presented the plan to …" is."""
    body = ("Foreign Minister Tomas Verin held an online meeting with the heads of foreign missions. "
            "Verin presented to the ambassadors the Action Plan on Rebuilding the Northern Provinces, drafted "
            "by a group of experts. The Deputy Minister Ana Holm presented to the envoys her report on the "
            "harvest.")
    assert_statements(body, [
        ("Tomas Verin", "indirect", "Verin presented to the ambassadors the Action Plan on Rebuilding the Northern "
                                    "Provinces, drafted by a group of experts."),
        ("Ana Holm", "indirect", "The Deputy Minister Ana Holm presented to the envoys her report on the harvest."),
    ])


def test_presented_to_people_awards_or_gifts_stays_an_act():
    """The guard of the rule above: what is handed over to people ("presented to the soldiers the
    state awards", "presented to the guests a painting") is an act, no speech."""
    body = ("President Anton Varga presented to the soldiers the state awards of Norland. He presented to "
            "the guests a painting by a local artist. Anton Varga said that the ports would open.")
    assert_statements(body, [
        ("Anton Varga", "indirect", "Anton Varga said that the ports would open."),
    ])
