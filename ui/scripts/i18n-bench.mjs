// The UI, measured (run by `cargo xtask bench` after the UI build):
// - with --sizes: the initial JavaScript and CSS (brotli) that index.html
//   loads before the first frame, against their budgets;
// - without: what each language adds when it is chosen;
// - building a language's bundle (what switching costs once its chunks are
//   in memory) and formatting its first message, beside @fluent/bundle
//   formatting one message from a one-message resource (the peer).
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync } from 'node:zlib';
import { FluentBundle, FluentResource } from '@fluent/bundle';

const ui = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(ui, 'dist');
const locales = join(ui, '..', 'locales');
const br = (buf) => brotliCompressSync(buf).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

const langs = readdirSync(locales, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

if (process.argv.includes('--sizes')) {
  // What index.html makes the webview load before the first frame: the
  // entry script with what it imports at once (modulepreload), and the
  // stylesheet. A screen's code and a language's messages load after.
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+)"/g)].map((m) => m[1]);
  let js = 0;
  let css = 0;
  let cssRaw = 0;
  for (const r of refs) {
    const bytes = readFileSync(join(dist, r));
    if (r.endsWith('.js')) js += br(bytes);
    if (r.endsWith('.css')) {
      css += br(bytes);
      cssRaw += bytes.length;
    }
  }
  const verdict = (n, budget) => `${kb(n)} (budget ${kb(budget)}: ${n <= budget ? 'within' : 'OVER'})`;
  console.log(`initial JavaScript (brotli): ${verdict(js, 30 * 1024)} (for scale: a Svelte 5 hello world is about 10 KB)`);
  console.log(`CSS (brotli): ${verdict(css, 15 * 1024)}, ${kb(cssRaw)} before compression`);
  for (const lang of ['nl', 'en']) {
    const texts = readdirSync(join(locales, lang)).filter((f) => f.endsWith('.ftl') && f !== 'cli.ftl').map((f) => readFileSync(join(locales, lang, f), 'utf8'));
    console.log(`${lang}: the language's messages, loaded before the first frame in that language: ${kb(br(Buffer.from(texts.join('\n'))))} (brotli)`);
  }
  process.exit(0);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function time(f, runs = 15) {
  const xs = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    f();
    xs.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return median(xs);
}
for (const lang of langs) {
  const texts = readdirSync(join(locales, lang)).filter((f) => f.endsWith('.ftl') && f !== 'cli.ftl').map((f) => readFileSync(join(locales, lang, f), 'utf8'));
  const added = br(Buffer.from(texts.join('\n')));
  const ours = time(() => {
    const b = new FluentBundle(lang);
    for (const t of texts) b.addResource(new FluentResource(t));
    const m = b.getMessage('nav-home');
    if (m?.value) b.formatPattern(m.value);
  });
  const line = texts.join('\n').split('\n').find((l) => l.startsWith('nav-home ='));
  const peer = time(() => {
    const b = new FluentBundle(lang);
    b.addResource(new FluentResource(line));
    const m = b.getMessage('nav-home');
    if (m?.value) b.formatPattern(m.value);
  });
  console.log(
    `${lang.padEnd(3)}: its messages ${kb(added)} (brotli), loaded when chosen; bundle + first message ${ours.toFixed(2)} ms, ` +
      `@fluent/bundle one message ${peer.toFixed(3)} ms`,
  );
}
