"""Patterns found by the fortyeighth held-out set (real Kremlin news readouts, June 2010).

Each test is a small invented readout (invented people, invented countries) and the
statements GOLD-FORMAT.md asks for; each fails without the rule it is named for.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_issued_instructions_to_is_an_order():
    """"X issued instructions to Minister Y to provide aid …" (fortyeighth 8053): an order,
    as "instructed" and "gave instructions" are; the ministry's action after it is narrative."""
    body = (
        "Petr Halen issued instructions to Minister of Emergencies Ivo Marek to provide humanitarian aid "
        "to Velmora.\n\n"
        "On the President's directive, the Emergencies Ministry will send three cargo airplanes to Velmora."
    )
    assert_statements(body, [
        ("Petr Halen", "indirect", "Petr Halen issued instructions to Minister of Emergencies Ivo Marek to provide "
                                   "humanitarian aid to Velmora."),
    ], title="Ostrava to provide humanitarian aid to Velmora")


def test_issued_an_executive_order_stays_an_act():
    """"issued an Executive Order on …" is a document signed, not words reported."""
    body = "Petr Halen issued an Executive Order on the transfer of shares in the Lusk airport to the region."
    assert_statements(body, [], title="Executive Order signed")


def test_the_first_of_two_named_subjects_is_someone():
    """"Petr Halen and Ivo Marek touched on …" (fortyeighth 8056): the host named only in such
    joint sentences is still a person, and "The President of Ostrava" later is he, not nobody
    (the guest is the title's Prime Minister of Velmora)."""
    body = (
        "During the conversation, Ivo Marek shared his vision for the agenda of the upcoming summit.\n\n"
        "In discussing the summit, Petr Halen and Ivo Marek touched on problems relating to financial "
        "regulation. Both sides stated their satisfaction.\n\n"
        "The President of Ostrava expressed support for the initiatives proposed by the Prime Minister of "
        "Velmora for the summit in Lusk.\n\n"
        "Petr Halen and Ivo Marek also discussed current international problems."
    )
    assert_statements(body, [
        ("Ivo Marek", "indirect", "During the conversation, Ivo Marek shared his vision for the agenda of the "
                                  "upcoming summit."),
        ("Petr Halen", "indirect", "The President of Ostrava expressed support for the initiatives proposed by "
                                   "the Prime Minister of Velmora for the summit in Lusk."),
    ], title="Telephone conversation with Prime Minister of Velmora Ivo Marek")


def test_the_commander_in_chief_is_the_president():
    """"In his address, the Commander-in-Chief said …" (fortyeighth 8050): the head of state,
    who has no other title in the readout."""
    body = (
        "Petr Halen participated in the launch ceremony of a new submarine.\n\n"
        "In his address, the Commander-in-Chief said that the new vessel would increase the capabilities "
        "of the Navy. Ostrava will continue to modernise its navy, the President said."
    )
    assert_statements(body, [
        ("Petr Halen", "indirect", "In his address, the Commander-in-Chief said that the new vessel would increase "
                                   "the capabilities of the Navy."),
        ("Petr Halen", "indirect", "Ostrava will continue to modernise its navy, the President said."),
    ], title="Trip to Lusk")


def test_the_navy_commander_in_chief_stays_himself():
    """A Commander-in-Chief named as such is whom "the Commander-in-Chief" means, even beside
    a President."""
    body = (
        "Commander-in-Chief of the Navy Viktor Sorin reported to President Petr Halen on the exercises.\n\n"
        "The Commander-in-Chief said that the fleet is ready."
    )
    assert_statements(body, [
        ("Viktor Sorin", "indirect", "Commander-in-Chief of the Navy Viktor Sorin reported to President Petr Halen "
                                     "on the exercises."),
        ("Viktor Sorin", "indirect", "The Commander-in-Chief said that the fleet is ready."),
    ], title="Meeting with Commander-in-Chief of the Navy Viktor Sorin")


def test_in_particular_after_an_announcement_gives_its_detail():
    """"X announced that he has signed the Executive Order on …" / "In particular, the
    corporation will now engage in …" (fortyeighth 7999): the paragraph that opens "In
    particular," details what he announced."""
    body = (
        "Petr Halen announced that he has signed the Executive Order on developing the Lusk Shipbuilding "
        "Corporation.\n\n"
        "In particular, the corporation will now engage in some foreign trade deals in vessels and equipment.\n\n"
        "The meeting took place in the Kremlin."
    )
    assert_statements(body, [
        ("Petr Halen", "indirect", "Petr Halen announced that he has signed the Executive Order on developing the Lusk "
                                   "Shipbuilding Corporation."),
        ("Petr Halen", "indirect", "In particular, the corporation will now engage in some foreign trade deals in "
                                   "vessels and equipment."),
    ], title="Meeting with Ivo Marek")


def test_in_particular_after_thanks_is_not_carried():
    """After a stance ("thanked") "In particular, …" is the readout's own detail."""
    body = (
        "Petr Halen thanked the organisers for the festival.\n\n"
        "In particular, the festival will now travel to twelve cities of the region."
    )
    assert_statements(body, [
        ("Petr Halen", "indirect", "Petr Halen thanked the organisers for the festival."),
    ], title="Festival in Lusk")


def test_a_briefing_carried_over_a_paragraph_with_the_word_task():
    """"Mr X briefed the President on the corporation’s activities." / "In military
    shipbuilding the main task for the corporation is …" / "There are also plans to …" /
    "Besides, construction of a facility … will be launched …" (fortyeighth 7999): the
    briefing goes on over each paragraph, though "task" in the second may read as a verb."""
    body = (
        "During the meeting Mr Marek briefed the President on the corporation’s current activities.\n\n"
        "In military shipbuilding the main task for the corporation is to start manufacturing a new range "
        "of ships.\n\n"
        "There are also plans to develop a shipbuilding centre in the Lusk region.\n\n"
        "Besides, construction of a facility in the innovation centre will be launched in July."
    )
    assert_statements(body, [
        ("Ivo Marek", "indirect", "During the meeting Mr Marek briefed the President on the corporation’s current "
                                  "activities."),
        ("Ivo Marek", "indirect", "In military shipbuilding the main task for the corporation is to start "
                                  "manufacturing a new range of ships."),
        ("Ivo Marek", "indirect", "There are also plans to develop a shipbuilding centre in the Lusk region."),
        ("Ivo Marek", "indirect", "Besides, construction of a facility in the innovation centre will be launched "
                                  "in July."),
    ], title="Meeting with President of Lusk Shipbuilding Corporation Ivo Marek")
