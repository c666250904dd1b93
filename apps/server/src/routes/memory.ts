import type { MemoryNote as KernelNote, MemoryNoteSummary as KernelSummary } from '@oxios/kernel';
import {
  MemoryListQuerySchema,
  MemoryNoteListSchema,
  MemoryNoteSchema,
  MemorySearchQuerySchema,
  MemorySearchResultSchema,
  RemovedSchema,
  SlugIdParamsSchema,
  WriteMemoryNoteRequestSchema,
  type MemoryNote,
  type MemoryNoteSummary,
} from '@oxios/sdk-client';
import type { ServerDeps } from '../deps.js';
import { defineRoute } from '../http/define-route.js';
import { iso } from '../http/iso.js';

const toSummary = (note: KernelSummary): MemoryNoteSummary => ({
  id: note.id,
  kind: note.kind,
  title: note.title,
  tags: [...note.tags],
  sessionId: note.sessionId,
  createdAt: iso(note.createdAt),
  updatedAt: iso(note.updatedAt),
});
const toNote = (note: KernelNote): MemoryNote => ({ ...toSummary(note), content: note.content });

/** The caller's own long-term notes: every route is scoped to the caller's user name. */
export function memoryRoutes(deps: ServerDeps) {
  const { memory } = deps.kernel;
  const owner = (caller: { userName: string } | undefined) => caller?.userName ?? '';
  return [
    defineRoute({
      method: 'GET',
      path: '/api/memory/notes',
      access: 'user',
      summary: 'Your notes, most recently updated first',
      tags: ['memory'],
      query: MemoryListQuerySchema,
      response: MemoryNoteListSchema,
      handler: ({ query, caller }) =>
        memory
          .list(owner(caller), {
            ...(query.kind === undefined ? {} : { kind: query.kind }),
            ...(query.limit === undefined ? {} : { limit: query.limit }),
          })
          .map((notes) => ({ items: notes.map(toSummary) })),
    }),
    defineRoute({
      method: 'GET',
      path: '/api/memory/search',
      access: 'user',
      summary: 'Search your notes: every word must appear (matched literally), best first',
      tags: ['memory'],
      query: MemorySearchQuerySchema,
      response: MemorySearchResultSchema,
      handler: ({ query, caller }) =>
        memory
          .search(owner(caller), {
            query: query.q,
            ...(query.kind === undefined ? {} : { kind: query.kind }),
            ...(query.limit === undefined ? {} : { limit: query.limit }),
          })
          .map((hits) => ({ items: hits.map((hit) => ({ ...toSummary(hit), snippet: hit.snippet })) })),
    }),
    defineRoute({
      method: 'POST',
      path: '/api/memory/notes',
      access: 'user',
      summary: 'Write a new note (its id comes from the title)',
      tags: ['memory'],
      body: WriteMemoryNoteRequestSchema,
      response: MemoryNoteSchema,
      status: 201,
      handler: ({ body, caller }) =>
        memory
          .write(owner(caller), {
            kind: body.kind,
            title: body.title,
            content: body.content,
            ...(body.tags === undefined ? {} : { tags: body.tags }),
          })
          .map(toNote),
    }),
    defineRoute({
      method: 'GET',
      path: '/api/memory/notes/:id',
      access: 'user',
      summary: 'Read one of your notes',
      tags: ['memory'],
      params: SlugIdParamsSchema,
      response: MemoryNoteSchema,
      handler: ({ params, caller }) => memory.read(owner(caller), params.id).map(toNote),
    }),
    defineRoute({
      method: 'PUT',
      path: '/api/memory/notes/:id',
      access: 'user',
      summary: 'Create or replace one of your notes',
      tags: ['memory'],
      params: SlugIdParamsSchema,
      body: WriteMemoryNoteRequestSchema,
      response: MemoryNoteSchema,
      handler: ({ params, body, caller }) =>
        memory
          .write(owner(caller), {
            id: params.id,
            kind: body.kind,
            title: body.title,
            content: body.content,
            ...(body.tags === undefined ? {} : { tags: body.tags }),
          })
          .map(toNote),
    }),
    defineRoute({
      method: 'DELETE',
      path: '/api/memory/notes/:id',
      access: 'user',
      summary: 'Delete one of your notes',
      tags: ['memory'],
      params: SlugIdParamsSchema,
      response: RemovedSchema,
      handler: ({ params, caller }) => memory.remove(owner(caller), params.id).map(() => ({ removed: true as const })),
    }),
  ];
}
