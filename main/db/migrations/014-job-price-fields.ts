import { installSync } from '../sync/capture';
import type { Migration } from './types';

// The rest of what a pasted job post reads (issue 9): the job's price as posted (an hourly range
// or a fixed budget, beside the proposal's own bid), its project type, the Connects it asks for,
// and the client's active hires. No job id column: the form stores a paste's link in Upwork's
// canonical form (https://www.upwork.com/jobs/~<id>), and jobKey() reads the id back from any link
// shape, so the duplicates check and the export's link already carry it; a second copy could
// only disagree with the link. Capture triggers are rebuilt so the columns sync (docs/sync.md).
export const jobPriceFields: Migration = {
  version: 14,
  name: 'job price, project type, Connects required and active hires from a pasted job post',
  up(db) {
    db.exec(`
      ALTER TABLE proposals ADD COLUMN hourly_min_cents INTEGER CHECK (hourly_min_cents >= 0);
      ALTER TABLE proposals ADD COLUMN hourly_max_cents INTEGER
        CHECK (hourly_max_cents >= 0 AND (hourly_min_cents IS NULL OR hourly_max_cents >= hourly_min_cents));
      ALTER TABLE proposals ADD COLUMN fixed_budget_cents INTEGER CHECK (fixed_budget_cents >= 0);
      ALTER TABLE proposals ADD COLUMN project_type TEXT CHECK (project_type IN ('one_time', 'ongoing', 'complex'));
      ALTER TABLE proposals ADD COLUMN connects_required INTEGER CHECK (connects_required >= 0);
      ALTER TABLE proposals ADD COLUMN client_active_hires INTEGER CHECK (client_active_hires >= 0);
    `);
    installSync(db);
  },
};
