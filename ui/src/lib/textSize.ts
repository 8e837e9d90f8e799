// The text-size setting (100–200 %) is applied as the webview's zoom, not
// as a larger root font size: zoom scales text, spacing, the 44 px targets
// and the CSS width the media queries see together, so 200 % of a 1024 px
// window gets the 512 px layout that the phone test already holds to. A
// root font size would leave px sizes and em media queries (which ignore
// it) behind, and break the wide layout with twice the text.
import { invoke } from '@tauri-apps/api/core';

const KEY = 'wegwijs-text-size';

/** The size the last run used, for the first frame: the core's setting is
 *  in the database, which answers after the page has started. */
export function cachedTextSize(): number {
  try {
    const v = Number(localStorage.getItem(KEY));
    return v >= 100 && v <= 200 ? v : 100;
  } catch {
    return 100;
  }
}

let applied = 100;

/** Draws the whole UI at `percent`; remembered for the next first frame. */
export async function applyTextSize(percent: number): Promise<void> {
  try {
    localStorage.setItem(KEY, String(percent));
  } catch {
    // Private storage may be unavailable; the core still has the setting.
  }
  if (percent === applied) return;
  applied = percent;
  await invoke('plugin:webview|set_webview_zoom', { value: percent / 100 }).catch(() => undefined);
}
