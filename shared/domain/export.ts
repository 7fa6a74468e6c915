/** A file main produced for the renderer to offer as a download. */
export interface ExportFile {
  fileName: string;
  mimeType: string;
  text: string;
}
