"""Rules mended by helper h643 from the four-hundred-seventy-eighth set's errors (the Government of Brazil's news
agency, Agência Brasil, in English): invented readouts, invented people."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_an_office_in_a_lead_with_as_is_the_subjects():
    """"On her first official visit as the United States’ State Secretary, Condoleezza Rice praised …" then "According
    to the Secretary, …" (fourhundredseventyeighth agenciabrasil 2204): the office a lead "as …" names, an owner's
    possessive before it allowed, is the office of the name right after its comma, so "the Secretary" is she. Before,
    the office went to no one and the later sentence to no one."""
    body = ("On her first official visit as the Nordland’s State Secretary, Ilse Marrow praised, yesterday, the "
            "leadership of Tavia, after meeting the Minister of Trade, Oren Vask.\n\n"
            "According to the Secretary, the region needs to undergo changes that will allow it to grow.")
    assert_statements(body, [
        ("Ilse Marrow", "indirect",
         ("On her first official visit as the Nordland’s State Secretary, Ilse Marrow praised, yesterday, the "
          "leadership of Tavia, after meeting the Minister of Trade, Oren Vask.")),
        ("Ilse Marrow", "indirect",
         "According to the Secretary, the region needs to undergo changes that will allow it to grow."),
    ])


def test_defended_a_proposal_is_a_position_argued():
    """"During a speech, …, US Secretary of State Condoleezza Rice defended the creation of the Free Trade Area of the
    Americas (FTAA) as a way to unite …" (fourhundredseventyeighth agenciabrasil 2225): "defended" with a proposal, a
    need or a position after it ("the creation of", "the need for", "her position that", "that …") is a stance argued
    for, as "advocated"; soldiers who "defended the country" say nothing. Before, the sentence was no one's."""
    body = ("During a speech, yesterday, in Tarvik, on the region's trade policy, Foreign Minister Ilse Marrow defended "
            "the creation of the Northern Trade Area as a way to unite 80 million people “from the coast to the "
            "mountains in a free community.”\n\n"
            "The veterans who defended the country in 1944 were honoured at the ceremony.")
    assert_statements(body, [
        ("Ilse Marrow", "indirect",
         ("During a speech, yesterday, in Tarvik, on the region's trade policy, Foreign Minister Ilse Marrow defended "
          "the creation of the Northern Trade Area as a way to unite 80 million people “from the coast to the "
          "mountains in a free community.”")),
    ])


def test_a_sentence_after_a_quotation_its_cue_closes_is_the_writers():
    """"“What he said encourages us to continue to fight for this reform,” he went on to say. Brazil is endeavoring to
    obtain a permanent seat on the UN Security Council, which currently has only five permanent members: …"
    (fourhundredseventyeighth agenciabrasil 4441): a quotation whose cue closes its sentence ends the speaker's turn;
    the next sentence, naming no one and with no cue, is the writer's background, not more of his report. Before, it
    went to the minister as carrying his report on."""
    body = ("The meeting between the two presidents was marked by great candor, according to the Foreign Minister of "
            "Norway, Oren Vask.\n\n"
            "“What she said encourages us to continue to fight for this reform,” he went on to say. Norway is "
            "endeavoring to obtain a permanent seat on the Regional Council, which currently has only three permanent "
            "members.")
    assert_statements(body, [
        ("Oren Vask", "indirect",
         ("The meeting between the two presidents was marked by great candor, according to the Foreign Minister of "
          "Norway, Oren Vask.")),
        ("Oren Vask", "direct", "What she said encourages us to continue to fight for this reform"),
    ])


def test_topics_stressed_at_a_meeting_are_a_noun_and_its_participle():
    """"One of the topics stressed at the meeting, according to the Minister, was the reduction of agricultural
    subsidies …" (fourhundredseventyeighth agenciabrasil 4441): "stressed" after "the topics" and before "at" is a
    reduced relative, no verb of its own, so the "according to" sentence is the minister's whole. Before, the sentence
    was cut at the participle and its opening words were no one's."""
    body = ("The talks between the two presidents were frank, according to the Foreign Minister, Oren Vask.\n\n"
            "One of the topics stressed at the meeting, according to the Minister, was the reduction of farm subsidies.")
    assert_statements(body, [
        ("Oren Vask", "indirect",
         "The talks between the two presidents were frank, according to the Foreign Minister, Oren Vask."),
        ("Oren Vask", "indirect",
         "One of the topics stressed at the meeting, according to the Minister, was the reduction of farm subsidies."),
    ])
