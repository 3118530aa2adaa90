"""The speech-verb lexicon, probed as a whole: common English reporting verbs and phrases, each after
a named person, in the construction that makes it speech ("claimed that …", "hit out at …"). A probe
of ~130 such verbs and ~130 phrases (none taken from a readout) found these unread; each is a
statement of the person (GOLD-FORMAT.md: said, stated, … belief and opinion, criticism, praise).
The guards are the same words where no one speaks: a noun, a thing done, another sense."""
from __future__ import annotations

import pytest

from .test_patterns import assert_statements

_TALKS = "President Anton Maric met with Foreign Minister of Ostlund Greta Lind.\n\n"

_SPOKEN = [
    # a that-clause or its question after the verb
    "claimed that the border had been closed.",
    "revealed to reporters that a second meeting was planned.",
    "disclosed that talks had begun in May.",
    "complained to the President about the delays.",
    "hinted at a compromise on tariffs.",
    "confessed that progress had been slow.",
    "implied that the deadline could slip.",
    "alleged that the ceasefire had been broken.",
    "estimated that trade would double.",
    "reckoned that the talks would take a year.",
    "testified that the aid had arrived.",
    "foresaw that demand would grow.",
    "envisaged that a new office would open.",
    "anticipated that the vote would pass.",
    "projected that growth would slow.",
    "judged that the moment had come.",
    "accepted that mistakes had been made.",
    "specified that the loan was for roads.",
    "proclaimed that the crisis was over.",
    "reflected that the two nations had come a long way.",
    "alluded to the need for new elections.",
    "speculated whether the summit would go ahead.",
    "mused about the future of the alliance.",
    "doubted that the plan would work.",
    "protested that the fine was unfair.",
    "concluded that the reform had worked.",
    "assessed that the risk had fallen.",
    "regretted the decision of the court.",
    "repeated her call for a ceasefire.",
    "threatened to recall the ambassador.",
    "swore that the treaty would be honoured.",
    "pleaded for calm in the border towns.",
    "begged the sides to return to the table.",
    "apologised for the delay in the talks.",
    "boasted of record harvests.",
    "accused the neighbouring state of stalling.",
    "blamed the weather for the delays.",
    "rebuked the ministry for its slowness.",
    "exhorted the graduates to serve their country.",
    "dismissed the allegations as baseless.",
    "rebutted the claims of the opposition.",
    "questioned whether the deal was fair.",
    "pronounced herself satisfied with the result.",
    "denounced the attack on the convoy.",
    "decried the violence in the capital.",
    "advocated closer ties with the islands.",
    "opined that the reform was overdue.",
    "retorted that the figures were wrong.",
    "downplayed the risk of a new crisis.",
    "endorsed the proposal to expand trade.",
    "opposed the idea of a new tax.",
    "observed with satisfaction that trade has grown.",
    # phrasal verbs and idioms of speech
    "made a strong case for closer trade ties.",
    "made representations about the detained fishermen.",
    "took the floor to thank the hosts.",
    "took exception to the remarks of the opposition.",
    "took aim at critics of the reform.",
    "drew a parallel between the two crises.",
    "paid a compliment to the organisers of the summit.",
    "issued a call for restraint.",
    "sent her regards to the people of Ostlund.",
    "spoke warmly of the new trade agreement.",
    "spoke in support of the new trade agreement.",
    "expanded on the government's plans for the region.",
    "shed light on the government's plans for the region.",
    "lodged a protest over the detention of the fishermen.",
    "opened up about the difficulties of the reform.",
    "painted a bleak picture of the economy.",
    "sketched out the government's plans for the region.",
    "talked up the new trade agreement.",
    "played down the risk of a new crisis.",
    "stands for more active involvement of the partners.",
    "fired back at critics of the reform.",
    "hit out at critics of the reform.",
    "lashed out at critics of the reform.",
    "heaped praise on the organisers of the summit.",
    "lent her support to the new trade agreement.",
    "cast doubt on the new trade agreement.",
    "called into question the new trade agreement.",
    "poured cold water on the new trade agreement.",
    "put her weight behind the new trade agreement.",
    "sided with the proposal to expand trade.",
    "turned down the offer of a loan.",
    "saluted the courage of the rescue workers.",
    "held firm on the new sanctions.",
    "doubled down on her criticism of the sanctions.",
    "was optimistic that the reform would go ahead.",
    "was sceptical about the new tariffs.",
]


@pytest.mark.parametrize("words", _SPOKEN)
def test_a_common_reporting_verb_or_phrase_speaks(words):
    sentence = f"Ms Lind {words}"
    assert_statements(_TALKS + sentence, [("Greta Lind", "indirect", sentence)])


def test_the_same_words_where_no_one_speaks():
    """Nouns ("no doubt that", "claims that", "projects that"), things done ("claimed the lives of",
    "accepted the invitation", "doubling down on programs", "expanding services"), other senses ("stood
    for election", "dismissed the minister", "turned down the road", "was in turn invited")."""
    body = (_TALKS + "The storm claimed the lives of two fishermen. Ms Lind accepted the invitation. The President "
            "left no room for the projects that the ministry had planned. Ms Lind stood for election in 2019. The "
            "President dismissed the minister of transport. The convoy turned down the road to the port. The "
            "President has secured funding, doubling down on programs that work and expanding “988” services. "
            "Ms Lind visited the harbour in turn. There is no doubt that the harbour is busy.")
    assert_statements(body, [])


@pytest.mark.parametrize("verb", ["quipped", "confided", "exclaimed", "interjected", "reiterated"])
def test_a_verb_after_a_quotation_gives_it_its_speaker(verb):
    """"“…,” Ms Lind quipped.": a probe of the verbs that follow a quotation found five unread, and
    "reiterated" read as an adverb between a subject and its verb (so the quotation went to the host)."""
    body = _TALKS + f"“The talks were useful and we will meet again,” Ms Lind {verb}."
    assert_statements(body, [("Greta Lind", "direct", "The talks were useful and we will meet again")])


def test_a_quotation_split_by_tweeted_is_one_speakers():
    body = _TALKS + "“The talks were useful,” she tweeted, “and we will meet again.”"
    assert_statements(body, [("Greta Lind", "direct", "The talks were useful,"),
                             ("Greta Lind", "direct", "and we will meet again.")])


def test_a_quoted_name_after_dubbed_is_no_ones_words():
    """"During the forum, dubbed “…,” X stressed …": the quotation names the forum; the sentence is X's
    indirect statement, not a quotation of his (read so once "reiterated" was a verb there again)."""
    body = ("President Anton Maric met with President of Ostlund Greta Lind.\n\nDuring this informal forum, dubbed "
            "“Dialogues: Yesterday, Today, Tomorrow,” Mr Maric stressed Ostlund’s commitment to the union.")
    assert_statements(body, [("Anton Maric", "indirect", "During this informal forum, dubbed “Dialogues: Yesterday, "
                                                         "Today, Tomorrow,” Mr Maric stressed Ostlund’s commitment to the union.")])


_FRAMED = [
    "Ms Lind went as far as to say that the border must reopen.",
    "Ms Lind went so far as to call the blockade a crime.",
    "Ms Lind left no room for doubt that the border must reopen.",
    "Ms Lind did not hide her frustration at the delays.",
    "Ms Lind sees the reopening of the border as a priority.",
    "Ms Lind's position remains that the border must reopen.",
    "Ms Lind's main point was that the border must reopen.",
    "Ms Lind was firm: the border must reopen.",
    "Ms Lind was in no doubt that the border must reopen.",
]


@pytest.mark.parametrize("sentence", _FRAMED)
def test_a_view_framed_by_an_idiom_or_a_noun_is_the_persons(sentence):
    """A probe of sixty framings of one person's words ("went as far as to say", "her position remains
    that", "was firm:") found these unread."""
    assert_statements(_TALKS + sentence, [("Greta Lind", "indirect", sentence)])


def test_a_quotation_after_a_verb_that_needs_its_complement_is_not_its_speech():
    """"… that the diplomats would see “with their own eyes” …": "see" speaks only in "sees X as a
    priority"; the quotation after it is no quotation of the sentence's speaker, whose statement it stays."""
    sentence = ("Ms Lind stressed that the diplomats would see “with their own eyes” what the blockade had done to "
                "the port.")
    assert_statements(_TALKS + sentence, [("Greta Lind", "indirect", sentence)])


def test_a_noun_with_its_relative_clause_is_no_inserted_attribution():
    """"…, an invitation the Chief Executive accepted.": "accepted" (a that-verb of the probe) ends the
    sentence after a comma, as "…, she reported." does (hard22's inserted attribution), but its subject does
    not open the clause after the comma: a noun's relative clause, the whole sentence the inviter's."""
    sentence = "Ms Lind also invited the President to visit Ostlund next year, an invitation the President accepted."
    assert_statements(_TALKS + sentence, [("Greta Lind", "indirect", sentence)])


@pytest.mark.parametrize("verb", ["continued", "observed", "countered", "maintained", "concluded", "complained"])
def test_a_quotation_split_by_a_verb_that_needs_a_complement_goes_on(verb):
    """"“…,” she continued, “…”": the verb between the two halves is their attribution, though elsewhere it
    speaks only with its complement ("continued that …", "observed that …"); the comma sets the quotation off."""
    body = _TALKS + f"“The talks were useful,” she {verb}, “and we will meet again.”"
    assert_statements(body, [("Greta Lind", "direct", "The talks were useful,"),
                             ("Greta Lind", "direct", "and we will meet again.")])


@pytest.mark.parametrize("sentence", [
    "Ms Lind had high praise for the organisers of the summit.",
    "Ms Lind had harsh words for the critics of the reform.",
    "Ms Lind had reservations about the new trade agreement.",
    "Ms Lind had words of praise for the rescue workers.",
])
def test_a_view_voiced_through_had_words_for(sentence):
    """"had high praise for", "had harsh words for", "had reservations about": a view voiced, as "praised",
    "criticised", "doubted" (found unread by the probe of reporting phrases)."""
    assert_statements(_TALKS + sentence, [("Greta Lind", "indirect", sentence)])


def test_had_without_words_of_a_view_is_no_statement():
    body = _TALKS + "Ms Lind had lunch with the organisers of the summit. Ms Lind has doubts of her own on the menu."
    assert_statements(body, [])


@pytest.mark.parametrize("sentence", [
    "Ms Lind wrote that the border must reopen.",
    "Ms Lind wrote to the President that the border must reopen.",
    "In a letter delivered the same day, Ms Lind wrote that the border must reopen.",
])
def test_words_written_that_are_the_writers(sentence):
    """"X wrote that …" (hard24 and the probe of verbs after a quotation found "wrote" unread): words written, as
    "said"; a lead-in "X wrote:" keeps its quotation (`_cue_before`), "wrote a letter" says nothing."""
    assert_statements(_TALKS + sentence, [("Greta Lind", "indirect", sentence)])


def test_a_lead_in_with_wrote_and_a_colon_gives_the_next_paragraphs_quotation():
    body = (_TALKS + "In a message sent earlier today, Ms Lind wrote:\n\n“The tragedy of that day still resounds in "
            "the hearts of millions.”\n\nMs Lind wrote a letter to the mayor.")
    assert_statements(body, [("Greta Lind", "direct", "The tragedy of that day still resounds in the hearts of millions.")])


def test_the_phrases_in_their_literal_senses_are_no_statements():
    """A probe of the same words in their literal senses: "held firm to the railing", "talked up the stairs",
    "played down the field" are no speech ("held firm on the sanctions", "talked up the deal", "played down the
    risk" are)."""
    body = (_TALKS + "Ms Lind held firm to the railing as the ship rocked. Ms Lind talked up the stairs to the "
            "gallery. Ms Lind played down the field with her grandchildren. Ms Lind accepted the award. Ms Lind "
            "opened the new bridge. Ms Lind dismissed the cabinet on Monday. Ms Lind turned down the road to the "
            "harbour. Ms Lind backed the car into the garage. Ms Lind returned the documents to the archive.")
    assert_statements(body, [])
