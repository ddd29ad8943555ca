/** Placeholder: replaced by the module's admin screen. */
export function RoutingSection() {
  return null;
}
