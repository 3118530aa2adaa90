"""Statements found by helper h741's set styles40 (police forces' and interior ministries' international meetings in
English): an office with its initials in brackets and its state after them ("The Inspector-General of Police (IGP) of
X, Dr. Y,"); "IGP" as an office's initials; "X on Saturday in a meeting with Y … announced" after a wire's dateline;
"The meeting concluded with X acknowledging …"; "…, the ministry said in a statement, congratulating …" closing X's
account; UrduPoint's capitals dateline "PLACE, (Outlet - 12th Feb, 2026 ) :"; "Inspector General of Police (IGP)
Province Dr X met … and promised …".

Each test is a small invented readout (invented people and countries); the rules' tests fail without them, and guard
tests keep what they must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_office_with_initials_then_its_state_is_the_holders():
    """"The Inspector-General of Police (IGP) of Morvena, Dr. X, has received …" then "The Inspector-General said …":
    the office ends before its initials, so the later office is X (before, no one's)."""
    assert_statements(
        "The Inspector-General of Police (IGP) of Morvena, Dr. Kojo Asante-Lindqvist, has received the Ambassador of "
        "Tellvaria at the Police Headquarters.\n\n"
        "The Inspector-General said that the Service had trained three hundred officers in forensic work.",
        [("Kojo Asante-Lindqvist", "indirect",
          "The Inspector-General said that the Service had trained three hundred officers in forensic work.")])


def test_igp_is_the_inspector_general_of_police():
    """"According to the IGP, …" after "The Inspector-General of Police, Dr. X,": the office's initials (before,
    no office, so no one's)."""
    assert_statements(
        "The Inspector-General of Police, Dr. Kojo Asante-Lindqvist, has received the Ambassador of Tellvaria at the "
        "Police Headquarters.\n\n"
        "According to the IGP, the Service had trained three hundred officers in forensic work last year.",
        [("Kojo Asante-Lindqvist", "indirect",
          "According to the IGP, the Service had trained three hundred officers in forensic work last year.")])


def test_day_before_in_a_meeting_with_keeps_the_opening_subject():
    """"Interior Minister X on Monday in a meeting with Ambassador Y here at the Ministry of Interior announced that …",
    after a wire's dateline: X's (before, no one's)."""
    assert_statements(
        "ORVALE - Interior Minister Dariush Kelmar-Azad on Monday in a meeting with Ambassador of Ostrevin Maren "
        "Holtby-Vance here at the Ministry of Interior announced that the two countries would hold a dialogue on "
        "border management in May.",
        [("Dariush Kelmar-Azad", "indirect",
          "Interior Minister Dariush Kelmar-Azad on Monday in a meeting with Ambassador of Ostrevin Maren Holtby-Vance "
          "here at the Ministry of Interior announced that the two countries would hold a dialogue on border "
          "management in May.")])


def test_meeting_concluded_with_one_person_acknowledging():
    """"The meeting concluded with VP X acknowledging the efforts of …": X's, and the "He also …" after it his (before,
    nothing, and "He" went to the guest who spoke before)."""
    assert_statements(
        "Vice President Ahmed Rasheed-Manik received the Secretary-General of the Regional Police Office, Mr. Tobias "
        "Wendholm, on Tuesday.\n\n"
        "Mr. Wendholm expressed his desire to strengthen police partnerships in the region.\n\n"
        "The meeting concluded with VP Ahmed acknowledging the efforts of the national police in reducing crime. He "
        "also expressed gratitude for the Office's support.",
        [("Tobias Wendholm", "indirect",
          "Mr. Wendholm expressed his desire to strengthen police partnerships in the region."),
         ("Ahmed Rasheed-Manik", "indirect",
          "The meeting concluded with VP Ahmed acknowledging the efforts of the national police in reducing crime."),
         ("Ahmed Rasheed-Manik", "indirect", "He also expressed gratitude for the Office's support.")])


def test_source_then_its_participle_keeps_the_whole_account():
    """"X expressed willingness to …, the ministry said in a statement, congratulating Y on …": all of it X's (before,
    cut at the ministry's tag)."""
    assert_statements(
        "Interior Minister Selvan Dorukhan and his counterpart Ilse Marrenfeld held a video conference on Monday.\n\n"
        "Dorukhan expressed willingness to expand the cooperation between the two ministries, the ministry said in a "
        "statement, congratulating Marrenfeld on her new position.",
        [("Selvan Dorukhan", "indirect",
          "Dorukhan expressed willingness to expand the cooperation between the two ministries, the ministry said in "
          "a statement, congratulating Marrenfeld on her new position.")])


def test_source_closing_the_sentence_still_closes_it():
    """Guard: "X thanked Y …, his office said." stays X's, the tag inside."""
    assert_statements(
        "Interior Minister Selvan Dorukhan met his counterpart Ilse Marrenfeld on Monday.\n\n"
        "Dorukhan thanked Marrenfeld for the support of her police, his office said.",
        [("Selvan Dorukhan", "indirect",
          "Dorukhan thanked Marrenfeld for the support of her police, his office said.")])


def test_outlets_capitals_dateline_with_a_glued_colon():
    """"TARVEN, (Coastline News - 3rd Mar, 2026 ) :Dr X met … and promised that …": the dateline is no one's, so the
    sentence opens with X (before, nothing)."""
    assert_statements(
        "TARVEN, (Coastline News - 3rd Mar, 2026 ) :Dr Yusuf Haldane-Mir met a visiting police delegation on Thursday "
        "and promised that the city police would train its officers.",
        [("Yusuf Haldane-Mir", "indirect",
          "Dr Yusuf Haldane-Mir met a visiting police delegation on Thursday and promised that the city police would "
          "train its officers.")])


def test_holder_after_an_offices_initials_and_province():
    """"Inspector General of Police (IGP) Velland Dr X met … and promised …": the holder after the initials and the
    province is the subject of both verbs (before, nothing)."""
    assert_statements(
        "Inspector General of Police (IGP) Velland Dr Yusuf Haldane-Mir met a visiting police delegation on Thursday "
        "and promised that the provincial police would train its officers.",
        [("Yusuf Haldane-Mir", "indirect",
          "Inspector General of Police (IGP) Velland Dr Yusuf Haldane-Mir met a visiting police delegation on "
          "Thursday and promised that the provincial police would train its officers.")])
