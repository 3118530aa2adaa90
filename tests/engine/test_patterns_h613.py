"""Rules from the four-hundred-fifty-third held-out set (the Egyptian Presidency's English statements, 2023-2025):
invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements, run


def test_the_spokesman_for_the_presidency_is_one_unnamed_speaker():
    """"The Spokesman for the Presidency said the call came within the framework …" (egypt_presidency_2024-08-24_biden):
    a spokesperson's office "for" a body, capitalised, is one person the readout knows only by the office, as "the
    Prime Minister's Official Spokesperson" is. Before, the statement went to no one."""
    body = ("President Ilse Varga received a phone call from President Tom Brandt of Ostmark this evening.\n\n"
            "The Spokesman for the Presidency said the call came within the framework of the joint efforts of the two "
            "countries on the river dispute.\n\n"
            "President Varga stressed the importance of an agreement.")
    assert_statements(body, [
        ("The Spokesman for the Presidency", "indirect",
         "The Spokesman for the Presidency said the call came within the framework of the joint efforts of the two "
         "countries on the river dispute."),
        ("Ilse Varga", "indirect", "President Varga stressed the importance of an agreement."),
    ])


def test_a_nations_presidency_is_a_body_not_a_name():
    """"The Spokesman for the Egyptian Presidency stated that …" (egypt_presidency_kenya_ruto): "Presidency" is a
    body, as "Ministry" is, not the surname of a Mr Presidency of that nation."""
    body = ("President Ilse Varga received a phone call from President Tom Brandt of Ostmark.\n\n"
            "The Spokesman for the Ghanaian Presidency stated that the two presidents stressed the broad prospects for "
            "their relations.")
    result = assert_statements(body, [
        ("The Spokesman for the Ghanaian Presidency", "indirect",
         "The Spokesman for the Ghanaian Presidency stated that the two presidents stressed the broad prospects for "
         "their relations."),
    ])
    assert "Presidency" not in [s.speaker for s in result.statements]


def test_the_spokesman_for_that_matter_is_no_office():
    """The office needs a capitalised body after "for the": a lower-case spokesman stays no one."""
    body = ("President Ilse Varga received President Tom Brandt.\n\n"
            "The spokesman for the delegation said the talks were useful.")
    result = run(body)
    assert [s.speaker for s in result.statements if s.speaker] == []


def test_a_headline_from_the_callers_side_keeps_the_release_own_head():
    """"French President Holds Discussion with President El-Sisi" over "Today, President Abdel Fattah El-Sisi
    received a phone call from French President Emmanuel Macron. … The President noted …"
    (egypt_presidency_macron_gaza): a title whose host is only a nation's office, its guest named, while the body
    opens with the guest: the guest is the release's own head, whom "The President" means. Before, the French
    President took it."""
    body = ("Today, President Ilse Varga received a phone call from Finnish President Tom Brandt.\n\n"
            "The President noted that Tarnland has contacted all the parties to contain the escalation.")
    assert_statements(body, [
        ("Ilse Varga", "indirect",
         "The President noted that Tarnland has contacted all the parties to contain the escalation."),
    ], title="Finnish President Holds Discussion with President Varga")


def test_a_headline_whose_guest_is_named_second_in_the_body_keeps_its_host():
    """The guard: when the body opens with the nation's office holder, the title's host stays the principal."""
    body = ("Today, Finnish President Tom Brandt received a phone call from President Ilse Varga.\n\n"
            "The President noted that Ostland has contacted all the parties to contain the escalation.")
    assert_statements(body, [
        ("Tom Brandt", "indirect",
         "The President noted that Ostland has contacted all the parties to contain the escalation."),
    ], title="Finnish President Holds Discussion with President Varga")


def test_a_title_host_named_by_an_office_of_a_body_stays_the_host():
    """The guard: an office of a body ("President of the Varnish Council") is no nation's office alone; the
    statement's "I" stays the title's author, though the body names the guest first."""
    body = ("\"President Brandt and I had a productive discussion regarding the agenda of the forthcoming summit.\n\n"
            "We also discussed the cooperation with the Ostish Presidency of the Council.\"")
    assert_statements(body, [
        ("Ilse Varga", "direct",
         "President Brandt and I had a productive discussion regarding the agenda of the forthcoming summit."),
        ("Ilse Varga", "direct", "We also discussed the cooperation with the Ostish Presidency of the Council."),
    ], title="Statement by Ilse VARGA, President of the Varnish Council, following her meeting with Tom Brandt, "
             "President of Ostland")
