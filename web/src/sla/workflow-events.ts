/** Event types of SLA, routing and automation whose data this component explains on the timeline. */
export const WORKFLOW_EVENT_TYPES: ReadonlySet<string> = new Set([
  'sla.warning',
  'sla.breached',
  'sla.escalated',
  'sla.remediation_sent',
  'sla.off_hours_acknowledged',
  'routing.assigned',
  'routing.returned_to_queue',
  'automation.applied',
]);
