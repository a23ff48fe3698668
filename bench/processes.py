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
