<?php
// Pictures for the test WordPress: real JPEG files drawn with GD, made into attachments whose
// sizes (thumbnail, medium, large…) WordPress itself generates, as an upload would.

function gazette_picture(string $name, int $width, int $height, array $rgb, string $alt, string $caption, string $credit, int $author): int {
    $uploads = wp_upload_dir('2026/11');
    wp_mkdir_p($uploads['path']);
    $file = $uploads['path'] . "/$name.jpg";
    $image = imagecreatetruecolor($width, $height);
    for ($y = 0; $y < $height; $y += 4) {
        $shade = (int) (80 * $y / $height);
        $colour = imagecolorallocate($image, min(255, $rgb[0] + $shade), min(255, $rgb[1] + $shade), min(255, $rgb[2] + $shade));
        imagefilledrectangle($image, 0, $y, $width, $y + 3, $colour);
    }
    $white = imagecolorallocate($image, 255, 255, 255);
    imagefilledellipse($image, (int) ($width * 0.7), (int) ($height * 0.35), (int) ($height * 0.3), (int) ($height * 0.3), $white);
    imagejpeg($image, $file, 82);
    imagedestroy($image);

    $id = wp_insert_attachment([
        'post_title' => $name,
        'post_mime_type' => 'image/jpeg',
        'post_excerpt' => $caption,
        'post_status' => 'inherit',
        'post_author' => $author,
        'guid' => $uploads['url'] . "/$name.jpg",
    ], $file);
    $meta = wp_generate_attachment_metadata($id, $file);
    // The credit a photo's IPTC data would carry, where WordPress keeps it.
    $meta['image_meta']['credit'] = $credit;
    wp_update_attachment_metadata($id, $meta);
    update_post_meta($id, '_wp_attachment_image_alt', $alt);
    return $id;
}

/** The block editor's image block for an attachment, at its large size, with a caption. */
function gazette_image_block(int $id, string $caption): string {
    $src = wp_get_attachment_image_url($id, 'large');
    $meta = wp_get_attachment_metadata($id);
    $size = $meta['sizes']['large'] ?? ['width' => $meta['width'], 'height' => $meta['height']];
    $alt = esc_attr(get_post_meta($id, '_wp_attachment_image_alt', true));
    $figcaption = $caption === '' ? '' : "<figcaption class=\"wp-element-caption\">$caption</figcaption>";
    return "<figure class=\"wp-block-image size-large\"><img decoding=\"async\" loading=\"lazy\" width=\"{$size['width']}\" height=\"{$size['height']}\" src=\"$src\" alt=\"$alt\" class=\"wp-image-$id\"/>$figcaption</figure>";
}

/** A gallery block as WordPress 6.1 saves it: one image block per picture inside a figure. */
function gazette_gallery_block(array $pictures, string $caption): string {
    $inner = '';
    foreach ($pictures as [$id, $picture_caption]) {
        $inner .= gazette_image_block($id, $picture_caption);
    }
    return "<figure class=\"wp-block-gallery has-nested-images columns-default is-cropped\">$inner<figcaption class=\"blocks-gallery-caption wp-element-caption\">$caption</figcaption></figure>";
}

/** Threaded comments as readers left them: [author, email, text, replies[]], approved. */
function gazette_comments(int $post_id, array $thread, int $parent = 0, string $date = '2026-11-20 09:00:00'): string {
    foreach ($thread as $i => [$author, $email, $text, $replies]) {
        $date = gmdate('Y-m-d H:i:s', strtotime($date) + 600 * ($i + 1));
        $id = wp_insert_comment([
            'comment_post_ID' => $post_id,
            'comment_author' => $author,
            'comment_author_email' => $email,
            'comment_content' => $text,
            'comment_parent' => $parent,
            'comment_approved' => 1,
            'comment_date' => $date,
            'comment_date_gmt' => $date,
        ]);
        $date = gazette_comments($post_id, $replies, $id, $date);
    }
    return $date;
}
