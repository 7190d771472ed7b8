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

/** A ref for a textarea that grows to fit `value` whenever it changes, typed or set. */
export function useGrowToFit(value: string): RefObject<HTMLTextAreaElement | null> {
  const ref = useRef<HTMLTextAreaElement>(null);
  useLayoutEffect(() => {
    if (ref.current) growToFit(ref.current);
  }, [value]);
  return ref;
}
