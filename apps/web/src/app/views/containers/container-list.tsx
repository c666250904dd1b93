import type { OxiosClient } from '@oxios/sdk-client';
import { useLoad } from '../../api/use-load.js';
import { Link } from '../../routing/link.js';
import { itemPath } from '../../routing/sub-path.js';
import { formatTime } from '../../ui/format-time.js';
import { Empty, ErrorNotice, Loading } from '../../ui/notices.js';
import { PageHeader } from '../../ui/page-header.js';
import { StatusBadge } from '../../ui/status-badge.js';
import { BackendProbe } from './backend-probe.js';
import { CreateContainerForm } from './create-container-form.js';

/** The sandbox backend's guarantees and every container the caller may reach; superusers create them. */
export function ContainerList({ client, manage }: { readonly client: OxiosClient; readonly manage: boolean }) {
  const containers = useLoad((signal) => client.containers.list(signal), []);
  return (
    <section aria-labelledby="page-title">
      <PageHeader title="Containers" />
      <BackendProbe client={client} />
      {manage && <CreateContainerForm client={client} />}
      <div class="panel">
        {containers.state.status === 'loading' && <Loading />}
        {containers.state.status === 'error' && (
          <ErrorNotice error={containers.state.error} onRetry={containers.reload} />
        )}
        {containers.state.status === 'ok' &&
          (containers.state.data.items.length === 0 ? (
            <Empty>No containers.</Empty>
          ) : (
            <div class="table-wrap">
              <table>
                <caption class="visually-hidden">Containers</caption>
                <thead>
                  <tr>
                    <th scope="col">Container</th>
                    <th scope="col">State</th>
                    <th scope="col">Backend</th>
                    <th scope="col">Image</th>
                    <th scope="col">Network</th>
                    <th scope="col">Created by</th>
                    <th scope="col">Updated</th>
                  </tr>
                </thead>
                <tbody>
                  {containers.state.data.items.map((container) => (
                    <tr key={container.name}>
                      <td>
                        <Link href={itemPath('/containers', container.name)}>{container.name}</Link>
                      </td>
                      <td>
                        <StatusBadge status={container.status} />
                      </td>
                      <td>{container.backend}</td>
                      <td>{container.image}</td>
                      <td>{container.network ? 'on' : 'off'}</td>
                      <td>{container.createdBy}</td>
                      <td>{formatTime(container.updatedAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ))}
      </div>
    </section>
  );
}
