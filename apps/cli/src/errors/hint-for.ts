/** The next step to suggest for an error code, when there is a useful one. */
export function hintFor(code: string): string | undefined {
  switch (code) {
    case 'unauthenticated':
      return 'check OXIOS_TOKEN (an admin can create one with `oxios token create`)';
    case 'permission-denied':
      return 'this needs a higher role; ask an admin, or use a token with that role';
    case 'config-invalid':
    case 'config-parse':
      return 'run `oxios config validate` to see every problem';
    case 'rate-limited':
      return 'wait a moment and try again';
    default:
      return undefined;
  }
}
