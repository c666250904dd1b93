import type { SandboxInfo, SandboxState } from '@oxios/kernel';
import { z } from 'zod';

// Before 1.0 dates were seconds since 2001-01-01T00:00:00Z (Foundation's reference date).
const REFERENCE_DATE_SECONDS = 978_307_200;

const DateValue = z.union([z.number(), z.string()]);

const NetworkSchema = z.looseObject({
  network: z.string().optional(),
  hostname: z.string().optional(),
  ipv4Address: z.string().optional(),
  address: z.string().optional(),
});

const ConfigurationSchema = z.looseObject({
  id: z.string(),
  image: z.looseObject({ reference: z.string() }).optional(),
  labels: z.record(z.string(), z.string()).optional(),
  creationDate: DateValue.optional(),
});

/** 1.0 and later: `id` and `status: { state, networks, startedDate }`. */
const CurrentSchema = z.looseObject({
  id: z.string().optional(),
  configuration: ConfigurationSchema,
  status: z.looseObject({
    state: z.string(),
    networks: z.array(NetworkSchema).optional(),
    startedDate: DateValue.optional(),
  }),
});

/** 0.1–0.12: `status` is a string; `networks` and `startedDate` sit at the top level. */
const LegacySchema = z.looseObject({
  configuration: ConfigurationSchema,
  status: z.string(),
  networks: z.array(NetworkSchema).optional(),
  startedDate: DateValue.optional(),
});

/** One element of `container list --format json` or `container inspect`, in either shape. */
export const ContainerJsonSchema = z.union([CurrentSchema, LegacySchema]);

/** The whole `list --format json` / `inspect` output. */
export const ContainerListSchema = z.array(ContainerJsonSchema);

/** A parsed element. */
export type ContainerJson = z.infer<typeof ContainerJsonSchema>;

/** Milliseconds since the Unix epoch from an ISO string (1.x) or reference-date seconds (0.x). */
export function toEpochMs(value: string | number | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'number') return Math.round((value + REFERENCE_DATE_SECONDS) * 1000);
  const parsed = Date.parse(value);
  return Number.isNaN(parsed) ? undefined : parsed;
}

function toState(state: string): SandboxState {
  if (state === 'running') return 'running';
  return state === 'stopped' || state === 'stopping' ? 'stopped' : 'unknown';
}

/** The container's IPv4 address without its prefix length, if it has one. */
export function ipv4Address(entry: ContainerJson): string | undefined {
  const networks =
    typeof entry.status === 'string' ? (entry as z.infer<typeof LegacySchema>).networks : entry.status.networks;
  const first = networks?.[0];
  return (first?.ipv4Address ?? first?.address)?.split('/')[0];
}

/** Converts a parsed element to the kernel's SandboxInfo (the Oxios name is the id minus `oxios-`). */
export function toSandboxInfo(entry: ContainerJson, workspacePath: string): SandboxInfo {
  const id = ('id' in entry && typeof entry.id === 'string' ? entry.id : undefined) ?? entry.configuration.id;
  const legacy = typeof entry.status === 'string';
  const state = typeof entry.status === 'string' ? entry.status : entry.status.state;
  const started = legacy
    ? (entry as z.infer<typeof LegacySchema>).startedDate
    : (entry as z.infer<typeof CurrentSchema>).status.startedDate;
  const createdAt = toEpochMs(entry.configuration.creationDate);
  const startedAt = toEpochMs(started);
  return {
    id,
    name: id.startsWith('oxios-') ? id.slice('oxios-'.length) : id,
    backend: 'apple',
    state: toState(state),
    ...(entry.configuration.image ? { image: entry.configuration.image.reference } : {}),
    ...(createdAt === undefined ? {} : { createdAt }),
    ...(startedAt === undefined ? {} : { startedAt }),
    labels: entry.configuration.labels ?? {},
    workspacePath,
  };
}

/** `system status --format json` (0.11+). */
export const SystemStatusSchema = z.looseObject({ status: z.string(), apiServerVersion: z.string().optional() });
