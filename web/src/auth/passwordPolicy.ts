/**
 * The pool's password policy, as command-api's `PasswordPolicy` checks it (8 or
 * more characters with upper and lower case, a digit and a symbol), for the
 * sign-up page's live checklist. The API's answer stays the judge.
 */
export interface PasswordRule {
  readonly id: 'length' | 'upper' | 'lower' | 'digit' | 'symbol';
  /** What the password needs, as the checklist shows it. */
  readonly label: string;
  readonly met: boolean;
}

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 256;

/** Every rule and whether `password` meets it. Letters and digits are Unicode's, as Java's `Character` sees them. */
export function passwordRules(password: string): PasswordRule[] {
  return [
    { id: 'length', label: `At least ${PASSWORD_MIN_LENGTH} characters`, met: password.length >= PASSWORD_MIN_LENGTH },
    { id: 'upper', label: 'An upper-case letter', met: /\p{Lu}/u.test(password) },
    { id: 'lower', label: 'A lower-case letter', met: /\p{Ll}/u.test(password) },
    { id: 'digit', label: 'A digit', met: /\p{Nd}/u.test(password) },
    { id: 'symbol', label: 'A symbol (not a letter or digit)', met: /[^\p{L}\p{Nd}]/u.test(password) },
  ];
}

/** What a new password still lacks, as a field error ("The password needs: a digit, a symbol …."), or null when it meets every rule. */
export function passwordProblem(password: string): string | null {
  const unmet = passwordRules(password).filter((r) => !r.met).map((r) => r.label.toLowerCase());
  return unmet.length > 0 ? `The password needs: ${unmet.join(', ')}.` : null;
}
