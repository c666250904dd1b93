import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseDockerfile } from './support/dockerfile.js';
import { readRepoFile, repoPath, repoRoot } from './support/repo.js';

interface ComposeService {
  build?: { context?: string };
  hostname?: string;
  read_only?: boolean;
  tmpfs?: string[];
  cap_drop?: string[];
  security_opt?: string[];
  ports?: string[];
  volumes?: string[];
  user?: string;
  logging?: { driver?: string; options?: Record<string, string> };
}

const compose = parse(readRepoFile('deploy/docker/compose.yaml')) as {
  services: Record<string, ComposeService>;
  volumes: Record<string, unknown>;
};
const service = compose.services.oxios;

describe('deploy/docker/compose.yaml (parsed, not run: no Docker engine here)', () => {
  it('builds the repository root Dockerfile and keeps its non-root user', () => {
    const context = resolve(repoPath('deploy/docker'), service?.build?.context ?? '');
    expect(context).toBe(resolve(repoRoot));
    expect(existsSync(join(context, 'Dockerfile'))).toBe(true);
    expect(service?.user).toBeUndefined();
  });

  it('runs read-only with a /tmp tmpfs, no capabilities and no-new-privileges', () => {
    expect(service?.read_only).toBe(true);
    expect(service?.tmpfs).toEqual(['/tmp']);
    expect(service?.cap_drop).toEqual(['ALL']);
    expect(service?.security_opt).toContain('no-new-privileges:true');
  });

  it('publishes the port on loopback only and mounts a named volume at the image VOLUME', () => {
    expect(service?.ports).toEqual(['127.0.0.1:4200:4200']);
    const volume = parseDockerfile()
      .dockerfile.getInstructions()
      .find((instruction) => instruction.getKeyword() === 'VOLUME');
    const [target] = JSON.parse(volume?.getArgumentsContent() ?? '[]') as string[];
    expect(service?.volumes).toEqual([`oxios-home:${target ?? ''}`]);
    expect(Object.keys(compose.volumes)).toEqual(['oxios-home']);
  });

  it('leaves the hostname to Docker, so the OXIOS_HOME lock tells containers apart', () => {
    expect(service?.hostname).toBeUndefined();
  });

  it('rotates its logs', () => {
    expect(service?.logging?.driver).toBe('json-file');
    expect(service?.logging?.options?.['max-size']).toBe('10m');
  });
});
