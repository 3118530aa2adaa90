"""Patterns found by the twenty-seventh hard set (benchmarks/hard27/: twelve dev situations rewritten in
the voice of an international organisation's press office: UN notes and noon briefings, a UN agency, NATO,
the IMF, the OSCE): each test an invented readout and the statements GOLD-FORMAT.md gives it."""
from __future__ import annotations

from .test_patterns import assert_statements

_TALKS = "President Kofi Maranga met with Prime Minister of Ostlund Greta Lind.\n\n"


def test_office_before_an_honorific_name_and_a_place_after_in():
    """"the Director-General, Dr Ilse Marrowby," (an honorific, no office in the title): the office before the
    comma is hers, so a later "the Director-General said" is hers (hard27: "-General" offices were missed);
    "The Director-General, Dr X," opening the sentence too. "the mission in Lower Tessaly earned …": a name
    after "in" is a place, not the principal a bare "the President" would go to."""
    body = ("At the request of the Hokaran side, the Director-General, Dr Ilse Marrowby, took a call from Prime "
            "Minister Kenji Aramaki of Hokara.\n\nThanking the Prime Minister for his call, the Director-General said "
            "that the staff were safe.")
    assert_statements(body, [
        ("Ilse Marrowby", "indirect", "Thanking the Prime Minister for his call, the Director-General said that the "
                                      "staff were safe."),
    ])
    body = ("The Director-General, Dr Ilse Marrowby, met Prime Minister Kenji Aramaki of Hokara.\n\n"
            "The Director-General said that the staff were safe.")
    assert_statements(body, [("Ilse Marrowby", "indirect", "The Director-General said that the staff were safe.")])
    body = ("The Secretary-General spoke today with President Dariusz Velmont of Korvania.\n\n"
            "The President offered the view that the year would be a success. Korvania's mission in Lower Tessaly "
            "earned the Secretary-General's thanks.")
    assert_statements(body, [
        ("Dariusz Velmont", "indirect", "The President offered the view that the year would be a success."),
        ("The Secretary-General", "indirect", "Korvania's mission in Lower Tessaly earned the Secretary-General's "
                                              "thanks."),
    ], title="Note to correspondents: the Secretary-General's call with President Dariusz Velmont of Korvania")


def test_frames_of_one_persons_view_perspective_account_telling_would_have_it():
    """One person's view framed by a noun and a comma, as "in his view" (hard27): "From X's perspective,",
    "By X's account,", "In X's telling,", "…, as X would have it, …"; "For X, the mission remains "…"" (a
    quotation after the verb); not "From the company's perspective" (no person), "For the President, the day
    was long" (no quotation)."""
    body = (_TALKS + "From the President's perspective, the programme remains on track. By Ms Lind's account, she "
            "briefed the President on the floods. In the President's telling, the mission will grow. Judges who "
            "serve the war, as Ms Lind would have it, belong on the list. For the President, the mission remains "
            "\"the best chance for peace\".\n\n"
            "From the bank's perspective, the loan is safe. For the President, the day was long.")
    assert_statements(body, [
        ("Kofi Maranga", "indirect", "From the President's perspective, the programme remains on track."),
        ("Greta Lind", "indirect", "By Ms Lind's account, she briefed the President on the floods."),
        ("Kofi Maranga", "indirect", "In the President's telling, the mission will grow."),
        ("Greta Lind", "indirect", "Judges who serve the war, as Ms Lind would have it, belong on the list."),
        ("Kofi Maranga", "indirect", "For the President, the mission remains \"the best chance for peace\"."),
    ])


def test_nouns_of_speech_whose_owner_speaks():
    """A noun of speech whose owner is one person, whatever its verb (hard27): "X's deepest sympathy went to …",
    "… earned the President's thanks", "Condolences to …, and wishes for …, came from Ms Lind"; not "The
    President's car went to the airport", "The plan earned praise" (no owner)."""
    body = (_TALKS + "Ms Lind's deepest sympathy went to the families of the victims. The courage of the nurses "
            "earned the President's thanks. Condolences to the families of those killed in the bombing, and wishes "
            "for the recovery of the injured, came from Ms Lind at the start of the talks.\n\n"
            "The President's car went to the airport. The plan earned praise in the press.")
    assert_statements(body, [
        ("Greta Lind", "indirect", "Ms Lind's deepest sympathy went to the families of the victims."),
        ("Kofi Maranga", "indirect", "The courage of the nurses earned the President's thanks."),
        ("Greta Lind", "indirect", "Condolences to the families of those killed in the bombing, and wishes for the "
                                   "recovery of the injured, came from Ms Lind at the start of the talks."),
    ])


def test_stances_and_light_verbs_of_an_organisations_voice():
    """(hard27) "was at one with X on …" (agreed), "was firm with his guest that …" (insisted), "felt sure that"
    (a belief), "gave notice that", "opened the door to", "shared with X the outcome of / the latest figures
    on", "spoke to Ostlund's plans" (a possessive before the topic), "would only say that" (an adverb between
    the modal and the verb), a passive whose listener comes with "with" before its agent ("was raised with
    the President by Ms Lind"), "was held up by X as decisive" (praised as); not "were held up by the rain",
    "felt the heat", "opened the session", "shared a meal with"."""
    body = (_TALKS + "The President was at one with Ms Lind on the significance of the step. Ms Lind was firm with "
            "her guest that the war must end. The President felt sure that the compact would be adopted. Ms Lind "
            "gave notice that the fund would close. The President opened the door to a pledge. Ms Lind shared "
            "with the President the outcome of her meetings. The President shared with Ms Lind the latest figures "
            "on cholera. Ms Lind spoke to Ostlund's plans to host a conference. The question of transit was raised "
            "with the President by Ms Lind. The role of parliaments was held up by the President as decisive.\n\n"
            "The talks were held up by the rain. The President felt the heat. Ms Lind opened the session. The President shared a meal with the "
            "guests.")
    assert_statements(body, [
        ("Kofi Maranga", "indirect", "The President was at one with Ms Lind on the significance of the step."),
        ("Greta Lind", "indirect", "Ms Lind was firm with her guest that the war must end."),
        ("Kofi Maranga", "indirect", "The President felt sure that the compact would be adopted."),
        ("Greta Lind", "indirect", "Ms Lind gave notice that the fund would close."),
        ("Kofi Maranga", "indirect", "The President opened the door to a pledge."),
        ("Greta Lind", "indirect", "Ms Lind shared with the President the outcome of her meetings."),
        ("Kofi Maranga", "indirect", "The President shared with Ms Lind the latest figures on cholera."),
        ("Greta Lind", "indirect", "Ms Lind spoke to Ostlund's plans to host a conference."),
        ("Greta Lind", "indirect", "The question of transit was raised with the President by Ms Lind."),
        ("Kofi Maranga", "indirect", "The role of parliaments was held up by the President as decisive."),
    ])
    body = ("The Secretary-General met today with Prime Minister Callum Reyes of Halvoria.\n\n"
            "The Prime Minister said the mission would grow. The Secretary-General would only say that the trip "
            "was off.")
    assert_statements(body, [
        ("Callum Reyes", "indirect", "The Prime Minister said the mission would grow."),
        ("The Secretary-General", "indirect", "The Secretary-General would only say that the trip was off."),
    ])


def test_headline_words_are_no_principal():
    """A title in headline case ("Staged Votes Would Wreck Any Talks, Warns President") makes a "host" of its
    first words; one with no office whom the body never names, while the body names a titled person, is no
    principal, so "in the President's reckoning" is the President's (hard27: it went to "Staged Votes")."""
    body = ("Any staged vote would be recognised by no one: this was the message of President of Zarenthia Ostap "
            "Veremii. The remarks were made after his talks with Secretary-General Idris Mbeki.\n\n"
            "A staged vote, in the President's reckoning, would change nothing.")
    assert_statements(body, [
        ("Ostap Veremii", "indirect", "Any staged vote would be recognised by no one: this was the message of "
                                      "President of Zarenthia Ostap Veremii."),
        ("Ostap Veremii", "indirect", "A staged vote, in the President's reckoning, would change nothing."),
    ], title="Staged Votes Would Wreck Any Talks, Warns President")
