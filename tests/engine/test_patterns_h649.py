"""Rules from the four-hundred-eighty-third held-out set (the Argentine Foreign Ministry's English releases): invented
readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_a_body_official_is_the_one_whose_office_names_the_body():
    """"… the Acting Assistant Secretary for U.S. Department of State's Bureau of Western Hemisphere Affairs, Michael
    Kozak … The State Department official expressed his support …": "the <Body> official" with no country is the one
    whose office holds the body's words. Before, given to no one."""
    body = ("Foreign Minister Ana Velez met the Deputy Secretary of the Treasury Department of Norland, Piet Arvo, in Tarn. "
            "The Treasury Department official expressed his support for the reform programme.")
    assert_statements(body, [
        ("Piet Arvo", "indirect", "The Treasury Department official expressed his support for the reform programme."),
    ])


def test_a_body_official_whose_body_no_one_holds_stays_unattributed():
    """The guard: a body that no one's office names ties the official to no one."""
    body = ("Foreign Minister Ana Velez met the Deputy Secretary of the Treasury Department of Norland, Piet Arvo, in Tarn. "
            "The Energy Ministry official expressed his support for the reform programme.")
    assert_statements(body, [])


def test_a_named_speaker_after_a_capitalised_thing_and_and_opens_a_clause():
    """"They discussed the status of the negotiations for the MERCOSUR-EU Agreement and Mondino mentioned that …":
    the capitalised thing and the name after "and" were read as one run, so no one spoke; the name of one named before
    opens a clause of its own."""
    body = ("Foreign Minister Lia Sorn met the ambassadors of the Velian Union in Tarn. "
            "They discussed the Tarn-Velia Trade Agreement and Sorn mentioned that Norland is ready to sign it soon.")
    assert_statements(body, [
        ("Lia Sorn", "indirect", "Sorn mentioned that Norland is ready to sign it soon."),
    ])


def test_a_ministry_joined_by_and_stays_a_thing():
    """The guard: "the Ministry of Trade and Industry noted …" names no one who was named before: no statement."""
    body = ("Foreign Minister Lia Sorn met the ambassadors of the Velian Union in Tarn. "
            "The Ministry of Trade and Industry noted that exports grew last year.")
    assert_statements(body, [])


def test_shared_a_countrys_challenges_is_said():
    """"Foreign Minister Mondino shared Argentina’s main challenges and the mechanisms … for addressing them": a
    country's problems set out to another, as "shared his assessment". Before, narrative."""
    body = ("Foreign Minister Lia Sorn received Senator Odo Brack in Tarn. "
            "In turn, Foreign Minister Sorn shared Norland’s main challenges and the steps the Government is taking.")
    assert_statements(body, [
        ("Lia Sorn", "indirect",
         "In turn, Foreign Minister Sorn shared Norland’s main challenges and the steps the Government is taking."),
    ])


def test_challenges_held_in_common_are_not_shared_words():
    """The guard: "as the two countries shared similar goals and challenges" (no owner's possessive before
    "challenges"): held in common, nothing told; the statement before it is not cut there."""
    body = ("Minister Odo Brack said the Government welcomed the chance to strengthen ties with Norland, "
            "especially as the two countries shared similar goals and challenges.")
    assert_statements(body, [
        ("Odo Brack", "indirect",
         "Minister Odo Brack said the Government welcomed the chance to strengthen ties with Norland, "
         "especially as the two countries shared similar goals and challenges."),
    ])
