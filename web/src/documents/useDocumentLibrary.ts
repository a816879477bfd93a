import { useCallback, useEffect, useState } from 'react';
import { listDocuments } from './documentsApi';
import { documentClient, type DocumentClient, type DocumentLibrary } from './documentTypes';

/** The library as a page holds it: undefined while loading, the sentence why not when it failed. */
export interface DocumentLibraryState {
  readonly library: DocumentLibrary | undefined;
  readonly error: string | undefined;
  /** Loads it again (after an upload); resolves once shown. */
  readonly reload: () => Promise<void>;
}

/**
 * The caller's documents with their versions (`GET /api/documents`), loaded when the component
 * mounts: the documents page uses it, and so can a picker of the version sent with an application
 * (`versionChoices(library.documents)`).
 */
export function useDocumentLibrary(client: DocumentClient = documentClient): DocumentLibraryState {
  const [library, setLibrary] = useState<DocumentLibrary>();
  const [error, setError] = useState<string>();

  const load = useCallback(
    async (signal?: AbortSignal) => {
      const outcome = await listDocuments(client, signal);
      if (outcome.kind === 'library') {
        setLibrary(outcome.library);
        setError(undefined);
      } else setError(outcome.message);
    },
    [client],
  );

  useEffect(() => {
    const abort = new AbortController();
    load(abort.signal).catch(() => undefined); // aborted: the component is gone
    return () => abort.abort();
  }, [load]);

  const reload = useCallback(() => load(), [load]);
  return { library, error, reload };
}
