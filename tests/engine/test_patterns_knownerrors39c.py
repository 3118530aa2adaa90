"""Readings of known errors of the invented sets (stop 39): a pronoun after a long fronted phrase whose subject is an
office's holder set off by commas on both sides ("On the first anniversary of the attacks …, the President of the
European Council, X, telephoned …" then "He had wished, he told her, …", hard22 calderra_anniversary_attacks_call).

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

WISHED = "He had wished, he told her, to stand beside the Vellish people on this day of remembrance."


def test_he_after_a_fronted_phrase_is_the_office_holder_set_off_by_commas():
    """"On the first anniversary of the floods in Port Arvel, the President of the Northern Council, Piet Harven,
    telephoned …. He had wished, he told her, …" (hard22 calderra_anniversary_attacks_call): the name sits more than
    a few words into the sentence, after the fronted phrase and the office, with a comma on both sides; it is the
    subject, whom "He" means."""
    body = ("On the first anniversary of the floods of 11 March in Port Arvel, the President of the Northern Council, "
            "Piet Harven, telephoned the President of Vellia, Orla Marsh.\n\n" + WISHED + "\n")
    assert_statements(body, [("Piet Harven", "indirect", WISHED)])


def test_a_holder_set_off_by_commas_before_a_relative_clause_is_no_subject_of_the_fronted_sentence():
    """The guard of the same rule: a name after the fronted phrase and the office, then "who": a relative clause,
    not the sentence's verb; the pronoun after it is not read from it (as before)."""
    body = ("On the first anniversary of the floods of 11 March in Port Arvel, the President of the Northern Council, "
            "Piet Harven, who telephoned the President of Vellia, Orla Marsh, was in Dornik.\n\n" + WISHED + "\n")
    assert_statements(body, [])


LEAD = "Governor Kasimir Orvel of Ostra held a call with Governor Henrike Sallow of Brenn.\n\n"


def test_a_split_quotation_resumes_after_a_tag_that_says_when():
    """"“We are one valley,” Mr X said at the close of the call, “and we will be judged as one.”" (hard28
    ostvald_governor_border_call): the time after the tag's verb is left out to find the verb, as "she added after a
    pause"; the second half is his too."""
    body = LEAD + '"We are one valley," Mr Orvel said at the close of the call, "and we will be judged as one."\n'
    assert_statements(body, [("Kasimir Orvel", "direct", "We are one valley,"),
                             ("Kasimir Orvel", "direct", "and we will be judged as one.")])


def test_a_tag_that_says_when_and_ends_its_sentence_leaves_the_next_quotation_to_its_own_cue():
    """The guard of the same rule: the tag closes its sentence; the next quotation is the one its own cue names."""
    body = LEAD + ('"We are one valley," Mr Orvel said at the close of the call. Ms Sallow replied: '
                   '"And we share one river."\n')
    assert_statements(body, [("Kasimir Orvel", "direct", "We are one valley,"),
                             ("Henrike Sallow", "direct", "And we share one river.")])
