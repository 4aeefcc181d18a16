/** Files handed to the browser's download: works in Electron and in browser mode. */

export const XLSX_MIME_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function download(file: { filename: string; mimeType: string; content: string | Uint8Array<ArrayBuffer> }): void {
  const url = URL.createObjectURL(new Blob([file.content], { type: file.mimeType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.filename;
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Downloads a binary file (XLSX) that came through the contract as base64. */
export function downloadBase64(file: { filename: string; mimeType: string; base64: string }): void {
  const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
  download({ filename: file.filename, mimeType: file.mimeType, content: bytes });
}
