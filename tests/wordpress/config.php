<?php
/**
 * The test site's configuration, shared by the install script and the
 * router: everything comes from the environment the test harness sets
 * (tests/e2e/lib/wordpress.mjs), so nothing under /etc names this run's
 * paths. Debian's wp-config.php defines only what is not defined yet, and
 * requires a file /etc/wordpress/config-<WORDPRESS_CONFIG>.php to exist; the
 * harness writes an empty one for the run and removes it afterwards.
 */

$av_dir = getenv('AV_WP_DIR');
$av_url = getenv('AV_WP_URL');
if (!$av_dir || !$av_url) {
    fwrite(STDERR, "AV_WP_DIR and AV_WP_URL must be set\n");
    exit(2);
}
$_SERVER['WORDPRESS_CONFIG'] = getenv('AV_WP_CONFIG_NAME') ?: 'article-viewer-tests';
if (!isset($_SERVER['HTTP_HOST'])) {
    $_SERVER['HTTP_HOST'] = parse_url($av_url, PHP_URL_HOST) . ':' . parse_url($av_url, PHP_URL_PORT);
}

define('DB_NAME', 'wp');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
// A request in the `nodb` mode (see router.php) names a socket nobody
// listens on: to WordPress that is a stopped database server.
define('DB_HOST', 'localhost:' . (($GLOBALS['av_mode'] ?? '') === 'nodb' ? $av_dir . '/no-database.sock' : $av_dir . '/db.sock'));
define('DB_CHARSET', 'utf8mb4');
define('WP_HOME', $av_url);
define('WP_SITEURL', $av_url);
define('WP_CONTENT_DIR', $av_dir . '/wp-content');
define('WP_CONTENT_URL', $av_url . '/wp-content');
define('WP_ENVIRONMENT_TYPE', 'local');
define('DISABLE_WP_CRON', true);
// Offline: no update checks, no oEmbed requests (the mu-plugin answers YouTube's).
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_DEBUG', (bool) getenv('AV_WP_DEBUG'));
define('WP_DEBUG_DISPLAY', (bool) getenv('AV_WP_DEBUG'));
$table_prefix = 'wp_';
