// What someone asked for from elsewhere (a signal on the home screen),
// picked up by the page it leads to when that page opens.

export type PlanRequest = { event: string; date: string };

/** Record a mandate from `subject` (a household person's id) from `from`. */
export type MandateRequest = { subject: number; from: string };

const state = $state<{ request: PlanRequest | null; mandate: MandateRequest | null; neighbourhood: boolean }>({
  request: null,
  mandate: null,
  neighbourhood: false,
});

/** Open the applications page at the announcements near the address. */
export function requestNeighbourhood(): void {
  state.neighbourhood = true;
}

/** Whether the announcements were asked for, once. */
export function takeNeighbourhoodRequest(): boolean {
  const r = state.neighbourhood;
  state.neighbourhood = false;
  return r;
}

export function requestPlan(r: PlanRequest): void {
  state.request = r;
}

/** The pending request, once: taking it clears it. */
export function takePlanRequest(): PlanRequest | null {
  const r = state.request;
  state.request = null;
  return r;
}

export function requestMandate(r: MandateRequest): void {
  state.mandate = r;
}

/** The pending mandate request, once. */
export function takeMandateRequest(): MandateRequest | null {
  const r = state.mandate;
  state.mandate = null;
  return r;
}
