"""Statements found by helper h703 (known errors of the labelled sets, stop 48): general patterns the engine still got
wrong in the lowest-scoring sets.

Each test is a small invented readout (invented people and countries); each rule's test fails without it, and guard
tests keep what they must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_subject_after_a_fronted_meeting_s_relative_with_its_agent():
    """"During the meeting, which was also attended by the Minister of …, X, the President underlined …": the
    relative belongs to the object of the opening preposition and closes at the comma, so the phrase after it is the
    clause's subject, its words the President's (before, the phrase was read as the relative's agent, no one's)."""
    assert_statements((
        "Tarvel, 3 March 2026. The President, Orun Maskelle, today received the Ambassador of Quenland, Mrs. Ilse "
        "Brannvik, at the Palace.\n\n"
        "During the meeting, which was also attended by the Minister of Trade, Pell Ardoway, the President underlined "
        "the role of the cooperative sector in the Tarvelian economy."
    ), [
        ("Orun Maskelle", "indirect", "During the meeting, which was also attended by the Minister of Trade, Pell "
                                      "Ardoway, the President underlined the role of the cooperative sector in the "
                                      "Tarvelian economy."),
    ])


def test_the_agent_of_the_opening_subject_s_relative_is_still_no_subject():
    """Guard: "The meeting which was attended by …, Ambassador X also discussed …": the relative is the subject's,
    unclosed, and the person is its agent; the verb is the meeting's, no one's words."""
    assert_statements((
        "Tarvel, 3 March 2026. The President, Orun Maskelle, today received the Ambassador of Quenland, Mrs. Ilse "
        "Brannvik, at the Palace.\n\n"
        "The meeting which was attended by Tarvel's Permanent Representative at the United Nations, Ambassador Pell "
        "Ardoway also discussed ways of carrying out the council's communique."
    ), [])


def test_the_lehendakari_is_the_president():
    """"Lehendakari X today received …" and later "the Lehendakari set out …": the Basque Government's President by
    his own title, written bare as "the Taoiseach" is, an office word mapped to "president" (before, "Lehendakari"
    was read as a first name and "the Lehendakari" was no one)."""
    assert_statements((
        "Gorbeia, 5 February 2026. Lehendakari Ander Urkiola Bastida today received the Ambassador of Quenland, "
        "Mrs. Ilse Brannvik, at the seat of the Government.\n\n"
        "During the meeting, the Lehendakari set out the priorities of his Government for the industrial transition."
    ), [
        ("Ander Urkiola Bastida", "indirect", "During the meeting, the Lehendakari set out the priorities of his "
                                              "Government for the industrial transition."),
    ])


def test_the_menteri_besar_by_his_initials_after_malaysian_styles():
    """"The Menteri Besar of X, YAB Dato' Seri Haji Y, today received …" and later "The MB later told reporters that
    …": a Malaysian state's head of government, his office an office word, "MB" its initials (as "the CM" is an Indian
    state's Chief Minister), and "YAB" / "YB" styles before the name as "Dato'" is (before, "YAB" opened the name, the
    office was no one's and "The MB" no one)."""
    assert_statements((
        "KAMPUNG TERAS, 3 June – The Menteri Besar of Perindah, YAB Dato' Seri Haji Faizal Rahmat bin Osman, today "
        "received a courtesy call from the Ambassador of Quenland, H.E. Mrs. Ilse Brannvik, at the state secretariat.\n\n"
        "The courtesy call was also attended by the State Secretary, Dato' Haji Azlan bin Musa.\n\n"
        "The MB later told reporters that the two sides had also discussed cooperation in vocational training."
    ), [
        ("Faizal Rahmat bin Osman", "indirect", "The MB later told reporters that the two sides had also discussed "
                                                "cooperation in vocational training."),
    ])


def test_yb_is_a_style_before_a_council_member_s_name():
    """"…, YB Lim Wei Jie, who was also present, briefed the Ambassador on …": "YB" (Yang Berhormat) is a style, so
    the speaker is Lim Wei Jie, no "YB" inside his name."""
    result = assert_statements((
        "KAMPUNG TERAS, 3 June – The Menteri Besar of Perindah, Faizal Rahmat bin Osman, today received the Ambassador "
        "of Quenland, H.E. Mrs. Ilse Brannvik.\n\n"
        "The State Executive Councillor for Trade, YB Lim Wei Jie, who was also present, briefed the Ambassador on "
        "the new industrial corridor."
    ), [
        ("Lim Wei Jie", "indirect", "The State Executive Councillor for Trade, YB Lim Wei Jie, who was also "
                                    "present, briefed the Ambassador on the new industrial corridor."),
    ])
    assert all(not speaker.name.startswith("YB") for speaker in result.speakers)


def test_the_connetable_is_a_parish_s_head():
    """"…, and by the Connétable of St Varn, Connétable X, who chairs … The Connétable, whose parish includes …,
    invited …": a Channel Island parish's head by his office, an office word as "mayor" is (before, "the
    Connétable" was no one and the sentence nobody's)."""
    assert_statements((
        "The Chief Minister, Deputy Mara Quesnel, today welcomed the Ambassador of Quenland, H.E. Mr Ivo Brannvik, to "
        "the States Building.\n\n"
        "She was joined by the Connétable of St Varn, Connétable Paul Lecaudey, who chairs the parish harbour "
        "committee.\n\n"
        "The Connétable, whose parish includes the harbour at Greve Bay, invited the Ambassador to visit the new tidal "
        "energy test site."
    ), [
        ("Paul Lecaudey", "indirect", "The Connétable, whose parish includes the harbour at Greve Bay, invited the "
                                      "Ambassador to visit the new tidal energy test site."),
    ])
