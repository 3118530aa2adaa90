"""Rules from the nine-hundred-sixth held-out set (the Regional Governor of Erongo, Namibia, 2020-2024): invented
readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_through_his_social_media_platform_before_said_speaks():
    """"Geingob through his social media platform said Mutjavikua played …" (The Namibian 2021-01-03): where he wrote,
    with no commas, between the subject and the verb, as "X in a tweet said". Before, no one's."""
    body = ("President Karl Vennor of Ostravia attended the funeral of the late governor. "
            "Vennor through his social media platform said the governor played an important role in the port's growth.")
    assert_statements(body, [
        ("Karl Vennor", "indirect",
         "Vennor through his social media platform said the governor played an important role in the port's growth."),
    ])


def test_on_her_facebook_page_before_stated_speaks():
    """The same medium's page after "on": "X on her Facebook page stated that …"."""
    body = "Minister Ilsa Korr on her Facebook page stated that the talks with Lorvia were useful."
    assert_statements(body, [
        ("Ilsa Korr", "indirect", "Minister Ilsa Korr on her Facebook page stated that the talks with Lorvia were useful."),
    ])


def test_on_his_account_alone_is_no_medium():
    """The guard: a bare "on his account" (no medium named) is not stepped over as where one wrote."""
    body = "Minister Ilsa Korr met the envoy. A friend on his account said nothing of the talks."
    assert_statements(body, [])


def test_keynote_address_at_an_event_on_a_day_before_praised_speaks():
    """"The Governor of Erongo, Cllr X, in his keynote address at the swearing in of the Erongo Regional Council on
    Wednesday praised voters for …" (Namib Times 2020-12-02): the address, its event and its day between the subject
    and the verb, with no comma. Before, no one's."""
    body = ("The Governor of Lorvia, Anton Belko, in his keynote address at the swearing in of the Lorvian "
            "Regional Council on Wednesday praised voters for peaceful conduct at the polls.")
    assert_statements(body, [
        ("Anton Belko", "indirect", body),
    ])


def test_remarks_to_listeners_yesterday_before_urged_speaks():
    """The same with "in her remarks to …" and "yesterday"."""
    body = "Minister Ilsa Korr in her remarks to the Lorvian chamber of commerce yesterday urged firms to invest."
    assert_statements(body, [
        ("Ilsa Korr", "indirect", body),
    ])


def test_address_at_an_event_with_no_speech_verb_is_no_statement():
    """The guard: "spoke in his address at the summit" then another subject's verb: the delegates' praise is a group's."""
    body = "Minister Ilsa Korr spoke in her address at the summit. The delegates then praised the host."
    assert_statements(body, [])


def test_unclosed_apposition_after_a_fronted_phrase_speaks():
    """"In a press statement, Roger X, the PDM Erongo regional coordinator said the appointment has elevated …" (New Era
    2020-04-15): the apposition's closing comma left out; its last word an office, the name opening the clause after a
    fronted phrase: the name's report. Before, no one's."""
    body = ("In a press statement, Tomas Varga, the party's regional coordinator said the appointment was good for the "
            "region.")
    assert_statements(body, [
        ("Tomas Varga", "indirect", body),
    ])


def test_unclosed_apposition_opening_the_sentence_speaks():
    """The same with nothing before the name."""
    body = "Tomas Varga, the Ostravian party's regional coordinator said the council would meet on Friday."
    assert_statements(body, [
        ("Tomas Varga", "indirect", body),
    ])


def test_description_after_an_object_name_stays_its_own():
    """The guard: "Karl Vennor met Ilsa Korr, the foreign minister said …": the name does not open the clause, so the
    description is its own subject (the foreign minister's tag), not Korr's."""
    body = "Karl Vennor met Ilsa Korr, the foreign minister said the talks were good."
    assert_statements(body, [
        ("The foreign minister", "indirect", body),
    ])


def test_sympathised_with_a_family_speaks():
    """"…, McHenry X, also sympathised with the Mutjavikua family." (Nampa 2021-01-04): sympathy voiced, as
    "commiserated with". Before, no one's."""
    body = "The president of the Ostravian Party, Tomas Varga, also sympathised with the family of the late governor."
    assert_statements(body, [
        ("Tomas Varga", "indirect", body),
    ])


def test_hosts_welcome_after_a_quotations_tag_is_no_statement():
    """"“…,” Governor Andre said welcoming the delegation." (Namibia Daily News 2022-06-10): a host's welcome of guests
    that ends the sentence, narrative (the 812th's and 819th's decision); only the quoted words are his. Before,
    "welcoming the delegation." was his too."""
    body = "“Lorvia is the perfect region for you,” Governor Anton Belko said welcoming the delegation."
    assert_statements(body, [
        ("Anton Belko", "direct", "Lorvia is the perfect region for you"),
    ])


def test_welcoming_a_decision_after_a_quotations_tag_speaks():
    """The guard: "welcoming the decision of the council" goes on as his report, as before."""
    body = "“Lorvia is the perfect region for you,” Governor Anton Belko said, welcoming the decision of the council."
    assert_statements(body, [
        ("Anton Belko", "direct", "Lorvia is the perfect region for you"),
        ("Anton Belko", "indirect", "welcoming the decision of the council."),
    ])
