"""Rules found by the title-line probe (benchmarks/probes/titles.md): what the engine learns from a readout's
title (who hosts, who is the guest), and whom the body's bare "the President" means; each test an invented
readout and the statements GOLD-FORMAT.md gives it."""
from __future__ import annotations

from .test_patterns import assert_statements


def test_host_named_only_as_the_one_briefed_is_the_president():
    """"Meeting with Defence Minister X" over "Defence Minister X briefed Ivan Sokolov on …": the host, named
    only as the one told, is someone, and the body's bare "the President" is he (not an unresolved office)."""
    body = ("Defence Minister Oleg Varin briefed Ivan Sokolov on the progress of the exercises.\n\n"
            "The President noted that the work would be completed by the end of the year.")
    assert_statements(body, [
        ("Oleg Varin", "indirect", "Defence Minister Oleg Varin briefed Ivan Sokolov on the progress of the exercises."),
        ("Ivan Sokolov", "indirect", "The President noted that the work would be completed by the end of the year."),
    ], title="Meeting with Defence Minister Oleg Varin")


def test_the_visitor_of_a_titles_visit_is_the_guest():
    """"Statement from Press Secretary X on the Visit of President Y of Z": Y is the guest; the body's bare
    "the President" is the host the body names first, not Y."""
    body = ("President Robert Hale will welcome President Tomas Ferreira of Veloria to the White House on "
            "February 10.\n\nThe President noted that the talks would deepen the partnership.")
    assert_statements(body, [
        ("Robert Hale", "indirect", "The President noted that the talks would deepen the partnership."),
    ], title="Statement from Press Secretary Ana Bell on the Visit of President Ferreira of Veloria")


def test_the_object_of_a_headlines_receives_is_the_guest():
    """"HM the King Receives the Prime Minister of Z": the Prime Minister is received, a guest, not the
    host; the body's bare "the Head of State" and the "He" after it are the one who receives him."""
    body = ("Omar Faisal received Prime Minister of Veloria Tomas Ferreira at the palace.\n\n"
            "The Head of State noted that the talks would deepen the partnership. He added that trade would grow.")
    assert_statements(body, [
        ("Omar Faisal", "indirect", "The Head of State noted that the talks would deepen the partnership."),
        ("Omar Faisal", "indirect", "He added that trade would grow."),
    ], title="HM the King Receives the Prime Minister of Veloria")


def test_head_of_the_presidential_office_is_the_head_of_the_office_of_the_president():
    """"Head of the Office of the President of Veloria X … The Head of the Presidential Office noted …": one
    office, two spellings (president.gov.ua writes both)."""
    body = ("Head of the Office of the President of Veloria Marko Teren had a phone call with National Security "
            "Advisor Liam Hart.\n\nThe Head of the Presidential Office noted that the work was going well.")
    assert_statements(body, [
        ("Marko Teren", "indirect", "The Head of the Presidential Office noted that the work was going well."),
    ], title="Marko Teren and Liam Hart discussed security guarantees")


def test_his_majesty_king_is_the_head_of_state():
    """"His Majesty King X received Prime Minister Y … The Head of State stressed …": a majesty reigns and
    heads the state; not the Prime Minister, who heads a government."""
    body = ("His Majesty King Omar Faisal received Prime Minister Tomas Ferreira at the palace.\n\n"
            "The Head of State stressed that the talks would deepen the partnership.")
    assert_statements(body, [
        ("Omar Faisal", "indirect", "The Head of State stressed that the talks would deepen the partnership."),
    ], title="HM the King Receives the Prime Minister")
