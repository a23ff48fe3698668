#!/bin/sh
# Upgrade one server in place (docs/deploy.md, section 4). As root:
#
#   sh /srv/veilig-in-beeld/app/deploy/upgrade.sh
#
# Stops at the first failing step (set -e), and says which. Every run first takes its own
# pre-upgrade backup (vib-backup pre-upgrade: a new, time-stamped file, never overwritten, never
# cleaned up by the nightly rotation), and notes it with the release it was taken from in
# BACKUP_DIR/pre-upgrade/UPGRADES.log: after a failed migration, repeating the upgrade keeps the
# dump taken *before* the first attempt. The new release goes live with `systemctl reload`
# (deploy/gunicorn-reload.sh: no refused connection, no stall); if the new code does not load,
# the old release keeps serving and this script fails.
#
# Environment: VIB_USER (vib), VIB_SERVICE (veilig-in-beeld), VIB_HOST (ALLOWED_HOSTS' first
# name, for the health check), BACKUP_DIR (/var/backups/veilig-in-beeld), and the site's
# environment file /etc/veilig-in-beeld.env (VIB_ENV_FILE).
set -eu
app=$(cd "$(dirname "$0")/.." && pwd)
user=${VIB_USER:-vib}
service=${VIB_SERVICE:-veilig-in-beeld}
env_file=${VIB_ENV_FILE:-/etc/veilig-in-beeld.env}
set -a; . "$env_file"; set +a
host=${VIB_HOST:-${ALLOWED_HOSTS%%,*}}
bind=${GUNICORN_BIND:-127.0.0.1:8000}
log=${BACKUP_DIR:-/var/backups/veilig-in-beeld}/pre-upgrade/UPGRADES.log
step() { printf '\n== %s\n' "$*"; }
as_site() { sudo -u "$user" env VIB_ENV_FILE="$env_file" "$@"; }
manage() { as_site sh -c 'set -a; . "$VIB_ENV_FILE"; set +a; exec .venv/bin/python manage.py "$@"' manage "$@"; }
trap 'status=$?; [ $status -eq 0 ] || echo "upgrade.sh: FAILED (exit $status); the release before keeps serving unless the migration ran: see docs/deploy.md, section 4" >&2' EXIT
cd "$app"
# git as the site's user: the checkout is vib's, and git (2.35.2 and later, Debian 12's 2.39) refuses
# a repository owned by another user ("dubious ownership") when root runs it.
release() { as_site git rev-parse --short HEAD; }

step "Backup before the upgrade (kept: $(dirname "$log"))"
before=$(release)
files=$(as_site /usr/local/bin/vib-backup pre-upgrade)
echo "$files"
echo "$(date -u +%Y-%m-%dT%H:%M:%SZ) release $before: $(echo "$files" | tr '\n' ' ')" | as_site tee -a "$log" > /dev/null

step "Code and packages"
as_site git pull --ff-only
as_site .venv/bin/pip install --disable-pip-version-check -r requirements.txt
echo "release $before -> $(release)"

step "Database migrations (before the reload: the running release must cope with them, docs/deploy.md)"
manage setup_database
as_site .venv/bin/pybabel compile --domain django --directory locale
manage collectstatic --noinput
manage check --deploy

step "Reload: the new release takes over without dropping a request"
systemctl reload "$service"
# The beacons' own gunicorn (docs/deploy.md, "The beacon pool"), reloaded the same way, if the site has one.
if systemctl is-active --quiet veilig-in-beeld-beacons.service; then
    systemctl reload veilig-in-beeld-beacons.service
fi
# The count flusher runs the code it started with; a restart at any moment loses and doubles no
# count (docs/reach.md). Only if it runs: a site with COUNTS_IN_REDIS=false has none.
if systemctl is-active --quiet vib-flush-counts.service; then
    systemctl restart vib-flush-counts.service
fi
curl -fsS -H "Host: $host" -H 'X-Forwarded-Proto: https' "http://$bind/healthz"
echo
echo "$(date -u +%Y-%m-%dT%H:%M:%SZ) release $(release) live" | as_site tee -a "$log" > /dev/null
