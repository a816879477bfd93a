import { useEffect, useId, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { loadLibrary, type Failed } from './sentDocumentsApi';
import { dayMonthIn, KIND_LABELS, pickerOrder, versionLabel } from './sentSummary';
import { sentDocumentsClient, type LibraryDocument, type Picks, type SentDocumentsClient } from './sentDocumentsTypes';
import './documents.css';

/** The library as the picker has it: loading, the documents (in the picker's order), or why not. */
export type LibraryState = { readonly kind: 'loading' } | { readonly kind: 'library'; readonly documents: readonly LibraryDocument[] } | Failed;

/** The caller's library, loaded once when the component using it shows (and `wanted`: a form that may not need it). */
export function useLibrary(client: SentDocumentsClient = sentDocumentsClient, wanted = true): LibraryState {
  const [state, setState] = useState<LibraryState>({ kind: 'loading' });
  useEffect(() => {
    if (!wanted) return;
    const abort = new AbortController();
    loadLibrary(client, abort.signal)
      .then((outcome) => setState(outcome.kind === 'library' ? { kind: 'library', documents: pickerOrder(outcome.documents) } : outcome))
      .catch(() => undefined);
    return () => abort.abort();
  }, [client, wanted]);
  return state;
}

/** The document ids in the order the picker lists them (the order the pins are saved in). */
export function orderOf(library: LibraryState): string[] {
  return library.kind === 'library' ? library.documents.map((d) => d.document_id) : [];
}

/** Each listed document's name, by id. */
export function namesOf(library: LibraryState): Map<string, string> {
  return new Map(library.kind === 'library' ? library.documents.map((d) => [d.document_id, d.name]) : []);
}

/**
 * Which version of each library document goes with the application: one select per document, its
 * versions newest first and "Don't send". `problems` are the API's, by document id (a version the
 * library lacks), shown on that document's select.
 */
export function DocumentPicker({
  legend,
  hint,
  library,
  picks,
  onChange,
  problems = {},
  disabled = false,
}: {
  legend: string;
  hint?: string;
  library: LibraryState;
  picks: Picks;
  onChange: (picks: Picks) => void;
  problems?: Readonly<Record<string, string>>;
  disabled?: boolean;
}) {
  const id = useId();
  const dayMonth = useMemo(() => dayMonthIn(), []);

  function choose(documentId: string, value: string) {
    const next: Record<string, number> = { ...picks };
    if (value === '') delete next[documentId];
    else next[documentId] = Number(value);
    onChange(next);
  }

  return (
    <fieldset className="document-picker" aria-describedby={hint ? `${id}-hint` : undefined}>
      <legend>{legend}</legend>
      {hint && <p id={`${id}-hint`} className="hint">{hint}</p>}
      {library.kind === 'loading' && <p role="status">Loading your documents…</p>}
      {library.kind === 'failed' && <p role="alert" className="error">{library.message}</p>}
      {library.kind === 'library' && library.documents.length === 0 && (
        <p className="muted">Your document library is empty: <Link to="/documents">upload your resume or a cover letter</Link> to it first.</p>
      )}
      {library.kind === 'library' && library.documents.length > 0 && (
        <ul className="document-choices">
          {library.documents.map((document) => {
            const selectId = `${id}-${document.document_id}`;
            const problem = problems[document.document_id];
            const picked = picks[document.document_id];
            return (
              <li key={document.document_id}>
                <label htmlFor={selectId}>{document.name}</label>
                {document.name !== KIND_LABELS[document.kind] && <span className="muted"> ({KIND_LABELS[document.kind]})</span>}
                <select
                  id={selectId}
                  value={picked === undefined ? '' : String(picked)}
                  disabled={disabled}
                  aria-invalid={problem ? true : undefined}
                  aria-describedby={problem ? `${selectId}-error` : undefined}
                  onChange={(e) => choose(document.document_id, e.target.value)}
                >
                  <option value="">Don't send</option>
                  {/* a pin of a version the library no longer lists stays chosen (the API names it on saving) */}
                  {picked !== undefined && !document.versions.some((v) => v.version === picked) && <option value={String(picked)}>v{picked} (not in your library)</option>}
                  {document.versions.map((version) => (
                    <option key={version.version} value={String(version.version)}>{versionLabel(version, dayMonth)}</option>
                  ))}
                </select>
                {problem && <span id={`${selectId}-error`} className="field-error">{problem}</span>}
              </li>
            );
          })}
        </ul>
      )}
    </fieldset>
  );
}
