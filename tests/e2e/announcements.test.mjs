// Announcements near your address (issue: Berichten over uw Buurt on the
// device), in the real app against the fake PDOK and SRU services that
// `cargo xtask e2e` starts: nothing is asked before it is turned on; the
// address found is confirmed; the list and the map; one marked read; the
// home screen's one signal; a failed check keeps what was found; off
// forgets it. axe on every screen, and the page at 320 px.

import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { SHOTS, checkAccessibility, launch, openPage, plain, text, type, waitFor, waitForH1 } from './helpers.mjs';
import { measureLayout } from './layout.mjs';

const FAKE = process.env.WEGWIJS_FAKE_ANNOUNCE;
const asked = async () => Number(await (await fetch(`${FAKE}/_asked`)).text());
const mode = (name) => fetch(`${FAKE}/_mode/${name}`);
const clean = (s) => s.replace(/[\u2068\u2069]/g, '');

describe('Announcements near the address', { timeout: 300_000 }, () => {
  let browser;
  after(async () => {
    await browser?.deleteSession().catch(() => {});
  });

  it('asks nothing of the services before it is turned on', async () => {
    assert.ok(FAKE, 'WEGWIJS_FAKE_ANNOUNCE is set by cargo xtask e2e');
    await mode('normal');
    browser = await launch();
    await waitForH1(browser, 'Welkom bij Wegwijs');
    await (await browser.$('button=Ik heb hem opgeschreven')).click();
    await type(browser, '#field-name', 'Anna-Maria van den Berg-Oudshoorn');
    await type(browser, '#field-birth-day', '14');
    await type(browser, '#field-birth-month', '3');
    await type(browser, '#field-birth-year', '1984');
    await (await browser.$('label[for="field-lives-nl"]')).click();
    await type(browser, '#field-municipality', 'Utrecht');
    await (await browser.$('button[type="submit"]')).click();
    await waitForH1(browser, 'Hallo Anna-Maria van den Berg-Oudshoorn');
    await openPage(browser, 'status');
    await (await browser.$('#neighbourhood-off')).waitForDisplayed({ timeout: 10_000 });
    assert.match(await text(browser, '#neighbourhood-off'), /Wegwijs vraagt niets tot je het aanzet/);
    await checkAccessibility(browser, 'announcements off');
    assert.equal(await asked(), 0, 'no request before the person turned it on');
  });

  it('finds the address, asks to confirm it, then shows the list and the map', async () => {
    await type(browser, '#neighbourhood-postcode', '3512 jc');
    await type(browser, '#neighbourhood-number', '7');
    await (await browser.$('#neighbourhood-find')).click();
    await (await browser.$('#neighbourhood-number-error')).waitForDisplayed({ timeout: 10_000 });
    assert.match(await text(browser, '#neighbourhood-number-error'), /Er is geen adres gevonden/);
    await checkAccessibility(browser, 'address not found');

    await type(browser, '#neighbourhood-number', '1');
    await (await browser.$('#neighbourhood-find')).click();
    await (await browser.$('#neighbourhood-found')).waitForDisplayed({ timeout: 10_000 });
    await browser.waitUntil(async () => browser.execute(() => document.activeElement?.id === 'neighbourhood-found'), {
      timeoutMsg: 'focus did not move to the address found',
    });
    assert.equal(await text(browser, '.neighbourhood-confirm__address'), 'Domplein 1, 3512JC Utrecht');
    await checkAccessibility(browser, 'confirm the address');
    const lookups = await asked();
    assert.equal(lookups, 2, 'two lookups, no search for announcements yet');

    await (await browser.$('#neighbourhood-confirm')).click();
    await waitFor(
      browser,
      async () => (await browser.$$('.announcement')).length === 6,
      'six announcements within 500 m',
      async () => (await browser.$$('.announcement')).length,
      20_000,
    );
    assert.match(clean(await text(browser, '#neighbourhood-watching')), /binnen 500 meter van Domplein 1, 3512JC Utrecht/);
    assert.match(clean(await text(browser, '.neighbourhood-status')), /6 nieuw, 6 in totaal/);
    const titles = await browser.execute(() => [...document.querySelectorAll('.announcement__title')].map((h) => h.textContent.replace(/\s+/g, ' ').trim()));
    assert.ok(titles[0].includes('Melding evenement Domplein'), titles.join(' | '));
    assert.ok(!titles.some((t) => t.includes('Maliebaan')), 'the one 1.5 km away is left out');
    const permit = plain(await text(browser, '.announcement[data-id="gmb-2026-500001"]'));
    assert.match(permit, /120 meter hiervandaan/);
    assert.match(permit, /Laatste dag om te reageren:/);
    // The map: the address and six points, with a text alternative.
    assert.equal((await browser.$$('.neighbourhood-map .map__item')).length, 6);
    assert.match(clean(await (await browser.$('.neighbourhood-map')).getAttribute('aria-label')), /6 berichten binnen 500 meter/);
    await checkAccessibility(browser, 'announcements list and map');
    if (SHOTS) {
      await browser.execute(() => document.getElementById('neighbourhood-watching')?.scrollIntoView({ block: 'start' }));
      await browser.saveScreenshot(join(SHOTS, 'announcements-nl-map.png'));
      await browser.execute(() => document.getElementById('neighbourhood-list-title')?.scrollIntoView({ block: 'start' }));
      await browser.saveScreenshot(join(SHOTS, 'announcements-nl-list.png'));
    }
  });

  it('marks one read, filters, and shows one signal on the home screen', async () => {
    await (await browser.$('.announcement[data-id="gmb-2026-500001"] .announcement__read')).click();
    await waitFor(
      browser,
      async () => (await browser.$$('.announcement--new')).length === 5,
      'five unread',
      async () => (await browser.$$('.announcement--new')).length,
    );
    await (await browser.$('label[for="neighbourhood-unread"]')).click();
    await waitFor(browser, async () => (await browser.$$('.announcement')).length === 5, 'only unread shown', async () => (await browser.$$('.announcement')).length);
    await (await browser.$('label[for="neighbourhood-unread"]')).click();
    await (await browser.$('#neighbourhood-kind')).selectByAttribute('value', 'kappen');
    await waitFor(browser, async () => (await browser.$$('.announcement')).length === 1, 'one about felling', async () => (await browser.$$('.announcement')).length);
    await checkAccessibility(browser, 'announcements filtered');

    await openPage(browser, 'home');
    await (await browser.$('.signal[data-event="announcements-new"]')).waitForDisplayed({ timeout: 10_000 });
    assert.equal((await browser.$$('.signal[data-event="announcements-new"]')).length, 1, 'one signal, not one per announcement');
    assert.match(clean(await text(browser, '.signal[data-event="announcements-new"]')), /5 nieuwe berichten over je buurt/);
    assert.ok((await browser.$$('.signal[data-event="announcement-respond"]')).length >= 1, 'the last day to respond is a signal');
    await checkAccessibility(browser, 'home with announcement signals');
    await (await browser.$('.signal[data-event="announcements-new"] a')).click();
    await browser.waitUntil(async () => browser.execute(() => document.activeElement?.id === 'neighbourhood-title'), {
      timeout: 10_000,
      timeoutMsg: 'the signal did not lead to the announcements',
    });
  });

  it('fits a phone at 320 px', async () => {
    await browser.setWindowSize(320, 720);
    await (await browser.$('.neighbourhood-map')).waitForDisplayed({ timeout: 10_000 });
    const m = await measureLayout(browser);
    assert.deepEqual(m.outside, [], 'nothing sticks out sideways at 320 px');
    await checkAccessibility(browser, 'announcements at 320 px');
    if (SHOTS) {
      await browser.execute(() => document.querySelector('.neighbourhood-map')?.scrollIntoView({ block: 'start' }));
      await browser.saveScreenshot(join(SHOTS, 'announcements-nl-320.png'));
    }
    await browser.setWindowSize(1024, 800);
  });

  it('keeps what it found when the service fails, and forgets it all when turned off', async () => {
    await mode('fail');
    await (await browser.$('#neighbourhood-check')).click();
    await (await browser.$('.neighbourhood .utrecht-alert, .neighbourhood [role="alert"]')).waitForDisplayed({ timeout: 10_000 });
    assert.match(plain(await text(browser, '.neighbourhood')), /Er ging iets mis bij de dienst voor berichten/);
    assert.equal((await browser.$$('.announcement')).length >= 1, true, 'the list is still there');
    await checkAccessibility(browser, 'check failed');
    await mode('normal');
    await (await browser.$('#neighbourhood-disable')).click();
    await (await browser.$('#neighbourhood-off')).waitForDisplayed({ timeout: 10_000 });
    assert.equal((await browser.$$('.announcement')).length, 0);
    assert.match(clean(await text(browser, '.neighbourhood-status')), /Je adres en wat er gevonden is, zijn gewist/);
  });
});
