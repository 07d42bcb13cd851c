<?php
/**
 * Plugin Name: article-viewer tests
 * Description: What the viewer's tests need of their WordPress: a `views` field on posts (the snippet the README
 * offers site owners), YouTube's oEmbed answered offline, and the failures a spec asks for by the request's mode
 * (see router.php).
 */

// The publisher's count, as the README's snippet exposes it: the `views` post meta.
add_action('rest_api_init', function () {
    register_rest_field('post', 'views', [
        'get_callback' => function ($post) {
            return (int) get_post_meta($post['id'], 'views', true);
        },
        'schema' => ['type' => 'integer', 'context' => ['view', 'embed']],
    ]);
});

// No network here: answer YouTube's oEmbed as YouTube does, so an embed block renders its real markup.
add_filter('pre_oembed_result', function ($result, $url) {
    if (preg_match('#youtube\.com/watch\?v=([A-Za-z0-9_-]+)#', $url, $m)) {
        return '<iframe title="A test video" width="500" height="281" src="https://www.youtube.com/embed/' . $m[1]
            . '?feature=oembed" frameborder="0" allow="accelerometer; autoplay; clipboard-write; encrypted-media;'
            . ' gyroscope; picture-in-picture; web-share" referrerpolicy="strict-origin-when-cross-origin"'
            . ' allowfullscreen></iframe>';
    }
    return $result;
}, 10, 2);

$av_mode = $GLOBALS['av_mode'] ?? '';

// `closed`: the posts routes refused to anonymous readers, as "disable REST API" plugins do.
if ($av_mode === 'closed') {
    add_filter('rest_pre_dispatch', function ($result, $server, $request) {
        if (str_starts_with($request->get_route(), '/wp/v2/')) {
            return new WP_Error('rest_cannot_access', 'The REST API is restricted to logged-in users.', ['status' => 401]);
        }
        return $result;
    }, 10, 3);
}

// `shrunk`: posts deleted after the reader's first page, so the next page
// is past the end: WordPress's own 400 for it.
if ($av_mode === 'shrunk') {
    add_filter('rest_pre_dispatch', function ($result, $server, $request) {
        if ($request->get_route() === '/wp/v2/posts' && (int) $request->get_param('page') >= 2) {
            return new WP_Error('rest_post_invalid_page_number',
                'The page number requested is larger than the number of pages available.', ['status' => 400]);
        }
        return $result;
    }, 10, 3);
}

// `author-error`: users hidden from the API (as security plugins do), so the embedded author is an error object.
if ($av_mode === 'author-error') {
    add_filter('rest_endpoints', function ($endpoints) {
        foreach ($endpoints as $route => &$handlers) {
            if (!str_starts_with($route, '/wp/v2/users')) {
                continue;
            }
            foreach ($handlers as &$handler) {
                if (is_array($handler) && isset($handler['callback'])) {
                    $handler['permission_callback'] = fn() => new WP_Error(
                        'rest_user_cannot_view', 'Sorry, you are not allowed to view this user.', ['status' => 401]);
                }
            }
        }
        return $endpoints;
    });
}
