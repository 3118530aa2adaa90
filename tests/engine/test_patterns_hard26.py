"""Patterns found by the twenty-sixth hard set (benchmarks/hard26/: twelve dev situations rewritten in
the voice of the US State Department and the Pentagon): each test an invented readout and the statements
GOLD-FORMAT.md gives it."""
from __future__ import annotations

from .test_patterns import assert_statements

_TALKS = "Secretary of State Owen Halvorsen met today with Foreign Minister Lotte Brandvik of Nordhavn.\n\n"


def test_verbs_of_putting_a_proposal_or_a_grievance_before_the_other_side():
    """"tabled a proposal for", "pitched the idea of", "aired his concerns over",
    "aired grievances about": proposed, voiced (hard26 missed them); not "tabled the bill", "pitched tents",
    "aired on television", nor the nouns ("came to the table with concerns")."""
    body = (_TALKS + "The Secretary tabled a proposal for a joint fund. Foreign Minister Brandvik pitched the idea of "
            "direct flights. The Minister aired her government's "
            "concerns over the airspace violations. The Secretary aired grievances about the visa backlog.\n\n"
            "The Secretary tabled the bill in May. The Minister pitched tents at the camp. The interview aired on "
            "television. The Minister came to the table with concerns about the vote.")
    assert_statements(body, [
        ("Owen Halvorsen", "indirect", "The Secretary tabled a proposal for a joint fund."),
        ("Lotte Brandvik", "indirect", "Foreign Minister Brandvik pitched the idea of direct flights."),
        ("Lotte Brandvik", "indirect", "The Minister aired her government's concerns over the airspace violations."),
        ("Owen Halvorsen", "indirect", "The Secretary aired grievances about the visa backlog."),
    ])


def test_praise_reserved_terms_a_frame_a_marker_and_a_query():
    """"reserved special praise for", "spoke in glowing terms of", "framed … as", "put down a marker on",
    "laid down a marker on", "zeroed in on", "queried … about" (hard26): praised, stated, asked; not "reserved
    seats for", "framed the photograph", "put down the phone", "queried whether" already read."""
    body = (_TALKS + "The Secretary reserved special praise for the Senate's role. The Minister spoke in glowing terms "
            "of the General's service. The Secretary framed the visit as a powerful signal. The Minister put down a "
            "marker on her government's backing for the agenda. The Secretary laid down a marker on trade. The "
            "Minister zeroed in on the final communique. The Secretary queried the governors about the mood of "
            "residents.\n\nThe Secretary reserved seats for the delegation. The Minister framed the photograph. The "
            "Secretary put down the phone.")
    assert_statements(body, [
        ("Owen Halvorsen", "indirect", "The Secretary reserved special praise for the Senate's role."),
        ("Lotte Brandvik", "indirect", "The Minister spoke in glowing terms of the General's service."),
        ("Owen Halvorsen", "indirect", "The Secretary framed the visit as a powerful signal."),
        ("Lotte Brandvik", "indirect", "The Minister put down a marker on her government's backing for the agenda."),
        ("Owen Halvorsen", "indirect", "The Secretary laid down a marker on trade."),
        ("Lotte Brandvik", "indirect", "The Minister zeroed in on the final communique."),
        ("Owen Halvorsen", "indirect", "The Secretary queried the governors about the mood of residents."),
    ])


def test_took_pains_in_full_accord_and_fresh_from():
    """"took pains to assure … that" (an effort before a speech verb, as "went out of her way to stress"), "was in
    full accord with her" (as "in full agreement with"), and a subject set off by where the speaker has just come
    from ("X, fresh from an address to Congress, made an appeal …", "X, just back from …, called for …") (hard26);
    not a group ("The delegation, back from Paris, called for …")."""
    body = (_TALKS + "Senator Mirela Dovan, a former prosecutor who chairs the committee, took pains to assure the "
            "Secretary that her bloc would back further measures. The Minister was in full accord with her. Foreign "
            "Minister Brandvik, fresh from an address to a joint meeting of Parliament, made an impassioned appeal "
            "for continued backing. Senator Dovan, just back from the border, called for more aid.\n\n"
            "The delegation, back from Paris, called for more aid.")
    assert_statements(body, [
        ("Mirela Dovan", "indirect", "Senator Mirela Dovan, a former prosecutor who chairs the committee, took pains "
         "to assure the Secretary that her bloc would back further measures."),
        ("Lotte Brandvik", "indirect", "The Minister was in full accord with her."),
        ("Lotte Brandvik", "indirect", "Foreign Minister Brandvik, fresh from an address to a joint meeting of "
         "Parliament, made an impassioned appeal for continued backing."),
        ("Mirela Dovan", "indirect", "Senator Dovan, just back from the border, called for more aid."),
    ])


def test_a_reply_in_a_relative_clause_is_the_second_speakers():
    """"…, the Minister aired her concerns over …, to which the Secretary responded with a pledge of …" (hard26):
    two statements, the reply the second person's; "…, to which the Secretary had travelled in May" is no speech."""
    body = (_TALKS + "Regarding the strait, the Minister aired her government's concerns over repeated airspace "
            "violations, to which the Secretary responded with a pledge of close consultation. The Minister raised "
            "the question of visas, to which the Secretary replied that a review was under way.\n\n"
            "The Minister visited the port, to which the Secretary had travelled in May.")
    assert_statements(body, [
        ("Lotte Brandvik", "indirect", "Regarding the strait, the Minister aired her government's concerns over "
         "repeated airspace violations,"),
        ("Owen Halvorsen", "indirect", "to which the Secretary responded with a pledge of close consultation."),
        ("Lotte Brandvik", "indirect", "The Minister raised the question of visas,"),
        ("Owen Halvorsen", "indirect", "to which the Secretary replied that a review was under way."),
    ])
