/** The text of the admission emails (src/notifications/admission-events.ts). */
import { calendarDate } from '../../web/format';
import { label } from '../../web/labels';
import type { RenderableMessage } from './email';

interface AdmissionDraft {
  subject: string;
  lines: string[];
  link: string;
}

export const ADMISSION_RENDERERS: Record<string, (m: RenderableMessage, base: string) => AdmissionDraft> = {
  'admission.round-opened': (m, base) => {
    const p = m.payload as { round: { title: string; closesOn: string | null } };
    return {
      subject: `Admission round open: ${p.round.title}`,
      lines: [
        `The council has opened an admission round to the home care framework: ${p.round.title}.`,
        p.round.closesOn
          ? `Applications close at the end of ${calendarDate(p.round.closesOn)}.`
          : 'It is a standing round: applications are taken at any time.',
      ],
      link: `${base}/my/applications`,
    };
  },
  'admission.application-received': (m, base) => {
    const p = m.payload as { applicationId: number; provider: { name: string }; what: string };
    return {
      subject: `Application received: ${p.provider.name}, ${p.what}`,
      lines: [`${p.provider.name} has applied to be ${p.what}. Score and decide it.`],
      link: `${base}/staff/admission/applications/${p.applicationId}`,
    };
  },
  'admission.decision': (m, base) => {
    const p = m.payload as { outcome: string; what: string; comment: string | null };
    const heading =
      p.outcome === 'active'
        ? `You are now active: ${p.what}`
        : `Your application was ${p.outcome === 'accepted' ? 'accepted' : 'not accepted'}: ${p.what}`;
    return {
      subject: heading,
      lines: [
        heading,
        ...(p.outcome === 'accepted'
          ? ['You are mobilising: the role goes live once your post-award checks are complete.']
          : []),
        ...(p.comment ? [`Comment: ${p.comment}`] : []),
        `Status: ${label(p.outcome, 'admission')}`,
      ],
      link: `${base}/my/applications`,
    };
  },
};
