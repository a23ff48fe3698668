#!/bin/sh
# Zero-downtime reload of gunicorn (systemd's ExecReload; docs/deploy.md, "Reload or restart").
#
#   gunicorn-reload.sh PIDFILE [SECONDS]
#
# 1. USR2: the running master starts a new master from the code now on disk, on the same
#    listening socket. With preload_app (campaign/gunicorn_conf.py) the new master imports the
#    site before it writes PIDFILE.2, so that file means "the new code loaded"; its workers are
#    forked from it and take requests at once.
# 2. Until then the old workers keep answering. If the new code does not load, PIDFILE.2 never
#    appears: the script gives up after SECONDS (60), the old release keeps serving, exit 1.
# 3. PIDFILE gets the new master's pid *before* the old master leaves, so systemd (PIDFile=)
#    follows the new master instead of stopping the service; the old master does not remove a
#    pid file that is no longer its own.
# 4. TERM to the old master: a graceful stop (its workers finish what they are answering).
#    Not QUIT (gunicorn's quick stop) and not WINCH (ignored unless gunicorn is daemonised).
set -eu
pidfile=${1:?usage: gunicorn-reload.sh PIDFILE [SECONDS]}
limit=${2:-60}
old=$(cat "$pidfile")
kill -0 "$old"
kill -USR2 "$old"
waited=0
until [ -s "$pidfile.2" ] && new=$(cat "$pidfile.2") && [ -n "$new" ] && [ "$new" != "$old" ] && [ -n "$(ps -o pid= --ppid "$new")" ]; do
  if [ "$waited" -ge $((limit * 10)) ]; then
    echo "gunicorn-reload: the new master did not start within ${limit} s; the old one keeps serving" >&2
    exit 1
  fi
  sleep 0.1
  waited=$((waited + 1))
done
echo "$new" > "$pidfile.tmp" && mv "$pidfile.tmp" "$pidfile"
kill -TERM "$old"
echo "gunicorn-reload: master $old -> $new"
