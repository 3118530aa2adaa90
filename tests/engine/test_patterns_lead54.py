"""The lead's engine mends of stop 54 (readout-tui)."""

from readout_tui.engine.name_offices import _titled_possessor


def test_titled_possessor_reads_a_one_word_run_whole() -> None:
    # A run with no space was cut to all but its last letter ("Presiden"), so no one-word run could be a title.
    assert _titled_possessor("President")
    assert _titled_possessor("Minister")


def test_titled_possessor_reads_the_first_word_of_a_longer_run() -> None:
    assert _titled_possessor("President Kettridge's national security adviser")
    assert not _titled_possessor("Aldermerian national security adviser")
