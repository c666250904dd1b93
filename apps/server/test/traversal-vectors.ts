/**
 * Path-segment spellings that try to leave a resource's folder, as they appear in a URL (already
 * percent-encoded where a URL needs it). `{sentinel}` is replaced by the sentinel folder's absolute path, `{sentinelName}` by its name
 * (OXIOS_HOME is its sibling in the temp folder).
 */
export const TRAVERSAL_VECTORS: readonly string[] = [
  '..',
  '.',
  '...',
  '%2e%2e',
  '%2E%2E',
  '.%2e',
  '%2e.',
  '..%2F..',
  '..%2f..%2f..%2fetc%2fpasswd',
  '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '%252e%252e%252f',
  '%252e%252e%252fetc%252fpasswd',
  '..%5c..%5cwindows',
  '%5c%5cserver%5cshare',
  '/etc/passwd',
  '%2fetc%2fpasswd',
  'a/../../b',
  'a%2f..%2f..%2fb',
  '....%2f%2f',
  '%00',
  'a%00b',
  'x%00.json',
  '..%00',
  '%0a',
  'a%0d%0ab',
  '%c0%ae%c0%ae',
  '%c0%af',
  '%e2%80%a5', // ‥ two-dot leader
  '%ef%bc%8e%ef%bc%8e', // fullwidth ．．
  '%ef%bc%8f', // fullwidth solidus
  '%e2%88%95etc', // division slash
  '%e2%80%ae..', // right-to-left override
  '~',
  '~root',
  '%7e',
  '%20..',
  '..%20',
  '*',
  '%2a',
  '-rf',
  '--help',
  'x'.repeat(300),
  '{sentinel}',
  '{sentinel}%2fvictim.txt',
  '..%2f..%2f..%2f..%2f..%2f..%2f..%2f..%2f{sentinel}',
  '..%2f{sentinelName}',
  '..%2f..%2f{sentinelName}%2fvictim.txt',
  '..%2f..%2f..%2f{sentinelName}%2fnested',
];
