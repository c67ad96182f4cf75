/** Data-set sizes. Province follows issue 10: ≈ 20 tenants, ≈ 2,000 units, ≈ 200,000 problems, ≈ 1,000,000 activity rows. */
export interface Scale {
  name: string;
  tenants: number;
  unitsPerTenant: number;
  problemsPerUnit: number;
  /** Rectification events per problem on average (created, fed_back, measures, progress …). */
  eventsPerProblem: number;
  /** Reporting tasks per tenant; each has a slot per unit and 1–2 slot events. */
  tasksPerTenant: number;
}

export const SCALES: Record<string, Scale> = {
  city: {
    name: 'city',
    tenants: 1,
    unitsPerTenant: 100,
    problemsPerUnit: 100,
    eventsPerProblem: 3,
    tasksPerTenant: 40,
  },
  'province-lite': {
    name: 'province-lite',
    tenants: 20,
    unitsPerTenant: 100,
    problemsPerUnit: 20,
    eventsPerProblem: 3,
    tasksPerTenant: 20,
  },
  province: {
    name: 'province',
    tenants: 20,
    unitsPerTenant: 100,
    problemsPerUnit: 100,
    eventsPerProblem: 3.5,
    tasksPerTenant: 60,
  },
};

export function parseArgs(argv: string[]) {
  const get = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const scaleName = get('scale') ?? 'city';
  const scale = SCALES[scaleName];
  if (!scale) throw new Error(`--scale must be one of ${Object.keys(SCALES).join(', ')}`);
  const seed = Number(get('seed') ?? '10');
  if (!Number.isInteger(seed)) throw new Error('--seed must be an integer');
  return { scale, seed, get, has: (name: string) => argv.includes(`--${name}`) };
}
