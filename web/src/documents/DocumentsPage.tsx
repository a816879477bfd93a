import { useEffect } from 'react';
import { useNotify } from '../layout/notifications';
import { FILE_HINT } from './documentForm';
import { formatBytes, groupByKind, KIND_NAMES, mediaTypeName, uploadedAt, versionLabel } from './documentFormat';
import { documentClient, type DocumentClient, type DocumentVersionAdded, type LibraryDocument } from './documentTypes';
import { NewDocumentForm, NewVersionForm } from './UploadForms';
import { useDocumentLibrary } from './useDocumentLibrary';
import { VersionDownload } from './VersionDownload';
import './documents.css';

/** "Uploaded Resume 2026 v2 (resume.pdf)." */
export function uploadedSentence(added: DocumentVersionAdded): string {
  return `Uploaded ${added.document.name} ${versionLabel(added.version.version)} (${added.version.file_name}).`;
}

/** One document: its name and kind, every version (newest first, the latest marked) with its download, and "Upload new version". */
export function DocumentItem({ document, client = documentClient, onUploaded }: {
  document: LibraryDocument;
  client?: DocumentClient;
  onUploaded: (added: DocumentVersionAdded) => void | Promise<void>;
}) {
  const titleId = `document-${document.document_id}-title`;
  const count = document.versions.length;
  return (
    <article className="document" aria-labelledby={titleId}>
      <h3 id={titleId} className="document-name">{document.name}</h3>
      <p className="muted">
        {KIND_NAMES[document.kind].one} · {count === 1 ? '1 version' : `${count} versions`}
      </p>
      <ul className="version-list" aria-label={`Versions of ${document.name}`}>
        {document.versions.map((version) => {
          const latest = version.version === document.latest_version;
          return (
            <li key={version.version} className={latest ? 'version latest' : 'version'}>
              <div className="version-head">
                <span className="version-number">{versionLabel(version.version)}</span>
                {latest && <span className="latest-badge">Latest</span>}
                <span className="version-file">{version.file_name}</span>
              </div>
              <p className="version-facts">
                {formatBytes(version.size)} · {mediaTypeName(version.media_type)} · uploaded{' '}
                <time dateTime={version.created_at}>{uploadedAt(version)}</time>
              </p>
              <VersionDownload documentId={document.document_id} documentName={document.name} version={version} client={client} />
            </li>
          );
        })}
      </ul>
      <NewVersionForm client={client} document={document} onUploaded={onUploaded} />
    </article>
  );
}

/**
 * `/documents`: the document library (issue 20). Resumes, cover letters and other files, each
 * with its versions (the latest marked) and a download per version; "Upload a document" adds one,
 * each document's "Upload new version" its next version.
 */
export function DocumentsPage({ client = documentClient }: { client?: DocumentClient }) {
  const { library, error, reload } = useDocumentLibrary(client);
  const notify = useNotify();

  useEffect(() => {
    document.title = 'Documents · CareerVault';
  }, []);

  // said once, by a message at the bottom of the window (a polite live region): a new version's
  // form may be far down the page, where a status line at the top would go unseen
  async function uploaded(added: DocumentVersionAdded) {
    notify({ kind: 'success', message: uploadedSentence(added) });
    await reload();
  }

  return (
    <main id="main" className="documents-page">
      <h1>Documents</h1>
      <p>
        The resumes, cover letters and other files you send with applications. Each upload is kept exactly as it was:
        a new version never replaces an earlier one, so you can always download what went out.
      </p>
      {library && (
        <p className="muted documents-usage">
          Using {formatBytes(library.used_bytes)} of your {formatBytes(library.max_bytes)}. Each file: {FILE_HINT}
        </p>
      )}
      <section className="document-section" aria-labelledby="document-new-title">
        <NewDocumentForm client={client} onUploaded={uploaded} />
      </section>
      {error && <p role="alert" className="error">{error}</p>}
      {!library && !error && <p role="status">Loading your documents…</p>}
      {library &&
        groupByKind(library.documents).map((group) => (
          <section key={group.kind} className="document-group" aria-labelledby={`documents-${group.kind}`}>
            <h2 id={`documents-${group.kind}`}>{group.title}</h2>
            {group.documents.length === 0 ? (
              <p className="muted">No {group.title.toLowerCase()} yet.</p>
            ) : (
              <ul className="document-list">
                {group.documents.map((document) => (
                  <li key={document.document_id}>
                    <DocumentItem document={document} client={client} onUploaded={uploaded} />
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))}
    </main>
  );
}

export default DocumentsPage;
