"""Rules from the thousand-first held-out set (the Governor of Embu County, Kenya, and those at his or her meetings,
2019-2022): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_he_opening_a_paragraph_after_a_newcomers_report_is_the_newcomer():
    """"Enos Njeru, … board member said that … . He called on … . Embu Deputy governor Kinyua Mugo said … [paragraph]
    He noted that …" (People Daily, the tea hawkers): the paragraph's last report is a man first named in it, so the
    next paragraph's "He" is his. Before, the paragraph's opener, noted again when his report was weighed for carrying
    on, was the last subject."""
    body = ("Leaders in Kelo have expressed fear over the mills.\n\n"
            "Omar Belu, Mill Board member said that the supply had fallen. He called on farmers not to sell to "
            "hawkers. Deputy governor Karl Tamsin said the practice is putting the mills at risk.\n\n"
            "He noted that business was being undertaken at night.")
    assert_statements(body, [
        ("Omar Belu", "indirect", "Omar Belu, Mill Board member said that the supply had fallen."),
        ("Omar Belu", "indirect", "He called on farmers not to sell to hawkers."),
        ("Karl Tamsin", "indirect", "Deputy governor Karl Tamsin said the practice is putting the mills at risk."),
        ("Karl Tamsin", "indirect", "He noted that business was being undertaken at night."),
    ])


def test_he_opening_a_paragraph_after_a_newcomers_belief_stays_the_openers():
    """The guard: the paragraph's last report is a belief of a man first named in it ("President Vorsk believes …",
    kremlin_42515's "Mr Putin believes …"), an aside on the opener's report, so "He" opening the next paragraph is
    still the opener's, as before."""
    body = ("The prosecutors met in the capital on Monday.\n\n"
            "Prosecutor General Ilya Brant said that crime had fallen in the regions. He noted that the courts worked well. President Adan "
            "Vorsk believes that the reform must go on.\n\n"
            "He described the work of the regional offices.")
    assert_statements(body, [
        ("Ilya Brant", "indirect", "Prosecutor General Ilya Brant said that crime had fallen in the regions."),
        ("Ilya Brant", "indirect", "He noted that the courts worked well."),
        ("Adan Vorsk", "indirect", "President Adan Vorsk believes that the reform must go on."),
        ("Ilya Brant", "indirect", "He described the work of the regional offices."),
    ])


def test_office_of_a_lower_case_body_before_an_unclosed_who_clause():
    """"The Vice Governor of Shanxi provincial government, He Tiancia who was present during the signing ceremony, said
    all the projects …" (Business Daily 2019-11-22): the office's body ends in lower-case words ("provincial
    government") before the comma that sets the name off, the relative clause closed but not opened: the name's.
    Before, nothing was given."""
    body = ("Kelo County has signed a deal with a firm from Orland.\n\n"
            "The Vice Governor of Orland provincial government, Kem Tavi who was present during the ceremony, said all "
            "the projects will be done on time.")
    assert_statements(body, [
        ("Kem Tavi", "indirect", "The Vice Governor of Orland provincial government, Kem Tavi who was present during "
         "the ceremony, said all the projects will be done on time."),
    ])


def test_lower_case_words_other_than_a_bodys_before_the_name_are_no_office():
    """The guard: after "The Vice Governor of Orland" come lower-case words that are no body's ("and the delegates"):
    a pair, no one person's statement, as before."""
    body = ("Kelo County has signed a deal with a firm from Orland.\n\n"
            "The Vice Governor of Orland and the delegates, Kem Tavi who was present during the ceremony, said all "
            "the projects will be done on time.")
    assert_statements(body, [])


def test_pronoun_after_even_as_past_a_participle_clause_is_the_subject():
    """"Speaking, Wednesday, in Embu Town after receiving his certificate, Wambora who is also the Party Leader exuded
    confidence of a clear win, even as he called on his opponents …" (KBC 2022-04-28): the pronoun after ", even as"
    is the name that opens the main clause past the participle's clause (a weekday set off in it), not the last man
    named before. Before, the other candidate named in the paragraph before was given the statement."""
    body = ("Governor Tom Ladu has been cleared to vie for the seat. Other contestants include Senator Pio Anvar, who "
            "lost the nominations.\n\n"
            "Speaking, Wednesday, in Kelo Town after receiving his certificate, Ladu who is also the Party Leader "
            "exuded confidence of a clear win, even as he called on his opponents to shun negative campaigns.")
    assert_statements(body, [
        ("Tom Ladu", "indirect", "Speaking, Wednesday, in Kelo Town after receiving his certificate, Ladu who is also "
         "the Party Leader exuded confidence of a clear win, even as he called on his opponents to shun negative "
         "campaigns."),
    ])


def test_pronoun_after_even_as_with_no_opener_named_is_read_as_before():
    """The guard: when the main clause past the participle's clause opens with no name ("the crowd cheered"), the
    pronoun after ", even as" is read as any other, the last man who spoke."""
    body = ("Governor Tom Ladu has been cleared to vie for the seat. Senator Pio Anvar said he would appeal.\n\n"
            "Speaking in Kelo Town, the crowd cheered loudly, even as he called on his opponents to shun negative "
            "campaigns.")
    assert_statements(body, [
        ("Pio Anvar", "indirect", "Senator Pio Anvar said he would appeal."),
        ("Pio Anvar", "indirect", "Speaking in Kelo Town, the crowd cheered loudly, even as he called on his "
         "opponents to shun negative campaigns."),
    ])
