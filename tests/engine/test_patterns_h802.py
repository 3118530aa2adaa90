"""Statements found by helper h802's mends of styles43 (courts' and prosecution services' international meetings in
English): the bare "the Chief Justice" is the court's head named so, not a Lady Justice named after him; a retired
judge's "(retd.)" after his name leaves the office after its comma and the verb his; "For X, the memorandum aims to …"
and "For X, …, noting that …" are X's view.

Each test is a small invented readout (invented people and countries); the rules' tests fail without them, and guard
tests keep what they must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements, run


def test_the_bare_chief_justice_is_the_courts_head_not_a_lady_justice_named_after_him():
    """"… led by the Honourable the Chief Justice, Mr Justice X, … included Lady Justice Y of the Court of Appeal …
    the Chief Justice said …": the one who holds the office, not the judge named last whose rank "Justice" the office
    ends with (before, Y took the office and the statement, and a "She" after it)."""
    assert_statements((
        "A delegation of the Supreme Court of Tervania led by the Honourable the Chief Justice, Mr Justice Olan "
        "Mabrekke, attended the Conference of Chief Justices in Port Ostel. The delegation included Lady Justice "
        "Wenna Koldris of the Court of Appeal.\n\n"
        "Addressing the opening plenary, the Chief Justice said that delays had become the courts' first problem."
    ), [
        ("Olan Mabrekke", "indirect",
         "Addressing the opening plenary, the Chief Justice said that delays had become the courts' first problem."),
    ])


def test_a_retired_judges_mark_after_his_name_leaves_the_office_and_the_verb_his():
    """"Justice X (retd.), Director of the … Institute, told participants that …" and "Justice Y (retd.) told …": the
    bracketed mark is no aside that cuts the name from its office and its verb (before, no one's)."""
    assert_statements((
        "Justice Aldo Merravin (retd.), Director of the Regional Judicial Studies Institute, told participants that "
        "the Institute would open a course for registrars.\n\n"
        "Justice Sefa Ondrukel (Retd) told the meeting that the bar would train forty mediators."
    ), [
        ("Aldo Merravin", "indirect",
         "Justice Aldo Merravin (retd.), Director of the Regional Judicial Studies Institute, told participants that "
         "the Institute would open a course for registrars."),
        ("Sefa Ondrukel", "indirect",
         "Justice Sefa Ondrukel (Retd) told the meeting that the bar would train forty mediators."),
    ])


def test_for_a_person_what_a_memorandum_aims_to_do_is_his_view():
    """"For Mr. X, the memorandum aims to promote …": what the memorandum is for, as he sees it, his statement (the
    full stop of "Mr." inside the name read)."""
    assert_statements((
        "The memorandum was signed by the Prosecutor General of Morvaine, Mr. Ruben Ostrelli, and the Attorney "
        "General of Sandery, Ms Ana Veyrac.\n\n"
        "For Mr. Ostrelli, the memorandum aims to promote the exchange of experience between the two services."
    ), [
        ("Ruben Ostrelli", "indirect",
         "For Mr. Ostrelli, the memorandum aims to promote the exchange of experience between the two services."),
    ])


def test_for_a_person_then_a_participle_of_speech_is_her_view():
    """"For Ms X, the agreement opens a new chapter …, noting that …": the participle's speaker can only be the one
    the sentence opens with; hers."""
    assert_statements((
        "The memorandum was signed by the Prosecutor General of Morvaine, Mr. Ruben Ostrelli, and the Attorney "
        "General of Sandery, Ms Ana Veyrac.\n\n"
        "For Ms Veyrac, the agreement opens a new chapter in the work of the two services, noting that it had been "
        "ten years in the making."
    ), [
        ("Ana Veyrac", "indirect",
         "For Ms Veyrac, the agreement opens a new chapter in the work of the two services, noting that it had been "
         "ten years in the making."),
    ])


def test_for_a_person_then_a_plain_account_stays_narrative():
    """Guard: "For Ms X, the visit was the first abroad since her appointment.": no view, no participle of speech;
    no one's statement."""
    result = run(
        "The memorandum was signed by the Prosecutor General of Morvaine, Mr. Ruben Ostrelli, and the Attorney "
        "General of Sandery, Ms Ana Veyrac.\n\n"
        "For Ms Veyrac, the visit was the first abroad since her appointment in March."
    )
    assert [s.text for s in result.statements if s.speaker] == []


def test_a_retired_mark_between_a_rank_and_the_name_leaves_the_name_without_the_rank():
    """Guard: "Captain (Rtd) X thanked …": the mark stands between the rank and the name, not after the name; the
    speaker is X, not "Captain X"."""
    result = assert_statements((
        "Captain (Rtd) Tobias Arrendel thanked the President for his support during his surgery."
    ), [
        ("Tobias Arrendel", "indirect",
         "Captain (Rtd) Tobias Arrendel thanked the President for his support during his surgery."),
    ])
    assert [s.name for s in result.speakers] == ["Tobias Arrendel"]
