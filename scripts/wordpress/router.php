<?php
// The router of PHP's built-in server for a test WordPress (scripts/wordpress/start.sh): static
// files of WordPress and of this instance's wp-content are served as they are; every other
// request goes to WordPress's index.php, as Apache's rewrite rules would send it.
$_SERVER['WORDPRESS_CONFIG'] = getenv('GAZETTE_WP_CONFIG');
$path = rawurldecode(parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH) ?? '/');
$content_dir = getenv('GAZETTE_WP_CONTENT');
if (str_starts_with($path, '/wp-content/') && !str_contains($path, '..')) {
    $file = $content_dir . substr($path, strlen('/wp-content'));
    if (is_file($file) && !str_ends_with($file, '.php')) {
        $types = ['jpg' => 'image/jpeg', 'jpeg' => 'image/jpeg', 'png' => 'image/png', 'gif' => 'image/gif', 'webp' => 'image/webp', 'css' => 'text/css', 'js' => 'text/javascript'];
        $ext = strtolower(pathinfo($file, PATHINFO_EXTENSION));
        header('Content-Type: ' . ($types[$ext] ?? 'application/octet-stream'));
        header('Content-Length: ' . filesize($file));
        readfile($file);
        return true;
    }
}
if ($path !== '/' && is_file('/usr/share/wordpress' . $path) && !str_ends_with($path, '.php')) {
    return false;
}
chdir('/usr/share/wordpress');
$_SERVER['SCRIPT_NAME'] = '/index.php';
$_SERVER['SCRIPT_FILENAME'] = '/usr/share/wordpress/index.php';
$_SERVER['PHP_SELF'] = '/index.php';
require '/usr/share/wordpress/index.php';
