"""Broken and hostile input: shared set-up.

Hypothesis profiles (the same names and values as tests/engine/conftest.py, which may
register them too: registering a name again only replaces it):

  fast  200 examples a test, no deadline: what the property tests use by default
  long  100,000 examples a test: `pytest tests/hostile --hypothesis-profile=long`

The folder must be named on the command line for `--hypothesis-profile=long`: pytest
reads this file before Hypothesis loads the profile only for the folders it is given.
Without the option the property tests use `fast` themselves (`HOSTILE_SETTINGS` in
test_properties.py) and the global profile other test folders share is left alone.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import shutil
import stat
import tempfile
from pathlib import Path

import pytest
from hypothesis import settings

settings.register_profile("fast", max_examples=200, deadline=None)
settings.register_profile("long", max_examples=100_000, deadline=None)

AS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
"""Root reads any file whatever its permissions: permission tests then fake the refusal,
or give up root in a child process (`as_nobody`)."""
NOBODY = 65534


@pytest.fixture(autouse=True)
def _own_cache_folder(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """The reader may keep what it read in a cache folder: never the user's, in a test."""
    monkeypatch.setenv("READOUT_TUI_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))


def snapshot(folder: Path) -> dict[str, tuple[int, int, str]]:
    """Every entry under `folder` (links not followed): its kind and permissions, the
    modification time and a hash of the contents of each file, so that a test can
    show that nothing was written there."""
    found: dict[str, tuple[int, int, str]] = {}
    for root, folders, files in os.walk(folder):
        for name in folders + files:
            path = Path(root) / name
            status = path.lstat()
            digest = hashlib.sha256()
            if stat.S_ISREG(status.st_mode) and os.access(path, os.R_OK):
                with open(path, "rb") as file:
                    while chunk := file.read(1 << 20):
                        digest.update(chunk)
            found[os.fsdecode(path.relative_to(folder))] = (status.st_mode, status.st_mtime_ns, digest.hexdigest())
    return found


def as_nobody(function, *args):
    """`function(*args)`, run by a child process that has given up root for the user
    `nobody`: root reads any file, so this is how a test run as root (as CI runs) can
    see a real refusal. The result comes back pickled; an exception as its repr."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        try:
            os.close(read)
            os.setgroups([])
            os.setgid(NOBODY)
            os.setuid(NOBODY)
            result = ("returned", function(*args))
        except BaseException as error:  # noqa: BLE001 - reported to the parent
            result = ("raised", repr(error))
        with os.fdopen(write, "wb") as out:
            pickle.dump(result, out)
        os._exit(0)
    os.close(write)
    with os.fdopen(read, "rb") as answer:
        data = answer.read()
    os.waitpid(pid, 0)
    how, value = pickle.loads(data)
    if how == "raised":
        raise AssertionError(f"in the child process: {value}")
    return value


@pytest.fixture
def shared_folder():
    """A folder anybody may enter (a test's own tmp_path is root's alone), removed after."""
    folder = Path(tempfile.mkdtemp(prefix="readout-tui-"))
    folder.chmod(0o755)
    yield folder
    for root, folders, _ in os.walk(folder):
        for name in folders:
            (Path(root) / name).chmod(0o755)
    shutil.rmtree(folder, ignore_errors=True)
