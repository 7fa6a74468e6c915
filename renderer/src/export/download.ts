import type { ExportFile } from '@shared/domain/export';

/**
 * Offers text from main as a file download. The renderer cannot write files; a Blob link works
 * the same in Electron (its download prompt) and in the Chromium test harness.
 */
export function offerDownload(file: ExportFile): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: `${file.mimeType};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next turn: the click has started the download by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
