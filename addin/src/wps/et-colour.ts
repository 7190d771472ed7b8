/** ET takes colours as BGR integers (R + G·256 + B·65536), the pane's planners give "#RRGGBB". */
export function bgr(hex: string): number {
  const rgb = Number.parseInt(hex.slice(1), 16);
  return ((rgb & 0xff) << 16) | (rgb & 0xff00) | ((rgb >> 16) & 0xff);
}
