"""Helper h1261 (styles70, diaspora offices and consular services): a quotation tagged by an inverted "said a returnee
investor who …" (one brought in by "a", all in lower case, no name) is the one the very next sentence names so ("The
investor, Mr. X, now runs …", "She is Ms. Y, …"), else no one's, never the last speaker's; "the association's
president" is the office "president of association" (the whole phrase, not the bare "president" a head of state is),
so it is the one named "President of the … Community Association"; and "the community leader" (a noun before
"leader") is the one person who heads a body whose name holds that noun."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_a_quotation_said_by_one_named_in_the_next_sentence_is_hers():
    body = (
        "The Minister of Culture of Osvania, Mr. Pedro Valderrin, on Sunday closed a forum in Kastel for young "
        "Osvanians who grew up abroad.\n\n"
        "“You are not visitors here,” the minister said.\n\n"
        "“I came for three days and I am staying for three months,” said a young returnee who works for a bank in "
        "Kastel.\n\n"
        "She is Ms. Lina Drovak, born in Port Melby, who moved to Kastel last year."
    )
    assert_statements(body, [
        ("Pedro Valderrin", "direct", "You are not visitors here,"),
        ("Lina Drovak", "direct", "I came for three days and I am staying for three months,"),
    ])


def test_a_quotation_said_by_an_investor_named_next_is_his():
    body = (
        "Osvanians who came home to invest met the Minister of Culture, Mr. Pedro Valderrin, in Kastel on Thursday.\n\n"
        "“I still needed eleven stamps to connect my dairy to the water,” said a returnee investor who moved home "
        "in 2024.\n\n"
        "The investor, Mr. Tomas Drovak, now runs the dairy with his two sons.\n\n"
        "The minister said his ministry would set up a single desk for returnees."
    )
    assert_statements(body, [
        ("Tomas Drovak", "direct", "I still needed eleven stamps to connect my dairy to the water,"),
        ("Pedro Valderrin", "indirect", "The minister said his ministry would set up a single desk for returnees."),
    ])


def test_a_quotation_said_by_one_never_named_is_no_ones():
    body = (
        "The Minister of Culture of Osvania, Mr. Pedro Valderrin, on Sunday closed a forum in Kastel.\n\n"
        "“You are not visitors here,” the minister said.\n\n"
        "“I came for three days and I am staying for three months,” said a young returnee.\n\n"
        "The forum will be held again next year."
    )
    assert_statements(body, [
        ("Pedro Valderrin", "direct", "You are not visitors here,"),
    ])


def test_guard_one_named_in_the_tag_after_a_description():
    body = (
        "The Minister of Culture of Osvania, Mr. Pedro Valderrin, on Sunday closed a forum in Kastel.\n\n"
        "“You are not visitors here,” the minister said.\n\n"
        "“We have waited ten years for this,” said a farmer from the valley, Mr. Anton Brisk."
    )
    assert_statements(body, [
        ("Pedro Valderrin", "direct", "You are not visitors here,"),
        ("Anton Brisk", "direct", "We have waited ten years for this,"),
    ])


def test_the_associations_president_and_the_community_leader_are_its_president():
    body = (
        "The President of the Osvanian Community Association of Lindholm, Mr. Garo Selvanets, on Monday asked the "
        "election commission to open polling stations in Kastel.\n\n"
        "The association's president said some 12,000 members were entitled to vote.\n\n"
        "“Our members want a say,” the community leader said.\n\n"
        "The association's treasurer, Mr. Karel Vashkin, read out the list of halls.\n\n"
        "The community leader added that members would hire a bus."
    )
    assert_statements(body, [
        ("Garo Selvanets", "indirect", "The President of the Osvanian Community Association of Lindholm, Mr. Garo "
         "Selvanets, on Monday asked the election commission to open polling stations in Kastel."),
        ("Garo Selvanets", "indirect", "The association's president said some 12,000 members were entitled to vote."),
        ("Garo Selvanets", "direct", "Our members want a say,"),
        ("Garo Selvanets", "indirect", "The community leader added that members would hire a bus."),
    ])



def test_guard_a_states_president_by_its_possessive_is_still_the_head_of_state():
    # guard: "the country's president" is no private body's (`phrases.PRIVATE_BODIES`): the state's President
    body = (
        "President Ilse Marrow of Osvania on Monday received the President of the Osvanian Community Association of "
        "Lindholm, Mr. Garo Selvanets.\n\n"
        "The country's president said the state would open two more consulates in Lindholm."
    )
    assert_statements(body, [
        ("Ilse Marrow", "indirect", "The country's president said the state would open two more consulates in "
         "Lindholm."),
    ])
