/**
 * Compiles a glob to a regular expression over `/`-separated relative paths: `**` spans
 * directories, `*` and `?` stay within one name, `{a,b}` alternates, `[...]` is a character
 * class. A pattern without `/` matches a name anywhere (like `find -name`).
 */
export function globToRegExp(glob: string): RegExp {
  let source = '';
  let depth = 0;
  for (let index = 0; index < glob.length; index += 1) {
    const char = glob.charAt(index);
    if (char === '*') {
      if (glob[index + 1] === '*') {
        const slash = glob[index + 2] === '/';
        source += slash ? '(?:.*/)?' : '.*';
        index += slash ? 2 : 1;
      } else {
        source += '[^/]*';
      }
    } else if (char === '?') {
      source += '[^/]';
    } else if (char === '{') {
      depth += 1;
      source += '(?:';
    } else if (char === '}' && depth > 0) {
      depth -= 1;
      source += ')';
    } else if (char === ',' && depth > 0) {
      source += '|';
    } else if (char === '[') {
      const end = glob.indexOf(']', index + 1);
      if (end === -1) {
        source += '\\[';
      } else {
        const body = glob.slice(index + 1, end).replace(/\\/g, '\\\\');
        source += `[${body.startsWith('!') ? `^${body.slice(1)}` : body}]`;
        index = end;
      }
    } else {
      source += char.replace(/[.+^$()|\\\]]/g, '\\$&');
    }
  }
  while (depth > 0) {
    source += ')';
    depth -= 1;
  }
  return new RegExp(glob.includes('/') ? `^${source}$` : `(?:^|/)${source}$`);
}
