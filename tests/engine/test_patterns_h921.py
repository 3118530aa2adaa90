"""Helper h921 (sixhundredninetyseventh, Uruguay's presidency and foreign ministry as English outlets print them):
"Visiting X stated this at a press briefing …" after the sentence it points back to, the guest's epithet "Visiting"
before the speaker's phrase, reads as "X stated this at …": only where the words before were said
(reported_speech `_visiting_before`, in the `_WHERE_ONLY` branch)."""

from .test_patterns import assert_statements


def test_visiting_minister_stated_this_at_a_briefing_gives_the_sentence_before():
    assert_statements(
        "MERROW. – Valdoria has decided to open a consulate in Merrow. Visiting Valdorian Foreign Minister Petra Lind "
        "stated this at a press briefing on Monday in Merrow.\n\n"
        "The minister noted that the two countries have long been friends.",
        [("Petra Lind", "indirect", "Valdoria has decided to open a consulate in Merrow."),
         ("Petra Lind", "indirect", "The minister noted that the two countries have long been friends.")],
    )


def test_visiting_minister_said_that_keeps_his_own_sentence():
    # guard: "Visiting X said that …" says something of its own, the whole sentence his
    assert_statements(
        "Visiting Valdorian Foreign Minister Petra Lind said that Valdoria would open a consulate in Merrow.",
        [("Petra Lind", "indirect", "Visiting Valdorian Foreign Minister Petra Lind said that Valdoria would open a "
          "consulate in Merrow.")],
    )


def test_visiting_minister_said_at_the_meeting_that_keeps_his_own_sentence():
    # guard: a place, then "that" and what was said: his report, not a place-only sentence
    assert_statements(
        "Visiting Valdorian Foreign Minister Petra Lind said at the meeting that Valdoria would open a consulate.",
        [("Petra Lind", "indirect", "Visiting Valdorian Foreign Minister Petra Lind said at the meeting that Valdoria "
          "would open a consulate.")],
    )
