import { describe, expect, it } from 'vitest';
import type { PlannedTaskDto } from './bindings';
import { grouped, groupOf } from './plan';

function task(id: string, earliest: string | null, due: string | null): PlannedTaskDto {
  return {
    id,
    title_id: '',
    body_id: '',
    provider: 'gemeente',
    earliest,
    due,
    due_before_extension: null,
    why: [],
    uncertain: false,
    bring: [],
    in_vault: [],
    channels: [],
    sources: [],
    done: false,
    note: null,
    overdue: false,
    due_abroad: null,
    where_to_go: null,
  };
}

describe('plan timeline', () => {
  it('places tasks by deadline, else window start, relative to the event date', () => {
    expect(groupOf(task('a', null, '2026-11-20'), '2026-11-27')).toBe('before');
    expect(groupOf(task('b', null, '2026-11-27'), '2026-11-27')).toBe('on-the-day');
    expect(groupOf(task('c', '2026-10-30', '2026-12-02'), '2026-11-27')).toBe('after');
    expect(groupOf(task('d', '2026-10-30', null), '2026-11-27')).toBe('before');
    expect(groupOf(task('e', null, null), '2026-11-27')).toBe('undated');
  });

  it('keeps only groups that have tasks, in timeline order', () => {
    const g = grouped([task('x', null, null), task('y', null, '2026-12-01')], '2026-11-27');
    expect(g.map(([name, ts]) => [name, ts.map((t) => t.id)])).toEqual([
      ['after', ['y']],
      ['undated', ['x']],
    ]);
  });
});
