import type { Problem } from '../api/client';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { restoreRefusal } from './jobsApi';
import { restoreJob, restoreJobs } from './restoreAndInsightsApi';
import { useNotify } from '../layout/notifications';

/**
 * After a delete: a message with an "Undo" button that restores the jobs
 * (POST /api/jobs/{jobId}/restore for one, the bulk `restore` action for several).
 */
export function useUndoableDelete() {
  const notify = useNotify();
  const navigate = useNavigate();
  return useCallback((jobIds: string[], what: string, after?: () => void) => {
    if (jobIds.length === 0) return;
    notify({
      message: `Deleted ${what}.`,
      action: {
        label: 'Undo',
        onAction: () => {
          void (async () => {
            try {
              const answer = jobIds.length === 1 ? await restoreJob(jobIds[0]!) : await restoreJobs(jobIds);
              if (answer.response.ok) {
                notify({ kind: 'success', message: `Restored ${what}.` });
                if (after) after();
                else if (jobIds.length === 1) navigate(`/jobs/${jobIds[0]}`);
              } else {
                notify({ kind: 'error', message: `Could not restore ${what}: ${restoreRefusal(answer.response.status, answer.error as Problem | undefined)}` });
              }
            } catch {
              notify({ kind: 'error', message: `Could not restore ${what}: ${restoreRefusal(0)}` });
            }
          })();
        },
      },
    });
  }, [notify, navigate]);
}
