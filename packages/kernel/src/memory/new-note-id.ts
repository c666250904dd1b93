/** A fresh note id: a slug of the title (up to 40 characters) and 8 random hex digits. */
export function newNoteId(title: string): string {
  const slug = title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  const suffix = crypto.randomUUID().replaceAll('-', '').slice(0, 8);
  return `${slug === '' ? 'note' : slug}-${suffix}`;
}
