import { useEffect, useRef, useState } from 'react';
import './characterCount.css';

const number = new Intl.NumberFormat('en');

/**
 * A text's length as the API counts it: Unicode code points after NFC normalisation
 * (an emoji is one character; `maxLength` would count it as two UTF-16 units).
 */
export function characterCount(text: string): number {
  let count = 0;
  // code points, without building an array of a 50,000-character text on each key
  for (const _ of text.normalize('NFC')) count += 1;
  return count;
}

/** "1,234 / 20,000 characters", or how far over the limit. */
export function countText(count: number, max: number): string {
  return count > max
    ? `${number.format(count - max)} ${count - max === 1 ? 'character' : 'characters'} too many (${number.format(count)} / ${number.format(max)})`
    : `${number.format(count)} / ${number.format(max)} characters`;
}

/** The error for a text over `max`, for the field (the form refuses it before sending). */
export function tooLong(what: string, count: number, max: number): string | undefined {
  return count > max ? `Shorten the ${what} to ${number.format(max)} characters or fewer (it has ${number.format(count)}).` : undefined;
}

/**
 * A field's live character counter: shown under the control (put `${id}-count` in the control's
 * `aria-describedby`), and said by screen readers once typing pauses rather than on every key.
 */
export function CharacterCount({ id, text, max }: { id: string; text: string; max: number }) {
  const count = characterCount(text);
  const shown = countText(count, max);
  const [spoken, setSpoken] = useState('');
  const opened = useRef(shown);
  useEffect(() => {
    // nothing to say when the page opens, only once the text changes
    if (shown === opened.current) return;
    opened.current = '';
    const later = setTimeout(() => setSpoken(shown), 1000);
    return () => clearTimeout(later);
  }, [shown]);
  return (
    <>
      <p id={`${id}-count`} className={count > max ? 'char-count over' : 'char-count'}>
        {shown}
      </p>
      <span className="char-count-spoken" aria-live="polite">{spoken}</span>
    </>
  );
}
