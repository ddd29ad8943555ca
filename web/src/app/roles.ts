const ORDER = ['agent', 'lead', 'supervisor', 'admin'] as const;
export type Role = (typeof ORDER)[number];

/** Mirrors the server's role order; the server decides, this only hides what would be refused. */
export function hasRole(role: string, minimum: Role): boolean {
  return ORDER.indexOf(role as Role) >= ORDER.indexOf(minimum);
}
