"""Helper fx70 (mends of review hr61's findings on stop 69's merged rules): a text read "on behalf of" a person or an
office, or "the (following) statement" read, is not the reader's own; a speech participle inside an opening clause
("Following Senator X stating that …, the contractors left") or before a main clause after a comma is no slipped verb;
the bare "minister" is no Cabinet Secretary where a Prime Minister or a minister is named; "complained." with no words
complained of before a comma is no statement; "called … to come" an appeal only to a group, not a session convened nor
one person summoned."""

from __future__ import annotations

from .test_patterns import assert_statements

# finding 1: the reader of another's text (sentence_reading._READS_ITS_OWN_TEXT, _reader_of_own_text)

QUILL = "President Dara Quill of Zarnia addressed the nation on Monday.\n\n"


def test_a_statement_read_on_behalf_of_the_president_is_the_presidents():
    body = QUILL + ("Presidential spokesman Olek Varn read a statement on behalf of the President: "
                    "\u201cThe elections will be held in May.\u201d")
    assert_statements(body, [
        ("Dara Quill", "direct", "The elections will be held in May."),
    ])


def test_a_statement_read_on_behalf_of_the_president_by_her_spokesman_is_hers():
    body = QUILL + ("Her spokesman, Olek Varn, read a statement on behalf of the President: "
                    "\u201cThe elections will be held in May.\u201d")
    assert_statements(body, [
        ("Dara Quill", "direct", "The elections will be held in May."),
    ])


def test_the_following_statement_read_by_a_spokesman_is_not_his():
    body = QUILL + ("The spokesman, Olek Varn, read the following statement: "
                    "\u201cThe elections will be held in May.\u201d")
    assert_statements(body, [
        ("Dara Quill", "direct", "The elections will be held in May."),
    ])


def test_a_statement_read_on_behalf_of_a_squad_is_the_captains():
    # the guard: a group in lower case after "on behalf of" leaves the words the reader's
    body = ("Coach Dara Quill of the Zarnia rowing club met the fans on Monday.\n\n"
            "The captain, Ms Lina Orrvik, read out a statement on behalf of the squad: "
            "\u201cWe are sorry for the result.\u201d")
    assert_statements(body, [
        ("Lina Orrvik", "direct", "We are sorry for the result."),
    ])


# finding 2: a participle inside an opening clause (bare_verb_slips.slipped_participle)


def test_a_participle_after_following_is_no_report():
    body = "Following Senator Olek Varn stating that the road was complete, the contractors left the site."
    assert_statements(body, [])


def test_a_participle_after_during_is_no_report():
    body = "During Senator Olek Varn saying that the bridge was safe, the crowd cheered."
    assert_statements(body, [])


def test_a_participle_after_amid_is_no_report():
    body = "Amid Senator Olek Varn insisting that the bridge was safe, the crowd cheered."
    assert_statements(body, [])


def test_a_participle_phrase_before_a_main_clause_is_no_report():
    body = "Senator Olek Varn stating that the road was complete, the contractors left the site."
    assert_statements(body, [])


def test_a_participle_phrase_before_the_sentences_own_verb_is_no_report():
    body = "Her Deputy Olek Varn saying that the clinic would open daily drew applause."
    assert_statements(body, [])


def test_a_slipped_participle_with_a_relatives_past_verb_stays_a_report():
    # the guard: a past form after "who" is the relative clause's, no main verb of the sentence
    body = ("Senator Olek Varn opened the Velm market on Friday.\n\n"
            "The Senator also stating that the traders who came early were given the best stalls.")
    assert_statements(body, [
        ("Olek Varn", "indirect", "The Senator also stating that the traders who came early were given the best "
         "stalls."),
    ])


def test_a_slipped_participle_with_a_comma_inside_its_clause_stays_a_report():
    # the guard: a comma in the reported words, no subject and verb after it
    body = ("Senator Olek Varn opened the Velm market on Friday.\n\n"
            "The Senator also stating that the market, the road and the clinic were built on time.")
    assert_statements(body, [
        ("Olek Varn", "indirect", "The Senator also stating that the market, the road and the clinic were built on "
         "time."),
    ])


# finding 3: a UK-style Cabinet Secretary is no minister (people._cabinet_secretary_as_minister)


def test_the_minister_is_not_a_cabinet_secretary_where_a_prime_minister_is_named():
    body = ("The Prime Minister of Velsk, Olek Varn, met Cabinet Secretary Tomas Brek, the head of the civil service, "
            "on Monday. The minister said the reforms would go ahead.")
    result = assert_statements(body, [])
    assert not any(s.speaker == "Tomas Brek" for s in result.statements), result.statements


def test_the_minister_is_the_cabinet_secretary_where_no_minister_is_named():
    # the guard (h1182's reading): with no minister of any rank named, the bare "minister" is the Cabinet Secretary
    body = ("Cabinet Secretary Tomas Brekova on Monday opened a gender desk at the Marrowby police station.\n\n"
            "The minister said the desk would be staffed day and night.")
    assert_statements(body, [
        ("Tomas Brekova", "indirect", "The minister said the desk would be staffed day and night."),
    ])


# finding 5: "complained." with no words complained of (lexicon, "complain…" complement)


def test_also_complained_with_nothing_complained_of_is_no_statement():
    body = "Mr. Olek Varn, a trader, said prices were too high. His neighbour Tomas Brek also complained."
    assert_statements(body, [
        ("Olek Varn", "indirect", "Mr. Olek Varn, a trader, said prices were too high."),
    ])


def test_complained_closing_the_words_complained_of_stays_a_statement():
    # the guard (ninehundredfirst pajhwok's shape): the words before a comma, the tag after
    body = ("Trader Olek Varn met the council on Monday. Officials were not resolving the traders' problems, council "
            "secretary Tomas Brek complained.")
    assert_statements(body, [
        ("Tomas Brek", "indirect", "Officials were not resolving the traders' problems, council secretary Tomas Brek "
         "complained."),
    ])


# finding 7: "called … to come" (lexicon, "called" complement)


def test_a_session_called_to_come_to_an_agreement_is_no_appeal():
    body = ("The chairman of the council, Olek Varn, called a special session to come to an agreement on the "
            "budget.")
    assert_statements(body, [])


def test_an_ambassador_called_to_come_to_the_palace_is_a_summons():
    body = "President Dara Quill met the envoy. The President called the ambassador to come to the palace on Friday."
    assert_statements(body, [])


def test_investors_called_to_come_is_an_appeal():
    # the guard (ninehundredth iaip's shape): a group called to come
    body = "Governor Olek Varn opened the park. He called investors to come on time to use the park."
    assert_statements(body, [
        ("Olek Varn", "indirect", "He called investors to come on time to use the park."),
    ])


def test_complained_after_the_words_with_a_pronoun_subject_stays_a_statement():
    # the guard: the subject after the comma a pronoun, no capital
    body = ("Council secretary Tomas Brek met the traders of Velm on Monday.\n\n"
            "Officials were not resolving the traders' problems, he complained.")
    assert_statements(body, [
        ("Tomas Brek", "indirect", "Officials were not resolving the traders' problems, he complained."),
    ])
