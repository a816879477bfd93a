import type { JobInsights } from './aiTypes';

/** The configured provider as a sentence names it (`AI_PROVIDER`; an unknown one as the API says it). */
export function providerName(provider: string): string {
  switch (provider) {
    case 'lexical':
      return 'the offline estimator';
    case 'gemini':
      return 'Gemini';
    case 'openai-compatible':
      return 'the self-hosted model';
    default:
      return provider;
  }
}

/** Why the configured provider's answer was not used, in a few words. */
export function reasonText(reason: string | null | undefined): string | undefined {
  switch (reason) {
    case null:
    case undefined:
    case '':
      return undefined;
    case 'timeout':
      return 'timeout';
    case 'provider-error':
      return 'it could not be reached or answered with an error';
    case 'invalid-answer':
      return 'its answer was not usable';
    case 'rate-limited':
      return 'too many requests this minute';
    case 'daily-budget':
      return "today's limit was reached";
    default:
      return reason;
  }
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * "Gemini was unavailable (timeout), so this is the offline estimate": a degraded result
 * names the provider that was configured and why the offline estimator stood in.
 */
export function degradedNote(ai: Pick<JobInsights, 'provider' | 'degraded' | 'degraded_reason'>): string | undefined {
  if (!ai.degraded) return undefined;
  const reason = reasonText(ai.degraded_reason);
  return `${capitalised(providerName(ai.provider))} was unavailable${reason ? ` (${reason})` : ''}, so this is the offline estimate.`;
}

/** "Computed by Gemini (gemini-2.5-flash)"; a degraded result was computed by the offline estimator. */
export function computedBy(ai: Pick<JobInsights, 'provider' | 'model' | 'degraded'>): string {
  return `Computed by ${providerName(ai.degraded ? 'lexical' : ai.provider)} (${ai.model})`;
}
