import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkFile, checkNewDocument, FILE_HINT, MAX_FILE_BYTES, nameFromFile } from './documentForm';

const file = (name: string, size: number) => ({ name, size });

describe('the upload form', () => {
  it("mirrors the API's file limit, as the OpenAPI document gives it (uploadDocument's x-max-body-bytes)", () => {
    const openapi = JSON.parse(readFileSync(new URL('../../../docs/openapi.json', import.meta.url), 'utf8'));
    expect(openapi.paths['/api/documents'].post.requestBody['x-max-body-bytes']).toBe(MAX_FILE_BYTES);
    expect(MAX_FILE_BYTES).toBe(5_242_880);
    expect(FILE_HINT).toBe('PDF, Word (.docx), plain text or Markdown, at most 5 MB.');
  });

  it('refuses no file, an empty one and one over the limit before sending; the limit itself passes', () => {
    expect(checkFile(null)).toBe('Choose a file.');
    expect(checkFile(file('resume.txt', 0))).toBe('resume.txt is empty (0 bytes). Choose the file with your document in it.');
    expect(checkFile(file('scan.pdf', MAX_FILE_BYTES + 1))).toBe('scan.pdf is 5,242,881 bytes; a document may have at most 5 MB.');
    expect(checkFile(file('scan.pdf', 7_340_032))).toBe('scan.pdf is 7 MB; a document may have at most 5 MB.');
    expect(checkFile(file('scan.pdf', MAX_FILE_BYTES))).toBeUndefined();
    expect(checkFile(file('one.txt', 1))).toBeUndefined();
    expect(checkFile(file('big.pdf', 600_000), 512 * 1024)).toBe('big.pdf is 585.9 KB; a document may have at most 512 KB.');
  });

  it('needs a name (1 to 100 characters, no control characters) and a kind for a new document', () => {
    const resume = file('resume.txt', 10);
    expect(checkNewDocument({ name: ' Resume 2026 ', kind: 'resume' }, resume)).toEqual({});
    expect(checkNewDocument({ name: '  ', kind: '' }, null)).toEqual({
      file: 'Choose a file.',
      name: 'Enter a name for the document, such as "Resume 2026".',
      kind: 'Choose what the document is.',
    });
    expect(checkNewDocument({ name: 'a\tb', kind: 'other' }, resume)).toEqual({ name: 'Remove the control characters (such as tabs) from the name.' });
    // code points after NFC, as the API counts: 100 emoji pass, 101 letters do not
    expect(checkNewDocument({ name: '📄'.repeat(100), kind: 'cover_letter' }, resume)).toEqual({});
    expect(checkNewDocument({ name: 'x'.repeat(101), kind: 'cover_letter' }, resume)).toEqual({
      name: 'Shorten the name to 100 characters or fewer (it has 101).',
    });
  });

  it("starts a new document's name from its file's name", () => {
    expect(nameFromFile('Resume 2026.pdf')).toBe('Resume 2026');
    expect(nameFromFile('C:\\Users\\me\\cover.letter.docx')).toBe('cover.letter');
    expect(nameFromFile('.profile')).toBe('.profile');
    expect(nameFromFile('notes')).toBe('notes');
    expect(nameFromFile(`${'y'.repeat(120)}.md`)).toBe('y'.repeat(100));
  });
});
