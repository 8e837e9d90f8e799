// The build keeps only the design system's rules whose classes appear
// written out in index.html or src/ (vite.config.ts,
// `designSystemOnlyUsed`). A class put together at run time, such as
// `utrecht-button--{kind}`, would lose its rules without any error: this
// test finds such places first.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(svelte|ts)$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('design-system classes', () => {
  it('are written out in full, never put together at run time', () => {
    const built = /\b(?:utrecht|nl|rhc|ams)-[a-z0-9-]*(?:\{|\$\{)/g;
    const found = files(SRC).flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .flatMap((line, i) => (line.match(built) ?? []).map((m) => `${f.slice(SRC.length + 1)}:${i + 1}: ${m}`)),
    );
    expect(found).toEqual([]);
  });
});
