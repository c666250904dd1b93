import type { SeedView } from '../../backend/views.js';
import type { Column } from '../../render/print-table.js';

/** Goals are long: the table shows the start of each. */
const GOAL_WIDTH = 60;

const runs = (record: SeedView) =>
  record.execution.runs === 0 ? '-' : `${record.execution.passes}/${record.execution.runs} passed`;

/** Columns `seed list` and `seed lineage` share: ID, GEN, RUNS, then GOAL (last, so it may run long). */
export const SEED_COLUMNS: readonly Column<SeedView>[] = [
  { heading: 'ID', cell: (record) => record.seed.id },
  { heading: 'GEN', cell: (record) => String(record.seed.generation) },
  { heading: 'RUNS', cell: runs },
  {
    heading: 'GOAL',
    cell: (record) =>
      record.seed.goal.length > GOAL_WIDTH ? `${record.seed.goal.slice(0, GOAL_WIDTH - 1)}…` : record.seed.goal,
  },
];
