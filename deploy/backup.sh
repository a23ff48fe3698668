#!/bin/sh
# Back up the database and the media; installed as /usr/local/bin/vib-backup (docs/deploy.md,
# "Backup and restore"). Run as the site's user.
#
#   vib-backup                 nightly: BACKUP_DIR/db-<date>T<time>Z.dump + media-<same>.tar.gz
#   vib-backup pre-upgrade     before an upgrade: the same into BACKUP_DIR/pre-upgrade/, which
#                              the 14-day clean-up never touches (delete those by hand)
#
# Every name carries the date and time to the second (UTC), and a file that exists is never
# overwritten: two runs on one day, or an upgrade repeated after a failed migration, each keep
# their own copy. The dump is written under a temporary name and renamed only when complete and
# readable (pg_restore --list). Database first, then media: a file newer than the dump is
# harmless, a row without its file is not.
#
# Environment: /etc/veilig-in-beeld.env (or VIB_ENV_FILE) when readable: DATABASE_URL,
# MEDIA_ROOT; BACKUP_DIR (default /var/backups/veilig-in-beeld); BACKUP_KEEP_DAYS (default 14).
set -eu
env_file=${VIB_ENV_FILE:-/etc/veilig-in-beeld.env}
if [ -r "$env_file" ]; then
  set -a; . "$env_file"; set +a
fi
: "${DATABASE_URL:?DATABASE_URL is not set}"
: "${MEDIA_ROOT:?MEDIA_ROOT is not set}"
dest=${BACKUP_DIR:-/var/backups/veilig-in-beeld}
keep_days=${BACKUP_KEEP_DAYS:-14}
case "${1:-}" in
  "") folder=$dest ;;
  pre-upgrade) folder=$dest/pre-upgrade ;;
  *) echo "usage: vib-backup [pre-upgrade]" >&2; exit 2 ;;
esac
umask 077                                    # backups hold staff accounts and drafts
mkdir -p "$folder"
# Claim both names atomically (noclobber creates a file only if there is none): a run in the same
# second as another takes the next second instead.
claim() { (set -C; : > "$1") 2> /dev/null; }
while :; do
  stamp=$(date -u +%Y-%m-%dT%H%M%SZ)
  db="$folder/db-$stamp.dump"
  media="$folder/media-$stamp.tar.gz"
  if claim "$db"; then
    claim "$media" && break
    rm -f "$db"
  fi
  sleep 1
done
# A failed run leaves nothing behind that looks like a backup.
trap 'status=$?; [ "$status" -eq 0 ] || rm -f "$db" "$db.part" "$media" "$media.part"' EXIT
pg_dump --format=custom --dbname="$DATABASE_URL" --file="$db.part"
pg_restore --list "$db.part" > /dev/null     # the dump is complete and readable
mv "$db.part" "$db"
tar -C "$MEDIA_ROOT" -czf "$media.part" .
tar -tzf "$media.part" > /dev/null
mv "$media.part" "$media"
echo "$db"
echo "$media"
# Nightly copies older than BACKUP_KEEP_DAYS go; pre-upgrade/ is left alone (-maxdepth 1).
find "$dest" -maxdepth 1 \( -name 'db-*.dump' -o -name 'media-*.tar.gz' \) -mtime +"$keep_days" -delete
