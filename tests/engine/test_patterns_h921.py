"""Helper h921 (sixhundredninetyseventh, Uruguay's presidency and foreign ministry as English outlets print them):
"Visiting X stated this at a press briefing …" after the sentence it points back to, the guest's epithet "Visiting"
before the speaker's phrase, reads as "X stated this at …": only where the words before were said
(reported_speech `_visiting_before`, in the `_WHERE_ONLY` branch); a pledge of a thing, "X, for his part, pledged full
cooperation with …", tells nothing the sentence after it goes on telling, even between two of X's statements
(reported_speech `pledge_only`, `_PLEDGED_TO_ACT`; carrying_on `_after_a_pledge`); two known states with "have" and a
participle, "Venezuela and Uruguay have sought to strengthen …", after a report: what they have done, the readout's
background (sentence_patterns `STATES_HAVE_DONE` in `states_acted_together`; real states' names, as the rule needs); a few
quoted words in lower case right after the cue's verb that the sentence goes on after, "X first stated “what a great
pleasure” it was to receive …": a piece of the reported sentence, his whole (sentence_reading `_fragment_after_its_verb`)."""

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


def test_a_sentence_after_a_pledge_of_cooperation_carries_no_ones_words():
    # "X, for his part, pledged full cooperation with …": a pledge tells nothing the sentence after it goes on telling,
    # though the same speaker speaks again after it (reported_speech.pledge_only, carrying_on._after_a_pledge)
    assert_statements(
        "Valdorian President Tomas Brenn met Merrowan Prime Minister Ilse Kaar on Wednesday. Brenn, for his part, "
        "pledged full cooperation with Merrow in the fight against smuggling. In the past, some members of the banned "
        "Grey Harbour gang have sought refuge in Valdoria. Brenn also thanked Merrow for its help with the river "
        "dispute.",
        [("Tomas Brenn", "indirect", "Brenn, for his part, pledged full cooperation with Merrow in the fight against "
          "smuggling."),
         ("Tomas Brenn", "indirect", "Brenn also thanked Merrow for its help with the river dispute.")],
    )


def test_a_sentence_after_a_pledge_that_tells_what_goes_on():
    # guard: "pledged that …" tells what was pledged; the sentence between two of his statements stays his
    assert_statements(
        "Valdorian President Tomas Brenn met Merrowan Prime Minister Ilse Kaar on Wednesday. Brenn pledged that "
        "Valdoria would support Merrow in the fight against smuggling. The new border posts will open in May. Brenn "
        "also thanked Merrow for its help with the river dispute.",
        [("Tomas Brenn", "indirect", "Brenn pledged that Valdoria would support Merrow in the fight against smuggling."),
         ("Tomas Brenn", "indirect", "The new border posts will open in May."),
         ("Tomas Brenn", "indirect", "Brenn also thanked Merrow for its help with the river dispute.")],
    )


def test_two_states_present_perfect_after_a_report_is_the_readouts():
    # "Venezuela and Uruguay have sought to strengthen … since X … took office last year.": two known states (the rule
    # needs known states' names, as h744's) and "have" with a participle, what they have done, the readout's background
    # (sentence_patterns.STATES_HAVE_DONE in states_acted_together)
    assert_statements(
        "President Tomas Brenn is visiting Caracas and today held talks with his host.\n\n"
        "Brenn was also reported to have said he backed Venezuela’s joining the trade bloc.\n\n"
        "Venezuela and Uruguay have sought to strengthen diplomatic ties since Brenn took office last year.",
        [("Tomas Brenn", "indirect", "Brenn was also reported to have said he backed Venezuela’s joining the trade "
          "bloc.")],
    )


def test_two_states_have_a_noun_after_a_report_still_carries_it_on():
    # guard: "have" and a noun, the present, is the reporter's "we both" carried on
    assert_statements(
        "President Tomas Brenn of Uruguay said that relations with Venezuela are strong. "
        "Venezuela and Uruguay have a long history of cooperation.",
        [("Tomas Brenn", "indirect", "President Tomas Brenn of Uruguay said that relations with Venezuela are strong."),
         ("Tomas Brenn", "indirect", "Venezuela and Uruguay have a long history of cooperation.")],
    )


def test_a_few_quoted_words_after_the_verb_that_the_sentence_goes_on_after_are_part_of_the_report():
    # "X first stated “what a great pleasure” it was to receive …": the quoted words a piece of his reported sentence
    # (sentence_reading._fragment_after_its_verb)
    assert_statements(
        "Prime Minister Ada Varg welcomed President Tomas Brenn at the door of her office.\n\n"
        "Varg first stated “what a great pleasure” it was to receive the President and recalled that the ties between "
        "the two countries are old.",
        [("Ada Varg", "indirect", "Varg first stated “what a great pleasure” it was to receive the President and "
          "recalled that the ties between the two countries are old.")],
    )


def test_a_quotation_closed_by_its_comma_after_the_verb_stays_direct():
    # guard: "said “…, welcome you,” referring to …": the quotation closed by its own comma is his words apart
    assert_statements(
        "Prime Minister Ada Varg met President Tomas Brenn.\n\n"
        "Varg said “the people of Merrow, welcome you,” referring to Brenn as an old friend.",
        [("Ada Varg", "direct", "the people of Merrow, welcome you")],
    )
