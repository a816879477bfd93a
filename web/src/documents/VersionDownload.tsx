import { useState } from 'react';
import { saveBlob } from '../api/download';
import { versionLabel } from './documentFormat';
import { downloadVersion } from './documentsApi';
import { documentClient, type DocumentClient, type DocumentVersion } from './documentTypes';

/**
 * One version's download: a button (a plain link could not send the session's bearer token) that
 * fetches the bytes with the API client and hands them to the browser under the version's file
 * name. Its name says which version of which document ("Download v2 of Resume"); a failed
 * download says why next to it.
 */
export function VersionDownload({
  documentId,
  documentName,
  version,
  client = documentClient,
}: {
  documentId: string;
  documentName: string;
  version: Pick<DocumentVersion, 'version' | 'file_name'>;
  client?: DocumentClient;
}) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState('');
  const label = `Download ${versionLabel(version.version)}`;

  async function download() {
    setBusy(true);
    setProblem('');
    try {
      const file = await downloadVersion(client, documentId, version.version, version.file_name);
      if (file.kind === 'failed') setProblem(file.message);
      else saveBlob(file.blob, file.fileName);
    } finally {
      setBusy(false);
    }
  }

  return (
    <span className="version-download">
      <button type="button" className="button button-secondary" aria-label={busy ? undefined : `${label} of ${documentName}`} disabled={busy} onClick={() => void download()}>
        {busy ? 'Downloading…' : label}
      </button>
      {problem && <span role="alert" className="version-download-problem">{problem}</span>}
    </span>
  );
}
