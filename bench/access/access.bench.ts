// Access decisions. (1) Pure policy decisions — lexical normalisation plus matching against the
// global deny list, a role's globs and an agent's globs — against raw picomatch testing the same
// pattern lists on already-normalised paths (matchers compiled once, as a careful caller would).
// The ratio shows what normalisation and rule bookkeeping cost on top of glob matching.
// (2) Full `checkPath` calls per second for context: symlink resolution (realpath) and the audit
// INSERT into SQLite on a real temp OXIOS_HOME.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import picomatch from 'picomatch';
import {
  compilePathPolicy,
  createAccessManager,
  DEFAULT_ROLE_POLICIES,
  normalizeRequestedPath,
  openStore,
  parseConfig,
} from '@oxios/kernel';
import { formatRate, report, throughput, verdict } from '../lib/measure.ts';

const ROOT = '/srv/oxios/workspace';
const access = parseConfig('', 'bench')._unsafeUnwrap().access;
const role = DEFAULT_ROLE_POLICIES.user;
const agentAllow = ['src/**', 'docs/**', 'test/**', '*.md', 'package.json', '.git/**'];
const agentDeny = ['src/secrets/**', '**/*.pem'];
const readOnly = access.agent_defaults.read_only_paths;

// A workload like an agent's: mostly allowed source files, some denied secrets and read-only git files.
const RELATIVE = [
  'src/index.ts',
  'src/components/button/button.tsx',
  'src/lib/deep/nested/module/util.ts',
  'docs/guide/getting-started.md',
  'test/unit/access.test.ts',
  'README.md',
  'package.json',
  '.git/config',
  '.git/objects/ab/cdef0123456789',
  'src/secrets/api.pem',
  'project/.oxios/token',
  '.ssh/id_ed25519',
  'build/output.js',
  'src/.env.local',
];
const REQUESTED = RELATIVE.map((path, index) =>
  index % 3 === 0 ? `./${path}` : index % 3 === 1 ? `${ROOT}/${path}` : path,
);

function decisionRate(): number {
  const policy = compilePathPolicy([
    { name: 'global', deny: access.denied_paths },
    { name: 'role:user', allow: role.paths, deny: role.deniedPaths },
    { name: 'agent', allow: agentAllow, deny: agentDeny, readOnly },
  ]);
  let allowed = 0;
  const rate = throughput((iterations) => {
    for (let n = 0; n < iterations; n += 1) {
      const requested = REQUESTED[n % REQUESTED.length] ?? '';
      const relative = normalizeRequestedPath(requested, [ROOT]);
      if (relative.isErr()) continue;
      if (policy.decide(relative.value, `${ROOT}/${relative.value}`, 'write').allowed) allowed += 1;
    }
  }, 200_000);
  if (allowed === 0) throw new Error('nothing was allowed');
  return rate;
}

function picomatchRate(): number {
  const options = { dot: true };
  const denyOptions = { dot: true, nocase: true };
  const globalDeny = picomatch([...access.denied_paths], denyOptions);
  const roleAllow = picomatch([...role.paths], options);
  const agentAllowMatch = picomatch(agentAllow, options);
  const agentDenyMatch = picomatch(agentDeny, denyOptions);
  const readOnlyMatch = picomatch([...readOnly], denyOptions);
  let allowed = 0;
  const rate = throughput((iterations) => {
    for (let n = 0; n < iterations; n += 1) {
      const path = RELATIVE[n % RELATIVE.length] ?? '';
      const denied = globalDeny(path) || agentDenyMatch(path) || readOnlyMatch(path);
      if (!denied && roleAllow(path) && agentAllowMatch(path)) allowed += 1;
    }
  }, 200_000);
  if (allowed === 0) throw new Error('nothing was allowed');
  return rate;
}

function fullCheckRate(): number {
  const scratch = mkdtempSync(join(tmpdir(), 'oxios-bench-access-'));
  const workspaceRoot = join(scratch, 'ws');
  for (const directory of ['src/lib/deep/nested/module', 'docs/guide', '.git']) {
    mkdirSync(join(workspaceRoot, directory), { recursive: true });
  }
  writeFileSync(join(workspaceRoot, 'src/index.ts'), '');
  writeFileSync(join(workspaceRoot, 'src/lib/deep/nested/module/util.ts'), '');
  symlinkSync(join(workspaceRoot, 'docs'), join(workspaceRoot, 'docs-link'));
  const store = openStore({ home: join(scratch, 'home') })._unsafeUnwrap();
  const config = { home: join(scratch, 'home'), access };
  const manager = createAccessManager({ store, config })._unsafeUnwrap();
  manager.createPermissions('bench', { owner: 'user:bench', by: 'system', overrides: { allowedPaths: agentAllow } });
  const paths = [
    'src/index.ts',
    'src/lib/deep/nested/module/util.ts',
    'docs-link/guide/new.md',
    'src/new/file.ts',
    '.ssh/id',
  ];
  let allowed = 0;
  const rate = throughput(
    (iterations) => {
      for (let n = 0; n < iterations; n += 1) {
        const path = paths[n % paths.length] ?? '';
        if (manager.checkPath('agent:bench', path, { workspaceRoot, operation: 'write' }).isOk()) allowed += 1;
      }
    },
    5_000,
    1000,
  );
  manager.close();
  store.close();
  rmSync(scratch, { recursive: true, force: true });
  if (allowed === 0) throw new Error('nothing was allowed');
  return rate;
}

const baseline = picomatchRate();
const decisions = decisionRate();
const full = fullCheckRate();
report('picomatch, same pattern lists (baseline)', formatRate(baseline));
report('oxios policy decision (normalise + match)', formatRate(decisions));
report('oxios / baseline', verdict(decisions / baseline, '≥ 0.5×', decisions / baseline >= 0.5));
report('oxios checkPath (realpath + audit INSERT)', formatRate(full));
