"""Statements found by helper h690's set fivehundredeighteenth (Ontario's and British Columbia's releases): a headline's
"Issues Statement" is the verb of its subject, no person "X Issues"; a release that opens with its dateline in capitals and
tells the event in its own voice is no statement page of the host the title names, even when the title says the host's
statement follows; "welcomed Their Excellencies …, Governor General of …, and Mr. …, on their first official visit" is a
host receiving visitors, the spouse's courtesy title notwithstanding.

Each test is a small invented readout (invented people and places); the rule's test fails without it, and guard tests
keep what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements, run

_FIRST = "I would like to thank the people of Halden for hosting this year’s conference."
_SECOND = "We were able to find common ground on a number of critical issues."
_RELEASE = ("HALDEN – Norvane’s First Ministers have concluded a meeting in Port Aster.\n\n"
            "Premier Tova Brennick, following the meeting, issued this statement:\n\n"
            "“" + _FIRST + "\n\n" + _SECOND + "”")


def test_headline_issues_statement_names_no_person_x_issues():
    """"Premier Tova Brennick Issues Statement Following First Ministers Meeting" over "“…,” the Premier said.": the
    title's subject is Brennick, who issues it and takes the bare office; no person "Tova Brennick Issues"."""
    words = _FIRST[:-1] + ","
    result = assert_statements("“" + words + "” the Premier said.", [("Tova Brennick", "direct", words)],
                               title="Premier Tova Brennick Issues Statement Following First Ministers Meeting")
    assert [speaker.name for speaker in result.speakers] == ["Tova Brennick"]


def test_headline_issues_statement_over_a_release_with_its_lead_in():
    """The same title over the release as Ontario's office wrote it: dateline narrative, lead-in, quoted statement;
    only the quotation is Brennick's."""
    assert_statements(_RELEASE, [
        ("Tova Brennick", "direct", _FIRST),
        ("Tova Brennick", "direct", _SECOND),
    ], title="Premier Brennick Issues Statement Following First Ministers Meeting")


def test_headline_releases_message_names_its_subject_for_the_bare_office():
    """"Premier Tova Brennick Releases Message to the Council" over "“…,” the Premier said.": the title's subject is
    Brennick, who takes the bare office; no person "Tova Brennick Releases Message"."""
    words = _FIRST[:-1] + ","
    result = assert_statements("“" + words + "” the Premier said.", [("Tova Brennick", "direct", words)],
                               title="Premier Tova Brennick Releases Message to the Council")
    assert [speaker.name for speaker in result.speakers] == ["Tova Brennick"]


def test_headline_releases_statement_names_its_subject_for_the_bare_office():
    """The same with "Releases Statement on Trade Talks" (the run had named no one the bare office could be)."""
    words = _FIRST[:-1] + ","
    assert_statements("“" + words + "” the Premier said.", [("Tova Brennick", "direct", words)],
                      title="Premier Tova Brennick Releases Statement on Trade Talks")


def test_dateline_narrative_is_no_statement_page_of_the_titled_host():
    """"Premier Brennick Makes Statement Following …" (a headline verb already known) over a release that opens
    "HALDEN – Norvane’s First Ministers have concluded …": the release's own voice, then its lead-in and the quoted
    statement; only the quotation is Brennick's."""
    assert_statements(_RELEASE, [
        ("Tova Brennick", "direct", _FIRST),
        ("Tova Brennick", "direct", _SECOND),
    ], title="Premier Brennick Makes Statement Following First Ministers Meeting")


def test_dateline_then_first_person_stays_the_titled_hosts_statement():
    """Guard: "Statement by Premier Tova Brennick following …" over unquoted paragraphs whose first opens with a
    dateline and goes on in the first person ("HALDEN – I would like …"): the host's own words, each paragraph one
    direct statement of hers."""
    result = run("HALDEN – " + _FIRST + "\n\n" + _SECOND,
                 title="Statement by Premier Tova Brennick following the First Ministers Meeting")
    assert [(s.speaker, s.kind) for s in result.statements] == [("Tova Brennick", "direct")] * 2
    assert result.statements[0].text.endswith(_FIRST) and result.statements[1].text == _SECOND


_WORDS = "It is an honour to welcome Her Excellency to our province."


def test_welcomed_visitors_with_a_spouse_titled_mr_on_their_visit_is_narrative():
    """"Premier X welcomed Their Excellencies the Right Honourable Y, Governor General of Norvane, and Mr. Z, on their
    first official visit to Halden.": a host receiving visitors, no statement; the quotation after it is X's."""
    assert_statements(
        "Premier Tova Brennick welcomed Their Excellencies the Right Honourable Ilse Marten, Governor General of "
        "Norvane, and Mr. Arno Petz, on their first official visit to Halden.\n\n“" + _WORDS + "” said Premier "
        "Brennick.",
        [("Tova Brennick", "direct", _WORDS)],
    )


def test_welcomed_visitors_with_a_spouse_titled_mr_without_comma_before_and():
    """The same with no comma before "and Mr." (Ontario's wording of the same visit)."""
    assert_statements(
        "Premier Tova Brennick welcomed Their Excellencies the Right Honourable Ilse Marten, Governor General of "
        "Norvane and Mr. Arno Petz, on their first official visit to Halden.\n\n“" + _WORDS + "” said Premier "
        "Brennick.",
        [("Tova Brennick", "direct", _WORDS)],
    )


def test_welcomed_a_decision_by_mr_during_a_visit_stays_a_statement():
    """Guard: "welcomed the decision announced by Mr. Y during his visit": a thing welcomed, the host's statement."""
    sentence = ("Premier Tova Brennick welcomed the decision announced by Mr. Arno Petz, Minister of Trade, during his "
                "visit to Halden.")
    assert_statements(sentence, [("Tova Brennick", "indirect", sentence)])
