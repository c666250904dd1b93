import type { Skill } from '@oxios/sdk-client';
import { useState } from 'preact/hooks';
import { formatList, parseList } from '../../ui/list-input.js';
import { TextField } from '../../ui/text-field.js';

/** What the skill form produces. */
export interface SkillValues {
  readonly name: string;
  readonly description: string;
  readonly body: string;
  readonly requirements: { host_tools: string[]; tools: string[] };
}

/** Props of {@link SkillForm}. */
export interface SkillFormProps {
  /** The skill being edited; a new one when undefined (then the name is asked for). */
  readonly skill?: Skill;
  readonly busy: boolean;
  readonly error: string | undefined;
  readonly onSubmit: (values: SkillValues) => void;
}

/** Creates or edits a skill: name, description, SKILL.md body and what it needs. */
export function SkillForm({ skill, busy, error, onSubmit }: SkillFormProps) {
  const [name, setName] = useState(skill?.name ?? '');
  const [description, setDescription] = useState(skill?.description ?? '');
  const [body, setBody] = useState(skill?.body ?? '');
  const [hostTools, setHostTools] = useState(formatList(skill?.requirements.host_tools ?? []));
  const [tools, setTools] = useState(formatList(skill?.requirements.tools ?? []));
  const prefix = skill === undefined ? 'new-skill' : 'skill';
  return (
    <form
      class="panel"
      aria-labelledby={`${prefix}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit({
          name: name.trim(),
          description: description.trim(),
          body,
          requirements: { host_tools: parseList(hostTools), tools: parseList(tools) },
        });
        if (skill === undefined) {
          setName('');
          setDescription('');
          setBody('');
          setHostTools('');
          setTools('');
        }
      }}
    >
      <h2 id={`${prefix}-title`} class="form-title">
        {skill === undefined ? 'New skill' : 'Edit skill'}
      </h2>
      {skill === undefined && (
        <TextField
          id={`${prefix}-name`}
          label="Name"
          value={name}
          required
          pattern="[a-z0-9][a-z0-9\-]{0,63}"
          hint="Lowercase letters, digits and -."
          onInput={setName}
        />
      )}
      <TextField
        id={`${prefix}-description`}
        label="Description"
        value={description}
        required
        onInput={setDescription}
      />
      <TextField id={`${prefix}-body`} label="Instructions (SKILL.md)" value={body} rows={8} onInput={setBody} />
      <TextField
        id={`${prefix}-host-tools`}
        label="Host commands it needs"
        value={hostTools}
        hint="Comma-separated command names, e.g. git, jq."
        onInput={setHostTools}
      />
      <TextField
        id={`${prefix}-tools`}
        label="Agent tools it needs"
        value={tools}
        hint="Comma-separated tool names."
        onInput={setTools}
      />
      <div class="row field-actions">
        <button type="submit" class="button button-primary" disabled={busy}>
          {skill === undefined ? 'Create skill' : 'Save skill'}
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
