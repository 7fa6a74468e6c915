import type { BenchModule } from './module';

// Every bench module, by the name BENCH_ONLY selects it with. One line each; loaded on demand,
// so a run of one module does not load (or build) what the others need.
export const BENCH_MODULES: Record<string, () => Promise<{ default: BenchModule }>> = {
  handlers: () => import('./handlers'),
  search: () => import('./search'),
  bundle: () => import('./bundle'),
  'first-paint': () => import('./first-paint'),
  'money-import': () => import('./money-import'),
  sync: () => import('./sync'),
  imports: () => import('./imports'),
};
