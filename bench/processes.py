"""Starting a server or command of this project the way the bench and the fault tests need it.

Both start gunicorn (and the fault tests manage.py) as a child in its own session, so that it
can be stopped by its process group id without touching anything else on the machine, with its
output in a log file that an error message can quote.
"""

import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def start_logged(command, log, env):
    """Popen ``command`` in the project folder, output to ``log`` (a Path), no stdin, own session."""
    with log.open("w") as out:
        return subprocess.Popen(
            command,
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )


def give_way(pid, nice):
    """Run the session of ``pid`` (started with its own session) at CPU priority ``nice``.

    Why not only `nice`: with the kernel's autogroup scheduling (the default on Debian), the CPU is
    shared first between sessions and a process's nice only counts inside its own session, so a
    server started in a session of its own with `nice -n 10` still gets as much CPU as any other
    session. Its session's nice (/proc/<pid>/autogroup) is what ranks it against the others. A
    systemd service has no session: there CPUWeight does this (docs/deploy.md). Where the file is
    missing (no autogroup) the process's own nice is all there is, and enough."""
    try:
        Path(f"/proc/{pid}/autogroup").write_text(str(nice))
    except OSError:
        pass
