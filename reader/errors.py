"""The one error type the command line turns into a one-line message and a non-zero exit."""


class ReaderError(Exception):
    """A problem with the user's input, worded for the user (one line, no traceback)."""

    exit_code = 1

    def __init__(self, message: str, exit_code: int = 1) -> None:
        super().__init__(message)
        self.exit_code = exit_code
