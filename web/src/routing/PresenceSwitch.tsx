/** Placeholder: replaced by the routing module's presence switcher (online / away / offline). */
export function PresenceSwitch() {
  return null;
}
