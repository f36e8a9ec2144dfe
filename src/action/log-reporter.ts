import type { Reporter } from '../report/reporter.js';
import type { Workflow } from './commands.js';

/**
 * The pipeline's Reporter as a step log: plain lines (a runner log is not a terminal), and
 * warnings as ::warning:: annotations so they show on the run's page, not only in the log.
 */
export function logReporter(workflow: Workflow): Reporter {
  const quarters = new Map<string, number>();
  return {
    step: (text) => workflow.log(`- ${text}`),
    succeed: (text) => {
      if (text) workflow.log(`✓ ${text}`);
    },
    info: (text) => workflow.log(`  ${text}`),
    warn: (text) => workflow.warning(text, { title: 'wasmpack' }),
    // A line per quarter of a large upload; small blobs finish before anyone reads a log.
    progress: (id, done, total) => {
      if (total < 8 * 1024 * 1024) return;
      const quarter = Math.floor((done / total) * 4);
      if ((quarters.get(id) ?? -1) >= quarter) return;
      quarters.set(id, quarter);
      workflow.log(`  ${id}: ${Math.round((done / total) * 100)}%`);
    },
    stop: () => {},
  };
}
