/**
 * Whether the API is answering: while requests wait out a `503` with
 * `Retry-After` (the event log or DynamoDB down), the shell shows a banner
 * with the time until the next attempt.
 */
export type ServiceState =
  | { readonly kind: 'available' }
  | {
      readonly kind: 'unavailable';
      /** When the next retry is sent, epoch milliseconds. */
      readonly retryAt: number;
      /** The retry about to be sent, from 1. */
      readonly attempt: number;
      readonly maxAttempts: number;
      /** The API's `detail`, when it gave one. */
      readonly detail: string | null;
    };

const AVAILABLE: ServiceState = { kind: 'available' };

/** Follows every request waiting for a retry; the banner shows the one retried soonest. */
export class ServiceStatus {
  private readonly waiting = new Map<string, Extract<ServiceState, { kind: 'unavailable' }>>();
  private readonly listeners = new Set<() => void>();
  private state: ServiceState = AVAILABLE;

  /** The current state (the same object until it changes, as `useSyncExternalStore` needs). */
  get(): ServiceState {
    return this.state;
  }

  /** Request `requestId` waits until `retryAt` before its retry number `attempt`. */
  waitingFor(requestId: string, retryAt: number, attempt: number, maxAttempts: number, detail: string | null): void {
    this.waiting.set(requestId, { kind: 'unavailable', retryAt, attempt, maxAttempts, detail });
    this.update();
  }

  /** Request `requestId` waits no more (answered, given up or aborted). */
  done(requestId: string): void {
    if (this.waiting.delete(requestId)) this.update();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private update(): void {
    let soonest: ServiceState = AVAILABLE;
    for (const wait of this.waiting.values()) {
      if (soonest.kind === 'available' || wait.retryAt < soonest.retryAt) soonest = wait;
    }
    this.state = soonest;
    for (const listener of [...this.listeners]) listener();
  }
}
