<?php
/*
 * Gazette's test WordPress (scripts/wordpress/start.sh): what the instance's settings say.
 * - Anonymous comments through the REST API: the one setting a site needs for Gazette's comment
 *   form (docs/wordpress.md). A post with the meta `gazette_login_required` refuses them, as a
 *   site without this filter does, so the tests see WordPress's own refusal.
 * - Flood control (one comment per 15 s from an address) only where the option
 *   `gazette_flood_control` is on: the tests post from one address.
 */
add_filter('rest_allow_anonymous_comments', function ($allow, $request) {
    $post_id = (int) $request['post'];
    return !get_post_meta($post_id, 'gazette_login_required', true);
}, 10, 2);

if (!get_option('gazette_flood_control')) {
    add_filter('wp_is_comment_flood', '__return_false', 100);
}
