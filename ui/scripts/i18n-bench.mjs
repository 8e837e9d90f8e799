// Languages in the UI, measured (run by `cargo xtask bench` after the UI build):
// - the initial JavaScript and CSS (brotli) that index.html loads before the
//   first frame, and what each language adds when it is chosen;
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

const html = readFileSync(join(dist, 'index.html'), 'utf8');
const refs = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+)"/g)].map((m) => m[1]);
let js = 0;
let css = 0;
for (const r of refs) {
  const size = br(readFileSync(join(dist, r)));
  if (r.endsWith('.js')) js += size;
  if (r.endsWith('.css')) css += size;
}
console.log(`initial JavaScript (brotli): ${kb(js)}; CSS (brotli): ${kb(css)}`);

const langs = readdirSync(locales, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
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
  const texts = readdirSync(join(locales, lang)).filter((f) => f.endsWith('.ftl')).map((f) => readFileSync(join(locales, lang, f), 'utf8'));
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
