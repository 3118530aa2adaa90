"""Rules from the nine-hundred-forty-first held-out set (the Governor of Bauchi State, Nigeria, and those at his
meetings, 2017-2026): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_MET = "President Ola Brenn of Veltria on Friday met with Governor Tam Okoro of Lusara State at the Villa. "


def test_according_to_a_description_with_a_hyphened_adjective():
    """"According to the two-term Governor, the closed-door meeting with President X centred on …" (New Telegraph
    2026-02-27): a lower-case adjective of words joined by a hyphen before the office is read on, as "the former
    Governor" is, so the source is the Governor named before. Before, the phrase after "According to" ended at the
    hyphened word and the sentence was no one's."""
    body = _MET + ("According to the two-term Governor, the closed-door meeting with President Brenn centred on "
                   "governance and security.")
    assert_statements(body, [
        ("Tam Okoro", "indirect", "According to the two-term Governor, the closed-door meeting with President Brenn "
                                  "centred on governance and security."),
    ])


def test_according_to_a_newly_elected_holder():
    """The same with another hyphened adjective, "the newly-elected Governor"."""
    body = _MET + "According to the newly-elected Governor, the talks centred on roads and water."
    assert_statements(body, [
        ("Tam Okoro", "indirect", "According to the newly-elected Governor, the talks centred on roads and water."),
    ])


def test_according_to_a_thing_with_a_hyphened_adjective_is_no_ones():
    """The guard: "According to the long-awaited report, …" (a thing after the hyphened adjective): no one's, as
    "according to the report" is."""
    body = _MET + "According to the long-awaited report, the talks centred on roads and water."
    assert_statements(body, [])


_SSG_NAMED = ("Governor Tam Okoro on Monday met the six emirs of Lusara State. Speaking after the meeting, the "
              "Secretary to the State Government, Alhaji Dauda Kem, disclosed that the engagement was part of ongoing "
              "consultations. ")


def test_the_ssg_is_the_secretary_to_the_state_government_named_before():
    """"The SSG explained that the Governor emphasized …" (Daily Times 2025-11-11) after "the Secretary to the State
    Government, Alhaji X, disclosed …": the initials of the Nigerian state's office name its holder, as "the DG", "the
    IGP" do. Before, "The SSG" was a thing and the sentence no one's."""
    body = _SSG_NAMED + "The SSG explained that the Governor emphasized the need for synergy."
    assert_statements(body, [
        ("Dauda Kem", "indirect", "Speaking after the meeting, the Secretary to the State Government, Alhaji Dauda "
                                  "Kem, disclosed that the engagement was part of ongoing consultations."),
        ("Dauda Kem", "indirect", "The SSG explained that the Governor emphasized the need for synergy."),
    ])


def test_the_ssg_with_no_secretary_named_is_not_the_governor():
    """The guard: "The SSG said …" where only the Governor is named: not the Governor's (another office)."""
    body = "Governor Tam Okoro on Monday met the six emirs of Lusara State. The SSG said the meeting was cordial."
    assert_statements(body, [])
