import type { Command } from 'commander';
import type { Tree } from './tree.js';
import { unavailableCommand } from './unavailable-command.js';

/**
 * Commands whose subsystems land later. Each is a hidden slot (see {@link unavailableCommand});
 * wiring one means replacing its line here with a `registerXxx` like the others.
 */
export function registerSlots(program: Command, tree: Tree): void {
  unavailableCommand(program, tree, 'container', 'the containers subsystem');
  unavailableCommand(program, tree, 'program', 'the programs subsystem');
  unavailableCommand(program, tree, 'skill', 'the skills subsystem');
  unavailableCommand(program, tree, 'persona', 'the personas subsystem');
  unavailableCommand(program, tree, 'seed', 'the orchestrator (seeds and lineage)');
  unavailableCommand(program, tree, 'mcp', 'the MCP subsystem');
}
