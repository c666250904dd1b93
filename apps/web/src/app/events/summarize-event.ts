import { textField, type LiveEvent } from './live-event.js';

const short = (id: string | undefined) => (id === undefined ? '?' : id.slice(0, 8));

function approvalText(event: LiveEvent): string {
  const approval = event.fields.approval;
  if (typeof approval !== 'object' || approval === null) return '';
  const { action, resource, status } = approval as Record<string, unknown>;
  return [status, action, resource].filter((part) => typeof part === 'string').join(' · ');
}

/** One line for people about an event; unknown types list their plain fields. */
export function summarizeEvent(event: LiveEvent): string {
  const text = (name: string) => textField(event, name) ?? '';
  switch (event.type) {
    case 'session-created':
      return `Session ${short(textField(event, 'sessionId'))} created by ${text('userId')}`;
    case 'session-message-added':
      return `${text('role')} message in session ${short(textField(event, 'sessionId'))}`;
    case 'session-status-changed':
      return `Session ${short(textField(event, 'sessionId'))} is ${text('status')}`;
    case 'agent-created':
      return `Agent ${text('name')} (${short(textField(event, 'agentId'))}) forked`;
    case 'agent-failed':
      return `Agent ${short(textField(event, 'agentId'))} failed: ${text('message')}`;
    case 'agent-stopped':
      return `Agent ${short(textField(event, 'agentId'))} stopped: ${text('reason')}`;
    case 'approval-requested':
      return `Approval requested: ${approvalText(event)}`;
    case 'approval-resolved':
      return `Approval resolved: ${approvalText(event)}`;
    case 'access-denied':
      return `Denied ${text('subject')} ${text('action')} ${text('resource')} (${text('reason')})`;
    case 'events-dropped':
      return `${String(event.fields.dropped)} events were dropped (the dashboard fell behind)`;
    default: {
      const plain = Object.entries(event.fields)
        .filter(([, value]) => ['string', 'number', 'boolean'].includes(typeof value))
        .map(([key, value]) => `${key}=${String(value)}`);
      return plain.join(' ');
    }
  }
}
