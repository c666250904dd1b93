import type { Result, ResultAsync } from 'neverthrow';
import type { KernelError } from '../errors/kernel-error.js';
import type { HostToolReport } from '../exec/host-tool-types.js';
import type { ProgramManifest, ProgramMcpServer } from './program-manifest.js';
import type { ProgramToolDescriptor } from './tools/tool-descriptor.js';

/** Where a program is installed from. */
export type ProgramSource =
  /** A local folder holding program.toml (copied; symlinks and special files are refused). */
  | { readonly kind: 'directory'; readonly path: string }
  /** A git repository, cloned with `git clone --depth 1 -- <url>`: `https://`, `ssh://`, `git@host:path` or `file://`. */
  | { readonly kind: 'git'; readonly url: string; readonly ref?: string }
  /** A local `.tar`, `.tar.gz` or `.tgz` file. */
  | { readonly kind: 'tarball'; readonly path: string }
  /** A tarball downloaded over `https://` (plain `http://` only from a loopback address). */
  | { readonly kind: 'tarball-url'; readonly url: string }
  /** A default program bundled with the kernel. */
  | { readonly kind: 'bundled'; readonly name: string };

/** An installed program as listed: its manifest header and state. */
export interface ProgramInfo {
  readonly name: string;
  readonly version: string;
  readonly description: string;
  readonly author: string;
  readonly enabled: boolean;
  /** Where it was installed from; `{ kind: 'unknown' }` for a folder placed by hand. */
  readonly source: ProgramSource | { readonly kind: 'unknown' };
  readonly installedAt: number;
  /** Absolute path of its folder. */
  readonly path: string;
  /** Names of its tools (`[tools.<name>]`). */
  readonly tools: readonly string[];
}

/** An installed program with its parsed manifest and SKILL.md body. */
export interface Program extends ProgramInfo {
  readonly manifest: ProgramManifest;
  /** SKILL.md without its frontmatter; `""` when the program has none. */
  readonly skill: string;
}

/** A program's SKILL.md text, for the system prompt. */
export interface ProgramSkillText {
  readonly program: string;
  readonly text: string;
}

/** An MCP server an enabled program declares (`[[mcp]]`), with where the program lives. */
export interface ProgramMcpServerDeclaration {
  readonly program: string;
  /** Absolute path of the program's folder (the server's working directory). */
  readonly path: string;
  readonly server: ProgramMcpServer;
}

/** The result of checking a program's `[host_requirements]` against the host. */
export interface HostRequirementsCheck {
  readonly program: string;
  /** Tools are probed on PATH; `ok` is false when a required one is missing. */
  readonly report: HostToolReport;
}

/** Options of a long program operation. */
export interface ProgramOperationOptions {
  readonly signal?: AbortSignal;
}

/** Installed programs: install, uninstall, enable, and what agents see of them. */
export interface ProgramManager {
  /** Every installed program, by name. A folder with an invalid program.toml is skipped (and logged). */
  list(): Result<readonly ProgramInfo[], KernelError>;
  get(name: string): Result<Program, KernelError>;
  /**
   * Installs a program atomically: fetched into `programs/.staging`, checked (safe paths, caps,
   * program.toml, name), then renamed into place — a failure leaves nothing behind.
   */
  install(source: ProgramSource, options?: ProgramOperationOptions): ResultAsync<ProgramInfo, KernelError>;
  uninstall(name: string): Result<void, KernelError>;
  /** Enables or disables a program; persisted. A disabled program's tools and skill are not offered. */
  setEnabled(name: string, enabled: boolean): Result<ProgramInfo, KernelError>;
  /** Probes the program's required and optional host tools. */
  checkHostRequirements(
    name: string,
    options?: ProgramOperationOptions,
  ): ResultAsync<HostRequirementsCheck, KernelError>;
  /** The tools of every enabled program, named `program.<name>.<tool>`, for the agent runtime. */
  toolDescriptors(): Result<readonly ProgramToolDescriptor[], KernelError>;
  /** The MCP servers of every enabled program (`[[mcp]]`), for the MCP subsystem to start. */
  mcpServers(): Result<readonly ProgramMcpServerDeclaration[], KernelError>;
  /** The SKILL.md texts of every enabled program, for the system prompt. */
  skillTexts(): Result<readonly ProgramSkillText[], KernelError>;
  /** Installs the configured default programs once (the first run); later calls do nothing. */
  installDefaults(): Result<readonly string[], KernelError>;
}
