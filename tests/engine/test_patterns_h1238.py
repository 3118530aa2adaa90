"""Rules from the nine-hundred-forty-seventh held-out set (the Governor of Laguna, Philippines, and those who speak at
or of the Governor's and the province's meetings, 2014-2025): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_nickname_of_capitals_between_given_name_and_surname():
    """"Emilio Ramon “ER” Ejercito" (Inquirer 2014-05-28): a nickname of initials in capitals between the given names
    and the surname is no quotation and no break in the name, so the lone surname later is he. Before, the name was cut
    at the nickname and "Ejercito told his supporters …" was no one's."""
    body = ("Police were deployed amid reports that Governor Ivo Marek “IM” Ranst’s supporters had put up barricades "
            "at the capitol in Dorvan.\n\n"
            "Ranst told his supporters in Dorvan that he will be their governor “now and forever.”")
    assert_statements(body, [
        ("Ivo Marek Ranst", "indirect",
         "Ranst told his supporters in Dorvan that he will be their governor “now and forever.”"),
    ])


def test_quoted_word_of_capitals_after_a_lower_case_word_is_no_nickname():
    """The guard: a word of capitals in quotation marks after a lower-case word ("the “NO” campaign") is no
    nickname; the sentence is read as before."""
    body = "Mayor Dana Orr said the “NO” campaign had won the vote in Dorvan."
    assert_statements(body, [
        ("Dana Orr", "indirect", "Mayor Dana Orr said the “NO” campaign had won the vote in Dorvan."),
    ])


def test_pronoun_after_a_question_put_is_the_one_asked():
    """"When asked if the Palace was behind Ejercito's ouster and his ascension …, he said, “hindi ako naniniwala.”"
    (GMA 2014-05-28): the one the question is about is no speaker; "he" is the one asked, the last speaker. Before, the
    possessor inside the question took the answer."""
    body = ("Governor Anton Kessel said he had a team ready at the sports complex.\n\n"
            "Also, Kessel maintained he is not conniving with the Palace to oust Tomas Verde.\n\n"
            "When asked if the Palace was behind Tomas Verde’s ouster, he said, “I do not believe it.”")
    assert_statements(body, [
        ("Anton Kessel", "indirect", "Governor Anton Kessel said he had a team ready at the sports complex."),
        ("Anton Kessel", "indirect", "Also, Kessel maintained he is not conniving with the Palace to oust Tomas Verde."),
        ("Anton Kessel", "direct", "I do not believe it."),
    ])


def test_pronoun_after_an_opening_of_another_persons_meetings_is_still_the_owner():
    """The guard: "Following X’s meetings in Y, she directed …" (an opening phrase that is no question): the pronoun is
    still the owner of the meetings, as before."""
    body = ("Governor Anton Kessel met the envoys.\n\n"
            "Following Vice President Dana Orr’s meetings in Varn, she directed the team to draft a plan.")
    assert_statements(body, [
        ("Dana Orr", "indirect",
         "Following Vice President Dana Orr’s meetings in Varn, she directed the team to draft a plan."),
    ])


def test_bracketed_translation_under_a_quotation_is_the_speakers():
    """"“Hindi po napupuno …,” he said." / "(These are not full because people prefer to be quarantined at home.)"
    (ABS-CBN 2021-03-22): the printed translation in brackets under a quotation is the same speaker's words, direct.
    Before, it was no one's."""
    body = ("Governor Ivo Ranst spoke to reporters in Dorvan on Monday.\n\n"
            "“Hindi po napupuno ang mga pasilidad,” he said.\n\n"
            "(The facilities are not full.)\n\n"
            "The governor said the centres will reduce transmission.")
    assert_statements(body, [
        ("Ivo Ranst", "direct", "Hindi po napupuno ang mga pasilidad,"),
        ("Ivo Ranst", "direct", "The facilities are not full."),
        ("Ivo Ranst", "indirect", "The governor said the centres will reduce transmission."),
    ])


def test_bracketed_note_under_a_quotation_is_no_ones():
    """The guard: a bracketed note with no stop under a quotation ("(With report from …)") and a bracketed sentence
    under narrative are no translation, no one's."""
    body = ("Governor Ivo Ranst spoke to reporters in Dorvan on Monday.\n\n"
            "“We will build the drains,” he said.\n\n"
            "(With report from the Kelvar News Agency)\n\n"
            "The drains will cost ten million.\n\n"
            "(The works start in May.)")
    assert_statements(body, [
        ("Ivo Ranst", "direct", "We will build the drains,"),
    ])


def test_appealing_for_after_a_quotations_tag_goes_on():
    """"“Within one year, we can clean everything,” Ang said, appealing for public cooperation to stop dumping trash
    into rivers." (Dredging Today 2025-11-07): an appeal, as "urging", goes on after the tag. Before, it was dropped."""
    body = ("Governor Ivo Ranst and Ramon Tarlo signed the dredging agreement in Dorvan.\n\n"
            "“Within one year, we can clean everything,” Tarlo said, appealing for public cooperation to stop dumping "
            "trash into rivers.")
    assert_statements(body, [
        ("Ramon Tarlo", "direct", "Within one year, we can clean everything,"),
        ("Ramon Tarlo", "indirect", "appealing for public cooperation to stop dumping trash into rivers."),
    ])


def test_appealing_as_an_adjective_after_a_tag_is_not_read_on():
    """The guard: "appealing" with no "for" or "to" after it is an adjective, no appeal: the quotation alone."""
    body = ("Governor Ivo Ranst and Ramon Tarlo signed the dredging agreement in Dorvan.\n\n"
            "“The offer is good,” Tarlo said, appealing though the terms seemed.")
    assert_statements(body, [
        ("Ramon Tarlo", "direct", "The offer is good,"),
    ])


def test_open_description_ending_in_a_person_after_a_quotation():
    """"“…,” Alan Cortez, a supporter of Ejercito said." (Inquirer 2014-05-28): the description's closing comma left
    out, the person it ends in the object of "of"; the named speaker speaks. Before, the quotation went to the last
    speaker and the tag to the one supported."""
    body = ("Governor Tomas Kessel stayed in his office in Dorvan.\n\n"
            "Chief Superintendent Jesus Marlo said they have deployed about 100 policemen.\n\n"
            "“This is politically motivated,” Alan Verro, a supporter of Kessel said.")
    assert_statements(body, [
        ("Jesus Marlo", "indirect", "Chief Superintendent Jesus Marlo said they have deployed about 100 policemen."),
        ("Alan Verro", "direct", "This is politically motivated,"),
    ])


def test_open_description_ending_in_a_person_opening_a_sentence():
    """The same with no quotation: "X, a supporter of Y said …" is X's, not Y's."""
    body = ("Governor Tomas Kessel stayed in his office in Dorvan.\n\n"
            "Alan Verro, a supporter of Tomas Kessel said the case is politically motivated.")
    assert_statements(body, [
        ("Alan Verro", "indirect", "Alan Verro, a supporter of Tomas Kessel said the case is politically motivated."),
    ])


def test_closed_description_after_a_quotation_is_unchanged():
    """The guard: the description closed by its comma ("“…,” X, a supporter of Y, said."), read as before."""
    body = ("Governor Tomas Kessel stayed in his office in Dorvan.\n\n"
            "“This is politically motivated,” Alan Verro, a supporter of Kessel, said.")
    assert_statements(body, [
        ("Alan Verro", "direct", "This is politically motivated,"),
    ])


def test_initials_in_brackets_inside_an_office_in_apposition():
    """"Chief Superintendent X, PNP Public Information Office (PIO) chief, told reporters that …" (Inquirer
    2014-05-28): the body's initials before the lower-case office word cut the office; read without them, the named
    holder speaks. Before, the sentence was no one's."""
    body = ("Chief Superintendent Reuben Marlo, KNP Public Information Office (PIO) chief, told reporters that about "
            "100 officers were deployed to the capitol in Dorvan.")
    assert_statements(body, [
        ("Reuben Marlo", "indirect", "Chief Superintendent Reuben Marlo, KNP Public Information Office (PIO) chief, told "
         "reporters that about 100 officers were deployed to the capitol in Dorvan."),
    ])


def test_initials_in_brackets_before_a_verb_are_left():
    """The guard: a body's initials before its own verb ("The Provincial Health Office (PHO) said …") are no office's:
    a body's words, no one's, as before."""
    body = ("Governor Ivo Ranst met the mayors in Dorvan.\n\n"
            "The Provincial Health Office (PHO) said 23 cases were confirmed.")
    assert_statements(body, [])



def test_initials_in_brackets_in_an_office_that_is_the_subject_are_left():
    """The guard: the office with its initials as a quotation's tag's subject, no apposition opened by a comma ("“…,”
    the Trinamool Congress (TMC) chief said.", the 787th's aitcofficial): the initials kept, the readout read as
    before (its first rule, with no comma asked for, took that chief's quotation from the Chief Minister)."""
    body = ("Kelvar Chief Minister Ms. Mala Devan termed her meeting with Varnish Secretary of State Ms. Anna Roe as "
            "“positive and constructive”.\n\n"
            "Chief Minister said Ms. Anna Roe appreciated the Kelvar government’s work.\n\n"
            "“They have assured us of new investments,” the Kelvar People’s Congress (KPC) chief said.")
    assert_statements(body, [
        ("Mala Devan", "indirect", "Kelvar Chief Minister Ms. Mala Devan termed her meeting with Varnish Secretary of "
         "State Ms. Anna Roe as “positive and constructive”."),
        ("Mala Devan", "indirect", "Chief Minister said Ms. Anna Roe appreciated the Kelvar government’s work."),
    ])
