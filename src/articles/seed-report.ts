/** What one run of the seed importer did, counted per file. */
export interface ImportReport {
  added: number;
  changed: number;
  removed: number;
  unchanged: number;
  skipped: number;
  /** True when another process held the import lock: nothing was done. */
  locked: boolean;
}

export function emptyReport(): ImportReport {
  return { added: 0, changed: 0, removed: 0, unchanged: 0, skipped: 0, locked: false };
}
