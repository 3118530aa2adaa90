"""Mends of the review hr64's findings on the rules of h1210, h1211 and h1218: a quotation tagged "it read" / "it said"
in the first person singular is a person's own statement read out, not a body's (one reader of the "it" tag now); a
sympathy "with the government over its decision to …" is a leaning, no words; "solicited for consultants to …" is
hiring, not an appeal. Invented readouts, people and places."""

from __future__ import annotations

import pytest

from .test_patterns import assert_statements


def test_it_read_in_the_first_person_is_the_persons_statement():
    """(hr64 f2) "In a statement on Tuesday, Ambassador X said …" … "“I heard …,” it read.": the words are in the first
    person singular, X's own statement read out, so his direct statement (h1210's rule dropped them as a body's)."""
    body = ("In a statement on Tuesday, Ambassador Tomas Verlan said he had visited Zelan. He met Governor Paul Odeko "
            "of Vimar. According to the statement, he also met the elders of the Arvel clan.\n\n"
            "“I heard the experiences of these communities and I agreed to continue the dialogue,” it read.")
    assert_statements(body, [
        ("Tomas Verlan", "indirect", "In a statement on Tuesday, Ambassador Tomas Verlan said he had visited Zelan."),
        ("Tomas Verlan", "direct", "I heard the experiences of these communities and I agreed to continue the "
         "dialogue"),
    ])


def test_it_read_in_the_first_person_after_issued_a_statement_is_the_issuers():
    """(hr64 f2) "Ambassador X issued a statement …" … "“I heard …,” it read.": the statement is X's, its words in the
    first person his own, direct (h1210's rule dropped them; before it, they fell to the person named last)."""
    body = ("Ambassador Tomas Verlan issued a statement on Tuesday after he visited Zelan. He met Governor Paul Odeko "
            "of Vimar. According to the statement, he also met the elders of the Arvel clan.\n\n"
            "“I heard the experiences of these communities and agreed to continue the dialogue,” it read.")
    assert_statements(body, [
        ("Tomas Verlan", "direct", "I heard the experiences of these communities and agreed to continue the "
         "dialogue"),
    ])


def test_it_read_in_the_first_person_after_the_ambassadors_statement_is_his():
    """(hr64 f2) "X visited Y on Tuesday, the Ambassador's statement said." … "“I heard …,” it read.": X's."""
    body = ("Ambassador Tomas Verlan visited Zelan on Tuesday, the Ambassador's statement said. He met Governor Paul "
            "Odeko of Vimar.\n\n"
            "“I heard the experiences of these communities and agreed to continue the dialogue,” it read.")
    assert_statements(body, [
        ("Tomas Verlan", "direct", "I heard the experiences of these communities and agreed to continue the "
         "dialogue"),
    ])


def test_it_said_in_the_first_person_after_a_body_is_the_speakers():
    """(hr64 f2, h1218's half of the one reader) "“I will …,” it said." after a person spoke: first person singular
    words are a person's, never a body's, so the speaker's own direct statement."""
    body = ("Interior Secretary Teo Marn said on Monday he respects each city’s decision.\n\n"
            "“I will therefore accept any application for a licence to operate a clinic from any owner,” it said.")
    assert_statements(body, [
        ("Teo Marn", "indirect", "Interior Secretary Teo Marn said on Monday he respects each city’s decision."),
        ("Teo Marn", "direct", "I will therefore accept any application for a licence to operate a clinic from any "
         "owner,"),
    ])


def test_it_read_in_the_third_person_after_a_statement_is_still_no_ones():
    """The guard: "“He heard …,” it read." after "…, a statement from his office said." is still the statement's words,
    no one's (h1210's rule kept in the one reader)."""
    body = ("Ambassador Tomas Verlan visited Zelan on Tuesday, a statement from his office said. He met Governor Paul "
            "Odeko of Vimar.\n\n"
            "“He heard the experiences of these communities and agreed to continue the dialogue,” it read.")
    assert_statements(body, [])


def test_sympathised_with_the_government_over_its_decision_is_a_leaning():
    """(hr64 f5) "sympathised with the federal government over its decision to raise fuel prices": a leaning toward a
    choice, no sympathy voiced, no statement."""
    body = ("Governor Ali Bako of Kell State met the traders on Monday.\n\n"
            "Governor Ali Bako sympathised with the federal government over its decision to raise fuel prices.")
    assert_statements(body, [])


def test_sympathised_with_the_government_over_the_floods_is_sympathy():
    """The guard: "over the floods that killed ten people" is what the government suffered, sympathy voiced."""
    body = ("Governor Ali Bako of Kell State met the traders on Monday.\n\n"
            "Governor Ali Bako sympathised with the federal government over the floods that killed ten people.")
    assert_statements(body, [
        ("Ali Bako", "indirect", "Governor Ali Bako sympathised with the federal government over the floods that "
         "killed ten people."),
    ])


def test_solicited_for_consultants_to_audit_is_hiring():
    """(hr64 f6) "solicited for consultants to carry out an audit": hiring, a procurement act, no statement."""
    body = ("Governor Paul Odeko of Vimar met the traders on Monday.\n\n"
            "Odeko solicited for consultants to carry out an audit of the factories.")
    assert_statements(body, [])


def test_solicited_for_the_government_to_act_is_an_appeal():
    """The guard: "solicited for the federal government to carry out an audit" is an appeal, his statement."""
    body = ("Governor Paul Odeko of Vimar met the traders on Monday.\n\n"
            "Odeko solicited for the federal government to carry out an audit of the factories.")
    assert_statements(body, [
        ("Paul Odeko", "indirect", "Odeko solicited for the federal government to carry out an audit of the "
         "factories."),
    ])


# ---------------------------------------------------------------------------------------
# hr64 f8: tests that fail for their own rule (each checked by removing the rule)
# ---------------------------------------------------------------------------------------

def test_issued_an_apology_alone_speaks():
    """(h1216's rule, lexicon `_ISSUED_APOLOGY`) "Governor X issued an apology to the farmers for the delay." alone,
    no other speech verb in the sentence: an apology said. Fails with the rule removed (h1216's test passed on base
    through "welcomed")."""
    body = ("President Oren Valt of Lorvia visited Tesk County on Sunday for a church service. "
            "Governor Tamsin Vell issued an apology to the farmers for the delay.")
    assert_statements(body, [
        ("Tamsin Vell", "indirect", "Governor Tamsin Vell issued an apology to the farmers for the delay."),
    ])


def test_the_ooni_after_his_name_is_his_office():
    """(h1211's role words "ooni", "alaafin", lexicon) "Oba X, the Ooni of Y, … The Ooni said …": the title after the
    name, so only the role word resolves "The Ooni" (h1208's unknown-title reader, `_holder_named_after_a_title`, reads
    the title before the name, "The Ooni of Y, Oba X", which is why h1211's test passed without the entries)."""
    body = ("Oba Tomas Arvel, the Ooni of Zelan, visited Governor Paul Odeko in Corvan. "
            "The Ooni said that the governor's leadership is worth emulating. "
            "Oba Karl Dune, the Alaafin of Merrow, also came. The Alaafin said that peace has returned.")
    assert_statements(body, [
        ("Tomas Arvel", "indirect", "The Ooni said that the governor's leadership is worth emulating."),
        ("Karl Dune", "indirect", "The Alaafin said that peace has returned."),
    ])


def test_mentri_besar_is_the_menteri_besar():
    """(h1215's `phrases._OFFICE_SPELLINGS`) "Zelan Mentri Besar Datuk Seri X met … The Menteri Besar said …": Malay
    Mail's spelling is the same office as the usual one, so the later mention resolves to him."""
    body = ("Zelan Mentri Besar Datuk Seri Ahmad Bako met the Sultan of Zelan on Monday. "
            "The Menteri Besar said that the state would build more schools.")
    assert_statements(body, [
        ("Ahmad Bako", "indirect", "The Menteri Besar said that the state would build more schools."),
    ])


@pytest.mark.parametrize("hearsay", ["was earlier reported to have said", "is widely believed to have said",
                                     "was once said to have stated"])
def test_hearsay_with_an_adverb_keeps_its_subject(hearsay):
    """(h1215's adverbs in `speech_subjects._HEARSAY_TO_HAVE`) "X was earlier reported to have said that …": the
    hearsay keeps X as the subject, his statement."""
    said = f"Minister Odo Varnok {hearsay} that the council meetings were cancelled over leaks."
    body = "Minister Odo Varnok of Kell met the traders on Monday.\n\n" + said
    assert_statements(body, [("Odo Varnok", "indirect", said)])


@pytest.mark.parametrize("been", ["had been", "have been"])
def test_views_had_been_expressed_by_gives_back_the_claim(been):
    """(h1214's "have been" / "had been" in `statements._SAID_BY`) "These views had been expressed by Minister X …":
    the perfect passive back-reference, the views before his."""
    body = ("Kestrel Mining Company has pledged US$20 000 to rehabilitate clinics in the province.\n\n"
            f"These views {been} expressed by Minister Tomas Vell in an interview with The Courier.")
    assert_statements(body, [
        ("Tomas Vell", "indirect",
         "Kestrel Mining Company has pledged US$20 000 to rehabilitate clinics in the province."),
    ])


def test_a_comma_less_relative_ending_in_besides_and_a_name():
    """(h1213's "besides" in `speech_subjects._UNCLOSED_RELATIVE`) "Mr. X who met all the chiefs besides Chief Y said
    …": the relative clause is the opener's, the verb his, not Y's."""
    said = "Mr. Venn who met all the chiefs besides Chief Olu Tamm said he came to thank the President for his care."
    body = "Mr. Arlo Venn met President Dara Holt at the palace today. " + said
    assert_statements(body, [("Arlo Venn", "indirect", said)])
