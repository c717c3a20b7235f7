# Sourced by backup.sh and restore.sh: which MariaDB server and database, and a client options
# file holding the password (never on the command line, where `ps` would show it).
#   External server: DB_URL=jdbc:mariadb://host:port/database, DB_USER, DB_PASSWORD.
#   Embedded (README command 1, no DB_URL): 127.0.0.1, port EMBEDDED_DB_PORT (3307), user root,
#   password in $VENTANILLA_HOME/db-password (default ~/.ventanilla), database ventanilla.
set -euo pipefail

if [ -n "${DB_URL:-}" ]; then
  rest="${DB_URL#jdbc:mariadb://}"
  rest="${rest#jdbc:mysql://}"
  hostport="${rest%%/*}"
  database="${rest#*/}"
  database="${database%%\?*}"
  [ "$database" = "$rest" ] && database=""
  DB_HOST="${hostport%%:*}"
  DB_PORT="3306"
  [ "$hostport" != "$DB_HOST" ] && DB_PORT="${hostport#*:}"
  DB_NAME="${database:-ventanilla}"
  DB_LOGIN="${DB_USER:-root}"
  DB_SECRET="${DB_PASSWORD:-}"
else
  home="${VENTANILLA_HOME:-$HOME/.ventanilla}"
  DB_HOST=127.0.0.1
  DB_PORT="${EMBEDDED_DB_PORT:-3307}"
  DB_NAME=ventanilla
  DB_LOGIN=root
  if [ ! -r "$home/db-password" ]; then
    echo "No DB_URL and no $home/db-password: where is the database?" >&2
    exit 2
  fi
  DB_SECRET="$(tr -d '\r\n' < "$home/db-password")"
fi

DB_OPTIONS="$(mktemp)"
chmod 600 "$DB_OPTIONS"
trap 'rm -f "$DB_OPTIONS"' EXIT
printf '[client]\nhost=%s\nport=%s\nuser=%s\npassword="%s"\nprotocol=TCP\n' \
  "$DB_HOST" "$DB_PORT" "$DB_LOGIN" "$DB_SECRET" > "$DB_OPTIONS"
