"""Rules from the six-hundred-tenth held-out set (the Czech government's English releases): invented readouts,
invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_WORDS = ("I consider the council's decision a sensible step. I very much appreciate its support of our reforms, "
          "and I would like to highlight its call for solidarity between generations.")


def test_a_comment_signed_under_its_title_is_the_signers_from_the_first_paragraph():
    """"Prime Minister X's Reaction to …" / "I consider …" / "X, Prime Minister of …": a body of first-person words
    with no lead and no quote marks, signed on its last line by the person the title names, is the signer's words,
    one direct statement a paragraph. Before, it was no one's."""
    assert_statements(_WORDS + "\n\nLena Osk, Prime Minister of Tesland", [
        ("Lena Osk", "direct", _WORDS),
    ], title="Prime Minister Lena Osk's Reaction to the Council's Decision")


def test_a_comment_by_title_signed_below_is_the_signers():
    """The same with a title "Comment by Prime Minister X on …"."""
    assert_statements(_WORDS + "\n\nLena Osk, Prime Minister of Tesland", [
        ("Lena Osk", "direct", _WORDS),
    ], title="Comment by Prime Minister Osk on the Council's Decision")


def test_a_quotation_over_the_whole_body_signed_below_is_the_signers():
    """"X’s statement on …" / "„… / … / ….“" / "X": a quotation that runs over every paragraph of the body, given to
    no one, then the signer's name alone on the last line: each paragraph the signer's direct statement."""
    body = ("„Recent remarks of our partners make it clear that the vote produces tension in the cabinet.\n\n"
            "Which does not mean that I shirk my responsibility: I will decide myself.\n\n"
            "I reject the claim that the vote is a matter of deals.“\n\n"
            "Ivo Marr")
    assert_statements(body, [
        ("Ivo Marr", "direct", "Recent remarks of our partners make it clear that the vote produces tension in the cabinet."),
        ("Ivo Marr", "direct", "Which does not mean that I shirk my responsibility: I will decide myself."),
        ("Ivo Marr", "direct", "I reject the claim that the vote is a matter of deals."),
    ], title="Prime Minister Ivo Marr’s statement on the current political situation")


def test_a_signature_under_a_title_of_someone_else_gives_nothing():
    """Guard: the same body signed by someone the title does not name stays no one's."""
    assert_statements(_WORDS + "\n\nIvo Marr, Minister of Finance of Tesland", [],
                      title="Prime Minister Lena Osk's Reaction to the Council's Decision")


def test_much_between_the_subject_and_its_verb_is_a_filler():
    """"Furthermore, X much appreciated the contribution of …": "much", an adverb of degree between the subject and
    its verb as "deeply" and "highly" are, leaves the sentence X's indirect statement. Before, it was no one's."""
    body = ("Ivo Marr expressed interest in these issues. "
            "Furthermore, Ivo Marr much appreciated the Tesland contribution to the missions.")
    assert_statements(body, [
        ("Ivo Marr", "indirect", "Ivo Marr expressed interest in these issues."),
        ("Ivo Marr", "indirect", "Furthermore, Ivo Marr much appreciated the Tesland contribution to the missions."),
    ])

