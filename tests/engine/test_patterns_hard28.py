"""Patterns found by the twenty-eighth hard set (benchmarks/hard28/: twelve dev situations rewritten in the voices of a
parliament's press office, a royal court circular, a central bank, a regional governor's office and a capital's
mayor's office): each test an invented readout and the statements GOLD-FORMAT.md gives it."""
from __future__ import annotations

from .test_patterns import assert_statements


def test_kinship_asides_after_a_name():
    """A kinship set off after a name is no office and no subject (hard28: "The Governor's own chief of staff, Mr
    Lenz Saar, her cousin, told …", "Her deputy, Mr Oskar Brannock, no relation, …, put it to …", "The former Prime
    Minister, Mr Arvid Greve, the Chair's brother, who sits on the Committee, made no secret of …"): the name speaks.
    Guard: an office after the name ("the Chair's deputy") still the name's, as before."""
    body = ("Governor Ilsabet Brannock met the crew of the Kestrel.\n\n"
            "Her deputy, Mr Oskar Brannock, no relation, put it to the harbourmaster that the permits should be "
            "suspended.\n\nMr Lenz Saar, her cousin, told the assembly that the centre would take families.\n\n"
            "The former Prime Minister, Mr Arvid Greve, the Chair's brother, who sits on the Committee, said that the "
            "timetable was short.\n\nMr Tomas Greve, the Chair's deputy, who sits on the Committee, said that the "
            "timetable was long.")
    assert_statements(body, [
        ("Oskar Brannock", "indirect", "Her deputy, Mr Oskar Brannock, no relation, put it to the harbourmaster that "
                                       "the permits should be suspended."),
        ("Lenz Saar", "indirect", "Mr Lenz Saar, her cousin, told the assembly that the centre would take families."),
        ("Arvid Greve", "indirect", "The former Prime Minister, Mr Arvid Greve, the Chair's brother, who sits on the "
                                    "Committee, said that the timetable was short."),
        ("Tomas Greve", "indirect", "Mr Tomas Greve, the Chair's deputy, who sits on the Committee, said that the "
                                    "timetable was long."),
    ])


def test_idioms_of_a_parliament_and_a_court():
    """Idioms of speech (hard28): "made no effort to hide his pride in" (as "made no secret of"), "took the floor at a
    press conference after …, Ms X, to warn that" (the occasion between "the floor" and "to"), "took up the second
    point warmly and left … in no doubt that", "left no one in the room unsure of". Guards: "took the floor at the
    session and later travelled to Berlin" (no verb of speech after "to"), "made no effort to visit" (no feeling)."""
    body = ("The Chair, Mr Teodor Greve, met the envoy, Ms Ingrid Solvay.\n\n"
            "Mr Arvid Greve made no effort to hide his pride in the programme.\n\n"
            "Mr Teodor Greve took the floor at a press conference after the hearing with the envoy, Ms Solvay, to warn "
            "that any plebiscites would not be recognised.\n\n"
            "Ms Solvay took up the second point warmly and left the Chair in no doubt that her Council would help.\n\n"
            "Mr Arvid Greve left no one in the room unsure of his gratitude.\n\n"
            "Mr Teodor Greve took the floor at the session and later travelled to Berlin. Mr Arvid Greve made no "
            "effort to visit the camps.")
    assert_statements(body, [
        ("Arvid Greve", "indirect", "Mr Arvid Greve made no effort to hide his pride in the programme."),
        ("Teodor Greve", "indirect", "Mr Teodor Greve took the floor at a press conference after the hearing with the "
                                     "envoy, Ms Solvay, to warn that any plebiscites would not be recognised."),
        ("Ingrid Solvay", "indirect", "Ms Solvay took up the second point warmly and left the Chair in no doubt that "
                                      "her Council would help."),
        ("Arvid Greve", "indirect", "Mr Arvid Greve left no one in the room unsure of his gratitude."),
    ])


def test_her_majesty_is_the_queen():
    """"Her Majesty" after "Their Majesties King X and Queen Y" is the Queen, not the King last spoken of (hard28: "Her
    Majesty underscored in writing …", "Her Majesty, whose patronage …, spoke with feeling of …"). Guard: "His Royal
    Highness" still the Crown Prince, whose sex the readout never tells."""
    body = ("Their Majesties King Edvard and Queen Maren received delegates to the Synod.\n\n"
            "His Majesty conveyed his greetings to the delegates.\n\n"
            "Her Majesty said that the Fund would double its grants.")
    assert_statements(body, [
        ("Edvard", "indirect", "His Majesty conveyed his greetings to the delegates."),
        ("Maren", "indirect", "Her Majesty said that the Fund would double its grants."),
    ])
    body = ("President Anna Holt received Crown Prince Faisal bin Adil of Qassimar.\n\n"
            "His Royal Highness conveyed the greetings of the King.")
    assert_statements(body, [("Faisal bin Adil", "indirect", "His Royal Highness conveyed the greetings of the King.")])


def test_two_holders_of_one_office():
    """Two holders of one office (hard28): the title's guest "the Speaker of the Qaderian Majlis" is the Speaker whose
    office names the Majlis, so a bare "The Speaker" is the other, the principal; "After Mr Vasco voiced concern …, the
    Governor explained …" is the other Governor. Guards: "Mr Montiro handed over …, and the Prime Minister said …" (no
    opening clause) stays Mr Montiro, though a former Prime Minister is named; "Mr Vasco, the Governor, said" (an
    apposition) stays Mr Vasco."""
    body = ("The Speaker of the Lindmark Storting, Mr Hakon Varnes, spoke today with the Speaker of the Majlis of "
            "Qaderia, Mr Samir Idris.\n\nThe Speaker thanked Qaderia for its mediation.")
    assert_statements(body, [("Hakon Varnes", "indirect", "The Speaker thanked Qaderia for its mediation.")],
                      title="Readout of the Speaker's Call with the Speaker of the Qaderian Majlis")
    body = ("The Governor of the Bank of Kelvar, Dr Maris Tollund, spoke with the Governor of the Central Bank of "
            "Pellandia, Mr Aurel Vasco.\n\nAfter Mr Vasco voiced concern about the outage, the Governor explained the "
            "causes.\n\nMr Vasco, the Governor, said that the outage was over.")
    assert_statements(body, [
        ("Aurel Vasco", "indirect", "After Mr Vasco voiced concern about the outage"),
        ("Maris Tollund", "indirect", "the Governor explained the causes."),
        ("Aurel Vasco", "indirect", "Mr Vasco, the Governor, said that the outage was over."),
    ])
    body = ("King Olaf received the Prime Minister of Solenza, Mr Rafael Montiro. The former Prime Minister of "
            "Rossmark, Dame Sigrid Holm, attended.\n\nMr Montiro handed over a letter from his sovereign, and the Prime "
            "Minister said that the King would be welcome in Solenza.")
    assert_statements(body, [
        ("Rafael Montiro", "indirect", "the Prime Minister said that the King would be welcome in Solenza."),
    ])


def test_points_announced_by_their_number():
    """"The Speaker made three points:" and three paragraphs "First, …", "Second, …", "Third, …" (hard28): the points
    are hers, as after "the following three gains"; the announcing words come out as hers too (GOLD-FORMAT makes them
    no statement: a few words' cost). Guard: "made three points in the debate" announces nothing."""
    body = ("The Speaker of the House, Ms Annika Rovell, spoke with Mr Daven Ostrik.\n\nThe Speaker made three points:\n\n"
            "First, the committee should meet in March.\n\nSecond, the House would open its archives.\n\n"
            "Third, young deputies should be given an exchange.\n\nMs Rovell made three points in the debate.")
    assert_statements(body, [
        ("Annika Rovell", "indirect", "The Speaker made three points"),
        ("Annika Rovell", "indirect", "First, the committee should meet in March."),
        ("Annika Rovell", "indirect", "Second, the House would open its archives."),
        ("Annika Rovell", "indirect", "Third, young deputies should be given an exchange."),
    ])
