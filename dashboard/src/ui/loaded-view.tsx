import type { ComponentChildren } from 'preact';
import type { Loaded } from '../use-load.ts';

/** The one way a page shows loading and failure, so every page says them alike. */
export function LoadedView<T>({ loaded, children }: { loaded: Loaded<T>; children: (data: T) => ComponentChildren }) {
  if (loaded.state === 'loading')
    return (
      <p class="muted" role="status">
        正在加载…
      </p>
    );
  if (loaded.state === 'error')
    return (
      <p class="notice error" role="alert">
        {loaded.message}
      </p>
    );
  return <>{children(loaded.data)}</>;
}
