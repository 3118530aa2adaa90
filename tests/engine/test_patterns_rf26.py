"""Review of stop 74's merges h1313 and h1314 (rf26): near shapes their rules must not touch. Invented readouts,
invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_said_nothing_in_a_treaty_would_is_words_said():
    """"He said nothing in the new treaty would weaken the accord": "nothing in …" is the subject of the words reported
    (a verb follows before any comma), so the sentence is his statement; `lexicon._NOTHING_SAID` (h1314) had read
    "nothing" + a preposition as no words said and dropped both statements."""
    body = ("Minister Orla Vantic received the Ambassador of Keldia, Mr. Piet Rauman, on Monday.\n\n"
            "Mr. Rauman said nothing in the new treaty would weaken the fisheries accord.\n\n"
            "Minister Vantic said nothing at this stage could delay the opening of the consulate.")
    assert_statements(body, [
        ("Piet Rauman", "indirect", "Mr. Rauman said nothing in the new treaty would weaken the fisheries accord."),
        ("Orla Vantic", "indirect",
         "Minister Vantic said nothing at this stage could delay the opening of the consulate."),
    ])


def test_said_nothing_at_the_meeting_stays_silent():
    """The guard: "said nothing at the meeting." and "said nothing to reporters about the deal." are no words."""
    body = ("Minister Orla Vantic received the Ambassador of Keldia, Mr. Piet Rauman, on Monday.\n\n"
            "Mr. Rauman said nothing at the meeting.\n\n"
            "Minister Vantic said nothing to reporters about the consulate.")
    assert_statements(body, [])


def test_he_added_after_one_who_reported_another_silent():
    """"Mr. X said the deputy minister did not speak to the workers. He added that …": the silence is in X's own report
    of another, so X spoke and "He added" is his; `name_registry._last_named_said_nothing` (h1314) had passed "He" to
    the one named before him."""
    body = ("Minister Arvid Koll visited Sarn on Thursday, where he met Mayor Tesse Brand.\n\n"
            "Mayor Brand said the previous government made no statement on the bridge.\n\n"
            "He added that the city would fund the repairs itself.")
    assert_statements(body, [
        ("Tesse Brand", "indirect", "Mayor Brand said the previous government made no statement on the bridge."),
        ("Tesse Brand", "indirect", "He added that the city would fund the repairs itself."),
    ])


def test_he_added_after_one_who_did_not_speak_is_the_speaker_before():
    """The guard: "Mr. Y attended the meeting but did not speak. He added that …": still the speaker before him."""
    body = ("Minister Arvid Koll visited Sarn on Thursday, where he met Mr. Tesse Brand, the mayor.\n\n"
            "Minister Koll said the new road would open in June.\n\n"
            "Mr. Brand attended the meeting but did not speak.\n\n"
            "He added that the ministry would fund the repairs.")
    assert_statements(body, [
        ("Arvid Koll", "indirect", "Minister Koll said the new road would open in June."),
        ("Arvid Koll", "indirect", "He added that the ministry would fund the repairs."),
    ])


def test_spoke_at_a_meeting_with_about_a_count_then_about_a_topic():
    """"The minister spoke at a meeting with about 400 residents about the new dam.": past the count ("with about 400
    residents") "about" gives his topic, so the sentence is his statement, as at base; `lexicon._ABOUT_NO_COUNT` (h1314)
    had stopped at the count's "about" and read the sentence as narrative."""
    body = ("Minister Hana Ruvel met residents of Kolda on Saturday.\n\n"
            "The minister spoke at a meeting with about 400 residents about the new dam.\n\n"
            "She later spoke to reporters for about twenty minutes.")
    assert_statements(body, [
        ("Hana Ruvel", "indirect", "The minister spoke at a meeting with about 400 residents about the new dam."),
    ])


def test_a_harbour_master_is_not_the_captain():
    """"The harbour master, Mr. X, met the ship … The captain said …": a harbour master is an office ashore, so "the
    captain" is the ship's master named "Captain Y" before him, not X; `team_roles` (h1314) had put "master" among the
    captain's post words with no regard to whose master, and gave the captain's words to the harbour master."""
    body = ("The ship's master, Captain Ivo Marren, brought the vessel into Selakot on Monday.\n\n"
            "The harbour master, Mr. Arul Thevan, met the ship at the quay.\n\n"
            "The captain said the crew would rest for two days.")
    assert_statements(body, [
        ("Captain Ivo Marren", "indirect", "The captain said the crew would rest for two days."),
    ])


def test_a_ships_captain_is_no_harbour_masters_when_none_is_named():
    """The guard: with only a harbour master named ("the harbour master, Mr. X" and ", the port master,"), "the
    captain" stays no one's, as at base."""
    body = ("The cargo ship Vesna docked at Selakot on Monday.\n\n"
            "The harbour master, Mr. Arul Thevan, met the ship at the quay.\n\n"
            "Mr. Pol Danek, the port master, inspected the cargo.\n\n"
            "The captain said the crew would rest for two days.")
    result = assert_statements(body, [])
    assert [s.speaker for s in result.statements if s.speaker] == []


def test_the_ships_master_in_an_aside_is_the_captain():
    """The guard: "Mr. Ivo Marren, the ship's master, …" then "The captain said …": a ship's master, the captain."""
    body = ("The cargo ship Vesna docked at Selakot on Monday.\n\n"
            "The vessel was brought in by Mr. Ivo Marren, the ship's master, on Monday morning.\n\n"
            "The captain said the crew would rest for two days.")
    assert_statements(body, [
        ("Ivo Marren", "indirect", "The captain said the crew would rest for two days."),
    ])
