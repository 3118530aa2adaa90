"""Statements of general patterns mended by helper h770 in sets labelled earlier (fivehundredsixtysixth, Pakistan's
Finance Division, and others whose errors recur):

- "Finance Minister Senator X called …": "Senator" between an office and its holder's name is the holder's style, no
  word of the office (phrases._STYLES_BETWEEN_AN_OFFICE_AND_ITS_HOLDER), so "the minister" after it is X;
- "… received a letter from X … In the letter, he expressed …": the pronoun is the letter's writer
  (name_registry._writer_of_the_letter), not the last subject nor the addressee; and a bare office opening a sentence
  after it stays the readout's principal's, the writer being away (name_registry._principal_not_the_letters_writer);
- "On the occasion, Dr. X, British High Commissioner expressed …": after a fronted phrase of the occasion, the name
  still opens its clause and the office after its comma, unclosed, is its aside (name_offices._opens_after_the_occasion);
- "… met with Gordon S. Church, the Consul … Church said that …": a lone capitalised word read as a thing (a body's
  word, "Church") is the person named in full before with that surname (name_registry._named_in_full_by_a_word);
  and "Consul Church emphasized …", read as one office "consul church", is he when he holds that office or none
  (name_registry._office_then_surname_of_a_word); so the quotation's "“…,” Church said."
  (sentence_reading._surname_read_as_a_thing).

Each test is a small invented readout (invented people and places); each rule's test fails without it, and guard
tests keep what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

_CALLED_ON_SENATOR = ("Harbour Bank Country Director Ilse Varo called on Finance Minister Senator Tarik Oden on Monday "
                      "in Velmora.")
_THE_MINISTER = "The minister appreciated the support the bank had extended for the new ports."


def test_senator_between_an_office_and_a_name_is_a_style():
    """"Finance Minister Senator X … The minister appreciated …": X's."""
    assert_statements(
        _CALLED_ON_SENATOR + "\n\n" + _THE_MINISTER,
        [("Tarik Oden", "indirect", _THE_MINISTER)],
    )


def test_a_state_senator_keeps_his_office():
    """Guard: "State Senator X … The senator said …": the senator is X (the style opens the office)."""
    opening = "State Senator Amos Reddle met farmers of the valley in Corvin on Tuesday."
    said = "The senator said the new dam would be finished by spring."
    assert_statements(opening + "\n\n" + said, [("Amos Reddle", "indirect", said)])


_LETTER_RECEIVED = ("Mayor Piet Lorrens said the Corvin City Foreign Affairs Office had received a letter from Tomas "
                    "Vell Andrade, mayor of the city of Ossen.")
_IN_THE_LETTER = "In the letter, he expressed the wish to widen the exchanges between the two cities' schools."


def test_the_pronoun_in_the_letter_is_its_writer():
    """"Y said … had received a letter from X … In the letter, he expressed …": X's, not Y's, the last subject."""
    assert_statements(
        _LETTER_RECEIVED + "\n\n" + _IN_THE_LETTER,
        [("Piet Lorrens", "indirect", _LETTER_RECEIVED), ("Tomas Vell Andrade", "indirect", _IN_THE_LETTER)],
    )


_LETTER_DELIVERED = ("Mrs. Ilka Varen, the Minister of Foreign Affairs of Ostreva, received the Ambassador of Taldor, "
                     "Mr. Edo Marsh, who delivered a letter from the Foreign Minister of Taldor, Ms. Rina Solberg, "
                     "to the Minister.")
_SHE_EXPRESSED = "In the letter, she expressed the wish of Taldor to hold the joint committee in Ostreva."
_THE_MINISTER_WELCOMED = "The Minister welcomed the Ambassador and said that Ostreva was ready to host the committee."


def test_the_letters_writer_and_the_host_minister():
    """The writer's "In the letter, she …", then the host's "The Minister welcomed …" (the writer is away)."""
    assert_statements(
        _LETTER_DELIVERED + "\n\n" + _SHE_EXPRESSED + "\n\n" + _THE_MINISTER_WELCOMED,
        [("Rina Solberg", "indirect", _SHE_EXPRESSED), ("Ilka Varen", "indirect", _THE_MINISTER_WELCOMED)],
    )


_ENVOY_CALLED = "The minister was talking to Velorian High Commissioner, Dr. Lena Osk who called on him here."
_ON_THE_OCCASION = ("On the occasion, Dr. Lena Osk, Velorian High Commissioner expressed her good wishes for the new "
                    "government.")
_SHE_SAID = "She said that both countries enjoyed excellent economic relations."


def test_a_name_and_its_unclosed_office_after_on_the_occasion():
    """"On the occasion, Dr. X, <Office> expressed …" and the "She said" after it: X's."""
    assert_statements(
        _ENVOY_CALLED + "\n\n" + _ON_THE_OCCASION + " " + _SHE_SAID,
        [("Lena Osk", "indirect", _ON_THE_OCCASION), ("Lena Osk", "indirect", _SHE_SAID)],
    )


_MET_THE_CONSUL = "Mayor Ilse Dorn met with Arlan P. Church, the Velorian Consul in Corvin, on Monday."
_CHURCH_SAID = "Church said that Veloria regarded Corvin as its gateway to the northern provinces."


def test_a_surname_that_is_a_bodys_word():
    """"… Arlan P. Church … Church said that …": Church's."""
    assert_statements(
        _MET_THE_CONSUL + "\n\n" + _CHURCH_SAID,
        [("Arlan P. Church", "indirect", _CHURCH_SAID)],
    )


def test_a_bodys_word_with_no_one_so_named():
    """Guard: "The Church said …" with no one surnamed Church: no one's statement."""
    said = "Church said that the old chapel would be restored by spring."
    assert_statements("Mayor Ilse Dorn met with the Velorian Consul in Corvin, on Monday.\n\n" + said, [])


def test_an_office_before_a_surname_that_is_a_bodys_word():
    """"Consul General Arlan P. Church … Consul Church emphasized …": Church's."""
    opening = "Consul General Arlan P. Church of Veloria paid a courtesy call on Mayor Ilse Dorn on Tuesday."
    emphasized = "Consul Church emphasized that the two cities could do more in vocational training."
    assert_statements(opening + "\n\n" + emphasized, [("Arlan P. Church", "indirect", emphasized)])


def test_a_quotation_then_a_surname_that_is_a_bodys_word():
    """"… Arlan P. Church … “…,” Church said.": the quotation is Church's, not the mayor's, who spoke before."""
    said = "Mayor Ilse Dorn said the city wanted a new ferry line."
    quoted = "“I think the two ports should work together,” Church said."
    assert_statements(
        _MET_THE_CONSUL + "\n\n" + said + "\n\n" + quoted,
        [("Ilse Dorn", "indirect", said), ("Arlan P. Church", "direct", "I think the two ports should work together")],
    )
