"""The cache of readouts already read: a hit parses nothing, a changed or deleted
file is never served stale, and no damage to the cache file can stop the reader."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from readout_tui import cache as cache_module
from readout_tui.app.indexing import attribute_all, cached_listing, open_readout, read_titles
from readout_tui.cache import CACHE_FILE, ReadoutCache, Stamp, clear, decode_readout, encode_readout
from readout_tui.readouts import read_readout

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "documents" / "belarus-us-mitchell-meeting.txt"


@pytest.fixture
def documents(tmp_path: Path) -> Path:
    folder = tmp_path / "documents"
    folder.mkdir()
    (folder / "seed.txt").write_bytes(SEED.read_bytes())
    (folder / "call.md").write_text(
        "---\ntitle: A Call\ndate: 2024-03-01\n---\n\n“We agree,” Anna Berg said.\n", encoding="utf-8"
    )
    return folder


@pytest.fixture
def store(tmp_path: Path) -> ReadoutCache:
    cache = ReadoutCache(tmp_path / "cache")
    yield cache
    cache.close()


def touch(path: Path, text: str) -> None:
    """Rewrite `path` so that its stamp surely changes, however coarse the clock."""
    before = path.stat().st_mtime_ns
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(before + 1_000_000_000, before + 1_000_000_000))


def test_a_readout_survives_the_round_trip_unchanged() -> None:
    readout = read_readout(SEED)
    assert decode_readout(encode_readout(readout), SEED) == readout


def test_a_second_open_is_a_hit_and_parses_nothing(documents: Path, store: ReadoutCache, monkeypatch) -> None:
    path = documents / "seed.txt"
    first, stamp, fresh = open_readout(path, store)
    assert fresh and stamp == Stamp.of(path)

    def no_parsing(path: Path):
        raise AssertionError("a cache hit must not read the file")

    monkeypatch.setattr("readout_tui.readouts.read_readout", no_parsing)
    again, _, fresh = open_readout(path, store)
    assert not fresh
    assert again == first


def test_a_cache_ready_from_an_earlier_start_is_opened_without_writing(documents: Path, tmp_path: Path) -> None:
    first = ReadoutCache(tmp_path / "cache")
    open_readout(documents / "seed.txt", first)
    first.close()
    file = tmp_path / "cache" / CACHE_FILE
    before = (file.read_bytes(), file.stat().st_mtime_ns)
    again = ReadoutCache(tmp_path / "cache")
    try:
        _, _, fresh = open_readout(documents / "seed.txt", again)
        assert not fresh  # it was read: the schema is there and was used
        wal = file.with_name(file.name + "-wal")
        assert not wal.exists() or wal.stat().st_size == 0  # nothing written to the log either
    finally:
        again.close()
    assert (file.read_bytes(), file.stat().st_mtime_ns) == before


def test_a_first_start_reads_nothing_without_creating_the_file(documents: Path, tmp_path: Path) -> None:
    """Asking an empty cache (the first frame of a first start does) finds nothing
    and leaves no file behind; the first readout stored creates it."""
    store = ReadoutCache(tmp_path / "cache")
    file = tmp_path / "cache" / CACHE_FILE
    try:
        assert store.newest([documents]) == [] and store.listing([documents]) == []
        assert store.readout(documents / "seed.txt", Stamp.of(documents / "seed.txt")) is None
        assert not file.exists()
        _, _, fresh = open_readout(documents / "seed.txt", store)
        assert fresh and file.exists()
        assert [Path(row.path).name for row in store.listing([documents])] == ["seed.txt"]
    finally:
        store.close()


def test_a_changed_file_is_a_miss_and_is_read_again(documents: Path, store: ReadoutCache) -> None:
    path = documents / "call.md"
    open_readout(path, store)
    touch(path, "---\ntitle: A Second Call\ndate: 2024-03-02\n---\n\n“We disagree,” Anna Berg said.\n")
    readout, _, fresh = open_readout(path, store)
    assert fresh
    assert readout.document.title == "A Second Call"
    assert "disagree" in readout.attribution.statements[0].text


def test_the_listing_drops_changed_and_deleted_files(documents: Path, store: ReadoutCache) -> None:
    paths = sorted(documents.iterdir())
    list(read_titles(paths, store))
    listed, gone = cached_listing(store, [documents])
    assert {row.path for row in listed} == {str(path) for path in paths} and not gone
    assert {row.title for row in listed} == {"A Call", read_readout(SEED).document.title}

    touch(documents / "call.md", "---\ntitle: Renamed\n---\n\nText.\n")
    (documents / "seed.txt").unlink()
    listed, gone = cached_listing(store, [documents])
    assert listed == [] and set(gone) == {str(path) for path in paths}
    assert cached_listing(store, [documents]) == ([], [])  # and they are forgotten


def test_the_listing_speaks_the_callers_paths_and_knows_attributed_ones(
    documents: Path, store: ReadoutCache, monkeypatch
) -> None:
    monkeypatch.chdir(documents.parent)
    relative = [Path("documents") / "seed.txt", Path("documents") / "call.md"]
    summaries = [summary for batch, _ in attribute_all(relative, store) for summary in batch]
    assert [summary.speakers > 0 for summary in summaries] == [True, True]
    listed, _ = cached_listing(store, ["./documents/"])
    assert sorted(row.path for row in listed) == sorted(str(path) for path in relative)
    assert all(row.speakers and row.speakers > 0 for row in listed)


def test_a_new_engine_leaves_titles_but_not_attributions(documents: Path, store: ReadoutCache, monkeypatch) -> None:
    path = documents / "seed.txt"
    open_readout(path, store)
    monkeypatch.setattr(cache_module, "engine_version", lambda: "another engine")
    assert store.readout(path, Stamp.of(path)) is None
    listed, _ = cached_listing(store, [documents])
    assert [(row.title, row.speakers) for row in listed] == [(read_readout(SEED).document.title, None)]


def test_a_corrupt_cache_file_is_rebuilt_never_a_crash(documents: Path, tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    folder.mkdir()
    (folder / CACHE_FILE).write_bytes(b"this is not a database, it is a shopping list\n" * 100)
    store = ReadoutCache(folder)
    readout, _, fresh = open_readout(documents / "seed.txt", store)
    assert fresh and readout.attribution.statements
    assert any("rebuilt" in notice for notice in store.take_notices())
    assert store.enabled
    assert not open_readout(documents / "seed.txt", store)[2]  # and it caches again
    store.close()


def test_damage_inside_a_valid_cache_file_is_survived(documents: Path, tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    store = ReadoutCache(folder)
    for number in range(200):  # enough rows for several pages
        copy = documents / f"copy-{number}.txt"
        copy.write_bytes(SEED.read_bytes())
    list(attribute_all(sorted(documents.iterdir()), store))
    store.close()
    data = bytearray((folder / CACHE_FILE).read_bytes())
    data[4096:] = b"\xff" * (len(data) - 4096)  # every page after the first
    (folder / CACHE_FILE).write_bytes(bytes(data))
    for journal in folder.glob(CACHE_FILE + "-*"):
        journal.unlink()

    damaged = ReadoutCache(folder)
    cached_listing(damaged, [documents])
    open_readout(documents / "seed.txt", damaged)
    list(read_titles([documents / "call.md"], damaged))
    assert damaged.take_notices()  # told, not crashed
    damaged.close()


def test_an_unwritable_cache_turns_itself_off(documents: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be")
    store = ReadoutCache(blocker / "cache")
    readout, _, fresh = open_readout(documents / "seed.txt", store)
    assert fresh and readout.document.ok
    assert not store.enabled
    assert any("cache turned off" in notice for notice in store.take_notices())


def test_the_cache_never_lives_among_the_documents(documents: Path) -> None:
    store = ReadoutCache(documents / ".cache", protected=[documents])
    open_readout(documents / "seed.txt", store)
    assert not store.enabled
    assert not (documents / ".cache").exists()
    assert "inside the readouts folder" in store.take_notices()[0]


def test_a_path_that_names_nothing_keeps_the_cache_out_of_nowhere(documents: Path, tmp_path: Path) -> None:
    """A missing path on the command line (its folder would be the root) does not
    turn the cache off; an existing file keeps it out of the file's folder."""
    store = ReadoutCache(tmp_path / "cache", protected=[Path("/no-such-readouts"), documents / "seed.txt"])
    _, _, fresh = open_readout(documents / "seed.txt", store)
    assert fresh and store.enabled and store.take_notices() == []
    store.close()
    beside = ReadoutCache(documents / "cache", protected=[Path("/no-such-readouts"), documents / "seed.txt"])
    open_readout(documents / "seed.txt", beside)
    assert not beside.enabled and f"inside the readouts folder {documents}" in beside.take_notices()[0]


def test_clear_deletes_the_file_and_the_command_says_so(documents: Path, tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    store = ReadoutCache(folder)
    open_readout(documents / "seed.txt", store)
    store.close()
    assert (folder / CACHE_FILE).exists()
    environment = {**os.environ, "READOUT_TUI_CACHE_DIR": str(folder)}
    command = [sys.executable, "-m", "readout_tui", "cache", "clear"]
    result = subprocess.run(command, capture_output=True, text=True, env=environment, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "deleted the cache" in result.stdout
    assert not (folder / CACHE_FILE).exists()
    assert clear(folder) == []
    again = subprocess.run(command, capture_output=True, text=True, env=environment, timeout=60)
    assert again.returncode == 0 and "no cache to delete" in again.stdout
