"""Readings of errors of the fivehundredseventythird set (the ILO's own English news, stop 50): the capacity a person
takes part in, named in a "who" aside after his name ("paid tribute to X, who was taking part in his last Conference
as the Agency’s Director-General"), the gains one points to, a body's Director named with the body ("the Director of
ACTRAV") in a note that never names him, and a title's initials in brackets ("(ITUC AP)"), no one's name.

Each test is a small invented readout (invented people and bodies) and the statements GOLD-FORMAT.md asks for; each
rule's test fails without it, and a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

TRIBUTE = ("The Workers' Group paid a warm tribute to Orvan Telli, who was taking part in his last Assembly as the "
           "Agency’s Director-General.\n\n")


def test_the_capacity_taken_part_in_named_in_a_who_aside_is_the_persons_office():
    """"paid a warm tribute to Juan Somavia, who was taking part in his last International Labour Conference as the
    ILO’s Director-General … In reply, the Director-General recalled …" (fivehundredseventythird ilo
    somavia-tribute): the office he takes part as is his, so the bare office and the "he" after it are his."""
    recalled = "In reply, the Director-General recalled his cordial relations with the unions."
    hailed = "He hailed the role played by union leaders."
    assert_statements(TRIBUTE + recalled + " " + hailed + "\n",
                      [("Orvan Telli", "indirect", recalled), ("Orvan Telli", "indirect", hailed)])


def test_a_who_aside_with_no_capacity_gives_no_office():
    """The guard of the same rule: taking part with no "as <office>" after it gives the one named as an object no
    office, and the bare office is no one's, as before."""
    body = ("The Workers' Group paid a warm tribute to Orvan Telli, who was taking part in his last Assembly.\n\n"
            "In reply, the Director-General recalled his cordial relations with the unions.\n")
    assert_statements(body, [])


def test_pointed_to_the_gains_is_a_point_made():
    """"In his address, the Worker Vice-Chairperson of the Governing Body, Luc Cortebeeck, pointed to the gains made
    by the Organization under X's leadership" (fivehundredseventythird ilo somavia-tribute): the gains one points
    to, as the achievements one points to, are a point made."""
    sentence = ("In his address, the Worker Vice-Chairperson of the Council, Piet Amsel, pointed to the gains made by "
                "the Agency under Orvan Telli's leadership.")
    assert_statements(TRIBUTE + sentence + "\n", [("Piet Amsel", "indirect", sentence)])


def test_pointed_to_a_place_is_still_no_statement():
    """The guard of the same lexicon entry: pointing to a place or a thing with no point made is narrative."""
    assert_statements(TRIBUTE + "Piet Amsel pointed to the gates of the hall.\n", [])


NOTE = ("In his opening remarks to introduce the video message of the Director-General, Orvan Telli, the Director of "
        "VELTRA expressed concern that the recent growth in some Vellish regions has not improved living standards.")


def test_a_bodys_director_written_with_the_body_is_one_unnamed_speaker():
    """"… the video message of the Director-General, Juan Somavia, the Director of ACTRAV expressed concern that …"
    (fivehundredseventythird ilo actrav-ituc-ap): a body's Director written with the body, no one named holding the
    office and everyone named holding one, is one person known by the office as written, as a body's
    Secretary-General is."""
    assert_statements(NOTE + "\n", [("The Director of VELTRA", "indirect", NOTE)])


def test_a_bare_director_is_still_no_one():
    """The guard of the same rule: the bare "the Director", no body written with it, is no unnamed speaker."""
    body = NOTE.replace("the Director of VELTRA", "the Director")
    assert_statements(body + "\n", [])


def test_a_titles_initials_in_brackets_are_no_ones_name():
    """A title "Message from ILO Director-General Juan Somavia to the International Trade Union Confederation Asia and
    Pacific Region (ITUC AP)" (fivehundredseventythird ilo actrav-ituc-ap): the capitals in brackets are the body's
    initials, no person, who (with no office) kept the body's Director from being its unnamed speaker."""
    title = ("Message from Agency Director-General Orvan Telli to the Vellish Union Confederation North Region "
             "(VUC NR)")
    assert_statements(NOTE + "\n", [("The Director of VELTRA", "indirect", NOTE)], title=title)


def test_a_titles_bracketed_name_in_lower_case_letters_is_still_a_person():
    """The guard of the same rule: a person's name in brackets in a title ("(Orvan Telli)") is still a name the
    readout's people are read from: the body's bare office is his."""
    title = "Message of the Agency's head (Orvan Telli)"
    sentence = "Orvan Telli stressed the need for fair wages."
    assert_statements(sentence + "\n", [("Orvan Telli", "indirect", sentence)], title=title)


SPEECH = ("In a speech to the employers’ representatives at the Assembly, Telli said that the shared commitment "
          "made the Agency a centre of excellence.")


def test_a_lone_surname_who_says_he_of_himself_is_a_person_from_his_first_mention():
    """A page that names its speaker only "Ryder" (fivehundredseventythird ilo ryder-employers: "In a speech to the
    employers’ representatives …, Ryder said that …", "“…,” he said.", "Ryder said that he hoped his report …"): a
    lone surname, named again, the subject of "said that he", is a person known before the pass reads the sentences,
    so the first report and the quotation between are his too."""
    quoted = "The Agency must be relevant to the constituents,"
    hoped = "Telli said that he hoped his report would serve as a source of engagement."
    body = SPEECH + "\n\n“" + quoted + "” he said.\n\n" + hoped + "\n"
    assert_statements(body, [("Telli", "indirect", SPEECH), ("Telli", "direct", quoted), ("Telli", "indirect", hoped)])


def test_a_lone_word_named_once_who_said_he_is_still_no_one():
    """The guard of the same rule: a lone capitalised word met once ("Vantor said he …", a wire service's name in a
    news copy as often as a man's) makes no one; a lone word with no "he" after "said" makes no one either."""
    assert_statements("Vantor said he had seen the letter.\n", [])
    assert_statements(SPEECH + " Telli said the Agency would change.\n", [])


def test_a_lone_word_after_of_is_no_surname():
    """The guard of the same rule: "The head of Udmurtia said he wanted …" (seventyfirst kremlin_68533): the word
    after "of" is a region, the report the head's, and the sentence after it, with no speech verb, carried on as his."""
    body = ("The President met with Head of the Velmar Republic Oren Kask.\n\n"
            "The head of Velmar said he wanted to ask for support. Velmar has twelve plants.\n")
    assert_statements(body, [("Oren Kask", "indirect", "The head of Velmar said he wanted to ask for support."),
                             ("Oren Kask", "indirect", "Velmar has twelve plants.")])


CONGRATULATED = "The Agency Director-General congratulated the Southern members of the Council on the work accomplished."
SATISFIED = "Mr. Orvan Telli expressed his satisfaction at the progress achieved."
LEAD = CONGRATULATED + " " + SATISFIED


def test_a_leads_office_is_the_styled_name_that_opens_the_next_sentence():
    """"The ILO Director-General congratulated the African members … Mr. Juan Somavia expressed his satisfaction …"
    (fivehundredseventythird ilo african-members): an office that opens the body, no one named before it, is the
    person the very next sentence opens on, styled and with no office of his own, as a participle's lead naming him
    would tell; then "the Agency DG" is he too."""
    welcomed = "Concerning the situation in the south, the Agency DG welcomed the example set by Velmar."
    assert_statements(LEAD + "\n\n" + welcomed + "\n", [
        ("Orvan Telli", "indirect", CONGRATULATED), ("Orvan Telli", "indirect", SATISFIED),
        ("Orvan Telli", "indirect", welcomed)])


def test_a_leads_office_after_someone_named_is_not_the_next_sentences_name():
    """The guard of the same rule: with someone already named, with an office, before the lead's office ("Council
    chair Ida Morn opened the session.") the office is not read forward to the next sentence's styled name."""
    body = "Council Chair Ida Morn opened the session.\n\n" + LEAD + "\n"
    assert_statements(body, [("Orvan Telli", "indirect", SATISFIED)])


def test_an_agencys_dateline_with_two_initials_and_a_glued_hyphen_is_no_ones_words():
    """"Geneva, 22 march 2011 (ACTRAV INFO)- The ILO Director-General congratulated …" (fivehundredseventythird ilo
    african-members): a place, a date with its month in lower case and a year with no comma, an agency's initials of
    two words in brackets and a hyphen glued to them are a dateline, no one's words, so the sentence opens with the
    office and the next sentence's styled name is whom it stands for."""
    body = "Geneva, 22 march 2011 (VELTRA INFO)- " + LEAD + "\n"
    assert_statements(body, [("Orvan Telli", "indirect", CONGRATULATED), ("Orvan Telli", "indirect", SATISFIED)])
