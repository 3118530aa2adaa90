"""Rules from the eight-hundred-seventy-ninth held-out set (the Governor of Sri Lanka's Northern Province and those who
speak at the Governor's meetings, 2018-2023): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_CALL = "Ambassador Tomas Pell of Orsa called on Governor Anna Varga of the Northern Province in Arvik. "


def test_meanwhile_between_a_named_subject_and_its_verb():
    """"Ambassador Chaibi, meanwhile said that it was a pleasure to meet Governor Charles …" (Colombo Gazette
    2020-01-17): "meanwhile" between a named subject and its verb, with its opening comma only or with none, stepped
    over as "also" is. Before, the sentence was given to no one."""
    body = (_CALL + "Ambassador Pell, meanwhile said that it was a pleasure to meet Governor Varga in Arvik. "
            "Governor Varga meanwhile told him that the roads to the north are open.")
    assert_statements(body, [
        ("Tomas Pell", "indirect",
         "Ambassador Pell, meanwhile said that it was a pleasure to meet Governor Varga in Arvik."),
        ("Anna Varga", "indirect", "Governor Varga meanwhile told him that the roads to the north are open."),
    ])


def test_however_between_a_named_subject_and_its_verb():
    """"X however said …": the concessive adverb with no commas, stepped over the same way."""
    body = _CALL + "Governor Varga however said that the land release will take more time."
    assert_statements(body, [
        ("Anna Varga", "indirect", "Governor Varga however said that the land release will take more time."),
    ])


def test_meanwhile_set_off_by_two_commas_stays_as_it_was():
    """The guard: ", meanwhile," set off by both commas was read before this rule, and still is; "Meanwhile" that
    opens the sentence too."""
    body = (_CALL + "Ambassador Pell, meanwhile, said that the visit was useful. "
            "Meanwhile Governor Varga said that the roads are open.")
    assert_statements(body, [
        ("Tomas Pell", "indirect", "Ambassador Pell, meanwhile, said that the visit was useful."),
        ("Anna Varga", "indirect", "Meanwhile Governor Varga said that the roads are open."),
    ])


def test_a_body_and_a_person_as_one_subject_are_a_group():
    """"The Army and Northern Province Governor have briefed the European Union (EU) on matters related to the
    North." (Colombo Gazette 2020-01-17): a body and a person joined by "and" open the clause, the two together, no
    one's statement (the format's group subject). Before, the Governor spoke alone."""
    body = (_CALL + "The Army and Northern Province Governor have briefed the envoy on matters related to the North. "
            "The Ministry and Governor Varga briefed the envoy on the land release. "
            "The police and the Governor have told the envoy that the roads are open. "
            "Ambassador Pell said that it was a pleasure to visit the north.")
    assert_statements(body, [
        ("Tomas Pell", "indirect", "Ambassador Pell said that it was a pleasure to visit the north."),
    ])


def test_one_commander_of_two_services_still_speaks():
    """The guard: "The Army and Navy Commander X" is one commander of both services (the word after "and" a second
    body), his words his, as before; a body named after the verb's subject is no part of it."""
    body = (_CALL + "The Army and Navy Commander Admiral Kel Doran met Ambassador Pell in Arvik. "
            "The Army and Navy Commander Admiral Kel Doran said that the roads to the north are open. "
            "Ambassador Pell thanked the Army and Governor Varga assured him of her support.")
    assert_statements(body, [
        ("Kel Doran", "indirect",
         "The Army and Navy Commander Admiral Kel Doran said that the roads to the north are open."),
        ("Tomas Pell", "indirect", "Ambassador Pell thanked the Army"),
        ("Anna Varga", "indirect", "Governor Varga assured him of her support."),
    ])


def test_he_is_ready_to_after_his_own_statement_goes_on():
    """"The Australian High Commissioner stated that he is ready to assist … . He also said that … . He is ready to
    work with the Governor in this regard." (Ada Derana 2019-07-17): a readiness in the present under "He", right
    after his own statement in the same paragraph, his words going on, as "He plans to …" is. Before, the last
    sentence was no one's."""
    body = (_CALL + "\n\nThe Ambassador stated that he is ready to assist the development of tourism in the province. "
            "He also said that they have already contributed to tourism by providing training. "
            "He is ready to work with the Governor in this regard.")
    assert_statements(body, [
        ("Tomas Pell", "indirect",
         "The Ambassador stated that he is ready to assist the development of tourism in the province."),
        ("Tomas Pell", "indirect", "He also said that they have already contributed to tourism by providing training."),
        ("Tomas Pell", "indirect", "He is ready to work with the Governor in this regard."),
    ])


def test_he_is_ready_to_after_narrative_stays_narrative():
    """The guard: after a sentence of narrative, not his statement, "He is ready to …" is not carried on; nor after
    another person's statement (hers, "He" the Ambassador)."""
    body = (_CALL + "\n\nThe Ambassador visited the harbour in Arvik. He is ready to leave for the capital on Monday."
            "\n\nGovernor Varga said that the harbour will be rebuilt. He is ready to fund the new pier.")
    assert_statements(body, [
        ("Anna Varga", "indirect", "Governor Varga said that the harbour will be rebuilt."),
    ])


def test_a_pronoun_that_opens_the_body_is_the_titles_host():
    """A release whose title is its lead sentence, the body going on under "He" (np.gov.lk 2023-06-05: "Mr. Marc
    Andrew France, Resident Coordinator of … stated that …" / "He stated that he is happy with …"): no one named in the
    body before the pronoun, which is the one the title names first. Before, the sentence was given to no one."""
    title = "Mr. Tomas Pell, Resident Coordinator of the Orsan Mission stated that the Mission will support the north."
    body = ("He stated that he is happy with the life of the northern people.\n\n"
            "Governor Anna Varga briefed him on the current situation in the province.")
    assert_statements(body, [
        ("Tomas Pell", "indirect", "He stated that he is happy with the life of the northern people."),
        ("Anna Varga", "indirect", "Governor Anna Varga briefed him on the current situation in the province."),
    ], title=title)


def test_a_pronoun_after_a_name_in_the_body_is_read_as_before():
    """The guard: once the body names someone, "He" is read as before (the last subject), not the title's host; and a
    pronoun whose sex the title's host contradicts is not the host ("He" under a title that names a woman)."""
    title = "Governor Anna Varga meets Orsan envoy"
    body = ("Ambassador Tomas Pell called on the Governor in Arvik. He said that the visit was useful.\n\n"
            "Governor Varga thanked him for the visit.")
    assert_statements(body, [
        ("Tomas Pell", "indirect", "He said that the visit was useful."),
        ("Anna Varga", "indirect", "Governor Varga thanked him for the visit."),
    ], title=title)
    assert_statements("He said that the visit was useful.", [], title="Governor Anna Varga meets Orsan envoy")
