import { renderToStaticMarkup } from 'react-dom/server';
import { beforeEach, describe, expect, it } from 'vitest';
import { createApiClient, tokens } from '../api/client';
import { ServiceStatus } from '../api/serviceStatus';
import { json, jwt, scriptedFetch, type Call } from '../api/testing';
import { createFeed, loadFeed, revokeFeed } from './calendarFeedApi';
import { CalendarFeedSection } from './CalendarFeedSection';
import type { CalendarFeedClient } from './calendarFeedTypes';

const ACCESS = jwt({ sub: 'u1', exp: Date.now() / 1000 + 3600 });
const URL_ONCE = 'https://careervault.example/calendar/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics';

function setUp(handler: (call: Call) => Response | Promise<Response>) {
  const { fetch, calls } = scriptedFetch(handler);
  const client = createApiClient({ baseUrl: 'http://careervault.test', fetch, tokens, serviceStatus: new ServiceStatus() });
  return { client: client as unknown as CalendarFeedClient, calls };
}

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();

beforeEach(() => tokens.save({ access_token: ACCESS, id_token: 'id', refresh_token: 'refresh' }));

describe('the calendar subscription', () => {
  it('reads the status, makes an address, revokes it', async () => {
    const { client, calls } = setUp((call) =>
      call.method === 'GET' ? json(200, { active: false }) : call.method === 'POST' ? json(201, { url: URL_ONCE, secret: 'AAAA', created_at: '2026-12-01T10:00:00Z' }) : new Response(null, { status: 204 }),
    );
    expect(await loadFeed(client)).toEqual({ kind: 'status', status: { active: false } });
    expect(await createFeed(client)).toEqual({ kind: 'created', feed: { url: URL_ONCE, secret: 'AAAA', created_at: '2026-12-01T10:00:00Z' } });
    expect(await revokeFeed(client)).toEqual({ kind: 'revoked' });
    expect(calls.map((c) => [c.method, c.path, c.authorization])).toEqual([
      ['GET', '/api/me/calendar-feed', `Bearer ${ACCESS}`],
      ['POST', '/api/me/calendar-feed', `Bearer ${ACCESS}`],
      ['DELETE', '/api/me/calendar-feed', `Bearer ${ACCESS}`],
    ]);
  });

  it('says why a refusal happened', async () => {
    const { client } = setUp(() => json(503, { title: 'Service Unavailable', status: 503, detail: 'The guard table is not answering' }));
    expect(await createFeed(client)).toEqual({ kind: 'failed', message: 'The guard table is not answering' });
  });

  it('shows no subscription with the button to make one', () => {
    const html = renderToStaticMarkup(<CalendarFeedSection initial={{ kind: 'status', status: { active: false } }} />);
    expect(text(html)).toContain('No subscription');
    expect(html).toContain('>Create calendar address</button>');
    expect(html).not.toContain('>Revoke</button>');
  });

  it('shows an active subscription since when, without its address, with new address and revoke', () => {
    const html = renderToStaticMarkup(<CalendarFeedSection initial={{ kind: 'status', status: { active: true, created_at: '2026-12-01T10:00:00Z' } }} />);
    expect(text(html)).toMatch(/Active since .*2026/);
    expect(html).toContain('>Make a new address</button>');
    expect(html).toContain('>Revoke</button>');
    expect(html).not.toContain('calendar-feed-url');
  });

  it('shows a new address once, labelled, with the copy button and the note', () => {
    const html = renderToStaticMarkup(
      <CalendarFeedSection initial={{ kind: 'status', status: { active: true, created_at: '2026-12-01T10:00:00Z' } }} initialCreated={{ url: URL_ONCE, secret: 'AAAA', created_at: '2026-12-01T10:00:00Z' }} />,
    );
    expect(html).toContain('<label for="calendar-feed-url">Your calendar address</label>');
    expect(html).toContain(`value="${URL_ONCE}"`);
    expect(html).toContain('aria-describedby="calendar-feed-url-hint"');
    expect(text(html)).toContain('Shown only this once');
    expect(html).toContain('>Copy address</button>');
  });
});
