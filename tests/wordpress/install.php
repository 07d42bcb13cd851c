<?php
/**
 * Installs the test site without a browser (as WordPress's own test
 * bootstrap does) and fills it with posts written for the viewer's tests:
 * Arabic and English, two authors with bios, categories and tags, a featured
 * image uploaded as an attachment, Gutenberg content (an image with a caption,
 * a gallery, a YouTube embed, a table, a quote), a title full of characters
 * WordPress turns into references, `views` counts, and enough posts for a
 * second page. Prints what it made as JSON.
 *
 * Run by tests/e2e/lib/wordpress.mjs: php install.php (env: see config.php).
 */

define('WP_INSTALLING', true);
require __DIR__ . '/config.php';

// No mail on this machine: the new site's notification is a no-op.
function wp_new_blog_notification() {}

require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';

// With a permalink structure already set, the installer does not probe the
// (not yet running) site for pretty permalinks.
add_filter('pre_option_permalink_structure', fn() => '/%postname%/');
$installed = wp_install('أخبار الاختبار', 'admin', 'admin@example.test', true, '', 'admin-password-for-tests', '');
remove_all_filters('pre_option_permalink_structure');
update_option('permalink_structure', '/%postname%/');
update_option('timezone_string', 'Asia/Dubai');
update_option('show_avatars', 1);
// The harness links tests/wordpress/theme/ into the content directory.
update_option('template', 'article-viewer-tests');
update_option('stylesheet', 'article-viewer-tests');
foreach (get_posts(['post_type' => ['post', 'page'], 'post_status' => 'any', 'numberposts' => -1]) as $sample) {
    wp_delete_post($sample->ID, true);
}

require_once ABSPATH . 'wp-admin/includes/image.php';
require_once ABSPATH . 'wp-admin/includes/file.php';
require_once ABSPATH . 'wp-admin/includes/media.php';
wp_set_current_user($installed['user_id']);
kses_remove_filters();

$sara = wp_insert_user([
    'user_login' => 'sara', 'user_pass' => wp_generate_password(), 'user_email' => 'sara@example.test',
    'display_name' => 'سارة الأحمد', 'role' => 'author',
    'description' => 'صحفية تكتب عن التقنية والاقتصاد في الخليج منذ عشر سنوات.',
]);
$daniel = wp_insert_user([
    'user_login' => 'daniel', 'user_pass' => wp_generate_password(), 'user_email' => 'daniel@example.test',
    'display_name' => 'Daniel Reed & Co', 'role' => 'author',
    'description' => 'Daniel writes about science for a general audience.',
]);

$tech = wp_insert_term('تقنية', 'category')['term_id'];
$economy = wp_insert_term('اقتصاد', 'category')['term_id'];
$science = wp_insert_term('Science & Nature', 'category')['term_id'];

/** A JPEG drawn with GD, uploaded as an attachment (WordPress makes its sizes). */
function av_image(string $name, int $width, int $height, array $rgb, string $alt): int {
    $image = imagecreatetruecolor($width, $height);
    imagefill($image, 0, 0, imagecolorallocate($image, ...$rgb));
    $stripe = imagecolorallocate($image, 255, 255, 255);
    imagefilledrectangle($image, 0, intdiv($height, 2) - 10, $width, intdiv($height, 2) + 10, $stripe);
    $tmp = wp_tempnam($name);
    imagejpeg($image, $tmp, 80);
    $id = media_handle_sideload(['name' => "$name.jpg", 'tmp_name' => $tmp], 0);
    if (is_wp_error($id)) {
        fwrite(STDERR, $id->get_error_message() . "\n");
        exit(1);
    }
    update_post_meta($id, '_wp_attachment_image_alt', $alt);
    return $id;
}

$lead = av_image('newsroom', 1600, 900, [30, 90, 160], 'غرفة أخبار فيها شاشات كثيرة');
$first = av_image('gallery-one', 1200, 800, [160, 60, 40], 'الصورة الأولى في المعرض');
$second = av_image('gallery-two', 1200, 800, [40, 140, 60], 'الصورة الثانية في المعرض');
$src = fn(int $id) => wp_get_attachment_image_url($id, 'large');

$blocks = <<<HTML
<!-- wp:paragraph -->
<p>تعتمد غرف الأخبار اليوم على أدوات الذكاء الاصطناعي (Artificial Intelligence) في التحرير والترجمة والتحقق من الصور، وتقول المؤسسات إن ذلك يوفر وقت الصحفيين للعمل الميداني.</p>
<!-- /wp:paragraph -->

<!-- wp:image {"id":$first,"sizeSlug":"large","linkDestination":"none"} -->
<figure class="wp-block-image size-large"><img src="{$src($first)}" alt="الصورة الأولى في المعرض" class="wp-image-$first"/><figcaption class="wp-element-caption">شاشة التحرير في إحدى الغرف</figcaption></figure>
<!-- /wp:image -->

<!-- wp:heading -->
<h2 class="wp-block-heading">ما الذي تغيّر؟</h2>
<!-- /wp:heading -->

<!-- wp:gallery {"linkTo":"none"} -->
<figure class="wp-block-gallery has-nested-images columns-default is-cropped"><!-- wp:image {"id":$first,"sizeSlug":"large","linkDestination":"none"} -->
<figure class="wp-block-image size-large"><img src="{$src($first)}" alt="الصورة الأولى في المعرض" class="wp-image-$first"/></figure>
<!-- /wp:image -->

<!-- wp:image {"id":$second,"sizeSlug":"large","linkDestination":"none"} -->
<figure class="wp-block-image size-large"><img src="{$src($second)}" alt="الصورة الثانية في المعرض" class="wp-image-$second"/></figure>
<!-- /wp:image --><figcaption class="blocks-gallery-caption wp-element-caption">معرض من غرفة الأخبار</figcaption></figure>
<!-- /wp:gallery -->

<!-- wp:embed {"url":"https://www.youtube.com/watch?v=aqz-KE-bpKQ","type":"video","providerNameSlug":"youtube","responsive":true,"className":"wp-embed-aspect-16-9 wp-has-aspect-ratio"} -->
<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube wp-embed-aspect-16-9 wp-has-aspect-ratio"><div class="wp-block-embed__wrapper">
https://www.youtube.com/watch?v=aqz-KE-bpKQ
</div><figcaption class="wp-element-caption">مقابلة مع رئيسة التحرير</figcaption></figure>
<!-- /wp:embed -->

<!-- wp:table -->
<figure class="wp-block-table"><table><thead><tr><th>الأداة</th><th>الاستخدام</th></tr></thead><tbody><tr><td>الترجمة الآلية</td><td>الأخبار العاجلة</td></tr><tr><td>التحقق من الصور</td><td>التقارير الميدانية</td></tr></tbody></table><figcaption class="wp-element-caption">أدوات شائعة في غرف الأخبار</figcaption></figure>
<!-- /wp:table -->

<!-- wp:quote -->
<blockquote class="wp-block-quote"><!-- wp:paragraph -->
<p>الأداة لا تكتب الخبر، لكنها تمنحنا وقتًا لنكتبه جيدًا.</p>
<!-- /wp:paragraph --><cite>رئيسة التحرير</cite></blockquote>
<!-- /wp:quote -->
HTML;

$made = [];
$when = strtotime('2026-11-30 09:00:00');
// Not `$post`: that is WordPress's own global.
/** One published post, `$age` hours before the newest, in the site's zone. */
$add_post = function (array $fields, int $age) use (&$made, $when) {
    $id = wp_insert_post($fields + [
        'post_status' => 'publish',
        'post_date' => date('Y-m-d H:i:s', $when - $age * 3600),
    ], true);
    if (is_wp_error($id)) {
        fwrite(STDERR, $id->get_error_message() . "\n");
        exit(1);
    }
    $made[] = ['id' => $id, 'slug' => get_post_field('post_name', $id)];
    return $id;
};

$main = $add_post([
    'post_title' => 'الذكاء الاصطناعي يغيّر عمل غرف الأخبار',
    'post_content' => $blocks,
    'post_excerpt' => '',
    'post_author' => $sara,
    'post_category' => [$tech],
    'tags_input' => ['ذكاء اصطناعي', 'صحافة'],
], 0);
set_post_thumbnail($main, $lead);
update_post_meta($main, 'views', 1234);

$related = $add_post([
    'post_title' => 'شركات التقنية تتسابق على صناعة الرقائق',
    'post_content' => "<!-- wp:paragraph -->\n<p>تتسابق شركات التقنية الكبرى على بناء مصانع جديدة للرقائق الإلكترونية في المنطقة.</p>\n<!-- /wp:paragraph -->",
    'post_author' => $sara,
    'post_category' => [$tech],
    'tags_input' => ['رقائق'],
], 1);
update_post_meta($related, 'views', 57);

$add_post([
    'post_title' => 'أسعار النفط ترتفع مع تراجع المخزون',
    'post_content' => "<!-- wp:paragraph -->\n<p>ارتفعت أسعار النفط في تعاملات اليوم بعد أن أظهرت البيانات تراجع المخزون الأمريكي.</p>\n<!-- /wp:paragraph -->",
    'post_author' => $sara,
    'post_category' => [$economy],
], 2);

$english = $add_post([
    'post_title' => 'Q&A: "Why do leaves change colour?" -- a scientist\'s answer...',
    'post_content' => "<!-- wp:paragraph -->\n<p>Every autumn the same question arrives: why do the leaves turn red and gold? A plant biologist explains the chemistry behind it.</p>\n<!-- /wp:paragraph -->",
    'post_author' => $daniel,
    'post_category' => [$science],
    'tags_input' => ['Botany', 'Q&A'],
], 3);
update_post_meta($english, 'views', 9);

// Older posts, enough for a second page of the sidebar's pages of twenty.
for ($n = 1; $n <= 22; $n++) {
    $arabic = $n % 2 === 1;
    $add_post([
        'post_title' => $arabic ? "نشرة الأخبار رقم $n" : "Morning briefing number $n",
        'post_content' => $arabic
            ? "<!-- wp:paragraph -->\n<p>هذه نشرة قصيرة تلخص أبرز الأخبار المحلية والدولية لهذا اليوم.</p>\n<!-- /wp:paragraph -->"
            : "<!-- wp:paragraph -->\n<p>A short briefing of the day's local and international news, written for the tests.</p>\n<!-- /wp:paragraph -->",
        'post_author' => $arabic ? $sara : $daniel,
        'post_category' => [$arabic ? $economy : $science],
    ], 24 * $n);
}

echo json_encode(['posts' => $made, 'featured' => $lead, 'main' => $main], JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES), "\n";
