"""Rules mended by helper h628 from the forty-fifth stop's known errors: invented readouts, invented people."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_the_second_of_two_joined_offices_before_a_name_is_his():
    """"a courtesy call on the Attorney General and Minister of Home Affairs, X, … The Minister admitted …"
    (fourhundredsixtyfifth): one holder of both offices "and" joins before his name, so a later bare "The Minister"
    means him, not only "the Attorney General". Before, only the first office was learned and the sentence went to
    no one."""
    body = ("The envoy paid a courtesy call on the Attorney General and Minister of Home Affairs, Tobin Arkwell, "
            "at his headquarters.\n\n"
            "The Minister admitted that the issue of crime and security was of concern to him.")
    assert_statements(body, [
        ("Tobin Arkwell", "indirect",
         "The Minister admitted that the issue of crime and security was of concern to him."),
    ])


def test_the_first_of_two_joined_offices_still_means_him():
    """The first office stays his as well: "The Attorney General noted …"."""
    body = ("The envoy paid a courtesy call on the Attorney General and Minister of Home Affairs, Tobin Arkwell, "
            "at his headquarters.\n\n"
            "The Attorney General noted that training had been provided to the police.")
    assert_statements(body, [
        ("Tobin Arkwell", "indirect", "The Attorney General noted that training had been provided to the police."),
    ])


def test_an_office_in_turn_means_the_holder_named_before_in_that_sentence():
    """"The minister briefed Commissioner Rehn on … and the commissioner in turn discussed …"
    (fourhundredsixtysecond): of two commissioners, "the commissioner in turn" is the one the sentence just named,
    who answers, not the first commissioner of the readout."""
    body = ("Minister Halla Brekk met today with two Commissioners of the Union.\n\n"
            "In a meeting with Enlargement Commissioner Piet Varholm, the negotiations were the main topic.\n\n"
            "Minister Brekk also met with Aino Lasse, Commissioner for Economy. The minister briefed Commissioner Lasse "
            "on the economy and the commissioner in turn discussed the measures to ensure financial stability.")
    assert_statements(body, [
        ("Halla Brekk", "indirect", "The minister briefed Commissioner Lasse on the economy"),
        ("Aino Lasse", "indirect",
         "the commissioner in turn discussed the measures to ensure financial stability."),
    ])


def test_a_meeting_aside_without_commas_between_subject_and_verb():
    """"Senator Walcott in their discussions highlighted the strong … relationship …" (fourhundredsixtyfifth): "in
    their discussions", "during the meeting" between a named subject and his speech verb tell when he spoke, as
    "in turn" does with no commas; before, the sentence was no one's."""
    body = ("Senator Ivo Marr met with the envoy on Monday.\n\n"
            "Senator Marr in their discussions highlighted the strong relationship between the two nations.\n\n"
            "Senator Marr during the meeting stressed the need for closer cooperation.")
    assert_statements(body, [
        ("Ivo Marr", "indirect",
         "Senator Marr in their discussions highlighted the strong relationship between the two nations."),
        ("Ivo Marr", "indirect", "Senator Marr during the meeting stressed the need for closer cooperation."),
    ])
