"""Statements found by helper h699's set fivehundredtwentyfourth (Myanmar's state releases: The Global New Light of
Myanmar, the Ministry of Information's copies, the Ministry of Foreign Affairs):

- a quotation over several paragraphs whose only cue closes its last one ("“… / … / …,” X told reporters."): all
  its paragraphs are X's, not the stand-in the first was given (statements._settle_chains, `_chain_cued`);
- "Prime Minister Senior General X": the rank between the office and the name is his too, though the office's
  "Minister" begins like his name's "Min" (people._name_word_at), so "The Senior General expressed …" is his;
- "X presented matters pertaining to …": topics set out to listeners, a report (lexicon, "presented");
- "X met Y … to discuss …, focusing on …": the meeting's topic, not his words (cue_words.focusing_on_a_meetings_topic);
- "X warmly welcomed the delegates including Y.": a host greeting guests (speech_subjects._WELCOMED_GUESTS_PLAINLY);
- "Following this, employees voiced their needs …": a group, not the last speaker's report carried on (lexicon
  GROUP_HEADS).

Each test is a small invented readout (invented people and places); each rule's test fails without it, and guard
tests keep what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

_HELD = ("State Counsellor Daw Khin Thar Nwe and Dr Aung Zeya Lin, the Chief Minister of Pyinlon Region Government, "
         "held the first video conference yesterday, according to the Office of the Pyinlon Region Cabinet.")
_Q1 = "Daw Khin Thar Nwe held video conferencing for the first time."
_Q2 = "Today she held meetings with three Region Cabinets, who presented their needs."
_Q3 = "There were four matters presented as to the Pyinlon Region"


def test_a_quotation_over_paragraphs_is_the_speaker_its_last_cue_names():
    """"“… / … / …,” X told reporters.": every paragraph of the quotation is X's, not the first one named before it."""
    assert_statements(
        _HELD + "\n\n“" + _Q1 + "\n\n" + _Q2 + "\n\n" + _Q3 + ",” Dr Aung Zeya Lin told reporters.",
        [("Aung Zeya Lin", "direct", _Q1), ("Aung Zeya Lin", "direct", _Q2), ("Aung Zeya Lin", "direct", _Q3)],
    )


def test_a_quotation_over_paragraphs_keeps_the_speaker_its_first_cue_named():
    """Guard: "X said: “… / …,” he added.": the lead-in's speaker keeps the whole quotation."""
    q1 = "We will open two new border gates this year."
    q2 = "Trade will grow as a result"
    assert_statements(
        "Dr Aung Zeya Lin met traders in Pyinlon yesterday.\n\nDr Aung Zeya Lin said: “" + q1 + "\n\n" + q2
        + ",” he added.",
        [("Aung Zeya Lin", "direct", q1), ("Aung Zeya Lin", "direct", q2)],
    )


_APPRECIATION = "The Senior General expressed appreciation for the hospitality of the Varnese government."


def test_a_rank_after_an_office_is_his_though_the_office_begins_like_his_name():
    """"Prime Minister Senior General Min Thura Kyaw … The Senior General expressed …": his."""
    assert_statements(
        "Varnese Premier Mr Tao Wenli warmly received Prime Minister Senior General Min Thura Kyaw at the Lakeside "
        "Hotel in Sorun.\n\n" + _APPRECIATION,
        [("Min Thura Kyaw", "indirect", _APPRECIATION)],
    )


def test_matters_presented_are_a_report():
    """"Dr X presented matters pertaining to …": his report, a person named plainly."""
    presented = "Dr Salai Ram Thang presented matters pertaining to the new election law."
    assert_statements(
        "A brief presentation to diplomats was held in Dawna yesterday.\n\n" + presented,
        [("Salai Ram Thang", "indirect", presented)],
    )


def test_awards_presented_stay_an_act():
    """Guard: "X presented awards to …": a thing handed over, no report."""
    assert_statements(
        "Dr Salai Ram Thang presented awards to the best students of Dawna yesterday.",
        [],
    )


_CONSUL = "Mr Tashi Penjor, Bhutanese Consul-General in Rellin, visited the Mayor of Rellin at his office on 14 May."
_HIGHLIGHTED = "During the meeting, the Bhutanese consul-general highlighted the long-standing relations between the two regions."


def test_focusing_on_after_a_meeting_is_the_meetings_topic():
    """"X met Y to discuss …, focusing on …": narrative; his later "highlighted …" is his."""
    assert_statements(
        "According to the Ministry of Foreign Affairs, the Bhutanese consul-general met the governor and mayor of Rellin to "
        "discuss bilateral relations, focusing on border trade and tourism.\n\n" + _CONSUL + "\n\n" + _HIGHLIGHTED,
        [("Tashi Penjor", "indirect", _HIGHLIGHTED)],
    )


def test_focusing_on_after_a_speech_is_still_his():
    """Guard: "X described …, focusing on …": his words."""
    described = ("Professor Lena Marsh described how consumers read prices, focusing on the hidden fees of airlines.")
    assert_statements(
        "The panel met at the Council on Tuesday.\n\n" + described,
        [("Lena Marsh", "indirect", described)],
    )


def test_delegates_welcomed_are_a_hosts_greeting():
    """"X warmly welcomed the delegates including Y.": narrative."""
    assert_statements(
        "The Harbour Forum took place in Sallow on 25 August.\n\nIn the first session, President of Sallow Dr Ema "
        "Roan warmly welcomed the delegates including Varnland.",
        [],
    )


def test_the_participation_of_delegates_welcomed_stays_a_statement():
    """Guard: "X welcomed the participation of delegates.": a thing welcomed in words."""
    welcomed = "President of Sallow Dr Ema Roan welcomed the participation of young delegates."
    assert_statements(
        "The Harbour Forum took place in Sallow on 25 August.\n\n" + welcomed,
        [("Ema Roan", "indirect", welcomed)],
    )


_EMPHASIZED = ("During the meeting, the Deputy Prime Minister U Kyaw Min Oo emphasized the importance of "
               "supervision within the Ministry.")
_URGED = "He urged employees to carry out their duties promptly."


def test_employees_who_voice_their_needs_are_a_group():
    """"Following this, employees voiced their needs …": no one's report, not his carried on."""
    assert_statements(
        _EMPHASIZED + " " + _URGED + " Following this, employees voiced their needs and suggestions, while officials "
        "from relevant departments outlined plans to address them.",
        [("U Kyaw Min Oo", "indirect", _EMPHASIZED), ("U Kyaw Min Oo", "indirect", _URGED)],
    )
