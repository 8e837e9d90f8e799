// Grouping a plan's tasks the way people think about an event: what to do
// before it, on the day, after it, and what has no fixed date.
import type { PlannedTaskDto } from './bindings';

export type Group = 'before' | 'on-the-day' | 'after' | 'undated';
export const GROUPS: readonly Group[] = ['before', 'on-the-day', 'after', 'undated'];

/** The date a task is placed by: its deadline, else the start of its window. */
export function anchor(task: PlannedTaskDto): string | null {
  return task.due ?? task.earliest;
}

export function groupOf(task: PlannedTaskDto, eventDate: string): Group {
  const d = anchor(task);
  if (!d) return 'undated';
  // ISO dates compare correctly as strings.
  if (d < eventDate) return 'before';
  if (d === eventDate) return 'on-the-day';
  return 'after';
}

export function grouped(tasks: readonly PlannedTaskDto[], eventDate: string): [Group, PlannedTaskDto[]][] {
  return GROUPS.map((g) => [g, tasks.filter((t) => groupOf(t, eventDate) === g)] as [Group, PlannedTaskDto[]]).filter(
    ([, ts]) => ts.length > 0,
  );
}
