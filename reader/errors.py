"""The one error type the command line turns into a one-line message and a non-zero exit."""


class ReaderError(Exception):
    """A problem with the user's input, worded for the user (one line, no traceback)."""

    exit_code = 1

    def __init__(self, message: str, exit_code: int = 1) -> None:
        super().__init__(message)
        self.exit_code = exit_code


class Interrupted(BaseException):
    """SIGINT or SIGTERM arrived while the command wrote a file; it was cleaned up.

    A ``BaseException``, like ``KeyboardInterrupt``, so that no ``except Exception`` swallows it.
    The command line exits with the shell's convention, 128 + the signal's number (130, 143).
    """

    def __init__(self, signum: int) -> None:
        super().__init__(f"interrupted by signal {signum}")
        self.signum = signum
        self.exit_code = 128 + signum
