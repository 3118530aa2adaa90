"""One person, or some words, across the archive: from the cache's speech rows,
agreeing with `merge_speakers` over the whole readouts."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from readout_tui.app import indexing
from readout_tui.archive import merge_speakers
from readout_tui.cache import CACHE_FILE, ReadoutCache
from readout_tui.corpus_index import Query, gather, sources
from readout_tui.readouts import read_readout

ARCHIVE = Path(__file__).resolve().parent / "app" / "fixtures" / "archive"
SAMPLES = Path(__file__).resolve().parents[1] / "documents"


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    folder = tmp_path / "archive"
    shutil.copytree(ARCHIVE, folder)
    return folder


def attributed(folder: Path, cache: ReadoutCache) -> list[Path]:
    paths = sorted(folder.iterdir())
    for _ in indexing.attribute_all(paths, cache):
        pass
    return paths


def last(cache: ReadoutCache | None, roots, query: str, **options):
    *_, result = gather(cache, [str(root) for root in roots], Query.parse(query), **options)
    assert result.done
    return result


def test_query_parses_speaker_and_words() -> None:
    assert Query.parse("speaker:lukashenko sovereignty") == Query("lukashenko", ("sovereignty",))
    assert Query.parse('Speaker:"Ilona  Brenn" trade [bold]') == Query("Ilona Brenn", ("trade", "[bold]"))
    assert Query.parse("  ") == Query()
    assert not Query.parse("")
    assert str(Query.parse('speaker:"ilona brenn" x')) == 'speaker:"ilona brenn" x'


def test_words_are_text_not_patterns() -> None:
    query = Query.parse(".* (a|b) [x")
    assert query.says("Said: .* then (A|B) and [X.")
    assert not query.says("anything at all")


def test_one_person_across_readouts_newest_first_namesakes_apart(archive: Path, tmp_path: Path) -> None:
    cache = ReadoutCache(tmp_path / "cache")
    attributed(archive, cache)
    result = last(cache, [archive], "speaker:lukashenko", archive_size=3)
    assert result.people == ("Aleksandr Lukashenko",)
    # "Aleksandr Lukashenko", "President Lukashenko" and a bare "Aleksandr Lukashenko": one person, newest first
    assert [found.date for found in result.found] == ["2024-05-02", "2024-03-01", "2023-11-20"]
    assert [[s.text for s in found.statements] for found in result.found] == [
        ["President Lukashenko noted that the harvest had been good this year."],
        ["We will never trade our sovereignty for loans"],
        ["Our schools welcome every visitor"],
    ]
    assert result.not_read == 0
    bidens = last(cache, [archive], "speaker:biden")
    assert sorted(bidens.people) == ["Jill Biden", "Joe Biden"]  # two people, both shown
    joe = last(cache, [archive], "speaker:biden", prefer=["Joe Biden"])
    assert joe.people == ("Joe Biden",)
    assert [s.text for found in joe.found for s in found.statements] == ["We are ready to talk about trade and sovereignty"]


def test_the_view_merges_as_the_speakers_command_does(tmp_path: Path) -> None:
    """The speech rows alone give each person the same readouts and statements as
    `merge_speakers` over the whole readouts."""
    cache = ReadoutCache(tmp_path / "cache")
    paths = attributed(SAMPLES, cache)
    everyone = merge_speakers(read_readout(path) for path in paths)
    for person in everyone:
        result = last(cache, [SAMPLES], f'speaker:"{person.name}"', prefer=[person.name])
        assert result.people == (person.name,)
        assert result.statements == person.statement_count
        assert len(result.found) == len(person.sources)


def test_words_find_statements_and_readouts_whose_text_has_them(archive: Path, tmp_path: Path) -> None:
    cache = ReadoutCache(tmp_path / "cache")
    attributed(archive, cache)
    result = last(cache, [archive], "SOVEREIGNTY")
    by_title = {found.title: found for found in result.found}
    assert [s.speaker for s in by_title["President of Belarus Receives the Kastravian Envoy"].statements] == [
        "Aleksandr Lukashenko", "Ilona Brenn"
    ]
    school = by_title["A Visit to a School in Dorvik"]
    assert school.statements == ()  # only the narrative says it
    assert school.excerpt == "Jill Biden visited a school in Dorvik on Monday. The visit had nothing to do with sovereignty."
    both = last(cache, [archive], "speaker:lukashenko sovereignty")
    assert [(f.date, [s.text for s in f.statements]) for f in both.found] == [
        ("2024-03-01", ["We will never trade our sovereignty for loans"])
    ]
    assert last(cache, [archive], "speaker:nobody").found == ()


def test_unread_and_changed_readouts_are_counted_not_shown(archive: Path, tmp_path: Path) -> None:
    cache = ReadoutCache(tmp_path / "cache")
    attributed(archive, cache)
    (archive / "2025-01-01-new.txt").write_text("A new readout\n\n“Hello,” Aleksandr Lukashenko said.\n")
    changed = archive / "2024-03-01-minsk-envoy.txt"
    changed.write_text(changed.read_text() + "\nMore text.\n")
    result = last(cache, [archive], "speaker:lukashenko", archive_size=4)
    assert [found.date for found in result.found] == ["2024-05-02", "2023-11-20"]
    assert result.not_read == 2


def test_in_memory_readouts_count_without_a_cache(archive: Path) -> None:
    path = archive / "2024-05-02-veloria-call.txt"
    result = last(None, [archive], "speaker:lukashenko", in_memory={str(path): read_readout(path)}, archive_size=3)
    assert [found.path for found in result.found] == [str(path)]
    assert result.not_read == 2


def test_a_cache_from_before_speech_rows_is_completed_once(archive: Path, tmp_path: Path) -> None:
    cache = ReadoutCache(tmp_path / "cache")
    attributed(archive, cache)
    cache.close()
    with sqlite3.connect(tmp_path / "cache" / CACHE_FILE) as connection:
        connection.execute("DROP TABLE speech")  # as an earlier version left it
    cache = ReadoutCache(tmp_path / "cache")
    assert sources(cache, [str(archive)]) == []
    preparing = [g.preparing for g in gather(cache, [str(archive)], Query.parse("speaker:lukashenko")) if not g.done]
    assert preparing == [3]
    cache.close()
    with sqlite3.connect(tmp_path / "cache" / CACHE_FILE) as connection:
        connection.execute("DELETE FROM speech")
    cache = ReadoutCache(tmp_path / "cache")
    assert list(cache.add_speech([str(archive)])) == [3]
    assert len(sources(cache, [str(archive)])) == 3
    assert list(cache.add_speech([str(archive)])) == []
    assert last(cache, [archive], "speaker:lukashenko").statements == 3


def test_forgotten_readouts_lose_their_speech(archive: Path, tmp_path: Path) -> None:
    cache = ReadoutCache(tmp_path / "cache")
    paths = attributed(archive, cache)
    cache.forget(paths[:1])
    assert len(sources(cache, [str(archive)])) == 2
    assert os.path.exists(paths[0])  # the reader's file is never touched


def test_a_view_stops_at_its_limit_and_says_so(archive: Path, tmp_path: Path) -> None:
    cache = ReadoutCache(tmp_path / "cache")
    attributed(archive, cache)
    result = last(cache, [archive], "speaker:lukashenko", limit=2)
    assert result.capped and result.statements == 2
    assert [found.date for found in result.found] == ["2024-05-02", "2024-03-01"]  # the newest
    assert not last(cache, [archive], "speaker:lukashenko", limit=3).capped


def test_readouts_whose_text_matches_count_towards_the_limit(archive: Path, tmp_path: Path) -> None:
    cache = ReadoutCache(tmp_path / "cache")
    attributed(archive, cache)
    whole = last(cache, [archive], "sovereignty")
    assert whole.statements == 3 and len(whole.found) == 3  # the third readout only by its text
    capped = last(cache, [archive], "sovereignty", limit=3)
    assert capped.capped and [found.date for found in capped.found] == ["2024-05-02", "2024-03-01"]


def test_the_cache_gives_back_each_readouts_statements_whole_or_by_speaker(archive: Path, tmp_path: Path) -> None:
    cache = ReadoutCache(tmp_path / "cache")
    paths = attributed(archive, cache)
    rows = {row.path: row for row in cache.spoken([str(archive)])}
    for path in paths:
        readout = read_readout(path)
        key = rows[str(path)].key
        assert cache.statements([key]) == {key: readout.attribution.statements}
        first = readout.attribution.speakers[0].name
        assert cache.statements([key], {key: {first}}) == {key: readout.attribution.by_speaker(first)}


def test_a_search_reads_only_readouts_whose_stored_text_can_match(archive: Path, tmp_path: Path) -> None:
    (archive / "2022-01-01-chapter.txt").write_text(
        'A New Chapter\n\nThe ministers called it a "new chapter" in relations.\n', encoding="utf-8"
    )
    cache = ReadoutCache(tmp_path / "cache")
    attributed(archive, cache)
    keys = [row.key for row in cache.spoken([str(archive)])]
    assert len(cache.readouts(keys)) == 4
    assert sorted(r.document.title for r in cache.readouts(keys, ["DORVIK"]).values()) == ["A Visit to a School in Dorvik"]
    # a quotation mark is stored escaped (\"): every readout is decoded and looked through
    assert len(cache.readouts(keys, ['chapter"'])) == 4
    found = last(cache, [archive], 'chapter"')
    assert Query.parse('chapter"').words == ('chapter"',)
    assert [(f.title, f.excerpt) for f in found.found] == [
        ("A New Chapter", 'The ministers called it a "new chapter" in relations.')
    ]
