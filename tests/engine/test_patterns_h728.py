"""Statements found by helper h728's mend of styles39's errors (universities' and academies' English releases on their
heads' meetings with ambassadors and foreign delegations):

- an academic style's stop inside a run of capitals ("The Rector, Prof. X, has received …", "Assoc. Prof. Y, Vice-Dean
  …, explained …"): "Prof." and "Assoc." no longer end the run (`name_runs._ACADEMIC_STYLE_STOP`), so the office in
  apposition before the name is hers and "The Rector said …" is hers; "Assoc." ends no sentence (`lexicon.ABBREVIATIONS`);
- "HE." (His Excellency, Ghana's universities' releases: "Speaking during the meeting, HE. X said that …") ends no
  sentence (`segments._is_abbreviation`);
- "comprehensively" / "extensively" / "thoroughly" between a subject and its verb (`lexicon.SUBJECT_VERB_FILLERS`);
- a relative "who" clause of one present at a meeting ("The meeting included Pro Vice-Chancellor X, who highlighted …",
  "… was also attended by Y, who said …"): hers (`speech_subjects._HEARD_FROM_OR_BY`);
- "welcomed the Ambassador of Y, Z, to campus": a host's act, as "to the White House" (`speech_subjects._WELCOMED_TO`);
- "envisaged possible avenues of cooperation": a view of one person (`lexicon._COMPLEMENTS`), not "envisaged the
  construction of …".

Each test is a small invented readout (invented people and places); each rule's test fails without it, and a guard
test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

_RECEIVED = ("The Rector, Prof. Ilse Varnholt-Ame, has received the Ambassador of Quessary to Lorvane, "
             "Mr. Tobin Aske-Marrow, at the Senate Hall.")


def test_the_office_before_a_prof_in_apposition_is_hers():
    """"The Rector, Prof. X, has received …" / "The Rector said …": the office is hers."""
    said = "The Rector said that the university would open a chair of Quessarian studies next year."
    assert_statements(_RECEIVED + "\n\n" + said, [("Ilse Varnholt-Ame", "indirect", said)])


def test_the_office_before_prof_dr_in_apposition_is_hers():
    """"The Dean, Prof. Dr. X, welcomed …" / "The Dean stressed …": two academic styles, the office still hers."""
    said = "The Dean stressed that the laboratory was open to visiting doctoral students."
    assert_statements(
        "The Dean of the Faculty of Law, Prof. Dr. Jens Molvik-Ora, welcomed a delegation from Quessary.\n\n" + said,
        [("Jens Molvik-Ora", "indirect", said)],
    )


def test_assoc_prof_opens_the_sentence_it_stands_in():
    """"Assoc. Prof. X, Vice-Dean …, explained that …": "Assoc." ends no sentence; the whole sentence hers."""
    said = ("Assoc. Prof. Mirela Tosk-Evander, Vice-Dean for International Relations, explained that students would "
            "spend their third year abroad.")
    assert_statements(_RECEIVED + "\n\n" + said, [("Mirela Tosk-Evander", "indirect", said)])


def test_he_with_a_stop_before_a_name_ends_no_sentence():
    """"Speaking during the meeting, HE. X said that …": His Excellency, the sentence whole."""
    said = ("Speaking during the meeting, HE. Aske-Marrow said that he had presented his letters of credence in "
            "March.")
    assert_statements(_RECEIVED + "\n\n" + said, [("Tobin Aske-Marrow", "indirect", said)])


def test_comprehensively_between_the_subject_and_its_verb():
    """"Prof. X comprehensively briefed the delegation about …": hers."""
    said = ("Prof. Varnholt-Ame comprehensively briefed the delegation about the university's academic and "
            "developmental progress.")
    assert_statements(_RECEIVED + "\n\n" + said, [("Ilse Varnholt-Ame", "indirect", said)])


def test_who_clause_of_one_the_meeting_included():
    """"The meeting included Pro Vice-Chancellor Prof. Mrs. X, who highlighted …": hers, the whole sentence."""
    said = ("The meeting included Pro Vice-Chancellor Prof. Mrs. Rasa Delkoven-Ure, who highlighted the "
            "university's partnerships in eleven countries.")
    assert_statements(_RECEIVED + "\n\n" + said, [("Rasa Delkoven-Ure", "indirect", said)])


def test_who_clause_of_one_who_attended():
    """"The meeting was also attended by X, who said …": his."""
    said = ("The meeting was also attended by the Registrar, Mr. Odran Pellisk, who said that the new hostel would "
            "open in May.")
    assert_statements(_RECEIVED + "\n\n" + said, [("Odran Pellisk", "indirect", said)])


def test_welcomed_to_campus_is_a_hosts_act():
    """"University President Dr. X welcomed the Ambassador of Y, Z, to campus on Thursday …": no statement; her
    later words are hers."""
    said = "Speaking at the luncheon, Dr. Hallvik-Roe noted that the university already hosts 85 Quessarian students."
    assert_statements(
        "Lorvane University President Dr. Signe Hallvik-Roe welcomed the Ambassador of Quessary, Tobin Aske-Marrow, "
        "to campus on Thursday for a visit focused on research partnerships.\n\n" + said,
        [("Signe Hallvik-Roe", "indirect", said)],
    )


def test_envisaged_avenues_of_cooperation_is_a_view_voiced():
    """"The Rector further envisaged possible avenues of cooperation …": hers."""
    said = "The Rector further envisaged possible avenues of cooperation in line with the mandate of the university."
    assert_statements(_RECEIVED + " " + said, [("Ilse Varnholt-Ame", "indirect", said)])


def test_envisaged_a_thing_to_be_built_is_no_statement():
    """Guard: "The Rector envisaged the construction of a new library." stays unread, as before."""
    assert_statements(_RECEIVED + " The Rector envisaged the construction of a new library.", [])
