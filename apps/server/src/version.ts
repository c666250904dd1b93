import manifest from '../package.json' with { type: 'json' };

/** The server package version, reported by `/health`. */
export const VERSION: string = manifest.version;
