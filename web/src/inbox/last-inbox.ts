/** The inbox as the agent last left it (view and filters), so "back to the inbox" returns there. */
let lastInboxUrl = '/';

export function rememberInbox(search: string): void {
  lastInboxUrl = search ? `/?${search}` : '/';
}

export function inboxUrl(): string {
  return lastInboxUrl;
}
