"""Patterns found by the sixteenth hard set (benchmarks/hard16/: the corpus's Kremlin and White
House situations written by yet another hand): each test an invented readout and the statements
GOLD-FORMAT.md gives it."""
from __future__ import annotations

from .test_patterns import assert_statements

_TALKS = "President Tomas Varek met Prime Minister Ilya Brandt of Ostrel in Karsk.\n\n"


def test_idioms_and_phrasal_verbs_of_speech():
    """A family of idioms and phrasal verbs that report one person's words, each with the
    complement that makes it speech: "countered that", "pressed for", "pressed her for",
    "registered … concern", "let it be known that", "held out the prospect of", "struck a
    cautious note", "walked … through", "lifted up the role of", "went on record as", "made
    plain that", "made a pitch for", "took issue with", "passed on an invitation", "gave the new
    Government its marching orders" (hard16 missed
    all fifteen); "struck a deal", "walked through the hall", "pressed ahead" are no speech."""
    body = (_TALKS + "The President countered that the disputes were a matter for experts. "
            "The Prime Minister pressed for an immediate ceasefire. The President pressed him for a date. "
            "Mr Brandt registered his government's concern about the armed groups. "
            "Mr Varek let it be known that he would return in the autumn. "
            "Mr Brandt held out the prospect of an early visit. "
            "The President struck a cautious note, saying that trade disputes remained. "
            "Mr Varek walked the Prime Minister through the state of the negotiations. "
            "Mr Brandt lifted up the role of young entrepreneurs. "
            "Mr Varek went on record as favouring broader contacts. "
            "Mr Brandt made plain that Ostrel wants a deeper partnership. "
            "Mr Varek made a pitch for investment in the port. "
            "Mr Brandt took issue with the slow response of the rescue services. "
            "Mr Varek passed on an invitation from the Speaker to visit Karsk. "
            "Mr Brandt gave the new Government its marching orders.\n\n"
            "The two men struck a deal on grain. Mr Brandt walked through the hall. Work pressed ahead.\n")
    assert_statements(body, [
        ("Tomas Varek", "indirect", "The President countered that the disputes were a matter for experts."),
        ("Ilya Brandt", "indirect", "The Prime Minister pressed for an immediate ceasefire."),
        ("Tomas Varek", "indirect", "The President pressed him for a date."),
        ("Ilya Brandt", "indirect", "Mr Brandt registered his government's concern about the armed groups."),
        ("Tomas Varek", "indirect", "Mr Varek let it be known that he would return in the autumn."),
        ("Ilya Brandt", "indirect", "Mr Brandt held out the prospect of an early visit."),
        ("Tomas Varek", "indirect", "The President struck a cautious note, saying that trade disputes remained."),
        ("Tomas Varek", "indirect", "Mr Varek walked the Prime Minister through the state of the negotiations."),
        ("Ilya Brandt", "indirect", "Mr Brandt lifted up the role of young entrepreneurs."),
        ("Tomas Varek", "indirect", "Mr Varek went on record as favouring broader contacts."),
        ("Ilya Brandt", "indirect", "Mr Brandt made plain that Ostrel wants a deeper partnership."),
        ("Tomas Varek", "indirect", "Mr Varek made a pitch for investment in the port."),
        ("Ilya Brandt", "indirect", "Mr Brandt took issue with the slow response of the rescue services."),
        ("Tomas Varek", "indirect", "Mr Varek passed on an invitation from the Speaker to visit Karsk."),
        ("Ilya Brandt", "indirect", "Mr Brandt gave the new Government its marching orders."),
    ])


def test_an_effort_or_manner_before_a_speech_infinitive():
    """"was at pains to stress that …", "was careful to add that …", "sought to reassure … that
    …", "hastened to add": the infinitive is what the subject said (hard16 missed three; the plain
    forms "stress", "add" are no cue words of their own); "sought to build" and "was careful to
    avoid" say nothing."""
    body = (_TALKS + "Before the talks began, Mr Varek was at pains to stress that relations must grow. "
            "Mr Brandt was careful to add that prices had to be agreed first. "
            "The Prime Minister sought to reassure the President that the money was there. "
            "Mr Varek hastened to add that no one was to blame. "
            "Agata Roos, the only holdover from the previous cabinet, sought to reassure him that the money was there.\n\n"
            "Mr Brandt sought to build a new port. Mr Varek was careful to avoid the crowds.\n")
    assert_statements(body, [
        ("Tomas Varek", "indirect", "Before the talks began, Mr Varek was at pains to stress that relations must grow."),
        ("Ilya Brandt", "indirect", "Mr Brandt was careful to add that prices had to be agreed first."),
        ("Ilya Brandt", "indirect", "The Prime Minister sought to reassure the President that the money was there."),
        ("Tomas Varek", "indirect", "Mr Varek hastened to add that no one was to blame."),
        ("Agata Roos", "indirect",
         "Agata Roos, the only holdover from the previous cabinet, sought to reassure him that the money was there."),
    ])


def test_a_describing_aside_of_manner_or_description_after_the_subject():
    """"X, visibly shaken, promised …", "X, dressed in black, said …", "X, the frigate's former
    captain, assured …", "X, the only holdover from the previous cabinet, said …": an aside that
    tells the speaker's state or describes him, set off by commas, and the verb after it is his
    (hard16 missed three)."""
    body = ("President Tomas Varek met the crew of the frigate Ostrel. Fleet Admiral Ilya Brandt and Finance "
            "Minister Agata Roos attended.\n\n"
            "Tomas Varek, visibly shaken, promised the families every support. "
            "Tomas Varek, dressed in black, said that the sea forgives no carelessness. "
            "Fleet Admiral Ilya Brandt, the frigate's former captain, assured the President that the crew stood ready. "
            "Agata Roos, the only holdover from the previous cabinet, said that the money was there.\n")
    assert_statements(body, [
        ("Tomas Varek", "indirect", "Tomas Varek, visibly shaken, promised the families every support."),
        ("Tomas Varek", "indirect", "Tomas Varek, dressed in black, said that the sea forgives no carelessness."),
        ("Ilya Brandt", "indirect",
         "Fleet Admiral Ilya Brandt, the frigate's former captain, assured the President that the crew stood ready."),
        ("Agata Roos", "indirect",
         "Agata Roos, the only holdover from the previous cabinet, said that the money was there."),
    ])


def test_a_spaced_hyphen_typed_for_a_dash_sets_off_an_aside():
    """"President-elect Oyarzo - the first woman to win the presidency - described …": a hyphen
    between spaces does a dash's work, and the aside it sets off lies between the subject and
    its verb, as with "—" (hard16 missed one)."""
    body = (_TALKS + "Prime Minister Ilya Brandt - the first woman to lead Ostrel's government - described the talks "
            "as constructive.\n")
    assert_statements(body, [
        ("Ilya Brandt", "indirect",
         "Prime Minister Ilya Brandt - the first woman to lead Ostrel's government - described the talks as constructive."),
    ])


def test_per_as_according_to():
    """"Per the Vice President, the United States will …": the US newsroom's "according to"
    (hard16 missed it); "Per capita income rose" names no one, and "Per Lund" is a first name."""
    body = (_TALKS + "Per the Prime Minister, Ostrel will keep its grain corridor open. Per capita income rose "
            "by a fifth.\n\nForeign Minister Per Lund received the delegation.\n")
    assert_statements(body, [
        ("Ilya Brandt", "indirect", "Per the Prime Minister, Ostrel will keep its grain corridor open."),
    ])


def test_a_quoted_message_whose_lead_in_names_its_sender_after_from():
    """"A message from X had been delivered to Y the day before. Among other things, it says:"
    over the quotation: the message is X's, not Y's, who spoke last (hard16 gave both paragraphs
    to the addressee)."""
    body = ("Telephone conversation with Prime Minister Ilya Brandt\n\n"
            "President Tomas Varek congratulated Prime Minister Ilya Brandt on his birthday.\n\n"
            "Mr Brandt thanked him for the call.\n\n"
            "A message from Tomas Varek had been delivered to the Prime Minister the day before. Among other "
            "things, it says:\n\n\u201cFew have done as much as you for the friendship of our peoples.\u201d\n")
    assert_statements(body, [
        ("Tomas Varek", "indirect", "President Tomas Varek congratulated Prime Minister Ilya Brandt on his birthday."),
        ("Ilya Brandt", "indirect", "Mr Brandt thanked him for the call."),
        ("Tomas Varek", "direct", "Few have done as much as you for the friendship of our peoples."),
    ])


def test_a_cleft_sentence_puts_the_speaker_first():
    """"It was Mr Dann who suggested a joint commission": a cleft sentence, the proposal his
    (hard16 missed it)."""
    body = _TALKS + "It was Mr Brandt who suggested a joint commission on the matter.\n"
    assert_statements(body, [
        ("Ilya Brandt", "indirect", "It was Mr Brandt who suggested a joint commission on the matter."),
    ])


def test_weighed_in_on_is_speech():
    """"The Prime Minister, in turn, weighed in on the humanitarian situation": a view given, as
    "spoke about" (hard16 missed it)."""
    body = _TALKS + "The Prime Minister, in turn, weighed in on the humanitarian situation.\n"
    assert_statements(body, [
        ("Ilya Brandt", "indirect", "The Prime Minister, in turn, weighed in on the humanitarian situation."),
    ])


def test_a_person_named_by_age_alone_is_the_one_just_spoken_of():
    """"The 67-year-old said …" after Mr Brandt spoke: a newsroom's anaphor for him, as "the
    latter" (hard16 missed "The 67-year-old went on record as …")."""
    body = (_TALKS + "Mr Brandt thanked the President for the invitation.\n\n"
            "The 67-year-old said that contacts between the two parliaments should grow.\n")
    assert_statements(body, [
        ("Ilya Brandt", "indirect", "Mr Brandt thanked the President for the invitation."),
        ("Ilya Brandt", "indirect", "The 67-year-old said that contacts between the two parliaments should grow."),
    ])
