import type { OxiosClient } from '@oxios/sdk-client';
import { useEffect, useState } from 'preact/hooks';
import { capabilitiesFrom, type Capabilities } from '../routing/view-registry.js';

/** The routes this server has, from its OpenAPI document (undefined until known, or if it cannot be read). */
export function useCapabilities(client: OxiosClient): Capabilities {
  const [capabilities, setCapabilities] = useState<Capabilities>();
  useEffect(() => {
    const controller = new AbortController();
    void client.openApi(controller.signal).map((document) => {
      setCapabilities(capabilitiesFrom(document.paths));
    });
    return () => {
      controller.abort();
    };
  }, [client]);
  return capabilities;
}
