"""Rules from the ninety-second hard set (stop 72): "the Minister" for the present holder when a former holder was named
just before him; a participle of speaking between a name and its verb with no commas ("Honourable X speaking on behalf
of the Speaker gave the assurance that …"); an office set off after a name that is itself set off after its own office
("… by his spokesman, Mr. X, the Governor of Y, Mr. Z, solicited …": Z the Governor). Invented readouts, invented
people and places."""

from __future__ import annotations

from .test_patterns import assert_statements

_LEASE = ("LUSABO — The lease of the Beradzi mine was renewed on Thursday at a ceremony attended by the former Minister "
          "of Mines, Mr. Tapiwa Nyamurefu, who signed the first lease, and by the Minister of Mines, Mr. Lovemore "
          "Chikarendo.\n\n")


def test_the_minister_is_the_present_holder_not_the_former_one():
    """"According to the Minister, he …" and "The Minister said …" after "the former Minister of Mines, Mr. A, …, and
    … the Minister of Mines, Mr. B": B, who holds the office now; before, both went to A, the former holder."""
    body = _LEASE + ("According to the Minister, he had asked the company to build a clinic.\n\n"
                     "The Minister said the company would pay the district's royalties every quarter.")
    assert_statements(body, [
        ("Lovemore Chikarendo", "indirect", "According to the Minister, he had asked the company to build a clinic."),
        ("Lovemore Chikarendo", "indirect", "The Minister said the company would pay the district's royalties every "
                                            "quarter."),
    ])


def test_the_former_minister_stays_the_former_holder():
    """Guard: "According to the former Minister, …" is still A, the one named as the former holder."""
    body = _LEASE + "According to the former Minister, the mine employed only two hundred people in 2014."
    assert_statements(body, [
        ("Tapiwa Nyamurefu", "indirect", "According to the former Minister, the mine employed only two hundred people "
                                         "in 2014."),
    ])


_PETITION = ("LUSABO — A committee of the National Assembly on Tuesday received a petition from the villagers of "
             "Matekwe. The Speaker was away at a regional forum.\n\n")


def test_speaking_on_behalf_without_commas_keeps_the_subject():
    """"Honourable X speaking on behalf of the Speaker gave the assurance that …", printed with no commas: X's, as "X,
    speaking on behalf of the Speaker, gave …" is; before, no one's."""
    body = _PETITION + ("Honourable Tinashe Gwindiro speaking on behalf of the Speaker gave the assurance that the "
                        "petition would be tabled before the end of the month.")
    assert_statements(body, [
        ("Tinashe Gwindiro", "indirect", "Honourable Tinashe Gwindiro speaking on behalf of the Speaker gave the "
                                         "assurance that the petition would be tabled before the end of the month."),
    ])


def test_speaking_at_an_event_without_commas_keeps_the_subject():
    """"Mr. X speaking at the event said that …": the occasion stepped over, then the participle; X's."""
    body = _PETITION + "Mr. Tinashe Gwindiro speaking at the event said that the committee would visit Matekwe."
    assert_statements(body, [
        ("Tinashe Gwindiro", "indirect", "Mr. Tinashe Gwindiro speaking at the event said that the committee would "
                                         "visit Matekwe."),
    ])


def test_people_speaking_at_the_event_are_no_one():
    """Guard: "Villagers speaking at the event said …": a group, no one's, the participle stepped over or not."""
    body = _PETITION + "Villagers speaking at the event said that they had been given three days to leave."
    assert_statements(body, [])


_GULLY = ("ABAKORO — In a statement by his spokesman, Mr. Kelechi Anyadiro, the Governor of Ebomi State, Mr. Obinna "
          "Nwachukere, solicited the support of the federal government for the gully erosion sites in the state.\n\n")


def test_the_office_after_a_spokesmans_name_is_the_next_names():
    """"… by his spokesman, Mr. X, the Governor of Ebomi State, Mr. Y, solicited …": Y is the Governor, so "The
    Governor also solicited …" is Y's; before, X kept the Governor's office as an appositive after his name."""
    body = _GULLY + ("His spokesman, Mr. Anyadiro, said in a separate statement that the Governor would travel to "
                     "the capital next week.\n\n"
                     "The Governor also solicited the help of the state's members of the National Assembly in getting "
                     "the gullies into the federal budget.")
    assert_statements(body, [
        ("Obinna Nwachukere", "indirect", "In a statement by his spokesman, Mr. Kelechi Anyadiro, the Governor of Ebomi "
                                          "State, Mr. Obinna Nwachukere, solicited the support of the federal "
                                          "government for the gully erosion sites in the state."),
        ("Kelechi Anyadiro", "indirect", "His spokesman, Mr. Anyadiro, said in a separate statement that the Governor "
                                         "would travel to the capital next week."),
        ("Obinna Nwachukere", "indirect", "The Governor also solicited the help of the state's members of the "
                                          "National Assembly in getting the gullies into the federal budget."),
    ])


def test_an_office_after_a_name_with_no_office_before_stays_his():
    """Guard: "The visitors met Mr. X, the Governor of Ebomi State, Mr. Y, and …" has no office before X: the office
    after X stays his ("The Governor said …" is X's)."""
    body = ("ABAKORO — The delegation met Mr. Obinna Nwachukere, the Governor of Ebomi State, Mrs. Ada Okorafo and "
            "Mr. Chidi Ikenwa on Monday.\n\n"
            "The Governor said the state would fill the gullies before the rains.")
    assert_statements(body, [
        ("Obinna Nwachukere", "indirect", "The Governor said the state would fill the gullies before the rains."),
    ])


_HOME = ("MAPETA — The First Lady on Tuesday urged expectant mothers to come to the new maternity waiting home two weeks "
         "before they are due.\n\n"
         "Mrs. Nyasha Mudzikora, the wife of President Farai Mudzikora, opened the home with the Provincial Medical "
         "Director, Dr. Petronella Gumbera.\n\n")


def test_the_first_lady_is_the_presidents_wife_named_after_the_lede():
    """"The First Lady on Tuesday urged …" (named in the next paragraph as "Mrs. X, the wife of President Y,") and a
    later "The First Lady said …": both hers; before, the later one was no one's (the wife had no office, and "first
    lady on tuesday" was no spouse's office)."""
    body = _HOME + "The First Lady said that too many mothers still died on the road to the hospital."
    assert_statements(body, [
        ("Nyasha Mudzikora", "indirect", "The First Lady on Tuesday urged expectant mothers to come to the new maternity "
                                         "waiting home two weeks before they are due."),
        ("Nyasha Mudzikora", "indirect", "The First Lady said that too many mothers still died on the road to the "
                                         "hospital."),
    ])


def test_the_first_ladys_office_is_a_body():
    """Guard: "The First Lady's office said in a statement …": a body, not the First Lady."""
    body = _HOME + "The First Lady's office said in a statement that the President had sent his greetings."
    assert_statements(body, [
        ("Nyasha Mudzikora", "indirect", "The First Lady on Tuesday urged expectant mothers to come to the new maternity "
                                         "waiting home two weeks before they are due."),
    ])


_TRAWLERS = ("ABAKORO — The Ambassador of Halmoria, Mrs. Ingrid Vassbotel, on Monday called on the Governor of Ebomi "
             "State, Mr. Obinna Nwachukere.\n\n"
             "Governor Nwachukere said the trawlers had cut the catch of the state's canoe fishermen by half.\n\n")


def test_a_tag_after_an_exclamation_with_told_and_an_even_as_clause():
    """"“…!” Ambassador Z told the Governor, even as the two sides agreed …": the quotation is Z's (the sentence after
    "!”" is its tag, "told" and whom, then a clause of while); before, it went on with the Governor, who spoke last."""
    body = _TRAWLERS + ("“Your fishermen will not be pushed out of their own sea!” Ambassador Vassbotel told the "
                        "Governor, even as the two sides agreed to set up a joint committee on coastal patrols.")
    assert_statements(body, [
        ("Obinna Nwachukere", "indirect", "Governor Nwachukere said the trawlers had cut the catch of the state's canoe "
                                          "fishermen by half."),
        ("Ingrid Vassbotel", "direct", "Your fishermen will not be pushed out of their own sea!"),
    ])


def test_a_banner_after_an_exclamation_is_no_ones():
    """Guard: "“…!” read a banner at the gate …, even as the two sides met.": a sign's words, no one's (no person
    told anyone in the sentence after the mark)."""
    body = _TRAWLERS + ("“Welcome to the home of the canoe!” read a banner at the gate of Government House, even as the "
                        "two sides met.")
    assert_statements(body, [
        ("Obinna Nwachukere", "indirect", "Governor Nwachukere said the trawlers had cut the catch of the state's canoe "
                                          "fishermen by half."),
    ])


def test_an_elder_statesman_stays_the_former_president():
    """Guard: "Former President X … The elder statesman also congratulated …" with President Y named later: X (the
    office held now is asked for by its head; "statesman" is no president's head)."""
    body = ("Former President Shehu Danmaro has congratulated the president-elect on his victory.\n\n"
            "The elder statesman also congratulated all voters for the peaceful polls.\n\n"
            "Danmaro commended President Goodluck Ebiroma for conceding defeat.")
    assert_statements(body, [
        ("Shehu Danmaro", "indirect", "Former President Shehu Danmaro has congratulated the president-elect on his "
                                      "victory."),
        ("Shehu Danmaro", "indirect", "The elder statesman also congratulated all voters for the peaceful polls."),
        ("Shehu Danmaro", "indirect", "Danmaro commended President Goodluck Ebiroma for conceding defeat."),
    ])


_SCHEME = ("LUSABO — The Minister for Kwenzela Province, Mrs. Chipo Mandevera, on Wednesday visited the Chidora "
           "irrigation scheme.\n\n")


def test_a_minister_of_lands_and_agriculture_is_one_person():
    """"Minister of Lands and Agriculture X said …": one holder of a ministry whose portfolio holds "and"; before, "Lands"
    was read as the country of the office and "Agriculture X" as a second person, the two a group, no one's."""
    body = _SCHEME + ("Minister of Lands and Agriculture Tonderai Makwirema said the ministry had set aside four "
                      "hundred thousand dollars for the canals.")
    assert_statements(body, [
        ("Tonderai Makwirema", "indirect", "Minister of Lands and Agriculture Tonderai Makwirema said the ministry had "
                                           "set aside four hundred thousand dollars for the canals."),
    ])


def test_a_minister_of_lands_and_another_minister_are_two():
    """Guard: "The Minister of Lands, Mr. X, and the Provincial Minister said they …": two people, no one's statement."""
    body = _SCHEME + ("The Minister of Lands, Mr. Tonderai Makwirema, and the Provincial Minister said they would meet "
                      "the district council on Friday.")
    assert_statements(body, [])


def test_the_secretary_after_mr_ma_with_no_secretary_named_is_no_one():
    """"…, and the group by its chairman, Mr. Bo Ma. The Secretary said …" where no Secretary is named: no one's; before,
    the run "Mr. Bo Ma. The Secretary" made Mr. Ma the Secretary and gave him the sentence."""
    body = ("CHIDORA — Talks between the Dengxin Ceramics Group and the Chidora district council were adjourned on "
            "Thursday. The council was represented by its chief executive, Mrs. Rutendo Chimurefu, and the group by its "
            "chairman, Mr. Bo Ma. The Secretary said the talks would resume next week.")
    assert_statements(body, [])


def test_the_secretary_after_mr_ma_with_a_secretary_named_is_hers():
    """Guard: "The Permanent Secretary for Industry, Mrs. X, … met a delegation led by its chairman, Mr. Jian Ma. The
    Secretary said …": the Secretary named before (as hard91's), never Mr. Ma."""
    body = ("LUSABO — The Permanent Secretary for Industry and Commerce, Mrs. Sekai Dzvaira, on Wednesday met a "
            "delegation of the Dengxin Ceramics Group, led by its chairman, Mr. Jian Ma. The Secretary said the "
            "ministry would give the group's planned tile plant the status of a special economic zone.")
    assert_statements(body, [
        ("Sekai Dzvaira", "indirect", "The Secretary said the ministry would give the group's planned tile plant the "
                                      "status of a special economic zone."),
    ])


_COURT = ("LUSABO — The High Court on Tuesday dismissed an application by the Matekwe Sugar Estate to stop the Land "
          "Commission's Special Monitor for Kwenzela Province, Dr. Abisha Mukangara, from inspecting the estate's "
          "land.\n\n")


def test_the_special_monitor_is_the_monitor_named_before():
    """"The Special Monitor reported …" after "the Land Commission's Special Monitor for Kwenzela Province, Dr. X,": X;
    before, the run was read as a person named "Special Monitor"."""
    body = _COURT + ("The Special Monitor reported to the Land Commission in May that two hundred families had been "
                     "moved off land that the estate did not own.")
    assert_statements(body, [
        ("Abisha Mukangara", "indirect", "The Special Monitor reported to the Land Commission in May that two hundred "
                                         "families had been moved off land that the estate did not own."),
    ])


def test_a_papers_monitor_is_no_office():
    """Guard: "The Juba Monitor reported that …": a paper, no one's report, with the Special Monitor named."""
    body = _COURT + "The Juba Monitor reported that the estate had grown cane on the land since 2019."
    assert_statements(body, [])
