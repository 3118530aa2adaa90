"""Engine tests: a package, so that its conftest is `engine.conftest` and leaves the name `conftest` to tests/app."""
