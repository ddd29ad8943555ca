/** Placeholder: replaced by the module's admin screen. */
export function AutomationSection() {
  return null;
}
