import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withQuery } from '../api/client';
import { listQuery, parseInboxSearch } from './filters';
import { PAGE_SIZE } from './useTicketList';

describe('the first screen’s data preload in index.html', () => {
  it('names exactly the URL the inbox asks for when the app opens at /', () => {
    const html = readFileSync(new URL('../../index.html', import.meta.url), 'utf8');
    const preloads = [...html.matchAll(/<link rel="preload" href="([^"]+)" as="fetch"/g)].map((m) => m[1]!.replaceAll('&amp;', '&'));
    const inboxUrl = withQuery('/api/tickets', { ...listQuery(parseInboxSearch('')), limit: PAGE_SIZE });
    expect(preloads).toContain(inboxUrl);
    expect(preloads).toContain('/api/auth/me');
  });
});
