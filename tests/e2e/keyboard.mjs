// Keyboard only: keys pressed as WebDriver actions, the way a keyboard
// presses them (they reach the webview because `cargo xtask e2e` runs a
// window manager that gives its window the focus), and where the focus is
// after each press: never lost, always visible, in reading order.

import assert from 'node:assert/strict';
import { Key } from 'webdriverio';
import { waitFor, waitForH1 } from './helpers.mjs';

/** Where the focus is, and whether a person can see it. */
export async function focused(browser) {
  return browser.execute(() => {
    const el = document.activeElement;
    if (!el || el === document.body || el === document.documentElement) return { lost: true, tag: 'body' };
    const style = getComputedStyle(el);
    const rect = el.getBoundingClientRect();
    const name = (el.labels?.[0]?.textContent ?? el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/[\s\u2068\u2069]+/g, ' ').trim();
    // The tab order, as the document gives it (no positive tabindex is used).
    const all = [...document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])')];
    return {
      lost: false,
      tag: el.tagName.toLowerCase(),
      id: el.id,
      name: name.slice(0, 80),
      order: all.indexOf(el),
      count: all.length,
      nav: el.closest('nav') !== null,
      // :focus-visible is what the keyboard gets; the style is app.css's.
      visible:
        el.matches(':focus-visible') &&
        ((style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none'),
      onScreen: rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.top < window.innerHeight,
    };
  });
}

function describeStop(f) {
  return f.lost ? '(nothing: the focus was lost)' : `${f.tag}${f.id ? `#${f.id}` : ''} "${f.name}"`;
}

export async function press(browser, key) {
  await browser.action('key').down(key).up(key).perform();
}

async function pressTab(browser, backwards) {
  const a = browser.action('key');
  if (backwards) a.down(Key.Shift);
  a.down(Key.Tab).up(Key.Tab);
  if (backwards) a.up(Key.Shift);
  await a.perform();
}

/** Types text into whatever has the focus, each key pressed and let go
 *  before the next (`browser.keys` holds them all down at once, as a
 *  chord: a repeated letter then comes through only once). */
export async function typeKeys(browser, text) {
  const a = browser.action('key');
  for (const c of text) a.down(c).up(c);
  await a.perform();
}

/** Presses Tab (or Shift+Tab) until the focus is on a stop that `wanted`
 *  accepts. Every stop on the way must show its focus, be on the screen and
 *  come after the one before it in the document: a failure lists the way. */
export async function tabTo(browser, wanted, what, { max = 60, backwards = false } = {}) {
  const way = [];
  let before = await focused(browser);
  for (let i = 0; i < max; i++) {
    await pressTab(browser, backwards);
    const f = await focused(browser);
    way.push(describeStop(f));
    assert.ok(!f.lost, `the focus was lost on the way to ${what}: ${way.join(' → ')}`);
    assert.ok(f.visible, `no visible focus on ${describeStop(f)} on the way to ${what}`);
    assert.ok(f.onScreen, `${describeStop(f)} has the focus but is not on the screen`);
    // Past the last stop Tab starts again at the first, as in any browser.
    const wentBack = backwards ? f.order > before.order : f.order < before.order;
    const wrapped = backwards ? f.order === f.count - 1 : f.order === 0;
    if (!before.lost && before.order >= 0 && wentBack && !wrapped && !wanted(f)) {
      assert.fail(`Tab went back up the page on the way to ${what}: ${way.join(' → ')}`);
    }
    if (wanted(f)) return f;
    before = f;
  }
  assert.fail(`${what} not reached in ${max} presses of Tab: ${way.join(' → ')}`);
}

export const byId = (id) => (f) => f.id === id;
export const byName = (re) => (f) => (typeof re === 'string' ? f.name === re : re.test(f.name));

/** Tabs to a field and types into it. */
export async function fill(browser, id, text) {
  await tabTo(browser, byId(id), `#${id}`);
  await typeKeys(browser, text);
}

/** Tabs to a button or link and presses Enter on it. */
export async function activate(browser, wanted, what, opts) {
  const f = await tabTo(browser, wanted, what, opts);
  await press(browser, Key.Enter);
  return f;
}

/** The first start, by keyboard: the skip link, the recovery key, and the
 *  profile of someone living in the Netherlands. */
export async function setUpByKeyboard(browser, { name, day, month, year, municipality }) {
  await waitForH1(browser, 'Welkom bij Wegwijs');
  // The first Tab reaches the skip link, which takes the focus to the content.
  const skip = await tabTo(browser, () => true, 'the first stop');
  assert.equal(skip.name, 'Ga direct naar de inhoud');
  await press(browser, Key.Enter);
  assert.equal((await focused(browser)).id, 'main');

  await activate(browser, byName('Ik heb hem opgeschreven'), 'the recovery key button');
  await waitFor(browser, async () => !(await browser.$('[data-testid="recovery-key"]').isExisting()), 'the recovery key stays', () => focused(browser));
  assert.ok(!(await focused(browser)).lost, 'the focus stays in the page after the recovery key is put away');

  await fill(browser, 'field-name', name);
  await fill(browser, 'field-birth-day', day);
  await fill(browser, 'field-birth-month', month);
  await fill(browser, 'field-birth-year', year);
  await tabTo(browser, byId('field-lives-nl'), 'living in the Netherlands');
  await press(browser, Key.Space);
  await fill(browser, 'field-municipality', municipality);
  await activate(browser, (f) => f.tag === 'button' && f.name === 'Opslaan en verder', 'the submit button');
  await waitForH1(browser, `Hallo ${name}`);
  assert.ok(!(await focused(browser)).lost, 'the focus is in the page after the profile is saved');
}

/** Opens a page from the navigation by keyboard: Tab goes on past the end
 *  of the page and starts again at the top, where the navigation is. */
export async function openByKeyboard(browser, label, heading) {
  await activate(browser, (f) => f.tag === 'a' && f.name === label && f.nav, `the link to ${label}`, { max: 200 });
  await waitForH1(browser, heading);
  assert.equal((await focused(browser)).tag, 'h1', 'a new page gives its heading the focus');
}

export { Key };
