import { describe, expect, it } from 'vitest';
import { attachmentFileName, localIsoDate } from './download';

describe('the file name of a Content-Disposition', () => {
  it('reads the quoted name the API sends', () => {
    expect(attachmentFileName('attachment; filename="careervault-jobs-2026-12-01.csv"', 'x.csv')).toBe('careervault-jobs-2026-12-01.csv');
  });

  it('prefers the RFC 8187 extended name, and reads a bare token', () => {
    expect(attachmentFileName(`attachment; filename="a.json"; filename*=UTF-8''caf%C3%A9.json`, 'x')).toBe('café.json');
    expect(attachmentFileName('attachment; filename=export.json', 'x')).toBe('export.json');
  });

  it('falls back without a name, and never keeps a path', () => {
    expect(attachmentFileName(null, 'fallback.csv')).toBe('fallback.csv');
    expect(attachmentFileName('attachment', 'fallback.csv')).toBe('fallback.csv');
    expect(attachmentFileName('attachment; filename="../../etc/passwd"', 'x')).toBe('.._.._etc_passwd');
  });
});

describe('the local date of a fallback name', () => {
  it('is YYYY-MM-DD in the local time zone', () => {
    expect(localIsoDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
