"""Patterns found by the thirtieth hard set (benchmarks/hard30/: twelve dev situations rewritten in the voices of an
opposition leader's office, a parliamentary ombudsman's office, a supreme court's press office and a national Olympic
committee's press office): each test an invented readout and the statements GOLD-FORMAT.md gives it."""
from __future__ import annotations

from .test_patterns import assert_statements


def test_an_aside_in_dashes_after_an_office_or_a_styled_name_that_opens_the_sentence():
    """An aside set off by dashes between the sentence's opening subject and its speech verb, the subject an office
    or a styled single name, the aside a relative clause with its own commas or a description (hard30: "The Leader —
    who, as a young lawyer, had represented the families of the Halm deportees — went on to say that …", "Sir Colm —
    a two-time Olympic champion in the four-man bob, and now an IOC Member — told reporters that …"): the subject's
    statement."""
    body = ("The Leader of the Opposition, Ms Edda Lorn, met Sir Tam Ruskin, the President of the Orvel Association.\n\n"
            "The Leader — who, as a young doctor, had worked in the northern clinics — went on to say that the clinics "
            "needed a new budget.\n\n"
            "Sir Tam — a three-time world champion in the slalom, and now a member of the Council — told reporters "
            "that Orvel would send two coaches.")
    assert_statements(body, [
        ("Edda Lorn", "indirect", "The Leader — who, as a young doctor, had worked in the northern clinics — went on "
                                  "to say that the clinics needed a new budget."),
        ("Tam Ruskin", "indirect", "Sir Tam — a three-time world champion in the slalom, and now a member of the "
                                   "Council — told reporters that Orvel would send two coaches."),
    ])


def test_an_aside_in_dashes_after_a_thing_stays_narrative():
    """Guard: a thing before the dashes ("The plan — which, in March, the Council had approved — said that …") is no
    person: no statement."""
    body = ("The Leader of the Opposition, Ms Edda Lorn, met the Council.\n\n"
            "The plan — which, in March, the Council had approved — said that the clinics would close.")
    assert_statements(body, [])


def test_a_transcript_label_of_an_office_and_its_holder_in_brackets():
    """A transcript label that gives the office and then the holder's name in brackets (hard30: "The Leader of the
    Opposition (Ms Ingrid Varga MP): Your Grace, Moderators, friends,", "The Primate (the Most Reverend Tobias Arnell):
    Thank you, Leader. …"): the bracketed person's words, one direct statement a paragraph. Guard: an aside in the
    brackets that is no name ("(via interpreter)") leaves the office's holder the speaker."""
    body = ("The Leader of the Opposition, Ms Edda Lorn, addressed the Council of Elders in the presence of its "
            "Chair, Dr Anton Brisk.\n\n"
            "The Leader of the Opposition (Ms Edda Lorn MP): Elders, friends, thank you for having me.\n\n"
            "The Chair of the Council (Dr Anton Brisk): Thank you, Leader. You are always welcome here.\n\n"
            "The Leader of the Opposition (via interpreter): I will come back in the spring.")
    assert_statements(body, [
        ("Edda Lorn", "direct", "Elders, friends, thank you for having me."),
        ("Anton Brisk", "direct", "Thank you, Leader. You are always welcome here."),
        ("Edda Lorn", "direct", "I will come back in the spring."),
    ])


def test_an_office_before_a_name_styled_the_hon():
    """An office set off before a name styled "the Hon." (hard30: "The Chief Justice of Ardesh, the Hon. Dame Miriam
    Oyelaran, today received the Chief Justice of Norland, the Hon. Mr Justice Fergal Brannan, …"): the office is the
    first person's, so "the Chief Justice" after it is she, not the guest named last."""
    body = ("The Chief Justice of Morvia, the Hon. Dame Ines Kalu, today received the Chief Justice of Orvel, the Hon. "
            "Mr Justice Piet Garran, at the Supreme Court.\n\n"
            "The visit will be of lasting value to both courts, the Chief Justice believes.\n\n"
            "Mr Justice Garran noted that Orvel attached great importance to such exchanges.")
    assert_statements(body, [
        ("Ines Kalu", "indirect", "The visit will be of lasting value to both courts, the Chief Justice believes."),
        ("Piet Garran", "indirect", "Mr Justice Garran noted that Orvel attached great importance to such exchanges."),
    ])


def test_demurred_saying_is_an_objection_voiced():
    """"demurred, saying that …" (hard30: "When Ms Varga suggested a joint commission of historians, the President
    demurred, saying that such a body should wait until after the Kestrian election."): the objector's statement, split
    from the "When X suggested …," clause. Guard: "demurred." with nothing after it reports no words."""
    body = ("The Leader of the Opposition, Ms Edda Lorn, met President Tam Ruskin of Orvel.\n\n"
            "President Ruskin, for his part, said that the archives would stay open.\n\n"
            "When Ms Lorn proposed a joint fund, the President demurred, saying that it should wait until the spring.\n\n"
            "The delegation was invited to stay for dinner, and the President's aide demurred.")
    assert_statements(body, [
        ("Tam Ruskin", "indirect", "President Ruskin, for his part, said that the archives would stay open."),
        ("Edda Lorn", "indirect", "When Ms Lorn proposed a joint fund,"),
        ("Tam Ruskin", "indirect", "the President demurred, saying that it should wait until the spring."),
    ])


def test_it_fell_to_a_person_to_thank():
    """"It fell to X to thank …" (hard30: "It fell to the Shadow Foreign Secretary, Mr Piet Oran, to thank the embassy
    staff for their hospitality."): the thanks are X's. Guards: a body ("It fell to the committee to thank …") and a
    deed ("It fell to Mr X to carry the flag.") speak for no one."""
    body = ("The Leader of the Opposition, Ms Edda Lorn, met President Tam Ruskin of Orvel, with the Shadow Home "
            "Secretary, Mr Ivo Penn.\n\n"
            "It fell to the Shadow Home Secretary, Mr Ivo Penn, to thank the hosts for their hospitality.\n\n"
            "It fell to the committee to thank the staff. It fell to Mr Penn to carry the flag.")
    assert_statements(body, [
        ("Ivo Penn", "indirect", "It fell to the Shadow Home Secretary, Mr Ivo Penn, to thank the hosts for their "
                                 "hospitality."),
    ])


def test_an_office_and_its_holder_set_off_share_a_later_verb():
    """An office, then its holder's name set off by commas, then a verb of no speech and a speech verb after "and"
    (hard30: "The President of the Velmora Olympic Committee, Ms Rana Haddad, telephoned the Honorary President …, Mr
    Arvo Lindqvist, and extended her greetings on his ninetieth birthday."): the holder's statement, not the one
    telephoned."""
    body = ("Telephone conversation\n\n"
            "The President of the Orvel Rowing Federation, Ms Ines Kalu, telephoned Mr Piet Garran, and extended her "
            "greetings on his eightieth birthday.")
    assert_statements(body, [
        ("Ines Kalu", "indirect", "The President of the Orvel Rowing Federation, Ms Ines Kalu, telephoned Mr Piet "
                                  "Garran, and extended her greetings on his eightieth birthday."),
    ])


def test_after_a_semicolon_a_named_subject_with_a_who_clause_speaks():
    """Two people of one office, the second opening a clause after a semicolon with a relative clause before the
    speech verb (hard30: "Deputy Ombudsman Kari Strand will lead on the inspection records; Deputy Ombudsman Jonas
    Vell, who chairs the families' liaison group, told the meeting that …"): the second person's statement, from the
    semicolon on; the first clause (no speech) is no one's."""
    body = ("The Ombudsman, Dr Ines Kalu, met her senior staff.\n\n"
            "Deputy Ombudsman Piet Garran will lead on the records; Deputy Ombudsman Anna Vesk, who chairs the "
            "liaison group, told the meeting that the first letters had arrived.")
    assert_statements(body, [
        ("Anna Vesk", "indirect", "Deputy Ombudsman Anna Vesk, who chairs the liaison group, told the meeting that the "
                                  "first letters had arrived."),
    ])
