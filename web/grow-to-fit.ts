import type { RefObject } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';

/**
 * A textarea as tall as its text, so a long 核实说明 is read whole, never behind an inner scrollbar.
 * Measured by hand: the pane's oldest webviews have neither ResizeObserver nor `field-sizing`.
 */
export function growToFit(area: HTMLTextAreaElement): void {
  area.style.height = 'auto';
  // scrollHeight leaves out the borders, which a border-box height includes.
  area.style.height = `${area.scrollHeight + area.offsetHeight - area.clientHeight}px`;
}

/**
 * A ref for a textarea that grows to fit `value` whenever it changes, typed or set. An empty one
 * keeps its `rows`: measuring forces a layout, and a list of 1,000 warnings mounts 1,000 empty notes.
 */
export function useGrowToFit(value: string): RefObject<HTMLTextAreaElement | null> {
  const ref = useRef<HTMLTextAreaElement>(null);
  useLayoutEffect(() => {
    const area = ref.current;
    if (!area) return;
    if (value === '') area.style.height = '';
    else growToFit(area);
  }, [value]);
  return ref;
}
