/**
 * Reads the claims of a JWT (RFC 7519) without verifying it: the app only needs
 * `exp` to refresh in time and the ID token's names to greet the user; the API
 * verifies every token it is sent.
 */
export type JwtClaims = Record<string, unknown>;

/** The payload of `token` (base64url JSON, RFC 7515 section 2), or null when it is not a JWT. */
export function jwtClaims(token: string): JwtClaims | null {
  const payload = token.split('.')[1];
  if (!payload) return null;
  try {
    const base64 = payload.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(payload.length / 4) * 4, '=');
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const claims: unknown = JSON.parse(new TextDecoder().decode(bytes));
    return claims !== null && typeof claims === 'object' && !Array.isArray(claims) ? (claims as JwtClaims) : null;
  } catch {
    return null;
  }
}

/** The token's `exp` claim in epoch milliseconds, or null when it has none. */
export function jwtExpiresAt(token: string): number | null {
  const exp = jwtClaims(token)?.exp;
  return typeof exp === 'number' && Number.isFinite(exp) ? exp * 1000 : null;
}
