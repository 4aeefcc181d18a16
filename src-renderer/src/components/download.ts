import type { FileDownload } from '../../../src-main/contract/files';

/** Hands a file from the core (see contract/files.ts) to the browser's download: works in Electron and in browser mode. */
export function download(file: FileDownload): void {
  const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.fileName;
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}
