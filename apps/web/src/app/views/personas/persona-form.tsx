import type { Persona } from '@oxios/sdk-client';
import { useState } from 'preact/hooks';
import { formatList, parseList } from '../../ui/list-input.js';
import { TextField } from '../../ui/text-field.js';

/** What the persona form produces (empty optional fields are left out). */
export interface PersonaValues {
  readonly id: string;
  readonly name: string;
  readonly role: string;
  readonly description: string;
  readonly traits: string[];
  readonly skills: string[];
  readonly model?: string;
  readonly enabled: boolean;
  readonly systemPrompt: string;
}

/** Props of {@link PersonaForm}. */
export interface PersonaFormProps {
  /** The persona being edited; a new one when undefined (then the id is asked for). */
  readonly persona?: Persona;
  readonly busy: boolean;
  readonly error: string | undefined;
  readonly onSubmit: (values: PersonaValues) => void;
}

/** Creates or edits a persona: who it is, its system prompt, skills and model. */
export function PersonaForm({ persona, busy, error, onSubmit }: PersonaFormProps) {
  const [id, setId] = useState(persona?.id ?? '');
  const [name, setName] = useState(persona?.name ?? '');
  const [role, setRole] = useState(persona?.role ?? 'assistant');
  const [description, setDescription] = useState(persona?.description ?? '');
  const [traits, setTraits] = useState(formatList(persona?.traits ?? []));
  const [skills, setSkills] = useState(formatList(persona?.skills ?? []));
  const [model, setModel] = useState(persona?.model ?? '');
  const [enabled, setEnabled] = useState(persona?.enabled ?? true);
  const [systemPrompt, setSystemPrompt] = useState(persona?.systemPrompt ?? '');
  const prefix = persona === undefined ? 'new-persona' : 'persona';
  return (
    <form
      class="panel"
      aria-labelledby={`${prefix}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit({
          id: id.trim(),
          name: name.trim(),
          role: role.trim(),
          description: description.trim(),
          traits: parseList(traits),
          skills: parseList(skills),
          ...(model.trim() === '' ? {} : { model: model.trim() }),
          enabled,
          systemPrompt,
        });
      }}
    >
      <h2 id={`${prefix}-title`} class="form-title">
        {persona === undefined ? 'New persona' : 'Edit persona'}
      </h2>
      {persona === undefined && (
        <TextField
          id={`${prefix}-id`}
          label="Id"
          value={id}
          required
          pattern="[a-z0-9][a-z0-9\-]{0,63}"
          hint="Lowercase letters, digits and -."
          onInput={setId}
        />
      )}
      <TextField id={`${prefix}-name`} label="Name" value={name} required onInput={setName} />
      <TextField id={`${prefix}-role`} label="Role" value={role} required onInput={setRole} />
      <TextField id={`${prefix}-description`} label="Description" value={description} onInput={setDescription} />
      <TextField
        id={`${prefix}-prompt`}
        label="System prompt"
        value={systemPrompt}
        rows={6}
        required
        onInput={setSystemPrompt}
      />
      <TextField id={`${prefix}-traits`} label="Traits" value={traits} hint="Comma-separated." onInput={setTraits} />
      <TextField
        id={`${prefix}-skills`}
        label="Skills"
        value={skills}
        hint="Comma-separated skill names."
        onInput={setSkills}
      />
      <TextField
        id={`${prefix}-model`}
        label="Model (optional)"
        value={model}
        placeholder="provider/model"
        onInput={setModel}
      />
      <label class="checkbox">
        <input
          type="checkbox"
          checked={enabled}
          onChange={(event) => {
            setEnabled(event.currentTarget.checked);
          }}
        />
        Enabled
      </label>
      <div class="row field-actions">
        <button type="submit" class="button button-primary" disabled={busy}>
          {persona === undefined ? 'Create persona' : 'Save persona'}
        </button>
      </div>
      {error !== undefined && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
