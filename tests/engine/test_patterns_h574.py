"""Readings the forty-eighth hard set (relayed speech: words carried by an envoy, a spokesperson, a letter or a message)
showed the engine missing: "the envoy" for a special envoy, a message read out "of" its sender and to an addressee, a
letter's lead-in "says, among other things:", a spokesperson's office in lower case before her name, a sentence opened
by "By the spokesperson's account," and "passed on President X's thanks".

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

ENVOY_RECEIVED = ("President Karl Osterlund received the Special Envoy of the President of Ruvenia, Dr. Emil Tarnacek, "
                  "who is on a working visit.\n\n")


def test_the_envoy_is_the_special_envoy_not_an_ambassador_named_after():
    """"the Special Envoy of the President of X, Dr. Y, … The envoy said …" (hard48 kesterholm): the bare noun is the
    special envoy's short name, not the Ambassador named later in the readout."""
    said = "The envoy said that he had come to listen as much as to deliver messages."
    body = ENVOY_RECEIVED + said + "\n\nAlso present was the Ambassador of Ruvenia, Anna Belcourt.\n"
    assert_statements(body, [("Emil Tarnacek", "indirect", said)])


def test_the_envoy_is_not_a_deputy_special_envoy():
    """Guard: with a Deputy Special Envoy and a Special Envoy both named, "the envoy" is the Special Envoy (the bare
    noun does not leave out "deputy")."""
    said = "The envoy said that he had come to listen."
    body = ("President Karl Osterlund received Deputy Special Envoy Emil Tarnacek and Special Envoy Ivo Braskow.\n\n"
            + said + "\n")
    assert_statements(body, [("Ivo Braskow", "indirect", said)])


MESSAGE_OPENING = ("Foreign Minister Petr Kallaway attended the National Day reception of the Embassy of Vayrunia. "
                   "The Minister was accompanied by the Director Ida Pavlenova.\n\n")


def test_a_message_read_out_of_its_sender_to_an_addressee_is_the_senders():
    """"the Ambassador … read out the message of President X to the people of Y: “…”" (hard48 tolmeria): the quoted
    words are the sender's, the addressee after his name."""
    body = (MESSAGE_OPENING + "At the opening, the Ambassador of Vayrunia, Solange Abrisseau, read out the message of "
            "President Gaston Delormier to the people of Tolmaria: “I send my friendship to every Tolmarian family.”\n\n"
            "Minister Kallaway thanked the Ambassador for the message.\n")
    assert_statements(body, [
        ("Gaston Delormier", "direct", "I send my friendship to every Tolmarian family."),
        ("Petr Kallaway", "indirect", "Minister Kallaway thanked the Ambassador for the message."),
    ])


def test_a_message_from_its_sender_read_out_by_someone_before_the_colon_is_the_senders():
    """"A message from President X was read out by the Ambassador: “…”": the passive of its reading out after the
    sender, the quoted words still the sender's, not the host Minister's who spoke last."""
    body = (MESSAGE_OPENING + "Minister Kallaway thanked the Embassy for the invitation.\n\n"
            "A message from President Gaston Delormier was read out by the Ambassador: “I send my friendship to every "
            "Tolmarian family.”\n")
    assert_statements(body, [
        ("Petr Kallaway", "indirect", "Minister Kallaway thanked the Embassy for the invitation."),
        ("Gaston Delormier", "direct", "I send my friendship to every Tolmarian family."),
    ])


def test_a_lead_in_that_names_a_reader_and_goes_on_after_the_sender_is_not_the_senders():
    """Guard: "…, who had received the greetings of President X, said:" goes on past the sender with a verb: the
    quotation is the one who said it."""
    body = (MESSAGE_OPENING + "The Ambassador of Vayrunia, Solange Abrisseau, who had received the greetings of "
            "President Gaston Delormier, said: “Our two nations share a river.”\n")
    assert_statements(body, [("Solange Abrisseau", "direct", "Our two nations share a river.")])


def test_a_letter_after_says_among_other_things_is_its_senders():
    """"… who handed over a personal letter from President X. / The letter says, among other things: / “…”" (hard48
    drusselia, as kremlin_28076's "The letter said, in part:"): the sender's words, not the host's."""
    body = ("President Honor Wrenfeld today received Foreign Minister Feodor Prokopak, who handed over a personal "
            "letter from President Bogdan Tselenok.\n\n"
            "The letter says, among other things:\n\n"
            "“I write to you at a difficult hour for our region.”\n\n"
            "President Wrenfeld asked the Minister to thank President Tselenok for his letter.\n")
    assert_statements(body, [
        ("Bogdan Tselenok", "direct", "I write to you at a difficult hour for our region."),
        ("Honor Wrenfeld", "indirect", "President Wrenfeld asked the Minister to thank President Tselenok for his "
                                       "letter."),
    ])


CALL = "Prime Minister Sigmar Haldorn spoke by telephone with President Ayo Oduwale of Nimbaria.\n\n"
SPOKESPERSON = ("Speaking to reporters after the call, the Prime Minister's spokesperson, Tordis Ravnsby, said the "
                "Prime Minister had stressed that the corridor must stay open.")


def test_the_spokesperson_named_after_her_lower_case_office_is_the_spokesperson():
    """"the Prime Minister's spokesperson, X, said …" then "According to the spokesperson, …" (hard48 nimbrava): the
    office in lower case before the name set off by commas is hers, so "the spokesperson" is she."""
    according = "According to the spokesperson, President Oduwale had asked for help with the port."
    body = CALL + SPOKESPERSON + "\n\n" + according + "\n"
    assert_statements(body, [
        ("Tordis Ravnsby", "indirect", SPOKESPERSON),
        ("Tordis Ravnsby", "indirect", according),
    ])


def test_a_spokeswoman_named_after_an_article_and_her_bodys_word_is_the_spokeswoman():
    """"a government spokeswoman, X, said …" then "According to the spokeswoman, President Y had asked …": the
    office after "a" and a word of the body she speaks for is hers too."""
    said = "Asked about the call, a government spokeswoman, Ida Marlowen, said the President had thanked the Prime Minister."
    according = "According to the spokeswoman, President Oduwale had asked for help with the port."
    body = CALL + said + " " + according + "\n"
    assert_statements(body, [
        ("Ida Marlowen", "indirect", said),
        ("Ida Marlowen", "indirect", according),
    ])


def test_by_the_spokespersons_account_opens_her_statement():
    """"By the spokesperson's account, President X had asked …" (hard48 nimbrava): a frame of one person's account
    opening the sentence is its source, as "According to X, …", though another speaks inside it; and "X, she said,
    had promised …" after it is hers too."""
    account = "By the spokesperson's account, President Oduwale had asked for help with the port."
    promised = "The Prime Minister, she said, had promised to send a team of engineers."
    body = CALL + SPOKESPERSON + "\n\n" + account + " " + promised + "\n"
    assert_statements(body, [
        ("Tordis Ravnsby", "indirect", SPOKESPERSON),
        ("Tordis Ravnsby", "indirect", account),
        ("Tordis Ravnsby", "indirect", promised),
    ])


def test_by_her_account_opening_a_sentence_is_the_woman_who_spoke_before_it():
    """"By her account, President X had asked …" after the spokesperson spoke: "her" is read before the sentence's
    own subject, whose cue comes first in the scan, so it is the spokesperson, not President X."""
    account = "By her account, President Oduwale had asked for help with the port."
    body = CALL + SPOKESPERSON + "\n\n" + account + "\n"
    assert_statements(body, [
        ("Tordis Ravnsby", "indirect", SPOKESPERSON),
        ("Tordis Ravnsby", "indirect", account),
    ])


def test_by_his_account_opening_a_sentence_of_his_own_stays_his():
    """Guard: "Dr X was less contrite. By his account, he had delivered every instrument on time.": the man who
    spoke before, the same as the sentence's own subject."""
    contrite = "Deputy Director Karel Vostrik said the programme was on track."
    account = "By his account, he had delivered every instrument on time."
    body = "Director-General Ilse Marrowen chaired the board.\n\n" + contrite + " " + account + "\n"
    assert_statements(body, [
        ("Karel Vostrik", "indirect", contrite),
        ("Karel Vostrik", "indirect", account),
    ])


def test_in_the_presidents_words_inside_a_sentence_is_unchanged():
    """Guard: a frame that does not open the sentence ("The corridor, in the President's view, must stay open")
    is read as before: the President's view, the whole sentence."""
    view = "The corridor, in the President's view, must stay open through the winter."
    body = CALL + "President Oduwale thanked the Prime Minister for the call. " + view + "\n"
    assert_statements(body, [
        ("Ayo Oduwale", "indirect", "President Oduwale thanked the Prime Minister for the call."),
        ("Ayo Oduwale", "indirect", view),
    ])


def test_passed_on_a_named_persons_thanks_is_a_statement():
    """"Ms. X passed on President Y's thanks for …" (hard48 merevale): thanks relayed, as "passed on the thanks of
    President Y"."""
    passed = "Ms. Clemence Merevall passed on President Hartley Ozanet's thanks for the support of the coast guard."
    body = "National Security Adviser Everett Quillford spoke today with Chief of Staff Clemence Merevall.\n\n" + passed + "\n"
    assert_statements(body, [("Clemence Merevall", "indirect", passed)])


def test_passed_on_a_named_persons_letter_stays_narrative():
    """Guard: "passed on President Y's letter to the Minister." is a courier's act, nothing of her own said."""
    body = ("National Security Adviser Everett Quillford spoke today with Chief of Staff Clemence Merevall.\n\n"
            "Ms. Clemence Merevall passed on President Hartley Ozanet's letter to the Minister.\n")
    assert_statements(body, [])


def test_a_reply_as_rendered_by_the_interpreter_is_the_one_who_replied():
    """"The King's reply, as rendered by the interpreter, was that …" (hard48 sarvonne, with "the King" for "His
    Majesty"): how the words reached the room, set off by commas, leaves them the King's, as "X's reply was that …"."""
    reply = "The King's reply, as rendered by the interpreter, was that Varnia would host the talks."
    body = "King Aldous of Varnia received Foreign Minister Kestin Vanholt of Elbavia.\n\n" + reply + "\n"
    assert_statements(body, [("Aldous", "indirect", reply)])
