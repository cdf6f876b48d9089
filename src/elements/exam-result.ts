// The result view of <netral-exam>: turns the outcome model (src/lib/quiz/outcome.ts) into HTML: score and
// status, the next step, topics to study again, per-topic scores and the learning gain. What the result
// means is decided in lib; this module only lays it out. Browser only.
import type { GroupStrings } from '../i18n/groups';
import { formatMoment, formatNumber } from '../lib/format';
import { inCourseOrder, learningGain, percent } from '../lib/quiz/grade';
import type { ExamOutcome } from '../lib/quiz/outcome';
import type { ExamResult, TopicResult } from '../lib/quiz/types';
import { fill, h, link } from './kit';

type Strings = GroupStrings<'exam'>;

/** A module of the course as the result names and links it. */
export interface ModuleInfo {
  id: string;
  title: string;
  href: string;
}

/** Where the result's links lead. */
export interface ResultLinks {
  pre: string;
  post: string;
  learn: string;
  /** The certificate page, linked from a passed post-test. */
  certificate?: string;
}

/** What the result view needs besides the outcome. */
export interface ResultContext {
  strings: Strings;
  passMark: number;
  attempts: number;
  /** Who to contact after the last failed attempt. */
  unit: string;
  modules: readonly ModuleInfo[];
  links: ResultLinks;
  /** Every finished result on this device, for the learning gain. */
  results: readonly ExamResult[];
}

/** "{points} dari {max} ({pct}%)" values of a topic. */
function pointsOf(topic: TopicResult): Record<string, string> {
  return { points: formatNumber(topic.points), max: formatNumber(topic.max), pct: formatNumber(percent(topic.points, topic.max)) };
}

/** A table with column headers and rows of cells, each row headed by its first cell (the topic). */
function table(headers: string[], rows: (string | (Node | string)[])[][]): HTMLElement {
  const cell = (content: string | (Node | string)[], i: number) => {
    const props = typeof content === 'string' ? { text: content } : {};
    const children = typeof content === 'string' ? [] : content;
    return i === 0 ? h('th', { ...props, attrs: { scope: 'row' } }, children) : h('td', props, children);
  };
  return h('table', { class: 'exam-table' }, [
    h('thead', {}, [h('tr', {}, headers.map((text) => h('th', { text, attrs: { scope: 'col' } })))]),
    h('tbody', {}, rows.map((row) => h('tr', {}, row.map(cell)))),
  ]);
}

/** The result sections (without the review of answers, which the element builds from its questions). */
export function renderResult(outcome: ExamOutcome, ctx: ResultContext): HTMLElement[] {
  const s = ctx.strings;
  const title = (id: string) => ctx.modules.find((m) => m.id === id)?.title ?? id;
  const post = outcome.kind === 'post';
  const finished = formatMoment(outcome.result.finishedAt);

  const line = h('p', { class: 'exam-score__line' }, [
    h('span', { text: s['exam.score'] }),
    h('span', { class: 'exam-score__value', text: `${formatNumber(outcome.result.score)}%` }),
  ]);
  if (post) {
    line.append(
      h('span', {
        class: `exam-score__status exam-score__status--${outcome.passed ? 'passed' : 'failed'}`,
        text: s[outcome.passed ? 'exam.passed' : 'exam.failed'],
      }),
      h('span', { class: 'meta', text: fill(s['exam.passMark'], { mark: ctx.passMark }) }),
    );
  }
  const card = h('div', { class: 'card exam-score' }, [
    line,
    h('p', {
      class: 'meta',
      text: post
        ? fill(s['exam.attemptOf'], { n: outcome.attemptNumber, total: ctx.attempts, date: finished })
        : fill(s['exam.preDone'], { date: finished }),
    }),
  ]);
  const next = outcome.next;
  if (next.step === 'certificate') {
    card.append(h('p', { text: s['exam.passedBody'] }));
    if (ctx.links.certificate) card.append(h('p', { class: 'exam__actions' }, [link(ctx.links.certificate, s['exam.toCertificate'], 'button')]));
  } else if (next.step === 'retry') {
    card.append(
      h('p', { text: fill(s['exam.attemptsLeft'], { n: next.attemptsLeft, total: ctx.attempts, mark: ctx.passMark }) }),
      h('p', {}, [h('button', { class: 'button', text: fill(s['exam.startNext'], { n: next.nextNumber }), attrs: { type: 'button' }, data: { startNext: '' } })]),
    );
  } else if (next.step === 'final') {
    card.append(
      h('h3', { text: s['exam.finalTitle'] }),
      h('p', { text: fill(s['exam.finalBody'], { total: ctx.attempts, mark: ctx.passMark }) }),
      h('p', { text: fill(s['exam.finalNext'], { unit: ctx.unit }) }),
    );
    // The agency's contact (site configuration), rendered by the page in a template when one is configured.
    const contact = document.querySelector<HTMLTemplateElement>('template[data-agency-contact-template]');
    if (contact) card.append(contact.content.cloneNode(true));
  } else if (next.step === 'learn') {
    card.append(
      h('p', { class: 'exam__actions' }, [
        link(ctx.links.learn, s['exam.startLearning'], 'button'),
        link(ctx.links.post, s['exam.toPostTest'], 'button button--secondary'),
      ]),
    );
  }
  const parts: HTMLElement[] = [card];

  // What to study again (a failed post-test).
  if (post && !outcome.passed) {
    const section = h('section', { class: 'card' }, [h('h3', { text: s['exam.weakTitle'] })]);
    if (outcome.weak.length) {
      section.append(
        h(
          'ul',
          { class: 'exam-weak' },
          outcome.weak.map((topic) => {
            const href = ctx.modules.find((m) => m.id === topic.module)?.href;
            return h('li', {}, [href ? link(href, title(topic.module)) : title(topic.module), ` — ${fill(s['exam.pointsOf'], pointsOf(topic))}`]);
          }),
        ),
      );
    } else section.append(h('p', { text: s['exam.noWeak'] }));
    parts.push(section);
  }

  parts.push(
    h('section', { class: 'card' }, [
      h('h3', { text: s['exam.topicsTitle'] }),
      // Two columns, so the table fits a 320 px phone: a post-test's verdict per topic sits under its points.
      table(
        [s['exam.topic'], s['exam.points']],
        outcome.topics.map((topic) => [
          title(topic.module),
          post
            ? [
                h('span', { class: 'exam-table__points', text: fill(s['exam.pointsOf'], pointsOf(topic)) }),
                ' ',
                h('span', { class: `exam-table__status exam-table__status--${topic.ok ? 'ok' : 'weak'}`, text: s[topic.ok ? 'exam.topicOk' : 'exam.topicWeak'] }),
              ]
            : fill(s['exam.pointsOf'], pointsOf(topic)),
        ]),
      ),
    ]),
  );
  parts.push(gainCard(ctx, title));
  return parts;
}

// Pre-test against post-test: the first pre-test and the latest post-test.
function gainCard(ctx: ResultContext, title: (id: string) => string): HTMLElement {
  const s = ctx.strings;
  const pre = ctx.results.find((r) => r.kind === 'pre');
  const post = ctx.results.filter((r) => r.kind === 'post').at(-1);
  const section = h('section', { class: 'card' }, [h('h3', { text: s['exam.gainTitle'] })]);
  if (!pre || !post) {
    section.append(
      h('p', { text: !pre ? s['exam.gainNoPre'] : s['exam.gainNoPost'] }),
      h('p', {}, [!pre ? link(ctx.links.pre, s['exam.toPreTest']) : link(ctx.links.post, s['exam.toPostTest'])]),
    );
    return section;
  }
  const gain = learningGain(pre, post);
  const sign = gain.gain > 0 ? '+' : '';
  const show = (v: number | null) => (v === null ? s['exam.notInTest'] : `${formatNumber(v)}%`);
  section.append(
    h('p', { text: fill(s['exam.gainBody'], { pre: formatNumber(gain.pre), post: formatNumber(gain.post), gain: `${sign}${formatNumber(gain.gain)}` }) }),
    table(
      [s['exam.topic'], s['exam.gainTopicPre'], s['exam.gainTopicPost']],
      inCourseOrder(gain.topics, ctx.modules.map((m) => m.id)).map((topic) => [title(topic.module), show(topic.pre), show(topic.post)]),
    ),
  );
  return section;
}
