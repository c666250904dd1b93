import { describe, expect, it } from 'vitest';
import { MCP_TOOL_NAME_PATTERN, mcpAccessName, mcpWireName } from './mcp-tool-names.js';

const PROVIDER_NAME = /^[a-zA-Z0-9_-]{1,64}$/;

describe('MCP tool names', () => {
  it('checks mcp.<server>.<tool> and offers mcp_<server>_<tool> when that is already a valid wire name', () => {
    expect(mcpAccessName('github', 'create_issue')).toBe('mcp.github.create_issue');
    expect(mcpWireName('github', 'create_issue')).toBe('mcp_github_create_issue');
  });

  it('replaces dots and colons, adding a hash so tools that differ only there stay distinct', () => {
    const dotted = mcpWireName('files', 'read.file');
    const underscored = mcpWireName('files', 'read_file');
    expect(dotted).toMatch(/^mcp_files_read_file_[0-9a-f]{8}$/);
    expect(underscored).toBe('mcp_files_read_file');
    expect(dotted).not.toBe(underscored);
    expect(mcpWireName('files', 'a:b')).toMatch(PROVIDER_NAME);
  });

  it('shortens long names to 64 characters, keeping them distinct and deterministic', () => {
    const long = 'x'.repeat(100);
    const one = mcpWireName('server', `${long}1`);
    const two = mcpWireName('server', `${long}2`);
    expect(one).toMatch(PROVIDER_NAME);
    expect(one.length).toBe(64);
    expect(one).not.toBe(two);
    expect(mcpWireName('server', `${long}1`)).toBe(one);
  });

  it('accepts only tool names the access manager can check', () => {
    expect(MCP_TOOL_NAME_PATTERN.test('get-weather.v2:beta')).toBe(true);
    expect(MCP_TOOL_NAME_PATTERN.test('has space')).toBe(false);
    expect(MCP_TOOL_NAME_PATTERN.test('')).toBe(false);
  });
});
