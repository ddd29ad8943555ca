/** Placeholder: replaced by the module's admin screen. */
export function CalendarsSection() {
  return null;
}
