"""Rules from the seventy-fourth styles set (ports, shipping and maritime authorities): invented readouts, invented
people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_a_name_ending_in_all_before_told_is_a_teller():
    """"Mr. Ostervall told the minister that …" (styles74): the word "all" of "All told, …" (in all) must stand alone;
    a name that only ends in the letters "all" (Ostervall, Hall, Kendall) before "told" is its subject. Before, the
    verb was dropped and the sentence was no one's."""
    body = ("The minister received Mr. Gunnar Ostervall, the Chief Executive of Velmar Terminals, on Tuesday.\n\n"
            "Mr. Ostervall told the minister that the company would invest in the port.\n\n"
            "Mr. Tomas Kendall told reporters that the tender would open in October.")
    assert_statements(body, [
        ("Gunnar Ostervall", "indirect", "Mr. Ostervall told the minister that the company would invest in the port."),
        ("Tomas Kendall", "indirect", "Mr. Tomas Kendall told reporters that the tender would open in October."),
    ])


def test_all_told_still_sums_up():
    """The guard: "All told, …" opening a sentence is a sum, no one's telling."""
    body = ("The minister received Mr. Gunnar Ostervall on Tuesday.\n\n"
            "All told, the company has invested 400 million dollars in the region's ports.")
    assert_statements(body, [])


def test_spoke_at_a_meeting_with_about_a_count_is_narrative():
    """"He spoke at a meeting with about 400 workers, attended by …" (styles74): "about" right after a preposition is a
    count ("some 400"), not a topic, so the sentence only says where he spoke (narrative, GOLD-FORMAT); so "spoke to
    reporters for about twenty minutes". Before, "at … about" read it as his topic and the sentence as his statement."""
    body = ("The Managing Director, Mr. Kelvin Osarin, on Wednesday assured dock workers that the night shift would "
            "stay.\n\n"
            "He spoke at a meeting with about 400 workers, attended by the port manager, Mrs. Agnes Tellor.\n\n"
            "He later spoke to reporters for about twenty minutes.")
    assert_statements(body, [
        ("Kelvin Osarin", "indirect", "The Managing Director, Mr. Kelvin Osarin, on Wednesday assured dock workers "
         "that the night shift would stay."),
    ])


def test_spoke_at_a_meeting_about_a_topic_is_still_told():
    """The guard: "about" after a noun is the topic ("spoke at a meeting with workers about the new cranes", "spoke in
    Kisomba about two new berths", a count inside the topic)."""
    body = ("Mr. Kelvin Osarin visited the port on Wednesday.\n\n"
            "He spoke at a meeting with workers about the new cranes.\n\n"
            "He spoke in Kisomba about two new berths.")
    assert_statements(body, [
        ("Kelvin Osarin", "indirect", "He spoke at a meeting with workers about the new cranes."),
        ("Kelvin Osarin", "indirect", "He spoke in Kisomba about two new berths."),
    ])


def test_added_nothing_of_his_own_is_no_statement():
    """"Mr. X … translated each answer but added nothing of his own." (styles74): "nothing" the object of a verb of
    telling, then the sentence's end or a preposition, is no words said; so "said nothing during the meeting". Before,
    each was his indirect statement."""
    body = ("The minister received Mr. Gunnar Ostervall and the company's country manager, Mr. Peter Ochal.\n\n"
            "Mr. Ochal translated each answer but added nothing of his own.\n\n"
            "Mr. Ostervall said nothing during the tour of the port.")
    assert_statements(body, [])


def test_said_nothing_would_change_is_still_told():
    """The guard: "nothing" the subject of the words reported ("said nothing would change …", a verb after it), and
    "stressed nothing but …" (an "only"), are statements."""
    body = ("The minister received Mr. Peter Ochal on Tuesday.\n\n"
            "Mr. Ochal said nothing would change for the port's workers.\n\n"
            "He stressed nothing but the need for calm at the port.")
    assert_statements(body, [
        ("Peter Ochal", "indirect", "Mr. Ochal said nothing would change for the port's workers."),
        ("Peter Ochal", "indirect", "He stressed nothing but the need for calm at the port."),
    ])


def test_the_union_leader_is_the_general_secretary_named_with_the_unions_possessive():
    """"The union's General Secretary, Mr. X, told reporters … "…," the union leader said." (styles74): a union's head
    named after "the union's" and his office is the union head "the union leader" calls, as one named "General
    Secretary of the … Union, X"; not the union's president named only later. Before, the president named after the
    quotation took it."""
    body = ("The Ostrian Seafarers' Union said in a statement on Monday that it would withdraw its crews.\n\n"
            "The union's General Secretary, Mr. Ranjit Palavar, told reporters that 64 seafarers had not been paid.\n\n"
            "\"These men are feeding their families on promises,\" the union leader said.\n\n"
            "The union's president, Mr. Kumaran Suriat, did not speak to the press.")
    assert_statements(body, [
        ("Ranjit Palavar", "indirect", "The union's General Secretary, Mr. Ranjit Palavar, told reporters that 64 "
         "seafarers had not been paid."),
        ("Ranjit Palavar", "direct", "These men are feeding their families on promises,"),
    ])


def test_a_union_of_states_possessive_is_no_union_head():
    """The guard: "the European Union's President, X" is no trade union's head; "the union leader" is the Secretary
    General of the Dock Workers' Union named before."""
    body = ("The General Secretary of the Ostrian Dock Workers' Union, Mr. Ranjit Palavar, met the European Union's "
            "President, Mr. Tomas Vellner, on Monday.\n\n"
            "\"Our members will not be left behind,\" the union leader said.")
    assert_statements(body, [
        ("Ranjit Palavar", "direct", "Our members will not be left behind,"),
    ])


def test_the_captain_and_the_master_are_the_ships_master_named_captain():
    """"The ship's master, Captain Mohan X, said … The captain said … "…," the master said." (styles74): a captain's
    rank written as the first word of the name gives the post, and a ship's master is "the master" and "the captain"
    (`team_roles`); not the harbour master named last, who did not speak. Before, "the captain" was no one and "the
    master" the harbour master."""
    body = ("The bulk carrier MV Orla Venn berthed at Selakot on Tuesday, two days late.\n\n"
            "The ship's master, Captain Mohan Ilvaran, said the vessel had lost one lifeboat.\n\n"
            "The captain said the ship would stay at Selakot for a week for repairs.\n\n"
            "The harbour master of Selakot, Mr. Arul Thevan, met the ship at the quay but did not speak to reporters.\n\n"
            "\"She is an old lady, but she is a strong one,\" the master said.")
    assert_statements(body, [
        ("Captain Mohan Ilvaran", "indirect", "The ship's master, Captain Mohan Ilvaran, said the vessel had lost one "
         "lifeboat."),
        ("Captain Mohan Ilvaran", "indirect", "The captain said the ship would stay at Selakot for a week for repairs."),
        ("Captain Mohan Ilvaran", "direct", "She is an old lady, but she is a strong one,"),
    ])


def test_an_unnamed_ships_captain_stays_no_ones():
    """The guard: a ship's captain never named (no "Captain X", no name beside the post) is no one's, though a man
    styled "Mr." is named before ("the captain" is not any last-named man)."""
    body = ("The Minister of Transport, Mr. Kelvin Osarin, honoured the crew of the cargo ship Perla Star on Monday.\n\n"
            "The captain said the crew had done what any crew would do.")
    result = assert_statements(body, [])
    assert [s.speaker for s in result.statements if s.speaker] == []


def test_a_union_head_named_with_the_whole_union_name_stays_the_union_leader():
    """The guard (styles68's shape): a head named "Secretary-General of the … Union, X" stays the one union head
    "the labour leader" calls though "The union's president, Mrs. Y, chaired the vote" is named after him; the
    possessive form is read only where no head is named with the union's whole name."""
    body = ("The Secretary-General of the Ostrian Union of Dock Workers, Mr. Casim Tollar, was re-elected on Thursday. "
            "The union's president, Mrs. Henrike Fellar, chaired the vote.\n\n"
            "\"Three terms is long enough,\" the labour leader said.")
    assert_statements(body, [
        ("Casim Tollar", "direct", "Three terms is long enough,"),
    ])


def test_he_added_is_not_one_who_did_not_speak():
    """"Mr. X said … The district fisheries officer, Mr. Y, attended the meeting but did not speak. Fishermen … said
    … He added that …" (styles74): one who said nothing adds nothing, so "He added" is the man who spoke before him.
    Before, it went to the silent man named last."""
    body = ("The harbour master of Lumeri port, Mr. Juma Tesar, on Thursday barred fishing boats from the main channel "
            "at night.\n\n"
            "Mr. Tesar said fishermen could still use the western passage.\n\n"
            "The district fisheries officer, Mr. Obadia Kiren, attended the meeting but did not speak.\n\n"
            "He added that every registered canoe would get a solar lamp.")
    assert_statements(body, [
        ("Juma Tesar", "indirect", "Mr. Tesar said fishermen could still use the western passage."),
        ("Juma Tesar", "indirect", "He added that every registered canoe would get a solar lamp."),
    ])


def test_one_silent_at_the_meeting_may_still_tell_reporters_later():
    """The guard: only a verb that carries on words said ("added") passes over the silent man; "He later told
    reporters that …" after "did not speak at the ceremony" is his own."""
    body = ("The harbour master of Lumeri port, Mr. Juma Tesar, on Thursday barred fishing boats from the main channel "
            "at night.\n\n"
            "Mr. Tesar said fishermen could still use the western passage.\n\n"
            "The district fisheries officer, Mr. Obadia Kiren, attended the ceremony but did not speak.\n\n"
            "He later told reporters that the lamps would arrive in May.")
    assert_statements(body, [
        ("Juma Tesar", "indirect", "Mr. Tesar said fishermen could still use the western passage."),
        ("Obadia Kiren", "indirect", "He later told reporters that the lamps would arrive in May."),
    ])
