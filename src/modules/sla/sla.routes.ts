import type { ModuleContext } from '../context.js';
import type { RouteApp } from '../route-types.js';

export function registerSlaRoutes(_app: RouteApp, _ctx: ModuleContext): void {}
