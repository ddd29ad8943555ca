import { buildApp } from '../http/app.js';
import { loadConfig } from '../platform/config.js';
import { bootstrapWorkspace, type BootstrapOutcome } from '../runtime/bootstrap.js';
import { openRuntime } from '../runtime/runtime.js';
import { topUpStarterTemplates } from '../modules/replies/templates/template-seed.js';
import { topUpStarterSlaPolicies } from '../modules/sla/policies/policy.service.js';

export async function serveCommand(): Promise<void> {
  const config = loadConfig();
  const runtime = await openRuntime(config, {
    background: true,
    onJobError: (name, error) => console.error(`job ${name} failed:`, error instanceof Error ? error.message : error),
    onEmailLog: (level, message, error) =>
      level === 'error' ? console.error(`e-mail: ${message}:`, error instanceof Error ? error.message : (error ?? '')) : console.log(`e-mail: ${message}`),
    onTriageLog: (message) => console.log(`triage: ${message}`),
  });
  const outcome = await bootstrapWorkspace(runtime.db, config);
  await topUpStarterTemplates(runtime.db, (line) => console.log(`templates: ${line}`));
  await topUpStarterSlaPolicies(runtime.db, (line) => console.log(`sla: ${line}`));
  const app = await buildApp({ config, database: runtime.database });
  await app.listen({ port: config.port, host: config.host });

  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = config.publicUrl.replace(`:${config.port}`, `:${port}`);
  console.log(`\nMeridian is running at ${url}  (database: ${runtime.database.kind}, API docs: ${url}/api/docs)`);
  if (runtime.email.smtpPort !== undefined) console.log(`Inbound SMTP listener on ${config.email.smtpHost}:${runtime.email.smtpPort}`);
  printOutcome(outcome);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping…`);
    await app.close();
    await runtime.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

function printOutcome(outcome: BootstrapOutcome): void {
  switch (outcome.kind) {
    case 'demo':
      console.log('Demo workspace created. Sign in as:');
      for (const login of outcome.logins) console.log(`  ${login.email.padEnd(28)} ${login.password}   (${login.description})`);
      break;
    case 'existing':
      if (outcome.isDemo) console.log('Demo workspace: sign in as chen.jing@demo.meridian.test / meridian-demo (admin), or see README.');
      break;
    case 'admin':
      console.log(`Workspace created with admin ${outcome.email} (password from MERIDIAN_ADMIN_PASSWORD).`);
      break;
    case 'setup':
      console.log(`No admin yet. Create one within 24 hours with this one-time link:\n  ${outcome.setupUrl}`);
      console.log('(or POST {token,email,name,password} to /api/setup; restart for a new link)');
      break;
  }
  console.log('');
}
