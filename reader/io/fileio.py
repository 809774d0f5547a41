"""Writing files without ever leaving a half-written one: temporary file + rename.

Only a regular file (or nothing) is ever replaced: a symlink, a directory, a device node, a FIFO
or a socket at the target is refused, even with ``force``. The temporary file sits beside the
target as ``.NAME.PID.RANDOM.tmp``; it is removed on any failure and on SIGINT or SIGTERM, and
stale ones of the same target (their writer dead, or older than an hour) are swept first.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import signal
import stat
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reader.errors import Interrupted, ReaderError

if TYPE_CHECKING:
    from types import FrameType

TEMP_SUFFIX = ".tmp"
STALE_AFTER = 3600.0  # seconds: any temporary of the target this old is abandoned
DEAD_GRACE = 60.0  # seconds: a temporary whose writer is dead, once this old (a pid may be another namespace's)
NEW_FILE_MODE = 0o666  # the umask takes its bits off, as for any file a program creates
CHUNK = 1 << 20  # characters per write, so that a signal is seen between writes of a long text


def write_atomic(path: str | Path, text: str | Iterable[str], *, force: bool = False) -> Path:
    """Write ``text`` (a string or pieces of one) to ``path`` atomically.

    Refuses to replace an existing file unless ``force``, and anything but a regular file always.
    A replaced file keeps its permission bits; a new one gets the umask's. Errors are one-line
    ``ReaderError``s naming ``path`` (never the temporary file); SIGINT and SIGTERM during the
    write remove the temporary file and raise ``Interrupted``. The pieces of ``text`` may raise
    (a ``ReaderError`` to give up): nothing is written then.
    """
    target = Path(path)
    try:
        existing = check_target(target, force)
        folder = _folder(target)
        sweep_stale(target)
        with _signals_interrupt():
            _write_and_install(target, folder, text, existing, force)
    except OSError as exc:
        raise ReaderError(f"{target}: cannot write: {_reason(exc)}") from None
    _sync_folder(folder)
    return target


def check_target(target: Path, force: bool) -> os.stat_result | None:
    """The target's lstat if it is a regular file that may be replaced, None if nothing is there."""
    try:
        info = os.lstat(target)
    except FileNotFoundError:
        return None
    refuse_non_regular(target, info)
    if not force:
        raise ReaderError(f"{target}: already exists (use --force to overwrite)")
    return info


def refuse_non_regular(target: Path, info: os.stat_result) -> None:
    """Raise a one-line ``ReaderError`` unless ``info`` (an lstat) is a regular file's."""
    if stat.S_ISREG(info.st_mode):
        return
    kind = _kind(info.st_mode)
    raise ReaderError(f"{target}: is {kind}, not a regular file; refusing to replace it")


def _kind(mode: int) -> str:
    kinds = (
        (stat.S_ISLNK, "a symbolic link"),
        (stat.S_ISDIR, "a directory"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISFIFO, "a FIFO"),
        (stat.S_ISSOCK, "a socket"),
    )
    return next((name for test, name in kinds if test(mode)), "a special file")


def _folder(target: Path) -> Path:
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise ReaderError(f"{folder}: no such folder")
    return folder


def _write_and_install(
    target: Path, folder: Path, text: str | Iterable[str], existing: os.stat_result | None, force: bool
) -> None:
    fd, temp = _create_temp(target, folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            for piece in _pieces(text):
                handle.write(piece)
            handle.flush()
            _copy_owner_and_mode(handle.fileno(), existing)
            os.fsync(handle.fileno())
        _install(Path(temp), target, force)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


def _create_temp(target: Path, folder: Path) -> tuple[int, str]:
    """A new temporary file beside the target, named after it and this process (mode 0600 for now)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC | getattr(os, "O_NOFOLLOW", 0)
    while True:
        temp = os.path.join(folder, f".{target.name}.{os.getpid()}.{secrets.token_hex(4)}{TEMP_SUFFIX}")
        try:
            return os.open(temp, flags, 0o600), temp
        except FileExistsError:
            continue


def _pieces(text: str | Iterable[str]) -> Iterator[str]:
    for piece in (text,) if isinstance(text, str) else text:
        if len(piece) <= CHUNK:
            yield piece
            continue
        for start in range(0, len(piece), CHUNK):
            yield piece[start : start + CHUNK]


def _copy_owner_and_mode(fd: int, existing: os.stat_result | None) -> None:
    """The replaced file's owner (if we may) and permission bits, or the umask's for a new file."""
    if existing is None:
        os.fchmod(fd, NEW_FILE_MODE & ~current_umask())
        return
    if (existing.st_uid, existing.st_gid) != (os.geteuid(), os.getegid()):
        with contextlib.suppress(OSError):  # only root may give a file away: keep ours otherwise
            os.fchown(fd, existing.st_uid, existing.st_gid)
    os.fchmod(fd, stat.S_IMODE(existing.st_mode))


def current_umask() -> int:
    """The process's umask, read without changing it where Linux tells it."""
    with contextlib.suppress(OSError, ValueError), open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _install(temp: Path, target: Path, force: bool) -> None:
    """Move the finished temporary file to the target, never over anything but a regular file."""
    if not force:
        _link_new(temp, target)
        return
    # Look again just before the rename: a file that became a symlink, a FIFO or a device while
    # we wrote is refused. A residual race remains between this lstat and os.replace (POSIX has
    # no "rename over a regular file only"); the window is a few microseconds, and rename never
    # follows a symlink or opens a device, so the worst it can do is replace that new entry itself.
    check_target(target, force=True)
    os.replace(temp, target)


def _link_new(temp: Path, target: Path) -> None:
    """Give the temporary file the target's name only if nothing has taken that name (no race)."""
    try:
        os.link(temp, target, follow_symlinks=False)
    except FileExistsError:
        raise ReaderError(f"{target}: already exists (use --force to overwrite)") from None
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.ENOSYS, errno.EXDEV):
            raise
        # A file system without hard links: look, then rename (the same small window as --force).
        if os.path.lexists(target):
            raise ReaderError(f"{target}: already exists (use --force to overwrite)") from None
        os.replace(temp, target)
        return
    os.unlink(temp)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (best effort: not every system can open a folder)."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _reason(exc: OSError) -> str:
    """The OS's words for ``exc``, without the file name (which may be the temporary file's)."""
    if exc.errno == errno.EFBIG:
        return "File too large (the file size limit was reached)"
    return exc.strerror or type(exc).__name__


# -- signals --------------------------------------------------------------------------------


def _raise_interrupted(signum: int, _frame: object) -> None:
    raise Interrupted(signum)


@contextlib.contextmanager
def _signals_interrupt() -> Iterator[None]:
    """While writing, SIGINT and SIGTERM raise ``Interrupted`` (so the temporary file goes).

    Only the main thread can set handlers; an ignored signal stays ignored. The previous
    handlers come back afterwards.
    """
    previous: dict[signal.Signals, Callable[[int, FrameType | None], Any] | int | None] = {}
    if threading.current_thread() is threading.main_thread():
        for signum in (signal.SIGINT, signal.SIGTERM):
            handler = signal.getsignal(signum)
            if handler is signal.SIG_IGN or handler is None:
                continue
            previous[signum] = signal.signal(signum, _raise_interrupted)
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


# -- stale temporaries ------------------------------------------------------------------------


def sweep_stale(target: Path, now: float | None = None) -> list[Path]:
    """Remove abandoned temporary files of ``target``; returns what was removed.

    A temporary is abandoned when it is older than ``STALE_AFTER``, or when the process named
    in it is gone and it is older than ``DEAD_GRACE`` (a writer in another PID namespace may
    share the folder). Temporaries of other targets, and anything but regular files, stay.
    """
    folder = target.parent if str(target.parent) else Path(".")
    ours = re.compile(rf"\.{re.escape(target.name)}\.(?:(\d+)\.[0-9a-f]{{8}}|[a-z0-9_]{{8}}){re.escape(TEMP_SUFFIX)}")
    now = time.time() if now is None else now
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        match = ours.fullmatch(entry.name)
        if match is None:
            continue
        with contextlib.suppress(OSError):
            info = entry.stat(follow_symlinks=False)
            age = now - info.st_mtime
            dead = match.group(1) is not None and not _alive(int(match.group(1)))
            if stat.S_ISREG(info.st_mode) and (age > STALE_AFTER or (dead and age > DEAD_GRACE)):
                os.unlink(entry.path)
                removed.append(Path(entry.path))
    return removed


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, ValueError):
        return True
    return True
