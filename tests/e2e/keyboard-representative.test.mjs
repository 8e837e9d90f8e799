// Ingrid's journey (../shared/docs/people.md) with the keyboard alone: she
// adds her father Henk, keeps the court's decision in her documents,
// records that she is his mentor (care) and his administrator (money) with
// that decision as evidence, and acts for him. Nothing is clicked.

import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { checkAccessibility, launch, text, waitFor, waitForH1 } from './helpers.mjs';
import { Key, activate, byId, byName, fill, focused, openByKeyboard, press, setUpByKeyboard, tabTo, typeKeys } from './keyboard.mjs';

/** Arrow keys move through a radio group and choose as they go (WebKit
 *  does not go round from the last to the first). */
async function chooseRadio(browser, id) {
  await tabTo(browser, (f) => f.id.startsWith('basis-'), 'the kind of representation');
  for (const key of [Key.ArrowDown, Key.ArrowUp]) {
    for (let i = 0; i < 8 && (await focused(browser)).id !== id; i++) await press(browser, key);
  }
  assert.equal((await focused(browser)).id, id);
  assert.ok(await browser.$(`#${id}`).isSelected(), `${id} is chosen`);
}

/** Typing on a closed list box picks the first option that starts so. */
async function chooseByTyping(browser, id, typed, expectedText) {
  await tabTo(browser, byId(id), `#${id}`);
  await typeKeys(browser, typed);
  await waitFor(
    browser,
    async () => browser.execute((s, t) => document.getElementById(s)?.selectedOptions[0]?.textContent.trim() === t, id, expectedText),
    `typing "${typed}" in #${id} did not choose "${expectedText}"`,
    () => browser.execute((s) => document.getElementById(s)?.selectedOptions[0]?.textContent, id),
  );
}

describe('Ingrid, keyboard only: acting for her father Henk', { timeout: 240_000 }, () => {
  let browser;
  after(async () => {
    await browser?.deleteSession().catch(() => {});
  });

  it('sets up Wegwijs and adds Henk to the people', async () => {
    browser = await launch();
    await setUpByKeyboard(browser, { name: 'Ingrid de Vries', day: '12', month: '5', year: '1972', municipality: 'Arnhem' });
    await openByKeyboard(browser, 'Mensen', 'Mensen');
    await fill(browser, 'person-name', 'Henk de Vries');
    await fill(browser, 'person-birth-day', '2');
    await fill(browser, 'person-birth-month', '3');
    await fill(browser, 'person-birth-year', '1944');
    await chooseByTyping(browser, 'person-relation', 'ou', 'ouder');
    await activate(browser, byName('Toevoegen'), 'adding Henk');
    await waitFor(browser, async () => (await text(browser, '.people-status')).includes('Henk de Vries is toegevoegd'), 'Henk was not added', () => text(browser, '.people-status'));
    assert.ok(!(await focused(browser)).lost, 'the focus is in the page after adding a person');
  });

  it("keeps the court's decision with her documents", async () => {
    await openByKeyboard(browser, 'Documenten', 'Documenten');
    await chooseByTyping(browser, 'doc-kind', 'Besluit', 'Besluit (brief van de overheid)');
    await activate(browser, byName('Bestanden kiezen…'), 'choosing files');
    await waitFor(browser, async () => (await text(browser, '.documents-status').catch(() => '')) === '2 documenten toegevoegd.', 'the files were not added', () => text(browser, '.documents-status'));
    assert.ok(!(await focused(browser)).lost, 'the focus is in the page after adding');
  });

  it('records mentorship (care) and administration (money) with the decision as evidence', async () => {
    await openByKeyboard(browser, 'Mensen', 'Mensen');
    for (const [n, basis, scope] of [[1, 'basis-mentorschap', 'scope-care'], [2, 'basis-beschermingsbewind', 'scope-finance']]) {
      await chooseByTyping(browser, 'grant-subject', 'Henk', 'Henk de Vries');
      await chooseRadio(browser, basis);
      await tabTo(browser, byId(scope), scope);
      await press(browser, Key.Space);
      assert.ok(await browser.$(`#${scope}`).isSelected(), `${scope} is ticked`);
      // The test's file dialog answers with the same two files every time:
      // the rental contract stands in for the court's decision.
      await chooseByTyping(browser, 'grant-evidence', 'huur', 'huurcontract');
      await activate(browser, byName('Vastleggen'), 'recording the representation');
      await waitFor(
        browser,
        async () => (await browser.$$('.rep')).length === n,
        `the ${basis} was not recorded`,
        () => browser.execute(() => [...document.querySelectorAll('.people-status, .error-summary, [role="alert"]')].map((e) => e.textContent).join(' | ')),
      );
      assert.match(await text(browser, '.people-status'), /voor Henk de Vries is vastgelegd/);
      assert.ok(!(await focused(browser)).lost, 'the focus is in the page after recording');
    }
    await checkAccessibility(browser, 'keyboard: people with two representations');
  });

  it("acts for Henk, sees the banner on every page, and stops", async () => {
    await activate(browser, (f) => f.tag === 'button' && f.name === 'Optreden voor Henk de Vries', 'acting for Henk', { max: 200 });
    await waitFor(browser, async () => (await browser.$$('.acting-banner')).length === 1, 'no banner', () => focused(browser));
    assert.match(await text(browser, '.acting-banner'), /Je treedt nu op voor Henk de Vries/);
    assert.ok(!(await focused(browser)).lost, 'the focus is in the page when acting starts');
    await openByKeyboard(browser, 'Gebeurtenissen', 'Gebeurtenissen in je leven');
    assert.ok(await (await browser.$('.acting-banner')).isDisplayed(), 'the banner is on the life events too');
    // The banner's stop button comes early in the order: it is the first
    // thing after the navigation.
    await activate(browser, byName('Stoppen met optreden voor Henk de Vries'), 'stopping', { max: 200 });
    await waitForH1(browser, 'Mensen');
    assert.equal((await browser.$$('.acting-banner')).length, 0);
    assert.ok(!(await focused(browser)).lost, 'the focus is in the page after acting stops');
    await checkAccessibility(browser, 'keyboard: acting stopped');
  });
});
