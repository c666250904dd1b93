import { describe, expect, it } from 'vitest';
import {
  capabilitiesFrom,
  hasRole,
  matchView,
  missingRoutes,
  navigableViews,
  type ViewEntry,
} from './view-registry.js';

const view = (id: string, path: string, minRole: ViewEntry['minRole'], requires: string[] = []): ViewEntry => ({
  id,
  path,
  label: id,
  minRole,
  requires,
});
const views = [
  view('overview', '/', 'user', ['GET /api/status']),
  view('chat', '/chat', 'user', ['GET /api/sessions']),
  view('audit', '/audit', 'superuser', ['GET /api/audit']),
  view('tokens', '/tokens', 'admin', ['GET /api/tokens']),
  view('seeds', '/seeds', 'user', ['GET /api/seeds']),
];
const server = capabilitiesFrom({
  '/api/status': { get: {} },
  '/api/sessions': { get: {}, post: {} },
  '/api/audit': { get: {} },
  '/api/tokens': { get: {}, post: {} },
});

describe('the view registry', () => {
  it('lists routes from the OpenAPI paths as METHOD /path', () => {
    expect([...server]).toContain('POST /api/sessions');
    expect(missingRoutes(views[4]!, server)).toEqual(['GET /api/seeds']);
  });

  it('offers each role only the views it may open, and sets aside those waiting for routes', () => {
    const forUser = navigableViews(views, 'user', server);
    expect(forUser.ready.map((entry) => entry.id)).toEqual(['overview', 'chat']);
    expect(forUser.waiting.map((entry) => entry.id)).toEqual(['seeds']);
    expect(navigableViews(views, 'admin', server).ready.map((entry) => entry.id)).toEqual([
      'overview',
      'chat',
      'audit',
      'tokens',
    ]);
    expect(hasRole('superuser', 'admin')).toBe(false);
  });

  it('assumes every route exists while the server has not said', () => {
    expect(navigableViews(views, 'user', undefined).waiting).toEqual([]);
  });

  it('matches a view by its path or a sub-path, but not by a longer name', () => {
    expect(matchView('/', views)?.id).toBe('overview');
    expect(matchView('/chat/abc', views)?.id).toBe('chat');
    expect(matchView('/chat/', views)?.id).toBe('chat');
    expect(matchView('/chatter', views)).toBeUndefined();
    expect(matchView('/nowhere', views)).toBeUndefined();
  });
});
