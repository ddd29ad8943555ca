import type { ModuleContext } from '../../context.js';
import type { RouteApp } from '../../route-types.js';

export function registerServiceMessageRoutes(_app: RouteApp, _ctx: ModuleContext): void {}
