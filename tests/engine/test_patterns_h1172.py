"""Rules from the eighty-seventh hard set (stop 67's left-overs): "The wife of Premier X said …" and "The spokesperson
of the Premier X said …" (the one of X speaks, never X; an unnamed one is no one), "Mrs. X" for the one of that
surname known as a woman, and South Africa's "MEC" (a provincial minister) as an office. Invented readouts, invented
people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_VISIT = ("Premier Oskar Delvanne of Ostravine arrived in Kessmark on Thursday. He was accompanied by his wife, "
          "Mrs. Annika Delvanne, and by the Minister of Trade, Mr. Pieter Grauwind. ")


def test_the_wife_of_the_premier_is_his_wife():
    """"The wife of Premier Delvanne said …" (hard87 premier_of_ostravine): the name after "of" is the holder's,
    who does not speak; his wife, named before with his surname, does. Before, the sentence went to a new person
    "Delvanne" of the premier's surname (scored as the Premier)."""
    body = (_VISIT + "The wife of Premier Delvanne said the ward would treat 3,000 children a year. "
            "She thanked the hospital's staff for their welcome.")
    assert_statements(body, [
        ("Annika Delvanne", "indirect", "The wife of Premier Delvanne said the ward would treat 3,000 children a year."),
        ("Annika Delvanne", "indirect", "She thanked the hospital's staff for their welcome."),
    ])


def test_an_unnamed_spokesperson_of_the_premier_is_no_one():
    """"The spokesperson of the Premier Hovstad said …" with no spokesperson named (hard87 premier_of_ostral): no
    one's words, as "a spokesperson said"; not the Premier's. Before, the Premier's."""
    body = ("The Premier of Ostral Province, Mr. Lennart Hovstad, received the Ambassador of Corrisca, Mr. Dario "
            "Castroverde. Premier Hovstad said the province exported fruit to Corrisca. "
            "The spokesperson of the Premier Hovstad said after the meeting that direct flights were discussed.")
    assert_statements(body, [
        ("Lennart Hovstad", "indirect", "Premier Hovstad said the province exported fruit to Corrisca."),
    ])


def test_the_head_of_the_office_of_the_premier_named_after_stays_his():
    """The guard: "The head of the office of Premier X, Mr. Y, said …" is Y's, as before."""
    body = ("The Premier of Ostral Province, Mr. Lennart Hovstad, received the Ambassador of Corrisca, Mr. Dario "
            "Castroverde. The head of the office of Premier Hovstad, Mr. Anders Kvilholm, said a memorandum would "
            "be ready in the spring.")
    assert_statements(body, [
        ("Anders Kvilholm", "indirect", "The head of the office of Premier Hovstad, Mr. Anders Kvilholm, said a "
                                        "memorandum would be ready in the spring."),
    ])


def test_mrs_and_a_bare_surname_is_the_woman_of_that_surname():
    """"Mrs. Delvanne opened …" after "Premier Oskar Delvanne" and "Mrs. Annika Delvanne": the one known as a woman,
    not the Premier, who stays a man for the "he" of his own quotation. Before, "Mrs. Delvanne" was the Premier,
    made a woman, and "“…,” he said." went to the man named before him."""
    body = ("Premier Oskar Delvanne arrived with his wife, Mrs. Annika Delvanne, and the head of his office, Mr. "
            "Tobias Ringholt. Mr. Ringholt said the two sides would sign an agreement. Mrs. Delvanne opened a ward. "
            "Premier Delvanne said trade would double. “We have the ports and you have the factories,” he said.")
    assert_statements(body, [
        ("Tobias Ringholt", "indirect", "Mr. Ringholt said the two sides would sign an agreement."),
        ("Oskar Delvanne", "indirect", "Premier Delvanne said trade would double."),
        ("Oskar Delvanne", "direct", "We have the ports and you have the factories"),
    ])


def test_mrs_with_one_namesake_stays_hers():
    """The guard: "Mrs. Vell" with one person of that surname is hers, as before."""
    body = ("Minister Hanna Vell received Ambassador Tomas Pell of Orsa. Mrs. Vell said the talks were useful.")
    assert_statements(body, [
        ("Hanna Vell", "indirect", "Mrs. Vell said the talks were useful."),
    ])


def test_mec_before_a_name_is_an_office():
    """"MEC Nomvula Sithebane told …" then "The MEC invited …" (hard87 nqobela): South Africa's provincial minister,
    an office as "CS", not a word of her name; the bare "The MEC" is she. Before, "Mec Nomvula Sithebane" and
    "The MEC" no one."""
    body = ("The Nqobela Provincial Government hosted a delegation led by Deputy Minister Paolo Mancorsi of Corrisca. "
            "MEC Nomvula Sithebane told the delegation that the province wanted investment. "
            "Deputy Minister Mancorsi said three projects were being studied. "
            "The MEC invited the delegation to the investment conference in March.")
    assert_statements(body, [
        ("Nomvula Sithebane", "indirect",
         "MEC Nomvula Sithebane told the delegation that the province wanted investment."),
        ("Paolo Mancorsi", "indirect", "Deputy Minister Mancorsi said three projects were being studied."),
        ("Nomvula Sithebane", "indirect", "The MEC invited the delegation to the investment conference in March."),
    ])


def test_a_department_after_a_portfolio_stays_no_one():
    """The guard: "The Finance and Economy Department said …" is a body, no one, as before."""
    body = ("MEC Nomvula Sithebane received Deputy Minister Paolo Mancorsi of Corrisca. "
            "The Finance and Economy Department said in a statement that a joint desk would be set up.")
    assert_statements(body, [])


_WATER = ("The Minister of Water and Energy of Habrenia, Dr. Hailu Bekremaw, received the Minister of Environment of "
          "Velstria, Ms. Karin Hollsted, in Debrana. ")


def test_a_news_agencys_one_word_name_is_no_one():
    """"The Velstrian state news agency Velpress, which sent a reporter with the minister, reported that …" and
    "According to Velpress, …" (hard87 habrenian_water_minister): a medium's name after its noun is a body's, no
    person, in both. Before, both were the statements of a person "Velpress" (an office, "minister", read into him
    from the relative clause)."""
    body = (_WATER + "Minister Hollsted said Velstria would fund twelve stations. "
            "The Velstrian state news agency Velpress, which sent a reporter with the minister, reported that the "
            "visit was the first in nine years. According to Velpress, Velstria will also lend Habrenia 40 million euros.")
    assert_statements(body, [
        ("Karin Hollsted", "indirect", "Minister Hollsted said Velstria would fund twelve stations."),
    ])


def test_according_to_a_surname_named_in_full_before_stays_his():
    """The guard: "According to Bekremaw, …" after "Dr. Hailu Bekremaw" is his, as before."""
    body = (_WATER + "According to Bekremaw, Habrenia will complete the Upper Abresh dam by 2028.")
    assert_statements(body, [
        ("Hailu Bekremaw", "indirect", "According to Bekremaw, Habrenia will complete the Upper Abresh dam by 2028."),
    ])


def test_an_unclosed_relative_with_a_name_as_its_object():
    """"Economic Development MEC X, who represented Lesufi at the farewell reception said …" (eighthundredsixtythird
    iol, its closing comma left out): the opener, whose office's portfolio words stand before the office, speaks;
    the capitalised object of "represented" is no subject. Before, no one's with any office there ("Minister" here;
    "MEC" once it is an office)."""
    body = ("Premier Panyaza Lesufi sent out well wishes to the outgoing Consul General, Tang Zhongdong.\n\n"
            "Economic Development Minister Tasneem Motara, who represented Lesufi at the farewell reception said the "
            "relations between the two countries have stood the test of time.")
    assert_statements(body, [
        ("Panyaza Lesufi", "indirect",
         "Premier Panyaza Lesufi sent out well wishes to the outgoing Consul General, Tang Zhongdong."),
        ("Tasneem Motara", "indirect",
         "Economic Development Minister Tasneem Motara, who represented Lesufi at the farewell reception said the "
         "relations between the two countries have stood the test of time."),
    ])


def test_an_unclosed_relative_of_lower_case_words_stays_the_openers():
    """The guard: "X, who met the delegation at the palace said …" (lower-case words only) was read before, and is."""
    body = ("Minister Tasneem Motara, who met the delegation at the palace said the relations have stood the test "
            "of time.")
    assert_statements(body, [
        ("Tasneem Motara", "indirect", "Minister Tasneem Motara, who met the delegation at the palace said the "
                                       "relations have stood the test of time."),
    ])


def test_a_spokesmans_own_name_with_his_office_after_it_stays_his():
    """The guard: "Mr. X, Spokesman of the Office of the Prime Minister, revealed …" (styles5 siamara_spokesman) and
    "The President's spokesperson X informed …" (styles7): the name is the spokesman's own, as before."""
    body = ("Mr. Pichet Wongsawat, Spokesman of the Office of the Prime Minister, revealed that the Prime Minister had "
            "received a delegation. The President's spokesperson Martin Kubes informed that the President would travel.")
    assert_statements(body, [
        ("Pichet Wongsawat", "indirect", "Mr. Pichet Wongsawat, Spokesman of the Office of the Prime Minister, revealed "
                                         "that the Prime Minister had received a delegation."),
        ("Martin Kubes", "indirect", "The President's spokesperson Martin Kubes informed that the President would "
                                     "travel."),
    ])


def test_mr_and_a_bare_surname_two_men_bear_stays_as_it_was():
    """The guard: "Mr Marsh" after the elder Edvard Marsh and his son President Tomas Marsh (hard8
    kremlin_former_president) stays the elder, whose sex no word told: the rule reads a woman's title only."""
    body = ("They met at the University of Harnford. Greeting the guest, Edvard Marsh told him about the audience's "
            "warm response.\n\nThe current President of Norvenia, Tomas Marsh, is his son; he took office in May.\n\n"
            "Mr Marsh also conveyed an invitation from his son.")
    assert_statements(body, [
        ("Edvard Marsh", "indirect", "Greeting the guest, Edvard Marsh told him about the audience's warm response."),
        ("Edvard Marsh", "indirect", "Mr Marsh also conveyed an invitation from his son."),
    ])


def test_a_quotation_two_ministries_tell_is_no_ones():
    """"“…,” the two ministries said in a joint press release." (hard87 trap): two bodies, as "the two governments",
    so no one's words. Before, "said" was read into the phrase ("the two ministries said"), the tag unread, and the
    quotation went to the one person named before it."""
    body = ("The Corriscan Ambassador, Mr. Vittorio Pallante, attended the opening session.\n\n"
            "“The consultations were held in a friendly atmosphere,” the two ministries said in a joint press release.")
    assert_statements(body, [])


def test_a_quotation_one_minister_tells_stays_his():
    """The guard: "“…,” the ambassador said." after him is his, as before."""
    body = ("The Corriscan Ambassador, Mr. Vittorio Pallante, attended the opening session.\n\n"
            "“The consultations were held in a friendly atmosphere,” the ambassador said.")
    assert_statements(body, [
        ("Vittorio Pallante", "direct", "The consultations were held in a friendly atmosphere"),
    ])


_TALKS = ("The Minister of Foreign Affairs of Velstria, Mr. Edvin Morrelund, met the Minister of Foreign Affairs of "
          "Corrisca, Ms. Livia Sancarlo, in Brindvik on Wednesday.\n\n")


def test_posts_under_a_handles_line_are_its_owners():
    """"From @EdvinMorrelund" on a line of its own, then first-person paragraphs with no quotation marks (hard87
    foreign_minister_morrelund): each paragraph a direct statement of the one whose name the handle spells, up to a
    paragraph in the third person. Before, no one's."""
    body = (_TALKS + "From @EdvinMorrelund\n\n"
            "Good talks today with my Corriscan colleague Livia Sancarlo. We agreed to reopen the consulate.\n\n"
            "I also raised the case of the fishing crews and asked for their release.\n\n"
            "Ms. Sancarlo told reporters that the case was before the courts.")
    assert_statements(body, [
        ("Edvin Morrelund", "direct",
         "Good talks today with my Corriscan colleague Livia Sancarlo. We agreed to reopen the consulate."),
        ("Edvin Morrelund", "direct", "I also raised the case of the fishing crews and asked for their release."),
        ("Livia Sancarlo", "indirect", "Ms. Sancarlo told reporters that the case was before the courts."),
    ])


def test_posts_under_a_bodys_handle_are_no_ones():
    """The guard: "From @VelstriaMFA" spells no one's name: its first-person post is a ministry's, no one's; its
    third-person post is read as any paragraph ("The two ministers discussed …", a pair)."""
    body = (_TALKS + "From @VelstriaMFA\n\n"
            "We held productive consultations with our Corriscan colleagues today.\n\n"
            "From @CorriscaMFA\n\n"
            "Minister Sancarlo met the Velstrian Foreign Minister. The two ministers discussed trade and energy.")
    assert_statements(body, [])


def test_an_unclosed_relative_with_a_place_inside_stays_unread():
    """The guard: "Ambassador X who arrived in Georgetown on Sunday made a presentation on …" (fourhundredeightyfifth
    oas): a capitalised place after a preposition inside the clause, not the verb's object, leaves the sentence
    unread, as before (its gold calls it narrative)."""
    body = ("Ambassador Albert Ramdin met President Bharrat Jagdeo. Ambassador Ramdin briefed the President on the "
            "summit.\n\nAmbassador Albert Ramdin who arrived in Georgetown on Sunday made a presentation on regional "
            "diplomacy to a group of diplomats.")
    assert_statements(body, [
        ("Albert Ramdin", "indirect", "Ambassador Ramdin briefed the President on the summit."),
    ])


_MINES = ("A delegation of the Velstrian Chamber of Mines led by its president, Mr. Stefan Roedkjaer, arrived in Orkhal "
          "Province on Monday for a three-day visit.\n\n")


def test_a_day_of_the_visit_before_an_office_that_opens_the_sentence():
    """"On the first day, the Governor of this province met the delegation …. He has discussed …" (hard87
    governor_of_orkhal_province): the day steps aside as "This week" does, the office opens the sentence and its "He"
    is the Governor, named in the next paragraph. Before, "He" was the one man named before, Mr. Roedkjaer."""
    body = (_MINES + "On the first day, the Governor of this province met the delegation at the administration "
            "building. He has discussed with the guests the expansion of the copper mine.\n\n"
            "Governor Munkh-Ochir Baatarjav said the province had set aside land for an industrial park.")
    assert_statements(body, [
        ("Munkh-Ochir Baatarjav", "indirect", "He has discussed with the guests the expansion of the copper mine."),
        ("Munkh-Ochir Baatarjav", "indirect",
         "Governor Munkh-Ochir Baatarjav said the province had set aside land for an industrial park."),
    ])


def test_a_day_of_the_week_before_a_named_subject_stays_his():
    """The guard: "On Tuesday, Mr. Roedkjaer met the Governor. He said …" (a name, no office, after the day): his,
    as before."""
    body = (_MINES + "Governor Munkh-Ochir Baatarjav received the delegation.\n\n"
            "On Tuesday, Mr. Roedkjaer met the Governor again. He said the Chamber was ready to invest in the province.")
    assert_statements(body, [
        ("Stefan Roedkjaer", "indirect", "He said the Chamber was ready to invest in the province."),
    ])
