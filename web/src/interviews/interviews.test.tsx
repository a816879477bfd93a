import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { emptyInterviewForm } from './interviewForm';
import { InterviewForm } from './InterviewForm';
import { InterviewItem, withInterview } from './InterviewsSection';
import type { Interview } from './interviewTypes';
import { UpcomingInterviews } from './UpcomingInterviews';

const INTERVIEW: Interview = {
  interview_id: 'i1', job_id: 'j1', starts_at: '2026-03-09T14:00:00Z', time_zone: 'America/New_York', local_start: '2026-03-09T10:00:00',
  duration_minutes: 45, kind: 'technical', location: 'Room 4', meeting_url: 'https://meet.example.com/abc', contact_ids: ['c1'],
  notes: 'Bring the laptop', outcome: 'passed', status: 'scheduled', sequence: 0, legacy: false, created_at: '2026-03-01T10:00:00Z',
};

const render = (node: React.ReactNode) => renderToStaticMarkup(<MemoryRouter>{node}</MemoryRouter>);
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
const noop = () => undefined;

const AFTER = Date.parse('2026-03-09T15:00:00Z');

function item(interview: Interview, now = AFTER) {
  return render(
    <InterviewItem interview={interview} browserZone="Europe/Berlin" names={new Map([['c1', 'Grace Hopper']])} busy={false}
      onReschedule={noop} onCancel={noop} onOutcome={noop} onDownload={noop} now={now} />,
  );
}

describe('an interview on the job page', () => {
  it("shows the start in its zone with the zone's name, the browser's time, kind, place, link, people, outcome and actions", () => {
    const html = item(INTERVIEW);
    const shown = text(html);
    expect(html).toMatch(/<time dateTime="2026-03-09T14:00:00Z">[^<]*Mar[^<]*10:00[^<]*<\/time>/);
    expect(shown).toContain('America/New_York (GMT-04:00)');
    expect(shown).toContain('Your time (Europe/Berlin):');
    expect(shown).toContain('Technical · 45 min · Outcome: Passed');
    expect(shown).toContain('Location: Room 4');
    expect(html).toContain('href="https://meet.example.com/abc"');
    expect(html).toMatch(/<a href="\/contacts\/c1"[^>]*>Grace Hopper<\/a>/);
    for (const button of ['Reschedule', 'Cancel interview', 'Download .ics', 'Record outcome']) expect(html).toContain(`>${button}</button>`);
    expect(html).toContain('<label for="interview-outcome-i1">Outcome</label>');
    expect(html).not.toContain('<del>');
  });

  it('asks for the outcome only once the interview has started (or has one)', () => {
    const before = Date.parse('2026-03-09T13:59:00Z');
    expect(item({ ...INTERVIEW, outcome: undefined }, before)).not.toContain('>Record outcome</button>');
    expect(item({ ...INTERVIEW, outcome: undefined }, Date.parse('2026-03-09T14:00:00Z'))).toContain('>Record outcome</button>');
    expect(item(INTERVIEW, before)).toContain('>Record outcome</button>');
  });

  it('strikes a cancelled one through, says so, and offers only the download', () => {
    const html = item({ ...INTERVIEW, status: 'cancelled', sequence: 1, outcome: undefined });
    expect(html).toMatch(/<del><time dateTime="2026-03-09T14:00:00Z">[^<]*10:00[^<]*<\/time> <span class="interview-zone">America\/New_York/);
    expect(text(html)).toContain('Cancelled');
    expect(html).toContain('>Download .ics</button>');
    for (const button of ['Reschedule', 'Cancel interview', 'Record outcome']) expect(html).not.toContain(`>${button}</button>`);
  });

  it('keeps the list by start when one changes or comes', () => {
    const later = { ...INTERVIEW, interview_id: 'i2', starts_at: '2026-04-01T09:00:00Z' };
    const moved = { ...INTERVIEW, starts_at: '2026-05-01T09:00:00Z', sequence: 1 };
    expect(withInterview([INTERVIEW, later], moved).map((i) => [i.interview_id, i.sequence])).toEqual([['i2', 0], ['i1', 1]]);
  });
});

describe('the interview form', () => {
  it('labels every control, and lists the contacts to pick', () => {
    const html = render(
      <InterviewForm idPrefix="f" values={{ ...emptyInterviewForm('America/New_York'), contact_ids: ['c1'] }} onChange={noop}
        contacts={[{ contact_id: 'c1', name: 'Grace Hopper', role: 'Recruiter', company: 'Acme' }]} submitLabel="Schedule interview"
        onSubmit={async () => null} onClose={noop} />,
    );
    for (const [id, label] of [['f-start', 'Date and time'], ['f-zone', 'Time zone'], ['f-duration', 'Duration (minutes)'], ['f-kind', 'Kind'],
      ['f-location', 'Location'], ['f-meeting-url', 'Meeting link'], ['f-notes', 'Notes']]) {
      expect(html).toContain(`<label for="${id}">${label}</label>`);
      expect(html).toContain(`id="${id}"`);
    }
    expect(html).toContain('type="datetime-local"');
    expect(html).toContain('<option value="America/New_York" selected="">');
    expect(html).toContain('<legend>Contacts taking part</legend>');
    expect(html).toMatch(/<input id="f-contact-c1" type="checkbox" checked=""\/><label for="f-contact-c1">Grace Hopper/);
    expect(html).toContain('>Schedule interview</button>');
  });
});

describe('upcoming interviews', () => {
  it('lists each with its job and its zone, and shows nothing without any', () => {
    const html = render(<UpcomingInterviews initial={[{ ...INTERVIEW, company: 'Acme', position: 'Dev' }]} />);
    expect(html).toContain('<h2 id="upcoming-title">Upcoming interviews</h2>');
    expect(html).toMatch(/<a href="\/jobs\/j1"[^>]*>Acme — Dev<\/a>/);
    expect(text(html)).toContain('America/New_York');
    expect(render(<UpcomingInterviews initial={[]} />)).toBe('');
  });
});
