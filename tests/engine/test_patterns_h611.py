"""Known errors of the held-out sets mended by general rules (stop 45): invented readouts, invented people
and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_the_head_of_state_after_one_who_thanked_another_is_the_one_who_thanked():
    """"President Ilham Aliyev thanked the Turkish President for the phone call and condolences. The head of state
    noted that …" (four-hundred-sixteenth az_president 2017-07-06): the title names the caller first, so he was the
    readout's principal and "the head of state" was read as him; the sentence before has one head of state as its
    subject and the other as its object, and "the head of state" carries its subject on."""
    title = "Velorian President Oren Balt phoned Marek Tovan"
    body = ("President of the Republic of Veloria Oren Balt made a phone call to President of the Republic of "
            "Kastravia Marek Tovan on May 3.\n\n"
            "The Velorian President extended his condolences to the President of Kastravia over the floods.\n\n"
            "President Marek Tovan thanked the Velorian President for the phone call and condolences.\n\n"
            "The head of state noted that the rescue teams had saved hundreds of lives.")
    assert_statements(body, [
        ("Oren Balt", "indirect", "The Velorian President extended his condolences to the President of Kastravia "
                                  "over the floods."),
        ("Marek Tovan", "indirect", "President Marek Tovan thanked the Velorian President for the phone call and "
                                    "condolences."),
        ("Marek Tovan", "indirect", "The head of state noted that the rescue teams had saved hundreds of lives."),
    ], title=title)


def test_the_head_of_state_after_the_principal_received_a_guest_stays_the_principal():
    """The other way round the rule leaves alone: the sentence before has the principal as its subject, so "the
    head of state" is he, though a guest head of state is its object."""
    title = "Marek Tovan met with President of Veloria Oren Balt"
    body = ("President of Kastravia Marek Tovan met with President of Veloria Oren Balt.\n\n"
            "President Marek Tovan thanked the Velorian President for the visit.\n\n"
            "The head of state noted that trade had doubled.")
    assert_statements(body, [
        ("Marek Tovan", "indirect", "President Marek Tovan thanked the Velorian President for the visit."),
        ("Marek Tovan", "indirect", "The head of state noted that trade had doubled."),
    ], title=title)


def test_an_envoys_office_with_the_place_he_serves_in_before_his_name_is_his():
    """"received the Chargé d'affaires of the Embassy of Veloria in Kastravia, Karl Dorn" (the leftover named at
    stop 45; so "the Ambassador of X in Y, Z"): the office before the comma is his, though "in" and the place he
    serves in close it, so "The Chargé d'affaires" after it is he. Before, the lower-case "in" kept the office from
    the name and the later statement was no one's."""
    body = ("Deputy Minister Anna Vold received the Chargé d'affaires of the Embassy of Veloria in Kastravia, "
            "Karl Dorn. The Chargé d'affaires thanked the Deputy Minister for the meeting.")
    assert_statements(body, [
        ("Karl Dorn", "indirect", "The Chargé d'affaires thanked the Deputy Minister for the meeting."),
    ])
    body = ("Foreign Minister Anna Vold met with the Ambassador of Veloria in Kastravia, Karl Dorn. "
            "The Ambassador conveyed greetings from the Velorian leadership.")
    assert_statements(body, [
        ("Karl Dorn", "indirect", "The Ambassador conveyed greetings from the Velorian leadership."),
    ])


def test_one_following_developments_with_deep_concern_states_his_concern():
    """"Secretary-General X is following with deep concern the developments in …" (the UN idiom, a leftover named at
    stop 45): one person's concern stated, as "X is deeply concerned about …" is. Before, no speech verb, no cue:
    no one's."""
    body = ("Secretary-General Anton Vell is following with deep concern the developments in Marvia. "
            "He called on all sides to show restraint.")
    assert_statements(body, [
        ("Anton Vell", "indirect", "Secretary-General Anton Vell is following with deep concern the developments "
                                   "in Marvia."),
        ("Anton Vell", "indirect", "He called on all sides to show restraint."),
    ])
    body = "Anton Vell met Ida Morn. The Secretary-General is closely following with concern the talks in Marvia."
    assert_statements(body, [
        ("Anton Vell", "indirect", "The Secretary-General is closely following with concern the talks in Marvia."),
    ])


def test_a_quotation_after_delivering_someones_message_is_the_message_owners():
    """"He delivered the President's message: “…”" (a leftover named at stop 45): the lead-in's subject only carries
    the message; its words are the one's whose message it is, as after "a message from X:". Before, the courier
    opening the lead-in was given the quotation."""
    body = ("President Ivo Marek of Veloria spoke with Foreign Minister Anna Vold by phone. "
            "The next day, Anna Vold received Ambassador Karl Dorn of Veloria. "
            "He delivered the President's message: “Veloria stands ready to help Kastravia rebuild.”")
    assert_statements(body, [
        ("Ivo Marek", "direct", "Veloria stands ready to help Kastravia rebuild."),
    ])


def test_the_office_a_title_says_its_host_holds_for_the_first_time_is_his():
    """"Humza Yousaf meets Rishi Sunak for first time as FM in London" (three-hundred-thirtieth scot_gov 2023-04-24,
    "as FM" the leftover named at stop 45): the title's host holds the office it names after "first … as", so the
    body's "The FM raised …" is he; "FM" the First Minister's initials where the body speaks of a First Minister.
    Before, he held no office, and the first "The FM" (no First Minister met yet) was no one's."""
    title = "Ewan Moray meets Oliver Penn for first time as FM in London"
    body = ("A statement read:\n\n"
            "The First Minister and the Prime Minister met this evening.\n\n"
            "The FM raised the cost-of-living crisis and rising energy bills.\n\n"
            "The First Minister raised concerns around attacks on devolution.")
    assert_statements(body, [
        ("Ewan Moray", "indirect", "The FM raised the cost-of-living crisis and rising energy bills."),
        ("Ewan Moray", "indirect", "The First Minister raised concerns around attacks on devolution."),
    ], title=title)


def test_he_pleased_that_another_committed_is_the_one_named_before():
    """"He was pleased that the Prime Minister committed to fairness …" (three-hundred-thirtieth scot_gov
    2023-04-24): "was pleased that" voices his satisfaction, as "was glad to hear" does, and "He" is the one named
    before the sentence, not the Prime Minister whose verb inside the clause was read first (as `_beliefs` already
    read "He was sure X shared …"; so "He was concerned that X …"). Before, the statement was the Prime
    Minister's."""
    lead = ("Prime Minister Oliver Penn met First Minister Ewan Moray. "
            "The First Minister raised concerns about energy bills. ")
    for sentence in ("He was pleased that the Prime Minister committed to fairness.",
                     "He was concerned that the Prime Minister committed to cuts."):
        assert_statements(lead + sentence, [
            ("Ewan Moray", "indirect", "The First Minister raised concerns about energy bills."),
            ("Ewan Moray", "indirect", sentence),
        ])


def test_the_high_commissioner_for_refugees_keeps_his_remit_and_is_no_envoy():
    """"the UN High Commissioner for Refugees, X" (the leftover named at stop 45): the office keeps "for Refugees", as
    "for Human Rights" kept its remit, so it is the UN's office, not a Commonwealth state's High Commissioner, an envoy;
    "The envoy …" beside an Ambassador is the Ambassador, and "The High Commissioner …" is still X. Before, the remit
    was dropped and the bare "high commissioner" took "the envoy"."""
    body = ("Foreign Minister Anna Vold met with the UN High Commissioner for Refugees, Filip Granda, and "
            "Ambassador Karl Dorn. The envoy thanked Kastravia for hosting refugees. "
            "The High Commissioner promised more aid.")
    assert_statements(body, [
        ("Karl Dorn", "indirect", "The envoy thanked Kastravia for hosting refugees."),
        ("Filip Granda", "indirect", "The High Commissioner promised more aid."),
    ])
