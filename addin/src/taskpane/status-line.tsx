import type { Notice } from './use-task.ts';

/** The progress of the running action and the last outcome, read out by screen readers. */
export function StatusLine({ busy, notice }: { busy: string | null; notice: Notice | null }) {
  return (
    <div class="status" aria-live="polite">
      {busy !== null && (
        <p class="progress" role="status">
          <span class="spinner" aria-hidden="true" />
          {busy}
        </p>
      )}
      {busy === null && notice !== null && (
        <p class={`notice notice-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
          {notice.text}
        </p>
      )}
    </div>
  );
}
