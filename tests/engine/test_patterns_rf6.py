"""Mends of the review rf6 (stop 71) of the merged rules of h1236, h1235, h1231 and h1237. Invented readouts,
invented people and places."""

from __future__ import annotations

from .test_patterns import assert_statements

_INVESTORS = "Talks with investors\n\n"


def test_a_surname_ma_before_the_next_sentences_subject_ends_the_sentence():
    """"…, Jin Ma. Pesk said …": "Ma" a surname ending a sentence, "Pesk" the next one's subject (one capitalised word
    and a verb after the stop), not "Ma." (Maria) shortened before a given name and a surname; before the mend the two
    sentences were one, and the report went to a person "Jin Ma. Pesk"."""
    body = _INVESTORS + ("Trade Minister Olga Pesk met the founder of Kelvo Group, Jin Ma. Pesk said the ministry would "
                         "support the firm.")
    assert_statements(body, [
        ("Olga Pesk", "indirect", "Pesk said the ministry would support the firm."),
    ])


def test_ma_before_a_given_name_and_a_surname_stays_one_name():
    """Guard (hard91's rule kept): "Secretary Ma. Corazon Luna said …": two capitalised words after "Ma.", the rest of
    her name; no sentence's end there."""
    body = _INVESTORS + "Secretary Ma. Corazon Luna said the program would start in June."
    assert_statements(body, [
        ("Ma. Corazon Luna", "indirect", "Secretary Ma. Corazon Luna said the program would start in June."),
    ])


_TWO_OFFICERS = ("Embassy visit\n\nCounsellor Ida Mott of the Ardenian embassy met Quarnessan officials on Monday. She was "
                 "joined by Attache Rolf Dunn of the Ardenian embassy.\n\n")
_REPRESENTATIVE_SAID = "The representative of the embassy said Ardenia wanted closer ties."


def test_the_representative_of_a_body_with_two_officers_named_is_no_ones():
    """"Counsellor X of the Ardenian embassy … Attache Y of the Ardenian embassy. / The representative of the embassy
    said …": two of the embassy's people named, which one speaks the readout does not say; no one's, as at base. Before
    the mend the last one named beside the embassy's last mention (Y) took it."""
    assert_statements(_TWO_OFFICERS + _REPRESENTATIVE_SAID, [])


def test_the_representative_of_a_body_named_twice_with_one_officer_is_his():
    """Guard: the same officer beside both mentions of the embassy ("Counsellor X of the Ardenian embassy … X of the
    Ardenian embassy"): one person, the representative is his (h1236's rule kept)."""
    body = _TWO_OFFICERS.replace("Attache Rolf Dunn", "Counsellor Ida Mott").replace("She was joined by", "Later")
    body = body.replace("Later Counsellor Ida Mott of the Ardenian embassy.",
                        "Later Counsellor Ida Mott of the Ardenian embassy visited the port.")
    assert_statements(body + _REPRESENTATIVE_SAID, [
        ("Ida Mott", "indirect", _REPRESENTATIVE_SAID),
    ])
