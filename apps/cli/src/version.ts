import manifest from '../package.json' with { type: 'json' };

/** The CLI's version. */
export const VERSION: string = manifest.version;
