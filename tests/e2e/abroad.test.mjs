// Jan (../shared/docs/people.md): 67, Dutch, lives in Málaga. His year
// abroad in the real app: what recurs, each task with its source, the
// embassy in Madrid named from the data shipped with the app, axe on every
// screen, and a screenshot of the view for the docs when E2E_SCREENSHOTS is
// set.

import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { SHOTS, checkAccessibility, launch, navLink, plain, text, type, waitForH1 } from './helpers.mjs';

describe('Jan in Málaga: living abroad, every year', { timeout: 180_000 }, () => {
  let browser;
  after(async () => {
    await browser?.deleteSession().catch(() => {});
  });

  it('sets up Wegwijs for someone who lives in Spain', async () => {
    browser = await launch();
    await waitForH1(browser, 'Welkom bij Wegwijs');
    await (await browser.$('button=Ik heb hem opgeschreven')).click();
    await type(browser, '#field-name', 'Jan de Boer');
    await type(browser, '#field-birth-day', '2');
    await type(browser, '#field-birth-month', '5');
    await type(browser, '#field-birth-year', '1959');
    await (await browser.$('label[for="field-lives-abroad"]')).click();
    await (await browser.$('#field-country')).selectByAttribute('value', 'ES');
    await (await browser.$('button[type="submit"]')).click();
    await waitForH1(browser, 'Hallo Jan de Boer');
    assert.equal(await text(browser, '[data-testid="profile-residence"]'), 'Spanje');
  });

  it('shows his year abroad with the embassy in Madrid, and nothing that is only for people at home', async () => {
    await (await navLink(browser, 'life-events')).click();
    await waitForH1(browser, 'Gebeurtenissen in je leven');
    await (await browser.$('.event-choice[data-event="living-abroad"]')).waitForDisplayed({ timeout: 10_000 });
    await (await browser.$('.event-choice[data-event="living-abroad"]')).click();
    await browser.waitUntil(async () => browser.execute(() => document.activeElement?.id === 'plan-date-title'), {
      timeoutMsg: 'focus did not move to the chosen event',
    });
    await type(browser, '#plan-date-day', '1');
    await type(browser, '#plan-date-month', '1');
    await type(browser, '#plan-date-year', '2027');
    await (await browser.$('.plan-request button[type="submit"]')).click();
    await (await browser.$('#plan-title')).waitForDisplayed({ timeout: 10_000 });

    const ids = await browser.execute(() => [...document.querySelectorAll('.plan-task')].map((t) => t.getAttribute('data-task')));
    for (const id of ['proof-of-life', 'passport', 'voting', 'digid', 'tax-return', 'cak']) {
      assert.ok(ids.includes(id), `${id} in ${ids}`);
    }
    const plan = plain(await text(browser, '.plan'));
    assert.match(plan, /Stuur een levensbewijs naar de SVB/);
    assert.match(plan, /Je woont in het buitenland\./);
    // The passport task, and only that one, names where to go in Spain.
    const missions = await browser.execute(() =>
      [...document.querySelectorAll('.plan-task__mission')].map((m) => [m.closest('.plan-task')?.getAttribute('data-task'), m.textContent.replace(/[\u2068\u2069]/g, '').replace(/\s+/g, ' ').trim(), m.querySelector('a')?.getAttribute('href')]),
    );
    assert.equal(missions.length, 1, JSON.stringify(missions));
    const [task, words, href] = missions[0];
    assert.equal(task, 'passport');
    assert.match(words, /De Nederlandse ambassade of het consulaat voor Spanje:/);
    assert.equal(href, 'https://www.nederlandwereldwijd.nl/contact/ambassades-consulaten-generaal/spanje/ambassade-madrid');
    await checkAccessibility(browser, 'living abroad plan');
    if (SHOTS) {
      await browser.execute(() => document.querySelector('.plan-task[data-task="passport"]')?.scrollIntoView({ block: 'start' }));
      await browser.saveScreenshot(join(SHOTS, 'abroad-nl-plan.png'));
    }
  });
});
