import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTempHome, type TempHome } from '@oxios/testkit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG_TOML } from './default-config-toml.js';
import { resolveHome } from './home.js';
import { loadConfig } from './load-config.js';
import { parseConfig } from './parse-config.js';

describe('loadConfig', () => {
  let temp: TempHome;
  beforeEach(async () => {
    temp = await createTempHome();
  });
  afterEach(() => temp.remove());

  it('uses defaults without creating anything when the file is absent', () => {
    const home = join(temp.path, 'fresh');
    const config = loadConfig({ env: { OXIOS_HOME: home } })._unsafeUnwrap();
    expect(config.server).toMatchObject({ host: '127.0.0.1', port: 4200 });
    expect(config.home).toBe(home);
    expect(config.configPath).toBe(join(home, 'config.toml'));
    expect(() => statSync(home)).toThrow();
  });

  it('on first run creates OXIOS_HOME 0700 and a commented config 0600', () => {
    const home = join(temp.path, 'fresh');
    loadConfig({ env: { OXIOS_HOME: home }, initialize: true })._unsafeUnwrap();
    expect(statSync(home).mode & 0o777).toBe(0o700);
    const file = join(home, 'config.toml');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8')).toBe(DEFAULT_CONFIG_TOML);
  });

  it('tightens an existing OXIOS_HOME that others can read', () => {
    const home = join(temp.path, 'open');
    mkdirSync(home, { mode: 0o755 });
    loadConfig({ env: { OXIOS_HOME: home }, initialize: true })._unsafeUnwrap();
    expect(statSync(home).mode & 0o777).toBe(0o700);
  });

  it('never overwrites an existing config file', () => {
    writeFileSync(join(temp.path, 'config.toml'), '[server]\nport = 4999\n');
    const config = loadConfig({ env: temp.env, initialize: true })._unsafeUnwrap();
    expect(config.server.port).toBe(4999);
    expect(readFileSync(join(temp.path, 'config.toml'), 'utf8')).toBe('[server]\nport = 4999\n');
  });

  it('applies environment overrides on top of the file', () => {
    writeFileSync(join(temp.path, 'config.toml'), '[server]\nport = 4999\n');
    const config = loadConfig({ env: { ...temp.env, OXIOS_PORT: '5111' } })._unsafeUnwrap();
    expect(config.server.port).toBe(5111);
  });

  it('returns an io error naming the path when the config cannot be read', () => {
    mkdirSync(join(temp.path, 'config.toml'));
    const error = loadConfig({ env: temp.env })._unsafeUnwrapErr();
    expect(error).toMatchObject({ code: 'io', operation: 'read', path: join(temp.path, 'config.toml') });
  });

  it('names the key path for an invalid file', () => {
    writeFileSync(join(temp.path, 'config.toml'), '[log]\nlevel = 3\n');
    const error = loadConfig({ env: temp.env })._unsafeUnwrapErr();
    expect(error.message).toContain('log.level: expected one of');
    expect(error.message).toContain('got 3');
  });
});

describe('DEFAULT_CONFIG_TOML', () => {
  it('documents exactly the built-in defaults', () => {
    expect(parseConfig(DEFAULT_CONFIG_TOML, 'default')._unsafeUnwrap()).toEqual(
      parseConfig('', 'empty')._unsafeUnwrap(),
    );
  });
});

describe('resolveHome', () => {
  it('prefers OXIOS_HOME, expanding ~ and resolving relative paths', () => {
    expect(resolveHome({ OXIOS_HOME: '/srv/oxios' })).toBe('/srv/oxios');
    expect(resolveHome({ OXIOS_HOME: '~/x' })).toMatch(/\/x$/);
    expect(resolveHome({ OXIOS_HOME: 'rel' })).toBe(join(process.cwd(), 'rel'));
    expect(resolveHome({})).toMatch(/\.oxios$/);
  });
});
