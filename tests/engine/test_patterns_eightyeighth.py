"""Patterns found by the eighty-eighth held-out set (benchmarks/heldout/eightyeighth/, real
president.gov.ua readouts of April - May 2022): each test an invented readout and the
statements GOLD-FORMAT.md gives it."""
from __future__ import annotations

from .test_patterns import assert_statements


def test_presented_to_listeners_a_plan_is_a_plan_set_out():
    """"Yermak presented to the ambassadors the Action Plan on Strengthening Sanctions …, developed by
    …": the listeners before the thing set out (74613); a plan, a strategy, a concept or proposals
    presented to people is their content told, as "presented the plan to …" is."""
    body = ("Foreign Minister Tomas Verin held an online meeting with the heads of foreign missions. "
            "Verin presented to the ambassadors the Action Plan on Rebuilding the Northern Provinces, drafted "
            "by a group of experts. The Deputy Minister Ana Holm presented to the envoys her strategy for the "
            "harvest.")
    assert_statements(body, [
        ("Tomas Verin", "indirect", "Verin presented to the ambassadors the Action Plan on Rebuilding the Northern "
                                    "Provinces, drafted by a group of experts."),
        ("Ana Holm", "indirect", "The Deputy Minister Ana Holm presented to the envoys her strategy for the harvest."),
    ])


def test_presented_to_people_awards_or_gifts_stays_an_act():
    """The guard of the rule above: what is handed over to people ("presented to the soldiers the
    state awards", "presented to the guests a painting", "presented to the President the annual
    report", a document handed over) is an act, no speech."""
    body = ("President Anton Varga presented to the soldiers the state awards of Norland. He presented to "
            "the guests a painting by a local artist. Ombudsman Lena Kovac presented to the President the annual "
            "report on human rights. Anton Varga said that the ports would open.")
    assert_statements(body, [
        ("Anton Varga", "indirect", "Anton Varga said that the ports would open."),
    ])


def test_a_plan_on_a_topic_presented_to_listeners_and_its_main_points():
    """The same class in other orders: "presented the Action Plan on Strengthening Sanctions to the
    ambassadors" (the plan's topic before its listeners), "presented to the envoys the main points
    of the plan" (the content's noun further on)."""
    body = ("Foreign Minister Tomas Verin held an online meeting with the heads of foreign missions. "
            "Verin presented the Action Plan on Rebuilding the Northern Provinces to the ambassadors. "
            "The Deputy Minister Ana Holm presented to the envoys the main provisions of the new law.")
    assert_statements(body, [
        ("Tomas Verin", "indirect", "Verin presented the Action Plan on Rebuilding the Northern Provinces to the "
                                    "ambassadors."),
        ("Ana Holm", "indirect", "The Deputy Minister Ana Holm presented to the envoys the main provisions of the "
                                 "new law."),
    ])


def test_familiarized_listeners_with_and_brought_to_their_attention_are_told():
    """Light-verb phrases of informing (the 74741 / 74613 kind of "informed … about", "drew attention
    to"): "familiarized the ambassadors with the details of …" (as "acquainted … with"), "brought to
    the attention of the envoys …"; "familiarized himself with the documents" is a reading, no speech."""
    body = ("Foreign Minister Tomas Verin held an online meeting with the heads of foreign missions. "
            "Verin familiarized the ambassadors with the details of the reconstruction plan. "
            "He brought to the attention of the envoys the situation at the border. "
            "The Deputy Minister Ana Holm familiarized herself with the documents.")
    assert_statements(body, [
        ("Tomas Verin", "indirect", "Verin familiarized the ambassadors with the details of the reconstruction plan."),
        ("Tomas Verin", "indirect", "He brought to the attention of the envoys the situation at the border."),
    ])


def test_a_manner_phrase_without_commas_before_the_topic():
    """"spoke in detail about …", "dwelt in detail on …", "touched separately on …": a phrase of how
    fully the speaker spoke, with no commas, between the verb and its topic (the comma'd form, ", in
    particular, ", was read already); found by a probe of the set's reporting phrases."""
    body = ("Foreign Minister Tomas Verin held an online meeting with the heads of foreign missions. "
            "Verin spoke in detail about the situation at the border. "
            "The Deputy Minister Ana Holm dwelt in detail on the reconstruction plan. "
            "She touched separately on the fate of the prisoners.")
    assert_statements(body, [
        ("Tomas Verin", "indirect", "Verin spoke in detail about the situation at the border."),
        ("Ana Holm", "indirect", "The Deputy Minister Ana Holm dwelt in detail on the reconstruction plan."),
        ("Ana Holm", "indirect", "She touched separately on the fate of the prisoners."),
    ])


def test_focused_the_attention_of_listeners_on_a_topic():
    """"focused the attention of the partners on …", "focused the ministers' attention on …": the
    listeners told what to heed, as "drew the attention of … to"."""
    body = ("Foreign Minister Tomas Verin held an online meeting with the heads of foreign missions. "
            "Verin focused the attention of the partners on the situation at the border. "
            "The Deputy Minister Ana Holm focused the envoys' attention on the fate of the prisoners.")
    assert_statements(body, [
        ("Tomas Verin", "indirect", "Verin focused the attention of the partners on the situation at the border."),
        ("Ana Holm", "indirect", "The Deputy Minister Ana Holm focused the envoys' attention on the fate of the "
                                 "prisoners."),
    ])
