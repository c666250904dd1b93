import type { Command } from 'commander';
import type { Tree } from './tree.js';
import { unavailableCommand } from './unavailable-command.js';

/**
 * Commands whose subsystems land later. Each is a hidden slot (see {@link unavailableCommand});
 * wiring one means replacing its line here with a `registerXxx` like the others.
 */
export function registerSlots(program: Command, tree: Tree): void {
  unavailableCommand(program, tree, 'mcp', 'the MCP subsystem');
}
