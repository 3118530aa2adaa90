"""Rules from the nine-hundred-eighteenth held-out set (the Governor of Edo State, Nigeria, and those at his meetings,
2017-2024): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_VISIT = "Governor Paul Odeko of Vimar State visited the palace of King Tomas Arvel, the Oba of Zelan, on Tuesday. "


def test_charged_someone_to_do_a_thing_speaks():
    """"Oba of Benin, X, on Tuesday, charged the Edo State governor-elect, Senator Y, to fulfil his electoral promises
    …" (Punch 2024-10-08): a charge to do a thing, an appeal as "urged … to", the one charged in an apposition. Before,
    "charged" spoke only before "with"."""
    body = ("King Tomas Arvel, the Oba of Zelan, on Tuesday, charged the Vimar State governor-elect, Senator Paul "
            "Odeko, to fulfil his electoral promises to the people.")
    assert_statements(body, [
        ("Tomas Arvel", "indirect", body),
    ])


def test_charged_a_fee_to_use_is_no_appeal():
    """The guard: "charged a fee to use the road" is a price, and "charged the costs to the ministry" (no verb after
    "to") a cost put down to someone: no charge to do a thing, no statement."""
    body = ("Minister Paul Odeko of Vimar opened the new road on Monday. "
            "The agency charged a fee to use the road and charged the costs to the ministry.")
    assert_statements(body, [])


def test_the_traditional_ruler_is_the_monarch_named_before():
    """"Oba of Benin, X, … The traditional ruler, who expressed confidence …, thanked God …" (Punch 2024-10-08): a
    Nigerian paper's "traditional ruler" for the monarch named before, as "the royal father". Before, no one's."""
    body = (_VISIT + "The traditional ruler, who expressed confidence in the ability of the governor, thanked God for "
            "the peaceful poll.")
    assert_statements(body, [
        ("Tomas Arvel", "indirect", "The traditional ruler, who expressed confidence in the ability of the governor, "
         "thanked God for the peaceful poll."),
    ])


def test_traditional_rulers_together_are_a_group():
    """The guard: "The traditional rulers thanked …", the plural, is a group: no statement."""
    body = _VISIT + "The traditional rulers of the kingdom thanked God for the peaceful poll."
    assert_statements(body, [])


def test_gave_the_advice_when_says_only_when():
    """"Oba X gave the advice when the governor-elect … visited his palace …" (Punch 2024-10-08): the advice told
    before, this sentence only when it was given, as "gave the assurance during …". Before, a statement."""
    body = ("King Tomas Arvel urged the governor to keep his promises. "
            "Arvel gave the advice when the governor visited his palace in Zelan.")
    assert_statements(body, [
        ("Tomas Arvel", "indirect", "King Tomas Arvel urged the governor to keep his promises."),
    ])


def test_gave_the_advice_that_still_speaks():
    """The guard: "gave the advice that …" says what was advised: his statement."""
    body = _VISIT + "Arvel gave the advice that the governor should keep his promises."
    assert_statements(body, [
        ("Tomas Arvel", "indirect", "Arvel gave the advice that the governor should keep his promises."),
    ])


def test_on_his_facebook_page_between_subject_and_verb():
    """"Wike on his Facebook page wrote: “…”" (The Nation 2020-06-14): the account where he wrote between the subject
    and the verb, read as "X, on his Facebook page, wrote"; before, the quotation went to the other governor."""
    body = ("Governor Paul Odeko of Vimar on Sunday met with his Zelan counterpart, Tomas Arvel, at the Zelan "
            "Government House. Arvel on his Facebook page wrote: “I received my brother Paul Odeko today”.")
    assert_statements(body, [
        ("Tomas Arvel", "direct", "I received my brother Paul Odeko today"),
    ])


def test_on_his_twitter_handle_said():
    """The same with a handle and a reported clause: "X on his Twitter handle said …"."""
    body = ("Governor Paul Odeko of Vimar on Sunday met with his Zelan counterpart, Tomas Arvel. "
            "Arvel on his Twitter handle said the talks were fruitful.")
    assert_statements(body, [
        ("Tomas Arvel", "indirect", "Arvel on his Twitter handle said the talks were fruitful."),
    ])


def test_a_report_on_his_facebook_page_is_no_one():
    """The guard: "A report on his Facebook page said …": a text's subject, the page where it stands, no person."""
    body = ("Governor Paul Odeko of Vimar on Sunday met with his Zelan counterpart, Tomas Arvel. "
            "A report on his Facebook page said the talks were fruitful.")
    assert_statements(body, [])


def test_in_charge_of_before_a_name_is_no_charge():
    """The guard: "the Deputy High Commissioner in charge of the Embassy, Mr Y, said the visit was to strengthen …"
    ("charge" a noun, a "to" after "was" far on): Y's statement, not the host's charge (the eight-hundred-twenty-third's
    Ambode page, read wrong by the first form of the rule)."""
    body = ("Governor Paul Odeko of Vimar received the Zelan High Commissioner, Tomas Arvel. "
            "Earlier, Arvel, who was accompanied by the Deputy High Commissioner in charge of the Zelan Embassy in "
            "Vimar, Mr Ivo Brant, said the visit was to strengthen relationship between Zelan and Vimar.")
    assert_statements(body, [
        ("Tomas Arvel", "indirect", "Earlier, Arvel, who was accompanied by the Deputy High Commissioner in charge of "
         "the Zelan Embassy in Vimar, Mr Ivo Brant, said the visit was to strengthen relationship between Zelan and "
         "Vimar."),
    ])


def test_charged_particles_and_to_measure_is_no_charge():
    """The guard: "to monitor … charged particles of the ionosphere and to measure …" ("charged" an adjective, "and"
    before "to"): the satellite's purpose, no statement (the hundred-twenty-second's satellite page)."""
    body = ("Minister Paul Odeko of Vimar attended the launch on Monday. "
            "The satellite is also designed to monitor neutral and charged particles of the ionosphere and to measure "
            "the dose of radiation.")
    assert_statements(body, [])
