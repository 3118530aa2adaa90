"""Patterns found by the seventeenth hard set (benchmarks/hard17/: the corpus's situations of the Kremlin
and the Ukrainian President rewritten by yet another hand, in wording no set had used): each test an
invented readout and the statements GOLD-FORMAT.md gives it."""
from __future__ import annotations

from .test_patterns import assert_statements

_TALKS = "President Anton Maric met with Foreign Minister of Ostlund Greta Lind.\n\n"


def test_light_verbs_and_phrasal_verbs_of_speech():
    """A family of phrases that report speech through a light or phrasal verb and its object, none a
    cue before: "went on record as saying", "let it be known that", "took issue with … and maintained
    that", "gave … a detailed picture of", "gave voice to", "gave warning that", "gave his consent to",
    "gave … to understand that", "shared news of", "pressed for", "sought assurances that", "spelt out",
    "struck an optimistic note", "walked … through", "brought to mind", "impressed upon", "held out
    hope that", "homed in on", "spoke up for", "made a pitch for", "renewed his call for", "signified
    his agreement", "characterized … as", "wound up … by saying", "countered that", "broached",
    "likened … to", "delivered a briefing on" (not "delivered a report." alone) (hard17 missed about thirty statements of these); not
    "went on to the airport", "gave the guests a picture book", "pressed the button", "delivered the
    systems"."""
    body = (_TALKS + "The President went on record as saying that trade had doubled. Greta Lind let it be known "
            "that her government was ready to help. The President took issue with the claims and maintained "
            "that the border was calm. Ms Lind gave the President a detailed picture of the floods. She gave "
            "voice to her gratitude for the aid. The President gave warning that prices would rise. Ms Lind "
            "gave her consent to the plan. The President gave his guest to understand that the offer stood.\n\n"
            "Ms Lind shared news of the first ships. The President pressed for a faster release of the grain. "
            "Ms Lind sought assurances that the ships would be safe. The President spelt out his priorities. "
            "Ms Lind struck an optimistic note on the talks. The President walked the guest through the plan. "
            "Ms Lind brought to mind the floods of 2010. The President impressed upon the guest the need to act. "
            "Ms Lind held out hope that the bridge would open. The President homed in on energy. Ms Lind spoke "
            "up for the farmers. The President made a pitch for the new law. Ms Lind renewed her call for an "
            "embargo. The President signified his agreement. Ms Lind characterized the talks as frank. The "
            "President wound up the talks by saying that he would visit Ostlund. Ms Lind countered that the "
            "border was closed. The President broached the idea of a joint patrol. Ms Lind likened the floods "
            "to a war. The President delivered a briefing on the floods.\n\nThe President went on to the airport. He delivered a report. He gave the guests a picture book. The Minister "
            "pressed the button. The convoy delivered the systems.")
    assert_statements(body, [
        ("Anton Maric", "indirect", "The President went on record as saying that trade had doubled."),
        ("Greta Lind", "indirect", "Greta Lind let it be known that her government was ready to help."),
        ("Anton Maric", "indirect", "The President took issue with the claims and maintained that the border was calm."),
        ("Greta Lind", "indirect", "Ms Lind gave the President a detailed picture of the floods."),
        ("Greta Lind", "indirect", "She gave voice to her gratitude for the aid."),
        ("Anton Maric", "indirect", "The President gave warning that prices would rise."),
        ("Greta Lind", "indirect", "Ms Lind gave her consent to the plan."),
        ("Anton Maric", "indirect", "The President gave his guest to understand that the offer stood."),
        ("Greta Lind", "indirect", "Ms Lind shared news of the first ships."),
        ("Anton Maric", "indirect", "The President pressed for a faster release of the grain."),
        ("Greta Lind", "indirect", "Ms Lind sought assurances that the ships would be safe."),
        ("Anton Maric", "indirect", "The President spelt out his priorities."),
        ("Greta Lind", "indirect", "Ms Lind struck an optimistic note on the talks."),
        ("Anton Maric", "indirect", "The President walked the guest through the plan."),
        ("Greta Lind", "indirect", "Ms Lind brought to mind the floods of 2010."),
        ("Anton Maric", "indirect", "The President impressed upon the guest the need to act."),
        ("Greta Lind", "indirect", "Ms Lind held out hope that the bridge would open."),
        ("Anton Maric", "indirect", "The President homed in on energy."),
        ("Greta Lind", "indirect", "Ms Lind spoke up for the farmers."),
        ("Anton Maric", "indirect", "The President made a pitch for the new law."),
        ("Greta Lind", "indirect", "Ms Lind renewed her call for an embargo."),
        ("Anton Maric", "indirect", "The President signified his agreement."),
        ("Greta Lind", "indirect", "Ms Lind characterized the talks as frank."),
        ("Anton Maric", "indirect", "The President wound up the talks by saying that he would visit Ostlund."),
        ("Greta Lind", "indirect", "Ms Lind countered that the border was closed."),
        ("Anton Maric", "indirect", "The President broached the idea of a joint patrol."),
        ("Greta Lind", "indirect", "Ms Lind likened the floods to a war."),
        ("Anton Maric", "indirect", "The President delivered a briefing on the floods."),
    ])


def test_a_speech_verb_after_an_adjective_of_zeal():
    """"was keen to stress that …", "was quick to confirm that …", "was careful to add that …", "was at
    pains to stress that …", "did not hesitate to ask for …": the plain form of a speech verb, which no
    scan for cue words finds, after an adjective of zeal or manner (hard17 missed five); not "was quick
    to leave", nor a thing's "is careful to note" (no person)."""
    body = (_TALKS + "The President was quick to confirm that the bridge would open. Ms Lind was careful to add "
            "that the ferry would run too. He was at pains to stress that the border was calm. Ms Lind was keen "
            "to stress the role of the ports. The President did not hesitate to ask for more grain.\n\nMs Lind "
            "was quick to leave the hall.")
    assert_statements(body, [
        ("Anton Maric", "indirect", "The President was quick to confirm that the bridge would open."),
        ("Greta Lind", "indirect", "Ms Lind was careful to add that the ferry would run too."),
        ("Anton Maric", "indirect", "He was at pains to stress that the border was calm."),
        ("Greta Lind", "indirect", "Ms Lind was keen to stress the role of the ports."),
        ("Anton Maric", "indirect", "The President did not hesitate to ask for more grain."),
    ])


def test_per_someone_and_the_message_of_someone():
    """"Per the President, …" (the American "per", as "according to": "Per" was read as a first name, a
    new person); "…: this was the message of President X." (the speaker named after a colon, at the
    end: the whole sentence his, as "According to X, …"; hard17 missed both, and the four sentences
    after the second, whose "He" had no one to go to)."""
    body = ("Foreign Minister of Ostlund Greta Lind met the press.\n\nAny staged vote would be void: this was the "
            "message of President Anton Maric of Tarvia. He recalled the protests of May. Per the President, "
            "the vote would change nothing.\n\nGreta Lind left for the airport.")
    assert_statements(body, [
        ("Anton Maric", "indirect", "Any staged vote would be void: this was the message of President Anton Maric of Tarvia."),
        ("Anton Maric", "indirect", "He recalled the protests of May."),
        ("Anton Maric", "indirect", "Per the President, the vote would change nothing."),
    ])


def test_full_of_praise_and_a_zeal_adjective_after_a_relative_aside():
    """"X, who had spoken to …, was full of praise for …", "Y, whose ministry coordinates the aid, was
    keen to stress that …": a feeling or a zeal adjective after an aside set off by commas (a relative
    clause or an apposition) between the person who opens the sentence and the predicate (hard17
    missed both); not "The hall, which was new, was full of …" (no person)."""
    body = (_TALKS + "Anton Maric, who had spoken to three other leaders earlier in the day, was full of praise "
            "for his guest's stance. Greta Lind, whose ministry coordinates the aid, was keen to stress that the "
            "aid would come.\n\nThe hall, which was new, was full of flowers for the guests.")
    assert_statements(body, [
        ("Anton Maric", "indirect", "Anton Maric, who had spoken to three other leaders earlier in the day, was full "
                                    "of praise for his guest's stance."),
        ("Greta Lind", "indirect", "Greta Lind, whose ministry coordinates the aid, was keen to stress that the aid "
                                   "would come."),
    ])


def test_a_president_of_the_x_republic_is_of_that_country():
    """"President of the Gallovan Republic Lucien X": the adjective before "Republic" (a country the tables
    do not know) is his country, as in "the Head of the Lusovian Government"; so "the Marvoskian President"
    is not he but the untitled host, and "The Gallovan President" is he (hard17 gave four statements of a
    call to the wrong one of the two)."""
    body = ("Arkady Temnov held a telephone conversation with President of the Gallovan Republic Lucien Verdalle.\n\n"
            "The Marvoskian President took issue with the claims of the press. The Gallovan President welcomed this.")
    assert_statements(body, [
        ("Arkady Temnov", "indirect", "The Marvoskian President took issue with the claims of the press."),
        ("Lucien Verdalle", "indirect", "The Gallovan President welcomed this."),
    ])
