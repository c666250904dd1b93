import type { ViewProps } from '../../shell/view-props.js';
import { SeedDetail } from './seed-detail.js';
import { SeedList } from './seed-list.js';
import { selectedSeedId } from './seed-path.js';

/** Seeds: the list at `/seeds`, one seed with its lineage at `/seeds/<id>`. */
export function SeedsView({ client, pathname }: ViewProps) {
  const seedId = selectedSeedId(pathname);
  return seedId === undefined ? (
    <SeedList client={client} />
  ) : (
    <SeedDetail key={seedId} client={client} seedId={seedId} />
  );
}
