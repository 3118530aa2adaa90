"""Statements found by helper h700's set fivehundredtwentyfifth (Peru, Andina's English service):

- "Chairman X … According to the Parliament's chair, …": the bare "chair" is a body's Chairman for short
  (people.roles_compatible);
- "the country's representative X was elected … the lawmaker announced …": a lawmaker is whoever sits in a legislature,
  by its title (people._LAWMAKER_WORDS, people._LEGISLATORS);
- "The President of the Republic X … the top official indicated that …": the readout's principal, who holds an office;
- "Upon arrival at …, the guest was welcomed by X": a reception at the arrival, no statement of X's
  (speech_subjects._ON_ARRIVAL), whatever noun names the guest;
- "For Ambassador X, relations … are at their best.": one person's view (reported_speech._PRIORITY_FOR), and the
  paragraph after it that backs it ("Proof of this is …") goes on with it (carrying_on._report_at_end).

Each test is a small invented readout (invented people and places); each rule's test fails without it, and guard
tests keep what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

_MET_CHAIRMAN = ("Velorian Congress Chairman Tomas Arvelo held a working meeting with the Secretary General of the Union "
                 "of Harbour States, Ines Marto, on Friday.")
_ACCORDING_TO_CHAIR = ("According to the Parliament's chair, the accord is aimed at strengthening the ports of the "
                       "northern coast.")


def test_the_bare_chair_is_the_bodys_chairman():
    """"According to the Parliament's chair, …" after "Congress Chairman X": X's account."""
    assert_statements(
        _MET_CHAIRMAN + "\n\n" + _ACCORDING_TO_CHAIR,
        [("Tomas Arvelo", "indirect", _ACCORDING_TO_CHAIR)],
    )


_ELECTED = ("Veloria has assumed the presidency of the Coastal Parliament after the country's representative Dario Pell "
            "was unanimously elected by the regional body.")
_LAWMAKER = "After swearing in, the lawmaker announced he will focus his work on the fisheries of the region."


def test_the_lawmaker_is_the_one_who_sits_in_a_legislature():
    """"the country's representative X … the lawmaker announced …": X."""
    assert_statements(
        _ELECTED + "\n\n" + _LAWMAKER,
        [("Dario Pell", "indirect", _LAWMAKER)],
    )


_GREETED = ("The President of the Republic Marco Estal on Wednesday evening was greeted by leaders of foreign missions, "
            "as well as national authorities.")
_JOINED = "The Head of State was joined by Vice-President Lucia Orme during the ceremonies."
_TOP_OFFICIAL = ("Before representatives of foreign delegations, the top official indicated that the reforms will not "
                 "succeed if the country lives isolated from its neighbours.")


def test_the_top_official_is_the_principal():
    """"the top official indicated that …" with the President and a Vice-President named: the President."""
    assert_statements(
        _GREETED + "\n\n" + _JOINED + "\n\n" + _TOP_OFFICIAL,
        [("Marco Estal", "indirect", _TOP_OFFICIAL)],
    )


_VISIT = ("The official visit of the Tarvian Prime Minister Olaf Brenn strengthens the ties of both nations, Prime Minister "
          "Ana Ruiz affirmed.")
_ARRIVED = "On Sunday Brenn arrived in Solmar for a two-day visit."
_WELCOMED_ON_ARRIVAL = "Upon arrival at the Solmar Air Force Base, the Tarvian dignatary was welcomed by Ruiz."


def test_a_welcome_upon_arrival_is_no_statement():
    """"Upon arrival at …, the Tarvian dignatary [sic] was welcomed by Ruiz.": a reception, not Ruiz's words."""
    assert_statements(
        _VISIT + "\n\n" + _ARRIVED + " " + _WELCOMED_ON_ARRIVAL,
        [("Ana Ruiz", "indirect", _VISIT)],
    )


def test_a_thing_welcomed_by_someone_guard():
    """Guard: "The proposal was welcomed by Ruiz." (no arrival) stays Ruiz's statement, as before."""
    welcomed = "The proposal was welcomed by Ruiz."
    assert_statements(
        _VISIT + "\n\n" + _ARRIVED + " " + welcomed,
        [("Ana Ruiz", "indirect", _VISIT), ("Ana Ruiz", "indirect", welcomed)],
    )


_ANNOUNCED = "The Velorian Ambassador to Tarvia, Pablo Serro, met the press in Solmar on Monday."
_AT_THEIR_BEST = "For Ambassador Pablo Serro, political and trade relations between the two nations are at their best."
_PROOF = "Proof of this is the number of high-level visits exchanged between the two countries over the past years."


def test_a_view_for_someone_and_what_backs_it():
    """"For Ambassador X, relations … are at their best." / "Proof of this is …": his view, then what backs it."""
    assert_statements(
        _ANNOUNCED + "\n\n" + _AT_THEIR_BEST + "\n\n" + _PROOF,
        [("Pablo Serro", "indirect", _AT_THEIR_BEST), ("Pablo Serro", "indirect", _PROOF)],
    )


def test_for_a_place_at_its_best_guard():
    """Guard: "For Veloria, …" names a country, not a person: no statement."""
    place = "For Veloria, political and trade relations with Tarvia are at their best."
    assert_statements(
        _ANNOUNCED + "\n\n" + place + "\n\n" + _PROOF,
        [],
    )
