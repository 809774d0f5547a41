"""Writes that never destroy: only regular files replaced, modes kept, temporaries cleaned up,
I/O faults in one line. Real files in tmp_path and real ``reader`` processes; nothing is written
outside tmp_path and nothing to a device node.

Root ignores permission bits, so the permission tests drop CAP_DAC_OVERRIDE and
CAP_DAC_READ_SEARCH from the child's capability bounding set (prctl) when run as root; a full
disk and a read-only folder are a small tmpfs in a private mount namespace (``unshare -m``).
Each skips, saying why, when the system does not allow it.
"""

from __future__ import annotations

import contextlib
import ctypes
import json
import os
import resource
import shutil
import signal
import socket
import stat
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from reader.errors import ReaderError
from reader.io.fileio import sweep_stale, write_atomic

from .conftest import REPO, SEED, Run

PR_CAPBSET_DROP = 24
CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH = 1, 2


def reader_proc(*args: str, cwd: Path = REPO, preexec_fn: Callable[[], None] | None = None) -> Run:
    """``python -m reader ARGS`` in a real process, optionally prepared by ``preexec_fn``."""
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "COLUMNS": "100"}
    env.pop("READER_DEBUG", None)
    proc = subprocess.run(
        [sys.executable, "-m", "reader", *args],
        capture_output=True,
        cwd=cwd,
        env=env,
        preexec_fn=preexec_fn,
        timeout=120,
    )
    return Run(proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8"))


def one_line_error(result: Run, *needles: str, code: int = 1) -> None:
    """The run failed with ``code`` and one ``reader: ...`` line holding each needle, no traceback."""
    assert result.code == code, (result.code, result.err)
    assert result.err.startswith("reader: ") and len(result.err.strip().splitlines()) == 1, result.err
    assert "Traceback" not in result.err and ".tmp" not in result.err, result.err
    for needle in needles:
        assert needle in result.err, result.err


def temporaries(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def article_of(tmp_path: Path, kilobytes: int, name: str = "long.txt") -> Path:
    """An article of about ``kilobytes`` KB: the seed's body, its years varied, again and again."""
    body = SEED.read_text(encoding="utf-8").split("---", 2)[2].strip()
    parts, size, index = [], 0, 0
    while size < kilobytes * 1024:
        part = body.replace("2023", str(1990 + index % 30))
        parts.append(part)
        size += len(part.encode("utf-8")) + 2
        index += 1
    path = tmp_path / name
    path.write_text("\n\n".join(parts) + "\n", encoding="utf-8")
    return path


# -- what may be replaced -------------------------------------------------------------------


def test_a_fifo_is_refused_even_with_force(tmp_path: Path) -> None:
    fifo = tmp_path / "out.json"
    os.mkfifo(fifo)
    for extra in ([], ["--force"]):
        result = reader_proc("export", str(SEED), "-o", str(fifo), *extra)
        one_line_error(result, "out.json", "a FIFO", "not a regular file", "refusing to replace it")
        assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_a_symlink_to_a_file_is_refused_and_both_stay_as_they_were(tmp_path: Path) -> None:
    real = tmp_path / "notes.json"
    real.write_text("my notes", encoding="utf-8")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    result = reader_proc("export", str(SEED), "-o", str(link), "--force")
    one_line_error(result, "link.json", "symbolic link", "refusing to replace it")
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_text(encoding="utf-8") == "my notes"
    assert temporaries(tmp_path) == []


@pytest.mark.parametrize("force", [False, True], ids=["plain", "force"])
def test_a_dangling_symlink_is_refused(tmp_path: Path, force: bool) -> None:
    link = tmp_path / "out.json"
    link.symlink_to(tmp_path / "nowhere.json")
    result = reader_proc("export", str(SEED), "-o", str(link), *(["--force"] if force else []))
    one_line_error(result, "out.json", "symbolic link", "refusing to replace it")
    assert link.is_symlink() and not (tmp_path / "nowhere.json").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.json"]


def test_a_directory_and_a_socket_are_refused(tmp_path: Path) -> None:
    folder = tmp_path / "out.json"
    folder.mkdir()
    with pytest.raises(ReaderError, match="is a directory, not a regular file; refusing"):
        write_atomic(folder, "x", force=True)
    path = tmp_path / "sock"
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(path))
        with pytest.raises(ReaderError, match="is a socket, not a regular file; refusing"):
            write_atomic(path, "x", force=True)
        assert stat.S_ISSOCK(os.lstat(path).st_mode)
    assert temporaries(tmp_path) == []


def test_dash_is_standard_output_never_a_file(tmp_path: Path) -> None:
    single = reader_proc("export", str(SEED), "-o", "-", cwd=tmp_path)
    assert single.code == 0, single.err
    assert json.loads(single.out)["sentences"]
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("a.txt", "b.txt"):
        (folder / name).write_text("وصل الوفد إلى تونس أمس.\n", encoding="utf-8")
    batch = reader_proc("export", str(folder), "-o", "-", "--jobs", "2", cwd=tmp_path)
    assert batch.code == 0, batch.err
    assert [json.loads(line)["article"]["path"].split("/")[-1] for line in batch.out.splitlines()] == [
        "a.txt",
        "b.txt",
    ]
    assert not os.path.lexists(tmp_path / "-")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in"]


# -- modes ----------------------------------------------------------------------------------


def test_force_keeps_the_mode_of_the_replaced_file(tmp_path: Path) -> None:
    target = tmp_path / "seed.json"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o640)
    result = reader_proc("export", str(SEED), "-o", str(target), "--force")
    assert result.code == 0, result.err
    assert json.loads(target.read_text(encoding="utf-8"))["sentences"]
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o640


@pytest.mark.parametrize("umask", [0o022, 0o027, 0o077], ids=["022", "027", "077"])
def test_a_new_file_gets_the_mode_the_umask_gives(tmp_path: Path, umask: int) -> None:
    target = tmp_path / "seed.json"
    result = reader_proc("export", str(SEED), "-o", str(target), preexec_fn=lambda: os.umask(umask) and None)
    assert result.code == 0, result.err
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o666 & ~umask


# -- I/O faults -----------------------------------------------------------------------------


def _drop_dac_capabilities() -> Callable[[], None] | None:
    """A preexec_fn that makes a root child obey permission bits; None when not root."""
    if os.geteuid() != 0:
        return None
    libc = ctypes.CDLL(None, use_errno=True)
    probe = subprocess.run(
        [sys.executable, "-c", "pass"],
        preexec_fn=lambda: _prctl_drop(libc),
        capture_output=True,
    )
    if probe.returncode != 0:
        pytest.skip("running as root and cannot drop CAP_DAC_OVERRIDE (root would ignore the permission bits)")
    return lambda: _prctl_drop(libc)


def _prctl_drop(libc: ctypes.CDLL) -> None:
    for cap in (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH):
        if libc.prctl(PR_CAPBSET_DROP, cap, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP) failed")


@pytest.fixture
def restore_modes(tmp_path: Path):
    """Folders made unreadable or unwritable get their mode back, so tmp_path can be removed."""
    changed: list[Path] = []
    yield changed
    for path in changed:
        path.chmod(0o700)


def test_permission_denied_in_the_output_folder(tmp_path: Path, restore_modes: list[Path]) -> None:
    """chmod 0o500; as root the child runs without CAP_DAC_OVERRIDE, so it works as root too."""
    preexec = _drop_dac_capabilities()
    folder = tmp_path / "locked"
    folder.mkdir()
    (folder / "seed.json").write_text("my notes", encoding="utf-8")
    folder.chmod(0o500)
    restore_modes.append(folder)
    for target, extra in ((folder / "new.json", []), (folder / "seed.json", ["--force"])):
        result = reader_proc("export", str(SEED), "-o", str(target), *extra, preexec_fn=preexec)
        one_line_error(result, str(target), "Permission denied")
    assert (folder / "seed.json").read_text(encoding="utf-8") == "my notes"
    assert sorted(p.name for p in folder.iterdir()) == ["seed.json"]


def test_an_unreadable_input_folder_is_one_line(tmp_path: Path, restore_modes: list[Path]) -> None:
    """chmod 0o000 on the folder; as root the child runs without the DAC capabilities."""
    preexec = _drop_dac_capabilities()
    folder = tmp_path / "articles"
    folder.mkdir()
    shutil.copy(SEED, folder / "seed.txt")
    folder.chmod(0)
    restore_modes.append(folder)
    result = reader_proc("export", str(folder), preexec_fn=preexec)
    one_line_error(result, str(folder), "cannot read the folder", "Permission denied")
    assert result.out == ""


def test_the_file_size_limit_is_one_line_and_leaves_nothing(tmp_path: Path) -> None:
    """RLIMIT_FSIZE makes the write fail with EFBIG, a real I/O error (Python ignores SIGXFSZ)."""
    target = tmp_path / "seed.json"
    target.write_text("my notes", encoding="utf-8")

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))

    result = reader_proc("export", str(SEED), "-o", str(target), "--force", preexec_fn=limit)
    one_line_error(result, str(target), "File too large")
    assert target.read_text(encoding="utf-8") == "my notes"
    assert temporaries(tmp_path) == []


TMPFS_SCRIPT = """
mount -t tmpfs -o size=64k tmpfs "$1" || exit 99
printf 'my notes' > "$1/seed.json"
[ "$2" = ro ] && { mount -o remount,ro "$1" || exit 99; }
shift 2
"$@" 2>"$ERRFILE"
echo "rc=$?"
ls -A "$DIR"
echo "--"
cat "$DIR/seed.json"
"""


def in_small_tmpfs(tmp_path: Path, mode: str, *reader_args: str) -> tuple[int, list[str], str, str]:
    """Run ``reader`` with a 64 KB tmpfs (``mode`` rw or ro) at tmp_path/fs in a private mount namespace.

    Returns the exit status, the folder's entries afterwards, the old file's text and stderr.
    """
    unshare = shutil.which("unshare")
    if unshare is None:
        pytest.skip("unshare (util-linux) is not installed: no private mount namespace for a small tmpfs")
    folder = tmp_path / "fs"
    folder.mkdir()
    errfile = tmp_path / "stderr.txt"
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "ERRFILE": str(errfile), "DIR": str(folder)}
    env.pop("READER_DEBUG", None)
    command = [unshare, "-m", "--propagation", "private", "sh", "-c", TMPFS_SCRIPT, "sh", str(folder), mode]
    proc = subprocess.run(
        [*command, sys.executable, "-m", "reader", *reader_args],
        capture_output=True,
        cwd=REPO,
        env=env,
        timeout=120,
    )
    if proc.returncode != 0 or not proc.stdout.startswith(b"rc="):
        pytest.skip(f"cannot mount a tmpfs in a private mount namespace here: {proc.stderr.decode().strip()}")
    head, _, old = proc.stdout.decode("utf-8").partition("--\n")
    lines = head.splitlines()
    return int(lines[0][3:]), lines[1:], old, errfile.read_text(encoding="utf-8")


def test_a_full_disk_is_one_line_and_the_old_file_stays(tmp_path: Path) -> None:
    """ENOSPC from a real file system: a 64 KB tmpfs (unshare -m, works as root), a 200 KB export."""
    article = article_of(tmp_path, 60)
    target = tmp_path / "fs" / "seed.json"
    code, entries, old, err = in_small_tmpfs(tmp_path, "rw", "export", str(article), "-o", str(target), "--force")
    one_line_error(Run(code, "", err), str(target), "No space left on device")
    assert entries == ["seed.json"] and old == "my notes"


def test_a_read_only_output_folder_is_one_line(tmp_path: Path) -> None:
    """EROFS from a tmpfs remounted read-only (unshare -m, works as root)."""
    target = tmp_path / "fs" / "new.json"
    code, entries, old, err = in_small_tmpfs(tmp_path, "ro", "export", str(SEED), "-o", str(target))
    one_line_error(Run(code, "", err), str(target), "Read-only file system")
    assert entries == ["seed.json"] and old == "my notes"


def test_pieces_that_give_up_write_nothing(tmp_path: Path) -> None:
    target = tmp_path / "all.jsonl"
    target.write_text("my notes", encoding="utf-8")

    def pieces():
        yield "one\n"
        raise ReaderError("nothing to export")

    with pytest.raises(ReaderError, match="nothing to export"):
        write_atomic(target, pieces(), force=True)
    assert target.read_text(encoding="utf-8") == "my notes"
    assert temporaries(tmp_path) == []


# -- signals and stale temporaries ----------------------------------------------------------


def _interruptible() -> None:
    """SIGINT as a terminal sends it, even under a background job that started this test with it
    ignored (an ignored signal is inherited, and Python keeps it ignored)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _signal_once_the_temporary_appears(command: list[str], folder: Path, signum: int, delay: float = 0.0) -> int | None:
    """Start ``command``, send ``signum`` as soon as a temporary file shows in ``folder``.

    Returns the exit status, or None if the process ended before any temporary was seen.
    """
    proc = subprocess.Popen(
        command, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, preexec_fn=_interruptible
    )
    deadline = time.monotonic() + 120
    try:
        while proc.poll() is None and time.monotonic() < deadline:
            if temporaries(folder):
                time.sleep(delay)
                proc.send_signal(signum)
                break
            time.sleep(0.001)
        else:
            proc.wait(timeout=120)
            return None
        code = proc.wait(timeout=60)
        assert b"Traceback" not in proc.stderr.read()
        return code
    finally:
        with contextlib.suppress(ProcessLookupError):
            proc.kill()
        proc.wait()
        if proc.stderr:
            proc.stderr.close()


def test_sigterm_during_a_long_write_leaves_no_temporary(tmp_path: Path) -> None:
    """A 3 MB article (an export of about 11 MB) and SIGTERM the moment its temporary appears."""
    article = article_of(tmp_path, 3000)
    out = tmp_path / "out"
    out.mkdir()
    target = out / "long.json"
    command = [sys.executable, "-m", "reader", "export", str(article), "-o", str(target)]
    codes = []
    for _ in range(4):
        code = _signal_once_the_temporary_appears(command, out, signal.SIGTERM)
        codes.append(code)
        assert temporaries(out) == [], code
        if code == 143:
            assert not target.exists()  # interrupted before the rename: nothing at the target
            break
        target.unlink(missing_ok=True)  # the write finished before the signal landed: try again
    assert 143 in codes, f"never caught the write in progress: {codes}"


@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_a_signal_during_a_batch_file_write_leaves_nothing(tmp_path: Path, jobs: str, signum: int) -> None:
    """JSON Lines to one file are written as the articles come: the temporary is there throughout."""
    folder = tmp_path / "in"
    folder.mkdir()
    for index in range(4):
        article_of(folder, 400, f"a{index}.txt")
    out = tmp_path / "out"
    out.mkdir()
    (out / "all.jsonl").write_text("my notes", encoding="utf-8")
    command = [sys.executable, "-m", "reader", "export", str(folder), "-o", str(out / "all.jsonl"), "--force"]
    code = _signal_once_the_temporary_appears([*command, "--jobs", jobs], out, signum, delay=0.2)
    assert code == 128 + signum
    assert sorted(p.name for p in out.iterdir()) == ["all.jsonl"]
    assert (out / "all.jsonl").read_text(encoding="utf-8") == "my notes"


def _dead_pid() -> int:
    proc = subprocess.Popen(["true"])
    proc.wait()
    try:
        os.kill(proc.pid, 0)
    except ProcessLookupError:
        return proc.pid
    pytest.skip("the pid of a finished process was taken again at once")


def test_stale_temporaries_of_the_target_are_swept(tmp_path: Path) -> None:
    dead, now = _dead_pid(), time.time()
    names = {
        "dead_old": f".seed.json.{dead}.0123abcd.tmp",
        "unnamed_old": ".seed.json.k2x_9abq.tmp",  # tempfile.mkstemp's names, from older versions
        "dead_fresh": f".seed.json.{dead}.89abcdef.tmp",
        "alive_old": f".seed.json.{os.getpid()}.00000000.tmp",
        "other_target": f".other.json.{dead}.0123abcd.tmp",
        "not_ours": ".seed.json.notes.tmp",
    }
    ages = {"dead_old": 120, "unnamed_old": 7200, "dead_fresh": 0, "alive_old": 120, "other_target": 7200}
    for key, name in names.items():
        (tmp_path / name).write_text("half", encoding="utf-8")
        os.utime(tmp_path / name, (now - ages.get(key, 7200), now - ages.get(key, 7200)))
    link = tmp_path / f".seed.json.{dead}.fedcba98.tmp"
    link.symlink_to(tmp_path / ".other.json.keep")
    result = reader_proc("export", str(SEED), "-o", str(tmp_path / "seed.json"))
    assert result.code == 0, result.err
    left = {p.name for p in tmp_path.iterdir()}
    assert names["dead_old"] not in left and names["unnamed_old"] not in left
    kept = ("dead_fresh", "alive_old", "other_target", "not_ours")
    assert {names[key] for key in kept} | {link.name, "seed.json"} == left


def test_sweep_returns_what_it_removed(tmp_path: Path) -> None:
    stale = tmp_path / ".a.json.ab_cd123.tmp"
    stale.write_text("half", encoding="utf-8")
    assert sweep_stale(tmp_path / "a.json", now=time.time() + 3 * 3600) == [stale]
    assert not stale.exists()
