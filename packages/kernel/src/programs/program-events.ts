/** A program was installed (enabled). */
export interface ProgramInstalledEvent {
  readonly type: 'program-installed';
  readonly name: string;
  readonly version: string;
  /** `directory`, `git`, `tarball`, `tarball-url` or `bundled`. */
  readonly source: string;
}

/** A program was uninstalled. */
export interface ProgramUninstalledEvent {
  readonly type: 'program-uninstalled';
  readonly name: string;
}

/** A program was enabled or disabled; agents created from now on see the change. */
export interface ProgramToggledEvent {
  readonly type: 'program-toggled';
  readonly name: string;
  readonly enabled: boolean;
}

/** Every event the program manager publishes. */
export type ProgramEvent = ProgramInstalledEvent | ProgramUninstalledEvent | ProgramToggledEvent;
