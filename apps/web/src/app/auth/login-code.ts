/**
 * The one-time login code in a `#login=<code>` link (printed by `npm start`), if the hash holds
 * one. The caller removes the hash from the address bar at once so the code is not kept in history.
 */
export function loginCodeFrom(hash: string): string | undefined {
  const parameters = new URLSearchParams(hash.replace(/^#/, ''));
  const code = parameters.get('login')?.trim();
  return code === undefined || code === '' ? undefined : code;
}
