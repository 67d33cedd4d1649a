#!/usr/bin/env bash
# Starts a real WordPress (Debian's packages, installed by scripts/setup.sh) on 127.0.0.1 for the
# tests and the bench, with a fresh database, filled by fill.php, and waits until it answers.
# usage: scripts/wordpress/start.sh DIR PORT [open|moderated] [GENERATED_POSTS]
#   DIR              this instance's folder: its wp-content (uploads, mu-plugin), log (created anew)
#   open|moderated   comments published at once, or held for moderation with flood control on
#   GENERATED_POSTS  extra generated posts after the fixed ones (the bench imports 10 000)
# Prints the PHP server's PID on stdout; stop it with `kill PID` (the database stays until the
# next start on the same port drops it).
set -euo pipefail
dir="$1" port="$2" mode="${3:-open}" generated="${4:-0}"
here="$(cd "$(dirname "$0")" && pwd)"
if [ "$(id -u)" = 0 ]; then SUDO=(); else SUDO=(sudo); fi
name="gazette$port"
url="http://127.0.0.1:$port"

# MariaDB: started once per machine (it may already run for another instance).
if ! mariadb-admin ping >/dev/null 2>&1; then
  "${SUDO[@]}" service mariadb start >/dev/null
fi
"${SUDO[@]}" mariadb -e "DROP DATABASE IF EXISTS $name; CREATE DATABASE $name;
  CREATE USER IF NOT EXISTS '$name'@'localhost' IDENTIFIED BY '$name';
  GRANT ALL ON $name.* TO '$name'@'localhost';"

# Debian's wp-config.php reads /etc/wordpress/config-<NAME>.php, NAME from WORDPRESS_CONFIG
# (set by router.php). Each instance has its own wp-content, so uploads and plugins never mix.
rm -rf "$dir" && mkdir -p "$dir/wp-content/mu-plugins" "$dir/wp-content/uploads"
cp "$here/mu-plugin.php" "$dir/wp-content/mu-plugins/gazette-test.php"
"${SUDO[@]}" tee "/etc/wordpress/config-$name.php" >/dev/null <<PHP
<?php
define('DB_NAME', '$name');
define('DB_USER', '$name');
define('DB_PASSWORD', '$name');
define('DB_HOST', 'localhost');
define('WP_HOME', '$url');
define('WP_SITEURL', '$url');
define('WP_CONTENT_DIR', '$dir/wp-content');
define('WP_CONTENT_URL', '$url/wp-content');
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('DISABLE_WP_CRON', true);
\$table_prefix = 'wp_';
PHP

GAZETTE_WP_CONFIG="$name" GAZETTE_WP_URL="$url" GAZETTE_WP_MODE="$mode" \
  GAZETTE_WP_GENERATED="$generated" php "$here/fill.php" > "$dir/fill.log" 2>&1 \
  || { echo "wordpress: filling $name failed:" >&2; cat "$dir/fill.log" >&2; exit 1; }

# One process answering one request at a time: PHP_CLI_SERVER_WORKERS would fork workers that
# outlive a `kill PID` of their parent and keep the port.
GAZETTE_WP_CONFIG="$name" GAZETTE_WP_CONTENT="$dir/wp-content" \
  php -S "127.0.0.1:$port" "$here/router.php" > "$dir/server.log" 2>&1 &
exec "$here/../wait-for-server.sh" "wordpress on port $port" $! "$url/wp-json/wp/v2/types" "$dir/server.log"
