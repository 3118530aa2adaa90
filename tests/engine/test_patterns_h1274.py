"""Rules from the nine-hundred-eightieth held-out set (the Menteri Besar of Perak and those who speak at or of his
meetings): invented readouts, invented people, parties and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_name_after_a_partys_possessive_is_learnt():
    """"… together with his counterparts from ZPP Borin Kallas Weld and KDP’s Pell Kor Ming." / "“We pray for the
    best,” Pell said …" (Malay Mail 2020-12-08): the name after a party's initials and "’s" is the person (before,
    "KDP" was read as a one-word person and Pell Kor Ming was never learnt, so "Pell said" went to no one)."""
    body = ("The leaders met the ruler today.\n\n"
            "Arvel had been summoned together with his counterparts from ZPP Borin Kallas Weld and KDP’s Pell Kor Ming."
            "\n\n“We pray for the best,” Pell said when approached.")
    assert_statements(body, [
        ("Pell Kor Ming", "direct", "We pray for the best,"),
    ])


def test_name_after_a_partys_possessive_opening_a_run_is_learnt():
    """The run that opens with the owner ("Minister X met KDP’s Pell Kormin."): the same reading, one person."""
    body = ("Minister Tomas Arvel met KDP’s Pell Kormin in Kavala.\n\n"
            "“We pray for the best,” Pell said.")
    assert_statements(body, [
        ("Pell Kormin", "direct", "We pray for the best,"),
    ])


def test_thing_after_a_partys_possessive_stays_no_one():
    """The guard: a place or a body after the owner's possessive ("KDP’s Kavala Valley office") is no person; the
    minister's quotation stays his."""
    body = ("Minister Tomas Arvel visited KDP’s Kavala Valley office on Monday.\n\n"
            "“We will help,” Arvel said.")
    assert_statements(body, [
        ("Tomas Arvel", "direct", "We will help,"),
    ])


def test_pronoun_after_however_is_the_one_who_acted_just_before():
    """"Farhash too declined to disclose what was raised with the sultan. However, he indicated that negotiations may
    be ongoing." (Malay Mail 2020-12-08): "he" after a fronted "However," is the one named acting in the sentence
    before (no speech of his there), not the last one who spoke; "“…,” he said." after it is his too."""
    body = ("The leaders met the ruler today.\n\n"
            "Arvel was summoned together with Borin Kallas Weld and Pell Kor Ming.\n\n"
            "“We pray for the best,” Pell said when approached.\n\n"
            "Borin too declined to disclose what was raised with the ruler. However, he indicated that talks may be "
            "ongoing.\n\n“We can’t comment,” he said.")
    assert_statements(body, [
        ("Pell Kor Ming", "direct", "We pray for the best,"),
        ("Borin Kallas Weld", "indirect", "However, he indicated that talks may be ongoing."),
        ("Borin Kallas Weld", "direct", "We can’t comment,"),
    ])


def test_pronoun_after_however_after_anothers_statement_stays_the_speaker():
    """The guard: the sentence before is someone's statement ("“…,” Pell said. However, he indicated …"): "he" is
    still the one who spoke."""
    body = ("The leaders met the ruler today.\n\n"
            "Arvel was summoned together with Borin Kallas Weld and Pell Kor Ming.\n\n"
            "“We pray for the best,” Pell said. However, he indicated that talks may be ongoing.")
    assert_statements(body, [
        ("Pell Kor Ming", "direct", "We pray for the best,"),
        ("Pell Kor Ming", "indirect", "However, he indicated that talks may be ongoing."),
    ])


def test_outlet_reports_an_office_in_lower_case_and_a_name_saying():
    """"However, national news agency Bernama reported Perak PAS chief Razman Zakaria saying he had received orders
    …" (Malay Mail 2020-12-08): the words are the named one's, though a lower-case office ("chief") stands between
    the capitals; and the outlet's "reported" is no report he presented, so the paragraph after it (a group that has
    yet to arrive) is not carried on as his."""
    body = ("The leaders met the ruler today.\n\n"
            "However, the agency reported Zembran chief Tomas Arvel saying he had received orders to cancel the "
            "audience.\n\nZembran assemblymen have yet to arrive at the palace today.")
    assert_statements(body, [
        ("Tomas Arvel", "indirect", "However, the agency reported Zembran chief Tomas Arvel saying he had received "
                                    "orders to cancel the audience."),
    ])


def test_one_who_reports_to_the_meeting_then_saying_is_still_a_report():
    """The guard: "X reported to the President, saying that …" (a comma before "saying") is X's own report, read as
    before."""
    body = ("President Dara Holm received Governor Tomas Arvel.\n\n"
            "The Governor reported to the President, saying that the harvest had grown by a third.")
    assert_statements(body, [
        ("Tomas Arvel", "indirect", "The Governor reported to the President, saying that the harvest had grown by a "
                                    "third."),
    ])


def test_told_reporters_so_after_an_audience_is_only_where():
    """"He told reporters so after having an audience with …" (Ipoh Echo 2020-12-04): only where and when he said what
    the sentence before told, narrative, as "said this to reporters after …"."""
    body = ("Tomas Arvel informed that he is still the leader of the council.\n\n"
            "He told reporters so after having an audience with the ruler at the palace.\n\n"
            "“I was able to meet the ruler,” Arvel added.")
    assert_statements(body, [
        ("Tomas Arvel", "indirect", "Tomas Arvel informed that he is still the leader of the council."),
        ("Tomas Arvel", "direct", "I was able to meet the ruler,"),
    ])


def test_told_reporters_this_was_is_a_statement():
    """The guard: "He told reporters this was the best plan." tells what he said ("this" the clause's subject): his."""
    body = ("Tomas Arvel informed that he is still the leader of the council.\n\n"
            "He told reporters this was the best plan.")
    assert_statements(body, [
        ("Tomas Arvel", "indirect", "Tomas Arvel informed that he is still the leader of the council."),
        ("Tomas Arvel", "indirect", "He told reporters this was the best plan."),
    ])
