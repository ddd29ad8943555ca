/** Placeholder: replaced by the module's admin screen. */
export function SlaPoliciesSection() {
  return null;
}
