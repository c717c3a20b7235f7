#!/usr/bin/env bash
# Restores a backup made by ops/backup.sh into a STOPPED product: the database is emptied
# (dropped and created again) and loaded from the dump, files included. Start the product after.
#   ops/restore.sh file.sql.gz
# Connection: see ops/db-connection.sh. The database server must be running. The embedded one runs
# only with the product: restore into it with `VENTANILLA_RESTORE=file.sql.gz mvn -Prun package`,
# which starts the embedded MariaDB, runs this script, and only then starts Payara Micro.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
[ $# -eq 1 ] && [ -r "$1" ] || { echo "usage: $0 backup.sql.gz" >&2; exit 2; }
. "$here/db-connection.sh"

mariadb --defaults-extra-file="$DB_OPTIONS" -e \
  "DROP DATABASE IF EXISTS \`$DB_NAME\`; CREATE DATABASE \`$DB_NAME\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
gzip -dc "$1" | mariadb --defaults-extra-file="$DB_OPTIONS" --default-character-set=utf8mb4 "$DB_NAME"
echo "Restored $1 into $DB_NAME on $DB_HOST:$DB_PORT"
