// A real WordPress on 127.0.0.1 for the tests, from Debian's packages
// (`wordpress`, `mariadb-server`, `php-cli`, `php-mysql`, `php-gd`; `cargo
// xtask setup` installs them): a private MariaDB on a socket in a throwaway
// directory, PHP's built-in server with tests/wordpress/router.php, the site
// installed and filled by tests/wordpress/install.php. Nothing is left
// running or written outside the directory, except an empty
// /etc/wordpress/config-<name>.php that Debian's wp-config.php requires,
// removed again on stop.
//
// As a command, it runs another with the site up and stops it afterwards,
// so the whole test run shares one site:
//   node lib/wordpress.mjs -- npm test
// The command sees AV_WORDPRESS_URL (the site) and AV_WORDPRESS_SEED (what
// install.php made, as JSON).

import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, mkdir, rm, symlink, writeFile, copyFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const SITE_FILES = resolve(HERE, '../../wordpress');

function freePort() {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => ok(port));
    });
  });
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed (${result.status ?? result.signal}):\n${result.stderr}${result.stdout}`);
  }
  return result.stdout;
}

async function waitFor(what, test, timeoutMs = 30000) {
  const deadline = Date.now() + timeoutMs;
  let last;
  while (Date.now() < deadline) {
    try {
      if (await test()) return;
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what} did not come up within ${timeoutMs} ms${last ? `: ${last.message}` : ''}`);
}

/** Starts the site; resolves to { url, seed, stop }. */
export async function startWordPress() {
  const started = Date.now();
  const dir = await mkdtemp(join(tmpdir(), 'av-wordpress-'));
  const configName = `article-viewer-tests-${process.pid}`;
  const etcConfig = `/etc/wordpress/config-${configName}.php`;
  const children = [];
  // Should this process end without stop() (a crash), take the servers with it.
  process.once('exit', () => {
    for (const child of children) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  });
  const stop = async () => {
    for (const child of children.reverse()) {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        // The whole group: PHP's server forks its workers.
        process.kill(-child.pid, 'SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 10000))]);
        if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid, 'SIGKILL');
      }
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // the group is gone, as it should be
      }
    }
    await rm(etcConfig, { force: true });
    await rm(dir, { recursive: true, force: true });
  };
  try {
    // The database: private, on a socket, with no network port at all.
    const socket = join(dir, 'db.sock');
    run('mariadb-install-db', ['--no-defaults', `--datadir=${join(dir, 'db')}`, '--user=root',
      '--auth-root-authentication-method=socket', '--skip-test-db']);
    const db = spawn('mariadbd', ['--no-defaults', '--user=root', `--datadir=${join(dir, 'db')}`,
      `--socket=${socket}`, '--skip-networking', '--skip-name-resolve', `--pid-file=${join(dir, 'db.pid')}`,
      '--innodb-buffer-pool-size=32M', '--innodb-log-file-size=8M'], { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
    children.push(db);
    let dbLog = '';
    db.stderr.on('data', (chunk) => { dbLog += chunk; });
    const mariadb = (sql) => run('mariadb', ['--no-defaults', '-S', socket, '-u', 'root', '-e', sql]);
    await waitFor('MariaDB', () => {
      if (db.exitCode !== null) throw new Error(`mariadbd exited: ${dbLog}`);
      mariadb('SELECT 1');
      return true;
    });
    mariadb('CREATE DATABASE wp CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci');

    // The content directory: uploads, the test theme and the mu-plugin.
    const content = join(dir, 'wp-content');
    await mkdir(join(content, 'mu-plugins'), { recursive: true });
    await mkdir(join(content, 'themes'), { recursive: true });
    await mkdir(join(content, 'uploads'), { recursive: true });
    await copyFile(join(SITE_FILES, 'mu-plugins/article-viewer-tests.php'), join(content, 'mu-plugins/article-viewer-tests.php'));
    await symlink(join(SITE_FILES, 'theme/article-viewer-tests'), join(content, 'themes/article-viewer-tests'));
    await writeFile(etcConfig, '<?php\n// article-viewer tests: tests/wordpress/config.php defines everything; removed when the run ends.\n');

    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const env = { ...process.env, AV_WP_DIR: dir, AV_WP_URL: url, AV_WP_CONFIG_NAME: configName };
    const seed = JSON.parse(run('php', [join(SITE_FILES, 'install.php')], { env, cwd: SITE_FILES }).trim().split('\n').pop());

    const server = spawn('php', ['-S', `127.0.0.1:${port}`, '-t', '/usr/share/wordpress', join(SITE_FILES, 'router.php')], {
      env: { ...env, PHP_CLI_SERVER_WORKERS: '4' },
      stdio: ['ignore', 'ignore', 'pipe'],
      detached: true,
    });
    children.push(server);
    let serverLog = '';
    server.stderr.on('data', (chunk) => { serverLog = (serverLog + chunk).slice(-4000); });
    await waitFor('WordPress', async () => {
      if (server.exitCode !== null) throw new Error(`php -S exited: ${serverLog}`);
      const response = await fetch(`${url}/wp-json/`);
      return response.ok;
    });
    return { url, seed, dir, stop, startedInMs: Date.now() - started };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The site's address for a spec: the run's site, which `node lib/wordpress.mjs -- …` started. */
export function wordpressSite() {
  const url = process.env.AV_WORDPRESS_URL;
  if (!url) {
    throw new Error('no WordPress site: run the specs through `node lib/wordpress.mjs -- node --test …` (npm test does)');
  }
  return { url, seed: JSON.parse(process.env.AV_WORDPRESS_SEED || '{}') };
}

const AVATAR_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAwS2OUAAAAABJRU5ErkJggg==';

/**
 * Routes a browser context's requests the way a reader of this site would
 * see them answered: its https addresses by the site over http (the viewer
 * asks for images over https, as browsers upgrade mixed content, and this
 * test site has no TLS), and Gravatar's avatars (offline here) by a local
 * picture. Returns a function that drops the routes before the context
 * closes: a lazy image still in flight then has nowhere to go, and its
 * late error is expected, not a failure.
 */
export async function routeSiteMedia(context, site) {
  await context.route(`https://127.0.0.1:${new URL(site.url).port}/**`, async (route) => {
    let response;
    try {
      response = await route.fetch({ url: route.request().url().replace(/^https:/, 'http:') });
    } catch {
      // Offline (context.setOffline), as a reader's image would fail.
      await route.abort('internetdisconnected').catch(() => {});
      return;
    }
    await route.fulfill({ response });
  });
  await context.route('https://*.gravatar.com/**', (route) =>
    route.fulfill({ contentType: 'image/png', body: Buffer.from(AVATAR_PNG, 'base64') }));
  return async () => {
    await context.unrouteAll({ behavior: 'ignoreErrors' });
    await context.close();
  };
}

/** What the site's REST API answers for `route`, as JSON. */
export async function askWordPress(site, route) {
  const response = await fetch(`${site.url}/wp-json/${route}`);
  if (!response.ok) throw new Error(`${route}: HTTP ${response.status}`);
  return response.json();
}

/**
 * Every post of the site, newest first, as the viewer names them: the id is
 * the decoded slug, the title as WordPress renders it, and the site's own
 * `views` count.
 */
export async function wordpressPosts(site) {
  const posts = await askWordPress(site, 'wp/v2/posts?per_page=100&_fields=slug,title,views');
  return posts.map((post) => ({ id: decodeURIComponent(post.slug), title: post.title.rendered, views: post.views }));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--');
  const command = at >= 0 ? process.argv.slice(at + 1) : [];
  if (command.length === 0) {
    console.error('usage: node lib/wordpress.mjs -- <command> [args…]');
    process.exit(2);
  }
  const site = await startWordPress();
  console.error(`wordpress: ${site.url} up in ${site.startedInMs} ms (${site.seed.posts.length} posts)`);
  const child = spawn(command[0], command.slice(1), {
    stdio: 'inherit',
    env: { ...process.env, AV_WORDPRESS_URL: site.url, AV_WORDPRESS_SEED: JSON.stringify(site.seed) },
  });
  const forward = (signal) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  const code = await new Promise((r) => child.once('exit', (status, signal) => r(status ?? (signal ? 1 : 0))));
  await site.stop();
  process.exit(code);
}
