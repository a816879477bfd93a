import { describe, expect, it } from 'vitest';
import { MemoryStorage } from '../auth/memoryStorage';
import { TokenStore } from '../auth/tokens';
import { clearAllDrafts, clearDraft, readDraft, writeDraft } from './drafts';

describe('drafts', () => {
  it('keeps a form state until it is cleared, and survives the session ending', () => {
    const storage = new MemoryStorage();
    const tokens = new TokenStore(storage);
    tokens.save({ access_token: 'a', refresh_token: 'r' });

    writeDraft(storage, 'job-new', { company: 'Acme', tags: ['remote'] });
    tokens.clear('expired');

    expect(readDraft(storage, 'job-new')).toEqual({ company: 'Acme', tags: ['remote'] });
    clearDraft(storage, 'job-new');
    expect(readDraft(storage, 'job-new')).toBeUndefined();
  });

  it('forgets every draft and only drafts on logging out', () => {
    const storage = new MemoryStorage();
    writeDraft(storage, 'a', 1);
    writeDraft(storage, 'b', 2);
    storage.setItem('other', 'x');

    clearAllDrafts(storage);

    expect([readDraft(storage, 'a'), readDraft(storage, 'b'), storage.getItem('other')]).toEqual([undefined, undefined, 'x']);
  });

  it('ignores an unreadable draft', () => {
    const storage = new MemoryStorage();
    storage.setItem('careervault.draft.broken', '{');

    expect(readDraft(storage, 'broken')).toBeUndefined();
  });
});
