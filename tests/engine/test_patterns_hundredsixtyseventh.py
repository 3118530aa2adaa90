"""Rules from the hundred-sixty-seventh held-out set (en.kremlin.ru, December 2017): invented readouts,
invented people and countries."""

from __future__ import annotations

import pytest

from .test_patterns import assert_statements

_LEAD = "President Ivan Dorn had a working meeting with Governor of the Vell Region Olaf Brenner.\n\n"


@pytest.mark.parametrize("share", [
    "High technology and research-intensive producers account for 30 percent.",
    "Small producers account for about 20 percent.",
])
def test_a_share_of_a_whole_opened_by_an_adjective_carries_the_report_on(share):
    """56324: after "According to the Acting Governor, manufacturing accounts for 35 percent …", the
    sentence "High technology and research-intensive producers account for 30 percent." carries the
    governor's figures on; its capitalised first word is an adjective, no one's name. Before, "High"
    was read as a person who acts and the sentence was no one's."""
    body = _LEAD + ("According to the Governor, manufacturing accounts for 35 percent of the regional economy. "
                    f"{share} The processing industry is the main economic driver.")
    assert_statements(body, [
        ("Olaf Brenner", "indirect",
         "According to the Governor, manufacturing accounts for 35 percent of the regional economy."),
        ("Olaf Brenner", "indirect", share),
        ("Olaf Brenner", "indirect", "The processing industry is the main economic driver."),
    ])


@pytest.mark.parametrize("foreseen", [
    "The budget is expected to be implemented with a surplus, which is indicative of the growing regional economy.",
    "Revenue is expected to grow by 5 percent.",
])
def test_a_sum_a_report_foresees_is_carried_on(foreseen):
    """56324: "Mr Nikitin briefed the President on his work …, including the regional budget, …. The budget is
    expected to be implemented with a surplus …": what the governor's report foresees, his. Before, "budget"
    (a body's word, as in "the Budget Committee") made the budget a body that acts."""
    body = _LEAD + f"Mr Brenner briefed the President on the regional budget. {foreseen}"
    assert_statements(body, [
        ("Olaf Brenner", "indirect", "Mr Brenner briefed the President on the regional budget."),
        ("Olaf Brenner", "indirect", foreseen),
    ])


def test_a_body_expected_to_act_stays_narrative():
    """The guard: a body that is expected to act ("The Finance Ministry is expected to …") is the readout's
    news, not the report carried on."""
    body = _LEAD + ("Mr Brenner briefed the President on the regional budget. "
                    "The Finance Ministry is expected to submit the draft next week.")
    assert_statements(body, [
        ("Olaf Brenner", "indirect", "Mr Brenner briefed the President on the regional budget."),
    ])


def test_a_name_before_a_share_stays_a_name():
    """The guard: a person named and known ("Brenner") before "accounts for" is still a person; only a lone
    capitalised word no one is known by is read as an adjective."""
    body = _LEAD + ("According to the Governor, manufacturing accounts for 35 percent of the regional economy. "
                    "Brenner said exports account for 30 percent.")
    assert_statements(body, [
        ("Olaf Brenner", "indirect",
         "According to the Governor, manufacturing accounts for 35 percent of the regional economy."),
        ("Olaf Brenner", "indirect", "Brenner said exports account for 30 percent."),
    ])


@pytest.mark.parametrize("direction", ["(Shows the paperwork.)", "(Pointing to the map.)"])
def test_an_editors_note_of_what_the_speaker_does_closing_a_turn_is_no_ones(direction):
    """56295: "Andrei Vorobyov: Yes, we have. We will put in a ferry, which will look like this. (Shows the
    paperwork.)": the editor's note of what the governor does closes his turn's paragraph; his words end
    before it. Before, only "(Laughter.)", "(Applause.)", "(Pause.)" were cut there."""
    body = ("President Ivan Dorn met with Governor Olaf Brenner.\n\n"
            "Ivan Dorn: Have you helped them?\n\n"
            f"Olaf Brenner: Yes, we have. We will put in a ferry, which will look like this. {direction}\n\n"
            "Ivan Dorn: All right.")
    assert_statements(body, [
        ("Ivan Dorn", "direct", "Have you helped them?"),
        ("Olaf Brenner", "direct", "Yes, we have. We will put in a ferry, which will look like this."),
        ("Ivan Dorn", "direct", "All right."),
    ])


def test_a_speakers_own_aside_in_brackets_stays_theirs():
    """The guard: a bracketed aside of the speaker's own that opens with an adverb ("(Perhaps the best of
    them.)") closing the paragraph is still the speaker's words."""
    body = ("President Ivan Dorn met with Governor Olaf Brenner.\n\n"
            "Olaf Brenner: We opened five centres. (Perhaps the best of them.)\n\n"
            "Ivan Dorn: All right.")
    assert_statements(body, [
        ("Olaf Brenner", "direct", "We opened five centres. (Perhaps the best of them.)"),
        ("Ivan Dorn", "direct", "All right."),
    ])
