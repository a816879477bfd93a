import { MemoryStorage } from './memoryStorage';

let fallback: MemoryStorage | null = null;

/** The tab's `sessionStorage`, or an in-memory one where there is none (node) or the browser refuses it. */
export function tabStorage(): Storage {
  try {
    if (globalThis.sessionStorage) return globalThis.sessionStorage;
  } catch {
    // storage disabled by the browser's settings
  }
  fallback ??= new MemoryStorage();
  return fallback;
}
