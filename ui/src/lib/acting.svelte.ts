// Whom the person is acting for, if anyone. Every screen shows it in a
// banner; pages that show someone's data pass `actingId()` to Rust, which
// decides (and logs) whether that is allowed.
import type { RepresentationDto } from './bindings';

export type Acting = { person: number; name: string; representation: RepresentationDto };

const state = $state<{ acting: Acting | null }>({ acting: null });

export function acting(): Acting | null {
  return state.acting;
}

export function actingId(): number | null {
  return state.acting?.person ?? null;
}

export function startActing(a: Acting): void {
  state.acting = a;
}

export function stopActing(): void {
  state.acting = null;
}
