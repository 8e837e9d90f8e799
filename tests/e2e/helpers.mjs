// What every end-to-end test file shares: starting the app over WebDriver,
// axe-core, and the small steps a person takes (open a page, choose an
// option, type, wait for a heading).

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { remote } from 'webdriverio';

export const require = createRequire(import.meta.url);
export const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const APP = process.env.WEGWIJS_APP;
export const PORT = Number(process.env.WEBDRIVER_PORT ?? 4444);
// Screenshots only on request: WebKitWebDriver's screenshot command can hang
// under Xvfb, and the checks above do not need them.
export const SHOTS = process.env.E2E_SCREENSHOTS;

if (!APP) throw new Error('WEGWIJS_APP is not set: run these tests with `cargo xtask e2e`');

/** Starts the app (with `args`, e.g. `--today=…` in debug builds) and
 *  opens a WebDriver session on it. */
export async function launch(args = []) {
  const browser = await remote({
    hostname: '127.0.0.1',
    port: PORT,
    logLevel: 'error',
    connectionRetryCount: 1,
    capabilities: {
      browserName: 'wry',
      'tauri:options': { application: APP, args },
      'wdio:enforceWebDriverClassic': true,
    },
  });
  await browser.setTimeout({ implicit: 0, script: 30_000 });
  return browser;
}

/** Runs axe-core (WCAG 2.1 A/AA and best practices) and fails on any violation. */
export async function checkAccessibility(browser, screen, { screenshot = true } = {}) {
  const injected = await browser.execute(() => typeof window.axe !== 'undefined');
  if (!injected) await browser.execute(AXE_SOURCE);
  const json = await browser.executeAsync((done) => {
    window.axe
      .run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } })
      .then((r) => {
        const found = r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
        // axe leaves text in the very colour of its background (1:1) as
        // "needs review", not as a violation: for a person it is gone, so
        // it fails here (the header's lock button once was such text).
        for (const v of r.incomplete.filter((i) => i.id === 'color-contrast')) {
          const invisible = v.nodes.filter((n) => n.any.some((c) => c.data?.messageKey === 'equalRatio'));
          if (invisible.length > 0) found.push({ id: 'color-contrast-1:1', impact: 'serious', help: 'text in the colour of its background', nodes: invisible.map((n) => n.target.join(' ')) });
        }
        done(JSON.stringify(found));
      })
      .catch((e) => done(JSON.stringify([{ id: 'axe-failed', help: String(e), nodes: [] }])));
  });
  const violations = JSON.parse(json);
  assert.deepEqual(violations, [], `axe-core found violations on "${screen}":\n${JSON.stringify(violations, null, 2)}`);
  if (SHOTS && screenshot) await browser.saveScreenshot(join(SHOTS, `${screen.replace(/[^a-z0-9]+/gi, '-')}.png`));
}

/** Visible text without Fluent's Unicode bidi isolation marks. */
export function plain(text) {
  return text.replace(/[\u2068\u2069]/g, '');
}

export async function h1(browser) {
  const el = await browser.$('main h1');
  await el.waitForDisplayed({ timeout: 15_000 });
  return plain(await el.getText());
}

export const NAV = {
  start: '#/',
  home: '#/',
  'life-events': '#/life-events',
  documents: '#/documents',
  people: '#/people',
  status: '#/status',
  settings: '#/settings',
  glossary: '#/glossary',
};

export function navLink(browser, page) {
  return browser.$(`nav a[href="${NAV[page]}"]`);
}

/** Opens a page from the navigation as a person does, through the menu
 *  button where the window is narrow enough to have one. */
export async function openPage(browser, page) {
  const click = async () => {
    if (page === 'glossary') {
      await (await browser.$(`.site-footer a[href="${NAV.glossary}"]`)).click();
      return;
    }
    const menu = await browser.$('#nav-menu-button');
    if ((await menu.isExisting()) && (await menu.isDisplayed()) && (await menu.getAttribute('aria-expanded')) !== 'true') {
      await menu.click();
    }
    await (await navLink(browser, page)).click();
  };
  const arrived = async () => (await browser.execute(() => location.hash)) === NAV[page];
  await click();
  try {
    await browser.waitUntil(arrived, { timeout: 5_000 });
  } catch {
    // WebKitWebDriver clicks at coordinates; a page that is still settling
    // can move the link away under it. Say so, and click once more: a
    // second miss is a failure.
    console.log(`# the click on the link to ${page} did not arrive (at ${await browser.execute(() => location.hash)}); clicking again`);
    await click();
    await browser.waitUntil(arrived, { timeout: 10_000, timeoutMsg: `did not get to ${page}` });
  }
}

/** Waits for a condition; on a timeout the error says what was seen then
 *  (`seen` runs at that moment, not when the wait starts). */
export async function waitFor(browser, condition, what, seen, timeout = 10_000) {
  try {
    await browser.waitUntil(condition, { timeout });
  } catch {
    throw new Error(`${what}; saw: ${await seen().catch((e) => `(${e.message})`)}`);
  }
}

export async function waitForH1(browser, expected) {
  await waitFor(
    browser,
    async () => (await h1(browser)) === expected,
    `expected the page heading "${expected}"`,
    () => h1(browser),
    15_000,
  );
}

export async function htmlLang(browser) {
  return browser.execute(() => [document.documentElement.lang, document.documentElement.dir]);
}

/** Chooses a language in the header as a person does (a change on the
 *  select) and returns the time, measured in the page, to the first frame
 *  in it: its messages are loaded then, not before. */
export async function chooseLanguage(browser, lang) {
  const ms = await browser.executeAsync((tag, done) => {
    const select = document.querySelector('#header-language-select');
    const t0 = performance.now();
    select.value = tag;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    const check = () =>
      document.documentElement.lang === tag ? requestAnimationFrame(() => done(performance.now() - t0)) : setTimeout(check, 1);
    check();
  }, lang);
  await browser.waitUntil(async () => (await htmlLang(browser))[0] === lang, { timeoutMsg: `lang did not become ${lang}` });
  return ms;
}

/** Chooses the option with this text in a select, as a person does (a
 *  change on the select). The select is looked up afresh on each try, in
 *  case the page has drawn it anew (CI once did not find an option that
 *  every local run found), and a failure says what was offered instead. */
export async function chooseOption(browser, selector, label) {
  let seen = [];
  const found = await browser.waitUntil(
    async () => {
      const r = await browser.execute(
        (s, l) => {
          const select = document.querySelector(s);
          if (!select) return { done: false, seen: ['(no select)'] };
          const options = [...select.options];
          const o = options.find((x) => x.text.trim() === l);
          if (!o) return { done: false, seen: options.map((x) => x.text) };
          select.value = o.value;
          select.dispatchEvent(new Event('change', { bubbles: true }));
          return { done: true, seen: [] };
        },
        selector,
        label,
      );
      seen = r.seen;
      return r.done;
    },
    { timeout: 10_000 },
  ).catch(() => false);
  if (!found) throw new Error(`no option "${label}" in ${selector}; it offered: ${seen.join(' | ')}`);
}

export async function type(browser, selector, text) {
  const el = await browser.$(selector);
  await el.clearValue();
  if (text) await el.setValue(text);
  // WebDriver's clear does not always fire `input`, which Svelte listens to.
  else await browser.execute((s) => document.querySelector(s)?.dispatchEvent(new Event('input', { bubbles: true })), selector);
}

export async function value(browser, selector) {
  return (await browser.$(selector)).getValue();
}

export async function text(browser, selector) {
  return plain(await (await browser.$(selector)).getText());
}

/** A port on 127.0.0.1 that nothing listens on. */
export function freePort() {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** The real OpenID Provider the Rust tests use (oidc-provider.mjs). */
export async function startProvider() {
  const port = await freePort();
  const child = spawn(process.execPath, [new URL('./oidc-provider.mjs', import.meta.url).pathname, String(port)], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  await new Promise((resolve, reject) => {
    child.stdout.once('data', resolve);
    child.once('exit', () => reject(new Error('the test provider did not start')));
  });
  return { issuer: `http://127.0.0.1:${port}`, stop: () => child.kill() };
}

/** The fake ZGW provider: the Rust tests' own (crates/wegwijs-fake-zgw,
 *  whose every answer is checked against the Zaken and Catalogi schemas),
 *  built by `cargo xtask e2e`. Returns its Zaken API's address. */
export async function startZgw() {
  const program = process.env.WEGWIJS_FAKE_ZGW;
  assert.ok(program, 'WEGWIJS_FAKE_ZGW names the fake provider (cargo xtask e2e sets it)');
  const child = spawn(program, [], { stdio: ['ignore', 'pipe', 'ignore'] });
  const origin = await new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) resolve(out.trim());
    });
    child.once('exit', () => reject(new Error('the fake ZGW provider did not start')));
  });
  return { zaken: `${origin}/zaken/api/v1`, stop: () => child.kill() };
}

/** The person's browser: the address the app would have opened (the debug
 *  build writes it to WEGWIJS_TEST_BROWSER), followed through the
 *  provider's login and consent as `user`, and back to the app. */
export async function playBrowser(issuer, user) {
  const file = process.env.WEGWIJS_TEST_BROWSER;
  let url = '';
  for (let i = 0; i < 100 && !url; i++) {
    if (existsSync(file)) url = readFileSync(file, 'utf8').trim();
    else await new Promise((r) => setTimeout(r, 100));
  }
  assert.ok(url.startsWith(`${issuer}/auth?`), `the app opened the login page (${url})`);
  rmSync(file);
  assert.match(url, /code_challenge_method=S256/);
  const jar = new Map();
  for (let step = 0; step < 12; step++) {
    const r = await fetch(url, {
      redirect: 'manual',
      headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') },
    });
    for (const c of r.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const eq = pair.indexOf('=');
      jar.set(pair.slice(0, eq), pair.slice(eq + 1));
    }
    const location = r.headers.get('location');
    if (!location) return { status: r.status, page: await r.text() };
    const next = new URL(location, issuer).toString();
    if (next.includes('/callback?')) {
      const back = await fetch(next);
      return { status: back.status, page: await back.text() };
    }
    url = next.includes('/interaction/') ? `${next}/test?user=${user}` : next;
  }
  throw new Error('the provider never sent the browser back');
}
