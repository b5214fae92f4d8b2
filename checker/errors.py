"""Typed errors. Each message says what went wrong and how to fix it; the CLI prints it on one line."""


class CheckerError(Exception):
    """Base class of every error checker reports to the user."""


class InputError(CheckerError):
    """The articles given cannot be checked as they are (empty folder, one source, unreadable path)."""


class ModelError(CheckerError):
    """A model could not be built or loaded."""


class DataError(CheckerError):
    """A labelled data file cannot be read."""
