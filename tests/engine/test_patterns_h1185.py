"""Rules from the nine-hundred-third held-out set (the Governor of Benue State, Nigeria, and those who speak at his
meetings, 2018-2025): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_VISIT = "Governor Ilan Dovrek of Marovia State received a delegation from Zarnia on Tuesday. "


def test_fr_before_a_name_is_a_priests_style_not_a_sentences_end():
    """"the Tor Tiv expressed delight over Fr. AlIa’s victory, saying …" (Daily Post 2023-03-30): "Fr.", Father, a
    priest's style before his name, ends no sentence. Before, the sentence was cut at "Fr." and its rest given to no one
    or to the priest."""
    body = ("Chief Ode Marn received the Governor-elect at his palace. "
            "Chief Ode Marn expressed delight over Fr. Anselm’s victory, saying the will of the people was made "
            "manifest.")
    assert_statements(body, [
        ("Ode Marn", "indirect", "Chief Ode Marn expressed delight over Fr. Anselm’s victory, saying the will of the "
         "people was made manifest."),
    ])


def test_solicited_the_partnership_of_speaks():
    """"Governor X has solicited the partnership of the United Kingdom …" (Daily Post 2021-11-23): a joint work asked
    for, as "sought the cooperation of". Before, no one's."""
    body = _VISIT + "Dovrek has solicited the partnership of Zarnia for the development of farming in the state."
    assert_statements(body, [
        ("Ilan Dovrek", "indirect", "Dovrek has solicited the partnership of Zarnia for the development of farming in "
         "the state."),
    ])


def test_solicited_bids_is_no_statement():
    """The guard: "solicited bids for …" is a procurement act, no words asked for."""
    body = _VISIT + "Dovrek solicited bids for the new bridge over the river."
    assert_statements(body, [])


def test_charged_the_troops_to_a_verb_speaks():
    """"Gen X charged the troops to remain disciplined …" (Vanguard 2023-11-30): an exhortation, as "urged … to".
    Before, no one's."""
    body = ("General Ravi Tomm visited the barracks in Kelso on Wednesday. "
            "General Tomm charged the troops to remain disciplined and give their very best.")
    assert_statements(body, [
        ("Ravi Tomm", "indirect", "General Tomm charged the troops to remain disciplined and give their very best."),
    ])


def test_charged_suspects_to_court_is_no_statement():
    """The guard: "charged the suspects to court" is an arraignment, no words."""
    body = ("General Ravi Tomm visited the barracks in Kelso on Wednesday. "
            "General Tomm charged the suspects to court on Monday.")
    assert_statements(body, [])


def test_prayed_god_to_with_no_to_before_his_name_speaks():
    """"… and prayed God to endow him with more wisdom …" (Daily Post 2023-03-30): a wish voiced to God with no "to"
    before His name, as "prayed to God to". Before, no one's."""
    body = "Chief Ode Marn received the Governor-elect at his palace. Chief Marn prayed God to grant the governor wisdom."
    assert_statements(body, [
        ("Ode Marn", "indirect", "Chief Marn prayed God to grant the governor wisdom."),
    ])


def test_prayed_at_a_shrine_is_no_statement():
    """The guard: "prayed at the shrine with the elders" reports a prayer said, no words."""
    body = "Chief Ode Marn received the Governor-elect at his palace. Chief Marn prayed at the shrine with the elders."
    assert_statements(body, [])


_COAS = "The Chief of Army Staff (COAS) General Arvo Pell paid a courtesy visit to Governor Ilan Dovrek of Marovia. "


def test_the_coas_is_the_chief_of_army_staff():
    """"The COAS …" after "The Chief of Army Staff (COAS) Lieutenant General X" (Vanguard 2023-11-30): the "of"
    spells the O of the initials. Before, no one's."""
    body = _COAS + "The COAS said the army would stay in the state."
    assert_statements(body, [
        ("Arvo Pell", "indirect", "The COAS said the army would stay in the state."),
    ])


def test_the_coas_before_a_relative_clause_speaks():
    """"The COAS, who toured facilities at …, assured troops of …" (Vanguard 2023-11-30): an office's initials after
    "the" open the sentence before a relative clause set off by commas, as "The minister, who …," does. Before, no
    one's."""
    body = ("The Chief of Naval Staff (CNS) Admiral Kel Dorn paid a courtesy visit to Governor Ilan Dovrek of Marovia. "
            "The CNS, who toured facilities at the base, assured sailors of the support of the navy.")
    assert_statements(body, [
        ("Kel Dorn", "indirect", "The CNS, who toured facilities at the base, assured sailors of the support of "
         "the navy."),
    ])


def test_a_bodys_initials_before_a_which_clause_is_no_one():
    """The guard: a body's initials ("The ZPA, which sent a team, said …") are no office's holder."""
    body = ("The Zarnian Ports Authority (ZPA) met Governor Ilan Dovrek of Marovia. "
            "The ZPA, which sent a team, said it would help the state.")
    assert_statements(body, [])
