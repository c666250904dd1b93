/** Caps applied to everything a program install writes. */
export interface InstallLimits {
  /** Largest tarball (compressed) accepted, in bytes. */
  readonly maxArchiveBytes: number;
  /** Largest total size of the program's files, in bytes. */
  readonly maxTotalBytes: number;
  /** Largest single file, in bytes. */
  readonly maxFileBytes: number;
  /** Most files and folders. */
  readonly maxEntries: number;
}
