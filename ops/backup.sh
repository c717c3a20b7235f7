#!/usr/bin/env bash
# Backs up Ventanilla: one consistent mariadb-dump of its database, which holds everything,
# cases, history, users and every stored file (attachments, originals, raw mails live in the
# database in chunks: attachments/ContentStore). Safe while the product runs (one transaction).
#   ops/backup.sh [file.sql.gz]      default: ventanilla-YYYYMMDD-HHMMSS.sql.gz
# Connection: see ops/db-connection.sh (embedded database by default, or DB_URL/DB_USER/DB_PASSWORD).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
. "$here/db-connection.sh"

out="${1:-ventanilla-$(date +%Y%m%d-%H%M%S).sql.gz}"
tmp="$out.partial"
mariadb-dump --defaults-extra-file="$DB_OPTIONS" \
  --single-transaction --quick --hex-blob --routines --triggers --events \
  --default-character-set=utf8mb4 "$DB_NAME" | gzip -6 > "$tmp"
mv "$tmp" "$out"
echo "Backup of $DB_NAME on $DB_HOST:$DB_PORT written to $out ($(du -h "$out" | cut -f1))"
