"""Helper h1263 (KE72): two constructions the base engine misread.

1. "The <place> leader <speech verb> …" where the place is a state or province the readout named in a governor's
   office ("Lekiri State Governor, X", "Governor of Akwa Ibom"): the press's word for the state's head, its Governor
   (hard90, ninehundredthirtysixth: 2 for, 0 against on every gold at stop 72). At base the description went to the
   head of state (the place read as a nationality no one else held), who then took the place as his country, so that
   "the <nationality> leader" after it was no one's. `local_leaders.state_leader_meant`.
2. "According her, …", "According the Minister, …": a paper's slip that drops the "to" after a capitalised "According"
   (ninehundrednineteenth, ninehundredfifteenth: 2 for, 0 against); the same source as "According to her".
   `sentence_patterns.ACCORDING`.
"""

from __future__ import annotations

from .test_patterns import assert_statements

GOVERNOR_LEAD = (
    "President Tomas Belgrin on Tuesday received Tembari State Governor, Oskar Dellimo, at the Presidential Lodge in "
    "Ostrava.\n\n"
)
TEMBARI_TOLD = "The Tembari leader told the President that heavy rains had washed away three bridges on the main road."
HE_ASKED = "He asked the federal government to rebuild the bridges before the next rains."
ZEMLANDIAN_ASSURED = ("The Zemlandian leader assured the governor that the Ministry of Works would send engineers "
                      "within two weeks.")
DELLIMO_SAID = ("Speaking to reporters after the meeting, Governor Dellimo said he was satisfied with the promise.")
TITLE = "President receives Tembari State Governor"


def test_the_states_leader_is_its_governor():
    """hard90 president_amakwe: "The <state> leader" after "<State> State Governor, X" is X, and "He" after it too;
    the head of state keeps no state for a country, so "the <nationality> leader" after it is his."""
    body = "\n\n".join([GOVERNOR_LEAD.strip(), TEMBARI_TOLD, HE_ASKED, ZEMLANDIAN_ASSURED, DELLIMO_SAID])
    assert_statements(body, [("Oskar Dellimo", "indirect", TEMBARI_TOLD),
                             ("Oskar Dellimo", "indirect", HE_ASKED),
                             ("Tomas Belgrin", "indirect", ZEMLANDIAN_ASSURED),
                             ("Oskar Dellimo", "indirect", DELLIMO_SAID)], title=TITLE)


def test_the_states_leader_after_governor_of_the_state():
    """ninehundredthirtysixth coretv: the office written "Governor of <place>" names the state too."""
    lead = GOVERNOR_LEAD.replace("Tembari State Governor, Oskar Dellimo,", "the Governor of Tembari, Oskar Dellimo,")
    body = "\n\n".join([lead.strip(), TEMBARI_TOLD, DELLIMO_SAID])
    assert_statements(body, [("Oskar Dellimo", "indirect", TEMBARI_TOLD),
                             ("Oskar Dellimo", "indirect", DELLIMO_SAID)], title=TITLE)


def test_a_nationalitys_leader_stays_the_head_of_states():
    """Guard: "the Zemlandian leader" (no governor's office names "Zemlandian") is not the governor."""
    body = "\n\n".join([GOVERNOR_LEAD.strip(), ZEMLANDIAN_ASSURED, DELLIMO_SAID])
    assert_statements(body, [("Tomas Belgrin", "indirect", ZEMLANDIAN_ASSURED),
                             ("Oskar Dellimo", "indirect", DELLIMO_SAID)], title=TITLE)


def test_a_place_no_governors_office_names_is_not_the_governors():
    """Guard: the governor's state is another ("Corvel State Governor"): "the Tembari leader" is not he."""
    lead = GOVERNOR_LEAD.replace("Tembari State Governor", "Corvel State Governor")
    body = "\n\n".join([lead.strip(), TEMBARI_TOLD, DELLIMO_SAID])
    assert_statements(body, [("Tomas Belgrin", "indirect", TEMBARI_TOLD),
                             ("Oskar Dellimo", "indirect", DELLIMO_SAID)], title=TITLE)


ENVOY_LEAD = (
    "Governor Marek Ostrel on Monday received the High Commissioner of Velmora, Ms. Ilsa Corrante, at the Government "
    "House in Pradel.\n\n"
    "Corrante said the commission wanted to know how the state had restored peace in its southern districts.\n\n"
)
CORRANTE = ("Ilsa Corrante", "indirect",
            "Corrante said the commission wanted to know how the state had restored peace in its southern districts.")
ACCORDING_HER = "According her, many Velmoran citizens live in the state and more of them would come next year."
ACCORDING_THE = ("According the Governor, the state would open two more markets to Velmoran traders before the end "
                 "of the year.")


def test_according_her_without_to_is_hers():
    """ninehundrednineteenth pulse: "According her, …" (the "to" dropped) is her account, as "According to her"."""
    assert_statements(ENVOY_LEAD + ACCORDING_HER, [CORRANTE, ("Ilsa Corrante", "indirect", ACCORDING_HER)],
                      title="Governor receives Velmoran envoy")


def test_according_the_office_without_to_is_its_holders():
    """"According the Governor, …": the Governor's account."""
    assert_statements(ENVOY_LEAD + ACCORDING_THE, [CORRANTE, ("Marek Ostrel", "indirect", ACCORDING_THE)],
                      title="Governor receives Velmoran envoy")


def test_according_with_a_text_is_no_ones():
    """Guard: "According with the agreement, …" (no person after "According"): no one's, as at base."""
    said = "According with the agreement, the state would open two more markets to Velmoran traders."
    assert_statements(ENVOY_LEAD + said, [CORRANTE], title="Governor receives Velmoran envoy")
