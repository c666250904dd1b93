import type { ComponentType } from 'preact';
import type { ViewEntry } from '../routing/view-registry.js';
import { AgentsView } from '../views/agents/agents-view.js';
import { ApprovalsView } from '../views/approvals/approvals-view.js';
import { AuditView } from '../views/audit/audit-view.js';
import { ChatView } from '../views/chat/chat-view.js';
import { ConfigView } from '../views/config/config-view.js';
import { ContainersView } from '../views/containers/containers-view.js';
import { EventsView } from '../views/events/events-view.js';
import { OverviewView } from '../views/overview/overview-view.js';
import { PersonasView } from '../views/personas/personas-view.js';
import { ProgramsView } from '../views/programs/programs-view.js';
import { SeedsView } from '../views/seeds/seeds-view.js';
import { SkillsView } from '../views/skills/skills-view.js';
import { TokensView } from '../views/tokens/tokens-view.js';
import { UsageView } from '../views/usage/usage-view.js';
import type { ViewProps } from './view-props.js';

/** A dashboard view: where it lives, who may open it, which routes it needs, what it shows. */
export interface DashboardView extends ViewEntry {
  /** What the view is for (shown while it waits for routes). */
  readonly about: string;
  /** Undefined while the view is planned: the shell then shows which routes it waits for. */
  readonly component?: ComponentType<ViewProps>;
}

/**
 * Every view, in navigation order. To add one: write its component under `views/`, list it here
 * with the routes it needs; it appears in the navigation once the server has those routes.
 */
export const VIEWS: readonly DashboardView[] = [
  {
    id: 'overview',
    path: '/',
    label: 'Overview',
    minRole: 'user',
    requires: ['GET /api/status'],
    about: 'Server status and what is happening now.',
    component: OverviewView,
  },
  {
    id: 'chat',
    path: '/chat',
    label: 'Chat',
    minRole: 'user',
    requires: ['GET /api/sessions', 'POST /api/sessions'],
    about: 'Sessions, their Ouroboros phase and messages.',
    component: ChatView,
  },
  {
    id: 'agents',
    path: '/agents',
    label: 'Agents',
    minRole: 'user',
    requires: ['GET /api/agents'],
    about: 'Live agents, the scheduler queue and its counters.',
    component: AgentsView,
  },
  {
    id: 'approvals',
    path: '/approvals',
    label: 'Approvals',
    minRole: 'user',
    requires: ['GET /api/approvals'],
    about: 'Requests waiting for a human decision, and past decisions.',
    component: ApprovalsView,
  },
  {
    id: 'events',
    path: '/events',
    label: 'Events',
    minRole: 'user',
    requires: ['GET /api/events'],
    about: 'The live kernel event stream.',
    component: EventsView,
  },
  {
    id: 'audit',
    path: '/audit',
    label: 'Audit',
    minRole: 'superuser',
    requires: ['GET /api/audit'],
    about: 'Every access decision, allowed and denied.',
    component: AuditView,
  },
  {
    id: 'config',
    path: '/config',
    label: 'Config',
    minRole: 'admin',
    requires: ['GET /api/config', 'PUT /api/config'],
    about: 'The server configuration, validated on save.',
    component: ConfigView,
  },
  {
    id: 'tokens',
    path: '/tokens',
    label: 'Tokens',
    minRole: 'admin',
    requires: ['GET /api/tokens', 'POST /api/tokens', 'DELETE /api/tokens/{id}'],
    about: 'API tokens: create and revoke.',
    component: TokensView,
  },
  {
    id: 'seeds',
    path: '/seeds',
    label: 'Seeds',
    minRole: 'user',
    requires: [
      'GET /api/seeds',
      'GET /api/seeds/{id}',
      'GET /api/seeds/{id}/lineage',
      'GET /api/seeds/{id}/evaluations',
    ],
    about: 'Seeds (frozen specs with acceptance criteria), their detail and lineage graph.',
    component: SeedsView,
  },
  {
    id: 'programs',
    path: '/programs',
    label: 'Programs',
    minRole: 'user',
    requires: ['GET /api/programs', 'GET /api/programs/{name}'],
    about: 'Installed programs: tools and skills packaged together.',
    component: ProgramsView,
  },
  {
    id: 'skills',
    path: '/skills',
    label: 'Skills',
    minRole: 'user',
    requires: ['GET /api/skills', 'GET /api/skills/{name}'],
    about: 'Skills agents can load (SKILL.md).',
    component: SkillsView,
  },
  {
    id: 'personas',
    path: '/personas',
    label: 'Personas',
    minRole: 'user',
    requires: ['GET /api/personas', 'GET /api/personas/{id}'],
    about: 'Personas that shape how Oxios talks and works.',
    component: PersonasView,
  },
  {
    id: 'containers',
    path: '/containers',
    label: 'Containers',
    minRole: 'user',
    requires: ['GET /api/containers', 'GET /api/containers/probe', 'GET /api/containers/{name}'],
    about: 'Sandboxes agents run in, what the backend enforces, and a console.',
    component: ContainersView,
  },
  {
    id: 'usage',
    path: '/usage',
    label: 'Usage',
    minRole: 'user',
    requires: ['GET /api/usage'],
    about: 'LLM tokens and cost over time per model, and the budgets.',
    component: UsageView,
  },
];
