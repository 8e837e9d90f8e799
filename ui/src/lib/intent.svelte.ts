// A plan someone asked for from elsewhere (a signal on the home screen),
// picked up by the life-events page when it opens.

export type PlanRequest = { event: string; date: string };

const state = $state<{ request: PlanRequest | null }>({ request: null });

export function requestPlan(r: PlanRequest): void {
  state.request = r;
}

/** The pending request, once: taking it clears it. */
export function takePlanRequest(): PlanRequest | null {
  const r = state.request;
  state.request = null;
  return r;
}
