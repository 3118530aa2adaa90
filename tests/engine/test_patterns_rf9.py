"""Review rf9 (stop 71: h1249, h1251, h1252, h1254, h1253): mends of rules that made near shapes worse than the base
engine; invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_TITLE = "Readout of the meeting\n\n"


def test_official_closing_the_lead_is_not_a_host_named_next_who_does_not_speak():
    """"…, a senior government official has said. / He will meet President Y of Z …": the one named next is the
    visit's host, not speaking there; the lead's official stays unnamed, no one's (before rf9: Y's)."""
    body = (_TITLE + "President Ama Kolder of Tamboria will on Thursday visit Vendaria for talks on trade, a senior "
            "government official has said.\n\nHe will meet President Bo Fenwick of Vendaria and sign a pact on ports.")
    assert_statements(body, [])


def test_official_closing_the_lead_is_the_minister_named_next_who_speaks():
    """The rule kept: the one named next speaks there ("Minister Z said …"): the official is he."""
    body = (_TITLE + "President Ama Kolder will on Thursday visit Vendaria for talks on trade, a senior government "
            "official has revealed.\n\nTrade Minister Bo Fenwick said the pact on ports will be signed.")
    assert_statements(body, [
        ("Bo Fenwick", "indirect", "President Ama Kolder will on Thursday visit Vendaria for talks on trade, a senior "
                                   "government official has revealed."),
        ("Bo Fenwick", "indirect", "Trade Minister Bo Fenwick said the pact on ports will be signed."),
    ])


def test_gerund_aside_after_an_object_is_no_subjects_occasion():
    """"The role of Governor X in resolving the crisis, said Y, was vital": the name before "in <doing>" is the object
    of "of", no subject; the inverted "said Y" stays Y's (before rf9: X's)."""
    body = (_TITLE + "The role of Governor Ama Kolder in resolving the crisis, said Bo Fenwick, was vital for peace.")
    assert_statements(body, [
        ("Bo Fenwick", "indirect", "The role of Governor Ama Kolder in resolving the crisis, said Bo Fenwick, was "
                                   "vital for peace."),
    ])


def test_gerund_aside_after_a_subject_opening_the_clause_is_its_occasion():
    """The rule kept: "Yesterday, Governor X in addressing the unrest in Z, termed …": the subject opens the clause
    after the fronted day, so the aside is its occasion."""
    body = (_TITLE + "Governor Ama Kolder visited Dorvan.\n\nYesterday, Kolder in addressing the recent unrest in "
            "Dorvan, termed the clashes as regrettable.")
    assert_statements(body, [
        ("Ama Kolder", "indirect", "Yesterday, Kolder in addressing the recent unrest in Dorvan, termed the clashes "
                                   "as regrettable."),
    ])


def test_revealed_closing_a_relative_clause_is_no_tag():
    """"The envoys toured the new port that Governor X had revealed.": "revealed." closes a relative clause whose
    object is the port, no words told before a comma; no statement (before rf9: X's)."""
    body = (_TITLE + "Governor Bo Fenwick met envoys in Tamboria.\n\n"
            "The envoys toured the new port that Governor Bo Fenwick had revealed.")
    assert_statements(body, [])


def test_revealed_closing_a_tag_after_the_words_told_still_speaks():
    """The rule kept: "…, Fenwick has revealed." closes a tag after the words told and their comma."""
    body = (_TITLE + "Governor Bo Fenwick met envoys in Tamboria.\n\n"
            "The port will open in May after a year of work, Fenwick has revealed.")
    assert_statements(body, [
        ("Bo Fenwick", "indirect", "The port will open in May after a year of work, Fenwick has revealed."),
    ])
