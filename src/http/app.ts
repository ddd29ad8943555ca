import path from 'node:path';
import { VERSION } from '../shared/version.js';
import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { registerAgentRoutes } from '../modules/agents/agent.routes.js';
import { registerAuditRoutes } from '../modules/audit/audit.routes.js';
import { registerAuthRoutes } from '../modules/auth/auth.routes.js';
import { registerBrandRoutes } from '../modules/brands/brand.routes.js';
import type { ModuleContext } from '../modules/context.js';
import { registerCustomerRoutes } from '../modules/customers/customer.routes.js';
import type { Database } from '../modules/database.js';
import type { RouteApp } from '../modules/route-types.js';
import { registerTeamRoutes } from '../modules/teams/team.routes.js';
import { registerViewRoutes } from '../modules/views/view.routes.js';
import { registerDemoRoutes } from '../modules/demo/demo.routes.js';
import { registerInboundRoutes } from '../modules/email/inbound.routes.js';
import { registerTriageRoutes } from '../modules/triage/triage.routes.js';
import { registerReplyRoutes } from '../modules/replies/replies.routes.js';
import { registerTranslationRoutes } from '../modules/replies/translation/translation.routes.js';
import { registerMailboxRoutes } from '../modules/email/mailbox.routes.js';
import { registerNotificationRoutes } from '../modules/notifications/notification.routes.js';
import { registerSlaRoutes } from '../modules/sla/sla.routes.js';
import { registerServiceMessageRoutes } from '../modules/sla/off-hours/service-messages.routes.js';
import { registerRoutingRoutes } from '../modules/routing/routing.routes.js';
import { registerAutomationRoutes } from '../modules/automation/automation.routes.js';
import { registerAttachmentRoutes, registerTicketRoutes } from '../modules/tickets/ticket.routes.js';
import type { Config } from '../platform/config.js';
import { AttachmentStore } from '../platform/files/attachment-store.js';
import type { DatabaseHandle } from '../platform/db/database.js';
import { installAuthentication } from './authenticate.js';
import { installErrorHandler } from './error-handler.js';
import { registerHealthRoutes } from './health.routes.js';
import { registerLiveRoutes } from './live.routes.js';
import { serializerCompiler } from './serializer.js';
import { installBodyGuard } from './body-guard.js';
import { registerWebApp } from './web-app.routes.js';


/** Every module's routes, registered in one place (the composition root). */
const MODULE_ROUTES: ((app: RouteApp, ctx: ModuleContext) => void)[] = [
  registerAuthRoutes,
  registerAgentRoutes,
  registerTeamRoutes,
  registerBrandRoutes,
  registerCustomerRoutes,
  registerTicketRoutes,
  registerAttachmentRoutes,
  registerAuditRoutes,
  registerViewRoutes,
  registerDemoRoutes,
  registerMailboxRoutes,
  registerInboundRoutes,
  registerTriageRoutes,
  registerReplyRoutes,
  registerTranslationRoutes,
  registerNotificationRoutes,
  registerSlaRoutes,
  registerServiceMessageRoutes,
  registerRoutingRoutes,
  registerAutomationRoutes,
];

export interface AppOptions {
  config: Config;
  database: DatabaseHandle<Database>;
  /** Request logging; off in tests and benchmarks. */
  logger?: boolean;
}

/** Builds the HTTP server without starting it; `serve` listens, tests use an ephemeral port. */
export async function buildApp({ config, database, logger = true }: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: logger ? { level: config.logLevel, redact: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-csrf-token"]'] } : false,
    bodyLimit: config.bodyLimitBytes,
    // Open event streams would otherwise hold a shutdown forever.
    forceCloseConnections: true,
    trustProxy: config.trustProxy,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);

  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, { global: false });
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Meridian API',
        version: VERSION,
        description:
          'Helpdesk for cross-border e-commerce. Authenticate with the session cookie from `POST /api/auth/login` ' +
          '(and `X-CSRF-Token` on writes) or with `Authorization: Bearer <API token>`. Errors are `{ error: { code, message, details? } }`.',
      },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer' },
          session: { type: 'apiKey', in: 'cookie', name: 'meridian_session' },
        },
      },
      security: [{ bearer: [] }, { session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
  installAuthentication(app, database.db);
  installBodyGuard(app);

  const ctx: ModuleContext = { db: database.db, config, attachments: new AttachmentStore(path.join(config.dataDir, 'attachments')) };
  const typed = app.withTypeProvider<ZodTypeProvider>() as RouteApp;
  for (const register of MODULE_ROUTES) register(typed, ctx);
  registerHealthRoutes(app, database.db, { version: VERSION, backend: database.kind });
  await registerLiveRoutes(app, database);

  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () => app.swagger());
  await registerWebApp(app);
  return app;
}
