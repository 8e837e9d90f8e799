// Samira's journey (../shared/docs/people.md) with the keyboard alone: set
// up Wegwijs, make the birth plan, keep it, tick a task off, and add a
// document. Every step is a key press; nothing is clicked.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { checkAccessibility, launch, text, waitFor } from './helpers.mjs';
import { startSpeechd } from './speechd.mjs';
import { Key, activate, byId, byName, fill, focused, openByKeyboard, press, setUpByKeyboard, tabTo, typeKeys } from './keyboard.mjs';

describe('Samira, keyboard only: the birth plan and a document', { timeout: 240_000 }, () => {
  let browser;
  // A speech service with Dutch, English and Arabic voices (no Frisian).
  let speechd;
  before(async () => {
    speechd = await startSpeechd(process.env.SPEECHD_SOCKET, ['nl', 'en-GB', 'ar']);
  });
  after(async () => {
    await browser?.deleteSession().catch(() => {});
    speechd?.stop();
  });

  it('sets up Wegwijs: skip link, recovery key, profile', async () => {
    browser = await launch();
    await setUpByKeyboard(browser, { name: 'Samira El Amrani', day: '14', month: '3', year: '1995', municipality: 'Rotterdam' });
    assert.equal(await text(browser, '[data-testid="profile-residence"]'), 'Rotterdam, Nederland');
    assert.ok(!(await focused(browser)).lost, 'the focus is in the page after the profile is saved');
    await checkAccessibility(browser, 'keyboard: home');
  });

  it('makes the birth plan, keeps it, ticks a task off and writes a note', async () => {
    await openByKeyboard(browser, 'Gebeurtenissen', 'Gebeurtenissen in je leven');
    await activate(browser, (f) => f.tag === 'button' && f.name.startsWith('Een kind krijgen'), 'the birth event');
    await waitFor(browser, async () => (await focused(browser)).id === 'plan-date-title', 'the focus did not move to the date', () => focused(browser));

    await fill(browser, 'plan-date-day', '27');
    await fill(browser, 'plan-date-month', '11');
    await fill(browser, 'plan-date-year', '2026');
    // Enter in a field sends its form, as everywhere.
    await press(browser, Key.Enter);
    await (await browser.$('#plan-title')).waitForDisplayed({ timeout: 10_000 });
    assert.match(await text(browser, '#plan-title'), /27 november 2026/);
    assert.match(await text(browser, '.plan'), /Uiterlijk 1 december 2026/);
    assert.ok(!(await focused(browser)).lost, 'the focus is in the page when the plan appears');

    await activate(browser, byName('Bewaar dit plan'), 'keeping the plan');
    await (await browser.$('.plan-task input[type="checkbox"]')).waitForExist({ timeout: 10_000 });
    const taskId = await browser.execute(() => document.querySelector('.plan-task')?.getAttribute('data-task'));
    assert.ok(!(await focused(browser)).lost, 'the focus is in the page after keeping the plan');
    await tabTo(browser, byId(`task-${taskId}-done`), 'the first task\'s checkbox');
    await press(browser, Key.Space);
    await waitFor(
      browser,
      async () => (await browser.$(`.plan-task[data-task="${taskId}"]`).getAttribute('class')).includes('plan-task--done'),
      'Space on the checkbox did not tick the task off',
      () => focused(browser),
    );
    await fill(browser, `task-${taskId}-note`, 'Afspraak gemaakt');
    await activate(browser, byName('Notitie opslaan'), 'saving the note');
    await waitFor(browser, async () => /Je notitie is opgeslagen/.test(await text(browser, '.plan-actions__status')), 'the note was not saved', () => text(browser, '.plan-actions__status'));
    await checkAccessibility(browser, 'keyboard: kept plan');
  });

  it('reads the plan and a task aloud in Dutch, and stops', async () => {
    const spoken = () => {
      // The lines after the last SPEAK, up to its closing dot.
      const at = speechd.heard.lastIndexOf('SPEAK');
      return at < 0 ? [] : speechd.heard.slice(at + 1, speechd.heard.indexOf('.', at));
    };
    const plan = await activate(browser, byName(/^Lees het plan voor/), 'reading the plan aloud', { backwards: true });
    assert.equal(plan.name, 'Lees het plan voor: Een kind krijgen');
    await waitFor(browser, async () => spoken().length > 0, 'nothing was sent to the speech service', () => JSON.stringify(speechd.heard));
    const before = speechd.heard.slice(0, speechd.heard.lastIndexOf('SPEAK'));
    assert.equal(before.filter((l) => l.startsWith('SET self LANGUAGE')).at(-1), 'SET self LANGUAGE nl');
    const text = spoken().join('\n');
    assert.match(text, /27 november 2026/);
    assert.match(text, /Geef de geboorte aan bij de gemeente/);
    assert.match(text, /Uiterlijk 1 december 2026/);
    assert.doesNotMatch(text, /Notitie opslaan|Lees voor|\u2068/, 'buttons and isolation marks are not read');
    // The same button now stops, and keeps the focus.
    await waitFor(browser, async () => (await focused(browser)).name === 'Stop met voorlezen: Een kind krijgen', 'the button did not become Stop', () => focused(browser));
    const cancels = speechd.heard.filter((l) => l === 'CANCEL self').length;
    await press(browser, Key.Enter);
    await waitFor(browser, async () => speechd.heard.filter((l) => l === 'CANCEL self').length > cancels, 'Stop did not stop the speech', () => JSON.stringify(speechd.heard.slice(-5)));
    await waitFor(browser, async () => /^Lees het plan voor/.test((await focused(browser)).name), 'the button did not turn back', () => focused(browser));

    // One task: only its own text.
    await activate(browser, byName(/^Lees voor: Geef de geboorte aan/), 'reading the first task aloud');
    await waitFor(browser, async () => /^Geef de geboorte aan/.test(spoken()[0] ?? ''), 'the task was not read', () => JSON.stringify(spoken()));
    assert.ok(!spoken().some((l) => /27 november 2026/.test(l) && /Een kind krijgen/.test(l)), 'not the whole plan');
    await checkAccessibility(browser, 'keyboard: reading a task aloud');
    await press(browser, Key.Enter);
  });

  it('adds a birth certificate, finds, edits and deletes a document', async () => {
    await openByKeyboard(browser, 'Documenten', 'Documenten');
    await tabTo(browser, byId('doc-kind'), 'the kind of document');
    // Typing on a closed list box picks the option that starts so.
    await typeKeys(browser, 'Geboorte');
    await waitFor(browser, async () => (await browser.$('#doc-kind').getValue()) === 'birth-certificate', 'typing did not choose the kind', () => browser.$('#doc-kind').getValue());
    await activate(browser, byName('Bestanden kiezen…'), 'choosing files');
    await waitFor(browser, async () => (await text(browser, '.documents-status').catch(() => '')) === '2 documenten toegevoegd.', 'the files were not added', () => text(browser, '.documents-status'));
    assert.ok(!(await focused(browser)).lost, 'the focus is in the page after adding');
    assert.equal((await browser.$$('.document')).length, 2);

    await fill(browser, 'doc-search', 'huur');
    await waitFor(browser, async () => (await browser.$$('.document')).length === 1, 'the search did not find the one document', async () => (await browser.$$('.document')).length);
    await activate(browser, (f) => f.tag === 'button' && /^Wijzigen/.test(f.name), "the document's edit button");
    await waitFor(browser, async () => /^edit-.*-title$/.test((await focused(browser)).id), 'the edit form did not take the focus', () => focused(browser));
    await press(browser, Key.End);
    await typeKeys(browser, ' Rotterdam');
    await press(browser, Key.Enter);
    await waitFor(browser, async () => /huurcontract Rotterdam zijn opgeslagen/.test(await text(browser, '.documents-status')), 'the edit was not saved', () => text(browser, '.documents-status'));
    // The form is gone; the focus is back on the button that opened it.
    await waitFor(browser, async () => /^Wijzigen/.test((await focused(browser)).name), 'the focus did not go back to Edit', () => focused(browser));

    await activate(browser, (f) => f.tag === 'button' && /^Verwijderen/.test(f.name), 'Delete');
    await waitFor(browser, async () => /^Echt verwijderen/.test((await focused(browser)).name), 'Delete did not ask again, with the focus on it', () => focused(browser));
    await press(browser, Key.Enter);
    await waitFor(browser, async () => (await browser.$$('.document')).length === 0, 'the document was not deleted', () => text(browser, '.documents-status'));
    assert.equal((await focused(browser)).id, 'documents-list-title', 'the focus goes to the list when its document is gone');
    await checkAccessibility(browser, 'keyboard: documents');
  });
});
