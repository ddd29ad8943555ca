import { Command } from 'commander';
import { ConfigError } from '../platform/config.js';
import { BackupError } from '../platform/db/backup.js';
import { DataDirLockedError } from '../platform/db/data-dir-lock.js';
import { MigrationError } from '../platform/db/migrator.js';
import { AppError } from '../shared/errors.js';
import { VERSION } from '../shared/version.js';
import { registerSlaCommands } from './sla.commands.js';

const program = new Command();
program
  .name('meridian')
  .description('Meridian helpdesk: server and operator commands')
  .version(`${VERSION} (Node.js ${process.version})`)
  .showHelpAfterError();

registerSlaCommands(program);
// The pure commands (`sla due|between`) start in a fraction of a second; the others load the
// server, the database and the triage model, so they are imported only when asked for.
if (process.argv[2] !== 'sla') {
  const [{ serveCommand }, { registerAdminCommands }, { registerDataCommands }, { registerTriageCommands }] = await Promise.all([
    import('./serve.command.js'),
    import('./admin.commands.js'),
    import('./data.commands.js'),
    import('./triage.commands.js'),
  ]);
  program.command('serve').description('Start the HTTP server, job worker and scheduler').action(serveCommand);
  registerAdminCommands(program);
  registerDataCommands(program);
  registerTriageCommands(program);
}

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof ConfigError || error instanceof MigrationError || error instanceof BackupError || error instanceof DataDirLockedError || error instanceof AppError) {
    console.error(`meridian: ${error.message}`);
  } else {
    console.error('meridian: unexpected error:', error);
  }
  process.exit(1);
}
