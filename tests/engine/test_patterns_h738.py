"""Statements found by helper h738's set hard62 (constructions this stop's helpers found in real pages and left with no
set): a one-word office in lower case before a titled name ("the curator, Ms. X,", "their conductor, Mr. X,") that a
later "The curator said …" or "the conductor responded …" means; the
readout's closing paragraph in the first person plural after a quotation; a courtesy sentence calling the other party a
friend of a place inside one speaker's report; "X, mayor of Y County," in lower case after the name; "The choir then
sang …" ending a report.

Each test is a small invented readout (invented people and countries); the rules' tests fail without them, and guard
tests keep what they must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_lone_lower_case_office_before_a_titled_name_is_that_persons():
    """"received by the curator, Ms. X, who guided her …" then "The curator said …"; "accompanied by their conductor,
    Mr. Y, and by its manager, …" then "the conductor responded with a smile, saying that …" (before, neither statement
    was anyone's: the office in lower case was read for no one)."""
    assert_statements((
        "The Minister of Culture of Brackenmoor, Ms. Ysolde Farrowind-Abu, on Tuesday visited the Museum of Ferrant, "
        "where she was received by the curator, Ms. Linnet Hawkesmoor-Ude, who guided her through the exhibition.\n\n"
        "The curator said that the exhibition had drawn ten thousand visitors in its first week.\n\n"
        "The Minister later met the Children's Choir of Ferrant, accompanied by their conductor, Mr. Osric "
        "Tallowfen-Baako, and by its manager, Ms. Averil Quenmore-Dah.\n\n"
        "Asked whether the choir would sing, the conductor responded with a smile, saying that the children had "
        "brought their music."
    ), [
        ("Linnet Hawkesmoor-Ude", "indirect", "The curator said that the exhibition had drawn ten thousand visitors in "
                                              "its first week."),
        ("Osric Tallowfen-Baako", "indirect", "Asked whether the choir would sing, the conductor responded with a "
                                              "smile, saying that the children had brought their music."),
    ])


def test_a_lone_relational_word_before_a_titled_name_is_no_office():
    """Guard: "his wife, Ms. X," and "their guest, Mr. Y," name how one stands to another, not an office: "The
    President said …" stays the President's."""
    assert_statements((
        "President Hadrian Kelloway-Mensa, accompanied by his wife, Ms. Rowena Kelloway-Mensa, received their guest, "
        "Mr. Aldous Penhallow-Ketu, at the palace.\n\n"
        "The President said that the two countries would open a new consulate."
    ), [
        ("Hadrian Kelloway-Mensa", "indirect", "The President said that the two countries would open a new consulate."),
    ])


def test_a_closing_first_person_paragraph_after_a_quotation_is_the_speakers():
    """"“…,” the mayor said." then, as the readout's last paragraph, "Our county has … . We hope to …" with no
    quotation marks: the mayor's own words, one direct statement (before, no one's)."""
    assert_statements((
        "Governor Anselma Tiverstock-Obi of Quenwold province met Mayor Dunstan Harrowgild-Eze of Pellow County.\n\n"
        "Mr. Harrowgild-Eze thanked the governor. \"Our farmers first came here ten years ago,\" the mayor said.\n\n"
        "Our county has a strong dairy industry and good universities. We hope to bring more students from Quenwold "
        "to Pellow County."
    ), [
        ("Dunstan Harrowgild-Eze", "indirect", "Mr. Harrowgild-Eze thanked the governor."),
        ("Dunstan Harrowgild-Eze", "direct", "Our farmers first came here ten years ago,"),
        ("Dunstan Harrowgild-Eze", "direct", "Our county has a strong dairy industry and good universities. We hope to "
                                             "bring more students from Quenwold to Pellow County."),
    ])


def test_a_closing_first_person_paragraph_after_a_group_or_not_last_is_no_ones():
    """Guard: the same paragraph after a joint statement of the organisers is no one's; and after a quotation but with
    a paragraph after it, it is left as it was (the rule reads only the readout's closing words)."""
    assert_statements((
        "The organisers said in a joint statement that the festival would return next year.\n\n"
        "Our festival has grown from three choirs to forty. We hope to welcome more singers next year."
    ), [])
    assert_statements((
        "\"Our farmers first came here ten years ago,\" Mayor Dunstan Harrowgild-Eze said.\n\n"
        "Our county has a strong dairy industry. We hope to bring more students.\n\n"
        "The delegation then visited the port."
    ), [
        ("Dunstan Harrowgild-Eze", "direct", "Our farmers first came here ten years ago,"),
    ])


def test_a_named_guest_called_a_friend_goes_on_with_the_hosts_report():
    """"X said that … . Y Prefecture has a long relation with Z. And Governor W is also an old friend of Z.": the
    courtesy sentence names the other party but is X's report going on (before, the name stopped it)."""
    assert_statements((
        "Ormond Bellweather-Ka, governor of Tessaly province, met Governor Jessamy Carrowdale-Nti of Fenmore "
        "Prefecture on Monday.\n\n"
        "Bellweather-Ka said that this year marks the 20th anniversary of the ties between Tessaly and Fenmore. "
        "Fenmore Prefecture has a long-term relation with Tessaly Province. And Governor Carrowdale-Nti is also an old "
        "friend of Tessaly.\n\n"
        "Carrowdale-Nti said that she would return in the spring."
    ), [
        ("Ormond Bellweather-Ka", "indirect", "Bellweather-Ka said that this year marks the 20th anniversary of the "
                                              "ties between Tessaly and Fenmore."),
        ("Ormond Bellweather-Ka", "indirect", "Fenmore Prefecture has a long-term relation with Tessaly Province."),
        ("Ormond Bellweather-Ka", "indirect", "And Governor Carrowdale-Nti is also an old friend of Tessaly."),
        ("Jessamy Carrowdale-Nti", "indirect", "Carrowdale-Nti said that she would return in the spring."),
    ])


def test_a_friend_sentence_outside_a_report_stays_narrative():
    """Guard: with no report before it, "Governor Y is an old friend of Z." is the readout's own words."""
    assert_statements((
        "Governor Jessamy Carrowdale-Nti of Fenmore Prefecture arrived in Tessaly on Monday. Governor Carrowdale-Nti "
        "is an old friend of Tessaly.\n\n"
        "Carrowdale-Nti said that she would return in the spring."
    ), [
        ("Jessamy Carrowdale-Nti", "indirect", "Carrowdale-Nti said that she would return in the spring."),
    ])


def test_a_mayor_in_lower_case_after_the_name_is_that_persons_office():
    """"X, mayor of Pellow County, Marrowfield." then, after a paragraph naming someone else, "“…,” the mayor said":
    the mayor is X, one speaker (before, "the mayor" was a speaker of its own beside X)."""
    assert_statements((
        "Anselma Tiverstock-Obi, governor of Quenwold province, met Tuesday morning in Dunlow with Dunstan "
        "Harrowgild-Eze, mayor of Pellow County, Marrowfield.\n\n"
        "Tiverstock-Obi welcomed the mayor's visit to Quenwold.\n\n"
        "Vice governor Mr. Corwen Ashby-Tal was present.\n\n"
        "Harrowgild-Eze thanked the governor for the hospitality. \"Our farmers first came here ten years ago,\" the "
        "mayor said."
    ), [
        ("Anselma Tiverstock-Obi", "indirect", "Tiverstock-Obi welcomed the mayor's visit to Quenwold."),
        ("Dunstan Harrowgild-Eze", "indirect", "Harrowgild-Eze thanked the governor for the hospitality."),
        ("Dunstan Harrowgild-Eze", "direct", "Our farmers first came here ten years ago,"),
    ])


def test_a_noun_subject_that_then_acted_ends_the_report():
    """"… the conductor responded with a smile, saying that … . The choir then sang two songs …": what came next, the
    readout's account, not the conductor's words carried on (before, his)."""
    assert_statements((
        "The Mayor received the Children's Choir of Ferrant and its conductor, Mr. Osric Tallowfen-Baako.\n\n"
        "Mr. Tallowfen-Baako said that the children had rehearsed for a year. The choir then sang two songs of the "
        "valley."
    ), [
        ("Osric Tallowfen-Baako", "indirect", "Mr. Tallowfen-Baako said that the children had rehearsed for a year."),
    ])


def test_a_figure_that_then_rose_goes_on_with_the_report():
    """Guard: "Exports then rose by 5% in the summer." after "X reported that exports fell in the spring." is still his
    report carried on (a figure, not an act that came next)."""
    assert_statements((
        "Minister Halloran Quillfeather-Ose met the Governor of Fenmore on Monday.\n\n"
        "Mr. Quillfeather-Ose reported that the province's exports fell in the spring. The exports then rose by 5% in "
        "the summer."
    ), [
        ("Halloran Quillfeather-Ose", "indirect", "Mr. Quillfeather-Ose reported that the province's exports fell in "
                                                  "the spring."),
        ("Halloran Quillfeather-Ose", "indirect", "The exports then rose by 5% in the summer."),
    ])
