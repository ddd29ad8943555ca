import type { ModuleContext } from '../context.js';
import type { RouteApp } from '../route-types.js';

export function registerRoutingRoutes(_app: RouteApp, _ctx: ModuleContext): void {}
