<?php
// Installs and fills a test WordPress (called by start.sh): categories, tags, several authors,
// posts covering every block kind Gazette imports (as the block editor saves them), hostile,
// protected, private, draft and sticky posts, a non-Latin slug, pictures with their sizes, and
// threaded comments. Dates are fixed so every run makes the same site.
// Never name a variable $post here: it is WordPress's global.
$_SERVER['HTTP_HOST'] = parse_url(getenv('GAZETTE_WP_URL'), PHP_URL_HOST);
$_SERVER['WORDPRESS_CONFIG'] = getenv('GAZETTE_WP_CONFIG');
$_SERVER['REQUEST_URI'] = '/';
define('WP_INSTALLING', true);
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/image.php';
require_once __DIR__ . '/fill-content.php';

wp_install('The Harbour Test Times', 'admin', 'admin@example.org', true, '', 'admin-password');
update_option('permalink_structure', '/%year%/%monthnum%/%postname%/');
update_option('posts_per_page', 10);
update_option('comment_previously_approved', 0);
update_option('comment_moderation', getenv('GAZETTE_WP_MODE') === 'moderated' ? 1 : 0);
update_option('gazette_flood_control', getenv('GAZETTE_WP_MODE') === 'moderated' ? 1 : 0);
update_option('thread_comments', 1);
update_option('thread_comments_depth', 5);
update_option('default_comment_status', 'open');
flush_rewrite_rules();
// The sample post, page and comment wp_install makes carry today's date: gone, so every run
// makes the same site.
foreach (get_posts(['post_type' => ['post', 'page'], 'post_status' => 'any', 'numberposts' => -1]) as $sample) {
    wp_delete_post($sample->ID, true);
}
// What an administrator (who has unfiltered_html) can paste: the hostile posts keep their
// scripts, so the import's own allowlist is what the tests check.
kses_remove_filters();

$ids = gazette_fill_site();
$generated = (int) getenv('GAZETTE_WP_GENERATED');
if ($generated > 0) {
    gazette_fill_generated($generated, $ids);
}
echo json_encode($ids, JSON_PRETTY_PRINT), "\n";
