import { useState } from 'preact/hooks';
import { NO_FILTERS, type AuditFilterForm } from './audit-filters.js';

type Field = keyof AuditFilterForm;

/** The audit filter form; applies on submit (Enter in any field), Reset clears it. */
export function AuditFilters({
  initial,
  onApply,
}: {
  readonly initial: AuditFilterForm;
  readonly onApply: (form: AuditFilterForm) => void;
}) {
  const [form, setForm] = useState(initial);
  const set = (field: Field) => (event: { currentTarget: { value: string } }) => {
    setForm({ ...form, [field]: event.currentTarget.value });
  };
  return (
    <form
      class="panel filters"
      aria-label="Filter the audit log"
      onSubmit={(event) => {
        event.preventDefault();
        onApply(form);
      }}
    >
      <div class="field">
        <label for="audit-subject">Subject</label>
        <input id="audit-subject" value={form.subject} placeholder="user:ann or agent:…" onInput={set('subject')} />
      </div>
      <div class="field">
        <label for="audit-action">Action</label>
        <input id="audit-action" value={form.action} placeholder="e.g. approval-approve" onInput={set('action')} />
      </div>
      <div class="field">
        <label for="audit-outcome">Outcome</label>
        <select id="audit-outcome" value={form.outcome} onChange={set('outcome')}>
          <option value="">Any</option>
          <option value="allowed">Allowed</option>
          <option value="denied">Denied</option>
        </select>
      </div>
      <div class="field">
        <label for="audit-since">Since</label>
        <input id="audit-since" type="datetime-local" value={form.since} onInput={set('since')} />
      </div>
      <div class="field">
        <label for="audit-until">Until</label>
        <input id="audit-until" type="datetime-local" value={form.until} onInput={set('until')} />
      </div>
      <div class="row field-actions">
        <button type="submit" class="button button-primary">
          Apply filters
        </button>
        <button
          type="button"
          class="button button-quiet"
          onClick={() => {
            setForm(NO_FILTERS);
            onApply(NO_FILTERS);
          }}
        >
          Reset
        </button>
      </div>
    </form>
  );
}
