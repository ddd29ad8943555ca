import { loadConfig } from '../platform/config.js';
import { openRuntime, type Runtime } from '../runtime/runtime.js';

/** Opens the configured database (migrated) for a one-off command and always closes it. */
export async function withRuntime<T>(work: (runtime: Runtime) => Promise<T>): Promise<T> {
  const runtime = await openRuntime(loadConfig());
  try {
    return await work(runtime);
  } finally {
    await runtime.close();
  }
}
