#!/bin/sh
# Restore drill: does a backup really bring the site back? (docs/deploy.md, "Backup and restore")
#
#   deploy/restore-drill.sh [DB_DUMP [MEDIA_ARCHIVE]]
#
# Restores DB_DUMP (a `pg_dump --format=custom` file; without one, a fresh dump of DATABASE_URL)
# into a scratch database with a unique name on the same server, applies the migrations the code
# has and the dump lacks (setup_database), runs Django's checks against it and asks the site for
# its home pages and some live pages from it (manage.py check_served_site: every answer 200).
# MEDIA_ARCHIVE, when given, must list as a readable tar.gz. The scratch database is dropped at
# the end, also after a failure. The live database, media and Redis are only read.
#
# Environment: the site's own (DATABASE_URL postgres://…, and for the production settings
# SECRET_KEY, ALLOWED_HOSTS, REDIS_URL); PYTHON (default .venv/bin/python); DRILL_ADMIN_URL, a
# connection allowed to CREATE and DROP databases (default: DATABASE_URL's user on the database
# "postgres"; give the site's role CREATEDB, or point this at another role).
set -eu
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-.venv/bin/python}
: "${DATABASE_URL:?set DATABASE_URL (postgres://user@host:port/database), e.g. from /etc/veilig-in-beeld.env}"
case "$DATABASE_URL" in
  postgres://* | postgresql://*) ;;
  *) echo "restore-drill: DATABASE_URL is not PostgreSQL" >&2; exit 2 ;;
esac

started=$(date +%s)
base=${DATABASE_URL%%\?*}              # without ?sslmode=… (kept in $query)
query=${DATABASE_URL#"$base"}
source_db=${base##*/}
server=${base%/*}                       # postgres://user:password@host:port
credentials=${server#*://}
owner=""
case "$credentials" in *@*) owner=${credentials%%@*}; owner=${owner%%:*} ;; esac
scratch="${source_db}_drill_$(date -u +%Y%m%d_%H%M%S)_$$"
admin=${DRILL_ADMIN_URL:-$server/postgres$query}
scratch_url="$server/$scratch$query"
work=$(mktemp -d)
created=""

finish() {
  status=$?
  if [ -n "$created" ]; then
    if psql -q "$admin" -c "DROP DATABASE IF EXISTS \"$scratch\"" >/dev/null; then
      echo "restore-drill: scratch database $scratch dropped"
    else
      echo "restore-drill: could not drop $scratch; drop it by hand" >&2
    fi
  fi
  rm -rf "$work"
  if [ "$status" -eq 0 ]; then
    echo "restore-drill: PASSED in $(($(date +%s) - started)) s"
  else
    echo "restore-drill: FAILED (exit $status)" >&2
  fi
}
trap finish EXIT

if [ $# -ge 1 ]; then
  dump=$1
else
  dump="$work/drill.dump"
  pg_dump --format=custom --dbname="$DATABASE_URL" --file="$dump"
fi
pg_restore --list "$dump" > "$work/contents"      # readable to the end, or stop here
echo "restore-drill: $dump ($(wc -c < "$dump") bytes, $(grep -c 'TABLE DATA' "$work/contents") tables with data)"
if [ $# -ge 2 ]; then
  tar -tzf "$2" > "$work/media"
  echo "restore-drill: $2 lists $(grep -vc '/$' "$work/media") files"
fi

psql -q -v ON_ERROR_STOP=1 "$admin" -c "CREATE DATABASE \"$scratch\"${owner:+ OWNER \"$owner\"}"
created=yes
pg_restore --no-owner --exit-on-error --dbname="$scratch_url" "$dump"
echo "restore-drill: restored into $scratch"
DATABASE_URL=$scratch_url "$PYTHON" manage.py setup_database --verbosity 0
DATABASE_URL=$scratch_url "$PYTHON" manage.py check --database default
DATABASE_URL=$scratch_url "$PYTHON" manage.py check_served_site
