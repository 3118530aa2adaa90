"""Patterns found by the thirteenth hard set (benchmarks/hard13/: the dev readouts hard8, hard9
and hard12 left, rewritten by a fourth hand with devices no set had used): each test an invented
readout and the statements GOLD-FORMAT.md gives it."""
from __future__ import annotations

from .test_patterns import assert_statements

_TALKS = "President Anton Maric met with Foreign Minister of Ostlund Greta Lind.\n\n"


def test_made_the_point_no_secret_no_doubt_and_wanted_to_know():
    """A family of phrases that report speech through a light verb and its object: "made the
    point that …", "made no secret of her anger", "left his guest in no doubt that …" (as "made
    it clear"), "wanted to know whether …" (as "asked whether"), "did not exclude …" (as "did not
    rule out"); none was a cue (hard13 missed nine statements of these)."""
    body = (_TALKS + "The President made the point that trade had doubled. Greta Lind wanted to know whether the "
            "border crossings would reopen. The guest made no secret of her disappointment with the delay. The "
            "President left his guest in no doubt that the crossings would reopen in May. Ms Lind did not exclude "
            "a second visit. The President made this point when the talks opened. He left for the airport at noon.")
    assert_statements(body, [
        ("Anton Maric", "indirect", "The President made the point that trade had doubled."),
        ("Greta Lind", "indirect", "Greta Lind wanted to know whether the border crossings would reopen."),
        ("Greta Lind", "indirect", "The guest made no secret of her disappointment with the delay."),
        ("Anton Maric", "indirect", "The President left his guest in no doubt that the crossings would reopen in May."),
        ("Greta Lind", "indirect", "Ms Lind did not exclude a second visit."),
    ])


def test_a_persons_hope_conviction_reply_or_instruction_was_that():
    """"The host's conviction was that …", "The guest's hope was that …", "The visitor's reply
    was that …", "Mr X's instruction to the Cabinet was to submit …": one person's belief, hope,
    answer or order stated through its noun, as "X's view is that …" (hard13 missed five, and
    gave one "reply" to the speaker before)."""
    body = (_TALKS + "The host's conviction was that the talks had been useful. The guest's hope was that the "
            "crossings would reopen soon.\n\nThe President asked about the bridge. The visitor's reply was that "
            "it would open in May.\n\nPresident Maric's instruction to the Government was to draft a plan by June. "
            "The President's hope for an early agreement was shared by many. The Minister's proposal was adopted.")
    assert_statements(body, [
        ("Anton Maric", "indirect", "The host's conviction was that the talks had been useful."),
        ("Greta Lind", "indirect", "The guest's hope was that the crossings would reopen soon."),
        ("Anton Maric", "indirect", "The President asked about the bridge."),
        ("Greta Lind", "indirect", "The visitor's reply was that it would open in May."),
        ("Anton Maric", "indirect", "President Maric's instruction to the Government was to draft a plan by June."),
    ])


def test_the_visitor_is_the_guest():
    """"The visitor stressed …" is the guest, as "the guest" is (hard13's "The visitor's reply
    was that …" went to the host); "visitors" stay a group."""
    body = (_TALKS + "The President thanked Ostlund for its help. The visitor stressed that the border must stay "
            "open. Visitors to the exhibition praised the paintings.")
    assert_statements(body, [
        ("Anton Maric", "indirect", "The President thanked Ostlund for its help."),
        ("Greta Lind", "indirect", "The visitor stressed that the border must stay open."),
    ])


def test_for_her_part_after_a_describing_aside():
    """"Senator X, who has chaired … and who visited …, for her part, thanked …": the subject
    is the name before the describing aside, then "for her part" (hard13's Metropolitan "…, who
    chaired … and who taught …, for his part, thanked …" was no one's); without "for her part"
    it already was."""
    body = (_TALKS + "The President thanked Ostlund for its help. Greta Lind, who has chaired the committee for six "
            "years and who visited the city last spring, for her part, thanked the President for the invitation.")
    assert_statements(body, [
        ("Anton Maric", "indirect", "The President thanked Ostlund for its help."),
        ("Greta Lind", "indirect", "Greta Lind, who has chaired the committee for six years and who visited the city "
                                   "last spring, for her part, thanked the President for the invitation."),
    ])


def test_in_a_named_persons_words():
    """"Mirvala and Lumbria, in Stepan Vorel's words, share positions …": a name's words, as "in
    the President's words" (hard13 missed it); "in Ostlund's view" has no person for its owner."""
    body = (_TALKS + "The talks were held in the Amber Hall. Relations, in Anton Maric's words, are at their best "
            "in decades.\n\nIn Ostlund's view, the border question is settled.")
    assert_statements(body, [
        ("Anton Maric", "indirect", "Relations, in Anton Maric's words, are at their best in decades."),
    ])


def test_a_participle_aside_after_the_subject_and_an_irregular_past():
    """"The guest, having visited the suburbs … and seen the ruins, made no secret of her anger":
    an aside opened by "having" describes the subject before it, and "made" (as "left", "found")
    is a past tense, a verb after the aside (hard13 missed it); "The President had found fault
    with …" is a criticism (hard13 missed it)."""
    body = (_TALKS + "The guest, having visited the suburbs that morning and seen the ruins, made no secret of her "
            "anger. The President had found fault with the reconstruction plan. He found a way to help.")
    assert_statements(body, [
        ("Greta Lind", "indirect", "The guest, having visited the suburbs that morning and seen the ruins, made no "
                                   "secret of her anger."),
        ("Anton Maric", "indirect", "The President had found fault with the reconstruction plan."),
    ])


def test_as_someone_put_it():
    """"As the President put it, “…”": his words, the lead-in no statement (hard13 gave the
    quotation to the speaker before); "As the head of state put it, harmony is …" and "He put it
    bluntly: …" his reported words; "put it on the agenda" no speech."""
    body = (_TALKS + "Greta Lind thanked the President for the invitation. As the President put it, “Every mine "
            "removed is a child saved.”\n\nAs the President put it, harmony between the faiths is a matter of "
            "survival.\n\nThe Minister put it on the agenda.")
    assert_statements(body, [
        ("Greta Lind", "indirect", "Greta Lind thanked the President for the invitation."),
        ("Anton Maric", "direct", "Every mine removed is a child saved."),
        ("Anton Maric", "indirect", "As the President put it, harmony between the faiths is a matter of survival."),
    ])


def test_attention_drawn_by_someone_and_an_idea_put_forward():
    """"Her interlocutor's attention was drawn by Ms X to the fact that …": a passive whose agent
    speaks, as "Special attention was paid by …" (hard13 missed it); an agentless "Attention was
    drawn to …" is no one's. "X put it forward again": a proposal, as "put forward"."""
    body = (_TALKS + "The President thanked Ostlund for its help. Her interlocutor's attention was drawn by Ms Lind "
            "to the fact that the delegation included three mayors. Attention was drawn to the closed road.\n\n"
            "The idea of a joint festival is not new. Greta Lind put it forward again.")
    assert_statements(body, [
        ("Anton Maric", "indirect", "The President thanked Ostlund for its help."),
        ("Greta Lind", "indirect", "Her interlocutor's attention was drawn by Ms Lind to the fact that the delegation "
                                   "included three mayors."),
        ("Greta Lind", "indirect", "Greta Lind put it forward again."),
    ])


def test_a_quotation_broken_by_went_on():
    """"“We are a secular state,” the President went on, “and church and state must not merge.”":
    the part after "went on," is his too, as after "continued," (hard13 missed it)."""
    body = (_TALKS + "Greta Lind thanked the President for the invitation. “We are a secular state,” the President "
            "went on, “and church and state must not merge.”")
    assert_statements(body, [
        ("Greta Lind", "indirect", "Greta Lind thanked the President for the invitation."),
        ("Anton Maric", "direct", "We are a secular state,"),
        ("Anton Maric", "direct", "and church and state must not merge."),
    ])


def test_a_lead_in_that_opens_with_its_verb():
    """"Said the President to the press after the talks: “…”": the verb before its subject opens
    the lead-in, the speaker after it (hard13 gave the quotation to the guest, who spoke last)."""
    body = (_TALKS + "Greta Lind thanked the President for the invitation. Said the President to the press after the "
            "talks: “The Far North is a natural part of our partnership.”")
    assert_statements(body, [
        ("Greta Lind", "indirect", "Greta Lind thanked the President for the invitation."),
        ("Anton Maric", "direct", "The Far North is a natural part of our partnership."),
    ])


def test_in_the_words_of_someone_before_a_quotation():
    """"In the words of the Head of State: “…”": the words that introduce the quotation are no
    statement (GOLD-FORMAT), the quotation is his (hard13 gave the lead-in as a statement too)."""
    body = (_TALKS + "The talks lasted an hour. In the words of the Head of State: “Our defence support was "
            "discussed in detail today.”")
    assert_statements(body, [
        ("Anton Maric", "direct", "Our defence support was discussed in detail today."),
    ])
