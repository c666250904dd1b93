/** The seed id in `/seeds/<id>`, if any. */
export function selectedSeedId(pathname: string): string | undefined {
  const match = /^\/seeds\/([^/]+)\/?$/.exec(pathname);
  return match?.[1] === undefined ? undefined : decodeURIComponent(match[1]);
}

/** The address of a seed's page. */
export function seedPath(seedId: string): string {
  return `/seeds/${encodeURIComponent(seedId)}`;
}
