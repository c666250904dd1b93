import { err, ok, type Result } from 'neverthrow';
import { notFound } from '../errors/constructors.js';
import type { KernelError } from '../errors/kernel-error.js';
import type { AgentCard } from './types.js';

/** The cards of running agents. */
export interface CardRegistry {
  register(card: AgentCard): void;
  update(agentId: string, changes: Pick<AgentCard, 'name' | 'capabilities'>): Result<AgentCard, KernelError>;
  remove(agentId: string): boolean;
  get(agentId: string): Result<AgentCard, KernelError>;
  /** Cards of `owner`, oldest first, each holding every capability in `required`. */
  list(owner: string, required?: readonly string[]): readonly AgentCard[];
  /** Cards of `owner` whose name, description, capabilities or skills contain `query` (any case). */
  search(owner: string, query: string, required?: readonly string[]): readonly AgentCard[];
  clear(): void;
}

/** Creates an empty card registry. */
export function createCardRegistry(): CardRegistry {
  const cards = new Map<string, AgentCard>();
  const list = (owner: string, required: readonly string[] = []) =>
    [...cards.values()].filter(
      (card) => card.owner === owner && required.every((capability) => card.capabilities.includes(capability)),
    );
  return {
    register(card) {
      cards.set(card.agentId, card);
    },
    update(agentId, changes) {
      const card = cards.get(agentId);
      if (card === undefined) return err(notFound('agent card', agentId));
      const next = { ...card, name: changes.name, capabilities: [...new Set(changes.capabilities)] };
      cards.set(agentId, next);
      return ok(next);
    },
    remove: (agentId) => cards.delete(agentId),
    get(agentId) {
      const card = cards.get(agentId);
      return card === undefined ? err(notFound('agent card', agentId)) : ok(card);
    },
    list,
    search(owner, query, required) {
      const needle = query.trim().toLowerCase();
      return list(owner, required).filter(
        (card) =>
          needle === '' ||
          [card.name, card.description, ...card.capabilities, ...card.skills].some((text) =>
            text.toLowerCase().includes(needle),
          ),
      );
    },
    clear: () => {
      cards.clear();
    },
  };
}
