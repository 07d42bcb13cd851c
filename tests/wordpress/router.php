<?php
/**
 * The router of `php -S` for the test site. Uploads live outside
 * WordPress's directory (in the run's content directory); every other path
 * that is not a file goes to index.php, as pretty permalinks need.
 *
 * A first path segment `/mode-<name>/` picks a failure for that request
 * only, so specs running one after another share one site:
 * - `html`: an HTML page answers everything, with CORS headers as the API's
 *   own (a cache or a security plugin in front of the API; without CORS a
 *   page on another origin could not read it at all);
 * - `nodb`: the database cannot be reached;
 * - `closed`, `author-error`, `shrunk`: read by the mu-plugin (the REST API
 *   closed to readers; the embedded author an error object; every page after
 *   the first past the end, as when posts were deleted meanwhile).
 */

$av_path = parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH) ?: '/';
$av_mode = '';
if (preg_match('#^/mode-([a-z-]+)(/.*)?$#', $av_path, $m)) {
    $av_mode = $m[1];
    $av_path = ($m[2] ?? '') ?: '/';
    $_SERVER['REQUEST_URI'] = substr($_SERVER['REQUEST_URI'], strlen('/mode-' . $av_mode)) ?: '/';
    if ($_SERVER['REQUEST_URI'][0] !== '/') {
        $_SERVER['REQUEST_URI'] = '/' . $_SERVER['REQUEST_URI'];
    }
}
$GLOBALS['av_mode'] = $av_mode;
// WordPress reads the path from PATH_INFO first, which still has the prefix.
unset($_SERVER['PATH_INFO'], $_SERVER['ORIG_PATH_INFO']);

if ($av_mode === 'html') {
    header('Content-Type: text/html; charset=UTF-8');
    header('Access-Control-Allow-Origin: *');
    echo "<!DOCTYPE html><html><head><title>Just a moment...</title></head><body><p>Checking your browser before accessing the site.</p></body></html>";
    return true;
}

require __DIR__ . '/config.php';

if (str_starts_with($av_path, '/wp-content/uploads/')) {
    $file = WP_CONTENT_DIR . substr($av_path, strlen('/wp-content'));
    if (!is_file($file) || str_contains($av_path, '..')) {
        http_response_code(404);
        return true;
    }
    header('Content-Type: ' . (mime_content_type($file) ?: 'application/octet-stream'));
    header('Content-Length: ' . filesize($file));
    readfile($file);
    return true;
}

$file = '/usr/share/wordpress' . $av_path;
if ($av_path !== '/' && is_file($file) && !str_ends_with($file, '.php')) {
    return false;
}
if ($av_path !== '/' && is_file($file)) {
    $_SERVER['SCRIPT_NAME'] = $av_path;
    $_SERVER['PHP_SELF'] = $av_path;
    chdir(dirname($file));
    require $file;
    return true;
}
$_SERVER['SCRIPT_NAME'] = '/index.php';
$_SERVER['PHP_SELF'] = '/index.php';
require '/usr/share/wordpress/index.php';
