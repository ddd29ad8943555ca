/** Placeholder: replaced by the module's admin screen. */
export function AgentSkillsSection() {
  return null;
}
