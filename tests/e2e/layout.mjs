// Measuring a page as a person on a phone meets it: does anything stick out
// sideways, how much of the screen is chrome, and is every control big
// enough for a finger. Run in the page, so it sees what WebKit laid out.

/** What sticks out of the viewport, the page's widths and the chrome's
 *  height. Elements of 1 px or less (visually hidden text) do not count. */
export async function measureLayout(browser) {
  return browser.execute(() => {
    const html = document.documentElement;
    const vw = html.clientWidth;
    const name = (el) => {
      const cls = [...el.classList].slice(0, 2).join('.');
      const id = el.id ? `#${el.id}` : '';
      return `${el.tagName.toLowerCase()}${id}${cls ? `.${cls}` : ''}`;
    };
    const outside = [];
    for (const el of document.body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.width <= 1 || r.height <= 1) continue;
      if (r.right > vw + 0.5 || r.left < -0.5) {
        outside.push(`${name(el)} (${Math.round(r.left)}…${Math.round(r.right)}): ${(el.textContent ?? '').trim().slice(0, 40)}`);
      }
    }
    // Text can stick out of a box that itself fits (a long word).
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!(node.textContent ?? '').trim() || node.parentElement?.closest('.visually-hidden')) continue;
      range.selectNodeContents(node);
      const r = range.getBoundingClientRect();
      if (r.width <= 1 || r.height <= 1) continue;
      if (r.right > vw + 0.5 || r.left < -0.5) {
        outside.push(`text in ${name(node.parentElement)} (${Math.round(r.left)}…${Math.round(r.right)}): ${node.textContent.trim().slice(0, 40)}`);
      }
    }
    // Nothing found, yet the page is wider: name the innermost boxes whose
    // content is wider than they are.
    if (outside.length === 0 && html.scrollWidth > vw) {
      for (const el of document.body.querySelectorAll('*')) {
        if (el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0 && ![...el.children].some((c) => c.scrollWidth > c.clientWidth + 1)) {
          outside.push(`${name(el)} holds ${el.scrollWidth} px in ${el.clientWidth}`);
        }
      }
    }
    const header = document.querySelector('.site-header')?.getBoundingClientRect().height ?? 0;
    const overflow = [getComputedStyle(html).overflowX, getComputedStyle(document.body).overflowX];
    const parts = ['.brand', '#nav-menu-button', '.site-header__tools', '.language-switcher__label', '.main-nav', '.translation-note']
      .map((sel) => {
        const r = document.querySelector(sel)?.getBoundingClientRect();
        return r ? `${sel} ${Math.round(r.left)},${Math.round(r.top)} ${Math.round(r.width)}×${Math.round(r.height)}` : `${sel} -`;
      })
      .join('; ');
    // What makes the header's rows as tall as they are.
    const rows = [...document.querySelectorAll('.site-header__tools *, .translation-note *')]
      .map((el) => {
        const r = el.getBoundingClientRect();
        return r.height > 1 ? `${name(el)} ${Math.round(r.height)}` : '';
      })
      .filter(Boolean)
      .join(', ');
    return { scroll: html.scrollWidth, client: vw, header: Math.round(header), parts: `${parts}; heights: ${rows}`, overflow, outside: outside.slice(0, 6) };
  });
}

/** Controls smaller than 44 × 44 CSS px (WCAG 2.5.5). Links inside a
 *  sentence are exempt, as the criterion allows; a checkbox or radio
 *  counts with its label, which takes the click too. */
export async function smallTargets(browser) {
  return browser.execute(() => {
    const small = [];
    const visible = (r) => r.width > 1 && r.height > 1;
    const inSentence = (a) => {
      const block = a.closest('p, li, dd, td');
      return block !== null && (block.textContent ?? '').trim() !== (a.textContent ?? '').trim();
    };
    for (const el of document.querySelectorAll('a[href], button, select, input, textarea, summary')) {
      if (el.closest('[hidden], .visually-hidden') || el.classList.contains('nl-skip-link')) continue;
      let r = el.getBoundingClientRect();
      if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')) {
        const label = el.id ? document.querySelector(`label[for="${el.id}"]`) : el.closest('label');
        const a = el.getBoundingClientRect();
        const b = (label ?? el).getBoundingClientRect();
        const top = Math.min(a.top, b.top);
        const left = Math.min(a.left, b.left);
        r = { width: Math.max(a.right, b.right) - left, height: Math.max(a.bottom, b.bottom) - top };
      } else if (!visible(r)) continue;
      if (el.tagName === 'A' && inSentence(el)) continue;
      if (r.width < 43.5 || r.height < 43.5) {
        const text = (el.textContent || el.getAttribute('aria-label') || el.id || '').trim().slice(0, 30);
        small.push(`${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} ${Math.round(r.width)}×${Math.round(r.height)} "${text}"`);
      }
    }
    return small;
  });
}

/** The text spacing of WCAG 1.4.12, applied over the app's own styles as a
 *  person's user style sheet would: line height 1.5, paragraphs 2 em apart,
 *  letters 0.12 em and words 0.16 em. */
export async function applyTextSpacing(browser, on = true) {
  await browser.execute((enable) => {
    document.getElementById('wcag-text-spacing')?.remove();
    if (!enable) return;
    const style = document.createElement('style');
    style.id = 'wcag-text-spacing';
    style.textContent =
      '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';
    document.head.append(style);
  }, on);
}

/** Text cut off inside a box: a button or closed list box whose text no
 *  longer fits, or any box that hides what overflows it. Text fields and
 *  open list boxes (`multiple`) are left out: they scroll by design. */
export async function clippedText(browser) {
  return browser.execute(() => {
    const found = [];
    for (const el of document.body.querySelectorAll('*')) {
      if (el.closest('[hidden], .visually-hidden') || !(el.textContent ?? '').trim()) continue;
      const s = getComputedStyle(el);
      const hides = ['hidden', 'clip'].includes(s.overflowX) || ['hidden', 'clip'].includes(s.overflowY);
      if (!hides && !el.matches('button, select:not([multiple])')) continue;
      if (el.clientWidth <= 1 || el.clientHeight <= 1) continue;
      if (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1) {
        const id = el.id ? `#${el.id}` : '';
        found.push(`${el.tagName.toLowerCase()}${id} ${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight}: ${(el.textContent ?? '').trim().slice(0, 30)}`);
      }
    }
    return found.slice(0, 10);
  });
}
