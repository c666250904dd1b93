import type { OxiosClient } from '@oxios/sdk-client';
import { useState } from 'preact/hooks';
import { useAction } from '../../api/use-action.js';
import { navigate } from '../../routing/location.js';
import { itemPath } from '../../routing/sub-path.js';
import { TextField } from '../../ui/text-field.js';

/** Creates and starts a container; its limits always come from the server's `[container]` settings. */
export function CreateContainerForm({ client }: { readonly client: OxiosClient }) {
  const [name, setName] = useState('');
  const [image, setImage] = useState('');
  const [network, setNetwork] = useState(false);
  const action = useAction();
  return (
    <form
      class="panel"
      aria-labelledby="create-container-title"
      onSubmit={(event) => {
        event.preventDefault();
        const request = { name: name.trim(), network, ...(image.trim() === '' ? {} : { image: image.trim() }) };
        action.run('Could not create the container', client.containers.create(request), (container) => {
          navigate(itemPath('/containers', container.name));
        });
      }}
    >
      <h2 id="create-container-title" class="form-title">
        New container
      </h2>
      <TextField
        id="container-name"
        label="Name"
        value={name}
        required
        pattern="[a-zA-Z0-9][a-zA-Z0-9_.\-]{0,62}"
        onInput={setName}
      />
      <TextField
        id="container-image"
        label="Image (optional)"
        value={image}
        hint="Backends with images only; empty for the configured default."
        onInput={setImage}
      />
      <label class="checkbox">
        <input
          type="checkbox"
          checked={network}
          onChange={(event) => {
            setNetwork(event.currentTarget.checked);
          }}
        />
        Network access
      </label>
      <div class="row field-actions">
        <button type="submit" class="button button-primary" disabled={action.busy}>
          {action.busy ? 'Creating…' : 'Create container'}
        </button>
      </div>
      {action.error !== undefined && (
        <p class="field-error" role="alert">
          {action.error}
        </p>
      )}
    </form>
  );
}
