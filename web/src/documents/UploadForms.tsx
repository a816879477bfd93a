import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Field, FormAlert, SubmitRow } from '../forms/Field';
import { useDraft } from '../forms/useDraft';
import { useFormSubmission } from '../forms/useFormSubmission';
import { ACCEPTED_FILES, checkFile, checkNewDocument, emptyDocumentForm, FILE_HINT, nameFromFile, NAME_MAX, UPLOAD_FIELDS, type DocumentFormValues } from './documentForm';
import { KIND_NAMES, versionLabel } from './documentFormat';
import { uploadDocument, type Upload } from './documentsApi';
import { DOCUMENT_KINDS, type DocumentClient, type DocumentVersionAdded, type LibraryDocument } from './documentTypes';
import { progressText, type UploadProgress } from './uploadProgress';

/** An upload's busy state: a progress bar and its text while the file goes out. */
function UploadStatus({ id, progress }: { id: string; progress: UploadProgress | null }) {
  const text = progressText(progress);
  return (
    <span className="upload-progress">
      <progress id={id} aria-label="Upload progress" max={progress?.total || undefined} value={progress?.total ? progress.sent : undefined} />
      <span aria-hidden="true">{text}</span>
    </span>
  );
}

/** What the file input and the upload do, shared by the two forms. */
function useUpload(client: DocumentClient) {
  const submission = useFormSubmission(UPLOAD_FIELDS);
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  // a new key empties the file input (its value cannot be set)
  const [inputKey, setInputKey] = useState(0);

  function choose(chosen: File | null) {
    submission.fixing('file');
    submission.setErrors((previous) => ({ ...previous, message: null }));
    setFile(chosen);
  }

  /** Sends `upload`; the refusal is shown, and everything typed and chosen stays as it was. */
  async function send(upload: Upload, onUploaded: (added: DocumentVersionAdded) => void | Promise<void>) {
    await submission.send(async () => {
      setProgress(null);
      const outcome = await uploadDocument(client, upload, setProgress);
      setProgress(null);
      if (outcome.kind === 'refused') {
        submission.refuse(outcome.errors);
        return;
      }
      submission.setErrors({ fieldErrors: {}, message: null });
      setFile(null);
      setInputKey((k) => k + 1);
      await onUploaded(outcome.added);
    });
  }

  return { ...submission, file, choose, progress, inputKey, sendUpload: send };
}

/** The file input with its label, hint and error. */
function FileField({ id, label, error, inputKey, onChoose, inputRef }: {
  id: string;
  label: string;
  error: string | undefined;
  inputKey: number;
  onChoose: (file: File | null) => void;
  inputRef?: React.Ref<HTMLInputElement>;
}) {
  return (
    <Field id={id} label={label} hint={FILE_HINT} error={error}>
      {(control) => (
        <input {...control} key={inputKey} ref={inputRef} type="file" name="file" accept={ACCEPTED_FILES} onChange={(e) => onChoose(e.target.files?.[0] ?? null)} />
      )}
    </Field>
  );
}

/**
 * "Upload a document": a file, its name and kind, as version 1 of a new document. The name and
 * kind are kept as a draft until the upload succeeds; a refused upload keeps the file chosen.
 */
export function NewDocumentForm({ client, onUploaded }: { client: DocumentClient; onUploaded: (added: DocumentVersionAdded) => void | Promise<void> }) {
  const upload = useUpload(client);
  const { formRef, errors, fieldErrorCount, busy, fixing, refuse, file } = upload;
  const [values, setValues, clearValues] = useDraft<DocumentFormValues>('document-new', emptyDocumentForm);

  function change<K extends keyof DocumentFormValues>(field: K, value: DocumentFormValues[K]) {
    fixing(field);
    setValues((previous) => ({ ...previous, [field]: value }));
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = checkNewDocument(values, file);
    if (Object.keys(found).length > 0 || !file || !values.kind) {
      refuse({ fieldErrors: found, message: null });
      return;
    }
    const kind = values.kind;
    await upload.sendUpload({ file, fileName: file.name, name: values.name, kind }, async (added) => {
      clearValues();
      await onUploaded(added);
    });
  }

  return (
    <form ref={formRef} className="form document-form" noValidate onSubmit={submit} aria-labelledby="document-new-title" aria-busy={busy}>
      <h2 id="document-new-title">Upload a document</h2>
      <FormAlert message={errors.message} fieldErrorCount={fieldErrorCount} />
      <FileField
        id="document-new-file"
        label="File (required)"
        error={errors.fieldErrors.file}
        inputKey={upload.inputKey}
        onChoose={(chosen) => {
          upload.choose(chosen);
          // a name to start from, never over one the user typed
          if (chosen && !values.name.trim()) change('name', nameFromFile(chosen.name));
        }}
      />
      <Field id="document-new-name" label="Name (required)" hint={`How the library shows it, such as "Resume 2026"; at most ${NAME_MAX} characters.`} error={errors.fieldErrors.name}>
        {(control) => <input {...control} name="name" autoComplete="off" value={values.name} onChange={(e) => change('name', e.target.value)} />}
      </Field>
      <Field id="document-new-kind" label="Kind (required)" error={errors.fieldErrors.kind}>
        {(control) => (
          <select {...control} name="kind" value={values.kind} onChange={(e) => change('kind', e.target.value as DocumentFormValues['kind'])}>
            <option value="">Choose…</option>
            {DOCUMENT_KINDS.map((kind) => (
              <option key={kind} value={kind}>{KIND_NAMES[kind].one}</option>
            ))}
          </select>
        )}
      </Field>
      <SubmitRow busy={busy} label="Upload" busyLabel="Uploading…">
        {busy && <UploadStatus id="document-new-progress" progress={upload.progress} />}
      </SubmitRow>
    </form>
  );
}

/**
 * A document's "Upload new version": a button that opens a small form (a file and its submit);
 * the new version keeps the document's name and kind.
 */
export function NewVersionForm({ client, document, onUploaded }: {
  client: DocumentClient;
  document: LibraryDocument;
  onUploaded: (added: DocumentVersionAdded) => void | Promise<void>;
}) {
  const [open, setOpen] = useState(false);
  const upload = useUpload(client);
  const { formRef, errors, fieldErrorCount, busy, refuse, file } = upload;
  const fileInput = useRef<HTMLInputElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const id = `document-${document.document_id}-version`;
  const next = versionLabel(document.latest_version + 1);

  const wasOpen = useRef(false);
  // opening focuses the file input; closing (cancelled or uploaded) gives the focus back to the button
  useEffect(() => {
    if (open) fileInput.current?.focus();
    else if (wasOpen.current) toggle.current?.focus();
    wasOpen.current = open;
  }, [open]);

  function close() {
    setOpen(false);
    upload.choose(null);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problem = checkFile(file);
    if (problem || !file) {
      refuse({ fieldErrors: { file: problem }, message: null });
      return;
    }
    await upload.sendUpload({ file, fileName: file.name, documentId: document.document_id }, async (added) => {
      setOpen(false);
      await onUploaded(added);
    });
  }

  if (!open) {
    return (
      <button ref={toggle} type="button" className="button button-secondary" aria-expanded={false} aria-controls={`${id}-form`}
        aria-label={`Upload new version of ${document.name}`} onClick={() => setOpen(true)}>
        Upload new version
      </button>
    );
  }
  return (
    <form ref={formRef} id={`${id}-form`} className="form version-form" noValidate onSubmit={submit} aria-label={`New version of ${document.name}`} aria-busy={busy}
      onKeyDown={(e) => e.key === 'Escape' && !busy && close()}>
      <FormAlert message={errors.message} fieldErrorCount={fieldErrorCount} />
      <FileField id={`${id}-file`} label={`File for ${next}`} error={errors.fieldErrors.file} inputKey={upload.inputKey} onChoose={upload.choose} inputRef={fileInput} />
      <SubmitRow busy={busy} label={`Upload ${next}`} busyLabel="Uploading…">
        {busy ? <UploadStatus id={`${id}-progress`} progress={upload.progress} /> : (
          <button type="button" className="button button-secondary" onClick={close}>Cancel</button>
        )}
      </SubmitRow>
    </form>
  );
}
