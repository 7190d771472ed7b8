/** Hands a downloaded answer to the browser as a file (task pane and dashboard alike). */
export function saveFile(bytes: Blob, filename: string): void {
  const url = URL.createObjectURL(bytes);
  const link = Object.assign(document.createElement('a'), { href: url, download: filename });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
