import { Command } from 'commander';
import { ConfigError } from '../platform/config.js';
import { BackupError } from '../platform/db/backup.js';
import { DataDirLockedError } from '../platform/db/data-dir-lock.js';
import { MigrationError } from '../platform/db/migrator.js';
import { AppError } from '../shared/errors.js';
import { VERSION } from '../http/app.js';
import { serveCommand } from './serve.command.js';
import { registerAdminCommands } from './admin.commands.js';
import { registerDataCommands } from './data.commands.js';
import { registerTriageCommands } from './triage.commands.js';
import { registerSlaCommands } from './sla.commands.js';

const program = new Command();
program
  .name('meridian')
  .description('Meridian helpdesk: server and operator commands')
  .version(`${VERSION} (Node.js ${process.version})`)
  .showHelpAfterError();

program.command('serve').description('Start the HTTP server, job worker and scheduler').action(serveCommand);
registerAdminCommands(program);
registerDataCommands(program);
registerTriageCommands(program);
registerSlaCommands(program);

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
